import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Lang, Level } from '../../../domain/types.js';
import { levelLabel } from '../../../internal/strings.js';
import { groupedChoices, suggestionsOf, unknownChosen, type CompetencyChoice, type Suggestions } from '../model/choices.js';
import { CONTROL_ID } from '../model/fields.js';
import type { Sources } from '../model/sources.js';
import type { GoalFormStrings } from '../strings/index.js';
import { describedBy, helpId, leftGroup, letterBadge } from './field-parts.js';

export interface CompetencyChooserView {
  sources: Sources;
  /** The id of the goal being written (its own competencies stay suggested). */
  goalId: string;
  strings: GoalFormStrings;
  lang: Lang;
  chosen: readonly string[];
  /** The field has a problem that is shown. */
  invalid: boolean;
  messages: TemplateResult;
  onToggle: (id: string, on: boolean) => void;
  onSuggestion: (id: string) => void;
  /** Focus left the whole group. */
  onLeave: () => void;
}

function levelsText(choice: CompetencyChoice, strings: GoalFormStrings, lang: Lang): string {
  const name = (level: Level) => (level === 0 ? '0' : `${level} (${levelLabel(level, lang)})`);
  return strings.levels(name(choice.current), choice.target === undefined ? undefined : name(choice.target));
}

/**
 * The suggestions as toggle buttons, and in words the competencies left out because another open
 * goal covers them; when none is left, why (all covered, or no gaps). Nothing without a target.
 * Plain text: the suggestions change only with the inputs, which the form does not announce.
 */
function renderSuggestions(view: CompetencyChooserView, suggestions: Suggestions | undefined): TemplateResult | typeof nothing {
  if (!suggestions) return nothing;
  const { strings: s, chosen } = view;
  const { choices, covered } = suggestions;
  const note = (text: string) => html`<p part="suggestions-note" class="muted">${text}</p>`;
  if (choices.length === 0) return html`<div class="suggestions">${note(covered.length > 0 ? s.suggestionsAllCovered(covered) : s.suggestionsNoGaps)}</div>`;
  return html`<div class="suggestions">
    <p class="subheading" id="suggestions-title">${s.suggestionsTitle}</p>
    <ul part="suggestions" class="chips" aria-labelledby="suggestions-title">
      ${choices.map(
        (choice) =>
          html`<li>
            <button
              type="button"
              part="suggestion"
              class="chip"
              aria-pressed=${chosen.includes(choice.id) ? 'true' : 'false'}
              @click=${() => view.onSuggestion(choice.id)}
            >
              <span>${choice.label}</span> <span class="chip-gap">${s.gap(choice.gap ?? 0)}</span>
            </button>
          </li>`,
      )}
    </ul>
    ${covered.length === 0 ? nothing : note(s.suggestionsCovered(covered))}
  </div>`;
}

/**
 * The S field: suggestions (largest gaps first, toggle buttons), then the catalogue as one
 * group of checkboxes per category with the person's current and target level next to each,
 * then chosen ids the catalogue does not know, so that they can be taken out.
 */
export function renderCompetencyChooser(view: CompetencyChooserView): TemplateResult {
  const { sources, strings: s, lang, chosen, invalid } = view;
  const field = 'competencyIds';
  const unknown = unknownChosen(sources, chosen);
  const checkbox = (id: string, label: string, levels?: string) =>
    html`<li>
      <label class="choice">
        <input
          type="checkbox"
          name="competency"
          .value=${id}
          .checked=${live(chosen.includes(id))}
          aria-invalid=${invalid ? 'true' : 'false'}
          @change=${(event: Event) => view.onToggle(id, (event.target as HTMLInputElement).checked)}
        />
        <span class="choice-text"><span class="choice-label">${label}</span>${levels ? html` <span part="levels" class="levels">${levels}</span>` : nothing}</span>
      </label>
    </li>`;
  return html`<fieldset part="field" class="field group" id=${CONTROL_ID[field]} aria-describedby=${describedBy(field)} @focusout=${(event: FocusEvent) => leftGroup(event) && view.onLeave()}>
    <legend part="label" class="label">${letterBadge('S')}${s.competenciesLegend}</legend>
    <p part="help" class="help muted" id=${helpId(field)}>${sources.target ? s.competenciesHelp : s.competenciesHelpNoTarget}</p>
    ${view.messages}
    ${renderSuggestions(view, suggestionsOf(sources, lang, view.goalId))}
    ${groupedChoices(sources, lang).map(
      (category) =>
        html`<fieldset part="category" class="category">
          <legend>${category.label}</legend>
          <ul class="choices">
            ${category.choices.map((choice) => checkbox(choice.id, choice.label, levelsText(choice, s, lang)))}
          </ul>
        </fieldset>`,
    )}
    ${unknown.length === 0
      ? nothing
      : html`<fieldset part="category" class="category unknown">
          <legend>${s.unknownGroup}</legend>
          <ul class="choices">
            ${unknown.map((id) => checkbox(id, id))}
          </ul>
        </fieldset>`}
  </fieldset>`;
}
