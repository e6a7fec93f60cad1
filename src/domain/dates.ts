import type { IsoDate } from './types.js';

/*
 * Date arithmetic on dates already checked (`isIsoDate`, or data a validator passed): the rules
 * run these thousands of times, so they do not check their input again. For `2026-02-30` or
 * `"x"` they give a wrong date or `NaN`.
 */

/**
 * The years a date may have. Plans and reviews add months and years to dates; a narrower range
 * keeps every such sum a four-digit year (and 1900+ avoids Date.UTC's two-digit-year rule).
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;
const DAY_MS = 86_400_000;

/** True when `value` is a real calendar date written as `YYYY-MM-DD` (so `2025-02-30` is not). */
export function isIsoDate(value: unknown): value is IsoDate {
  // Read digit by digit: documents hold tens of thousands of dates, and a regular expression
  // with a `Date` per check was the largest single cost of validating them.
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

const DASH = 0x2d;
const ZERO = 0x30;

/** The number written by `count` ASCII digits from `start`; -1 when one of them is not a digit. */
function digits(text: string, start: number, count: number): number {
  let number = 0;
  for (let at = start; at < start + count; at += 1) {
    const digit = text.charCodeAt(at) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Milliseconds since the epoch of the date at 00:00 UTC. */
export function toTime(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

export function fromTime(time: number): IsoDate {
  return new Date(time).toISOString().slice(0, 10);
}

/** The calendar date of a `Date` in UTC. */
export function toIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromTime(toTime(date) + days * DAY_MS);
}

/** The date itself from Monday to Friday; a Saturday or Sunday moves to the Monday after. */
export function nextWorkday(date: IsoDate): IsoDate {
  const weekday = new Date(toTime(date)).getUTCDay();
  return weekday === 6 ? addDays(date, 2) : weekday === 0 ? addDays(date, 1) : date;
}

/** Adds calendar months; the day is clamped to the end of a shorter month (Jan 31 + 1 → Feb 28/29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const first = new Date(Date.UTC(y, m, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return toIsoDate(first);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toTime(b) - toTime(a)) / DAY_MS);
}

/** Whole calendar months from `a` to `b`, counting a month only when its day is reached. */
export function monthsBetween(a: IsoDate, b: IsoDate): number {
  const months = (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
  return Number(b.slice(8, 10)) >= Number(a.slice(8, 10)) ? months : months - 1;
}

/** `YYYY-MM` of a date. */
export function monthKey(date: IsoDate): string {
  return date.slice(0, 7);
}

/** The `YYYY-MM` keys of every month that `start`..`end` (inclusive) touches, in order. */
export function monthsOfRange(start: IsoDate, end: IsoDate): string[] {
  const keys: string[] = [];
  let cursor = `${monthKey(start)}-01`;
  const last = monthKey(end);
  while (monthKey(cursor) <= last) {
    keys.push(monthKey(cursor));
    cursor = addMonths(cursor, 1);
  }
  return keys;
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}
