import { expect } from '@open-wc/testing';
import { bandsIn, drawnRange, leavesRange } from '../../../src/components/lernplan-timeline/model/chart-window.js';
import { laneBy, layoutTimeline, type LayoutInput } from '../../../src/components/lernplan-timeline/model/layout.js';
import { fitText, wrapText } from '../../../src/components/lernplan-timeline/model/text-fit.js';
import { movePlanItem } from '../../../src/domain/plan-edits.js';
import { DEFAULT_FORMATS } from '../../../src/domain/formats.js';
import type { KrPlanChangeDetail } from '../../../src/components/lernplan-timeline/lernplan-timeline.js';
import { all, chartItemIds, GOALS, one, samplePlan, sampleTimeline, TODAY } from './util.js';

/** Seven px per character: easy to count. */
const widthOf = (text: string) => text.length * 7;

describe('lernplan-timeline: what a change draws again', () => {
  it('lays out again only the item that moved: the other bars, marks, rows and months keep their objects', () => {
    const plan = samplePlan();
    const input = (value = plan): LayoutInput => ({ plan: value, goals: GOALS, load: [], capacity: 8, today: TODAY, zoom: 'plan', viewport: 700, laneOf: laneBy('competency', DEFAULT_FORMATS) });
    const before = layoutTimeline(input());
    const after = layoutTimeline(input(movePlanItem(plan, 'i4', 7)), before);
    const same = after.bars.filter((bar) => before.bars.includes(bar)).map((bar) => bar.item.id);
    expect(same.sort()).to.deep.equal(['i1', 'i2', 'i3']);
    const moved = (layout: typeof before) => layout.bars.find((bar) => bar.item.id === 'i4')!;
    expect(moved(after).x).to.be.greaterThan(moved(before).x);
    expect(after.reviews).to.equal(before.reviews);
    expect(after.goals).to.equal(before.goals);
    expect(after.lanes).to.equal(before.lanes);
    expect(after.months).to.equal(before.months);
  });

  it('changes only the moved bar in the document when an item moves by keyboard', async () => {
    const { el } = await sampleTimeline({ editable: true });
    const entry = one<SVGGElement>(el, '[data-key="item:i4"]');
    entry.focus();
    await el.updateComplete;
    const touched = new Set<string>();
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const target = record.target instanceof Element ? record.target : record.target.parentElement;
        const bar = target?.closest('.bars [data-key]');
        if (bar) touched.add(bar.getAttribute('data-key')!);
      }
    });
    observer.observe(one(el, '.bars'), { subtree: true, attributes: true, childList: true, characterData: true });
    entry.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    observer.disconnect();
    expect([...touched]).to.deep.equal(['item:i4']);
  });
  it('keeps the focused bar in place when it moves before another, and the bars in the order of their dates', async () => {
    const { el } = await sampleTimeline({ editable: true });
    expect(chartItemIds(el)).to.deep.equal(['i1', 'i3', 'i2', 'i4']);
    const entry = one<SVGGElement>(el, '[data-key="item:i2"]');
    entry.focus();
    await el.updateComplete;
    let left = 0;
    entry.addEventListener('focusout', () => (left += 1));
    for (let step = 0; step < 2; step += 1) {
      entry.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, composed: true, cancelable: true }));
      await el.updateComplete;
    }
    expect(chartItemIds(el), 'i2 now starts with i1 and ends before i3').to.deep.equal(['i1', 'i2', 'i3', 'i4']);
    expect(one(el, '[data-key="item:i2"]'), 'the same node').to.equal(entry);
    expect(el.shadowRoot!.activeElement).to.equal(entry);
    expect(left, 'focus never left the bar').to.equal(0);
  });
});

describe('lernplan-timeline: the ends of a bar', () => {
  it('draws resize handles only on the bar in use, and resizes any bar by its end', async () => {
    const { el } = await sampleTimeline({ editable: true, width: 1000 });
    const seen: KrPlanChangeDetail[] = [];
    el.addEventListener('kr-plan-change', (event) => seen.push(event.detail));
    expect(all(el, '.handle').map((handle) => handle.closest('[data-key]')!.getAttribute('data-key'))).to.deep.equal(['item:i1', 'item:i1']);
    const fill = one(el, '[data-key="item:i3"] .bar-fill');
    const pxPerDay = Number(fill.getAttribute('width')) / 112;
    const box = fill.getBoundingClientRect();
    const fire = (target: Element, type: string, clientX: number) =>
      target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerId: 3, button: 0, clientX, clientY: box.top + box.height / 2 }));
    const scroller = one(el, '.scroller');
    fire(fill, 'pointerdown', box.right - 2);
    fire(scroller, 'pointermove', box.right - 2 - 7 * pxPerDay);
    fire(scroller, 'pointerup', box.right - 2 - 7 * pxPerDay);
    await el.updateComplete;
    expect(seen.map((detail) => detail.change)).to.deep.equal([{ type: 'resize-item', itemId: 'i3', days: -7, edge: 'end' }]);
  });
});

describe('lernplan-timeline: fitting labels', () => {
  it('cuts after whole words with "…", else the first letters, or nothing where only words may show', () => {
    expect(fitText('Kollegialer Austausch', 200, widthOf)).to.equal('Kollegialer Austausch');
    expect(fitText('Kollegialer Austausch', 120, widthOf)).to.equal('Kollegialer…');
    expect(fitText('Personalentwicklung', 70, widthOf)).to.equal('Personale…');
    expect(fitText('Personalentwicklung', 70, widthOf, true)).to.equal('');
    expect(fitText('Review-Gespräche', 70, widthOf), 'after a hyphen is between words').to.equal('Review-…');
    expect(fitText('Abc', 14, widthOf)).to.equal('');
  });

  it('measures each stretch of a label once, and no further than the first word that does not fit', () => {
    let measured = '';
    const counting = (text: string) => {
      measured += text;
      return widthOf(text);
    };
    const long = 'Kollegialer Austausch zu Datenschutz und Informationssicherheit in der Verwaltung';
    expect(fitText(long, 60, counting, true)).to.equal('');
    expect(measured, 'a bar narrower than the first word').to.equal('Kollegialer');
    measured = '';
    expect(fitText(long, 230, counting)).to.equal('Kollegialer Austausch zu…');
    expect(measured.replace('…', '')).to.equal('Kollegialer Austausch zu Datenschutz');
  });

  it('wraps between words and after hyphens only, and cuts what does not fit the last line', () => {
    expect(wrapText('Umgang mit digitalen Medien', 100, 2, widthOf)).to.deep.equal(['Umgang mit', 'digitalen…']);
    expect(wrapText('Review-Gespräche', 70, 2, widthOf)).to.deep.equal(['Review-', 'Gespräche']);
    expect(wrapText('Kurz', 100, 2, widthOf)).to.deep.equal(['Kurz']);
    expect(wrapText('Personalentwicklungskompetenz', 100, 3, widthOf)).to.deep.equal(['Personalentwi…']);
  });
});

describe('lernplan-timeline: the drawn part of a long time line', () => {
  it('draws the view and a margin, and again only when the view nears its edge', () => {
    expect(drawnRange(0, 700, 500)).to.deep.equal({ from: 0, to: 500 });
    const drawn = drawnRange(50_000, 700, 100_000);
    expect(drawn).to.deep.equal({ from: 49_300, to: 51_400 });
    expect(leavesRange(drawn, 50_100, 700, 100_000)).to.equal(false);
    expect(leavesRange(drawn, 50_500, 700, 100_000)).to.equal(true);
    expect(leavesRange(drawnRange(0, 700, 500), 0, 700, 500), 'all of it is drawn').to.equal(false);
  });

  it('finds the months in a range by halving', () => {
    const months = Array.from({ length: 13_200 }, (_, i) => ({ x: i * 6, width: 6 }));
    const shown = bandsIn(months, { from: 600, to: 1200 });
    expect(shown[0].x).to.equal(600);
    expect(shown[shown.length - 1].x).to.equal(1194);
    expect(bandsIn(months, { from: 0, to: 13_200 * 6 })).to.equal(months);
  });
});

describe('lernplan-timeline: findings after a change', () => {
  it('keeps each finding that says the same as before a move (the same object, worded once), and only those', async () => {
    const { el } = await sampleTimeline({ editable: true });
    const entry = one<SVGGElement>(el, '[data-key="item:i1"]');
    entry.focus();
    const text = (finding: unknown) => JSON.stringify(finding);
    let mixed = 0;
    for (let step = 0; step < 10; step += 1) {
      const before = el.findings;
      entry.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true, cancelable: true }));
      await el.updateComplete;
      const after = el.findings;
      const unchanged = after.filter((finding) => before.some((old) => text(old) === text(finding)));
      for (const finding of unchanged) expect(before, `step ${step}: ${text(finding)}`).to.include(finding);
      for (const finding of after.filter((one) => !unchanged.includes(one))) expect(before).not.to.include(finding);
      if (unchanged.length === after.length && after.length === before.length) expect(after, 'nothing changed: the same list').to.equal(before);
      if (unchanged.length > 0 && unchanged.length < after.length) mixed += 1;
    }
    expect(mixed, 'moves that changed some findings and kept others').to.be.greaterThan(2);
  });
});
