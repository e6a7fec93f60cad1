import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { Plan } from '../../../src/domain/types.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { all, GOALS, one, PERSON, TODAY, timelineIn, type LernplanTimeline } from './util.js';

const LONG_TITLE = 'Kollegialer Austausch und Hospitation im Nachbaramt';
const WEEK_TITLE = 'Medienkompetenz kompakt';
/** Lane names: one that needs two lines and more, one that is a single long word. */
const LONG_LANE = 'Umgang mit digitalen Medien, Informationssicherheit und Datenschutz';
const WORD_LANE = 'Personalentwicklungskompetenz';

function plan(): Plan {
  return {
    id: 'plan-labels',
    personId: 'p1',
    status: 'active',
    history: [{ status: 'active', date: '2025-08-01' }],
    items: [
      { id: 'a1', kind: 'format', formatId: 'kollegialer-austausch', competencyIds: ['digitale-medien', 'informationssicherheit'], start: '2025-09-01', end: '2025-10-10', hours: 6, cost: 0, status: 'planned', goalId: 'g1', title: LONG_TITLE },
      // One week, without a goal: a finding ("!") and no room for its title.
      { id: 'a2', kind: 'format', formatId: 'selbstlernen', competencyIds: ['personalentwicklung'], start: '2025-11-03', end: '2025-11-09', hours: 4, cost: 0, status: 'planned', title: WEEK_TITLE },
      { id: 'a3', kind: 'format', formatId: 'coaching', competencyIds: ['projektmanagement'], start: '2025-09-15', end: '2026-02-27', hours: 10, cost: 0, status: 'running', goalId: 'g1' },
    ],
    reviews: [{ id: 'r1', date: '2026-03-02', participants: ['Alex Beispiel', 'Sam Leitung'], final: true }],
    capacityHoursPerMonth: 8,
  };
}

const bar = (el: LernplanTimeline, id: string) => one<SVGGElement>(el, `.scroller [data-key="item:${id}"]`);
const tooltip = (el: LernplanTimeline) => el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]');
const tooltipText = (el: LernplanTimeline) => (tooltip(el)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const laneText = (label: Element) =>
  Array.from(label.childNodes)
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join('')
    .trim();

/** A cut text ends with "…" and, before it, only whole words of the full one (a control's visible label is words of its name). */
function expectCutAtWord(shown: string, full: string, what: string): void {
  expect(shown.endsWith('…'), `${what}: "${shown}" is marked as cut`).to.equal(true);
  const kept = shown.slice(0, -1).trimEnd();
  expect(full.startsWith(kept), `${what}: "${shown}" is the start of "${full}"`).to.equal(true);
  expect([' ', ',', '-'].includes(full[kept.length]) || full[kept.length - 1] === '-', `${what}: "${shown}" ends between words`).to.equal(true);
}

async function hover(el: LernplanTimeline, target: Element): Promise<void> {
  target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function leave(el: LernplanTimeline): Promise<void> {
  one(el, '.scroller').dispatchEvent(new PointerEvent('pointerleave'));
  await el.updateComplete;
}

for (const width of [320, 390, 1280]) {
  describe(`lernplan-timeline: cut labels at ${width} px`, () => {
    let el: LernplanTimeline;

    beforeEach(async () => {
      await setViewport({ width, height: 800 });
      ({ el } = await timelineIn(html`<lernplan-timeline lang="de" today=${TODAY} editable .plan=${plan()} .goals=${GOALS} .person=${PERSON}></lernplan-timeline>`, width - 16));
    });
    afterEach(() => setViewport({ width: 1000, height: 800 }));

    it('shows every cut bar label whole under the pointer and on keyboard focus; the visible part ends between words', async () => {
      const fulls = { a1: LONG_TITLE, a2: WEEK_TITLE, a3: '▶ Coaching' };
      let cut = 0;
      for (const [id, full] of Object.entries(fulls)) {
        const entry = bar(el, id);
        expect(entry.getAttribute('aria-label'), 'the accessible name has it all').to.contain(full.replace('▶ ', ''));
        const shown = entry.querySelector('.bar-label')?.textContent ?? '';
        if (shown === full) continue;
        cut += 1;
        if (shown) expectCutAtWord(shown, full, id);
        await hover(el, entry.querySelector('.bar-fill')!);
        expect(tooltipText(el), `${id} under the pointer`).to.contain(full);
        await leave(el);
        expect(tooltip(el), 'gone when the pointer leaves').to.equal(null);
        entry.focus();
        await el.updateComplete;
        expect(tooltipText(el), `${id} with keyboard focus`).to.contain(full);
        entry.blur();
        await Promise.resolve();
        await el.updateComplete;
      }
      // The one-week item never has room for its title; the long one has none at these widths but the widest.
      expect(bar(el, 'a2').querySelector('.bar-label'), 'a week is too short for any word').to.equal(null);
      expect(cut).to.be.at.least(width >= 1280 ? 1 : 2);
    });

    it('keeps the tooltip while the pointer is on it, and Escape hides it (WCAG 1.4.13)', async () => {
      const entry = bar(el, 'a2');
      entry.focus();
      await el.updateComplete;
      await hover(el, entry);
      const tip = tooltip(el)!;
      expect(tip).to.not.equal(null);
      await hover(el, tip);
      expect(tooltip(el), 'still there with the pointer on it').to.not.equal(null);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(tooltip(el), 'Escape hides it').to.equal(null);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      await expectAccessible(el);
    });

    it('keeps the tooltip while the pointer crosses the gap from the entry to it, and takes it away after a moment off both (WCAG 1.4.13)', async () => {
      const entry = bar(el, 'a2');
      await hover(el, entry.querySelector('.bar-fill')!);
      expect(tooltip(el)).to.not.equal(null);
      const lane = one(el, '.scroller svg');
      await hover(el, lane);
      expect(tooltip(el), 'still there over the gap below the entry').to.not.equal(null);
      // On to the tooltip: the chart's scroller is left for it.
      one(el, '.scroller').dispatchEvent(new PointerEvent('pointerleave', { relatedTarget: tooltip(el) }));
      await new Promise((resolve) => setTimeout(resolve, 400));
      await el.updateComplete;
      expect(tooltip(el), 'kept while the pointer is on it').to.not.equal(null);
      await leave(el);
      expect(tooltip(el), 'gone when the pointer leaves both').to.equal(null);
      await hover(el, entry.querySelector('.bar-fill')!);
      await hover(el, lane);
      await new Promise((resolve) => setTimeout(resolve, 400));
      await el.updateComplete;
      expect(tooltip(el), 'gone a moment after the pointer left the entry for the chart').to.equal(null);
    });

    it('breaks row names only between words or after a hyphen; a cut one has its full name on hover and when an entry of its row has focus', async () => {
      const labels = all(el, '.lane-labels .lane-label');
      const byName = new Map<string, Element>();
      for (const label of labels) byName.set(label.querySelector('title')?.textContent ?? laneText(label), label);
      for (const [name, label] of byName) {
        const lines = Array.from(label.querySelectorAll('tspan')).map((line) => line.textContent!);
        if (lines.length === 0) lines.push(laneText(label));
        lines.slice(0, -1).forEach((line) => expect(line.endsWith(' ') || line.endsWith('-'), `"${line}" of "${name}" ends between words`).to.equal(true));
        const shown = lines.join('');
        if (shown === name) continue;
        expect(shown.endsWith('…'), `"${shown}" is marked as cut`).to.equal(true);
        expect(name.startsWith(shown.slice(0, -1).trimEnd()), `"${shown}" is the start of "${name}"`).to.equal(true);
        expect(label.querySelector('title')?.textContent, 'the full name on hover').to.equal(name);
      }
      // The single long word does not fit 84 px, nor does the long name fit two lines of it.
      if (width < 1280) {
        expect(byName.get(WORD_LANE)?.querySelector('title'), `${WORD_LANE} is cut at ${width} px`).to.not.equal(null);
        bar(el, 'a2').focus();
        await el.updateComplete;
        expect(tooltipText(el), 'keyboard focus in the row shows its name').to.contain(WORD_LANE);
      }
      const longLane = byName.get(LONG_LANE)!;
      if (longLane.querySelector('title')) {
        bar(el, 'a1').focus();
        await el.updateComplete;
        expect(tooltipText(el)).to.contain(LONG_LANE);
      }
    });

    it('hyphenates wrapped text in the language of the element, and never breaks a word without one', async () => {
      bar(el, 'a2').focus();
      await el.updateComplete;
      for (const element of [tooltip(el)!, one(el, '.summary'), one(el, '.findings li')]) {
        expect(element.closest('[lang]')?.getAttribute('lang'), element.className).to.equal('de');
        const style = getComputedStyle(element);
        expect(style.hyphens, element.className).to.equal('auto');
        expect(style.overflowWrap, element.className).to.not.equal('anywhere');
        expect(style.wordBreak, element.className).to.not.equal('break-all');
      }
      el.view = 'list';
      await el.updateComplete;
      for (const dd of all(el, '[part="list"] dd')) {
        expect(getComputedStyle(dd).hyphens).to.equal('auto');
        expect(getComputedStyle(dd).overflowWrap).to.not.equal('anywhere');
      }
      expect(one(el, '[part="list"]').closest('[lang]')?.getAttribute('lang')).to.equal('de');
    });
  });
}
