import { PERSON_LIMITS } from './assessments.js';
import { DEFAULT_CATALOGUE_LEAN, idsForUniqueness, indexCatalogue } from './catalogue.js';
import { addDays, addMonths, isIsoDate } from './dates.js';
import { shortValue, type ValidationIssue } from './errors.js';
import { DEFAULT_FORMATS_LEAN, FORMAT_LIMITS, formatById } from './formats.js';
import type { Catalogue, Format, IsoDate, ItemStatus, PlanItem, PlanStatus } from './types.js';
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
  checkTime,
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
  /**
   * Years that the items and reviews of one plan may span together, from the earliest start or
   * review date: a learning plan runs for months, and a time line draws every month of it.
   */
  maxSpanYears: 10,
});

/** The last day a plan whose earliest item or review is on `first` may reach (`PLAN_LIMITS.maxSpanYears`). */
export function latestPlanDate(first: IsoDate): IsoDate {
  return addDays(addMonths(first, 12 * PLAN_LIMITS.maxSpanYears), -1);
}

const PLAN_KEYS = ['id', 'personId', 'title', 'status', 'history', 'items', 'reviews', 'capacityHoursPerMonth', 'budget', 'outcome'] as const;
const ITEM_KEYS = ['id', 'kind', 'formatId', 'competencyIds', 'start', 'end', 'hours', 'cost', 'provider', 'status', 'goalId', 'practiceOf', 'title'] as const;
const REVIEW_KEYS = ['id', 'date', 'time', 'participants', 'final', 'notes'] as const;
const OUTCOME_KEYS = ['date', 'goals', 'nextStockTaking'] as const;
const GOAL_OUTCOME_KEYS = ['goalId', 'reached', 'smartInPractice', 'notes'] as const;

/**
 * Checks that `value` is a well-formed plan: ids unique, formats and competencies known, every
 * item starting no later than it ends, items and reviews within `PLAN_LIMITS.maxSpanYears`,
 * known status values, a history in date order that ends with the plan's status, practice items
 * pointing at a format item, at most one final review.
 * `formats` defaults to the built-in formats; pass an organisation's own list when it has one.
 */
export function validatePlan(value: unknown, catalogue: Catalogue = DEFAULT_CATALOGUE_LEAN, path = '$', formats: readonly Format[] = DEFAULT_FORMATS_LEAN): ValidationIssue[] {
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
          issues.add(`${at}.date`, 'history-order', { date, previous });
        }
        previous = date;
      }
    });
    const last = value.history[value.history.length - 1];
    if (statusOk && isRecord(last) && last.status !== value.status) {
      issues.add(`${path}.status`, 'history-status', { status: String(value.status), last: shortValue(last.status) });
    }
  }
  const items = checkArray(issues, value.items, `${path}.items`, { max: PLAN_LIMITS.maxItems }) ? value.items : [];
  const itemKinds = new Map<string, unknown>(items.filter(isRecord).map((item) => [String(item.id), item.kind]));
  items.forEach((item, i) => validateItem(issues, item, `${path}.items[${i}]`, index.position, formats, itemKinds));
  checkUniqueIds(issues, idsForUniqueness(items), `${path}.items`);

  const reviews = checkArray(issues, value.reviews, `${path}.reviews`, { max: PLAN_LIMITS.maxReviews }) ? value.reviews : [];
  reviews.forEach((review, i) => validateReview(issues, review, `${path}.reviews[${i}]`));
  checkUniqueIds(issues, idsForUniqueness(reviews), `${path}.reviews`);
  checkSpan(issues, items, reviews, path);
  const finals = reviews.map((review, i) => (isRecord(review) && review.final === true ? i : -1)).filter((i) => i >= 0);
  if (finals.length > 1) {
    issues.add(`${path}.reviews[${finals[1]}].final`, 'several-final-reviews', { count: finals.length });
  }

  checkNumber(issues, value.capacityHoursPerMonth, `${path}.capacityHoursPerMonth`, { optional: true, min: 0, max: PERSON_LIMITS.maxCapacityHoursPerMonth });
  checkNumber(issues, value.budget, `${path}.budget`, { optional: true, min: 0 });
  if (value.outcome !== undefined) issues.list.push(...validateFinalReviewOutcome(value.outcome, `${path}.outcome`));
  return issues.list;
}

/** Reports every item end and review date beyond `latestPlanDate` of the plan's earliest date (dates that are not valid are left to their own issues). */
function checkSpan(issues: Issues, items: readonly unknown[], reviews: readonly unknown[], path: string): void {
  const spans = [
    ...items.map((item) => (isRecord(item) && isIsoDate(item.start) && isIsoDate(item.end) ? [item.start, item.end] : undefined)),
    ...reviews.map((review) => (isRecord(review) && isIsoDate(review.date) ? [review.date, review.date] : undefined)),
  ];
  let earliest: IsoDate | undefined;
  for (const span of spans) if (span && (earliest === undefined || span[0] < earliest)) earliest = span[0];
  if (earliest === undefined) return;
  const latest = latestPlanDate(earliest);
  spans.forEach((span, i) => {
    if (!span || span[1] <= latest) return;
    const at = i < items.length ? `${path}.items[${i}].end` : `${path}.reviews[${i - items.length}].date`;
    issues.add(at, 'plan-span', { start: earliest, end: span[1], maxYears: PLAN_LIMITS.maxSpanYears });
  });
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
    issues.add(`${at}.formatId`, 'unknown-format', { id: item.formatId, known: formats.map((f) => f.id) });
  }
  if (checkArray(issues, item.competencyIds, `${at}.competencyIds`, { max: PLAN_LIMITS.maxCompetenciesPerItem })) {
    const seen = new Set<string>();
    item.competencyIds.forEach((id, i) => {
      const path = `${at}.competencyIds[${i}]`;
      if (!checkSlug(issues, id, path)) return;
      if (seen.has(id)) issues.add(path, 'duplicate-id', { id });
      else if (!competencies.has(id)) issues.add(path, 'unknown-competency', { id });
      seen.add(id);
    });
  }
  const startOk = checkDate(issues, item.start, `${at}.start`);
  const endOk = checkDate(issues, item.end, `${at}.end`);
  if (startOk && endOk && (item.end as string) < (item.start as string)) {
    issues.add(`${at}.end`, 'date-order', { end: String(item.end), start: String(item.start) });
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
      issues.add(`${at}.practiceOf`, 'practice-of', { variant: 'kind' });
    } else if (target === item.id) {
      issues.add(`${at}.practiceOf`, 'practice-of', { variant: 'self' });
    } else if (!itemKinds.has(target)) {
      issues.add(`${at}.practiceOf`, 'unknown-item', { id: target });
    } else if (itemKinds.get(target) !== 'format') {
      issues.add(`${at}.practiceOf`, 'practice-of', { variant: 'not-format', id: target });
    }
  }
}

function validateReview(issues: Issues, review: unknown, at: string): void {
  if (!checkObject(issues, review, at)) return;
  checkKnownKeys(issues, review, at, REVIEW_KEYS);
  checkRecordId(issues, review.id, `${at}.id`);
  checkDate(issues, review.date, `${at}.date`);
  checkTime(issues, review.time, `${at}.time`, true);
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
      issues.add(`${path}.nextStockTaking`, 'date-order', { variant: 'review', date: String(value.nextStockTaking), reviewDate: String(value.date) });
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
        if (seen.has(entry.goalId)) issues.add(`${at}.goalId`, 'duplicate-id', { id: entry.goalId });
        seen.add(entry.goalId);
      }
      checkBoolean(issues, entry.reached, `${at}.reached`);
      checkBoolean(issues, entry.smartInPractice, `${at}.smartInPractice`);
      checkString(issues, entry.notes, `${at}.notes`, { optional: true, max: MAX_TEXT_LENGTH });
    });
  }
  return issues.list;
}

