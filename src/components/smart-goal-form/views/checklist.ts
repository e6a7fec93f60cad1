import { html, nothing, type TemplateResult } from 'lit';
import { SMART_LETTERS, type SmartCheck } from '../../../domain/goals.js';
import { FIELD_ORDER, type FieldKey } from '../model/fields.js';
import type { GoalFormStrings } from '../strings/index.js';
import { fieldLabel } from './field-parts.js';

type CriterionState = 'met' | 'open' | 'pending';

const MARKS: Record<CriterionState, string> = { met: '✓', open: '✗', pending: '○' };

/**
 * The SMART checklist: one line per letter saying whether it holds, and for one that does not,
 * a link-like button to each field whose messages say what to change. A criterion that does not
 * hold shows as failed only once one of those fields shows its problem (`showsProblem`: it was
 * left, or submission was tried); before that it is still open (`pending`), not red. Without
 * `goTo` (a disabled form, whose fields take no focus) there are no buttons.
 */
export function renderChecklist(check: SmartCheck, strings: GoalFormStrings, showsProblem: (field: FieldKey) => boolean, goTo: ((field: FieldKey) => void) | undefined): TemplateResult {
  const words: Record<CriterionState, string> = { met: strings.criterionMet, open: strings.criterionOpen, pending: strings.criterionPending };
  return html`<section part="checklist" class="checklist" aria-labelledby="checklist-title">
    <h3 id="checklist-title">${strings.checklistTitle}</h3>
    <ul class="criteria">
      ${SMART_LETTERS.map((letter) => {
        const criterion = check.criteria[letter];
        const fields = FIELD_ORDER.filter((field) => criterion.findings.some((finding) => finding.severity === 'problem' && finding.field === field));
        const state: CriterionState = criterion.ok ? 'met' : fields.some(showsProblem) ? 'open' : 'pending';
        return html`<li part=${`criterion criterion-${state}`} class=${state} data-letter=${letter}>
          <span class="mark" aria-hidden="true">${MARKS[state]}</span>
          <span class="criterion-text"
            ><span class="criterion-letter">${letter}</span> ${strings.letterNames[letter]}: <span class="criterion-state">${words[state]}</span></span
          >
          ${goTo
            ? fields.map((field) => html`<button type="button" part="goto" class="link" @click=${() => goTo(field)}>${strings.goToField(fieldLabel(strings, field))}</button>`)
            : nothing}
        </li>`;
      })}
    </ul>
  </section>`;
}
