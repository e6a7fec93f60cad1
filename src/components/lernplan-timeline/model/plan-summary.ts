import type { IsoDate, Plan } from '../../../domain/types.js';

/** Entries of a plan by kind: format items, practice phases and reviews. */
export interface EntryCounts {
  formats: number;
  practice: number;
  reviews: number;
}

/** What the sentence that stands in for the chart says about the plan, in dates (`YYYY-MM-DD`) and counts. */
export interface PlanSummaryFacts extends EntryCounts {
  /** The plan's first day (the earliest start of an item or date of a review); `undefined` without entries. */
  first: IsoDate | undefined;
  /** The plan's last day (the latest end of an item or date of a review). */
  last: IsoDate | undefined;
  /**
   * When `start` or `end` leave out part of the plan: the days given (not widened to months) and
   * the entries that lie wholly outside them.
   */
  shown: ({ start: IsoDate | undefined; end: IsoDate | undefined } & EntryCounts) | undefined;
}

/**
 * The plan's own span and counts, and, when the range given by `start` and `end` is narrower
 * than the plan, which of its entries lie outside that range. Counts every item, dropped ones too,
 * as the plan lists them.
 */
export function summaryFacts(plan: Plan, range: { start: IsoDate | undefined; end: IsoDate | undefined }): PlanSummaryFacts {
  const { start, end } = range;
  let first: IsoDate | undefined;
  let last: IsoDate | undefined;
  const counts: EntryCounts = { formats: 0, practice: 0, reviews: plan.reviews.length };
  const outside: EntryCounts = { formats: 0, practice: 0, reviews: 0 };
  const out = (from: IsoDate, to: IsoDate) => (start !== undefined && to < start) || (end !== undefined && from > end);
  for (const item of plan.items) {
    const kind = item.kind === 'practice' ? 'practice' : 'formats';
    counts[kind] += 1;
    if (out(item.start, item.end)) outside[kind] += 1;
    if (first === undefined || item.start < first) first = item.start;
    if (last === undefined || item.end > last) last = item.end;
  }
  for (const review of plan.reviews) {
    if (out(review.date, review.date)) outside.reviews += 1;
    if (first === undefined || review.date < first) first = review.date;
    if (last === undefined || review.date > last) last = review.date;
  }
  const narrowed = first !== undefined && last !== undefined && ((start !== undefined && start > first) || (end !== undefined && end < last));
  return { ...counts, first, last, shown: narrowed ? { start, end, ...outside } : undefined };
}
