import type { ReactiveControllerHost } from 'lit';
import { checkSmartGoal, type SmartCheck, type SmartFinding } from '../../../domain/goals.js';
import type { Goal } from '../../../domain/types.js';
import { isRecord } from '../../../domain/validate.js';
import type { GoalDraftStore } from '../../../internal/context.js';
import type { InputProblem } from '../../../internal/inputs.js';
import { localToday } from '../../../internal/today.js';
import { findingsAt } from '../model/check.js';
import { draftGoal, draftsInMemory, holdsNothing, keptDraft, parseState } from '../model/draft.js';
import { emptyFields, fieldsFromGoal, goalFromFields, identityFromGoal, newGoalId, type FieldKey, type FieldsChange, type GoalFields, type GoalIdentity } from '../model/fields.js';
import { goalProblems, smartContextOf, type Sources } from '../model/sources.js';

export interface GoalEditingOptions {
  /** What the goal is judged against (the host resolves it from its inputs). */
  sources: () => Sources | undefined;
  /** The problems of the goal that was loaded; `[]` withdraws them. */
  report: (problems: readonly InputProblem[]) => void;
  /** The goal or its check changed: hand value and validity on. */
  changed: () => void;
  /** A new goal submitted inside a provider is stored there: the form now holds an empty new goal. */
  startedAnew: () => void;
  /** The drafts of the surrounding provider; `undefined` outside one (the form keeps its own in memory). */
  providerDrafts: () => GoalDraftStore | undefined;
  /** Whether the drafts can be read (the provider has loaded). */
  draftsReady: () => boolean;
  /** A new goal started from the draft written at `savedAt`. */
  draftRestored: (savedAt: Date) => void;
}

/** Which of the host's inputs changed in an update. */
export interface InputChanges {
  goal: boolean;
  goalId: boolean;
  /** The person of the previous sources. */
  previousPerson: string | undefined;
}

interface Start {
  fields: GoalFields;
  identity: GoalIdentity;
}

/**
 * The goal being written: the fields as the controls hold them, which fields were left (their
 * messages show), whether submission was tried, and the goal built from the fields with its
 * SMART check. It decides which goal to show (the `goal` property, else the stored `goal-id`,
 * else a new one) and what a form reset returns to.
 */
export class GoalEditing {
  private current: GoalFields = emptyFields();
  private left: ReadonlySet<FieldKey> = new Set();
  private attempted = false;
  private outcome: 'submitted' | 'invalid' | undefined;
  private identity: GoalIdentity = { id: '', personId: '' };
  /** What a form reset returns to. */
  private initial: Start | undefined;
  private loadedStoredJson: string | undefined;
  private built: Goal | undefined;
  private checked: SmartCheck | undefined;
  /** New goals not submitted yet, per person, outside a provider (inside one, the provider keeps them). */
  private readonly ownDrafts = draftsInMemory();
  /** A new goal was started: it starts from the person's draft once drafts can be read, unless something is written first. */
  private draftDue = false;
  /** Where the goal shown is kept as a draft, and for whom. */
  private drafted: { store: GoalDraftStore; person: string } | undefined;
  /** The id of a new goal submitted into a provider, until the provider holds it. */
  private handedOver: string | undefined;
  private anew = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: GoalEditingOptions,
  ) {}

  get fields(): GoalFields {
    return this.current;
  }

  /** The goal as written (built by `recompute`). */
  get goal(): Goal {
    if (!this.built) this.recompute();
    return this.built as Goal;
  }

  get check(): SmartCheck {
    if (!this.checked) this.recompute();
    return this.checked as SmartCheck;
  }

  /** Whether the goal was last submitted or refused; cleared by the next edit. */
  get result(): 'submitted' | 'invalid' | undefined {
    return this.outcome;
  }

  set result(result: 'submitted' | 'invalid' | undefined) {
    this.outcome = result;
    this.host.requestUpdate();
  }

  /** Whether the form holds a new goal because the one submitted before is stored (see `submitted`). */
  get startedAnew(): boolean {
    return this.anew;
  }

  /**
   * The goal was submitted. `intoProvider`: it was a new goal that the surrounding provider stores;
   * once the provider holds it, the form starts an empty new goal (submitting again would overwrite
   * the one just saved). A goal the page gave, or one of `goal-id`, stays to be edited further.
   */
  submitted(intoProvider: boolean): void {
    this.handedOver = intoProvider ? this.identity.id : undefined;
    this.result = 'submitted';
  }

  /** Whether submission was tried (every field's messages show) since the goal was loaded or started. */
  get tried(): boolean {
    return this.attempted;
  }

  /** Shows the messages of every field (after a submission was tried). */
  showAll(): void {
    this.attempted = true;
    this.host.requestUpdate();
  }

  /** The findings shown at `field`: none until it was left or submission was tried. */
  shownFindings(field: FieldKey): SmartFinding[] {
    return this.tried || this.left.has(field) ? findingsAt(this.check, field) : [];
  }

  /** An edit: the fields change, the last outcome is cleared, the goal is built and checked again. */
  set(change: FieldsChange): void {
    this.current = { ...this.current, ...(typeof change === 'function' ? change(this.current) : change) };
    this.outcome = undefined;
    this.anew = false;
    this.recompute();
    this.keepDraft();
  }

  /** The user left `field`: its messages show from now on. */
  touch(field: FieldKey): void {
    if (this.left.has(field)) return;
    this.left = new Set([...this.left, field]);
    this.host.requestUpdate();
  }

  /** Builds the goal from the fields and checks it. */
  recompute(): void {
    const sources = this.options.sources();
    if (!sources) return;
    const identity = { ...this.identity, personId: this.identity.personId || sources.personId || '' };
    this.built = goalFromFields(this.current, identity);
    this.checked = checkSmartGoal(this.built, smartContextOf(sources));
    this.host.requestUpdate();
    this.options.changed();
  }

  /** Decides which goal the form shows: the `goal` property, else the stored `goal-id`, else a new one. */
  follow(goal: Goal | undefined, changes: InputChanges): void {
    const sources = this.options.sources();
    if (!sources) return;
    const first = this.initial === undefined && this.identity.id === '';
    if (goal !== undefined) {
      if (changes.goal || first) this.load(goal, 'goal');
      return;
    }
    if (changes.goal) this.options.report([]);
    const stored = sources.storedGoal;
    if (stored) {
      const json = JSON.stringify(stored);
      if (json !== this.loadedStoredJson) {
        this.loadedStoredJson = json;
        // The provider saved what this form submitted: keep the form (and its confirmation) as it is.
        if (this.built && json === JSON.stringify(this.built)) this.initial = { fields: this.current, identity: this.identity };
        else this.load(stored, 'goal-id');
      }
      return;
    }
    this.loadedStoredJson = undefined;
    if (this.handedOver !== undefined && sources.goals.some((stored) => stored.id === this.handedOver)) {
      this.handedOver = undefined;
      this.dropDraft(this.built?.personId);
      this.initial = undefined;
      this.startFrom(this.freshStart());
      this.outcome = 'submitted';
      this.anew = true;
      this.options.startedAnew();
      return;
    }
    const personChanged = changes.previousPerson !== sources.personId && !first;
    if (first || changes.goal || changes.goalId || personChanged) {
      this.initial = undefined;
      this.startFrom(this.freshStart());
      this.draftDue = true;
    } else if (this.draftGone()) {
      // The draft shown was deleted (`provider.clear()`): a new goal.
      this.startFrom(this.freshStart());
    }
    this.takeUpDraft(sources.personId);
  }

  /** Where drafts are kept: in the surrounding provider, else in the form. */
  private get drafts(): GoalDraftStore {
    return this.options.providerDrafts() ?? this.ownDrafts;
  }

  /** Keeps the new goal being written as its person's draft, or deletes the draft once nothing is written. */
  private keepDraft(): void {
    this.draftDue = false;
    // Not built before the form has its sources (a state restored before its first update).
    const person = this.built?.personId;
    if (this.initial !== undefined || !person) return;
    const drafts = this.drafts;
    const empty = holdsNothing(this.current);
    drafts.write(person, empty ? undefined : keptDraft(this.goal, this.options.sources()?.person?.name));
    this.drafted = empty ? undefined : { store: drafts, person };
  }

  private dropDraft(person: string | undefined): void {
    if (person) this.drafts.write(person, undefined);
    this.drafted = undefined;
  }

  /** The goal shown is a draft that is no longer kept where it was. */
  private draftGone(): boolean {
    const drafted = this.drafted;
    return drafted !== undefined && drafted.store === this.drafts && this.options.draftsReady() && drafted.store.read(drafted.person) === undefined;
  }

  /** A new goal just started for `person` starts from her draft, once drafts can be read; one that is no usable draft is deleted. */
  private takeUpDraft(person: string | undefined): void {
    if (!this.draftDue || !this.options.draftsReady()) return;
    this.draftDue = false;
    const drafts = this.drafts;
    const kept = person === undefined || this.initial !== undefined ? undefined : drafts.read(person);
    if (kept === undefined || person === undefined) return;
    const draft = draftGoal(kept, person, this.options.sources()?.person?.name);
    if (!draft) return drafts.write(person, undefined);
    this.startFrom({ fields: fieldsFromGoal(draft.goal), identity: this.identityFor(draft.goal) });
    this.drafted = { store: drafts, person };
    this.options.draftRestored(draft.savedAt);
  }

  /** A form reset: back to the goal the form was given, or a new goal (with a new id; the draft is deleted). */
  reset(): void {
    if (this.initial === undefined) this.dropDraft(this.built?.personId);
    this.startFrom(this.initial ?? this.freshStart());
    this.recompute();
  }

  /** A state the browser restores (the goal as JSON); anything else is ignored. */
  restore(state: string): void {
    const value = parseState(state);
    if (value === undefined) return;
    this.startFrom({ fields: fieldsFromGoal(value), identity: this.identityFor(value) });
    this.recompute();
    this.keepDraft();
  }

  private load(value: unknown, source: string): void {
    const sources = this.options.sources();
    if (!sources) return;
    // A goal handed in without id or person gets them from the form: only what it does say is judged.
    const judged = isRecord(value) ? { ...value } : value;
    if (isRecord(judged)) {
      judged.id ??= 'new';
      judged.personId ??= sources.personId ?? 'new';
    }
    this.options.report(goalProblems(judged, sources.catalogue, source));
    const start = { fields: fieldsFromGoal(value), identity: this.identityFor(value) };
    this.initial = start;
    this.startFrom(start);
  }

  private identityFor(value: unknown): GoalIdentity {
    const found = identityFromGoal(value);
    const fresh = this.freshStart().identity;
    return found ? { ...fresh, ...found, personId: found.personId ?? '' } : fresh;
  }

  private freshStart(): Start {
    const today = this.options.sources()?.today ?? localToday();
    return { fields: emptyFields(), identity: { id: newGoalId(today), personId: '', createdAt: today, status: 'open' } };
  }

  private startFrom({ fields, identity }: Start): void {
    this.draftDue = false;
    this.drafted = undefined;
    this.current = fields;
    this.identity = identity;
    this.left = new Set();
    this.attempted = false;
    this.outcome = undefined;
    this.anew = false;
    this.host.requestUpdate();
  }
}
