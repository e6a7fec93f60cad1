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
  /** When the range drawn leaves out part of the plan: its first and last day and the entries that lie wholly outside it. */
  shown: ({ start: IsoDate | undefined; end: IsoDate | undefined } & EntryCounts) | undefined;
}

/**
 * The plan's own span and counts, and, when the range drawn (`start`, `end`; either may be open)
 * is narrower than the plan, which of its entries lie outside that range. Counts every item,
 * dropped ones too, as the plan lists them.
 */
export function summaryFacts(plan: Plan, { start, end }: { start: IsoDate | undefined; end: IsoDate | undefined }): PlanSummaryFacts {
  // ISO dates compare as text: '' lies before every date, '9' after.
  const from = start ?? '';
  const to = end ?? '9';
  let first = '9';
  let last = '';
  const counts: EntryCounts = { formats: 0, practice: 0, reviews: 0 };
  const outside: EntryCounts = { formats: 0, practice: 0, reviews: 0 };
  const add = (kind: keyof EntryCounts, entryStart: IsoDate, entryEnd: IsoDate) => {
    counts[kind] += 1;
    if (entryEnd < from || entryStart > to) outside[kind] += 1;
    if (entryStart < first) first = entryStart;
    if (entryEnd > last) last = entryEnd;
  };
  for (const item of plan.items) add(item.kind === 'practice' ? 'practice' : 'formats', item.start, item.end);
  for (const review of plan.reviews) add('reviews', review.date, review.date);
  if (last === '') return { ...counts, first: undefined, last: undefined, shown: undefined };
  return { ...counts, first, last, shown: from > first || to < last ? { start, end, ...outside } : undefined };
}
