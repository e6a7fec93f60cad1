import { html, type TemplateResult } from 'lit';
import { SMART_LETTERS, type SmartCheck } from '../../domain/goals.js';
import { fieldLabel } from './field-parts.js';
import { FIELD_ORDER, type FieldKey } from './goal-fields.js';
import type { GoalFormStrings } from './strings.js';

/**
 * The SMART checklist: one line per letter saying whether it holds, and for one that does not,
 * a link-like button to each field whose messages say what to change.
 */
export function renderChecklist(check: SmartCheck, strings: GoalFormStrings, goTo: (field: FieldKey) => void): TemplateResult {
  return html`<section part="checklist" class="checklist" aria-labelledby="checklist-title">
    <h3 id="checklist-title">${strings.checklistTitle}</h3>
    <ul class="criteria">
      ${SMART_LETTERS.map((letter) => {
        const criterion = check.criteria[letter];
        const fields = FIELD_ORDER.filter((field) => criterion.findings.some((finding) => finding.severity === 'problem' && finding.field === field));
        return html`<li part=${criterion.ok ? 'criterion criterion-met' : 'criterion criterion-open'} class=${criterion.ok ? 'met' : 'open'} data-letter=${letter}>
          <span class="mark" aria-hidden="true">${criterion.ok ? '✓' : '✗'}</span>
          <span class="criterion-text"
            ><span class="criterion-letter">${letter}</span> ${strings.letterNames[letter]}:
            <span class="criterion-state">${criterion.ok ? strings.criterionMet : strings.criterionOpen}</span></span
          >
          ${fields.map(
            (field) => html`<button type="button" part="goto" class="link" @click=${() => goTo(field)}>${strings.goToField(fieldLabel(strings, field))}</button>`,
          )}
        </li>`;
      })}
    </ul>
  </section>`;
}

/** What the polite live region says about the check. */
export function checkSummary(check: SmartCheck, strings: GoalFormStrings): string {
  const open = SMART_LETTERS.filter((letter) => !check.criteria[letter].ok);
  return strings.summary(SMART_LETTERS.length - open.length, open.map((letter) => `${letter} (${strings.letterNames[letter]})`));
}

/** How many of the five criteria do not hold. */
export function openCriteria(check: SmartCheck): number {
  return SMART_LETTERS.filter((letter) => !check.criteria[letter].ok).length;
}
