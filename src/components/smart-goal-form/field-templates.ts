import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Lang, Level, SmartLetter } from '../../domain/types.js';
import { levelLabel } from '../../internal/strings.js';
import { describedBy, helpId, letterBadge } from './field-parts.js';
import { formatIsoDate } from '../../internal/format.js';
import { CONTROL_ID, type FieldKey } from './goal-fields.js';
import type { GoalFormStrings } from './strings.js';

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
  /** Focus left a group (only counts when it leaves the whole group). */
  leave: (field: FieldKey, event: FocusEvent) => void;
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
  return html`<fieldset part="field" class="field group" id=${CONTROL_ID[field]} aria-describedby=${describedBy(field)} @focusout=${(event: FocusEvent) => view.leave(field, event)}>
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

/** A number input (hours, budget); `read` gets the input, whose `validity.badInput` tells text that is no number. */
export function renderNumber(view: FieldView, field: FieldKey, text: FieldText, value: string, max: number, read: (input: HTMLInputElement) => void): TemplateResult {
  return html`<div class="subfield">
    ${label(view, field, text)} ${help(field, text)} ${view.messages(field)}
    <input
      part="control"
      class="number"
      id=${CONTROL_ID[field]}
      type="number"
      inputmode="decimal"
      min="0"
      max=${max}
      step="any"
      .value=${live(value)}
      aria-invalid=${invalidAttr(view, field)}
      aria-describedby=${describedBy(field, text.help !== undefined)}
      @input=${(event: Event) => read(event.target as HTMLInputElement)}
      @blur=${() => view.touch(field)}
    />
  </div>`;
}

/** A one-line text input (the supporting person). */
export function renderTextInput(view: FieldView, field: FieldKey, text: FieldText, value: string, maxLength: number, set: (value: string) => void): TemplateResult {
  return html`<div class="subfield">
    ${label(view, field, text)} ${help(field, text)} ${view.messages(field)}
    <input
      part="control"
      id=${CONTROL_ID[field]}
      type="text"
      autocomplete="off"
      maxlength=${maxLength}
      .value=${live(value)}
      aria-invalid=${invalidAttr(view, field)}
      aria-describedby=${describedBy(field, text.help !== undefined)}
      @input=${(event: Event) => set((event.target as HTMLInputElement).value)}
      @blur=${() => view.touch(field)}
    />
  </div>`;
}

/** A button that takes over a value the domain suggests. */
export function renderSuggestButton(text: string, take: () => void): TemplateResult {
  return html`<button type="button" part="suggest-button" class="secondary" @click=${take}>${text}</button>`;
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
