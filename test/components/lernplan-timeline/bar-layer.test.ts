import { expect } from '@open-wc/testing';
import { render, svg } from 'lit';
import type { Bar } from '../../../src/components/lernplan-timeline/model/layout.js';
import { barLabel, barLayer } from '../../../src/components/lernplan-timeline/views/bar-layer.js';
import type { ChartView } from '../../../src/components/lernplan-timeline/views/chart.js';

/** Names are the ids, a character is 6 px wide; one object each, as the element memoises them. */
const NAMES = { setting: () => 'on-the-job', categoryClass: () => 'cat-a', item: (item: { id: string }) => item.id, competencies: () => '', date: (date: string) => date, number: String };
const STRINGS = { itemLabel: ({ what }: { what: string }) => what, settings: {}, itemStatuses: {} };
const BAR_TEXT = (text: string) => text.length * 6;

/** What the bars read of a chart. */
function chartView(findings: ReadonlyMap<string, readonly string[]> = new Map(), cut = Infinity): ChartView {
  const view = { names: NAMES, s: STRINGS, layout: { pxPerDay: 1 }, barText: BAR_TEXT, findings: { items: findings }, tabIndex: () => -1, hovered: undefined, drag: undefined, cut, editable: true };
  return view as unknown as ChartView;
}

const bars = new Map<string, Bar>();
/** One bar object per id, as the layout keeps the bars an edit does not touch. */
function barOf(id: string, width = 30): Bar {
  const key = `${id}:${width}`;
  if (!bars.has(key)) bars.set(key, { item: { id, kind: 'format', status: 'planned', competencyIds: [], start: '2025-01-01', end: '2025-01-31', hours: 1 }, x: 0, y: 0, width, height: 10 } as unknown as Bar);
  return bars.get(key)!;
}

function drawInto(host: SVGSVGElement, view: ChartView, ids: readonly string[], width?: number): string[] {
  render(svg`${barLayer(view, ids.map((id) => barOf(id, width)))}`, host);
  return [...host.querySelector('g.bars')!.children].map((node) => node.getAttribute('data-key')!.slice('item:'.length));
}

function svgHost(): SVGSVGElement {
  const host = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.append(host);
  return host;
}

describe('lernplan-timeline bar layer', () => {
  it('keeps the bars in the order given through additions, removals and moves, and never moves the focused one', () => {
    const host = svgHost();
    let left = 0;
    host.addEventListener('focusout', () => (left += 1));
    let seed = 2021;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const universe = Array.from({ length: 12 }, (_, index) => `k${index}`);
    for (let round = 0; round < 300; round += 1) {
      const ids = universe.filter(() => random() < 0.7).sort(() => random() - 0.5);
      const drawn = [...host.querySelectorAll<SVGGElement>('g.bars > [data-key]')];
      const focused = drawn.length > 0 && random() < 0.8 ? drawn[Math.floor(random() * drawn.length)] : undefined;
      if (focused) {
        const id = focused.getAttribute('data-key')!.slice('item:'.length);
        if (!ids.includes(id)) ids.splice(Math.floor(random() * (ids.length + 1)), 0, id);
        focused.focus();
      }
      left = 0;
      expect(drawInto(host, chartView(), ids), `round ${round}`).to.deep.equal(ids);
      if (focused) {
        expect(document.activeElement, `round ${round}: the focused bar keeps focus`).to.equal(focused);
        expect(left, `round ${round}: focus never left it`).to.equal(0);
      }
    }
    host.remove();
  });

  it('leaves room for the "!" of a finding from the first render, and gives it back when the finding goes while the chart is cut', () => {
    const host = svgHost();
    const label = () => host.querySelector('.bar-label')?.textContent ?? '';
    const named = new Map([['abcdefghij', ['finding-0']]]);
    drawInto(host, chartView(named, 100), ['abcdefghij'], 72);
    expect(label(), 'room for the "!" although it is not drawn yet').to.equal(barLabel(chartView(named), barOf('abcdefghij', 72).item, 72).shown);
    expect(host.querySelector('.badge'), 'the "!" follows the findings list').to.equal(null);
    drawInto(host, chartView(new Map(), 100), ['abcdefghij'], 72);
    expect(label(), 'the finding is gone: the whole name fits').to.equal('abcdefghij');
    drawInto(host, chartView(new Map()), ['abcdefghij'], 72);
    expect(label()).to.equal('abcdefghij');
    host.remove();
  });

  it('draws a key given twice once', () => {
    const host = svgHost();
    drawInto(host, chartView(), ['b', 'a', 'c']);
    (host.querySelector('[data-key="item:b"]') as SVGGElement).focus();
    expect(drawInto(host, chartView(), ['b', 'b', 'a', 'c']), 'also the bar that has focus').to.deep.equal(['b', 'a', 'c']);
    host.remove();
  });
});
