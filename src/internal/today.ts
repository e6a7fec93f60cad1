import type { IsoDate } from '../domain/types.js';

/**
 * Today as the local calendar date (the domain's `toIsoDate` gives the UTC date: late in the
 * evening it would already say tomorrow). Every element judges "due" and "past" by this day
 * unless a provider or a `today` attribute says otherwise.
 */
export function localToday(now: Date = new Date()): IsoDate {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
