import { isIsoDate, toTime } from '../../domain/dates.js';
import type { Lang } from '../../domain/types.js';

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();

/**
 * An ISO date in the language's long form ("15. März 2026", "March 15, 2026"). The date is read
 * and written in UTC, so the calendar day never shifts with the time zone. Not a date → `undefined`.
 */
export function formatIsoDate(date: string, lang: Lang): string | undefined {
  if (!isIsoDate(date)) return undefined;
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(lang, format);
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
