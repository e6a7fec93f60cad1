import { addDays, daysBetween, maxDate, minDate, monthsOfRange } from './dates.js';
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
