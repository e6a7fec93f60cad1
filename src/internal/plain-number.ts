import type { Lang } from '../domain/types.js';

/** The separators of the two locales (de-DE, en-GB): grouping of thousands, decimal mark. */
const SEPARATORS: Readonly<Record<Lang, { group: string; decimal: string }>> = {
  de: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

const PLAIN = /^(\d+)(?:\.(\d+))?$/;

/**
 * `value × 10^shift` written as `Intl.NumberFormat(locale, { maximumFractionDigits: digits })`
 * writes it, without Intl: whose first use in a new page loads its locale data (35–70 ms measured
 * in Chromium), which a first render should not wait for. Rounds as ICU does, half away from zero
 * on the shortest decimal form of the number; `undefined` where that form has an exponent (below
 * 1e-6, from 1e21) or the value is not finite, for Intl to write.
 */
export function plainNumber(value: number, lang: Lang, digits: number, shift = 0): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  const match = PLAIN.exec(String(Math.abs(value)));
  if (!match) return undefined;
  const [, whole, fraction = ''] = match;
  // The digits with the decimal point `point` places from the left, moved `shift` places to the right.
  let all = whole + fraction.padEnd(shift, '0');
  const point = whole.length + shift;
  let kept = all.length - point;
  if (kept > digits) {
    const up = all.charCodeAt(point + digits) >= 53; /* '5' */
    all = all.slice(0, point + digits);
    kept = digits;
    if (up) all = increment(all);
  }
  const integer = all.slice(0, all.length - kept).replace(/^0+(?=\d)/, '') || '0';
  const decimals = all.slice(all.length - kept).replace(/0+$/, '');
  const { group, decimal } = SEPARATORS[lang];
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return `${sign}${integer.replace(/\B(?=(\d{3})+$)/g, group)}${decimals ? decimal + decimals : ''}`;
}

/** A string of decimal digits plus one (`"199"` → `"200"`, `"99"` → `"100"`). */
function increment(digits: string): string {
  let at = digits.length - 1;
  while (at >= 0 && digits[at] === '9') at -= 1;
  if (at < 0) return `1${'0'.repeat(digits.length)}`;
  return `${digits.slice(0, at)}${String.fromCharCode(digits.charCodeAt(at) + 1)}${'0'.repeat(digits.length - at - 1)}`;
}
