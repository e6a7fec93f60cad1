import { daysBetween } from './dates.js';
import { monthSpans } from './day-numbers.js';
import type { IsoDate, PlanItem } from './types.js';

type LoadInput = Pick<PlanItem, 'start' | 'end' | 'hours'>;

const remembered = new WeakMap<LoadInput, { start: IsoDate; end: IsoDate; hours: number; load: ReadonlyMap<string, number> }>();

/**
 * `itemMonthlyHours`, remembered per item object while its dates and hours stay the same: a plan
 * check asks for every item three times, and an edit changes one item of many.
 */
export function monthlyHoursOf(item: LoadInput): ReadonlyMap<string, number> {
  const known = remembered.get(item);
  if (known && known.start === item.start && known.end === item.end && known.hours === item.hours) return known.load;
  const load = itemMonthlyHours(item);
  remembered.set(item, { start: item.start, end: item.end, hours: item.hours, load });
  return load;
}

/** The hours an item puts on each month it touches (`YYYY-MM` → hours), spread evenly over its days. */
export function itemMonthlyHours(item: LoadInput): Map<string, number> {
  const days = daysBetween(item.start, item.end) + 1;
  const perDay = days > 0 ? item.hours / days : 0;
  return new Map(monthSpans(item.start, item.end).map(([month, inMonth]) => [month, perDay * inMonth]));
}
