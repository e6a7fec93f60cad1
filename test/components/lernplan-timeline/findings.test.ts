import { expect, html } from '@open-wc/testing';
import { checkPlan, monthlyLoad } from '../../../src/domain/plan-checks.js';
import { describeFinding } from '../../../src/domain/messages/describe-findings.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { all, GOALS, one, PERSON, samplePlan, sampleTimeline, timelineIn, TODAY } from './util.js';

describe('lernplan-timeline: capacity and findings', () => {
  it('draws the load of every month against the capacity; months over it stand out with the amount', async () => {
    const { el } = await sampleTimeline();
    const load = monthlyLoad(samplePlan(), 8);
    const cells = all(el, '[part~="load-cell"]');
    expect(cells).to.have.length(7, 'one cell per month shown, September to March');
    const over = all(el, '[part~="load-over"]');
    expect(over.map((cell) => cell.getAttribute('aria-label'))).to.deep.equal([
      'September 2025: 23,8 von 8 Stunden, 15,8 Stunden zu viel',
      'Oktober 2025: 12,2 von 8 Stunden, 4,2 Stunden zu viel',
      'November 2025: 11,8 von 8 Stunden, 3,8 Stunden zu viel',
    ]);
    expect(load.filter((month) => month.over > 0).map((month) => month.month)).to.deep.equal(['2025-09', '2025-10', '2025-11']);
    // Not by colour alone: a hatch and the amount as text.
    for (const cell of over) {
      expect(cell.querySelector('.load-over-hatch')!.getAttribute('fill')).to.equal('url(#kr-over-hatch)');
      expect(cell.querySelector('.load-label')!.textContent).to.match(/^\+\d+,\d h$/);
    }
    expect(over[0].querySelector('.load-label')!.textContent).to.equal('+15,8 h');
    const december = cells[3];
    expect(december.getAttribute('part')).to.equal('load-cell');
    expect(december.getAttribute('aria-label')).to.equal('Dezember 2025: 4,3 von 8 Stunden');
    // The capacity line lies below the top of an over-full bar.
    const bar = over[0].querySelector('.load-bar')!;
    const line = over[0].querySelector('.capacity-line')!;
    expect(Number(line.getAttribute('y1'))).to.be.greaterThan(Number(bar.getAttribute('y')));
  });

  it('follows the capacity attribute', async () => {
    const { el } = await timelineIn(html`<lernplan-timeline today=${TODAY} capacity="30" .plan=${samplePlan()} .goals=${GOALS}></lernplan-timeline>`);
    expect(all(el, '[part~="load-over"]')).to.deep.equal([]);
    expect(all(el, '.finding').some((node) => node.getAttribute('data-code') === 'over-capacity')).to.equal(false);
    el.capacity = 20;
    await el.updateComplete;
    expect(all(el, '[part~="load-over"]').map((cell) => cell.getAttribute('aria-label'))).to.deep.equal(['September 2025: 23,8 von 20 Stunden, 3,8 Stunden zu viel']);
  });

  it('lists the findings of the domain check and ties each to its bar, review, goal or month', async () => {
    const { el } = await sampleTimeline();
    const expected = checkPlan(samplePlan(), { goals: GOALS, person: PERSON });
    const items = all(el, '[part="findings"] li.finding');
    expect(items.map((node) => node.getAttribute('data-code'))).to.deep.equal(expected.map((finding) => finding.code));
    expect(items.map((node) => node.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(
      expected.map((finding) => `${finding.severity === 'error' ? 'Problem' : 'Hinweis'}: ${describeFinding(finding, 'de').replace(/\s+/g, ' ')}`),
    );
    const idOf = (code: string) => items.find((node) => node.getAttribute('data-code') === code)!.id;

    // Item after its goal's due date: on the coaching bar, with a visible "!".
    const coaching = one(el, '[data-key="item:i3"]');
    expect(coaching.getAttribute('aria-describedby')!.split(' ')).to.include(idOf('item-after-due'));
    expect(coaching.querySelector('.badge text')!.textContent).to.equal('!');
    // Goal without item: on the goal's marker.
    const goal = all(el, '[part="goal-marker"]').find((node) => node.getAttribute('aria-label')!.includes('Datenkompetenz'))!;
    expect(goal.getAttribute('aria-describedby')).to.equal(idOf('goal-without-item'));
    expect(goal.querySelector('.mark-badge')!.textContent).to.equal('!');
    // Over capacity: on the month.
    const september = all(el, '[part~="load-over"]')[0];
    expect(september.getAttribute('aria-describedby')).to.equal(items[0].id);
    // Every id that is pointed at exists.
    for (const node of all(el, '[aria-describedby]')) {
      for (const id of node.getAttribute('aria-describedby')!.split(' ')) expect(el.shadowRoot!.getElementById(id), id).to.not.equal(null);
    }
  });

  it('checks the goals an item names only when goals are given: without them no item is marked as pointing nowhere, with an empty list each is', async () => {
    // Within capacity: without the goals nothing in this plan needs a hint.
    const plan = { ...samplePlan(), capacityHoursPerMonth: 40 };
    const { el, errors } = await timelineIn(html`<lernplan-timeline today=${TODAY} plan=${JSON.stringify(plan)}></lernplan-timeline>`);
    expect(errors).to.deep.equal([]);
    expect(el.findings).to.deep.equal([]);
    expect(one(el, '.no-findings').textContent).to.equal('Der Plan ist stimmig: keine Hinweise.');
    expect(all(el, '.has-finding'), 'no "!" on a bar').to.deep.equal([]);
    expect(all(el, '.badge')).to.deep.equal([]);
    expect(el.shadowRoot!.textContent).to.not.contain('das es nicht gibt');
    await expectAccessible(el);

    // Given, also as an empty list, the goals are known: every goal named is then missing.
    el.setAttribute('goals', '[]');
    await el.updateComplete;
    expect(el.findings.map((finding) => [finding.code, finding.itemId])).to.deep.equal([
      ['unknown-goal', 'i1'],
      ['unknown-goal', 'i2'],
      ['unknown-goal', 'i3'],
      ['unknown-goal', 'i4'],
    ]);
    for (const id of ['i1', 'i2', 'i3', 'i4']) expect(one(el, `[data-key="item:${id}"] .badge text`).textContent, id).to.equal('!');
    expect(one(el, '[part="findings"]').textContent!.replace(/\s+/g, ' ')).to.contain('verweist auf das Ziel „g1“, das es nicht gibt');
    await expectAccessible(el);

    // Without them again (the attribute removed), and with them: only the real findings.
    el.removeAttribute('goals');
    await el.updateComplete;
    expect(el.findings).to.deep.equal([]);
    el.goals = GOALS;
    await el.updateComplete;
    expect(el.findings.map((finding) => finding.code)).to.deep.equal(checkPlan(plan, { goals: GOALS }).map((finding) => finding.code));
    expect(el.findings.map((finding) => finding.code)).to.not.include('unknown-goal');
  });

  it('reports missing reviews and going over budget', async () => {
    const plan = { ...samplePlan(), reviews: [], budget: 1000 };
    const { el } = await timelineIn(html`<lernplan-timeline today=${TODAY} .plan=${plan} .goals=${GOALS} .person=${PERSON}></lernplan-timeline>`);
    const codes = all(el, '.finding').map((node) => node.getAttribute('data-code'));
    expect(codes).to.include('no-reviews').and.include('over-budget');
    const budget = all(el, '.finding').find((node) => node.getAttribute('data-code') === 'over-budget')!;
    expect(budget.textContent!.replace(/\s+/g, ' ')).to.contain('1.700 €, 700 € mehr als das Budget von 1.000 €');
    expect(budget.classList.contains('error')).to.equal(true);
    expect(all(el, '.scroller [data-key^="review:"]')).to.deep.equal([]);
    await expectAccessible(el);
  });

  it('says when the plan adds up', async () => {
    const plan = samplePlan();
    plan.items = [plan.items[3]];
    plan.capacityHoursPerMonth = 10;
    plan.reviews = [
      { id: 'r1', date: '2025-11-10', participants: [], final: false },
      { id: 'r2', date: '2025-12-15', participants: [], final: true },
    ];
    // The goal asks for the 16 hours its one item gives, and is due by the final review.
    const goal = { ...GOALS[0], resources: { hours: 16 }, due: '2025-12-15' };
    const { el } = await timelineIn(html`<lernplan-timeline today=${TODAY} .plan=${plan} .goals=${[goal]}></lernplan-timeline>`);
    expect(el.findings).to.deep.equal([]);
    expect(one(el, '.no-findings').textContent).to.equal('Der Plan ist stimmig: keine Hinweise.');
    expect(all(el, '.has-finding')).to.deep.equal([]);

    // The same plan for the goal as it is: 40 hours asked, due after the final review.
    el.goals = [GOALS[0]];
    await el.updateComplete;
    expect(el.findings.map((finding) => finding.code)).to.deep.equal(['goal-hours-short', 'final-review-before-due']);
    const said = all(el, '[part="findings"] li').map((li) => li.textContent!.replace(/\s+/g, ' '));
    expect(said.join(' ')).to.contain('16 Stunden').and.contain('40');
    await expectAccessible(el);
  });
});
