import { expect } from '@open-wc/testing';
import { formatterFor } from '../../../src/internal/format.js';
import { DATE_STYLES, intlDate, intlList, intlMonth, MONTH_STYLES, SAMPLE_LISTS, sampleDates } from '../../fixtures/intl-reference.js';

/** The Node test compares the formatter's dates with Node's Intl; this one with the browser's. */
describe('dates, months and lists without Intl, against the browser’s Intl', () => {
  for (const lang of ['de', 'en'] as const) {
    it(`${lang}: every day of four years in every style, and lists`, () => {
      const f = formatterFor(lang);
      for (const iso of sampleDates()) {
        for (const style of DATE_STYLES) expect(f.date(iso, style), `${iso} ${style}`).to.equal(intlDate(iso, lang, style));
        for (const style of MONTH_STYLES) expect(f.month(iso, style), `${iso} month ${style}`).to.equal(intlMonth(iso, lang, style));
      }
      for (const items of SAMPLE_LISTS) for (const type of ['and', 'or'] as const) expect(f.list(items, type)).to.equal(intlList(items, lang, type));
    });
  }
});
