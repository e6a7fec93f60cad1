import { PERSON_LIMITS, validatePerson } from './assessments.js';
import { DEFAULT_CATALOGUE_LEAN, indexCatalogue } from './catalogue.js';
import { addDays, daysBetween, MAX_YEAR, maxDate, minDate, nextWorkday } from './dates.js';
import { got, KompetenzradError, shortValue, type ValidationIssue } from './errors.js';
import { DEFAULT_FORMATS_LEAN, formatById, recommendFormats, validateFormats } from './formats.js';
import type { GapAnalysis, GapEntry } from './gaps.js';
import { isOpenGoal } from './goal-coverage.js';
import { DEFAULT_CAPACITY_HOURS_PER_MONTH, validateGoal } from './goals.js';
import { idStem, planIdStem } from './plan-ids.js';
import { findSlot, MonthLoad } from './plan-scheduler.js';
import { latestPlanDate, PLAN_LIMITS } from './plan-validation.js';
import { checkLevel } from './scale.js';
import type { Catalogue, CompetencyId, Format, Goal, IsoDate, Level, Person, Plan, PlanItem, Review } from './types.js';
import { checkArray, checkDate, checkKnownKeys, checkNumber, checkObject, checkRecordId, checkString, Issues, isRecord } from './validate.js';

/**
 * Defaults of `draftPlan`. The practice phase after an off-the-job format lasts four weeks and
 * takes half the format's hours (at least two): the time it takes to try out at work what was
 * learned, on real tasks. Each goal gets one format per level step it asks for, at most three;
 * the hours a goal sets aside beyond its formats go to practice at work after its last format.
 */
export const DRAFT_DEFAULTS = Object.freeze({
  reviewEveryWeeks: 8,
  /** Without goals, the most urgent gaps each become one strand of the plan. */
  topGaps: 3,
  maxFormatsPerGoal: 3,
  practiceWeeks: 4,
  practiceHoursShare: 0.5,
  minPracticeHours: 2,
  /** The final review takes place this many days after the last item ends (a weekend moves it to the Monday after, as every review of a draft). */
  finalReviewAfterDays: 7,
  /** Regular reviews closer than this to the final review are left out. */
  minDaysBeforeFinalReview: 28,
  /** Less learning time than this a month cannot carry a plan. */
  minCapacityHoursPerMonth: 0.5,
});

/**
 * The last day an item of a draft made on `today` may end: its final review must still be a
 * valid date and within `PLAN_LIMITS.maxSpanYears` of `today` (no item or review of a draft is earlier).
 */
function latestItemEnd(today: IsoDate): IsoDate {
  // Two days more: a final review on a weekend moves to the Monday after.
  return addDays(minDate(`${MAX_YEAR}-12-31`, latestPlanDate(today)), -DRAFT_DEFAULTS.finalReviewAfterDays - 2);
}

export interface DraftPlanOptions {
  today: IsoDate;
  catalogue?: Catalogue;
  formats?: readonly Format[];
  /** Weeks between regular reviews (1..52, default 8). */
  reviewEveryWeeks?: number;
  /** Hours per month for learning; default the person's capacity, else 8. */
  capacityHoursPerMonth?: number;
  /** Euros for the whole plan; default the person's budget, else no limit. */
  budget?: number;
  /** At most this many items (formats and practice phases together). */
  maxItems?: number;
  /** When there are no open goals: how many of the most urgent gaps to plan for (default 3). */
  topGaps?: number;
  /** Default `plan-<personId>-<today>` (a long person id is shortened, see `planIdStem`). */
  planId?: string;
  /** Default: the person's name. */
  reviewParticipants?: string[];
}

/** The prioritised gaps: a whole analysis (its `byPriority` is used) or the entries themselves, most urgent first. */
export type PrioritizedGaps = GapAnalysis | readonly GapEntry[];

/** Whether `value` has the outline of `PrioritizedGaps` (a list, or an object with the lists `entries` and `byPriority`); `draftPlan` checks the entries. */
export function hasGapsShape(value: unknown): boolean {
  return Array.isArray(value) || (isRecord(value) && Array.isArray(value.byPriority) && Array.isArray(value.entries));
}

const OPTION_KEYS = [
  'today',
  'catalogue',
  'formats',
  'reviewEveryWeeks',
  'capacityHoursPerMonth',
  'budget',
  'maxItems',
  'topGaps',
  'planId',
  'reviewParticipants',
] as const;

/** One strand of the plan: a goal, or (without goals) a single gap. */
interface Strand {
  goalId?: string;
  competencyIds: CompetencyId[];
  steps: number;
  /** The hours the goal sets aside (`resources.hours`). */
  hours?: number;
  /** The euros the goal sets aside (`resources.budget`): its formats cost no more together. */
  budget?: number;
  /** The goal's due date: the final review is not held before it. */
  due?: IsoDate;
}

/**
 * Drafts a learning plan (status `draft`) from the open goals of `person` (earliest due first) or,
 * when there are none, from the most urgent gaps. For each strand it takes the recommended
 * formats (one per level step, at most three; a costlier format is replaced by the next one
 * that still fits the budget, the plan's and the goal's `resources.budget`), puts a practice phase after every off-the-job format and
 * schedules the items so that no month carries more hours than the capacity: an item's
 * hours are spread evenly over its days, and an item is moved later or stretched until it
 * fits, whichever ends sooner. When a goal sets aside more hours (`resources.hours`) than its
 * formats and their practice phases take, the rest (whole hours) goes to practice at work
 * after its last format: that format's practice phase grows, or an on-the-job format gets one.
 * Reviews follow every `reviewEveryWeeks` weeks from the start, and one final review a week
 * after the last item but not before the latest due date of the goals the plan serves (it asks
 * whether they were reached), each on a workday (a Saturday or Sunday moves to the Monday after).
 * Same input, same plan.
 *
 * The draft always passes `validatePlan`. When the plan runs so long that reviews every
 * `reviewEveryWeeks` weeks would make more than `PLAN_LIMITS.maxReviews` reviews (final one
 * included), the interval is widened to the fewest whole weeks that fit, so the reviews still
 * cover the whole plan. A format (with its practice phase) that could not end, with its final
 * review, within `PLAN_LIMITS.maxSpanYears` of `today` and by the last day of `MAX_YEAR` is left
 * out like one over budget; `checkPlan` reports a goal left without items.
 */
export function draftPlan(person: Person, gaps: PrioritizedGaps, goals: readonly Goal[], options: DraftPlanOptions): Plan {
  const input = checkDraftInput(person, gaps, goals, options);
  const { catalogue, formats, today, capacity, planId } = input;
  const strands = strandsFor(person, input.entries, input.goals, input.current, input.topGaps);
  const stem = planIdStem(planId);

  const load = new MonthLoad();
  const latestEnd = latestItemEnd(today);
  const items: PlanItem[] = [];
  let remainingBudget = input.budget;
  const addItem = (item: Omit<PlanItem, 'id'>): PlanItem => {
    const created = { id: `${stem}-item-${items.length + 1}`, ...item } as PlanItem;
    items.push(created);
    load.add(created, 1);
    return created;
  };
  const removeLastItem = (): void => {
    load.add(items.pop() as PlanItem, -1);
  };

  for (const strand of strands) {
    if (items.length >= input.maxItems) break;
    // A goal already reached needs no format (checkPlan lists it as a goal without item).
    if (strand.steps <= 0) continue;
    const ranked = recommendFormats(catalogue, strand.competencyIds, { formats });
    const suited = [...ranked.filter((r) => r.score > 0), ...ranked.filter((r) => r.score === 0)];
    const wanted = Math.min(strand.steps, DRAFT_DEFAULTS.maxFormatsPerGoal);
    let taken = 0;
    let earliest = today;
    /** The strand's last format and its practice phase, and the hours of all its items so far. */
    let last: { format: PlanItem; practice?: PlanItem } | undefined;
    let planned = 0;
    let spent = 0;
    for (const recommendation of suited) {
      if (taken >= wanted) break;
      const format = formatById(formats, recommendation.formatId);
      if (!format) continue;
      const needsPractice = format.setting === 'off-the-job';
      if (items.length + (needsPractice ? 2 : 1) > input.maxItems) continue;
      if (format.typicalCost > remainingBudget || spent + format.typicalCost > (strand.budget ?? Infinity)) continue;

      const slot = findSlot(load, capacity, earliest, Math.max(1, Math.round(format.typicalWeeks * 7)), format.typicalHours, latestEnd);
      if (!slot) continue;
      const formatItem = addItem({
        kind: 'format',
        formatId: format.id,
        competencyIds: [...strand.competencyIds],
        start: slot.start,
        end: slot.end,
        hours: format.typicalHours,
        cost: format.typicalCost,
        status: 'planned',
        ...(strand.goalId === undefined ? {} : { goalId: strand.goalId }),
      });
      let next = addDays(formatItem.end, 1);
      if (needsPractice) {
        const hours = Math.max(DRAFT_DEFAULTS.minPracticeHours, Math.ceil(format.typicalHours * DRAFT_DEFAULTS.practiceHoursShare));
        const practiceSlot = findSlot(load, capacity, next, DRAFT_DEFAULTS.practiceWeeks * 7, hours, latestEnd);
        if (!practiceSlot) {
          removeLastItem();
          continue;
        }
        const practice = addItem(practiceAfter(formatItem, practiceSlot, hours));
        next = addDays(practice.end, 1);
        last = { format: formatItem, practice };
      } else {
        last = { format: formatItem };
      }
      planned += formatItem.hours + (last.practice?.hours ?? 0);
      earliest = next;
      remainingBudget -= format.typicalCost;
      spent += format.typicalCost;
      taken += 1;
    }
    const missing = Math.ceil((strand.hours ?? 0) - planned - 1e-9);
    if (last && missing > 0 && (last.practice || items.length < input.maxItems)) {
      const { format, practice } = last;
      if (practice) removeLastItem();
      const hours = practice ? practice.hours + missing : Math.max(missing, DRAFT_DEFAULTS.minPracticeHours);
      const slot = findSlot(load, capacity, addDays(format.end, 1), DRAFT_DEFAULTS.practiceWeeks * 7, hours, latestEnd);
      if (slot) addItem(practiceAfter(format, slot, hours));
      else if (practice) addItem(practice);
    }
  }

  const plan: Plan = {
    id: planId,
    personId: person.id,
    status: 'draft',
    history: [{ status: 'draft', date: today }],
    items,
    reviews: scheduleReviews(stem, today, items, input.reviewEveryWeeks, input.participants, finalNotBefore(strands, items, latestEnd)),
    capacityHoursPerMonth: capacity,
  };
  if (Number.isFinite(input.budget)) plan.budget = input.budget;
  return plan;
}

/** The practice phase after `format`, in `slot`. */
function practiceAfter(format: PlanItem, slot: { start: IsoDate; end: IsoDate }, hours: number): Omit<PlanItem, 'id'> {
  const goalLink = format.goalId === undefined ? {} : { goalId: format.goalId };
  const { formatId, competencyIds } = format;
  return { kind: 'practice', formatId, competencyIds: [...competencyIds], start: slot.start, end: slot.end, hours, cost: 0, status: 'planned', ...goalLink, practiceOf: format.id };
}

interface DraftInput {
  catalogue: Catalogue;
  formats: readonly Format[];
  today: IsoDate;
  capacity: number;
  budget: number;
  reviewEveryWeeks: number;
  maxItems: number;
  topGaps: number;
  planId: string;
  participants: string[];
  entries: GapEntry[];
  current: Map<CompetencyId, Level>;
  goals: readonly Goal[];
}

function checkDraftInput(person: Person, gaps: PrioritizedGaps, goals: readonly Goal[], options: DraftPlanOptions): DraftInput {
  const issues = new Issues();
  if (!checkObject(issues, options, '$options')) throw new KompetenzradError(issues.list);
  const catalogue = options.catalogue ?? DEFAULT_CATALOGUE_LEAN;
  const index = indexCatalogue(catalogue, '$options.catalogue');
  const list: ValidationIssue[] = [];
  const formats = options.formats ?? DEFAULT_FORMATS_LEAN;
  if (options.formats !== undefined) list.push(...validateFormats(options.formats, catalogue, '$options.formats'));
  list.push(...validatePerson(person, '$person'));
  if (checkArray(issues, goals, '$goals')) goals.forEach((goal, i) => list.push(...validateGoal(goal, catalogue, `$goals[${i}]`)));

  checkKnownKeys(issues, options, '$options', OPTION_KEYS);
  checkDate(issues, options.today, '$options.today');
  checkNumber(issues, options.reviewEveryWeeks, '$options.reviewEveryWeeks', { optional: true, min: 1, max: 52, integer: true });
  checkNumber(issues, options.capacityHoursPerMonth, '$options.capacityHoursPerMonth', { optional: true, min: DRAFT_DEFAULTS.minCapacityHoursPerMonth, max: PERSON_LIMITS.maxCapacityHoursPerMonth });
  checkNumber(issues, options.budget, '$options.budget', { optional: true, min: 0 });
  checkNumber(issues, options.maxItems, '$options.maxItems', { optional: true, min: 0, max: PLAN_LIMITS.maxItems, integer: true });
  checkNumber(issues, options.topGaps, '$options.topGaps', { optional: true, min: 0, max: index.competencyIds.length, integer: true });
  if (options.planId !== undefined) checkRecordId(issues, options.planId, '$options.planId');
  if (checkArray(issues, options.reviewParticipants, '$options.reviewParticipants', { optional: true, max: PLAN_LIMITS.maxParticipants })) {
    options.reviewParticipants?.forEach((name, i) => checkString(issues, name, `$options.reviewParticipants[${i}]`, { min: 1 }));
  }

  const minCapacity = DRAFT_DEFAULTS.minCapacityHoursPerMonth;
  if (options.capacityHoursPerMonth === undefined && isRecord(person) && typeof person.capacityHoursPerMonth === 'number' && person.capacityHoursPerMonth < minCapacity) {
    issues.add('$person.capacityHoursPerMonth', 'no-capacity', { hours: person.capacityHoursPerMonth, min: minCapacity });
  }
  const { entries, current } = readGaps(issues, gaps, index.position);
  list.push(...issues.list);
  if (list.length > 0) throw new KompetenzradError(list);

  return {
    catalogue,
    formats,
    today: options.today,
    capacity: options.capacityHoursPerMonth ?? person.capacityHoursPerMonth ?? DEFAULT_CAPACITY_HOURS_PER_MONTH,
    budget: options.budget ?? person.budget ?? Infinity,
    reviewEveryWeeks: options.reviewEveryWeeks ?? DRAFT_DEFAULTS.reviewEveryWeeks,
    maxItems: options.maxItems ?? PLAN_LIMITS.maxItems,
    topGaps: options.topGaps ?? DRAFT_DEFAULTS.topGaps,
    planId: options.planId ?? `${idStem(`plan-${person.id}`, options.today.length + 1)}-${options.today}`,
    participants: options.reviewParticipants ? [...options.reviewParticipants] : [person.name],
    entries,
    current,
    goals,
  };
}

/** The to-build entries in priority order, and the actual level of every competency the gaps know. */
function readGaps(issues: Issues, gaps: unknown, competencies: ReadonlyMap<string, number>): { entries: GapEntry[]; current: Map<CompetencyId, Level> } {
  const current = new Map<CompetencyId, Level>();
  let all: unknown[];
  let prioritized: unknown[];
  let path: string;
  if (!hasGapsShape(gaps)) {
    issues.add('$gaps', 'type', { expected: 'gaps', ...got(gaps) });
    return { entries: [], current };
  }
  if (Array.isArray(gaps)) {
    all = gaps;
    prioritized = gaps;
    path = '$gaps';
  } else {
    const analysis = gaps as { entries: unknown[]; byPriority: unknown[] };
    all = analysis.entries;
    prioritized = analysis.byPriority;
    path = '$gaps.byPriority';
  }
  const ok = (entry: unknown, at: string): entry is GapEntry => {
    if (!checkObject(issues, entry, at)) return false;
    let fine = true;
    if (typeof entry.competencyId !== 'string' || !competencies.has(entry.competencyId)) {
      fine = issues.add(`${at}.competencyId`, 'unknown-competency', { id: shortValue(entry.competencyId) });
    }
    if (!checkLevel(issues, entry.actual, `${at}.actual`)) fine = false;
    if (!checkLevel(issues, entry.target, `${at}.target`)) fine = false;
    if (typeof entry.gap !== 'number' || !Number.isInteger(entry.gap)) fine = issues.add(`${at}.gap`, 'type', { expected: 'whole-number', ...got(entry.gap) });
    return fine;
  };
  if (all !== prioritized) {
    all.forEach((entry, i) => {
      if (ok(entry, `$gaps.entries[${i}]`)) current.set(entry.competencyId, entry.actual);
    });
  }
  const entries: GapEntry[] = [];
  prioritized.forEach((entry, i) => {
    if (!ok(entry, `${path}[${i}]`)) return;
    current.set(entry.competencyId, entry.actual);
    if (entry.gap > 0) entries.push(entry);
  });
  return { entries, current };
}

function strandsFor(person: Person, entries: GapEntry[], goals: readonly Goal[], current: Map<CompetencyId, Level>, topGaps: number): Strand[] {
  const rank = new Map(entries.map((entry, i) => [entry.competencyId, i]));
  const bestRank = (goal: Goal) => Math.min(...goal.competencyIds.map((id) => rank.get(id) ?? entries.length));
  const open = goals
    .filter((goal) => goal.personId === person.id && isOpenGoal(goal) && goal.competencyIds.length > 0)
    .map((goal, order) => ({ goal, order }))
    .sort((a, b) => (a.goal.due < b.goal.due ? -1 : a.goal.due > b.goal.due ? 1 : bestRank(a.goal) - bestRank(b.goal) || a.order - b.order))
    .map(({ goal }) => goal);
  if (open.length > 0) {
    return open.map((goal) => ({
      goalId: goal.id,
      competencyIds: [...goal.competencyIds],
      // A competency missing from the gaps is not to be built (e.g. only `byPriority` was given).
      steps: Math.max(0, ...goal.competencyIds.map((id) => goal.targetLevel - (current.get(id) ?? goal.targetLevel))),
      hours: goal.resources.hours,
      budget: goal.resources.budget,
      due: goal.due,
    }));
  }
  return entries.slice(0, topGaps).map((entry) => ({ competencyIds: [entry.competencyId], steps: entry.gap }));
}

/**
 * The latest due date of the goals the items serve, but no later than a final review a week
 * after `latestEnd` (so that it stays a valid date of the plan); `undefined` without goals.
 */
function finalNotBefore(strands: readonly Strand[], items: readonly PlanItem[], latestEnd: IsoDate): IsoDate | undefined {
  const served = new Set(items.map((item) => item.goalId));
  const dues = strands.filter((strand) => strand.due !== undefined && served.has(strand.goalId)).map((strand) => strand.due as IsoDate);
  if (dues.length === 0) return undefined;
  return minDate(dues.reduce(maxDate), addDays(latestEnd, DRAFT_DEFAULTS.finalReviewAfterDays));
}

function scheduleReviews(stem: string, start: IsoDate, items: readonly PlanItem[], everyWeeks: number, participants: string[], notBefore: IsoDate | undefined): Review[] {
  if (items.length === 0) return [];
  const lastEnd = items.reduce((last, item) => maxDate(last, item.end), items[0].end);
  const afterItems = addDays(lastEnd, DRAFT_DEFAULTS.finalReviewAfterDays);
  const finalDate = nextWorkday(notBefore === undefined ? afterItems : maxDate(afterItems, notBefore));
  const regularDays = daysBetween(start, finalDate) - DRAFT_DEFAULTS.minDaysBeforeFinalReview;
  const regularCount = (weeks: number) => Math.max(0, Math.floor(regularDays / (weeks * 7)));
  let weeks = everyWeeks;
  while (regularCount(weeks) > PLAN_LIMITS.maxReviews - 1) weeks += 1;
  const reviews: Review[] = [];
  for (let k = 1; ; k += 1) {
    const date = nextWorkday(addDays(start, k * weeks * 7));
    if (daysBetween(date, finalDate) < DRAFT_DEFAULTS.minDaysBeforeFinalReview) break;
    reviews.push({ id: `${stem}-review-${k}`, date, participants: [...participants], final: false });
  }
  reviews.push({ id: `${stem}-review-final`, date: finalDate, participants: [...participants], final: true });
  return reviews;
}
