import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { competencyById } from '../../domain/catalogue.js';
import { checkSmartGoal, estimateGoalHours, GOAL_LIMITS, SMART_LETTERS, suggestDueDate, validateGoal, type SmartCheck, type SmartContext, type SmartFinding } from '../../domain/goals.js';
import type { Catalogue, Goal, Profile } from '../../domain/types.js';
import { isRecord, MAX_LABEL_LENGTH } from '../../domain/validate.js';
import { kompetenzContext, type KompetenzContextValue } from '../../internal/context.js';
import type { KrEvent } from '../../internal/events.js';
import { krElementStyles } from '../../internal/base.styles.js';
import { jsonAttribute } from '../../internal/json-attribute.js';
import { KrElement } from '../../internal/kr-element.js';
import { renderCompetencyChooser } from './competency-chooser.js';
import { letterBadge, renderMessages } from './field-parts.js';
import { renderDue, renderNumber, renderSuggestButton, renderTargetLevel, renderTextArea, renderTextInput, type FieldView } from './field-templates.js';
import { formatNumber } from '../../internal/format.js';
import { goalProblems, resolveSetup, type GoalFormSetup, type InputProblem } from './goal-form-setup.js';
import {
  CONTROL_ID,
  emptyFields,
  fieldsFromGoal,
  goalFromFields,
  identityFromGoal,
  localToday,
  newGoalId,
  type FieldKey,
  type GoalFields,
  type GoalIdentity,
} from './goal-fields.js';
import { checkSummary, openCriteria, renderChecklist } from './smart-checklist.js';
import { goalFormStyles } from './smart-goal-form.styles.js';
import { GOAL_FORM_STRINGS, type GoalFormStrings } from './strings.js';

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
const SETUP_KEYS = ['context', 'catalogue', 'personId', 'current', 'target', 'targetRole', 'capacity', 'today', 'goalId'] as const;

/** Quiet time after typing before the state of the check is announced. */
const ANNOUNCE_AFTER_TYPING_MS = 1500;
/** Short delay after leaving a field, so that the announcement follows the focus move. */
const ANNOUNCE_AFTER_LEAVING_MS = 150;

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
 * Inside a `<kompetenz-provider>` it takes the catalogue, the selected (or `person-id`) person's
 * current profile, role target, capacity and today from the provider, can edit a stored goal
 * (`goal-id`), and the provider saves what `kr-goal-submit` carries.
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
 * @csspart heading - the form's heading.
 * @csspart intro - the sentence under the heading.
 * @csspart field - each field's block (label, help, control, messages).
 * @csspart label - the label or legend of a field.
 * @csspart help - a field's help text.
 * @csspart control - text, number and date inputs and text areas.
 * @csspart messages - the container of a field's messages.
 * @csspart message - one message; also `problem` (must change) or `hint` (advice).
 * @csspart suggestions - the list of suggested competencies (largest gaps first).
 * @csspart suggestion - one suggestion toggle button.
 * @csspart category - the group of one category's competencies.
 * @csspart levels - the current/target levels next to a competency.
 * @csspart suggest-button - the buttons that take over an estimate or a suggested date.
 * @csspart date-text - the chosen date in words.
 * @csspart checklist - the SMART checklist.
 * @csspart criterion - one line of it; also `criterion-met` or `criterion-open`.
 * @csspart goto - the buttons that move focus to a field from the checklist.
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
  static override styles = [krElementStyles, goalFormStyles];

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

  /** The role whose target profile is shown next to each competency and drives the suggestions. */
  @property({ attribute: 'target-role' }) targetRole?: string;

  /** A target profile; wins over `target-role`. */
  @property({ converter: jsonAttribute<Profile>() }) target?: Profile;

  /** Hours per month the person can give to learning (the R and T rules use it). */
  @property({ type: Number }) capacity?: number;

  /** Today as `YYYY-MM-DD`; defaults to the provider's today, else the local date. */
  @property() today?: string;

  /** The competency catalogue (property, or JSON in the attribute); defaults to the provider's or the built-in one. */
  @property({ converter: jsonAttribute<Catalogue>() }) catalogue?: Catalogue;

  @consume({ context: kompetenzContext, subscribe: true })
  @state()
  private context?: KompetenzContextValue;

  @state() private fields: GoalFields = emptyFields();
  @state() private touched: ReadonlySet<FieldKey> = new Set();
  @state() private showAll = false;
  @state() private formDisabled = false;
  @state() private announcement = '';
  @state() private result: 'submitted' | 'invalid' | undefined;

  private readonly internals: ElementInternals;
  private setup!: GoalFormSetup;
  private identity: GoalIdentity = { id: '', personId: '' };
  /** What a form reset returns to. */
  private initial: { fields: GoalFields; identity: GoalIdentity } | undefined;
  private loadedStoredJson: string | undefined;
  private check!: SmartCheck;
  private built!: Goal;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private ownerForm: HTMLFormElement | null = null;

  constructor() {
    super();
    this.internals = this.attachInternals();
    try {
      this.internals.role = 'group';
    } catch {
      // Older engines without ARIA reflection on ElementInternals: the inner heading still names the form.
    }
    this.addEventListener('invalid', this.onInvalid);
  }

  // --- the form-control API ------------------------------------------------------------------

  /** The goal as JSON, as submitted with a surrounding form. */
  get value(): string {
    this.ensureComputed();
    return JSON.stringify(this.built);
  }

  /** The goal as written so far (fields still missing are left out). */
  get draft(): Goal {
    this.ensureComputed();
    return structuredClone(this.built);
  }

  /** The latest SMART check of the goal. */
  get smartCheck(): SmartCheck {
    this.ensureComputed();
    return this.check;
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get labels(): NodeList {
    return this.internals.labels;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Always `'smart-goal-form'`, like `type` of native controls. */
  get type(): string {
    return this.localName;
  }

  checkValidity(): boolean {
    this.ensureComputed();
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    this.ensureComputed();
    return this.internals.reportValidity();
  }

  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.ownerForm?.removeEventListener('submit', this.onFormSubmit);
    this.ownerForm = form;
    form?.addEventListener('submit', this.onFormSubmit);
    this.requestUpdate();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formResetCallback(): void {
    // Without a goal to return to, the form starts a new goal (with a new id).
    const start = this.initial ?? this.freshStart();
    this.startFrom(start.fields, start.identity);
    this.recompute();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    let value: unknown;
    try {
      value = JSON.parse(state);
    } catch {
      return;
    }
    this.startFrom(fieldsFromGoal(value), this.identityFor(value));
    this.recompute();
  }

  // --- lifecycle -----------------------------------------------------------------------------

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const setupChanged = !this.setup || SETUP_KEYS.some((key) => changed.has(key as keyof SmartGoalForm));
    if (setupChanged) {
      const previousPerson = this.setup?.personId;
      this.applySetup();
      this.loadGoal(changed, previousPerson);
    } else if (changed.has('goal')) {
      this.loadGoal(changed, this.setup.personId);
    }
    this.recompute();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncValidity();
    this.nameHost();
  }

  // --- inputs --------------------------------------------------------------------------------

  private applySetup(): void {
    const setup = resolveSetup({
      context: this.context,
      catalogue: this.catalogue,
      personId: this.personId,
      current: this.current,
      target: this.target,
      targetRole: this.targetRole,
      capacity: this.capacity,
      today: this.today,
      goalId: this.goalId,
      localToday: localToday(),
    });
    this.setup = setup;
    this.localize.fallback = this.context?.lang;
    this.reportProblems('setup', setup.problems);
  }

  private reportProblems(scope: string, problems: readonly InputProblem[]): void {
    this.clearErrors(scope);
    for (const problem of problems) {
      this.reportError(problem.code, problem.message, problem.source, problem.subject === undefined ? { scope } : { scope, subject: problem.subject });
    }
  }

  /** Decides which goal the form shows: the `goal` property, else the stored `goal-id`, else a new one. */
  private loadGoal(changed: PropertyValues<this>, previousPerson: string | undefined): void {
    const first = this.initial === undefined && this.identity.id === '';
    if (this.goal !== undefined) {
      if (changed.has('goal') || first) this.loadFrom(this.goal, 'goal');
      return;
    }
    if (changed.has('goal')) this.clearErrors('goal');
    const stored = this.setup.storedGoal;
    if (stored) {
      const json = JSON.stringify(stored);
      if (json !== this.loadedStoredJson) {
        this.loadedStoredJson = json;
        // The provider saved what this form submitted: keep the form (and its confirmation) as it is.
        if (this.built && json === JSON.stringify(this.built)) this.initial = { fields: this.fields, identity: this.identity };
        else this.loadFrom(stored, 'goal-id');
      }
      return;
    }
    this.loadedStoredJson = undefined;
    const personChanged = previousPerson !== this.setup.personId && !first;
    if (first || changed.has('goal') || changed.has('goalId') || personChanged) {
      const start = this.freshStart();
      this.initial = undefined;
      this.startFrom(start.fields, start.identity);
    }
  }

  private loadFrom(value: unknown, source: string): void {
    // A goal handed in without id or person gets them from the form: only what it does say is judged.
    const judged = isRecord(value) ? { ...value } : value;
    if (isRecord(judged)) {
      judged.id ??= 'new';
      judged.personId ??= this.setup.personId ?? 'new';
    }
    this.reportProblems('goal', goalProblems(judged, this.setup.catalogue, source));
    const fields = fieldsFromGoal(value);
    const identity = this.identityFor(value);
    this.initial = { fields, identity };
    this.startFrom(fields, identity);
  }

  private identityFor(value: unknown): GoalIdentity {
    const found = identityFromGoal(value);
    const fresh = this.freshStart().identity;
    return found ? { ...fresh, ...found, personId: found.personId ?? '' } : fresh;
  }

  private freshStart(): { fields: GoalFields; identity: GoalIdentity } {
    const today = this.setup?.today ?? localToday();
    return { fields: emptyFields(), identity: { id: newGoalId(today), personId: '', createdAt: today, status: 'open' } };
  }

  private startFrom(fields: GoalFields, identity: GoalIdentity): void {
    this.fields = fields;
    this.identity = identity;
    this.touched = new Set();
    this.showAll = false;
    this.result = undefined;
  }

  // --- the goal and its check ----------------------------------------------------------------

  private smartContext(): SmartContext {
    const context: SmartContext = { current: this.setup.current, today: this.setup.today, catalogue: this.setup.catalogue };
    if (this.setup.capacity !== undefined) context.capacityHoursPerMonth = this.setup.capacity;
    return context;
  }

  private ensureComputed(): void {
    if (!this.setup) {
      this.applySetup();
      this.loadGoal(new Map() as PropertyValues<this>, undefined);
    }
    if (!this.check) this.recompute();
  }

  /** Builds the goal from the fields, checks it and hands value and validity to the form. */
  private recompute(): void {
    if (!this.setup) return;
    const identity = { ...this.identity, personId: this.identity.personId || this.setup.personId || '' };
    this.built = goalFromFields(this.fields, identity);
    this.check = checkSmartGoal(this.built, this.smartContext());
    const json = JSON.stringify(this.built);
    this.internals.setFormValue(json, json);
    this.syncValidity();
  }

  private problemFindings(): SmartFinding[] {
    return SMART_LETTERS.flatMap((letter) => this.check.criteria[letter].findings.filter((finding) => finding.severity === 'problem'));
  }

  private syncValidity(): void {
    if (!this.check) return;
    const ok = this.check.ok;
    this.setState('valid', ok);
    this.setState('invalid', !ok);
    if (ok) {
      this.internals.setValidity({});
      return;
    }
    const first = this.problemFindings()[0];
    const message = first ? first.message[this.localize.lang] : this.strings.notSubmitted(0);
    const anchor = first ? this.anchorOf(first.field) : undefined;
    if (anchor) this.internals.setValidity({ customError: true }, message, anchor);
    else this.internals.setValidity({ customError: true }, message);
  }

  private setState(name: string, on: boolean): void {
    const states: CustomStateSet | undefined = this.internals.states;
    if (!states) return;
    try {
      if (on) states.add(name);
      else states.delete(name);
    } catch {
      // Engines that only accept the older `--name` form.
      try {
        if (on) states.add(`--${name}`);
        else states.delete(`--${name}`);
      } catch {
        // Custom states not supported: `:invalid`/`:valid` still follow the validity.
      }
    }
  }

  /** The control a message about `field` is anchored at (the first of a group). */
  private anchorOf(field: FieldKey): HTMLElement | undefined {
    const root = this.renderRoot as ShadowRoot | undefined;
    if (!root?.querySelector) return undefined;
    const id = CONTROL_ID[field];
    if (field === 'competencyIds') return root.querySelector<HTMLElement>(`#${id} input`) ?? undefined;
    if (field === 'targetLevel') return root.querySelector<HTMLElement>(`#${id} input:checked`) ?? root.querySelector<HTMLElement>(`#${id} input`) ?? undefined;
    return root.querySelector<HTMLElement>(`#${id}`) ?? undefined;
  }

  /** Gives the host an accessible name when no `<label for>` names it. */
  private nameHost(): void {
    try {
      const name = this.internals.labels.length > 0 ? null : this.headingText();
      if (this.internals.ariaLabel !== name) this.internals.ariaLabel = name;
    } catch {
      // No ARIA reflection: the inner heading names the form.
    }
  }

  private get strings(): GoalFormStrings {
    return this.localize.of(GOAL_FORM_STRINGS);
  }

  private headingText(): string {
    const name = this.setup?.person?.name;
    return name ? this.strings.headingFor(name) : this.strings.heading;
  }

  // --- user actions --------------------------------------------------------------------------

  private setFields(next: Partial<GoalFields>): void {
    this.fields = { ...this.fields, ...next };
    this.result = undefined;
    this.recompute();
  }

  /** Native `input` events are composed; the host fires its own after the value is updated. */
  private readonly onInnerInput = (event: Event): void => {
    event.stopPropagation();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.scheduleAnnouncement(ANNOUNCE_AFTER_TYPING_MS);
  };

  /** `change` does not leave a shadow root; the host fires its own. */
  private readonly onInnerChange = (event: Event): void => {
    event.stopPropagation();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  };

  private userChanged(next: Partial<GoalFields>, field: FieldKey): void {
    this.setFields(next);
    this.touch(field);
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private touch(field: FieldKey): void {
    if (!this.touched.has(field)) this.touched = new Set([...this.touched, field]);
    this.scheduleAnnouncement(ANNOUNCE_AFTER_LEAVING_MS, field);
  }

  private leave(field: FieldKey, event: FocusEvent): void {
    const group = event.currentTarget as HTMLElement;
    if (event.relatedTarget instanceof Node && group.contains(event.relatedTarget)) return;
    this.touch(field);
  }

  private toggleCompetency(id: string, on: boolean): void {
    const ids = this.fields.competencyIds.filter((candidate) => candidate !== id);
    this.setFields({ competencyIds: on ? [...ids, id] : ids });
  }

  private onSubmitClick(): void {
    this.submitGoal();
  }

  private readonly onFormSubmit = (): void => {
    if (this.disabled || this.formDisabled) return;
    this.submitGoal(false);
  };

  private readonly onInvalid = (): void => {
    this.refuse(false);
  };

  /** Fires `kr-goal-submit` when all checks hold, else shows every message and fires `kr-goal-invalid`. */
  private submitGoal(moveFocus = true): boolean {
    this.ensureComputed();
    this.showAll = true;
    if (!this.check.ok) {
      this.refuse(moveFocus);
      return false;
    }
    const goal = structuredClone(this.built);
    if (!goal.personId) {
      const message = 'person-id: a goal belongs to a person; set person-id, or select a person in the surrounding kompetenz-provider';
      this.reportProblems('submit', [{ source: 'person-id', code: 'no-person', message }]);
      return false;
    }
    const issues = validateGoal(goal, this.setup.catalogue, 'goal');
    if (issues.length > 0) {
      this.reportProblems('submit', issues.map((issue) => ({ source: 'goal', code: issue.code, message: issue.message, subject: issue.path })));
      return false;
    }
    this.clearErrors('submit');
    this.result = 'submitted';
    this.announce(this.strings.submitted);
    this.emit('kr-goal-submit', { goal });
    return true;
  }

  private refuse(moveFocus: boolean): void {
    this.showAll = true;
    this.result = 'invalid';
    const findings = this.problemFindings();
    this.announce(this.strings.notSubmitted(openCriteria(this.check)));
    this.emit('kr-goal-invalid', { findings: structuredClone(findings) });
    if (moveFocus && findings[0]) {
      const field = findings[0].field;
      void this.updateComplete.then(() => this.anchorOf(field)?.focus());
    }
  }

  private focusField(field: FieldKey): void {
    this.anchorOf(field)?.focus();
  }

  private takeSuggestedDue(date: string): void {
    this.userChanged({ due: date }, 'due');
  }

  private takeEstimate(hours: number): void {
    this.userChanged({ hours: String(hours), hoursBad: false }, 'resources.hours');
  }

  private toggleSuggestion(id: string): void {
    this.toggleCompetency(id, !this.fields.competencyIds.includes(id));
    this.touch('competencyIds');
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  // --- announcements -------------------------------------------------------------------------

  private scheduleAnnouncement(delay: number, field?: FieldKey): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => this.announceState(field), delay);
  }

  /** The state of the check, led by the problems of the field just left; only when it differs from the last announcement. */
  private announceState(field?: FieldKey): void {
    if (!this.check) return;
    const lang = this.localize.lang;
    const summary = checkSummary(this.check, this.strings);
    const left = field ? this.shownFindings(field).filter((finding) => finding.severity === 'problem') : [];
    const text = [...left.map((finding) => finding.message[lang]), summary].join(' ');
    this.announce(text);
  }

  private announce(text: string): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = undefined;
    if (text !== this.announcement) this.announcement = text;
  }

  // --- rendering -----------------------------------------------------------------------------

  private messages(field: FieldKey): TemplateResult {
    return renderMessages(field, this.shownFindings(field), this.strings, this.localize.lang);
  }

  private shownFindings(field: FieldKey): SmartFinding[] {
    if (!this.showAll && !this.touched.has(field)) return [];
    return SMART_LETTERS.flatMap((letter) => this.check.criteria[letter].findings.filter((finding) => finding.field === field));
  }

  private isInvalid(field: FieldKey): boolean {
    return this.shownFindings(field).some((finding) => finding.severity === 'problem');
  }

  protected override render(): TemplateResult {
    const s = this.strings;
    const disabled = this.disabled || this.formDisabled;
    const view = this.fieldView();
    return html`<div part="form" class="form" lang=${this.localize.lang}>
      ${this.renderNotice()}
      <div class="header">
        <h2 part="heading" id="heading">${this.headingText()}</h2>
        <p part="intro" id="intro" class="muted">${s.intro}</p>
      </div>
      <div class="layout">
        <fieldset class="fields" aria-labelledby="heading" ?disabled=${disabled} @input=${this.onInnerInput} @change=${this.onInnerChange}>
          ${renderCompetencyChooser({
            setup: this.setup,
            strings: s,
            lang: this.localize.lang,
            chosen: this.fields.competencyIds,
            invalid: this.isInvalid('competencyIds'),
            messages: this.messages('competencyIds'),
            onToggle: (id, on) => {
              this.toggleCompetency(id, on);
              this.touch('competencyIds');
            },
            onSuggestion: (id) => this.toggleSuggestion(id),
            onLeave: (event) => this.leave('competencyIds', event),
          })}
          ${renderTargetLevel(view, this.fields.targetLevel, (level) => {
            this.setFields({ targetLevel: level });
            this.touch('targetLevel');
          })}
          ${renderTextArea(view, 'measure', { label: s.measureLabel, help: s.measureHelp, letter: 'M' }, this.fields.measure, (value) => this.setFields({ measure: value }), GOAL_LIMITS.maxTextLength)}
          ${renderTextArea(view, 'challenge', { label: s.challengeLabel, help: s.challengeHelp, letter: 'A' }, this.fields.challenge, (value) => this.setFields({ challenge: value }), GOAL_LIMITS.maxTextLength)}
          ${this.renderResources(view)}
          ${renderDue(view, this.fields.due, this.suggestedDue(), (value) => this.setFields({ due: value }), (date) => this.takeSuggestedDue(date))}
          ${renderTextArea(view, 'notes', { label: s.notesLabel, optional: true }, this.fields.notes, (value) => this.setFields({ notes: value }), GOAL_LIMITS.maxTextLength, false)}
        </fieldset>
        ${renderChecklist(this.check, s, (field) => this.focusField(field))}
      </div>
      ${this.renderActions(disabled)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  private fieldView(): FieldView {
    return {
      strings: this.strings,
      lang: this.localize.lang,
      messages: (field) => this.messages(field),
      invalid: (field) => this.isInvalid(field),
      touch: (field) => this.touch(field),
      leave: (field, event) => this.leave(field, event),
    };
  }

  private renderResources(view: FieldView): TemplateResult {
    const s = this.strings;
    const lang = this.localize.lang;
    const capacity = this.setup.capacity;
    const estimate = this.estimate();
    const hoursHelp = s.hoursHelp(capacity === undefined ? undefined : formatNumber(capacity, lang));
    return html`<fieldset part="field" class="field group resources">
      <legend part="label" class="label">${letterBadge('R')}${s.resourcesLegend}</legend>
      ${renderNumber(view, 'resources.hours', { label: s.hoursLabel, help: hoursHelp }, this.fields.hours, GOAL_LIMITS.maxHours, (input) =>
        this.setFields({ hours: input.value, hoursBad: input.validity.badInput }),
      )}
      ${estimate === undefined || String(estimate) === this.fields.hours ? nothing : renderSuggestButton(s.useEstimate(formatNumber(estimate, lang)), () => this.takeEstimate(estimate))}
      ${renderNumber(view, 'resources.budget', { label: s.budgetLabel, optional: true }, this.fields.budget, GOAL_LIMITS.maxBudget, (input) =>
        this.setFields({ budget: input.value, budgetBad: input.validity.badInput }),
      )}
      ${renderTextInput(view, 'resources.supportPerson', { label: s.supportLabel, help: s.supportHelp, optional: true }, this.fields.supportPerson, MAX_LABEL_LENGTH, (value) =>
        this.setFields({ supportPerson: value }),
      )}
    </fieldset>`;
  }

  /** The domain's rule-of-thumb hours for the chosen competencies and level, when there is something to learn. */
  private estimate(): number | undefined {
    const level = this.fields.targetLevel;
    if (level === undefined) return undefined;
    const known = this.fields.competencyIds.filter((id) => competencyById(this.setup.catalogue, id) !== undefined);
    const hours = estimateGoalHours({ competencyIds: known, targetLevel: level }, this.setup.current);
    return hours > 0 ? hours : undefined;
  }

  private suggestedDue(): string | undefined {
    const known = this.fields.competencyIds.some((id) => competencyById(this.setup.catalogue, id) !== undefined);
    if (!known || this.fields.targetLevel === undefined) return undefined;
    return suggestDueDate(this.built, this.smartContext());
  }

  private renderActions(disabled: boolean): TemplateResult {
    const s = this.strings;
    const inForm = this.internals.form !== null;
    const resultText = this.result === 'submitted' ? s.submitted : this.result === 'invalid' ? s.notSubmitted(openCriteria(this.check)) : '';
    return html`<div class="actions">
      ${inForm ? nothing : html`<button type="button" part="submit" class="primary" ?disabled=${disabled} @click=${this.onSubmitClick}>${s.submit}</button>`}
      <p part="result" class=${`result ${this.result ?? ''}`}>${resultText}</p>
    </div>`;
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
