import { expect } from '@open-wc/testing';
import { formatterFor } from '../../../src/internal/format.js';

/** The Node test compares `plainNumber` with Node's Intl over random numbers; this one with the browser's. */
describe('numbers and shares without Intl, against the browser’s Intl', () => {
  const tricky = [0, -0, 1, -1, 0.05, 0.15, 0.25, 0.145, 1.005, 2.345, 9.95, 99.95, 999.95, 999.96, 1234.5, -1234.56, 10_000, 999_999.5, 1e-6, 0.3333333, 2 / 3, -0.04];
  for (const lang of ['de', 'en'] as const) {
    const locale = lang === 'de' ? 'de-DE' : 'en-GB';
    it(`${lang}: numbers with 0 to 3 decimals and shares`, () => {
      const f = formatterFor(lang);
      for (const value of tricky) {
        for (const digits of [0, 1, 2, 3]) expect(f.number(value, digits), `${value}, ${digits}`).to.equal(new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value));
        expect(f.percent(value), `${value} as a share`).to.equal(new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value));
      }
    });
  }
});
