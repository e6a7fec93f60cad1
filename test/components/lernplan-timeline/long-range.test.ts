import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Plan } from '../../../src/domain/types.js';
import { afterFirstPaint, all, chartItemIds, GOALS, nextFrame, one, PERSON, samplePlan, timelineIn, TODAY, type LernplanTimeline } from './util.js';

/** Every node of the shadow tree (elements, text, comments). */
function nodeCount(el: LernplanTimeline): number {
  const walker = document.createTreeWalker(el.shadowRoot!);
  let count = 0;
  while (walker.nextNode()) count += 1;
  return count;
}

async function scrollTo(el: LernplanTimeline, left: number): Promise<void> {
  const scroller = one<HTMLElement>(el, '.scroller');
  scroller.scrollLeft = left;
  scroller.dispatchEvent(new Event('scroll'));
  await el.updateComplete;
}

/** The sample plan with one more item nine years later (a plan may span ten). */
function planOverNineYears(): Plan {
  const plan = samplePlan();
  plan.items.push({ ...plan.items[3], id: 'i9', start: '2034-09-04', end: '2034-09-29', title: 'Auffrischung' });
  return plan;
}

describe('lernplan-timeline: a long range draws only what is near the view', () => {
  it('a range from 1900 to 2999 builds no more nodes than one of 70 years, and scrolling draws the months it reaches', async () => {
    // Each drawn whole: the second sits below the first, and what is below the window follows the first paint.
    const timeline = async (start: string, end: string) => {
      const drawn = await timelineIn(html`<lernplan-timeline lang="de" today=${TODAY} start=${start} end=${end} .plan=${samplePlan()} .goals=${GOALS} .person=${PERSON}></lernplan-timeline>`);
      await afterFirstPaint(drawn.el);
      return drawn;
    };
    const shorter = nodeCount((await timeline('1990-01-01', '2059-12-31')).el);
    const { el, errors } = await timeline('1900-01-01', '2999-12-31');
    expect(errors).to.deep.equal([]);
    const svg = one<SVGSVGElement>(el, 'svg.timeline');
    // 13,200 months at 6 px or more: the time line scrolls over them.
    const width = Number(svg.getAttribute('width'));
    expect(width).to.be.greaterThan(13_200 * 5.9);
    const nodes = nodeCount(el);
    // Before, such a range built 207,000 nodes.
    expect(nodes, `${nodes} nodes for 1100 years, ${shorter} for 70`).to.be.below(shorter * 1.1).and.below(6000);
    expect(all(el, '.month-line').length).to.be.within(10, 400);
    // The view starts at today, and the plan's entries are drawn there.
    expect(chartItemIds(el).sort()).to.deep.equal(['i1', 'i2', 'i3', 'i4']);

    await scrollTo(el, width);
    expect(all(el, '.load-cell').map((cell) => cell.getAttribute('aria-label')).some((label) => label!.startsWith('Dezember 2999')), 'the end is drawn').to.equal(true);
    expect(nodeCount(el)).to.be.below(shorter * 1.1);
    // The tab stop stays drawn far from the view, so the chart keeps its one tab stop.
    expect(all(el, '.scroller [tabindex="0"]')).to.have.length(1);
  });

  it('draws an entry that gets keyboard focus outside the drawn part, and scrolls to it', async () => {
    const { el } = await timelineIn(
      html`<lernplan-timeline lang="de" today=${TODAY} zoom="quarter" editable .plan=${planOverNineYears()} .goals=${GOALS} .person=${PERSON}></lernplan-timeline>`,
    );
    const scroller = one<HTMLElement>(el, '.scroller');
    expect(chartItemIds(el), 'nine years on, out of the drawn part').to.not.include('i9');
    one<SVGGElement>(el, '.scroller [tabindex="0"]').focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-key')).to.equal('item:i9');
    const bar = one(el, '[data-key="item:i9"] .bar-fill').getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    expect(bar.left >= view.left - 1 && bar.right <= view.right + 1, 'scrolled into view').to.equal(true);

    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    await nextFrame();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-key')).to.equal('item:i1');
    expect(chartItemIds(el), 'left behind once the view is back').to.not.include('i9');
  });
});
