import { PERSON_LIMITS, validatePerson } from './assessments.js';
import { DEFAULT_CATALOGUE, idsForUniqueness, indexCatalogue } from './catalogue.js';
import { addDays, daysBetween, MAX_YEAR, maxDate, MIN_YEAR, minDate, monthsOfRange } from './dates.js';
import { dayNumber, fromDayNumber, monthIndex, monthOfDay, monthStartDay } from './day-numbers.js';
import { describeValue, KompetenzradError, type ValidationIssue } from './errors.js';
import { DEFAULT_FORMATS, FORMAT_LIMITS, formatById, recommendFormats, validateFormats } from './formats.js';
import type { GapAnalysis, GapEntry } from './gaps.js';
import { DEFAULT_CAPACITY_HOURS_PER_MONTH, validateGoal } from './goals.js';
import { isLevel } from './scale.js';
import type {
  Catalogue,
  CompetencyId,
  Format,
  Goal,
  IsoDate,
  ItemStatus,
  Level,
  Person,
  Plan,
  PlanItem,
  PlanStatus,
  Review,
} from './types.js';
import {
  checkArray,
  checkBoolean,
  checkDate,
  checkKnownKeys,
  checkNumber,
  checkObject,
  checkOneOf,
  checkRecordId,
  checkSlug,
  checkString,
  checkUniqueIds,
  Issues,
  isRecord,
  MAX_LABEL_LENGTH,
  MAX_TEXT_LENGTH,
} from './validate.js';

export const PLAN_STATUSES: readonly PlanStatus[] = Object.freeze(['draft', 'agreed', 'active', 'completed', 'cancelled'] as const);
export const ITEM_STATUSES: readonly ItemStatus[] = Object.freeze(['planned', 'running', 'done', 'dropped'] as const);
export const ITEM_KINDS: readonly PlanItem['kind'][] = Object.freeze(['format', 'practice'] as const);

export const PLAN_LIMITS = Object.freeze({
  maxItems: 500,
  maxReviews: 200,
  maxParticipants: 20,
  maxCompetenciesPerItem: 25,
  maxHistory: 50,
  maxOutcomeGoals: 200,
});

/**
 * Defaults of `draftPlan`. The practice phase after an off-the-job format lasts four weeks and
 * takes half the format's hours (at least two): the time it takes to try out at work what was
 * learned, on real tasks. Each goal gets one format per level step it asks for, at most three.
 */
export const DRAFT_DEFAULTS = Object.freeze({
  reviewEveryWeeks: 8,
  /** Without goals, the most urgent gaps each become one strand of the plan. */
  topGaps: 3,
  maxFormatsPerGoal: 3,
  practiceWeeks: 4,
  practiceHoursShare: 0.5,
  minPracticeHours: 2,
  /** The final review takes place this many days after the last item ends. */
  finalReviewAfterDays: 7,
  /** Regular reviews closer than this to the final review are left out. */
  minDaysBeforeFinalReview: 14,
  /** Less learning time than this a month cannot carry a plan. */
  minCapacityHoursPerMonth: 0.5,
});

// ---------------------------------------------------------------------------------------------
// Load: the hours of an item spread evenly over its days.

/** The hours an item puts on each month it touches (`YYYY-MM` → hours), spread evenly over its days. */
export function itemMonthlyHours(item: Pick<PlanItem, 'start' | 'end' | 'hours'>): Map<string, number> {
  const days = daysBetween(item.start, item.end) + 1;
  const perDay = days > 0 ? item.hours / days : 0;
  const load = new Map<string, number>();
  for (const month of monthsOfRange(item.start, item.end)) {
    const from = maxDate(item.start, `${month}-01`);
    const to = minDate(item.end, addDays(nextMonthStart(month), -1));
    load.set(month, perDay * (daysBetween(from, to) + 1));
  }
  return load;
}

function nextMonthStart(month: string): IsoDate {
  const year = Number(month.slice(0, 4));
  const next = Number(month.slice(5, 7)) + 1;
  return next > 12 ? `${year + 1}-01-01` : `${year}-${String(next).padStart(2, '0')}-01`;
}

// ---------------------------------------------------------------------------------------------
// Validation

const PLAN_KEYS = ['id', 'personId', 'title', 'status', 'history', 'items', 'reviews', 'capacityHoursPerMonth', 'budget', 'outcome'] as const;
const ITEM_KEYS = ['id', 'kind', 'formatId', 'competencyIds', 'start', 'end', 'hours', 'cost', 'provider', 'status', 'goalId', 'practiceOf', 'title'] as const;
const REVIEW_KEYS = ['id', 'date', 'participants', 'final', 'notes'] as const;
const OUTCOME_KEYS = ['date', 'goals', 'nextStockTaking'] as const;
const GOAL_OUTCOME_KEYS = ['goalId', 'reached', 'smartInPractice', 'notes'] as const;

/**
 * Checks that `value` is a well-formed plan: ids unique, formats and competencies known, every
 * item starting no later than it ends, known status values, a history in date order that ends
 * with the plan's status, practice items pointing at a format item, at most one final review.
 * `formats` defaults to `DEFAULT_FORMATS`; pass an organisation's own list when it has one.
 */
export function validatePlan(value: unknown, catalogue: Catalogue = DEFAULT_CATALOGUE, path = '$', formats: readonly Format[] = DEFAULT_FORMATS): ValidationIssue[] {
  const index = indexCatalogue(catalogue);
  const issues = new Issues();
  if (!checkObject(issues, value, path)) return issues.list;
  checkKnownKeys(issues, value, path, PLAN_KEYS);
  checkRecordId(issues, value.id, `${path}.id`);
  checkRecordId(issues, value.personId, `${path}.personId`);
  checkString(issues, value.title, `${path}.title`, { optional: true, max: MAX_LABEL_LENGTH });
  const statusOk = checkOneOf(issues, value.status, `${path}.status`, PLAN_STATUSES);
  if (checkArray(issues, value.history, `${path}.history`, { max: PLAN_LIMITS.maxHistory })) {
    let previous: IsoDate | undefined;
    value.history.forEach((step, i) => {
      const at = `${path}.history[${i}]`;
      if (!checkObject(issues, step, at)) return;
      checkKnownKeys(issues, step, at, ['status', 'date']);
      checkOneOf(issues, step.status, `${at}.status`, PLAN_STATUSES);
      if (checkDate(issues, step.date, `${at}.date`)) {
        const date = step.date as IsoDate;
        if (previous !== undefined && date < previous) {
          issues.add(`${at}.date`, 'history-order', `${at}.date: ${date} is before the previous step's date ${previous}`);
        }
        previous = date;
      }
    });
    const last = value.history[value.history.length - 1];
    if (statusOk && isRecord(last) && last.status !== value.status) {
      issues.add(`${path}.status`, 'history-status', `${path}.status: "${String(value.status)}" differs from the last history step ${describeValue(last.status)}`);
    }
  }
  const items = checkArray(issues, value.items, `${path}.items`, { max: PLAN_LIMITS.maxItems }) ? value.items : [];
  const itemKinds = new Map<string, unknown>(items.filter(isRecord).map((item) => [String(item.id), item.kind]));
  items.forEach((item, i) => validateItem(issues, item, `${path}.items[${i}]`, index.position, formats, itemKinds));
  checkUniqueIds(issues, idsForUniqueness(items), `${path}.items`);

  const reviews = checkArray(issues, value.reviews, `${path}.reviews`, { max: PLAN_LIMITS.maxReviews }) ? value.reviews : [];
  reviews.forEach((review, i) => validateReview(issues, review, `${path}.reviews[${i}]`));
  checkUniqueIds(issues, idsForUniqueness(reviews), `${path}.reviews`);
  const finals = reviews.map((review, i) => (isRecord(review) && review.final === true ? i : -1)).filter((i) => i >= 0);
  if (finals.length > 1) {
    issues.add(`${path}.reviews[${finals[1]}].final`, 'several-final-reviews', `${path}.reviews: ${finals.length} reviews are marked final, at most one may be`);
  }

  checkNumber(issues, value.capacityHoursPerMonth, `${path}.capacityHoursPerMonth`, { optional: true, min: 0, max: PERSON_LIMITS.maxCapacityHoursPerMonth });
  checkNumber(issues, value.budget, `${path}.budget`, { optional: true, min: 0 });
  if (value.outcome !== undefined) issues.list.push(...validateFinalReviewOutcome(value.outcome, `${path}.outcome`));
  return issues.list;
}

function validateItem(
  issues: Issues,
  item: unknown,
  at: string,
  competencies: ReadonlyMap<string, number>,
  formats: readonly Format[],
  itemKinds: ReadonlyMap<string, unknown>,
): void {
  if (!checkObject(issues, item, at)) return;
  checkKnownKeys(issues, item, at, ITEM_KEYS);
  checkRecordId(issues, item.id, `${at}.id`);
  checkOneOf(issues, item.kind, `${at}.kind`, ITEM_KINDS);
  if (checkSlug(issues, item.formatId, `${at}.formatId`) && !formatById(formats, item.formatId)) {
    issues.add(`${at}.formatId`, 'unknown-format', `${at}.formatId: "${item.formatId}" is not a known format (known: ${formats.map((f) => f.id).join(', ')})`);
  }
  if (checkArray(issues, item.competencyIds, `${at}.competencyIds`, { max: PLAN_LIMITS.maxCompetenciesPerItem })) {
    const seen = new Set<string>();
    item.competencyIds.forEach((id, i) => {
      const path = `${at}.competencyIds[${i}]`;
      if (!checkSlug(issues, id, path)) return;
      if (seen.has(id)) issues.add(path, 'duplicate-id', `${path}: "${id}" is named twice`);
      else if (!competencies.has(id)) issues.add(path, 'unknown-competency', `${path}: "${id}" is not a competency of the catalogue`);
      seen.add(id);
    });
  }
  const startOk = checkDate(issues, item.start, `${at}.start`);
  const endOk = checkDate(issues, item.end, `${at}.end`);
  if (startOk && endOk && (item.end as string) < (item.start as string)) {
    issues.add(`${at}.end`, 'date-order', `${at}.end: ${String(item.end)} is before the start ${String(item.start)}`);
  }
  checkNumber(issues, item.hours, `${at}.hours`, { min: 0, max: FORMAT_LIMITS.maxHours });
  checkNumber(issues, item.cost, `${at}.cost`, { min: 0, max: FORMAT_LIMITS.maxCost });
  checkString(issues, item.provider, `${at}.provider`, { optional: true, max: MAX_LABEL_LENGTH });
  checkOneOf(issues, item.status, `${at}.status`, ITEM_STATUSES);
  if (item.goalId !== undefined) checkRecordId(issues, item.goalId, `${at}.goalId`);
  checkString(issues, item.title, `${at}.title`, { optional: true, max: MAX_LABEL_LENGTH });
  if (item.practiceOf !== undefined && checkRecordId(issues, item.practiceOf, `${at}.practiceOf`)) {
    const target = item.practiceOf;
    if (item.kind !== 'practice') {
      issues.add(`${at}.practiceOf`, 'practice-of', `${at}.practiceOf: only items of kind "practice" can be the practice phase of another item`);
    } else if (target === item.id) {
      issues.add(`${at}.practiceOf`, 'practice-of', `${at}.practiceOf: an item cannot be its own practice phase`);
    } else if (!itemKinds.has(target)) {
      issues.add(`${at}.practiceOf`, 'unknown-item', `${at}.practiceOf: "${target}" is not an item of this plan`);
    } else if (itemKinds.get(target) !== 'format') {
      issues.add(`${at}.practiceOf`, 'practice-of', `${at}.practiceOf: "${target}" is not a format item`);
    }
  }
}

function validateReview(issues: Issues, review: unknown, at: string): void {
  if (!checkObject(issues, review, at)) return;
  checkKnownKeys(issues, review, at, REVIEW_KEYS);
  checkRecordId(issues, review.id, `${at}.id`);
  checkDate(issues, review.date, `${at}.date`);
  if (checkArray(issues, review.participants, `${at}.participants`, { max: PLAN_LIMITS.maxParticipants })) {
    review.participants.forEach((name, i) => checkString(issues, name, `${at}.participants[${i}]`, { min: 1, max: MAX_LABEL_LENGTH }));
  }
  checkBoolean(issues, review.final, `${at}.final`);
  checkString(issues, review.notes, `${at}.notes`, { optional: true, max: MAX_TEXT_LENGTH });
}

/** Checks the outcome of a final review: a date, one entry per goal (no goal twice), the next stock-taking not before the review. */
export function validateFinalReviewOutcome(value: unknown, path = '$', { nextStockTakingOptional = false } = {}): ValidationIssue[] {
  const issues = new Issues();
  if (!checkObject(issues, value, path)) return issues.list;
  checkKnownKeys(issues, value, path, nextStockTakingOptional ? [...OUTCOME_KEYS, 'notes'] : OUTCOME_KEYS);
  const dateOk = checkDate(issues, value.date, `${path}.date`);
  if (checkDate(issues, value.nextStockTaking, `${path}.nextStockTaking`, nextStockTakingOptional) && dateOk && value.nextStockTaking !== undefined) {
    if ((value.nextStockTaking as string) < (value.date as string)) {
      issues.add(`${path}.nextStockTaking`, 'date-order', `${path}.nextStockTaking: ${String(value.nextStockTaking)} is before the review date ${String(value.date)}`);
    }
  }
  if (nextStockTakingOptional) checkString(issues, value.notes, `${path}.notes`, { optional: true, max: MAX_TEXT_LENGTH });
  if (checkArray(issues, value.goals, `${path}.goals`, { max: PLAN_LIMITS.maxOutcomeGoals })) {
    const seen = new Set<string>();
    value.goals.forEach((entry, i) => {
      const at = `${path}.goals[${i}]`;
      if (!checkObject(issues, entry, at)) return;
      checkKnownKeys(issues, entry, at, GOAL_OUTCOME_KEYS);
      if (checkRecordId(issues, entry.goalId, `${at}.goalId`)) {
        if (seen.has(entry.goalId)) issues.add(`${at}.goalId`, 'duplicate-id', `${at}.goalId: "${entry.goalId}" has two outcomes`);
        seen.add(entry.goalId);
      }
      checkBoolean(issues, entry.reached, `${at}.reached`);
      checkBoolean(issues, entry.smartInPractice, `${at}.smartInPractice`);
      checkString(issues, entry.notes, `${at}.notes`, { optional: true, max: MAX_TEXT_LENGTH });
    });
  }
  return issues.list;
}

// ---------------------------------------------------------------------------------------------
// Drafting

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
}

/**
 * Drafts a learning plan (status `draft`) from the open goals of `person` (earliest due first) or,
 * when there are none, from the most urgent gaps. For each strand it takes the recommended
 * formats (one per level step, at most three; a costlier format is replaced by the next one
 * that still fits the budget), puts a practice phase after every off-the-job format and
 * schedules the items so that no month carries more hours than the capacity: an item's
 * hours are spread evenly over its days, and an item is moved later or stretched until it
 * fits, whichever ends sooner. Reviews follow every `reviewEveryWeeks` weeks from the start,
 * and one final review a week after the last item. Same input, same plan.
 *
 * The draft always passes `validatePlan`. When the plan runs so long that reviews every
 * `reviewEveryWeeks` weeks would make more than `PLAN_LIMITS.maxReviews` reviews (final one
 * included), the interval is widened to the fewest whole weeks that fit, so the reviews still
 * cover the whole plan; `checkPlan` then reports the long stretches (`review-gap`). A format
 * (with its practice phase) that could not end, with its final review, by the last day of
 * `MAX_YEAR` is left out like one over budget; `checkPlan` reports a goal left without items.
 */
export function draftPlan(person: Person, gaps: PrioritizedGaps, goals: readonly Goal[], options: DraftPlanOptions): Plan {
  const input = checkDraftInput(person, gaps, goals, options);
  const { catalogue, formats, today, capacity, planId } = input;
  const strands = strandsFor(person, input.entries, input.goals, input.current, input.topGaps);
  const stem = planIdStem(planId);

  const load = new MonthLoad();
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
    for (const recommendation of suited) {
      if (taken >= wanted) break;
      const format = formatById(formats, recommendation.formatId);
      if (!format) continue;
      const needsPractice = format.setting === 'off-the-job';
      if (items.length + (needsPractice ? 2 : 1) > input.maxItems) continue;
      if (format.typicalCost > remainingBudget) continue;

      const slot = findSlot(load, capacity, earliest, Math.max(1, Math.round(format.typicalWeeks * 7)), format.typicalHours);
      if (!slot) continue;
      const goalLink = strand.goalId === undefined ? {} : { goalId: strand.goalId };
      const formatItem = addItem({
        kind: 'format',
        formatId: format.id,
        competencyIds: [...strand.competencyIds],
        start: slot.start,
        end: slot.end,
        hours: format.typicalHours,
        cost: format.typicalCost,
        status: 'planned',
        ...goalLink,
      });
      let next = addDays(formatItem.end, 1);
      if (needsPractice) {
        const hours = Math.max(DRAFT_DEFAULTS.minPracticeHours, Math.ceil(format.typicalHours * DRAFT_DEFAULTS.practiceHoursShare));
        const practiceSlot = findSlot(load, capacity, next, DRAFT_DEFAULTS.practiceWeeks * 7, hours);
        if (!practiceSlot) {
          removeLastItem();
          continue;
        }
        const practice = addItem({
          kind: 'practice',
          formatId: format.id,
          competencyIds: [...strand.competencyIds],
          start: practiceSlot.start,
          end: practiceSlot.end,
          hours,
          cost: 0,
          status: 'planned',
          ...goalLink,
          practiceOf: formatItem.id,
        });
        next = addDays(practice.end, 1);
      }
      earliest = next;
      remainingBudget -= format.typicalCost;
      taken += 1;
    }
  }

  const plan: Plan = {
    id: planId,
    personId: person.id,
    status: 'draft',
    history: [{ status: 'draft', date: today }],
    items,
    reviews: scheduleReviews(stem, today, items, input.reviewEveryWeeks, input.participants),
    capacityHoursPerMonth: capacity,
  };
  if (Number.isFinite(input.budget)) plan.budget = input.budget;
  return plan;
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
  const catalogue = options.catalogue ?? DEFAULT_CATALOGUE;
  const index = indexCatalogue(catalogue, '$options.catalogue');
  const list: ValidationIssue[] = [];
  const formats = options.formats ?? DEFAULT_FORMATS;
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
    issues.add(
      '$person.capacityHoursPerMonth',
      'no-capacity',
      `$person.capacityHoursPerMonth: ${person.capacityHoursPerMonth} hours a month leave no time to plan (at least ${minCapacity}); pass options.capacityHoursPerMonth`,
    );
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
  if (Array.isArray(gaps)) {
    all = gaps;
    prioritized = gaps;
    path = '$gaps';
  } else if (isRecord(gaps) && Array.isArray(gaps.byPriority) && Array.isArray(gaps.entries)) {
    all = gaps.entries;
    prioritized = gaps.byPriority;
    path = '$gaps.byPriority';
  } else {
    issues.add('$gaps', 'type', `$gaps: expected a gap analysis or a list of gap entries, got ${describeValue(gaps)}`);
    return { entries: [], current };
  }
  const ok = (entry: unknown, at: string): entry is GapEntry => {
    if (!checkObject(issues, entry, at)) return false;
    let fine = true;
    if (typeof entry.competencyId !== 'string' || !competencies.has(entry.competencyId)) {
      fine = issues.add(`${at}.competencyId`, 'unknown-competency', `${at}.competencyId: ${describeValue(entry.competencyId)} is not a competency of the catalogue`);
    }
    if (!isLevel(entry.actual)) fine = issues.add(`${at}.actual`, 'level', `${at}.actual: expected a level 0, 1, 2 or 3, got ${describeValue(entry.actual)}`);
    if (!isLevel(entry.target)) fine = issues.add(`${at}.target`, 'level', `${at}.target: expected a level 0, 1, 2 or 3, got ${describeValue(entry.target)}`);
    if (typeof entry.gap !== 'number' || !Number.isInteger(entry.gap)) fine = issues.add(`${at}.gap`, 'type', `${at}.gap: expected a whole number, got ${describeValue(entry.gap)}`);
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
    .filter((goal) => goal.personId === person.id && (goal.status ?? 'open') === 'open' && goal.competencyIds.length > 0)
    .map((goal, order) => ({ goal, order }))
    .sort((a, b) => (a.goal.due < b.goal.due ? -1 : a.goal.due > b.goal.due ? 1 : bestRank(a.goal) - bestRank(b.goal) || a.order - b.order))
    .map(({ goal }) => goal);
  if (open.length > 0) {
    return open.map((goal) => ({
      goalId: goal.id,
      competencyIds: [...goal.competencyIds],
      // A competency missing from the gaps is not to be built (e.g. only `byPriority` was given).
      steps: Math.max(0, ...goal.competencyIds.map((id) => goal.targetLevel - (current.get(id) ?? goal.targetLevel))),
    }));
  }
  return entries.slice(0, topGaps).map((entry) => ({ competencyIds: [entry.competencyId], steps: entry.gap }));
}

/** Lengths tried, as multiples of the typical length, before the length that surely fits into a free month. */
const STRETCH_FACTORS = [1, 1.25, 1.5, 2, 3, 4, 6, 8];

const MONTHS = (MAX_YEAR + 1 - MIN_YEAR) * 12 + 1;
const BLOCK = 32;

/**
 * The hours planned so far in each month (indexed by `monthIndex`, from `MIN_YEAR` to the month
 * after `MAX_YEAR`), and the least and most of every block of 32 months, so that a search can
 * pass over a block none of whose months matters to it.
 */
class MonthLoad {
  readonly hours = new Float64Array(MONTHS);
  private readonly least = new Float64Array(Math.ceil(MONTHS / BLOCK));
  private readonly most = new Float64Array(Math.ceil(MONTHS / BLOCK));

  add(item: Pick<PlanItem, 'start' | 'end' | 'hours'>, sign: 1 | -1): void {
    for (const [month, hours] of itemMonthlyHours(item)) this.hours[monthIndex(month)] += sign * hours;
    for (let block = Math.floor(monthIndex(item.start) / BLOCK); block <= Math.floor(monthIndex(item.end) / BLOCK); block += 1) {
      const values = this.hours.subarray(block * BLOCK, (block + 1) * BLOCK);
      this.least[block] = Math.min(...values);
      this.most[block] = Math.max(...values);
    }
  }

  /** The first month from `from` on with at most `limit` hours; `MONTHS` when there is none. */
  firstAtMost(from: number, limit: number): number {
    for (let month = from; month < MONTHS; ) {
      if (month % BLOCK === 0 && this.least[month / BLOCK] > limit) month += BLOCK;
      else if (this.hours[month] <= limit) return month;
      else month += 1;
    }
    return MONTHS;
  }

  /** The last month of `from`..`to` with at least `limit` hours; `from - 1` when there is none. */
  lastAtLeast(from: number, to: number, limit: number): number {
    for (let month = to; month >= from; ) {
      if ((month + 1) % BLOCK === 0 && this.most[(month + 1) / BLOCK - 1] < limit) month -= BLOCK;
      else if (this.hours[month] >= limit) return month;
      else month -= 1;
    }
    return from - 1;
  }
}

/**
 * The slot for an item of `hours` and typical length `days`, starting on or after `earliest`,
 * that keeps every month within `capacity` given `load`, and that ends soonest (of two that end
 * on the same day, the one that starts sooner): starts are tried week by week from `earliest`,
 * going on with the first day of the next month when a month is full, and lengths from the
 * typical one up to the one that surely fits. Once the length reaches `hours × 31 / capacity`
 * days no month can get more than `capacity` from this item alone, so a slot after everything
 * already planned always exists; `undefined` when even that would end after `LATEST_ITEM_END`.
 */
function findSlot(load: MonthLoad, capacity: number, earliest: IsoDate, days: number, hours: number): { start: IsoDate; end: IsoDate } | undefined {
  const fitsAlone = hours <= capacity ? days : Math.max(days, Math.ceil((hours * 31) / capacity));
  const lengths = [...new Set([...STRETCH_FACTORS.map((f) => Math.ceil(days * f)).filter((d) => d < fitsAlone), fitsAlone])];
  let best: { start: number; end: number } | undefined;
  // Longest first: it finds a slot soonest and so bounds the search for the shorter ones.
  for (const length of lengths.reverse()) {
    const lastEnd = best ? best.end - 1 : dayNumber(LATEST_ITEM_END);
    const start = earliestStart(load, capacity, earliest, length, hours, lastEnd - length + 1);
    if (start !== undefined) best = { start, end: start + length - 1 };
  }
  return best && { start: fromDayNumber(best.start), end: fromDayNumber(best.end) };
}

const LOAD_TOLERANCE = 1e-9;
/** Added to the bounds that only pick the months worth an exact look, so rounding never hides one. */
const SKIP_MARGIN = 1e-6;

/**
 * The first start of the weekly sequence of `findSlot`, no later than `lastStart`, at which an
 * item of `length` days and `hours` fits. Months that cannot take a single day of it are passed
 * over, and a start that does not fit tells how far to skip: past the last month in between
 * that the item would fill beyond capacity, past the days at the end of its first month that
 * would overfill that month, or until the item no longer ends in an overfilled last month.
 */
function earliestStart(load: MonthLoad, capacity: number, earliest: IsoDate, length: number, hours: number, lastStart: number): number | undefined {
  const perDay = hours / length;
  const over = (month: number, days: number) => load.hours[month] + perDay * days > capacity + LOAD_TOLERANCE;
  const full = (month: number) => load.hours[month] >= capacity - LOAD_TOLERANCE;
  const first = dayNumber(earliest);
  const firstMonth = monthIndex(earliest);
  let target = first;
  for (;;) {
    let month = monthOfDay(target);
    let start: number;
    for (;;) {
      month = load.firstAtMost(month, capacity + LOAD_TOLERANCE - perDay + SKIP_MARGIN);
      if (month >= MONTHS || monthStartDay(month) > lastStart) return undefined;
      if (full(month)) {
        month += 1;
        continue;
      }
      const lastFull = load.lastAtLeast(firstMonth, month - 1, capacity - LOAD_TOLERANCE);
      const weekly = lastFull < firstMonth ? first : monthStartDay(lastFull + 1);
      start = weekly + 7 * Math.ceil((Math.max(target, monthStartDay(month)) - weekly) / 7);
      if (start < monthStartDay(month + 1)) break;
      month += 1;
    }
    if (start > lastStart) return undefined;
    const end = start + length - 1;
    const endMonth = monthOfDay(end);
    target = start;
    for (let to = endMonth - 1; to > month; ) {
      const candidate = load.lastAtLeast(month + 1, to, capacity + LOAD_TOLERANCE - perDay * 31 - SKIP_MARGIN);
      if (candidate <= month) break;
      if (over(candidate, monthStartDay(candidate + 1) - monthStartDay(candidate))) {
        target = monthStartDay(candidate) + 1;
        break;
      }
      to = candidate - 1;
    }
    if (endMonth === month) {
      if (over(month, length)) target = Math.max(target, monthStartDay(month + 1) - length + 1);
    } else {
      const firstDays = monthStartDay(month + 1) - start;
      if (over(month, firstDays)) {
        // The latest start in `month` that fits leaves `fitting` days in it; none at worst, as the month is not full.
        let fitting = firstDays - 1;
        while (fitting > 0 && over(month, fitting)) fitting -= 1;
        target = Math.max(target, monthStartDay(month + 1) - fitting);
      }
      if (over(endMonth, end - monthStartDay(endMonth) + 1)) target = Math.max(target, monthStartDay(endMonth + 1) - length + 1);
    }
    if (target === start) return start;
  }
}


/** The last day an item of a draft may end: its final review must still be a valid date. */
const LATEST_ITEM_END = addDays(`${MAX_YEAR}-12-31`, -DRAFT_DEFAULTS.finalReviewAfterDays);

function scheduleReviews(stem: string, start: IsoDate, items: readonly PlanItem[], everyWeeks: number, participants: string[]): Review[] {
  if (items.length === 0) return [];
  const lastEnd = items.reduce((last, item) => maxDate(last, item.end), items[0].end);
  const finalDate = addDays(lastEnd, DRAFT_DEFAULTS.finalReviewAfterDays);
  const regularDays = daysBetween(start, finalDate) - DRAFT_DEFAULTS.minDaysBeforeFinalReview;
  const regularCount = (weeks: number) => Math.max(0, Math.floor(regularDays / (weeks * 7)));
  let weeks = everyWeeks;
  while (regularCount(weeks) > PLAN_LIMITS.maxReviews - 1) weeks += 1;
  const reviews: Review[] = [];
  for (let k = 1; ; k += 1) {
    const date = addDays(start, k * weeks * 7);
    if (daysBetween(date, finalDate) < DRAFT_DEFAULTS.minDaysBeforeFinalReview) break;
    reviews.push({ id: `${stem}-review-${k}`, date, participants: [...participants], final: false });
  }
  reviews.push({ id: `${stem}-review-final`, date: finalDate, participants: [...participants], final: true });
  return reviews;
}


// ---------------------------------------------------------------------------------------------
// Generated ids

const MAX_RECORD_ID_LENGTH = 128;
/** Enough for every suffix the domain appends to a plan id: `-item-500`, `-review-final-201` … */
const PLAN_ID_SUFFIX_ROOM = 20;
const ID_HASH_LENGTH = 11;

/**
 * The stem of the ids the domain gives a plan's items and reviews (`<stem>-item-3`,
 * `<stem>-review-final`): the plan id itself, or for a plan id longer than 108 characters its
 * start with a hash of the whole id appended, so that every generated id stays within the
 * 128 characters of a record id. Same plan id, same stem; different plan ids, different stems.
 */
export function planIdStem(planId: string): string {
  if (typeof planId !== 'string' || planId === '') {
    throw new KompetenzradError([{ path: '$planId', code: 'type', message: `planId: expected a non-empty text, got ${describeValue(planId)}` }]);
  }
  return idStem(planId, PLAN_ID_SUFFIX_ROOM);
}

/** `head`, or its start and `.<hash of head>`, short enough to leave `room` characters of a record id free. */
function idStem(head: string, room: number): string {
  const max = MAX_RECORD_ID_LENGTH - room;
  if (head.length <= max) return head;
  return `${head.slice(0, max - ID_HASH_LENGTH - 1)}.${hash53(head).toString(36).padStart(ID_HASH_LENGTH, '0')}`;
}

/** cyrb53: a fast, well-mixed 53-bit string hash (not for security). */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
