/**
 * A keyboard walk through a page with every widget inside a provider: each chart (wheel, both
 * matrices, time line) is exactly one tab stop and is operated with arrow keys, Tab leaves it
 * again, and every stop shows a focus indicator of at least 2 px with 3:1 contrast against what
 * it is drawn on (WCAG 2.1.1, 2.4.3, 2.4.7, 1.4.11), in light and in dark mode.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emulateMediaFeatures, resetMediaFeatures } from '../../helpers/media.js';
import { deepActiveElement } from './dom.js';
import { focusIndicator, type FocusIndicator } from './focus.js';
import { DISTRICT, mountCollecting, PERSON, samplePortfolio, TODAY } from './fixtures.js';

/** The charts: a widget's tag and the selector of its single-tab-stop region inside the shadow root. */
const CHARTS = [
  { name: 'wheel', host: 'kompetenz-rad', region: 'svg.wheel' },
  { name: 'matrix (person)', host: 'gap-matrix:not([mode="team"]):not([mode="organisation"])', region: '[role="grid"]' },
  { name: 'matrix (team)', host: 'gap-matrix[mode="team"]', region: '[role="grid"]' },
  { name: 'matrix (organisation)', host: 'gap-matrix[mode="organisation"]', region: '[role="grid"]' },
  { name: 'time line', host: 'lernplan-timeline', region: '.scroller' },
] as const;

interface Stop {
  element: Element;
  label: string;
  chart: string | undefined;
  indicator: FocusIndicator | undefined;
  /** Focus is on a part of a native control's own (user-agent) shadow tree, e.g. the calendar button of a date input. */
  nativePart: boolean;
}

function describeElement(element: Element): string {
  const host = (element.getRootNode() as ShadowRoot).host?.localName ?? 'page';
  const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 30) ?? '';
  return `${host} <${element.localName}${element.id ? `#${element.id}` : ''}${element.getAttribute('data-key') ? ` ${element.getAttribute('data-key')}` : ''}> ${name}`;
}

function chartOf(element: Element, page: HTMLElement): string | undefined {
  const root = element.getRootNode();
  if (!(root instanceof ShadowRoot)) return undefined;
  return CHARTS.find((chart) => root.host.matches(chart.host) && page.contains(root.host) && element.closest(chart.region))?.name;
}

async function mountPage() {
  const { box, errors } = await mountCollecting(
    html`<div>
      <button id="before">before</button>
      <kompetenz-provider storage="none" today=${TODAY} person=${PERSON.id} .portfolio=${samplePortfolio()}>
        <kompetenz-rad></kompetenz-rad>
        <gap-matrix></gap-matrix>
        <gap-matrix mode="team"></gap-matrix>
        <smart-goal-form></smart-goal-form>
        <lernplan-timeline></lernplan-timeline>
      </kompetenz-provider>
      <gap-matrix mode="organisation" .people=${DISTRICT.people} .assessments=${DISTRICT.assessments}></gap-matrix>
      <button id="after">after</button>
    </div>`,
    1000,
  );
  expect(errors).to.deep.equal([]);
  return box;
}

/** Tabs from #before to #after; `onChart` runs once when the walk first enters each chart. */
async function walk(page: HTMLElement, onChart?: (chart: string, stop: Stop) => Promise<void>): Promise<Stop[]> {
  const stops: Stop[] = [];
  const entered = new Set<string>();
  page.querySelector<HTMLButtonElement>('#before')!.focus();
  for (let presses = 0; presses < 200; presses += 1) {
    await sendKeys({ press: 'Tab' });
    const element = deepActiveElement();
    if (!element || element.id === 'after') return stops;
    const chart = chartOf(element, page);
    const stop: Stop = { element, label: describeElement(element), chart, indicator: focusIndicator(element), nativePart: !element.matches(':focus') };
    stops.push(stop);
    if (chart && onChart && !entered.has(chart)) {
      entered.add(chart);
      await onChart(chart, stop);
    }
  }
  throw new Error('Tab never reached the button after the widgets');
}

function expectVisibleFocus(stops: readonly Stop[]): void {
  // The browser draws the focus of a date input's own calendar button; only date inputs have such a part here.
  expect(stops.filter((stop) => stop.nativePart).map((stop) => stop.label)).to.satisfy((labels: string[]) => labels.every((label) => label.includes('<input#due>')));
  for (const stop of stops.filter((candidate) => !candidate.nativePart)) {
    expect(stop.indicator, `no visible focus indicator on ${stop.label}`).to.not.equal(undefined);
    const indicator = stop.indicator!;
    expect(indicator.width, `${stop.label}: ${indicator.kind} ${indicator.width}px`).to.be.at.least(2);
    expect(indicator.contrast, `${stop.label}: ${indicator.kind} ${indicator.colour} against ${indicator.against.join('/')}`).to.be.at.least(3);
  }
}

describe('keyboard: one tab stop per chart, arrow keys inside, visible focus everywhere', () => {
  afterEach(resetMediaFeatures);

  it('light mode: every chart is one tab stop and moves with arrows; every stop has a 3:1 focus indicator', async () => {
    await emulateMediaFeatures({ colorScheme: 'light' });
    const page = await mountPage();
    const moved = new Map<string, boolean>();
    const stops = await walk(page, async (chart, stop) => {
      await sendKeys({ press: chart === 'wheel' || chart === 'time line' ? 'ArrowRight' : 'ArrowDown' });
      const next = deepActiveElement();
      expect(next && chartOf(next, page), `${chart}: the arrow key keeps focus in the chart`).to.equal(chart);
      moved.set(chart, next !== stop.element);
      // The arrow-moved entry is the chart's tab stop now: record it instead of the first one.
      stop.element = next!;
      stop.label = describeElement(next!);
      stop.indicator = focusIndicator(next!);
    });
    for (const { name } of CHARTS) {
      expect(stops.filter((stop) => stop.chart === name).length, `tab stops in the ${name}`).to.equal(1);
      expect(moved.get(name), `an arrow key moves focus inside the ${name}`).to.equal(true);
    }
    expect(stops.length, 'the toolbars and the form are reachable too').to.be.greaterThan(20);
    expectVisibleFocus(stops);
  });

  it('dark mode: every stop still has a 3:1 focus indicator', async () => {
    expect(await emulateMediaFeatures({ colorScheme: 'dark' })).to.equal(true);
    const page = await mountPage();
    const stops = await walk(page);
    expect(new Set(stops.map((stop) => stop.chart).filter(Boolean)).size).to.equal(CHARTS.length);
    expectVisibleFocus(stops);
  });

  it('Shift+Tab goes back into a chart to the entry the arrows left focused', async () => {
    const page = await mountPage();
    const wheel = page.querySelector('kompetenz-rad')!;
    wheel.shadowRoot!.querySelector<SVGGElement>('[part="sector"][tabindex="0"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    const active = deepActiveElement();
    expect(active?.getAttribute('data-index')).to.equal('2');
    await sendKeys({ press: 'Tab' });
    expect(chartOf(deepActiveElement()!, page)).to.equal(undefined);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(deepActiveElement()).to.equal(active);
  });
});
