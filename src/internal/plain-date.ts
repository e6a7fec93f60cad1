import type { Lang } from '../domain/types.js';

/**
 * Dates and months written as `Intl.DateTimeFormat` writes them for de-DE and en-GB, without
 * Intl: in a new page the first Intl object loads the locale data (45–55 ms measured in
 * Chromium, the first date format most of it), which a first render with dates (the plan's
 * bars, a person's history) should not wait for. The dates and months are ones the caller has
 * checked (`isIsoDate`: the years 1900 to 2999); the styles are `Formatter`'s.
 */

const LONG: Readonly<Record<Lang, readonly string[]>> = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
/** Abbreviated beside a day or a year (German keeps a dot where letters are left out). */
const ABBREVIATED: Readonly<Record<Lang, readonly string[]>> = {
  de: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
};
/** Abbreviated on its own (a time axis). */
const ALONE: Readonly<Record<Lang, readonly string[]>> = {
  de: ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'],
  en: ABBREVIATED.en,
};
const NARROW = 'JFMAMJJASOND';

interface Parts {
  /** As written in full (`2026`). */
  year: string;
  /** 0 for January. */
  month: number;
  day: number;
}

/** Year, month and day of an ISO date or month (`2026-03-15`, `2026-03`). */
function partsOf(iso: string): Parts {
  return { year: String(Number(iso.slice(0, 4))), month: Number(iso.slice(5, 7)) - 1, day: Number(iso.slice(8, 10) || '1') };
}

const two = (value: number) => String(value).padStart(2, '0');

/** `long` 15. März 2026 / 15 March 2026 · `medium` 15.03.2026 / 15 Mar 2026 · `short` 15.03.26 / 15/03/26. */
export function plainDate(iso: string, lang: Lang, style: 'long' | 'medium' | 'short'): string {
  const { year, month, day } = partsOf(iso);
  if (style === 'long') return lang === 'de' ? `${day}. ${LONG.de[month]} ${year}` : `${day} ${LONG.en[month]} ${year}`;
  if (style === 'medium') return lang === 'de' ? `${two(day)}.${two(month + 1)}.${year}` : `${day} ${ABBREVIATED.en[month]} ${year}`;
  const separator = lang === 'de' ? '.' : '/';
  return [two(day), two(month + 1), two(Number(year) % 100)].join(separator);
}

/** `long` März 2026 · `medium` Jan. 2026 (Jan 2026) · `short` Jan · `narrow` J, of an ISO month or date. */
export function plainMonth(iso: string, lang: Lang, style: 'long' | 'medium' | 'short' | 'narrow'): string {
  const { year, month } = partsOf(iso);
  if (style === 'long') return `${LONG[lang][month]} ${year}`;
  if (style === 'medium') return `${ABBREVIATED[lang][month]} ${year}`;
  return style === 'short' ? ALONE[lang][month] : NARROW[month];
}
