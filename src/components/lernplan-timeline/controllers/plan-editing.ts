import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { KompetenzradError } from '../../../domain/errors.js';
import { addPlanItem, addReview, applyPlanEdit, newPlanItem, newReview, type PlanEdit } from '../../../domain/plan-edits.js';
import { outcomeTally, recordFinalReviewIn, transitionPlan, type FinalReviewInput } from '../../../domain/plan-status.js';
import type { Catalogue, FinalReviewOutcome, Format, Goal, GoalStatus, IsoDate, Plan } from '../../../domain/types.js';
import type { InputProblem } from '../../../internal/inputs.js';
import { describeIssue } from '../../../internal/issue-texts.js';
import { describeEdit } from '../model/announcements.js';
import { finalReviewField } from '../model/final-review-fields.js';
import type { PlanNames } from '../model/plan-names.js';
import { errorProblems } from '../model/sources.js';
import type { NewItemValues, NewReviewValues } from '../views/dialogs.js';

/**
 * What a `kr-plan-change` reports: an edit of the domain (`PlanEdit`), a new draft (`replaced`:
 * it took the place of the draft shown, with the same id), the final review that completed the
 * plan (`outcome`: what it recorded), or an undo.
 */
export type TimelineChange = PlanEdit | { type: 'draft'; replaced?: true } | { type: 'final-review'; outcome: FinalReviewOutcome } | { type: 'undo'; undone: TimelineChange };

export interface KrPlanChangeDetail {
  /** The plan after the change (for undoing a new draft: the draft, now cancelled; for undoing a replacement: the draft it replaced). */
  plan: Plan;
  change: TimelineChange;
  /** Goals changed with the plan: by a final review, those it marked reached or not reached; by its undo, those goals as they are now with the status each had before. */
  goals?: Goal[];
}

interface UndoEntry {
  before: Plan | undefined;
  after: Plan;
  change: TimelineChange;
  /** The status each goal a final review marked had before it (`undefined`: none given). */
  statusBefore?: ReadonlyMap<string, GoalStatus | undefined>;
}

const MAX_UNDO = 50;

export interface PlanEditingOptions {
  /** The plan shown now. */
  plan(): Plan | undefined;
  /** The goals shown now (of the plan's person). */
  goals(): readonly Goal[];
  editable(): boolean;
  settings(): { catalogue: Catalogue; formats: readonly Format[]; today: IsoDate };
  /** Names and texts in the element's language. */
  names(): PlanNames;
  /** Shows the changed plan (and goals): outside a provider the element keeps them itself (inside, the provider's new value brings them). */
  keep(plan: Plan | undefined, goals?: readonly Goal[]): void;
  /** Reports a change (`kr-plan-change`). */
  changed(detail: KrPlanChangeDetail): void;
  /** Says what happened to a screen reader. */
  say(text: string): void;
  /** A change was refused for the reason `text` (`path`: of the domain's issue); `undefined` when a change went through. Returns whether an open dialog shows it (then it is not announced again). */
  refused(text: string | undefined, path?: string): boolean;
  /** An undo brought back the entry `key` (`item:<id>`, `review:<id>`) that a removal took away: focus belongs there. */
  restored(key: string): void;
}

/**
 * The edits of the time line: applies domain edits to the plan shown, keeps the last 50 for
 * undo (a new draft is undone by cancelling it, a replacement by bringing back the draft it
 * replaced), drafts a plan, adds items and reviews, and says what happened or why a change was
 * refused.
 */
export class PlanEditing implements ReactiveController {
  private stack: readonly UndoEntry[] = [];
  /** The plan just committed, until the next update shows it (two key presses may come before that). */
  private pending: { plan: Plan | undefined } | undefined;
  private written: { plan: Plan | undefined } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PlanEditingOptions,
  ) {
    host.addController(this);
  }

  get canUndo(): boolean {
    return this.stack.length > 0;
  }

  /** Whether `plan` is the one this controller last showed (then a new `plan` value does not end the undo history). */
  wrote(plan: unknown): boolean {
    return this.written !== undefined && this.written.plan === plan;
  }

  /** Forgets the undo history (another plan or person is shown). */
  reset(): void {
    this.stack = [];
  }

  hostUpdate(): void {
    this.pending = undefined;
  }

  /** The plan the next edit starts from: the last one committed, even before the update that shows it. */
  get plan(): Plan | undefined {
    return this.pending ? this.pending.plan : this.options.plan();
  }

  /** Applies a domain edit to the plan shown; returns whether it went through. */
  edit(edit: PlanEdit): boolean {
    const plan = this.plan;
    if (!plan || !this.options.editable()) return false;
    let next: Plan;
    try {
      next = applyPlanEdit(plan, edit, this.options.settings());
    } catch (error) {
      this.refuse(error, edit.type === 'resize-item');
      return false;
    }
    if (next === plan) return true;
    this.commit(next, edit, plan);
    const names = this.options.names();
    this.options.say(describeEdit(edit, plan, next, names.s, names));
    return true;
  }

  /** Undoes the last change. */
  readonly undo = (): void => {
    const entry = this.stack[this.stack.length - 1];
    const { s } = this.options.names();
    if (!entry || !this.options.editable()) {
      this.options.say(s.announceNothingToUndo);
      return;
    }
    let eventPlan: Plan | undefined = entry.before;
    if (entry.change.type === 'draft' && !entry.change.replaced) {
      try {
        eventPlan = transitionPlan(entry.after, 'cancelled', entry.after.history[entry.after.history.length - 1]?.date ?? this.options.settings().today);
      } catch (error) {
        this.refuse(error, false);
        return;
      }
    }
    this.stack = this.stack.slice(0, -1);
    const goals = entry.statusBefore && withStatus(this.options.goals(), entry.statusBefore);
    this.show(entry.before, goals);
    if (eventPlan) this.options.changed({ plan: eventPlan, change: { type: 'undo', undone: entry.change }, ...(goals ? { goals } : {}) });
    this.options.say(s.announceUndone);
    const { change } = entry;
    if (change.type === 'remove-item') this.options.restored(`item:${change.itemId}`);
    else if (change.type === 'remove-review') this.options.restored(`review:${change.reviewId}`);
  };

  /**
   * Shows the plan `make` drafts (it may throw); with `replaced`, it takes the place of the draft
   * shown (`make` gives it the same id). Returns the problems of a draft that failed.
   */
  draft(make: () => Plan, replaced = false): InputProblem[] {
    let plan: Plan;
    try {
      plan = make();
    } catch (error) {
      this.refuse(error, false);
      return errorProblems('draft', error, 'draft-failed');
    }
    this.commit(plan, replaced ? { type: 'draft', replaced } : { type: 'draft' }, this.plan);
    const { s } = this.options.names();
    this.options.say((replaced ? s.announceReplaced : s.announceDrafted)(plan.items.length, plan.reviews.length));
    return [];
  }

  /** Adds an item (for a goal: with its competencies); returns its chart key when it went through. */
  addItem(values: NewItemValues, goals: readonly { id: string; competencyIds: readonly string[] }[]): string | undefined {
    const plan = this.plan;
    if (!plan) return undefined;
    const settings = this.options.settings();
    const goal = goals.find((candidate) => candidate.id === values.goalId);
    const competencyIds = goal ? [...goal.competencyIds] : values.competencyId ? [values.competencyId] : [];
    try {
      const item = newPlanItem(plan, { formatId: values.formatId, start: values.start, competencyIds, ...(goal ? { goalId: goal.id } : {}), ...(values.title ? { title: values.title } : {}) }, settings.formats);
      addPlanItem(plan, item, settings);
      return this.edit({ type: 'add-item', item }) ? `item:${item.id}` : undefined;
    } catch (error) {
      this.refuse(error, false);
      return undefined;
    }
  }

  /** Adds a review meeting; returns its chart key when it went through. */
  addReview(values: NewReviewValues): string | undefined {
    const plan = this.plan;
    if (!plan) return undefined;
    try {
      const review = newReview(plan, values);
      addReview(plan, review);
      return this.edit({ type: 'add-review', review }) ? `review:${review.id}` : undefined;
    } catch (error) {
      this.refuse(error, false);
      return undefined;
    }
  }

  /**
   * Completes the plan shown with its final review (the domain's `recordFinalReviewIn`): the plan
   * and the goals it marked reached or not reached go out together. Returns whether it went through.
   */
  finalReview(outcome: FinalReviewInput): boolean {
    const plan = this.plan;
    if (!plan || !this.options.editable()) return false;
    const goals = this.options.goals().filter((goal) => goal.personId === plan.personId);
    const { catalogue, formats } = this.options.settings();
    const names = this.options.names();
    let result: ReturnType<typeof recordFinalReviewIn>;
    try {
      result = recordFinalReviewIn({ lang: names.lang, notes: names.s.reviewNotes }, plan, outcome, goals, { catalogue, formats });
    } catch (error) {
      // The form marks the field a refusal is about: the sentence need not name it.
      this.refuse(error, false, (path) => finalReviewField(path) !== undefined);
      return false;
    }
    const recorded = result.plan.outcome as FinalReviewOutcome;
    const marked = new Set(recorded.goals.map((entry) => entry.goalId));
    const statusBefore = new Map(goals.filter((goal) => marked.has(goal.id)).map((goal) => [goal.id, goal.status]));
    this.commit(result.plan, { type: 'final-review', outcome: recorded }, plan, { goals: result.goals.filter((goal) => marked.has(goal.id)), statusBefore });
    const { reached, total } = outcomeTally(recorded);
    this.options.say(names.s.announceCompleted(reached, total, names.date(recorded.nextStockTaking)));
    return true;
  }

  private commit(next: Plan, change: TimelineChange, before: Plan | undefined, goals?: { goals: Goal[]; statusBefore: UndoEntry['statusBefore'] }): void {
    this.options.refused(undefined);
    this.stack = [...this.stack.slice(-(MAX_UNDO - 1)), { before, after: next, change, ...(goals ? { statusBefore: goals.statusBefore } : {}) }];
    this.show(next, goals?.goals);
    this.options.changed({ plan: next, change, ...(goals ? { goals: goals.goals } : {}) });
  }

  private show(plan: Plan | undefined, goals?: readonly Goal[]): void {
    this.pending = { plan };
    this.written = { plan };
    this.options.keep(plan, goals);
    this.host.requestUpdate();
  }

  /** `shown`: whether the place of an issue at a path is shown beside the refusal (then the sentence leaves it out). */
  private refuse(error: unknown, shortest: boolean, shown: (path: string) => boolean = () => false): void {
    const names = this.options.names();
    const { s } = names;
    const issue = error instanceof KompetenzradError ? error.issues[0] : undefined;
    const worded = issue && (shown(issue.path) ? { ...issue, path: '$' } : issue);
    const text = shortest && issue?.code === 'date-order' ? s.announceShortest : s.announceRejected(worded ? describeIssue(worded, names.lang) : String(error));
    if (!this.options.refused(text, issue?.path)) this.options.say(text);
  }
}

/** The goals of `statuses` among `goals` (as they are now: edits since stay), each with the status it had (none: without one); goals gone since are left out. */
function withStatus(goals: readonly Goal[], statuses: ReadonlyMap<string, GoalStatus | undefined>): Goal[] {
  return goals
    .filter((goal) => statuses.has(goal.id))
    .map((goal) => {
      const { status: _now, ...rest } = goal;
      const before = statuses.get(goal.id);
      return before === undefined ? rest : { ...rest, status: before };
    });
}
