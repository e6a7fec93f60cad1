import { html, nothing, type TemplateResult } from 'lit';
import { GOAL_LIMITS, type SmartCheck, type SmartFinding } from '../../../domain/goals.js';
import type { Goal, Lang, Level } from '../../../domain/types.js';
import { openCriteria, problemFindings } from '../model/check.js';
import { estimatedHours, suggestedDue } from '../model/estimates.js';
import { toggleCompetency, type FieldKey, type FieldsChange, type GoalFields } from '../model/fields.js';
import type { Sources } from '../model/sources.js';
import type { GoalFormStrings } from '../strings/index.js';
import { renderChecklist } from './checklist.js';
import { renderCompetencyChooser } from './competency-chooser.js';
import { renderErrorSummary } from './error-summary.js';
import { renderMessages } from './field-parts.js';
import { renderDue, renderResources, renderTargetLevel, renderTextArea, type FieldView } from './fields.js';

/** What the form shows. */
export interface FormView {
  strings: GoalFormStrings;
  lang: Lang;
  sources: Sources;
  fields: GoalFields;
  /** The goal built from the fields. */
  goal: Goal;
  check: SmartCheck;
  heading: string;
  /** The input-problem notice. */
  notice: TemplateResult;
  /** Inside a provider that selects no person (and without a `person-id` of its own): no goal can be saved. */
  noPerson: boolean;
  /** The live regions of the announcer. */
  liveRegions: TemplateResult;
  disabled: boolean;
  /** Alone the form has its own submit button; inside a `<form>` that form's submit button submits. */
  ownSubmit: boolean;
  result: 'submitted' | 'invalid' | undefined;
  /** The goal submitted is stored and the form holds a new one (`GoalEditing.startedAnew`). */
  startedAnew: boolean;
  /** The findings shown at a field: none until it was left or submission was tried. */
  shown: (field: FieldKey) => SmartFinding[];
  /** Submission was tried: the problems are listed at the top. */
  tried: boolean;
}

/** What the user does in the form. */
export interface FormActions {
  /** An inner control's native `input` / `change` (re-dispatched by the host). */
  input: (event: Event) => void;
  change: (event: Event) => void;
  /** Typing in a field. */
  edit: (next: Partial<GoalFields>) => void;
  /** A choice made with a native control (its events are re-dispatched); the field counts as left. */
  choose: (change: FieldsChange, field: FieldKey) => void;
  /** A value taken with a button: the field counts as left and the host fires `input` and `change`. */
  take: (change: FieldsChange, field: FieldKey) => void;
  /** As `take`, with a button that goes away once the value is taken: focus moves to the field, which now holds the value (WCAG 2.4.3). */
  takeOver: (change: FieldsChange, field: FieldKey) => void;
  /** The user left a field (its messages show from now on). */
  touch: (field: FieldKey) => void;
  goTo: (field: FieldKey) => void;
  submit: () => void;
}

/** The whole form: notice, heading, error summary, fields, SMART checklist, submit and outcome, live regions. */
export function renderForm(view: FormView, on: FormActions): TemplateResult {
  const s = view.strings;
  const { lang, fields } = view;
  const { shown } = view;
  const invalid = (field: FieldKey) => shown(field).some((finding) => finding.severity === 'problem');
  const fieldView: FieldView = {
    strings: s,
    lang,
    messages: (field) => renderMessages(field, shown(field), s, lang),
    invalid,
    touch: on.touch,
  };
  const text = (field: 'measure' | 'challenge' | 'notes') => (value: string) => on.edit({ [field]: value });
  // A disabled form's fields take no focus: nothing links to them.
  const goTo = view.disabled ? undefined : on.goTo;
  return html`<div part="form" class="form" lang=${lang}>
    ${view.notice}
    <div class="header">
      <h2 part="heading" id="heading">${view.heading}</h2>
      <p part="intro" id="intro" class="muted">${s.intro}</p>
      ${view.noPerson ? html`<p part="no-person" class="lead-notice">${s.noPerson}</p>` : nothing}
    </div>
    ${renderErrorSummary(view.tried ? problemFindings(view.check) : [], s, lang, goTo)}
    <div class="layout">
      <fieldset class="fields" aria-labelledby="heading" ?disabled=${view.disabled} @input=${on.input} @change=${on.change}>
        ${renderCompetencyChooser({
          sources: view.sources,
          goalId: view.goal.id,
          strings: s,
          lang,
          chosen: fields.competencyIds,
          invalid: invalid('competencyIds'),
          messages: fieldView.messages('competencyIds'),
          onToggle: (id, checked) => on.choose(toggleCompetency(id, checked), 'competencyIds'),
          onSuggestion: (id) => on.take(toggleCompetency(id), 'competencyIds'),
          onLeave: () => on.touch('competencyIds'),
        })}
        ${renderTargetLevel(fieldView, fields.targetLevel, (level: Level) => on.choose({ targetLevel: level }, 'targetLevel'))}
        ${renderTextArea(fieldView, 'measure', { label: s.measureLabel, help: s.measureHelp, letter: 'M' }, fields.measure, text('measure'), GOAL_LIMITS.maxTextLength)}
        ${renderTextArea(fieldView, 'challenge', { label: s.challengeLabel, help: s.challengeHelp, letter: 'A' }, fields.challenge, text('challenge'), GOAL_LIMITS.maxTextLength)}
        ${renderResources(fieldView, fields, view.sources.capacity, estimatedHours(fields, view.sources), on.edit, (hours) => on.takeOver({ hours: String(hours), hoursBad: false }, 'resources.hours'))}
        ${renderDue(fieldView, fields.due, suggestedDue(fields, view.goal, view.sources), (value) => on.edit({ due: value }), (date) => on.takeOver({ due: date }, 'due'))}
        ${renderTextArea(fieldView, 'notes', { label: s.notesLabel, optional: true }, fields.notes, text('notes'), GOAL_LIMITS.maxTextLength, false)}
      </fieldset>
      ${renderChecklist(view.check, s, invalid, goTo)}
    </div>
    ${renderActions(view, on)}
    ${view.liveRegions}
  </div>`;
}

function renderActions(view: FormView, on: FormActions): TemplateResult {
  const s = view.strings;
  const resultText = view.result === 'submitted' ? (view.startedAnew ? s.submittedAnew : s.submitted) : view.result === 'invalid' ? s.notSubmitted(openCriteria(view.check)) : '';
  return html`<div class="actions">
    ${view.ownSubmit ? html`<button type="button" part="submit" class="primary" ?disabled=${view.disabled} @click=${on.submit}>${s.submit}</button>` : nothing}
    <p part="result" class=${`result ${view.result ?? ''}`}>${resultText}</p>
  </div>`;
}
