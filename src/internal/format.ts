import { isIsoDate } from '../domain/dates.js';
import type { Lang } from '../domain/types.js';
import { langOrDefault } from './lang.js';
import { plainDate, plainMonth } from './plain-date.js';
import { plainList } from './plain-list.js';
import { plainNumber } from './plain-number.js';

/**
 * The one place that writes dates, months, numbers, hours and lists for people, in German
 * (de-DE) or British English (en-GB). Every element and every message module formats through
 * `formatterFor(lang)`; no other module in `src/` calls `Intl`.
 *
 * Dates are written from the parts of their ISO text, so a calendar day never shifts with the time zone.
 */
export const LOCALES: Readonly<Record<Lang, string>> = Object.freeze({ de: 'de-DE', en: 'en-GB' });

/** `long` 15. März 2026 / 15 March 2026 · `medium` 15.03.2026 / 15 Mar 2026 · `short` 15.03.26 / 15/03/26. */
export type DateStyle = 'long' | 'medium' | 'short';
/** `long` März 2026 / March 2026 · `medium` abbreviated: Jan. 2026 / Jan 2026 · `short` Jan / Jan · `narrow` J. */
export type MonthStyle = 'long' | 'medium' | 'short' | 'narrow';

export interface Formatter {
  readonly lang: Lang;
  /** An ISO date (`2026-03-15`), in the years 1900 to 2999; anything else is returned as given. */
  date(iso: string, style?: DateStyle): string;
  /** An ISO month (`2026-03`) or date, in the years 1900 to 2999; anything else is returned as given. */
  month(iso: string, style?: MonthStyle): string;
  /** A moment in the page's time zone, to the minute: 7. Dezember 2026, 14:05 Uhr / 7 December 2026, 14:05. */
  dateTime(at: Date): string;
  /** At most `maxDigits` decimals (default 1): 1.234,5 / 1,234.5. */
  number(value: number, maxDigits?: number): string;
  /** With a sign and a real minus: +2 / −1,5 / 0. */
  signed(value: number): string;
  /** An amount of hours: 12,5 h / 12.5 h. */
  hours(value: number): string;
  /** A share 0..1 as a whole percentage: 75 %. */
  percent(share: number): string;
  /** A money amount in euros without cents: 2.000 € / €2,000. */
  euros(value: number): string;
  /** `a, b und c` / `a, b and c` (`or`: … oder / … or). */
  list(items: readonly string[], type?: 'and' | 'or'): string;
  /** Compares names the way people sort them (case-insensitive, numbers by value). */
  compare(a: string, b: string): number;
  /** Lower case for matching names and words, by the language's rules. */
  lower(text: string): string;
}

/** An ISO month (`2026-03`) in the years of `isIsoDate`. */
const isIsoMonth = (iso: string) => iso.length === 7 && isIsoDate(`${iso}-01`);

function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

function createFormatter(lang: Lang): Formatter {
  const locale = LOCALES[lang];
  const numbers = new Map<number, Intl.NumberFormat>();
  const number = (value: number, maxDigits = 1) => {
    const plain = plainNumber(value, lang, maxDigits);
    if (plain !== undefined) return plain;
    let format = numbers.get(maxDigits);
    if (!format) {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: maxDigits });
      numbers.set(maxDigits, format);
    }
    return format.format(value);
  };
  // Each Intl object is made on first use (in a new page the first one loads the locale data);
  // dates, months, lists, numbers and shares, which first renders write, need none (`plainDate`, `plainNumber`).
  const percentSign = lang === 'de' ? '\u00a0%' : '%';
  const percent = once(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));
  const euros = once(() => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }));
  const collator = once(() => new Intl.Collator(locale, { sensitivity: 'base', numeric: true }));
  return Object.freeze({
    lang,
    date: (iso: string, style: DateStyle = 'long') => (isIsoDate(iso) ? plainDate(iso, lang, style) : iso),
    month: (iso: string, style: MonthStyle = 'long') => (isIsoMonth(iso) || isIsoDate(iso) ? plainMonth(iso, lang, style) : iso),
    dateTime: (at: Date) => {
      const two = (value: number) => String(value).padStart(2, '0');
      const day = plainDate(`${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`, lang, 'long');
      return `${day}, ${two(at.getHours())}:${two(at.getMinutes())}${lang === 'de' ? ' Uhr' : ''}`;
    },
    number,
    signed: (value: number) => (value > 0 ? `+${number(value)}` : value < 0 ? `−${number(-value)}` : number(0)),
    hours: (value: number) => `${number(value)} h`,
    percent: (share: number) => {
      const plain = plainNumber(share, lang, 0, 2);
      return plain === undefined ? percent().format(share) : `${plain}${percentSign}`;
    },
    euros: (value: number) => euros().format(value),
    list: (items: readonly string[], type: 'and' | 'or' = 'and') => plainList(items, lang, type),
    compare: (a: string, b: string) => collator().compare(a, b),
    lower: (text: string) => text.toLocaleLowerCase(locale),
  });
}

const formatters = new Map<Lang, Formatter>();

/** The formatter for a language (`en-US` → English; a language not spoken → German); made once per language and shared. */
export function formatterFor(lang: Lang): Formatter {
  const spoken = lang === 'de' || lang === 'en' ? lang : langOrDefault(lang);
  let formatter = formatters.get(spoken);
  if (!formatter) {
    formatter = createFormatter(spoken);
    formatters.set(spoken, formatter);
  }
  return formatter;
}

/** An ISO date in the language's form (see `Formatter.date`); not a date → `undefined`. */
export function formatIsoDate(date: string, lang: Lang, style: DateStyle = 'long'): string | undefined {
  return isIsoDate(date) ? formatterFor(lang).date(date, style) : undefined;
}

/** A number in the language's form, at most one decimal ("12,5" / "12.5"). */
export function formatNumber(value: number, lang: Lang): string {
  return formatterFor(lang).number(value);
}
