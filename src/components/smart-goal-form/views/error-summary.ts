import { html, nothing, type TemplateResult } from 'lit';
import type { SmartFinding } from '../../../domain/goals.js';
import type { Lang } from '../../../domain/types.js';
import { findingText } from '../model/check.js';
import { CONTROL_ID, type FieldKey } from '../model/fields.js';
import type { GoalFormStrings } from '../strings/index.js';

/** The id of the error summary, which takes focus after a failed submission. */
export const ERROR_SUMMARY_ID = 'error-summary';

/**
 * After a failed submission, the problems at the top of the form, each a link to its field (the
 * GOV.UK error summary); nothing while there are none. It follows the check as the user fixes them.
 * Without `goTo` (a disabled form, whose fields take no focus) the problems are plain text.
 */
export function renderErrorSummary(problems: readonly SmartFinding[], strings: GoalFormStrings, lang: Lang, goTo: ((field: FieldKey) => void) | undefined): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  const follow = (event: Event, field: FieldKey) => {
    // The fields are in the shadow root, where a fragment link does not reach.
    event.preventDefault();
    goTo?.(field);
  };
  return html`<section part="error-summary" class="error-summary" id=${ERROR_SUMMARY_ID} tabindex="-1" aria-labelledby="error-summary-title">
    <h3 id="error-summary-title">${strings.errorSummaryTitle(problems.length)}</h3>
    <ul>
      ${problems.map(
        (finding) =>
          html`<li>${goTo
            ? html`<a part="error-link" class="link" href=${`#${CONTROL_ID[finding.field]}`} @click=${(event: Event) => follow(event, finding.field)}>${findingText(finding, strings, lang)}</a>`
            : findingText(finding, strings, lang)}</li>`,
      )}
    </ul>
  </section>`;
}
