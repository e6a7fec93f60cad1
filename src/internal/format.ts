import { isIsoDate, toTime } from '../domain/dates.js';
import type { Lang } from '../domain/types.js';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();

/**
 * An ISO date in the language's form: `long` "15. März 2026" / "March 15, 2026", `medium`
 * "15.03.2026" / "Mar 15, 2026". The date is read and written in UTC, so the calendar day never
 * shifts with the time zone. Not a date → `undefined`.
 */
export function formatIsoDate(date: string, lang: Lang, style: 'long' | 'medium' = 'long'): string | undefined {
  if (!isIsoDate(date)) return undefined;
  let format = dateFormats.get(`${lang}|${style}`);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: style, timeZone: 'UTC' });
    dateFormats.set(`${lang}|${style}`, format);
  }
  return format.format(new Date(toTime(date)));
}

/** A number in the language's form, at most one decimal ("12,5" / "12.5"). */
export function formatNumber(value: number, lang: Lang): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
    numberFormats.set(lang, format);
  }
  return format.format(value);
}
