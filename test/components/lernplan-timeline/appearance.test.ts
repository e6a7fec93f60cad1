import { expect, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { expectAccessible } from '../../helpers/a11y.js';
import { contrastRatio, rgbToHex } from '../../helpers/contrast.js';
import { emulateMediaFeatures, resetMediaFeatures } from '../../helpers/media.js';
import { bigPlan } from '../../fixtures/big-plan.js';
import { all, one, sampleTimeline, timelineIn, type LernplanTimeline } from './util.js';

const style = (node: Element) => getComputedStyle(node);

/** Every filled bar's label against its fill, and the finding labels against the background. */
function checkContrast(el: LernplanTimeline): void {
  const background = rgbToHex(style(el).backgroundColor);
  // A bar too short for its label shows it in a tooltip instead.
  const labelled = all(el, '.bar.format').filter((bar) => bar.querySelector('.bar-label'));
  expect(labelled.length).to.be.at.least(2);
  for (const bar of labelled) {
    const fill = rgbToHex(style(bar.querySelector('.bar-fill')!).fill);
    const text = rgbToHex(style(bar.querySelector('.bar-label')!).fill);
    expect(contrastRatio(fill, text), `${bar.getAttribute('data-key')}: ${text} on ${fill}`).to.be.at.least(4.5);
  }
  for (const label of all(el, '.findings .severity')) {
    const color = rgbToHex(style(label).color);
    expect(contrastRatio(color, background), `${label.textContent} ${color} on ${background}`).to.be.at.least(4.5);
  }
  const over = one(el, '.load-label.over');
  expect(contrastRatio(rgbToHex(style(over).fill), background)).to.be.at.least(4.5);
}

describe('lernplan-timeline: appearance', () => {
  afterEach(async () => {
    await resetMediaFeatures();
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 1000, height: 800 });
  });

  it('has readable labels in light mode', async () => {
    await emulateMediaFeatures({ colorScheme: 'light' });
    const { el } = await sampleTimeline();
    expect(rgbToHex(style(el).backgroundColor)).to.equal('#ffffff');
    checkContrast(el);
  });

  it('switches to dark colours with the system and stays readable and accessible', async () => {
    await emulateMediaFeatures({ colorScheme: 'dark' });
    const { el } = await sampleTimeline({ editable: true });
    expect(rgbToHex(style(el).backgroundColor)).to.equal('#1b1b1f');
    expect(rgbToHex(style(one(el, '[data-key="item:i1"] .bar-fill')).fill)).to.equal('#f59e0b');
    checkContrast(el);
    await expectAccessible(el);
  });

  it('keeps shapes, patterns and text in forced colours', async function () {
    if (!(await emulateMediaFeatures({ forcedColors: 'active' }))) this.skip();
    const { el } = await sampleTimeline({ editable: true });
    const fill = style(one(el, '[data-key="item:i1"] .bar-fill'));
    expect(fill.fill).to.not.equal(fill.stroke, 'bars are outlined, not filled with one colour');
    expect(one(el, '[data-key="item:i1"] .bar-hatch'), 'off the job is still hatched').to.exist;
    expect(style(one(el, '.hatch-line')).strokeOpacity).to.equal('1');
    expect(one(el, '[part~="load-over"] .load-label').textContent).to.equal('+15,8 h');
    // The legend draws its samples as the chart draws what they stand for.
    const drawn = (node: Element) => [style(node).fill, style(node).stroke, style(node).strokeDasharray];
    const [on, off, practice, over] = all(el, '[part="legend"] .swatch');
    expect(drawn(on!)).to.deep.equal(drawn(one(el, '[data-key="item:i1"] .bar-fill')));
    expect(drawn(off!), 'the hatching shows on the off-the-job sample').to.deep.equal(drawn(on!));
    const practiceBar = el.shadowRoot!.querySelector('.practice .bar-fill');
    if (practiceBar) expect(drawn(practice!)[1]).to.equal(drawn(practiceBar)[1]);
    expect(drawn(practice!)[1]).to.equal(fill.stroke, 'the practice sample is outlined in the text colour, not a fixed blue');
    expect(drawn(over!)[1]).to.equal(fill.stroke, 'the over-capacity sample in the text colour, not a fixed red');
    await expectAccessible(el);
  });

  it('at 320 px the whole plan scrolls sideways rather than squeezing months below 24 px', async () => {
    await setViewport({ width: 320, height: 800 });
    const { plan, goals } = bigPlan({ goals: 2, items: 20, reviews: 3 }); // two years
    const { el } = await timelineIn(html`<lernplan-timeline lang="de" today="2025-06-02" .plan=${plan} .goals=${goals}></lernplan-timeline>`, 320);
    expect(el.zoom).to.equal('plan');
    const scroller = one<HTMLElement>(el, '.scroller');
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    const starts = all(el, '[part="axis"] .month-line').map((line) => Number(line.getAttribute('x1')));
    const months = starts.slice(1).map((x, i) => x - starts[i]!);
    expect(months.length).to.be.greaterThan(3);
    expect(Math.min(...months.slice(1, -1))).to.be.at.least(24 * 28 / 30.44 - 0.5, 'a February, the shortest month, at 24 px per average month');
    await expectAccessible(el);
  });

  it('fits 320 px: the toolbar wraps and the chart scrolls in its own region', async () => {
    await setViewport({ width: 320, height: 800 });
    const { el } = await sampleTimeline({ editable: true, width: 320 });
    el.zoom = 'quarter';
    await el.updateComplete;
    const scroller = one<HTMLElement>(el, '.scroller');
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    expect(style(scroller).overflowX).to.equal('auto');
    expect(el.getBoundingClientRect().width).to.equal(320);
    expect(el.shadowRoot!.querySelector('.chart')!.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    // Today is in view after zooming in.
    const todayX = Number(one(el, '[part="today"] line').getAttribute('x1'));
    expect(todayX).to.be.within(scroller.scrollLeft, scroller.scrollLeft + scroller.clientWidth);
    await expectAccessible(el);
    el.view = 'list';
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    await expectAccessible(el);
  });

  it('prints the whole plan on the width of a sheet, without the controls', async () => {
    const { el } = await sampleTimeline({ editable: true, width: 1200 });
    el.zoom = 'quarter';
    await el.updateComplete;
    const wide = Number(one(el, 'svg.timeline').getAttribute('width'));
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    const printed = Number(one(el, 'svg.timeline').getAttribute('width'));
    expect(printed).to.be.lessThan(wide);
    expect(printed + Number(one(el, 'svg.lane-labels').getAttribute('width'))).to.be.at.most(680);
    expect(style(one(el, '[part="toolbar"]')).display).to.equal('none');
    expect(style(one(el, '.scroller')).overflowX).to.equal('visible');
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(Number(one(el, 'svg.timeline').getAttribute('width'))).to.equal(wide);
  });
});
