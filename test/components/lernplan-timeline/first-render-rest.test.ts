import { expect, html } from '@open-wc/testing';
import { bigPlan } from '../../fixtures/big-plan.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { afterFirstPaint, all, one, timelineIn, type LernplanTimeline } from './util.js';

async function tallTimeline(): Promise<LernplanTimeline> {
  // The bench's plan: 20 goals on 20 competencies (one lane each, taller than the screen), 200 items, 30 reviews.
  const { plan, goals } = bigPlan();
  const person = { id: 'p1', name: 'Alex Beispiel', roleId: 'projektmanager', capacityHoursPerMonth: 16 };
  const { el } = await timelineIn(html`<lernplan-timeline lang="de" today="2025-06-02" editable .plan=${plan} .goals=${goals} .person=${person}></lernplan-timeline>`, 1000);
  const height = Number(one(el, 'svg.timeline').getAttribute('height'));
  expect(height, 'the chart is taller than the screen').to.be.greaterThan(window.innerHeight);
  return el;
}

function whole(el: LernplanTimeline) {
  return {
    bars: all(el, '.scroller .bar[role="button"][aria-label]').length,
    shapes: all(el, '.scroller .bar .bar-fill').length,
    rowNames: all(el, '.lane-labels .lane-label').length,
    legend: all(el, '[part="legend"]').length,
    hatched: all(el, '.bar .bar-hatch').length,
    badges: all(el, '.bar .badge').length,
    months: all(el, '[part~="load-cell"][role="img"]').length,
    findings: all(el, '[part="findings"] li.finding').length,
  };
}

describe('lernplan-timeline: the first screen first, the rest right after', function () {
  // 200 bars with axe: over 10 s on a busy machine.
  this.timeout(30_000);

  it('draws the first screen at once; the bars below it, the row names, the load strip, the legend and the findings with their marks follow after the first paint', async () => {
    const el = await tallTimeline();
    const first = whole(el);
    expect(first.bars, 'the items on the first screen are named buttons from the first render').to.be.greaterThan(0);
    expect(first.bars, 'the items below it follow').to.be.below(200);
    expect(first.shapes, 'each drawn whole').to.equal(first.bars);
    expect(first.months, 'the load strip at the bottom is not in the first render').to.equal(0);
    expect(first.findings, 'nor the findings below the chart').to.equal(0);
    expect(first.legend, 'nor the legend').to.equal(0);
    expect(first.badges, 'nor the "!" of a finding on a bar').to.equal(0);
    expect(all(el, '.scroller .bar.has-finding'), 'nor its outline').to.deep.equal([]);
    const tabStop = one(el, '.scroller [data-key][tabindex="0"]');
    for (const bar of all(el, '.scroller .bar')) {
      if (bar === tabStop) continue;
      expect(Number(bar.querySelector('.bar-fill')!.getAttribute('y')), 'a bar drawn in the first render starts on the first screen').to.be.below(window.innerHeight);
    }
    expect(all(el, '[aria-describedby]'), 'no entry points to a finding that is not there yet').to.deep.equal([el.shadowRoot!.querySelector('svg.timeline')]);

    await afterFirstPaint(el);
    const rest = whole(el);
    expect(rest.bars).to.equal(200);
    expect(rest.shapes, 'every bar is drawn now').to.equal(200);
    expect(rest.rowNames, 'and every row named').to.be.greaterThan(first.rowNames);
    expect(rest.legend, 'the legend is there').to.equal(1);
    expect(rest.months, 'one load cell per month').to.be.greaterThan(10);
    expect(el.findings.length, 'the plan has findings').to.be.greaterThan(0);
    expect(rest.findings, 'every finding is listed').to.equal(el.findings.length);
    expect(rest.hatched, 'bars below the screen are hatched now').to.be.greaterThan(first.hatched);
    const withFinding = new Set(el.findings.flatMap((finding) => [finding.itemId, finding.otherItemId]).filter((id) => id !== undefined));
    expect(rest.badges, 'every bar a finding names carries its "!" now').to.equal(withFinding.size);
    expect(all(el, '.scroller [data-key][aria-describedby]').length, 'entries point to their findings now').to.be.greaterThan(0);
    for (const id of new Set(all(el, '[aria-describedby]').flatMap((node) => node.getAttribute('aria-describedby')!.split(' ')))) {
      expect(el.shadowRoot!.getElementById(id), `${id} is there to describe its entry`).to.not.equal(null);
    }
    await expectAccessible(el);
  });

  it('counts the first screen from its own top: lower on the page it draws less, below the fold only its tab stop, scrolled past its top down to the lower edge of the window', async () => {
    const { plan, goals } = bigPlan();
    const person = { id: 'p1', name: 'Alex Beispiel', roleId: 'projektmanager', capacityHoursPerMonth: 16 };
    const cases = [
      { above: window.innerHeight - 300, scrolled: 0 },
      { above: window.innerHeight * 2, scrolled: 0 },
      { above: 200, scrolled: 600 },
    ];
    for (const { above, scrolled } of cases) {
      const box = document.createElement('div');
      box.style.width = '1000px';
      const [before, after] = [document.createElement('div'), document.createElement('div')];
      before.style.height = `${above}px`;
      after.style.height = `${window.innerHeight * 4}px`;
      const el = document.createElement('lernplan-timeline');
      Object.assign(el, { lang: 'de', today: '2025-06-02', editable: true, plan, goals, person });
      box.append(before, el, after);
      document.body.append(box);
      window.scrollTo(0, scrolled);
      try {
        await el.updateComplete;
        const room = window.innerHeight - el.getBoundingClientRect().top;
        const tabStop = one(el, '.scroller [data-key][tabindex="0"]');
        const starts = all(el, '.scroller .bar')
          .filter((bar) => bar !== tabStop)
          .map((bar) => Number(bar.querySelector('.bar-fill')!.getAttribute('y')));
        if (room > 0) {
          expect(starts.length, 'the bars in the window are drawn').to.be.greaterThan(0);
          for (const y of starts) expect(y, 'no bar starts below the window').to.be.below(room);
        } else {
          expect(starts, 'below the fold only the tab stop').to.deep.equal([]);
        }
        if (scrolled > 0) expect(Math.max(...starts), 'scrolled past its top, it draws down to the window\'s lower edge').to.be.above(window.innerHeight);
        await afterFirstPaint(el);
        expect(all(el, '.scroller .bar .bar-fill').length, 'every bar after the first paint').to.equal(200);
        await expectAccessible(el);
      } finally {
        window.scrollTo(0, 0);
        box.remove();
      }
    }
  });

  it('on a phone, where the chart is wider than its view, draws first only the bars in view; those beside it follow', async () => {
    const { plan, goals } = bigPlan();
    const person = { id: 'p1', name: 'Alex Beispiel', roleId: 'projektmanager', capacityHoursPerMonth: 16 };
    const { el } = await timelineIn(html`<lernplan-timeline lang="de" today="2025-06-02" editable .plan=${plan} .goals=${goals} .person=${person}></lernplan-timeline>`, 358);
    const scroller = one<HTMLElement>(el, '.scroller');
    expect(scroller.scrollWidth, 'two years at 24 px a month are wider than a phone').to.be.greaterThan(scroller.clientWidth);
    const view = { from: scroller.scrollLeft, to: scroller.scrollLeft + scroller.clientWidth };
    const tabStop = one(el, '.scroller [data-key][tabindex="0"]');
    const drawn = all(el, '.scroller .bar').filter((bar) => bar !== tabStop);
    expect(drawn.length, 'the bars in view are drawn').to.be.greaterThan(0);
    for (const bar of drawn) {
      const fill = bar.querySelector('.bar-fill')!;
      const x = Number(fill.getAttribute('x'));
      expect(x < view.to && x + Number(fill.getAttribute('width')) > view.from, `${bar.getAttribute('data-key')} is in view`).to.equal(true);
    }
    await afterFirstPaint(el);
    expect(all(el, '.scroller .bar .bar-fill').length, 'every bar after the first paint').to.equal(200);
    await expectAccessible(el);
  });

  it('draws again only the bars the rest changes: those a finding names', async () => {
    const el = await tallTimeline();
    const named = new Set(el.findings.flatMap((finding) => [finding.itemId, finding.otherItemId]).filter((id) => id !== undefined).map((id) => `item:${id}`));
    const before = new Map(all(el, '.scroller .bar').map((bar) => [bar.getAttribute('data-key')!, bar.querySelector('.bar-fill')]));
    await afterFirstPaint(el);
    const redrawn = [...before].filter(([key, fill]) => one(el, `.scroller [data-key="${key}"]`).querySelector('.bar-fill') !== fill).map(([key]) => key);
    expect(redrawn.length, 'some bars of the first screen carry a finding').to.be.greaterThan(0);
    expect(redrawn.every((key) => named.has(key)), `only bars with a finding: ${redrawn.join(', ')}`).to.equal(true);
    expect(redrawn.length).to.equal([...before.keys()].filter((key) => named.has(key)).length);
  });

  it('draws the rest at once when the page is printed', async () => {
    const el = await tallTimeline();
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    const printed = whole(el);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(printed.months).to.be.greaterThan(10);
    expect(printed.findings).to.equal(el.findings.length);
    expect(printed.shapes).to.equal(200);
    expect(printed.legend).to.equal(1);
    expect(printed.badges).to.be.greaterThan(0);
  });

  it('draws the rest at once when the user reaches into the chart', async () => {
    const el = await tallTimeline();
    expect(el.shadowRoot!.querySelector('[data-key="item:i200"]'), 'i200 is below the screen: not drawn yet').to.equal(null);
    const tabStop = one<SVGGElement>(el, '.scroller [data-key][tabindex="0"]');
    tabStop.focus();
    await el.updateComplete;
    expect(whole(el).findings).to.equal(el.findings.length);
    expect(whole(el).shapes).to.equal(200);
    expect(el.shadowRoot!.activeElement, 'the focused entry stays focused').to.equal(tabStop);
  });

  it('draws the rest when it is put back into the page after leaving it before the first paint', async () => {
    const el = await tallTimeline();
    const box = el.parentElement!;
    el.remove();
    await afterFirstPaint(el);
    box.append(el);
    await el.updateComplete;
    expect(whole(el).findings, 'not while away').to.equal(0);
    await afterFirstPaint(el);
    expect(whole(el).findings).to.equal(el.findings.length);
  });

  it('draws a chart that fits the screen whole in its first render', async () => {
    const { plan, goals } = bigPlan();
    plan.items = plan.items.filter((item) => item.competencyIds[0] === goals[0].competencyIds[0]);
    const { el } = await timelineIn(html`<lernplan-timeline lang="de" today="2025-06-02" .plan=${plan} .goals=${goals.slice(0, 1)}></lernplan-timeline>`, 1000);
    expect(Number(one(el, 'svg.timeline').getAttribute('height'))).to.be.at.most(window.innerHeight);
    expect(whole(el).months).to.be.greaterThan(10);
    expect(whole(el).findings).to.equal(el.findings.length);
    expect(whole(el).shapes).to.equal(whole(el).bars);
    expect(whole(el).legend).to.equal(1);
  });
});
