import { LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SmartCheck, SmartFinding } from '../../domain/goals.js';
import type { Catalogue, Goal, Profile } from '../../domain/types.js';
import { krElementStyles } from '../../internal/base.styles.js';
import { consumeProvider, type KompetenzContextValue } from '../../internal/context.js';
import { FormControl } from '../../internal/controllers/form-control.js';
import type { KrEvent } from '../../internal/events.js';
import type { InputProblem } from '../../internal/inputs.js';
import { jsonAttribute } from '../../internal/json-attribute.js';
import { KrElement } from '../../internal/kr-element.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { CheckAnnouncements } from './controllers/check-announcements.js';
import { GoalEditing } from './controllers/goal-editing.js';
import { checkAnnouncement, findingText, openCriteria, problemFindings } from './model/check.js';
import type { FieldKey } from './model/fields.js';
import { goalProblems, readSources, type Sources } from './model/sources.js';
import { goalFormStyles } from './smart-goal-form.styles.js';
import { GOAL_FORM_STRINGS, type GoalFormStrings } from './strings/index.js';
import { ERROR_SUMMARY_ID } from './views/error-summary.js';
import { fieldAnchor } from './views/field-parts.js';
import { renderForm, type FormActions } from './views/form.js';

/** `kr-goal-submit`: a goal that passes all five SMART checks was submitted. */
export interface KrGoalSubmitDetail {
  goal: Goal;
}

/** `kr-goal-invalid`: submission was tried while checks fail; the findings that make them fail. */
export interface KrGoalInvalidDetail {
  findings: SmartFinding[];
}

declare module '../../internal/events.js' {
  interface KrEventDetailMap {
    'kr-goal-submit': KrGoalSubmitDetail;
    'kr-goal-invalid': KrGoalInvalidDetail;
  }
}

/** Inputs that change what the form judges against. */
/** What a goal without a person is told (`submit`, the form control's validity). */
const NO_PERSON = {
  source: 'person-id',
  code: 'no-person',
  message: 'person-id: a goal belongs to a person; set person-id, or select a person in the surrounding kompetenz-provider',
} satisfies InputProblem;

const SOURCE_KEYS = ['context', 'catalogue', 'personId', 'current', 'target', 'targetRole', 'capacity', 'today', 'goalId'] as const;

/**
 * A form for one SMART learning goal, for a person and their line manager writing it together.
 * The domain's `checkSmartGoal` judges the goal as it is written: a checklist shows which of
 * S, M, A, R, T hold, and each message appears next to the field it is about.
 *
 * Form-associated: inside a `<form>` its value is the goal as JSON under its `name`; it takes
 * part in validation (the first failing check's message, anchored at its field), reset, state
 * restore and `disabled` fieldsets, and shows its validity as the custom states
 * `:state(valid)` / `:state(invalid)`. Alone it shows its own submit button.
 *
 * Inputs follow the rule of every element: its own `catalogue`, `person-id`, `current`, `target`
 * / `target-role`, `capacity` and `today` when given and valid, else those of a surrounding
 * `<kompetenz-provider>` (the selected person's current profile, role target and capacity), else
 * the defaults. Inside a provider it can edit a stored goal (`goal-id`), and the provider saves
 * what `kr-goal-submit` carries.
 *
 * A new goal being written is kept as the person's draft until it is saved or the form is reset:
 * in the provider (with `storage="local"` in its IndexedDB database, so that it is back after a
 * reload, which the form announces politely; else in its memory), outside one in the form itself.
 *
 * @customElement smart-goal-form
 *
 * @fires {CustomEvent<KrGoalSubmitDetail>} kr-goal-submit - `{goal}`: a goal that passes all five checks was submitted (own button, or the surrounding form's submit).
 * @fires {CustomEvent<KrGoalInvalidDetail>} kr-goal-invalid - `{findings}`: submission was tried (own button, form validation, `checkValidity()`) while checks fail.
 * @fires {CustomEvent<KrErrorDetail>} kr-error - `{code, message, source}`: an input could not be used (bad JSON, unknown competency/person/role/goal, malformed goal); once per problem.
 * @fires {Event} input - the user changed the goal (typing, a choice, a suggestion taken).
 * @fires {Event} change - the user committed a change (a field left after editing, a choice, a suggestion taken).
 *
 * @csspart form - the wrapper of everything.
 * @csspart notice - the list of input problems (from the base element).
 * @csspart no-person - Under the heading inside a provider that selects no person: why no goal can be saved yet.
 * @csspart heading - the form's heading.
 * @csspart intro - the sentence under the heading.
 * @csspart field - each field's block (label, help, control, messages).
 * @csspart label - the label or legend of a field.
 * @csspart help - a field's help text.
 * @csspart control - text, number and date inputs and text areas.
 * @csspart messages - the container of a field's messages.
 * @csspart message - one message; also `problem` (must change) or `hint` (advice).
 * @csspart problem - a message about what must change.
 * @csspart hint - a message of advice.
 * @csspart suggestions - the list of suggested competencies (largest gaps first).
 * @csspart suggestion - one suggestion toggle button.
 * @csspart suggestions-note - why competencies are not suggested (another open goal covers them) or why there are no suggestions.
 * @csspart category - the group of one category's competencies.
 * @csspart levels - the current/target levels next to a competency.
 * @csspart suggest-button - the buttons that take over an estimate or a suggested date.
 * @csspart date-text - the chosen date in words.
 * @csspart checklist - the SMART checklist.
 * @csspart criterion - one line of it; also `criterion-met`, `criterion-open` (shown as failed once a field of it was left or submission was tried) or `criterion-pending` (not met, not yet judged).
 * @csspart criterion-met - a criterion that holds.
 * @csspart criterion-open - a criterion shown as failed (a field of it was left, or submission was tried).
 * @csspart criterion-pending - a criterion not met and not yet judged.
 * @csspart goto - the buttons that move focus to a field from the checklist.
 * @csspart error-summary - after a failed submission, the list of problems above the fields; it takes focus after the own submit button.
 * @csspart error-link - one problem in it, a link that moves focus to its field.
 * @csspart submit - the own submit button (only outside a form).
 * @csspart result - the visible outcome of the last submission.
 *
 * @cssproperty [--kr-goal-form-gap=1rem] - Space between fields.
 * @cssproperty [--kr-text-color=#1f1f1f] - Text (dark: #ececec).
 * @cssproperty [--kr-muted-color=#595959] - Help texts and levels (dark: #b0b0b0).
 * @cssproperty [--kr-background=#ffffff] - Background of the element and its inputs (dark: #1b1b1f).
 * @cssproperty [--kr-grid-color=#767676] - Borders of inputs, groups and the checklist (dark: #8f8f8f).
 * @cssproperty [--kr-focus-color=#0b57d0] - Focus outline (dark: #8ab4f8).
 * @cssproperty [--kr-goal-form-accent=#0b57d0] - Buttons, SMART letters, chosen suggestions (dark: #8ab4f8).
 * @cssproperty [--kr-goal-form-accent-text=#ffffff] - Text on the accent colour (dark: #1b1b1f).
 * @cssproperty [--kr-goal-form-met=#1b6e20] - Criteria that hold (dark: #81c784).
 * @cssproperty [--kr-goal-form-problem=#b3261e] - Problems and invalid fields (dark: #ffb4ab).
 * @cssproperty [--kr-goal-form-hint=#6b4e00] - Advice (dark: #f0c85a).
 */
export class SmartGoalForm extends KrElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [krElementStyles, themeStyles, goalFormStyles];

  /** The name under which the goal (JSON) is submitted with a surrounding form. */
  @property({ reflect: true }) name?: string;
  /** Disables every control; the goal is then not submitted with a form. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** A goal to edit (property, or JSON in the attribute). Setting it again starts over from it. */
  @property({ converter: jsonAttribute<Goal>() }) goal?: Goal;
  /** Inside a provider: the id of a stored goal to edit. */
  @property({ attribute: 'goal-id' }) goalId?: string;
  /** The person the goal is for; inside a provider defaults to the selected person. */
  @property({ attribute: 'person-id' }) personId?: string;
  /** The person's current (actual) profile, `{competencyId: level}`; inside a provider taken from the assessments. */
  @property({ converter: jsonAttribute<Profile>() }) current?: Profile;
  /** The role (id, or German or English name) whose target profile is shown next to each competency and drives the suggestions. */
  @property({ attribute: 'target-role' }) targetRole?: string;
  /** A target profile; wins over `target-role`. */
  @property({ converter: jsonAttribute<Profile>() }) target?: Profile;
  /** Hours per month the person can give to learning (the R and T rules use it), 0 to 200; inside a provider defaults to the selected person's. Another value is reported (`kr-error` `range`) and not used. */
  @property({ type: Number }) capacity?: number;
  /** Today as `YYYY-MM-DD`; defaults to the provider's today, else the local date. */
  @property() today?: string;
  /** The competency catalogue (property, or JSON in the attribute); defaults to the provider's or the built-in one. */
  @property({ converter: jsonAttribute<Catalogue>() }) catalogue?: Catalogue;

  @consumeProvider()
  @state()
  private context?: KompetenzContextValue;

  private sources!: Sources;
  private readonly control = new FormControl(this, {
    role: 'group',
    disabled: () => this.disabled,
    onSubmit: () => this.submitGoal(false),
    // Invalid with every check passed: the goal has no person (`submitGoal` says so).
    onInvalid: () => (this.editing.check.ok ? this.submitGoal(false) : this.refuse(false)),
    onReset: () => this.editing.reset(),
    onRestore: (state) => this.editing.restore(state),
  });
  private readonly announcements = new CheckAnnouncements(this, (field) =>
    checkAnnouncement(this.editing.check, field ? this.editing.shownFindings(field) : [], this.strings, this.localize.lang),
  );
  private readonly editing = new GoalEditing(this, {
    sources: () => this.sources,
    report: (problems) => this.setProblems('goal', problems),
    changed: () => {
      this.control.setValue(JSON.stringify(this.editing.goal));
      this.syncValidity();
    },
    startedAnew: () => this.announcements.outcome(this.strings.submittedAnew),
    providerDrafts: () => this.context?.drafts,
    draftsReady: () => this.context?.loading !== true,
    draftRestored: (savedAt) => this.announcements.outcome(this.strings.draftRestored(savedAt)),
  });

  // --- the form-control API ------------------------------------------------------------------

  /** The goal as JSON, as submitted with a surrounding form. */
  get value(): string {
    this.ensureComputed();
    return JSON.stringify(this.editing.goal);
  }

  /** The goal as written so far (fields still missing are left out). */
  get draft(): Goal {
    this.ensureComputed();
    return structuredClone(this.editing.goal);
  }

  /** The latest SMART check of the goal. */
  get smartCheck(): SmartCheck {
    this.ensureComputed();
    return this.editing.check;
  }

  get form(): HTMLFormElement | null { return this.control.form; }
  get labels(): NodeList { return this.control.labels; }
  get validity(): ValidityState { return this.control.validity; }
  get validationMessage(): string { return this.control.validationMessage; }
  get willValidate(): boolean { return this.control.willValidate; }
  /** Always `'smart-goal-form'`, like `type` of native controls. */
  get type(): string { return this.localName; }

  checkValidity(): boolean {
    this.ensureComputed();
    return this.control.checkValidity();
  }

  reportValidity(): boolean {
    this.ensureComputed();
    return this.control.reportValidity();
  }

  formAssociatedCallback(form: HTMLFormElement | null): void { this.control.associated(form); }
  formDisabledCallback(): void { this.control.disabledChanged(); }
  formResetCallback(): void { this.control.reset(); }
  formStateRestoreCallback(state: string | File | FormData | null): void { this.control.restore(state); }

  // --- lifecycle -----------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.compute(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncValidity();
    this.control.setFallbackName(this.headingText());
  }

  /** Reads the sources when an input changed, decides which goal to show, builds and checks it. */
  private compute(changed?: PropertyValues<this>): void {
    const has = (key: string) => changed?.has(key as keyof SmartGoalForm) ?? false;
    const previousPerson = this.sources?.personId;
    const sourcesChanged = !this.sources || SOURCE_KEYS.some(has);
    if (sourcesChanged) {
      this.localize.fallback = this.context?.lang;
      this.sources = readSources(this, this.context);
      this.setProblems('setup', this.sources.problems);
    }
    if (sourcesChanged || has('goal')) this.editing.follow(this.goal, { goal: has('goal'), goalId: has('goalId'), previousPerson });
    this.editing.recompute();
  }

  /** The value can be asked for before the first update (a form reads it early). */
  private ensureComputed(): void {
    if (!this.sources) this.compute();
  }

  /**
   * Valid, or invalid with the first failing check's message, anchored at its field; a goal of no
   * person is invalid too (the page forgot `person-id`), so a surrounding form never submits it.
   */
  private syncValidity(): void {
    const check = this.editing.check;
    if (check.ok) return this.control.setValidity(this.editing.goal.personId ? undefined : this.localize.strings.problem({ ...NO_PERSON, scope: 'submit' }));
    const first = problemFindings(check)[0];
    if (!first) return this.control.setValidity(this.strings.notSubmitted(0));
    this.control.setValidity(findingText(first, this.strings, this.localize.lang), this.anchorOf(first.field));
  }

  private anchorOf(field: FieldKey): HTMLElement | undefined {
    return this.hasUpdated ? fieldAnchor(this.renderRoot, field) : undefined;
  }

  private get strings(): GoalFormStrings {
    return this.localize.of(GOAL_FORM_STRINGS);
  }

  private headingText(): string {
    const name = this.sources?.person?.name;
    return name ? this.strings.headingFor(name) : this.strings.heading;
  }

  private readonly actions: FormActions = {
    // Native `input` events are composed; the host fires its own after the value is updated.
    input: (event) => {
      event.stopPropagation();
      this.fire('input');
      this.announcements.afterTyping();
    },
    // `change` does not leave a shadow root; the host fires its own.
    change: (event) => {
      event.stopPropagation();
      this.fire('change');
    },
    edit: (change) => this.editing.set(change),
    choose: (change, field) => {
      this.editing.set(change);
      this.touch(field);
    },
    take: (change, field) => {
      this.editing.set(change);
      this.touch(field);
      this.fire('input');
      this.fire('change');
    },
    takeOver: (change, field) => {
      this.actions.take(change, field);
      void this.updateComplete.then(() => this.anchorOf(field)?.focus());
    },
    touch: (field) => this.touch(field),
    goTo: (field) => this.anchorOf(field)?.focus(),
    submit: () => this.submitGoal(),
  };

  private fire(type: 'input' | 'change'): void {
    this.dispatchEvent(type === 'input' ? new Event('input', { bubbles: true, composed: true }) : new Event('change', { bubbles: true }));
  }

  private touch(field: FieldKey): void {
    this.editing.touch(field);
    this.announcements.afterLeaving(field);
  }

  /** Fires `kr-goal-submit` when all checks hold, else shows every message and fires `kr-goal-invalid`. */
  private submitGoal(moveFocus = true): void {
    this.ensureComputed();
    this.editing.showAll();
    if (!this.editing.check.ok) return this.refuse(moveFocus);
    const goal = structuredClone(this.editing.goal);
    if (!goal.personId) return this.setProblems('submit', [NO_PERSON]);
    const problems = goalProblems(goal, this.sources.catalogue, 'goal');
    this.setProblems('submit', problems);
    if (problems.length > 0) return;
    this.editing.submitted(this.context !== undefined && this.goal === undefined && !this.goalId);
    this.announcements.outcome(this.strings.submitted);
    this.emit('kr-goal-submit', { goal });
  }

  /** Shows every message and fires `kr-goal-invalid`; `moveFocus`: to the list of problems at the top, as on GOV.UK. */
  private refuse(moveFocus: boolean): void {
    this.editing.showAll();
    this.editing.result = 'invalid';
    const findings = problemFindings(this.editing.check);
    this.announcements.outcome(this.strings.notSubmitted(openCriteria(this.editing.check)));
    this.emit('kr-goal-invalid', { findings: structuredClone(findings) });
    if (moveFocus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${ERROR_SUMMARY_ID}`)?.focus());
  }

  protected override render(): TemplateResult {
    const editing = this.editing;
    const view = {
      strings: this.strings,
      lang: this.localize.lang,
      sources: this.sources,
      fields: editing.fields,
      goal: editing.goal,
      check: editing.check,
      heading: this.headingText(),
      notice: this.renderNotice(),
      noPerson: this.context !== undefined && this.context.loading !== true && !editing.goal.personId,
      liveRegions: this.announcements.render(),
      disabled: this.disabled || this.control.formDisabled,
      ownSubmit: this.control.form === null,
      result: editing.result,
      startedAnew: editing.startedAnew,
      shown: (field: FieldKey) => editing.shownFindings(field),
      tried: editing.tried,
    };
    return renderForm(view, this.actions);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'smart-goal-form': SmartGoalForm;
  }
  interface GlobalEventHandlersEventMap {
    'kr-goal-submit': KrEvent<'kr-goal-submit'>;
    'kr-goal-invalid': KrEvent<'kr-goal-invalid'>;
  }
}
