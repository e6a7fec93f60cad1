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
    // i1 ends and r2 lies outside the days given; the plan's own days stay in the first sentence.
    expect(one(el, '[part="summary"]').textContent).to.contain(
      '3 Angebote, 1 Praxisphase und 2 Review-Gespräche vom 01.09.2025 bis 15.01.2026. Die Zeitleiste zeigt die Zeit vom 01.10.2025 bis 30.11.2025; außerhalb liegen 1 Angebot und 1 Review-Gespräch (siehe Liste).',
    );
  });

  it('describes the plan, not the part drawn: its own first and last day, the days given and what lies outside them, by kind', async () => {
    // March 2026 to February 2027, given from 1 May to 1 August: the chart draws whole months, 1 May to 31 August, and the summary says so.
    const item = (id: string, kind: 'format' | 'practice', formatId: string, start: string, end: string, extra = {}) =>
      ({ id, kind, formatId, competencyIds: ['projektmanagement'], start, end, hours: 4, cost: 0, status: 'planned', ...extra }) as const;
    const review = (id: string, date: string, final = false) => ({ id, date, participants: ['Alex Beispiel'], final });
    const plan = {
      ...samplePlan(),
      items: [
        item('i1', 'format', 'coaching', '2026-03-02', '2026-04-24'),
        item('i2', 'format', 'seminar-schulung', '2026-06-01', '2026-06-12'),
        // After the last day given, but in the month drawn last: drawn, so not outside.
        item('i3', 'practice', 'seminar-schulung', '2026-08-03', '2026-10-30', { practiceOf: 'i2' }),
      ],
      reviews: [review('r1', '2026-03-30'), review('r2', '2026-05-25'), review('r3', '2026-07-20'), review('r4', '2026-09-14'), review('r5', '2026-11-30'), review('r6', '2027-02-01', true)],
    };
    const text = (el: Parameters<typeof one>[0]) => one(el, '#summary').textContent!.replace(/\s+/g, ' ').trim();
    const { el } = await timelineIn(html`<lernplan-timeline today="2026-04-01" start="2026-05-01" end="2026-08-01" .plan=${plan}></lernplan-timeline>`);
    expect(text(el)).to.match(
      /^Lernplan \(Entwurf\): 2 Angebote, 1 Praxisphase und 6 Review-Gespräche vom 02\.03\.2026 bis 01\.02\.2027\. Die Zeitleiste zeigt die Zeit vom 01\.05\.2026 bis 31\.08\.2026; außerhalb liegen 1 Angebot und 4 Review-Gespräche \(siehe Liste\)\. Abschlussgespräch am 01\.02\.2027\./,
    );
    expect(all(el, '.month-label').map((node) => node.textContent)).to.deep.equal(['Mai 2026', 'Juni 2026', 'Juli 2026', 'Aug. 2026']);
    await expectAccessible(el);

    // One side given: from that day on, or up to it.
    el.end = undefined;
    await el.updateComplete;
    expect(text(el)).to.contain('vom 02.03.2026 bis 01.02.2027. Die Zeitleiste zeigt die Zeit ab 01.05.2026; außerhalb liegen 1 Angebot und 1 Review-Gespräch (siehe Liste). Abschluss');
    el.start = undefined;
    el.end = '2026-03-31';
    await el.updateComplete;
    expect(text(el)).to.contain('Die Zeitleiste zeigt die Zeit bis 31.03.2026; außerhalb liegen 1 Angebot, 1 Praxisphase und 5 Review-Gespräche (siehe Liste).');
    // A range that holds the whole plan leaves nothing out: no second sentence.
    el.start = '2026-01-01';
    el.end = '2027-03-31';
    await el.updateComplete;
    expect(text(el)).to.match(/vom 02\.03\.2026 bis 01\.02\.2027\. Abschlussgespräch am 01\.02\.2027\./);
    // Narrowed, but every entry reaches into the days given.
    el.start = '2026-03-15';
    el.end = '2026-12-31';
    await el.updateComplete;
    expect(text(el)).to.contain('Die Zeitleiste zeigt die Zeit vom 01.03.2026 bis 31.12.2026; außerhalb liegt 1 Review-Gespräch (siehe Liste).');
    // The list shows every entry: it says only what the plan holds.
    el.view = 'list';
    await el.updateComplete;
    expect(text(el)).to.not.contain('Zeitleiste zeigt');
    expect(text(el)).to.contain('vom 02.03.2026 bis 01.02.2027.');

    const english = await timelineIn(html`<lernplan-timeline lang="en" today="2026-04-01" start="2026-05-01" end="2026-08-01" .plan=${plan}></lernplan-timeline>`);
    expect(text(english.el)).to.match(
      /^Learning plan \(draft\): 2 activities, 1 practice phase and 6 review meetings from 2 Mar 2026 to 1 Feb 2027\. The timeline shows from 1 May 2026 to 31 Aug 2026; 1 activity and 4 review meetings lie outside it \(see the list\)\. Final review on 1 Feb 2027\./,
    );
    await expectAccessible(english.el);
    english.el.end = undefined;
    await english.el.updateComplete;
    expect(text(english.el)).to.contain('The timeline shows from 1 May 2026 on; 1 activity and 1 review meeting lie outside it (see the list).');
    english.el.start = undefined;
    english.el.end = '2026-12-31';
    await english.el.updateComplete;
    expect(text(english.el)).to.contain('The timeline shows up to 31 Dec 2026; 1 review meeting lies outside it (see the list).');
  });

  it('describes the chart in a sentence that the chart points to', async () => {
    const { el } = await sampleTimeline();
    const summary = one(el, '#summary');
    expect(summary.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Lernplan von Alex Beispiel (Entwurf): 3 Angebote, 1 Praxisphase und 2 Review-Gespräche vom 01.09.2025 bis 15.01.2026. Abschlussgespräch am 15.01.2026. 3 Monate liegen über der verfügbaren Zeit. 7 Hinweise zum Plan.',
    );
    const svg = one(el, 'svg.timeline');
    expect(svg.getAttribute('aria-describedby')!.split(' ')).to.include('summary');
    expect(svg.getAttribute('role')).to.equal('group');
  });

  it('speaks English when asked', async () => {
    const { el } = await sampleTimeline({ lang: 'en' });
    expect(one(el, '#summary').textContent).to.contain('Learning plan of Alex Beispiel (draft): 3 activities, 1 practice phase and 2 review meetings from 1 Sept 2025 to 15 Jan 2026.');
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
