// Internal to the domain (not re-exported by index.ts): whole numbers for days and months, for
// calendar arithmetic on many dates without strings (the plan drafter's slot search).
import { MIN_YEAR, toTime, fromTime } from './dates.js';
import type { IsoDate } from './types.js';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (for arithmetic on many dates without strings). */
export function dayNumber(date: IsoDate): number {
  return toTime(date) / DAY_MS;
}

export function fromDayNumber(day: number): IsoDate {
  return fromTime(day * DAY_MS);
}

/** Months since January of `MIN_YEAR`, of a `YYYY-MM` or `YYYY-MM-DD`. */
export function monthIndex(date: string): number {
  return (Number(date.slice(0, 4)) - MIN_YEAR) * 12 + Number(date.slice(5, 7)) - 1;
}

/** The `dayNumber` of the first day of a `monthIndex`. */
export function monthStartDay(month: number): number {
  return Date.UTC(MIN_YEAR, month, 1) / DAY_MS;
}

/** The `monthIndex` of a `dayNumber`. */
export function monthOfDay(day: number): number {
  const date = new Date(day * DAY_MS);
  return (date.getUTCFullYear() - MIN_YEAR) * 12 + date.getUTCMonth();
}

/**
 * The months that `start`..`end` (inclusive) touches, in order, each as its `YYYY-MM` key and the
 * number of the range's days in it: `monthsOfRange` with the days, counted without a `Date` or
 * a date text per month (a plan check spreads every item's hours over its months on each edit).
 * For a range that ends before it starts the counts are not days (in one month, below one).
 */
export function monthSpans(start: IsoDate, end: IsoDate): [month: string, days: number][] {
  const first = monthIndex(start);
  const last = monthIndex(end);
  const spans: [string, number][] = [];
  for (let month = first; month <= last; month += 1) {
    const from = month === first ? dayNumber(start) : monthStartDay(month);
    const to = month === last ? dayNumber(end) : monthStartDay(month + 1) - 1;
    const number = (month % 12) + 1;
    spans.push([`${MIN_YEAR + Math.floor(month / 12)}-${number < 10 ? '0' : ''}${number}`, to - from + 1]);
  }
  return spans;
}
