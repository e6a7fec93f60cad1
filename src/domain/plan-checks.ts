import { dueForRefresh, validatePerson } from './assessments.js';
import { DEFAULT_CATALOGUE_LEAN, labelOf } from './catalogue.js';
import { addDays, compareDates, daysBetween, maxDate, minDate, monthsOfRange } from './dates.js';
import { issue, KompetenzradError, shortValue, type ValidationIssue } from './errors.js';
import { DEFAULT_FORMATS_LEAN, formatById } from './formats.js';
import { isOpenGoal } from './goal-coverage.js';
import { DEFAULT_CAPACITY_HOURS_PER_MONTH, validateGoal, type NoParams } from './goals.js';
import { monthlyHoursOf } from './plan-load.js';
import { isFinalPlanStatus } from './plan-status.js';
import { validatePlan } from './plan-validation.js';
import type { Assessment, Catalogue, CompetencyId, Format, Goal, IsoDate, Level, LocalizedText, Person, Plan, PlanItem, Review } from './types.js';
import { checkArray, checkDate, checkNumber, checkObject, isRecord, Issues } from './validate.js';

export interface MonthLoad {
  /** `YYYY-MM`. */
  month: string;
  /** Hours of all items that are not dropped, each spread evenly over its days; rounded to 0.01. */
  hours: number;
  capacity: number;
  /** Hours beyond the capacity, 0 when within. */
  over: number;
}

/** The fields of a plan finding besides its code and message parameters. */
export interface PlanFindingFields {
  severity: 'error' | 'warning';
  itemId?: string;
  /** The second item of a pair (overlaps). */
  otherItemId?: string;
  goalId?: string;
  /** `YYYY-MM`. */
  month?: string;
  reviewId?: string;
  competencyId?: CompetencyId;
  /** Hours over capacity, euros over budget, days late, weeks without a review, hours a goal lacks. */
  amount?: number;
}

/**
 * An item named in a message: `item` is its title, else its format's label; `itemPractice` says
 * that an untitled item is the practice phase of that format; `itemStart`/`itemEnd` are its dates.
 * A second item of the same message is named with the prefix `other`.
 */
export type ItemNameParams<P extends string = 'item'> = { [K in P]: LocalizedText } & { [K in `${P}Practice`]: boolean } & {
  [K in `${P}Start` | `${P}End`]: IsoDate;
};

/** A goal named in a message: the labels of its competencies (its id when it names none) and its target level. */
export interface GoalNameParams {
  goal: readonly LocalizedText[];
  goalLevel: Level;
}

/** What each plan finding code carries for its message (ISO dates and months, hours, euros, names). */
export interface PlanFindingParams {
  'over-capacity': { month: string; hours: number; over: number; capacity: number };
  'overlap-over-capacity': ItemNameParams & ItemNameParams<'other'> & { month: string; hours: number; capacity: number };
  'item-after-due': ItemNameParams & GoalNameParams & { days: number; due: IsoDate };
  'goal-without-item': GoalNameParams;
  /** `planned`: the hours the plan's items give the goal; `hours`: the hours the goal asks for. */
  'goal-hours-short': GoalNameParams & { planned: number; hours: number };
  /** `cost`: the euros of the items that serve the goal; `budget`: what the goal sets aside (`resources.budget`). */
  'goal-over-budget': GoalNameParams & { cost: number; over: number; budget: number };
  'item-without-goal': ItemNameParams;
  'plan-without-goals': NoParams;
  'unknown-goal': ItemNameParams & { goalId: string };
  'goal-of-other-person': ItemNameParams;
  'practice-missing': ItemNameParams;
  /** `item` is the practice phase, `other` the format it follows. */
  'practice-before-format': ItemNameParams & ItemNameParams<'other'>;
  'no-reviews': NoParams;
  /** `end`: the day the last item ends. */
  'no-final-review': { end: IsoDate };
  'final-review-before-end': { date: IsoDate; end: IsoDate };
  /** `date`: the final review; `due`: the goal's due date. */
  'final-review-before-due': GoalNameParams & { date: IsoDate; due: IsoDate };
  /** `suggested`: a day for a review `maxWeeks` after `from`. */
  'review-gap': { from: IsoDate; to: IsoDate; weeks: number; maxWeeks: number; suggested: IsoDate };
  'over-budget': { cost: number; over: number; budget: number };
  'refresh-not-covered': { competency: LocalizedText; lastAssessed: IsoDate; dueSince: IsoDate };
}

export type PlanFindingCode = keyof PlanFindingParams;

/** One finding of `checkPlan`: data only; `messages/findings.<lang>` words it. */
export type PlanFinding = {
  [C in PlanFindingCode]: PlanFindingFields & { code: C; params: Readonly<PlanFindingParams[C]> };
}[PlanFindingCode];

export interface PlanCheckContext {
  /**
   * The goals the plan's items refer to (goals of other people are ignored for "goal without item").
   * When not given, goal references are not checked: the findings that need the goals
   * (`unknown-goal`, `goal-of-other-person`, `item-after-due`, `goal-without-item`,
   * `goal-hours-short`, `final-review-before-due`) are left out. An empty list is given goals:
   * then every goal an item names is unknown (`unknown-goal`).
   */
  goals?: readonly Goal[];
  person?: Person;
  /** Default: the plan's capacity, else the person's, else 8. */
  capacityHoursPerMonth?: number;
  /** Default: the plan's budget, else the person's; no budget check without either. */
  budget?: number;
  /** Needed for the refresher check. */
  today?: IsoDate;
  catalogue?: Catalogue;
  formats?: readonly Format[];
  /** With `today`: competencies whose rating is due for refreshing and that no item covers are reported. */
  assessments?: readonly Assessment[];
  /** Longest stretch without a review while items run (default 12 weeks). */
  maxWeeksBetweenReviews?: number;
}

export const PLAN_CHECK_DEFAULTS = Object.freeze({ maxWeeksBetweenReviews: 12 });

const ROUND = 100;
const round = (value: number) => Math.round(value * ROUND) / ROUND;

/**
 * Hours per month against the capacity, for every month from the first item's start to the
 * last item's end (months without load included). Dropped items do not count. Capacity
 * defaults to the plan's, else 8 hours.
 */
export function monthlyLoad(plan: Plan, capacity?: number, person?: Person): MonthLoad[] {
  checkLoadInput(plan, capacity);
  return loadOf(activeItems(plan), planCapacity(plan, { capacity, person }));
}

/**
 * The hours per month a plan may use: a given capacity, else the plan's own, else its person's,
 * else the default (8). The one place this order is decided.
 */
export function planCapacity(plan: Plan, { capacity, person }: { capacity?: number; person?: Person } = {}): number {
  const personal = person !== undefined && person.id === plan.personId ? person.capacityHoursPerMonth : undefined;
  return capacity ?? plan.capacityHoursPerMonth ?? personal ?? DEFAULT_CAPACITY_HOURS_PER_MONTH;
}

function loadOf(items: readonly PlanItem[], capacity: number): MonthLoad[] {
  if (items.length === 0) return [];
  const first = items.reduce((min, item) => minDate(min, item.start), items[0].start);
  const last = items.reduce((max, item) => maxDate(max, item.end), items[0].end);
  const totals = new Map(monthsOfRange(first, last).map((month) => [month, 0]));
  for (const item of items) {
    for (const [month, hours] of monthlyHoursOf(item)) totals.set(month, (totals.get(month) ?? 0) + hours);
  }
  return [...totals].map(([month, hours]) => ({ month, hours: round(hours), capacity, over: round(Math.max(0, hours - capacity)) }));
}

/** Monthly load needs only dates and hours, so it checks only those (a plan of a custom catalogue loads too). */
function checkLoadInput(plan: Plan, capacity: number | undefined): void {
  const issues = new Issues();
  checkNumber(issues, capacity, '$capacity', { optional: true, min: 0 });
  if (checkObject(issues, plan, '$plan')) {
    checkNumber(issues, plan.capacityHoursPerMonth, '$plan.capacityHoursPerMonth', { optional: true, min: 0 });
    if (checkArray(issues, plan.items, '$plan.items')) {
      plan.items.forEach((item: unknown, i) => {
        const at = `$plan.items[${i}]`;
        if (!checkObject(issues, item, at)) return;
        const dates = checkDate(issues, item.start, `${at}.start`) && checkDate(issues, item.end, `${at}.end`);
        if (dates && (item.end as string) < (item.start as string)) issues.add(`${at}.end`, 'date-order', { end: String(item.end), start: String(item.start) });
        checkNumber(issues, item.hours, `${at}.hours`, { min: 0 });
      });
    }
  }
  if (!issues.ok) throw new KompetenzradError(issues.list);
}

function activeItems(plan: Plan): PlanItem[] {
  return plan.items.filter((item) => item.status !== 'dropped');
}

/**
 * Everything that does not add up in a plan: months over capacity (and the pairs of items
 * that collide there), items ending after their goal's due date, open goals without items,
 * open goals whose items give them fewer hours than they ask for or that are due after the
 * final review, items with a goal that is unknown or someone else's, off-the-job formats
 * without a practice phase after them, missing or too rare reviews, costs over budget and,
 * with `assessments` and `today`, competencies due for refreshing that no item covers.
 *
 * Items without a goal: when some item of the plan serves a goal, each format item (or
 * practice phase of no format) without one is reported (`item-without-goal`). A plan none of
 * whose items serves a goal, such as one drafted from the gaps alone, gets a single
 * `plan-without-goals` warning instead of one per item.
 *
 * The hours a plan gives a goal are those of its items that are not dropped and serve the goal
 * (a practice phase without a goal of its own serves its format's goal): practice phases count,
 * as they do for the monthly load, and so do items already done. A goal without `resources.hours`
 * is not compared, a goal without items is reported as `goal-without-item` only. The same items'
 * costs are held against the goal's `resources.budget` (`goal-over-budget`), beside the plan's
 * budget as a whole (`over-budget`).
 * Without `context.goals` the goals are not known, and the checks that need them are left out
 * (see `PlanCheckContext.goals`); `item-without-goal` and `plan-without-goals` read only the items.
 * A plan on record (completed or cancelled) has no findings: nothing in it can be changed any more.
 * Throws a `KompetenzradError` when the plan, goals or person are not valid data.
 */
export function checkPlan(plan: Plan, context: PlanCheckContext): PlanFinding[] {
  return planFindings(plan, context, resolveContext(plan, context)).findings;
}

/**
 * `checkPlan` together with the monthly load at the capacity it checks against (what
 * `monthlyLoad` gives for that capacity), for a plan and context the caller has already
 * validated: `validatePlan` with `context.catalogue` and `context.formats` found nothing, and the
 * goals, person and numbers of the context are valid data. The same rules without validating
 * the same data a second time (an editor validates every edited plan anyway and checks it on
 * each key press). With data that was not validated, use `checkPlan`.
 */
export function checkValidatedPlan(plan: Plan, context: PlanCheckContext): { findings: PlanFinding[]; load: MonthLoad[] } {
  return planFindings(plan, context, contextOf(plan, context));
}

function planFindings(plan: Plan, context: PlanCheckContext, ctx: ResolvedContext): { findings: PlanFinding[]; load: MonthLoad[] } {
  const items = activeItems(plan);
  // Without the goals (not given) their references are not checked.
  const goals = ctx.goals && new Map(ctx.goals.map((goal) => [goal.id, goal]));
  const byId = new Map(plan.items.map((item) => [item.id, item]));
  const goalOf = (item: PlanItem) => item.goalId ?? (item.practiceOf !== undefined ? byId.get(item.practiceOf)?.goalId : undefined);
  const findings: PlanFinding[] = [];
  const names = new Names(ctx.catalogue, ctx.formats);

  // Capacity
  const load = loadOf(items, ctx.capacity);
  if (isFinalPlanStatus(plan.status)) return { findings, load };
  for (const month of load.filter((entry) => entry.over > 0)) {
    findings.push({
      code: 'over-capacity',
      severity: 'error',
      month: month.month,
      amount: month.over,
      params: { month: month.month, hours: month.hours, over: month.over, capacity: ctx.capacity },
    });
  }
  // One by one: a plan whose items all overlap has more pairs than a call may take arguments.
  for (const finding of overlaps(items, ctx.capacity, names)) findings.push(finding);

  // Goals
  const planHasGoals = items.some((item) => goalOf(item) !== undefined);
  if (items.length > 0 && !planHasGoals) findings.push({ code: 'plan-without-goals', severity: 'warning', params: {} });
  for (const item of items) {
    const goalId = goalOf(item);
    if (goalId === undefined) {
      if (planHasGoals && (item.kind === 'format' || item.practiceOf === undefined)) {
        findings.push({ code: 'item-without-goal', severity: 'warning', itemId: item.id, params: names.item(item) });
      }
      continue;
    }
    if (goals === undefined) continue;
    const goal = goals.get(goalId);
    if (!goal) {
      findings.push({ code: 'unknown-goal', severity: 'error', itemId: item.id, goalId, params: { ...names.item(item), goalId } });
      continue;
    }
    if (goal.personId !== plan.personId) {
      findings.push({ code: 'goal-of-other-person', severity: 'error', itemId: item.id, goalId, params: names.item(item) });
      continue;
    }
    if (item.end > goal.due) {
      const late = daysBetween(goal.due, item.end);
      findings.push({
        code: 'item-after-due',
        severity: 'warning',
        itemId: item.id,
        goalId,
        amount: late,
        params: { ...names.item(item), ...names.goal(goal), days: late, due: goal.due },
      });
    }
  }
  const servedBy = new Map<string, { hours: number; cost: number }>();
  for (const item of items) {
    const goalId = goalOf(item);
    if (goalId === undefined) continue;
    const served = servedBy.get(goalId) ?? { hours: 0, cost: 0 };
    servedBy.set(goalId, { hours: served.hours + item.hours, cost: served.cost + item.cost });
  }
  const finalReview = finalReviewOf(plan);
  for (const goal of ctx.goals ?? []) {
    if (goal.personId !== plan.personId || !isOpenGoal(goal)) continue;
    const served = servedBy.get(goal.id);
    if (served === undefined) findings.push({ code: 'goal-without-item', severity: 'warning', goalId: goal.id, params: names.goal(goal) });
    else findings.push(...servedGoalFindings(goal, round(served.hours), round(served.cost), finalReview, names));
  }

  // Practice after off-the-job formats
  const practicesByFormat = groupBy(
    items.filter((entry) => entry.kind === 'practice'),
    (entry) => entry.practiceOf,
  );
  for (const item of items.filter((entry) => entry.kind === 'format')) {
    if (formatById(ctx.formats, item.formatId)?.setting !== 'off-the-job') continue;
    const practice = practicesByFormat.get(item.id) ?? [];
    if (practice.length === 0) {
      findings.push({ code: 'practice-missing', severity: 'warning', itemId: item.id, params: names.item(item) });
    }
    for (const phase of practice.filter((entry) => entry.start <= item.end)) {
      findings.push({
        code: 'practice-before-format',
        severity: 'warning',
        itemId: phase.id,
        otherItemId: item.id,
        params: { ...names.item(phase), ...names.item(item, 'other') },
      });
    }
  }

  findings.push(...reviewFindings(plan, items, ctx.maxWeeksBetweenReviews));

  // Budget
  if (ctx.budget !== undefined) {
    const cost = items.reduce((sum, item) => sum + item.cost, 0);
    if (cost > ctx.budget) {
      const over = round(cost - ctx.budget);
      findings.push({ code: 'over-budget', severity: 'error', amount: over, params: { cost, over, budget: ctx.budget } });
    }
  }

  if (context.assessments !== undefined && context.today !== undefined) {
    findings.push(...planRefreshers(ctx.catalogue, context.assessments, plan.personId, plan, context.today, ctx.formats));
  }
  return { findings, load };
}

/**
 * Competencies of the person whose rating is due for refreshing (see `dueForRefresh`) and that
 * no item of the plan (not dropped, ending on or after the date the refresh became due) covers.
 */
export function planRefreshers(
  catalogue: Catalogue,
  assessments: readonly Assessment[],
  personId: string,
  plan: Plan,
  today: IsoDate,
  formats: readonly Format[] = DEFAULT_FORMATS_LEAN,
): PlanFinding[] {
  const issues = validatePlan(plan, catalogue, '$plan', formats);
  if (issues.length > 0) throw new KompetenzradError(issues);
  const items = activeItems(plan);
  return dueForRefresh(catalogue, assessments, personId, today)
    .filter((due) => !items.some((item) => item.competencyIds.includes(due.competencyId) && item.end >= due.dueSince))
    .map((due) => ({
      code: 'refresh-not-covered' as const,
      severity: 'warning' as const,
      competencyId: due.competencyId,
      params: { competency: labelOf(catalogue, due.competencyId), lastAssessed: due.lastAssessed, dueSince: due.dueSince },
    }));
}

// ---------------------------------------------------------------------------------------------

interface ResolvedContext {
  /** `undefined`: the goals are not known (not given), and goal references are not checked. */
  goals: readonly Goal[] | undefined;
  capacity: number;
  budget?: number;
  catalogue: Catalogue;
  formats: readonly Format[];
  maxWeeksBetweenReviews: number;
}

function resolveContext(plan: Plan, context: PlanCheckContext): ResolvedContext {
  const issues = new Issues();
  // Checked as `unknown`: narrowing a context whose fields are all optional would lose their types.
  if (!checkObject(issues, context as unknown, '$context')) throw new KompetenzradError(issues.list);
  const catalogue = context.catalogue ?? DEFAULT_CATALOGUE_LEAN;
  const formats = context.formats ?? DEFAULT_FORMATS_LEAN;
  const list: ValidationIssue[] = [...validatePlan(plan, catalogue, '$plan', formats)];
  if (checkArray(issues, context.goals, '$context.goals', { optional: true }) && context.goals !== undefined) {
    context.goals.forEach((goal, i) => list.push(...validateGoal(goal, catalogue, `$context.goals[${i}]`)));
  }
  if (context.person !== undefined) {
    list.push(...validatePerson(context.person, '$context.person'));
    // A plan without a valid person is reported by its own validation: no mismatch with "undefined".
    if (isRecord(context.person) && isRecord(plan) && typeof plan.personId === 'string' && context.person.id !== plan.personId) {
      list.push(issue('$context.person.id', 'person-mismatch', { planPersonId: plan.personId, personId: shortValue(context.person.id), variant: 'context' }));
    }
  }
  checkNumber(issues, context.capacityHoursPerMonth, '$context.capacityHoursPerMonth', { optional: true, min: 0 });
  checkNumber(issues, context.budget, '$context.budget', { optional: true, min: 0 });
  checkDate(issues, context.today, '$context.today', true);
  checkArray(issues, context.assessments, '$context.assessments', { optional: true });
  checkNumber(issues, context.maxWeeksBetweenReviews, '$context.maxWeeksBetweenReviews', { optional: true, min: 1, max: 104 });
  list.push(...issues.list);
  if (list.length > 0) throw new KompetenzradError(list);
  return contextOf(plan, context);
}

/** The context with its defaults, for data that is valid. */
function contextOf(plan: Plan, context: PlanCheckContext): ResolvedContext {
  const catalogue = context.catalogue ?? DEFAULT_CATALOGUE_LEAN;
  const formats = context.formats ?? DEFAULT_FORMATS_LEAN;
  return {
    goals: context.goals,
    capacity: planCapacity(plan, { capacity: context.capacityHoursPerMonth, person: context.person }),
    budget: context.budget ?? plan.budget ?? context.person?.budget,
    catalogue,
    formats,
    maxWeeksBetweenReviews: context.maxWeeksBetweenReviews ?? PLAN_CHECK_DEFAULTS.maxWeeksBetweenReviews,
  };
}

/**
 * Pairs of items that overlap and together put more than the capacity on one month (the worst
 * month per pair), in the order of the item list. A sweep over the items sorted by start meets
 * only the pairs that overlap: a long plan of short items is not compared pair by pair.
 */
function overlaps(items: readonly PlanItem[], capacity: number, names: Names): PlanFinding[] {
  const loads = items.map((item) => monthlyHoursOf(item));
  const hot = pairableMonths(loads, capacity);
  const inHotMonth = (index: number) => [...loads[index].keys()].some((month) => hot.has(month));
  const byStart = items
    .map((_, index) => index)
    .filter(inHotMonth)
    .sort((x, y) => compareDates(items[x].start, items[y].start));
  const found: { a: number; b: number; month: string; hours: number }[] = [];
  for (let i = 0; i < byStart.length; i += 1) {
    const earlier = items[byStart[i]];
    for (let j = i + 1; j < byStart.length && items[byStart[j]].start <= earlier.end; j += 1) {
      if (items[byStart[j]].end < earlier.start) continue;
      const a = Math.min(byStart[i], byStart[j]);
      const b = Math.max(byStart[i], byStart[j]);
      let worst: { month: string; hours: number } | undefined;
      for (const [month, hours] of loads[a]) {
        if (!hot.has(month)) continue;
        const combined = hours + (loads[b].get(month) ?? 0);
        if (loads[b].has(month) && exceeds(combined, capacity) && (!worst || combined > worst.hours)) worst = { month, hours: combined };
      }
      if (worst) found.push({ a, b, ...worst });
    }
  }
  return found
    .sort((p, q) => p.a - q.a || p.b - q.b)
    .map(({ a, b, month, hours }) => ({
      code: 'overlap-over-capacity',
      severity: 'warning',
      itemId: items[a].id,
      otherItemId: items[b].id,
      month,
      amount: round(hours),
      params: { ...names.item(items[a]), ...names.item(items[b], 'other'), month, hours: round(hours), capacity },
    }));
}

/** Whether `hours` spread over days go beyond `capacity` (not by a rounding error of the spreading). */
const exceeds = (hours: number, capacity: number) => hours > capacity + 1e-9;

/**
 * The months in which two items may together put more than `capacity` hours: those whose two
 * largest loads of single items do. Only items with load in one of them can be such a pair.
 */
function pairableMonths(loads: readonly ReadonlyMap<string, number>[], capacity: number): Set<string> {
  const largest = new Map<string, [first: number, second: number]>();
  for (const load of loads) {
    for (const [month, hours] of load) {
      let two = largest.get(month);
      if (!two) largest.set(month, (two = [0, 0]));
      if (hours > two[0]) [two[0], two[1]] = [hours, two[0]];
      else if (hours > two[1]) two[1] = hours;
    }
  }
  const months = new Set<string>();
  for (const [month, [first, second]] of largest) if (exceeds(first + second, capacity)) months.add(month);
  return months;
}

function groupBy<T, K>(list: readonly T[], keyOf: (entry: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const entry of list) {
    const key = keyOf(entry);
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  return groups;
}

/** An open goal of the person that the plan serves with `planned` hours costing `cost` euros, against its hours, its budget and the final review. */
function servedGoalFindings(goal: Goal, planned: number, cost: number, finalReview: Review | undefined, names: Names): PlanFinding[] {
  const findings: PlanFinding[] = [];
  const asked = goal.resources.hours;
  if (asked !== undefined && planned < asked) {
    findings.push({ code: 'goal-hours-short', severity: 'warning', goalId: goal.id, amount: round(asked - planned), params: { ...names.goal(goal), planned, hours: asked } });
  }
  const budget = goal.resources.budget;
  if (budget !== undefined && cost > budget) {
    const over = round(cost - budget);
    findings.push({ code: 'goal-over-budget', severity: 'warning', goalId: goal.id, amount: over, params: { ...names.goal(goal), cost, over, budget } });
  }
  // The final review asks whether the goal was reached: it cannot do so before the goal is due.
  if (finalReview !== undefined && finalReview.date < goal.due) {
    findings.push({
      code: 'final-review-before-due',
      severity: 'warning',
      goalId: goal.id,
      reviewId: finalReview.id,
      params: { ...names.goal(goal), date: finalReview.date, due: goal.due },
    });
  }
  return findings;
}

function finalReviewOf(plan: Plan): Review | undefined {
  return plan.reviews.find((review) => review.final);
}

function reviewFindings(plan: Plan, items: readonly PlanItem[], maxWeeks: number): PlanFinding[] {
  if (items.length === 0) return [];
  const findings: PlanFinding[] = [];
  const start = items.reduce((min, item) => minDate(min, item.start), items[0].start);
  const end = items.reduce((max, item) => maxDate(max, item.end), items[0].end);
  if (plan.reviews.length === 0) return [{ code: 'no-reviews', severity: 'error', params: {} }];
  const final = finalReviewOf(plan);
  if (!final) {
    findings.push({ code: 'no-final-review', severity: 'error', params: { end } });
  } else if (final.date < end) {
    findings.push({ code: 'final-review-before-end', severity: 'warning', reviewId: final.id, params: { date: final.date, end } });
  }
  const sorted = [...plan.reviews].filter((review) => review.date > start).sort((a, b) => compareDates(a.date, b.date));
  let previous = start;
  for (const review of sorted) {
    if (previous >= end) break;
    // Only the time while activities run counts: a final review weeks after the last one is no gap.
    const until = review.date < end ? review.date : end;
    const weeks = daysBetween(previous, until) / 7;
    if (weeks > maxWeeks) {
      findings.push(reviewGap(previous, until, weeks, maxWeeks, review.id));
    }
    previous = review.date;
  }
  if (previous < end && daysBetween(previous, end) / 7 > maxWeeks) {
    findings.push(reviewGap(previous, end, daysBetween(previous, end) / 7, maxWeeks, undefined));
  }
  return findings;
}

function reviewGap(from: IsoDate, to: IsoDate, weeks: number, maxWeeks: number, reviewId: string | undefined): PlanFinding {
  const rounded = Math.round(weeks * 10) / 10;
  const finding: PlanFinding = {
    code: 'review-gap',
    severity: 'warning',
    amount: rounded,
    params: { from, to, weeks: rounded, maxWeeks, suggested: addDays(from, maxWeeks * 7) },
  };
  if (reviewId !== undefined) finding.reviewId = reviewId;
  return finding;
}

/** Names of items and goals for messages. */
class Names {
  constructor(
    private readonly catalogue: Catalogue,
    private readonly formats: readonly Format[],
  ) {}

  item<P extends string = 'item'>(item: PlanItem, prefix: P = 'item' as P): ItemNameParams<P> {
    const format = formatById(this.formats, item.formatId)?.label ?? { de: item.formatId, en: item.formatId };
    const name = item.title === undefined ? format : { de: item.title, en: item.title };
    const params: Record<string, LocalizedText | boolean | IsoDate> = {
      [prefix]: name,
      [`${prefix}Practice`]: item.title === undefined && item.kind === 'practice',
      [`${prefix}Start`]: item.start,
      [`${prefix}End`]: item.end,
    };
    return params as ItemNameParams<P>;
  }

  goal(goal: Goal): GoalNameParams {
    const competencies = goal.competencyIds.map((id) => labelOf(this.catalogue, id));
    return { goal: competencies.length > 0 ? competencies : [{ de: goal.id, en: goal.id }], goalLevel: goal.targetLevel };
  }
}
