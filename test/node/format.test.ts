import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Lang } from '../../src/domain/types.ts';
import { formatIsoDate, formatterFor } from '../../src/internal/format.ts';
import { plainNumber } from '../../src/internal/plain-number.ts';
import { DATE_STYLES, intlDate, intlList, intlMonth, MONTH_STYLES, SAMPLE_LISTS, sampleDates } from '../fixtures/intl-reference.ts';

describe('formatterFor (the one formatting module)', () => {
  const de = formatterFor('de');
  const en = formatterFor('en');

  it('writes dates the same way in every style and never shifts the day', () => {
    assert.equal(de.date('2026-03-15'), '15. März 2026');
    assert.equal(de.date('2026-03-15', 'medium'), '15.03.2026');
    assert.equal(en.date('2026-03-15'), '15 March 2026');
    assert.equal(en.date('2026-03-15', 'medium'), '15 Mar 2026');
    assert.equal(en.date('2026-01-01', 'short'), '01/01/26');
    assert.equal(de.date('1900-01-01', 'medium'), '01.01.1900');
  });

  it('returns what is not a date unchanged, and formatIsoDate says undefined', () => {
    assert.equal(de.date('morgen'), 'morgen');
    assert.equal(formatIsoDate('2026-02-30', 'de'), undefined);
  });

  it('writes months in words, not as ISO months', () => {
    assert.equal(de.month('2025-11'), 'November 2025');
    assert.equal(en.month('2025-11-20'), 'November 2025');
    assert.equal(de.month('2025-13'), '2025-13');
    // Months in the years of dates (1900 to 2999); others are returned as given, as dates are.
    assert.equal(en.month('0099-05'), '0099-05');
    assert.equal(de.month('3000-01'), '3000-01');
    assert.equal(de.month('1900-01', 'medium'), 'Jan. 1900');
  });

  it('writes a moment in local time to the minute', () => {
    const at = new Date(2026, 11, 7, 9, 5, 59);
    assert.equal(de.dateTime(at), '7. Dezember 2026, 09:05 Uhr');
    assert.equal(en.dateTime(at), '7 December 2026, 09:05');
  });

  it('writes numbers, signs, hours, shares, money and lists by language', () => {
    assert.equal(de.number(1234.56), '1.234,6');
    assert.equal(en.number(1234.56), '1,234.6');
    assert.equal(de.number(2.345, 2), '2,35');
    assert.equal(de.signed(2), '+2');
    assert.equal(de.signed(-1.5), '−1,5');
    assert.equal(en.signed(0), '0');
    assert.equal(de.hours(12.5), '12,5 h');
    assert.equal(de.percent(0.754).replace(/\s/g, ' '), '75 %');
    assert.equal(en.percent(0.754), '75%');
    assert.equal(de.euros(2000).replace(/\s/g, ' '), '2.000 €');
    assert.equal(de.list(['a', 'b', 'c']), 'a, b und c');
    assert.equal(en.list(['a', 'b'], 'or'), 'a or b');
  });

  it('compares and lowers names by the language', () => {
    assert.ok(de.compare('Amt 2', 'amt 10') < 0);
    assert.equal(de.compare('Ärger', 'ärger'), 0);
    assert.equal(de.lower('STRAßE'), 'straße');
  });

  it('is made once per language', () => {
    assert.equal(formatterFor('de'), de);
  });

  it('takes a regional or unknown language from a Node caller: en-US is English, fr German', () => {
    assert.equal(formatterFor('en-US' as Lang), en);
    assert.equal(formatterFor('de-AT' as Lang), de);
    assert.equal(formatterFor('fr' as Lang), de);
    assert.equal(formatterFor('en-US' as Lang).month('2026-09', 'medium'), 'Sept 2026');
    assert.equal(formatterFor('fr' as Lang).list(['a', 'b']), 'a und b');
  });
});

describe('dates, months and lists without Intl (plainDate, plainList)', () => {
  const de = formatterFor('de');
  const en = formatterFor('en');

  it('writes every date and month as Intl does, in both languages and every style', () => {
    for (const lang of ['de', 'en'] as const) {
      const f = formatterFor(lang);
      for (const iso of sampleDates()) {
        for (const style of DATE_STYLES) assert.equal(f.date(iso, style), intlDate(iso, lang, style), `${lang} ${iso} ${style}`);
        for (const style of MONTH_STYLES) assert.equal(f.month(iso.slice(0, 7), style), intlMonth(iso.slice(0, 7), lang, style), `${lang} ${iso} month ${style}`);
      }
    }
  });

  it('writes the tables’ own words, whatever Intl the runtime has', () => {
    assert.equal(de.date('1999-12-31', 'short'), '31.12.99');
    assert.equal(en.date('1999-12-31', 'short'), '31/12/99');
    assert.equal(en.date('2026-09-01', 'medium'), '1 Sept 2026');
    assert.equal(de.month('2026-09', 'medium'), 'Sept. 2026');
    assert.equal(de.month('2026-03', 'short'), 'Mär');
    assert.equal(de.month('2026-03', 'medium'), 'März 2026');
    assert.equal(en.month('2026-03', 'narrow'), 'M');
    assert.equal(en.list(['a', 'b', 'c']), 'a, b and c');
    assert.equal(de.list(['a', 'b', 'c'], 'or'), 'a, b oder c');
  });

  it('writes lists as Intl.ListFormat does', () => {
    for (const lang of ['de', 'en'] as const) {
      for (const items of SAMPLE_LISTS) for (const type of ['and', 'or'] as const) assert.equal(formatterFor(lang).list(items, type), intlList(items, lang, type));
    }
  });
});

describe('numbers and shares without Intl (plainNumber)', () => {
  const intl = (lang: 'de' | 'en', options: Intl.NumberFormatOptions) => new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', options);
  const values = fc.oneof(
    fc.integer({ min: -2_000_000, max: 2_000_000 }),
    fc.double({ min: -100_000, max: 100_000, noNaN: true }),
    fc.double({ min: -2, max: 2, noNaN: true }),
    fc.integer({ min: -99_999, max: 99_999 }).map((n) => n / 1000),
    fc.constantFrom(0, -0, 0.05, 0.15, 0.25, 1.005, 2.345, 9.95, 99.95, 999.95, 999_999.5, 1e-6, 1e-7, 1e21, 1.5e300, -1e-7, Infinity, -Infinity, NaN),
  );

  it('writes every number as Intl.NumberFormat does, in both languages and up to 3 decimals', () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 0, max: 3 }), fc.constantFrom<'de' | 'en'>('de', 'en'), (value, digits, lang) => {
        assert.equal(formatterFor(lang).number(value, digits), intl(lang, { maximumFractionDigits: digits }).format(value));
      }),
      { numRuns: 5000 },
    );
  });

  it('writes every share as Intl.NumberFormat writes a percentage', () => {
    fc.assert(
      fc.property(values, fc.constantFrom<'de' | 'en'>('de', 'en'), (share, lang) => {
        assert.equal(formatterFor(lang).percent(share), intl(lang, { style: 'percent', maximumFractionDigits: 0 }).format(share));
      }),
      { numRuns: 5000 },
    );
  });

  it('leaves to Intl what has no plain decimal form', () => {
    assert.equal(plainNumber(1e21, 'de', 1), undefined);
    assert.equal(plainNumber(1e-7, 'en', 1), undefined);
    assert.equal(plainNumber(Number.NaN, 'de', 1), undefined);
    assert.equal(plainNumber(999.96, 'de', 1), '1.000');
    assert.equal(plainNumber(0.145, 'en', 0, 2), '15');
  });
});
