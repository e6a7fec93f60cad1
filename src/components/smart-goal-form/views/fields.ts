import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { GOAL_LIMITS } from '../../../domain/goals.js';
import type { Lang, Level, SmartLetter } from '../../../domain/types.js';
import { MAX_LABEL_LENGTH } from '../../../domain/validate.js';
import { formatIsoDate, formatNumber } from '../../../internal/format.js';
import { levelLabel } from '../../../internal/strings.js';
import { CONTROL_ID, type FieldKey, type GoalFields } from '../model/fields.js';
import type { GoalFormStrings } from '../strings/index.js';
import { describedBy, helpId, leftGroup, letterBadge } from './field-parts.js';

/** What the field templates need from the form. */
export interface FieldView {
  strings: GoalFormStrings;
  lang: Lang;
  /** The field's messages (empty until the field was left or submission was tried). */
  messages: (field: FieldKey) => TemplateResult;
  /** The field has a problem that is shown. */
  invalid: (field: FieldKey) => boolean;
  /** The user left the field. */
  touch: (field: FieldKey) => void;
}

export interface FieldText {
  label: string;
  help?: string;
  letter?: SmartLetter;
  optional?: boolean;
}

/** Level choices of the form; 0 ("none") is no goal. */
const TARGET_LEVELS: readonly Level[] = [1, 2, 3];

const invalidAttr = (view: FieldView, field: FieldKey) => (view.invalid(field) ? 'true' : 'false');

function label(view: FieldView, field: FieldKey, text: FieldText): TemplateResult {
  return html`<label part="label" class="label" for=${CONTROL_ID[field]}
    >${text.letter ? letterBadge(text.letter) : nothing}${text.label}${text.optional ? html` <span class="muted">${view.strings.optional}</span>` : nothing}</label
  >`;
}

function help(field: FieldKey, text: FieldText): TemplateResult | typeof nothing {
  return text.help === undefined ? nothing : html`<p part="help" class="help muted" id=${helpId(field)}>${text.help}</p>`;
}

/** M: the target level as a radio group (arrow keys move between the levels). */
export function renderTargetLevel(view: FieldView, level: Level | undefined, choose: (level: Level) => void): TemplateResult {
  const s = view.strings;
  const field = 'targetLevel';
  return html`<fieldset part="field" class="field group" id=${CONTROL_ID[field]} aria-describedby=${describedBy(field)} @focusout=${(event: FocusEvent) => leftGroup(event) && view.touch(field)}>
    <legend part="label" class="label">${letterBadge('M')}${s.targetLevelLegend}</legend>
    <p part="help" class="help muted" id=${helpId(field)}>${s.targetLevelHelp}</p>
    ${view.messages(field)}
    <div class="levels-row">
      ${TARGET_LEVELS.map(
        (option) =>
          html`<label class="choice level-choice">
            <input
              type="radio"
              name="target-level"
              .value=${String(option)}
              .checked=${live(level === option)}
              aria-invalid=${invalidAttr(view, field)}
              @change=${() => choose(option)}
            />
            <span>${option} – ${levelLabel(option, view.lang)}</span>
          </label>`,
      )}
    </div>
  </fieldset>`;
}

/** A text area (measure, challenge, notes). `checked: false` for a field the SMART check does not judge. */
export function renderTextArea(view: FieldView, field: FieldKey, text: FieldText, value: string, set: (value: string) => void, maxLength: number, checked = true): TemplateResult {
  return html`<div part="field" class="field">
    ${label(view, field, text)} ${help(field, text)} ${checked ? view.messages(field) : nothing}
    <textarea
      part="control"
      id=${CONTROL_ID[field]}
      rows="3"
      maxlength=${maxLength}
      .value=${live(value)}
      aria-invalid=${checked ? invalidAttr(view, field) : 'false'}
      aria-describedby=${checked ? describedBy(field, text.help !== undefined) : nothing}
      @input=${(event: Event) => set((event.target as HTMLTextAreaElement).value)}
      @blur=${() => view.touch(field)}
    ></textarea>
  </div>`;
}

/**
 * A one-line input: a number (hours, budget; `read` gets the input, whose `validity.badInput`
 * tells text that is no number) or a text of at most `limit.maxLength` (the supporting person).
 */
function renderInput(view: FieldView, field: FieldKey, text: FieldText, value: string, limit: { max: number } | { maxLength: number }, read: (input: HTMLInputElement) => void): TemplateResult {
  const number = 'max' in limit ? limit : undefined;
  return html`<div class="subfield">
    ${label(view, field, text)} ${help(field, text)} ${view.messages(field)}
    <input
      part="control"
      class=${number ? 'number' : nothing}
      id=${CONTROL_ID[field]}
      type=${number ? 'number' : 'text'}
      inputmode=${number ? 'decimal' : nothing}
      min=${number ? '0' : nothing}
      max=${number ? number.max : nothing}
      step=${number ? 'any' : nothing}
      autocomplete=${number ? nothing : 'off'}
      maxlength=${'maxLength' in limit ? limit.maxLength : nothing}
      .value=${live(value)}
      aria-invalid=${invalidAttr(view, field)}
      aria-describedby=${describedBy(field, text.help !== undefined)}
      @input=${(event: Event) => read(event.target as HTMLInputElement)}
      @blur=${() => view.touch(field)}
    />
  </div>`;
}

/** A button that takes over a value the domain suggests (it goes away once the value is taken: `take` moves focus to the field). */
function renderSuggestButton(text: string, take: () => void): TemplateResult {
  return html`<button type="button" part="suggest-button" class="secondary" @click=${take}>${text}</button>`;
}

/**
 * R: the hours (with the domain's estimate to take over), the budget and the supporting person.
 * `capacity` is the person's hours per month, when known.
 */
export function renderResources(
  view: FieldView,
  fields: GoalFields,
  capacity: number | undefined,
  estimate: number | undefined,
  set: (next: Partial<GoalFields>) => void,
  takeEstimate: (hours: number) => void,
): TemplateResult {
  const s = view.strings;
  const hoursHelp = s.hoursHelp(capacity === undefined ? undefined : formatNumber(capacity, view.lang));
  return html`<fieldset part="field" class="field group resources">
    <legend part="label" class="label">${letterBadge('R')}${s.resourcesLegend}</legend>
    ${renderInput(view, 'resources.hours', { label: s.hoursLabel, help: hoursHelp }, fields.hours, { max: GOAL_LIMITS.maxHours }, (input) =>
      set({ hours: input.value, hoursBad: input.validity.badInput }),
    )}
    ${estimate === undefined || String(estimate) === fields.hours ? nothing : renderSuggestButton(s.useEstimate(formatNumber(estimate, view.lang)), () => takeEstimate(estimate))}
    ${renderInput(view, 'resources.budget', { label: s.budgetLabel, optional: true }, fields.budget, { max: GOAL_LIMITS.maxBudget }, (input) =>
      set({ budget: input.value, budgetBad: input.validity.badInput }),
    )}
    ${renderInput(view, 'resources.supportPerson', { label: s.supportLabel, help: s.supportHelp, optional: true }, fields.supportPerson, { maxLength: MAX_LABEL_LENGTH }, (input) =>
      set({ supportPerson: input.value }),
    )}
  </fieldset>`;
}

/**
 * T: a native date input (its value is ISO `YYYY-MM-DD` whatever the browser shows), the chosen
 * date in the language's words beside it, and the suggested date to take over.
 */
export function renderDue(view: FieldView, value: string, suggestion: string | undefined, set: (value: string) => void, take: (date: string) => void): TemplateResult {
  const s = view.strings;
  const field = 'due';
  const chosen = formatIsoDate(value, view.lang);
  const suggestionText = suggestion === undefined ? undefined : formatIsoDate(suggestion, view.lang);
  return html`<div part="field" class="field">
    ${label(view, field, { label: s.dueLabel, letter: 'T' })} ${help(field, { label: s.dueLabel, help: s.dueHelp })} ${view.messages(field)}
    <div class="date-row">
      <input
        part="control"
        class="date"
        id=${CONTROL_ID[field]}
        type="date"
        .value=${live(value)}
        aria-invalid=${invalidAttr(view, field)}
        aria-describedby=${`${describedBy(field)} due-text`}
        @input=${(event: Event) => set((event.target as HTMLInputElement).value)}
        @blur=${() => view.touch(field)}
      />
      <span part="date-text" class="date-text" id="due-text">${chosen === undefined ? '' : s.dueChosen(chosen)}</span>
    </div>
    ${suggestion === undefined || suggestionText === undefined || suggestion === value ? nothing : renderSuggestButton(s.useSuggestedDue(suggestionText), () => take(suggestion))}
  </div>`;
}
