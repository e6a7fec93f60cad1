import { expect, html } from '@open-wc/testing';
import { expectAccessible } from '../../helpers/a11y.js';
import { afterFirstPaint, all, chartItemIds, GOALS, one, PERSON, samplePlan, sampleTimeline, timelineIn, TODAY } from './util.js';

const num = (node: Element, attribute: string) => Number(node.getAttribute(attribute));
const barOf = (el: Parameters<typeof one>[0], id: string) => one(el, `[data-key="item:${id}"] .bar-fill`);

describe('lernplan-timeline: drawing the plan', () => {
  it('draws one bar per item, placed and sized by its dates on one time scale', async () => {
    const { el, errors } = await sampleTimeline();
    expect(errors).to.deep.equal([]);
    expect(chartItemIds(el).sort()).to.deep.equal(['i1', 'i2', 'i3', 'i4']);
    const i1 = barOf(el, 'i1');
    const i2 = barOf(el, 'i2');
    const i3 = barOf(el, 'i3');
    const i4 = barOf(el, 'i4');
    // i1 and i3 start on the same day; i2 starts the Monday after i1 ends; i4 the day after i2.
    expect(num(i1, 'x')).to.equal(num(i3, 'x'));
    expect(num(i2, 'x')).to.be.greaterThan(num(i1, 'x') + num(i1, 'width'));
    expect(num(i4, 'x')).to.be.closeTo(num(i2, 'x') + num(i2, 'width'), 0.2);
    // Widths follow the lengths: i1 12 days, i4 56 days.
    expect(num(i4, 'width') / num(i1, 'width')).to.be.closeTo(56 / 12, 0.05);
    // The timeline starts on the first of the first month, the x of i1's start.
    expect(num(i1, 'x')).to.equal(0);
    await expectAccessible(el);
  });

  it('shows the format, on/off the job and the status on each bar', async () => {
    const { el } = await sampleTimeline({ width: 1400 });
    const seminar = one(el, '[data-key="item:i1"]');
    expect(seminar.classList.contains('off-the-job')).to.equal(true);
    expect(seminar.querySelector('.bar-hatch'), 'off the job is hatched').to.not.equal(null);
    expect(seminar.getAttribute('aria-label')).to.contain('Seminar und Schulung').and.contain('außerhalb des Arbeitsplatzes');
    const practice = one(el, '[data-key="item:i2"]');
    expect(practice.classList.contains('practice')).to.equal(true);
    expect(practice.querySelector('.bar-hatch'), 'a practice phase is on the job').to.equal(null);
    expect(getComputedStyle(practice.querySelector('.bar-fill')!).strokeDasharray).to.not.equal('none');
    const coaching = one(el, '[data-key="item:i3"]');
    expect(coaching.querySelector('.bar-label')!.textContent).to.equal('▶ Coaching');
    expect(coaching.getAttribute('aria-label')).to.contain('läuft');
  });

  it('puts items in lanes by competency, or by format when switched', async () => {
    const { el } = await sampleTimeline();
    const laneLabels = () => all(el, '.lane-labels .lane-label').map((node) => node.textContent!.trim());
    expect(laneLabels()).to.deep.equal(['Reviews', 'Zieltermine', 'Projektmanagement', 'Kommunikationsfähigkeit', 'Stunden', '≤ 8 h']);
    const y = (id: string) => num(barOf(el, id), 'y');
    expect(y('i1')).to.equal(y('i4'));
    expect(y('i3')).to.be.greaterThan(y('i1'));

    const select = one<HTMLSelectElement>(el, '.toolbar label:nth-of-type(1) select');
    select.value = 'format';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.lanes).to.equal('format');
    // In the order of the format table: self-study, coaching, seminar (the practice phase is of the seminar's format).
    expect(laneLabels().slice(2, -2)).to.deep.equal(['Selbstlernen', 'Coaching', 'Seminar und Schulung']);
    expect(y('i1')).to.equal(y('i2'));
    expect(y('i4')).to.be.lessThan(y('i3'));
  });

  it('marks reviews as diamonds, the final one marked, with goal dates and today', async () => {
    const { el } = await sampleTimeline();
    const reviews = all(el, '.scroller [data-key^="review:"]');
    expect(reviews.map((node) => node.getAttribute('part'))).to.deep.equal(['review', 'final-review']);
    expect(reviews[1].querySelector('.final-label')!.textContent).to.equal('Abschlussgespräch');
    expect(reviews[1].querySelector('.diamond-inner'), 'the final review has a second outline').to.not.equal(null);
    expect(reviews[1].getAttribute('aria-label')).to.equal('Abschlussgespräch am 15.01.2026 mit Alex Beispiel, Sam Leitung');
    const goals = all(el, '[part="goal-marker"]');
    expect(goals).to.have.length(3);
    expect(goals.map((node) => node.getAttribute('aria-label'))).to.deep.include('Zieltermin: Kommunikationsfähigkeit: Könner (31.10.2025)');
    const today = one(el, '[part="today"] line');
    // 2025-09-10 is day 10 of the range: x = 9.5 days.
    const i1 = barOf(el, 'i1');
    const pxPerDay = num(i1, 'width') / 12;
    expect(num(today, 'x1')).to.be.closeTo(9.5 * pxPerDay, 0.3);
    expect(one(el, '[part="today"] text').textContent).to.equal('Heute');
  });

  it('zooms to a quarter (weeks shown, the chart scrolls in its own region), a year or the whole plan', async () => {
    const { el } = await sampleTimeline({ width: 800 });
    const svg = one<SVGSVGElement>(el, 'svg.timeline');
    const scroller = one<HTMLElement>(el, '.scroller');
    const planWidth = num(svg, 'width');
    expect(planWidth).to.be.at.most(scroller.clientWidth + 1);
    el.zoom = 'quarter';
    // Before the first paint only the weeks in view are drawn (see `FirstScreen`).
    await afterFirstPaint(el);
    const quarterWidth = num(svg, 'width');
    // 7 months (Sept–March) in a width that holds 92 days.
    expect(quarterWidth / scroller.clientWidth).to.be.closeTo(212 / 92, 0.05);
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    expect(all(el, '.week-label').length).to.be.greaterThan(25);
    expect(all(el, '.week-label')[1].textContent).to.equal('KW 37');
    el.zoom = 'year';
    await el.updateComplete;
    // A plan shorter than a year fills the width instead of leaving it half empty.
    expect(num(svg, 'width')).to.be.closeTo(planWidth, 1);
    await expectAccessible(el);
  });

  it('limits the range to the start and end attributes and says which items lie outside', async () => {
    const { el } = await timelineIn(
      html`<lernplan-timeline today=${TODAY} start="2025-10-01" end="2025-11-30" .plan=${samplePlan()} .goals=${GOALS} .person=${PERSON}></lernplan-timeline>`,
    );
    expect(all(el, '.month-label').map((node) => node.textContent)).to.deep.equal(['Okt. 2025', 'Nov. 2025']);
    expect(chartItemIds(el).sort()).to.deep.equal(['i2', 'i3', 'i4']);
    expect(one(el, '[part="summary"]').textContent).to.contain('1 Angebot liegt außerhalb des gezeigten Zeitraums');
  });

  it('describes the chart in a sentence that the chart points to', async () => {
    const { el } = await sampleTimeline();
    const summary = one(el, '#summary');
    expect(summary.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Lernplan von Alex Beispiel (Entwurf): 3 Angebote, 1 Praxisphase und 2 Review-Gespräche vom 01.09.2025 bis 31.03.2026. Abschlussgespräch am 15.01.2026. 3 Monate liegen über der verfügbaren Zeit. 7 Hinweise zum Plan.',
    );
    const svg = one(el, 'svg.timeline');
    expect(svg.getAttribute('aria-describedby')!.split(' ')).to.include('summary');
    expect(svg.getAttribute('role')).to.equal('group');
  });

  it('speaks English when asked', async () => {
    const { el } = await sampleTimeline({ lang: 'en' });
    expect(one(el, '#summary').textContent).to.contain('Learning plan of Alex Beispiel (draft): 3 activities, 1 practice phase and 2 review meetings');
    expect(one(el, '[data-key="item:i2"]').getAttribute('aria-label')).to.contain('Practice phase after Seminar and course');
    // Dates and months as everywhere else in English (formatterFor('en')).
    expect(one(el, '[data-key="review:r2"]').getAttribute('aria-label')).to.equal('Final review on 15 Jan 2026 with Alex Beispiel, Sam Leitung');
    expect(all(el, '.month-label')[0].textContent).to.equal('Sept 2025');
    expect(all(el, '[part~="load-over"]')[0].getAttribute('aria-label')).to.match(/^September 2025: 23\.8 of 8 hours/);
  });

  it('draws several overlapping items of one lane in rows, and keeps one tab stop', async () => {
    const plan = samplePlan();
    plan.items.push({ ...plan.items[3], id: 'i5', start: '2025-10-20', end: '2025-11-02', title: 'Parallel' });
    const { el } = await timelineIn(html`<lernplan-timeline today=${TODAY} .plan=${plan} .goals=${GOALS}></lernplan-timeline>`);
    const y = (id: string) => num(barOf(el, id), 'y');
    expect(y('i5')).to.be.greaterThan(y('i4'));
    const tabbable = all(el, '.scroller [tabindex="0"]');
    expect(tabbable).to.have.length(1);
    expect(tabbable[0].getAttribute('data-key')).to.equal('item:i1');
    expect(all(el, '.scroller [tabindex="-1"]')).to.have.length(6);
  });
});
