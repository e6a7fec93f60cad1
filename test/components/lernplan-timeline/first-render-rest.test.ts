import { expect, html } from '@open-wc/testing';
import { bigPlan } from '../../fixtures/big-plan.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { SKETCH_FROM_BARS } from '../../../src/components/lernplan-timeline/views/bar-sketch.js';
import { afterFirstPaint, all, one, timelineIn, type LernplanTimeline } from './util.js';

async function tallTimeline(items = 200): Promise<LernplanTimeline> {
  // The bench's plan: 20 goals on 20 competencies (one lane each, taller than the screen), 200 items, 30 reviews.
  const { plan, goals } = bigPlan({ goals: 20, items, reviews: 30 });
  const person = { id: 'p1', name: 'Alex Beispiel', roleId: 'projektmanager', capacityHoursPerMonth: 16 };
  const { el } = await timelineIn(html`<lernplan-timeline lang="de" today="2025-06-02" editable .plan=${plan} .goals=${goals} .person=${person}></lernplan-timeline>`, 1000);
  const height = Number(one(el, 'svg.timeline').getAttribute('height'));
  expect(height, 'the chart is taller than the screen').to.be.greaterThan(window.innerHeight);
  return el;
}

interface Outline {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The bars of the first render's picture (`.bar-sketch`), read back from the outlines of its fill paths, with the classes of their group. */
function sketchedBars(el: LernplanTimeline): (Outline & { classes: string })[] {
  return all(el, '.scroller .bar-sketch > g').flatMap((group) =>
    group
      .querySelector('.bar-fill')!
      .getAttribute('d')!
      .split('M')
      .filter(Boolean)
      .map((outline) => {
        // M x+rx y H right-rx A rx ry 0 0 1 right y+ry V bottom-ry …
        const n = outline.match(/-?[\d.]+(e-?\d+)?/g)!.map(Number);
        const x = n[0] - n[3];
        return { x, y: n[1], width: n[8] - x, height: n[10] + n[4] - n[1], classes: group.getAttribute('class')! };
      }),
  );
}

/** How many shapes a path of the picture draws. */
const subpaths = (path: Element) => (path.getAttribute('d') ?? '').split('M').filter(Boolean).length;

/** What the first render drew of the bars other than the tab stop: entries and the picture alike. */
function drawnBars(el: LernplanTimeline, tabStop: Element): Outline[] {
  const entries = all(el, '.scroller .bar')
    .filter((bar) => bar !== tabStop && bar.hasAttribute('data-key'))
    .map((bar) => {
      const fill = bar.querySelector('.bar-fill')!;
      return { x: Number(fill.getAttribute('x')), y: Number(fill.getAttribute('y')), width: Number(fill.getAttribute('width')), height: Number(fill.getAttribute('height')) };
    });
  return [...entries, ...sketchedBars(el)];
}

function whole(el: LernplanTimeline) {
  return {
    bars: all(el, '.scroller .bar[role="button"][aria-label]').length,
    shapes: all(el, '.scroller .bar[data-key] .bar-fill').length,
    rowNames: all(el, '.lane-labels .lane-label').length,
    legend: all(el, '[part="legend"]').length,
    hatched: all(el, '.bar[data-key] .bar-hatch').length + all(el, '.bar-sketch .bar-hatch').reduce((sum, path) => sum + subpaths(path), 0),
    badges: all(el, '.bar .badge').length,
    months: all(el, '[part~="load-cell"][role="img"]').length,
    findings: all(el, '[part="findings"] li.finding').length,
  };
}

/** Whether the legend and the findings are laid out as their styles say (those styles come with them, see `FirstScreen`). */
function restStyled(el: LernplanTimeline): { legend: string; findingsTitle: string } {
  return { legend: getComputedStyle(one(el, '[part="legend"]')).display, findingsTitle: getComputedStyle(one(el, '.findings-title')).fontWeight };
}

const STYLED = { legend: 'flex', findingsTitle: '700' };

describe('lernplan-timeline: the first screen first, the rest right after', function () {
  // 200 bars with axe: over 10 s on a busy machine.
  this.timeout(30_000);

  it('draws the first screen at once; the bars below it, the row names, the load strip, the legend and the findings with their marks follow after the first paint', async () => {
    const el = await tallTimeline();
    const first = whole(el);
    const sketched = sketchedBars(el);
    expect(sketched.length, 'the items on the first screen are drawn from the first render, as a picture').to.be.greaterThan(0);
    expect(sketched.length + first.bars, 'the items below it follow').to.be.below(200);
    expect(first.bars, 'a named button from the first render: the tab stop').to.equal(1);
    expect(first.shapes, 'drawn whole').to.equal(first.bars);
    expect(all(el, '.scroller .bar-sketch').map((sketch) => sketch.getAttribute('aria-hidden')), 'one picture, hidden from assistive technology').to.deep.equal(['true']);
    expect(first.months, 'the load strip at the bottom is not in the first render').to.equal(0);
    expect(first.findings, 'nor the findings below the chart').to.equal(0);
    expect(first.legend, 'nor the legend').to.equal(0);
    expect(first.badges, 'nor the "!" of a finding on a bar').to.equal(0);
    expect(all(el, '.scroller .bar.has-finding'), 'nor its outline').to.deep.equal([]);
    const tabStop = one(el, '.scroller [data-key][tabindex="0"]');
    for (const bar of drawnBars(el, tabStop)) expect(bar.y, 'a bar drawn in the first render starts on the first screen').to.be.below(window.innerHeight);
    expect(all(el, '[aria-describedby]'), 'no entry points to a finding that is not there yet').to.deep.equal([el.shadowRoot!.querySelector('svg.timeline')]);

    await afterFirstPaint(el);
    const rest = whole(el);
    expect(rest.bars).to.equal(200);
    expect(rest.shapes, 'every bar is drawn now').to.equal(200);
    expect(all(el, '.bar-sketch'), 'the entries replace the picture').to.deep.equal([]);
    expect(one(el, '.scroller [data-key][tabindex="0"]'), 'the tab stop keeps its entry').to.equal(tabStop);
    expect(rest.rowNames, 'and every row named').to.be.greaterThan(first.rowNames);
    expect(rest.legend, 'the legend is there').to.equal(1);
    expect(rest.months, 'one load cell per month').to.be.greaterThan(10);
    expect(el.findings.length, 'the plan has findings').to.be.greaterThan(0);
    expect(rest.findings, 'every finding is listed').to.equal(el.findings.length);
    expect(restStyled(el), 'with their styles').to.deep.equal(STYLED);
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
        const starts = drawnBars(el, one(el, '.scroller [data-key][tabindex="0"]')).map((bar) => bar.y);
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
    const drawn = drawnBars(el, one(el, '.scroller [data-key][tabindex="0"]'));
    expect(drawn.length, 'the bars in view are drawn').to.be.greaterThan(0);
    for (const bar of drawn) expect(bar.x < view.to && bar.x + bar.width > view.from, `the bar at ${bar.x} is in view`).to.equal(true);
    await afterFirstPaint(el);
    expect(all(el, '.scroller .bar .bar-fill').length, 'every bar after the first paint').to.equal(200);
    await expectAccessible(el);
  });

  it('draws a large plan\'s bars as a picture that looks as their entries do', async () => {
    const el = await tallTimeline();
    const sketched = sketchedBars(el);
    expect(sketched.length, 'a picture').to.be.greaterThan(0);
    const tabStop = one(el, '.scroller [data-key][tabindex="0"]');
    const room = window.innerHeight - el.getBoundingClientRect().top;
    const scroller = one<HTMLElement>(el, '.scroller');
    const view = { from: scroller.scrollLeft, to: scroller.scrollLeft + scroller.clientWidth };
    await afterFirstPaint(el);
    const onFirstScreen = all(el, '.scroller .bar[data-key]').filter((bar) => {
      const fill = bar.querySelector('.bar-fill')!;
      const [x, y, width] = ['x', 'y', 'width'].map((name) => Number(fill.getAttribute(name)));
      return bar !== tabStop && y < room && x < view.to && x + width > view.from;
    });
    expect(sketched.length, 'every bar of the first screen but the tab stop is in the picture').to.equal(onFirstScreen.length);
    const entries = new Map(
      all(el, '.scroller .bar[data-key]').map((bar) => {
        const fill = bar.querySelector('.bar-fill')!;
        const at = ['x', 'y', 'width', 'height'].map((name) => Number(fill.getAttribute(name)).toFixed(2)).join(' ');
        return [at, bar] as const;
      }),
    );
    for (const bar of sketched) {
      const entry = entries.get([bar.x, bar.y, bar.width, bar.height].map((value) => value.toFixed(2)).join(' '));
      expect(entry, `an entry where the picture has a bar (${bar.x}, ${bar.y})`).to.not.equal(undefined);
      const classes = [...entry!.classList].filter((name) => name !== 'entry' && name !== 'has-finding');
      expect(bar.classes.split(' '), 'with the classes that style it').to.deep.equal(classes);
    }
  });

  it('draws a large plan\'s labels, hatching and strike-through in the picture as its entries do', async () => {
    const { plan, goals } = bigPlan();
    // Some items dropped: their bars are struck through.
    plan.items = plan.items.map((item, index) => (index % 25 === 0 ? { ...item, status: 'dropped' as const } : item));
    const person = { id: 'p1', name: 'Alex Beispiel', roleId: 'projektmanager', capacityHoursPerMonth: 16 };
    const { el } = await timelineIn(html`<lernplan-timeline lang="de" today="2025-06-02" .plan=${plan} .goals=${goals} .person=${person}></lernplan-timeline>`, 1000);
    const count = (path: string | null | undefined) => (path ? path.split('M').filter(Boolean).length : 0);
    const inPicture = {
      hatched: all(el, '.bar-sketch .bar-hatch').reduce((sum, path) => sum + count(path.getAttribute('d')), 0),
      struck: all(el, '.bar-sketch .strike').reduce((sum, path) => sum + count(path.getAttribute('d')), 0),
      labels: all(el, '.bar-sketch .bar-label').map((label) => label.textContent).sort(),
      bars: sketchedBars(el).length,
    };
    expect(inPicture.bars).to.be.greaterThan(0);
    expect(inPicture.hatched, 'off-the-job formats are hatched').to.be.greaterThan(0);
    expect(inPicture.struck, 'dropped items are struck through').to.be.greaterThan(0);
    const sketched = new Set(sketchedBars(el).map((bar) => `${bar.x.toFixed(2)} ${bar.y.toFixed(2)}`));
    await afterFirstPaint(el);
    const same = all(el, '.scroller .bar[data-key]').filter((bar) => {
      const fill = bar.querySelector('.bar-fill')!;
      return sketched.has(`${Number(fill.getAttribute('x')).toFixed(2)} ${Number(fill.getAttribute('y')).toFixed(2)}`);
    });
    expect(same.length, 'every bar of the picture has its entry').to.equal(inPicture.bars);
    expect(same.filter((bar) => bar.querySelector('.bar-hatch')).length, 'as many hatched').to.equal(inPicture.hatched);
    expect(same.filter((bar) => bar.querySelector('.strike')).length, 'as many struck through').to.equal(inPicture.struck);
    expect(same.map((bar) => bar.querySelector('.bar-label')?.textContent).filter(Boolean).sort(), 'the same labels').to.deep.equal(inPicture.labels);
  });

  it('draws a large plan\'s plain reviews and goals in the picture, and those a finding names as entries', async () => {
    const el = await tallTimeline();
    const count = (selector: string) => all(el, selector).reduce((sum, path) => sum + subpaths(path), 0);
    const first = {
      diamonds: count('.reviews .mark-sketch .diamond'),
      guides: count('.reviews .mark-sketch .review-guide'),
      flags: count('.goals .mark-sketch .flag'),
      reviewEntries: all(el, '.reviews [data-key]'),
      goalEntries: all(el, '.goals [part="goal-marker"][role="img"]'),
    };
    expect(first.diamonds, 'reviews in the picture').to.be.greaterThan(0);
    expect(first.guides, 'each with its guide').to.equal(first.diamonds);
    expect(first.flags, 'goals in the picture').to.be.greaterThan(0);
    expect(all(el, '.mark-sketch').map((sketch) => sketch.getAttribute('aria-hidden')), 'hidden from assistive technology').to.deep.equal(['true', 'true']);
    expect(all(el, '.mark-sketch > g').map((group) => `${group.getAttribute('class')} ${group.getAttribute('part')}`).sort()).to.deep.equal(['goal goal-marker', 'review review']);
    const tabStop = one(el, '.scroller [data-key][tabindex="0"]');
    for (const entry of first.reviewEntries) {
      const named = entry.classList.contains('final') || entry.classList.contains('has-finding') || entry === tabStop;
      expect(named, `${entry.getAttribute('data-key')}: an entry from the first render is the final review, has a finding or holds the tab stop`).to.equal(true);
    }
    for (const entry of first.goalEntries) expect(entry.classList.contains('has-finding'), 'a goal drawn as an entry has a finding').to.equal(true);
    await afterFirstPaint(el);
    expect(all(el, '.mark-sketch'), 'the entries replace the picture').to.deep.equal([]);
    expect(all(el, '.reviews [data-key]').length, 'every review an entry').to.equal(first.diamonds + first.reviewEntries.length);
    expect(all(el, '.goals [part="goal-marker"]').length, 'every goal an entry').to.equal(first.flags + first.goalEntries.length);
    await expectAccessible(el);
  });

  it('draws a large plan that fits the screen with its findings\' marks from the first render: the bars they name as entries', async () => {
    const { plan, goals } = bigPlan();
    // Two competencies' lanes: 20 items, twice over.
    const kept = new Set(goals.slice(0, 2).map((goal) => goal.competencyIds[0]));
    plan.items = [...plan.items, ...plan.items.map((item) => ({ ...item, id: `${item.id}b` }))].filter((item) => kept.has(item.competencyIds[0]));
    const person = { id: 'p1', name: 'Alex Beispiel', roleId: 'projektmanager', capacityHoursPerMonth: 16 };
    const { el } = await timelineIn(html`<lernplan-timeline lang="de" today="2025-06-02" .plan=${plan} .goals=${goals.slice(0, 2)} .person=${person}></lernplan-timeline>`, 1000);
    expect(plan.items.length).to.be.at.least(SKETCH_FROM_BARS);
    expect(Number(one(el, 'svg.timeline').getAttribute('height')), 'it fits the screen').to.be.at.most(window.innerHeight);
    expect(whole(el).findings, 'the findings are listed from the first render').to.equal(el.findings.length);
    const named = new Set(el.findings.flatMap((finding) => [finding.itemId, finding.otherItemId]).filter((id) => id !== undefined));
    expect(named.size, 'findings name bars').to.be.greaterThan(0);
    const entries = all(el, '.scroller .bar[data-key]');
    for (const id of named) expect(el.shadowRoot!.querySelector(`.scroller [data-key="item:${id}"].has-finding .badge`), `item:${id} is an entry with its mark`).to.not.equal(null);
    expect(sketchedBars(el).length, 'the others are in the picture').to.equal(plan.items.length - entries.length);
  });

  it('takes a press on the picture for the entry under it: it becomes the tab stop and, released, opens', async () => {
    const el = await tallTimeline();
    const [bar] = sketchedBars(el);
    const path = one(el, '.bar-sketch .bar-fill') as SVGPathElement;
    const at = new DOMPoint(bar.x + bar.width / 2, bar.y + bar.height / 2).matrixTransform(path.ownerSVGElement!.getScreenCTM()!);
    const press = { bubbles: true, composed: true, pointerId: 7, button: 0, clientX: at.x, clientY: at.y };
    path.dispatchEvent(new PointerEvent('pointerdown', press));
    await el.updateComplete;
    expect(all(el, '.bar-sketch'), 'the press draws the entries').to.deep.equal([]);
    const tabStop = one(el, '.scroller [data-key][tabindex="0"]');
    const fill = tabStop.querySelector('.bar-fill')!;
    expect([Number(fill.getAttribute('x')), Number(fill.getAttribute('y'))], 'the pressed bar holds the tab stop').to.deep.equal([bar.x, bar.y]);
    one(el, '.scroller').dispatchEvent(new PointerEvent('pointerup', press));
    await el.updateComplete;
    expect(one<HTMLDialogElement>(el, 'dialog').open, 'its details open').to.equal(true);
  });

  it('draws a plan of fewer bars than the picture needs as entries from the first render', async () => {
    const el = await tallTimeline(SKETCH_FROM_BARS - 1);
    expect(all(el, '.bar-sketch')).to.deep.equal([]);
    expect(whole(el).bars, 'entries from the first render').to.be.greaterThan(1);
  });

  it('draws again only the bars the rest changes in a plan drawn as entries from the first render: those a finding names', async () => {
    // A plan drawn as entries from the first render (a larger one is first a picture: see above).
    const el = await tallTimeline(SKETCH_FROM_BARS - 1);
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
    const styled = restStyled(el);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(printed.months).to.be.greaterThan(10);
    expect(printed.findings).to.equal(el.findings.length);
    expect(printed.shapes).to.equal(200);
    expect(printed.legend).to.equal(1);
    expect(printed.badges).to.be.greaterThan(0);
    expect(styled).to.deep.equal(STYLED);
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
    expect(restStyled(el)).to.deep.equal(STYLED);
  });
});
