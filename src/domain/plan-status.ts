import { isIsoDate } from './dates.js';
import { describeValue, KompetenzradError, type ValidationIssue } from './errors.js';
import { DEFAULT_CATALOGUE } from './catalogue.js';
import { DEFAULT_FORMATS } from './formats.js';
import { PLAN_LIMITS, PLAN_STATUSES, planIdStem, validateFinalReviewOutcome, validatePlan } from './plans.js';
import type { Catalogue, FinalReviewOutcome, Format, Goal, IsoDate, Lang, Plan, PlanStatus, Review } from './types.js';
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
  const issues: ValidationIssue[] = [
    ...validatePlan(plan, options.catalogue ?? DEFAULT_CATALOGUE, '$plan', options.formats ?? DEFAULT_FORMATS),
    ...validateFinalReviewOutcome(outcome, '$outcome', { nextStockTakingOptional: true }),
  ];
  if (issues.length > 0) throw new KompetenzradError(issues);
  checkTransition(plan, 'completed', outcome.date);
  const more = new Issues();
  if (checkArray(more, goals, '$goals')) checkOutcomeGoals(more, plan, outcome, goals);
  const existing = plan.reviews.find((review) => review.final);
  if (!existing && plan.reviews.length >= PLAN_LIMITS.maxReviews) {
    more.add(
      '$plan.reviews',
      'too-many',
      `$plan.reviews: the plan has ${plan.reviews.length} reviews, the most a plan may have, and none is final; remove a review or mark one as final before recording the final review`,
    );
  }
  if (!more.ok) throw new KompetenzradError(more.list);

  const nextStockTaking = outcome.nextStockTaking ?? outcome.date;
  const recorded: FinalReviewOutcome = {
    date: outcome.date,
    goals: outcome.goals.map((entry) => ({ ...entry })),
    nextStockTaking,
  };
  const notes = outcome.notes ?? summary(recorded, options.lang ?? 'de');
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

function checkTransition(plan: Plan, status: PlanStatus, date: IsoDate): void {
  const issues = new Issues();
  if (!checkObject(issues, plan, '$plan')) throw new KompetenzradError(issues.list);
  checkOneOf(issues, plan.status, '$plan.status', PLAN_STATUSES);
  checkOneOf(issues, status, '$status', PLAN_STATUSES);
  if (!isIsoDate(date)) issues.add('$date', 'date', `$date: expected a date as YYYY-MM-DD, got ${describeValue(date)}`);
  if (checkArray(issues, plan.history, '$plan.history')) {
    plan.history.forEach((step: unknown, i) => {
      if (!isRecord(step) || !isIsoDate(step.date)) issues.add(`$plan.history[${i}]`, 'date', `$plan.history[${i}]: expected a step with a date as YYYY-MM-DD, got ${describeValue(step)}`);
    });
  }
  if (!issues.ok) throw new KompetenzradError(issues.list);

  if (!canTransition(plan.status, status)) {
    const allowed = PLAN_TRANSITIONS[plan.status];
    const next = allowed.length > 0 ? `allowed next: ${allowed.join(', ')}` : `"${plan.status}" is final`;
    const message = `$status: a plan cannot move from "${plan.status}" to "${status}" (${next})`;
    throw new KompetenzradError([{ path: '$status', code: 'transition', message }], 'transition');
  }
  if (plan.history.length >= PLAN_LIMITS.maxHistory) {
    const message = `$plan.history: the plan has ${plan.history.length} steps, the most a history may have; no further step can be added`;
    throw new KompetenzradError([{ path: '$plan.history', code: 'too-many', message }], 'too-many');
  }
  const last = plan.history[plan.history.length - 1];
  if (last !== undefined && date < last.date) {
    const message = `$date: ${date} is before the plan's last step ("${last.status}" on ${last.date})`;
    throw new KompetenzradError([{ path: '$date', code: 'transition', message }], 'transition');
  }
}

function checkOutcomeGoals(issues: Issues, plan: Plan, outcome: FinalReviewInput, goals: readonly Goal[]): void {
  const known = new Map(goals.filter(isRecord).map((goal) => [goal.id, goal]));
  outcome.goals.forEach((entry, i) => {
    const at = `$outcome.goals[${i}].goalId`;
    const goal = known.get(entry.goalId);
    if (!goal) issues.add(at, 'unknown-goal', `${at}: "${entry.goalId}" is not one of the goals passed in`);
    else if (goal.personId !== plan.personId) {
      issues.add(at, 'goal-of-other-person', `${at}: "${entry.goalId}" belongs to "${goal.personId}", the plan to "${plan.personId}"`);
    }
  });
  const withOutcome = new Set(outcome.goals.map((entry) => entry.goalId));
  const served = [...new Set(plan.items.filter((item) => item.status !== 'dropped' && item.goalId !== undefined).map((item) => item.goalId as string))];
  for (const goalId of served.filter((id) => !withOutcome.has(id))) {
    issues.add('$outcome.goals', 'missing-outcome', `$outcome.goals: the plan serves the goal "${goalId}", which has no outcome`);
  }
}

function uniqueReviewId(plan: Plan): string {
  const taken = new Set(plan.reviews.map((review) => review.id));
  const stem = planIdStem(plan.id);
  let id = `${stem}-review-final`;
  for (let n = 2; taken.has(id); n += 1) id = `${stem}-review-final-${n}`;
  return id;
}

function summary(outcome: FinalReviewOutcome, lang: Lang): string {
  const reached = outcome.goals.filter((entry) => entry.reached).length;
  const smart = outcome.goals.filter((entry) => entry.smartInPractice).length;
  const total = outcome.goals.length;
  return lang === 'de'
    ? `${reached} von ${total} Zielen erreicht; ${smart} von ${total} haben sich in der Praxis als SMART bewährt. Nächste Bestandsaufnahme: ${outcome.nextStockTaking}.`
    : `${reached} of ${total} goals reached; ${smart} of ${total} proved SMART in practice. Next stock-taking: ${outcome.nextStockTaking}.`;
}
