import { MAX_YEAR, MIN_YEAR } from './dates.js';
import { dayNumber, fromDayNumber, monthIndex, monthOfDay, monthStartDay } from './day-numbers.js';
import { itemMonthlyHours } from './plan-load.js';
import type { IsoDate, PlanItem } from './types.js';

/** Lengths tried, as multiples of the typical length, before the length that surely fits into a free month. */
const STRETCH_FACTORS = [1, 1.25, 1.5, 2, 3, 4, 6, 8];

const MONTHS = (MAX_YEAR + 1 - MIN_YEAR) * 12 + 1;
const BLOCK = 32;

/**
 * The hours planned so far in each month (indexed by `monthIndex`, from `MIN_YEAR` to the month
 * after `MAX_YEAR`), and the least and most of every block of 32 months, so that a search can
 * pass over a block none of whose months matters to it.
 */
export class MonthLoad {
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
 * already planned always exists; `undefined` when even that would end after `latestEnd`.
 */
export function findSlot(load: MonthLoad, capacity: number, earliest: IsoDate, days: number, hours: number, latestEnd: IsoDate): { start: IsoDate; end: IsoDate } | undefined {
  const fitsAlone = hours <= capacity ? days : Math.max(days, Math.ceil((hours * 31) / capacity));
  const lengths = [...new Set([...STRETCH_FACTORS.map((f) => Math.ceil(days * f)).filter((d) => d < fitsAlone), fitsAlone])];
  let best: { start: number; end: number } | undefined;
  // Longest first: it finds a slot soonest and so bounds the search for the shorter ones.
  for (const length of lengths.reverse()) {
    const lastEnd = best ? best.end - 1 : dayNumber(latestEnd);
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
