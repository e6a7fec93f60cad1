import { formatterFor } from '../internal/format.js';
import { isIsoDate } from './dates.js';
import { got, issue, KompetenzradError, type ValidationIssue } from './errors.js';
import { DEFAULT_CATALOGUE_LEAN } from './catalogue.js';
import { DEFAULT_FORMATS_LEAN } from './formats.js';
import { planIdStem } from './plan-ids.js';
import { PLAN_LIMITS, PLAN_STATUSES, validateFinalReviewOutcome, validatePlan } from './plan-validation.js';
import type { Catalogue, FinalReviewOutcome, Format, Goal, IsoDate, Lang, Plan, PlanStatus, Review } from './types.js';
import { REVIEW_NOTES_DE } from './messages/review-notes.de.js';
import { REVIEW_NOTES_EN } from './messages/review-notes.en.js';
import { render, type Templates } from './messages/templates.js';
import { checkArray, checkObject, checkOneOf, Issues, isRecord } from './validate.js';

/**
 * Which status may follow which. A plan is drafted, agreed between the person and the manager,
 * carried out (active) and closed by the final review (completed). Any plan that is not yet
 * completed or cancelled can be cancelled. `completed` and `cancelled` are final: a new cycle
 * starts with a new stock-taking and a new plan, so the history of the old one stays as it was.
 */
export const PLAN_TRANSITIONS: Readonly<Record<PlanStatus, readonly PlanStatus[]>> = Object.freeze({
  draft: Object.freeze(['agreed', 'cancelled'] as PlanStatus[]),
  agreed: Object.freeze(['active', 'cancelled'] as PlanStatus[]),
  active: Object.freeze(['completed', 'cancelled'] as PlanStatus[]),
  completed: Object.freeze([] as PlanStatus[]),
  cancelled: Object.freeze([] as PlanStatus[]),
});

export function canTransition(from: PlanStatus, to: PlanStatus): boolean {
  return Object.hasOwn(PLAN_TRANSITIONS, from) && PLAN_TRANSITIONS[from].includes(to);
}

/** Whether no status may follow `status` (`completed`, `cancelled`): a step there cannot be taken back. */
export function isFinalPlanStatus(status: PlanStatus): boolean {
  return Object.hasOwn(PLAN_TRANSITIONS, status) && PLAN_TRANSITIONS[status].length === 0;
}

/**
 * A copy of `plan` in `status` from `date` on, with the step appended to its history. Throws a
 * `KompetenzradError` (code `transition`) when the move is not allowed from the current status
 * or `date` lies before the last step; with code `too-many` when the history already has
 * `PLAN_LIMITS.maxHistory` steps; with code `date` or `enum` when the arguments are not valid.
 */
export function transitionPlan(plan: Plan, status: PlanStatus, date: IsoDate): Plan {
  checkTransition(plan, status, date);
  return { ...plan, status, history: [...plan.history, { status, date }] };
}

export interface FinalReviewInput {
  date: IsoDate;
  goals: FinalReviewOutcome['goals'];
  /** Default: the review date, so the next cycle starts right away. */
  nextStockTaking?: IsoDate;
  /** Notes of the final review; default: a short summary of the outcomes in `lang`. */
  notes?: string;
}

export interface FinalReviewResult {
  /** The plan, completed, with its outcome and the final review's date and notes. */
  plan: Plan;
  /** All goals passed in; those with an outcome now have status `reached` or `not-reached`. */
  goals: Goal[];
  nextStockTaking: IsoDate;
}

/**
 * Closes an active plan with its final review: the plan becomes `completed` on the review date,
 * keeps the outcome, and its final review (added if the plan had none) gets that date and the
 * notes. Each goal with an outcome gets status `reached` or `not-reached`. Every goal that an
 * item of the plan serves needs an outcome; outcome goal ids must be goals of the plan's person.
 * A plan without a final review that already has `PLAN_LIMITS.maxReviews` reviews has no room
 * for one: it is refused (code `too-many`, path `$plan.reviews`) until a review is removed or
 * marked final. `catalogue` and `formats` (defaults: the built-in ones) are used to validate the plan.
 */
export function recordFinalReview(
  plan: Plan,
  outcome: FinalReviewInput,
  goals: readonly Goal[],
  options: { lang?: Lang; catalogue?: Catalogue; formats?: readonly Format[] } = {},
): FinalReviewResult {
  const texts: ReviewNoteTexts = options.lang === 'en' ? { lang: 'en', notes: REVIEW_NOTES_EN } : { lang: 'de', notes: REVIEW_NOTES_DE };
  return recordFinalReviewIn(texts, plan, outcome, goals, options);
}

/** One language's words for the notes a final review writes when none are given: `REVIEW_NOTES_DE` or `…_EN` (`messages/review-notes.<lang>`) with that language. */
export interface ReviewNoteTexts {
  lang: Lang;
  notes: Templates<ReviewNoteParams>;
}

/** `recordFinalReview` with the notes of one language (`texts`): a page that speaks one language loads only its own. */
export function recordFinalReviewIn(
  texts: ReviewNoteTexts,
  plan: Plan,
  outcome: FinalReviewInput,
  goals: readonly Goal[],
  options: { catalogue?: Catalogue; formats?: readonly Format[] } = {},
): FinalReviewResult {
  const issues: ValidationIssue[] = [
    ...validatePlan(plan, options.catalogue ?? DEFAULT_CATALOGUE_LEAN, '$plan', options.formats ?? DEFAULT_FORMATS_LEAN),
    ...validateFinalReviewOutcome(outcome, '$outcome', { nextStockTakingOptional: true }),
  ];
  if (issues.length > 0) throw new KompetenzradError(issues);
  checkTransition(plan, 'completed', outcome.date);
  const more = new Issues();
  if (checkArray(more, goals, '$goals')) checkOutcomeGoals(more, plan, outcome, goals);
  const existing = plan.reviews.find((review) => review.final);
  if (!existing && plan.reviews.length >= PLAN_LIMITS.maxReviews) {
    more.add('$plan.reviews', 'too-many', { count: plan.reviews.length, max: PLAN_LIMITS.maxReviews, variant: 'no-final-review' });
  }
  if (!more.ok) throw new KompetenzradError(more.list);

  const nextStockTaking = outcome.nextStockTaking ?? outcome.date;
  const recorded: FinalReviewOutcome = {
    date: outcome.date,
    goals: outcome.goals.map((entry) => ({ ...entry })),
    nextStockTaking,
  };
  const notes = outcome.notes ?? summary(recorded, texts);
  const reviews: Review[] = existing
    ? plan.reviews.map((review) => (review === existing ? { ...review, date: outcome.date, notes } : review))
    : [...plan.reviews, { id: uniqueReviewId(plan), date: outcome.date, participants: [], final: true, notes }];

  const byGoal = new Map(outcome.goals.map((entry) => [entry.goalId, entry]));
  const updatedGoals = goals.map((goal) => {
    const entry = byGoal.get(goal.id);
    return entry ? { ...goal, status: entry.reached ? ('reached' as const) : ('not-reached' as const) } : goal;
  });
  return {
    plan: { ...transitionPlan(plan, 'completed', outcome.date), reviews, outcome: recorded },
    goals: updatedGoals,
    nextStockTaking,
  };
}

/** The ids of the goals whose outcome a final review of `plan` must record: those an item of the plan serves that is not dropped, in the order of the items. */
export function goalsNeedingOutcome(plan: Plan): string[] {
  return [...new Set(plan.items.filter((item) => item.status !== 'dropped' && item.goalId !== undefined).map((item) => item.goalId as string))];
}

function checkTransition(plan: Plan, status: PlanStatus, date: IsoDate): void {
  const issues = new Issues();
  if (!checkObject(issues, plan, '$plan')) throw new KompetenzradError(issues.list);
  checkOneOf(issues, plan.status, '$plan.status', PLAN_STATUSES);
  checkOneOf(issues, status, '$status', PLAN_STATUSES);
  if (!isIsoDate(date)) issues.add('$date', 'date', got(date));
  if (checkArray(issues, plan.history, '$plan.history')) {
    plan.history.forEach((step: unknown, i) => {
      if (!isRecord(step) || !isIsoDate(step.date)) issues.add(`$plan.history[${i}]`, 'date', { expected: 'history-step', ...got(step) });
    });
  }
  if (!issues.ok) throw new KompetenzradError(issues.list);

  if (!canTransition(plan.status, status)) {
    throw new KompetenzradError([issue('$status', 'transition', { from: plan.status, to: status, allowed: PLAN_TRANSITIONS[plan.status] })], 'transition');
  }
  if (plan.history.length >= PLAN_LIMITS.maxHistory) {
    throw new KompetenzradError([issue('$plan.history', 'too-many', { count: plan.history.length, max: PLAN_LIMITS.maxHistory, variant: 'full' })], 'too-many');
  }
  const last = plan.history[plan.history.length - 1];
  if (last !== undefined && date < last.date) {
    throw new KompetenzradError([issue('$date', 'transition', { variant: 'before-last', date, lastStatus: last.status, lastDate: last.date })], 'transition');
  }
}

function checkOutcomeGoals(issues: Issues, plan: Plan, outcome: FinalReviewInput, goals: readonly Goal[]): void {
  const known = new Map(goals.filter(isRecord).map((goal) => [goal.id, goal]));
  outcome.goals.forEach((entry, i) => {
    const at = `$outcome.goals[${i}].goalId`;
    const goal = known.get(entry.goalId);
    if (!goal) issues.add(at, 'unknown-goal', { id: entry.goalId, variant: 'not-given' });
    else if (goal.personId !== plan.personId) {
      issues.add(at, 'goal-of-other-person', { id: entry.goalId, owner: goal.personId, personId: plan.personId });
    }
  });
  const withOutcome = new Set(outcome.goals.map((entry) => entry.goalId));
  for (const goalId of goalsNeedingOutcome(plan).filter((id) => !withOutcome.has(id))) {
    issues.add('$outcome.goals', 'missing-outcome', { goalId });
  }
}

function uniqueReviewId(plan: Plan): string {
  const taken = new Set(plan.reviews.map((review) => review.id));
  const stem = planIdStem(plan.id);
  let id = `${stem}-review-final`;
  for (let n = 2; taken.has(id); n += 1) id = `${stem}-review-final-${n}`;
  return id;
}

/** The notes `recordFinalReview` writes when none are given. */
export interface ReviewNoteParams {
  'final-review-summary': { reached: number; smart: number; total: number; nextStockTaking: IsoDate };
}

/** How many goals of a final review's outcome were reached and proved SMART in practice, of how many. */
export function outcomeTally(outcome: FinalReviewOutcome): { reached: number; smart: number; total: number } {
  return {
    reached: outcome.goals.filter((entry) => entry.reached).length,
    smart: outcome.goals.filter((entry) => entry.smartInPractice).length,
    total: outcome.goals.length,
  };
}

function summary(outcome: FinalReviewOutcome, texts: ReviewNoteTexts): string {
  const params = { ...outcomeTally(outcome), nextStockTaking: outcome.nextStockTaking };
  return render({ code: 'final-review-summary', params }, texts.notes, formatterFor(texts.lang));
}
