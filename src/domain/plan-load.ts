import { addDays, daysBetween, maxDate, minDate, monthsOfRange } from './dates.js';
import type { IsoDate, PlanItem } from './types.js';

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
