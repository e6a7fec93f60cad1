import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { KrPlanChangeDetail } from '../../../src/components/lernplan-timeline/lernplan-timeline.js';
import type { Plan } from '../../../src/domain/types.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { litWarnings } from '../../helpers/lit-warnings.js';
import { timelineInProvider } from './in-provider.js';
import { all, GOALS, one, PERSON, samplePlan, timelineIn, TODAY, type LernplanTimeline } from './util.js';

function activePlan(): Plan {
  return { ...samplePlan(), status: 'active', history: [{ status: 'draft', date: '2025-08-20' }, { status: 'agreed', date: '2025-08-25' }, { status: 'active', date: '2025-09-01' }] };
}

function changes(el: LernplanTimeline): KrPlanChangeDetail[] {
  const seen: KrPlanChangeDetail[] = [];
  el.addEventListener('kr-plan-change', (event) => seen.push(event.detail));
  return seen;
}

const focused = (el: LernplanTimeline) => el.shadowRoot!.activeElement;
const said = (el: LernplanTimeline) => one(el, '[role="status"][aria-live="polite"]').textContent ?? '';
const field = <E extends HTMLElement = HTMLInputElement>(el: LernplanTimeline, name: string) => one<E>(el, `dialog [name="${name}"]`);
const submit = (el: LernplanTimeline) => one<HTMLButtonElement>(el, 'dialog button[type="submit"]');

/** Picks "abgeschlossen" in the status field and applies it: the final review's form opens. */
async function openFinalReview(el: LernplanTimeline): Promise<HTMLDialogElement> {
  const select = one<HTMLSelectElement>(el, '.toolbar select.plan-status');
  select.focus();
  await sendKeys({ press: 'ArrowDown' });
  await el.updateComplete;
  expect(select.selectedOptions[0]?.value).to.equal('completed');
  const apply = one<HTMLButtonElement>(el, '.toolbar button.apply-status');
  expect(apply.getAttribute('aria-haspopup'), 'the button says it opens a dialog').to.equal('dialog');
  apply.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  const dialog = one<HTMLDialogElement>(el, 'dialog');
  expect(dialog.open).to.equal(true);
  return dialog;
}

async function answer(el: LernplanTimeline, answers: { reached: 'yes' | 'no'; smart?: true }[]): Promise<void> {
  answers.forEach((entry, i) => {
    one<HTMLInputElement>(el, `dialog [name="reached-${i}"][value="${entry.reached}"]`).click();
    if (entry.smart) field(el, `smart-${i}`).click();
  });
  await el.updateComplete;
}

async function send(el: LernplanTimeline): Promise<void> {
  submit(el).click();
  await el.updateComplete;
  await el.updateComplete;
}

describe('lernplan-timeline: completing a plan records its final review', () => {
  it('asks for each goal the plan serves; plan, outcome and goals go out together; undo takes them back', async () => {
    const { el } = await timelineIn(html`<lernplan-timeline editable today=${TODAY} .plan=${activePlan()} .goals=${GOALS} .person=${PERSON}></lernplan-timeline>`);
    const seen = changes(el);
    const dialog = await openFinalReview(el);
    expect(seen, 'nothing changed by asking').to.deep.equal([]);
    expect(one(el, '#dialog-title').textContent).to.equal('Abschlussgespräch festhalten');
    expect(dialog.getAttribute('aria-describedby')).to.equal('dialog-text');
    expect(one(el, '#dialog-text').textContent).to.contain('(Status bisher: läuft)');
    // g3 has no item: only the two goals the plan serves are asked about, each a group named by its goal.
    const legends = all(el, 'dialog fieldset legend').map((legend) => legend.textContent!.trim());
    expect(legends).to.have.length(2);
    expect(legends[0]).to.contain('Projektmanagement');
    expect(legends[1]).to.contain('Kommunikation');
    expect(field(el, 'date').value, 'the review is today').to.equal(TODAY);
    expect(field(el, 'date').min, 'not before the plan’s last step').to.equal('2025-09-01');
    await waitUntil(() => focused(el) === field(el, 'date'), 'focus on the first field');
    await expectAccessible(el);

    // Without an answer for every goal the browser keeps the form (and says which).
    await answer(el, [{ reached: 'yes', smart: true }]);
    await send(el);
    expect(seen, 'not sent while a goal has no answer').to.deep.equal([]);
    expect(dialog.open).to.equal(true);
    expect(field(el, 'reached-1').matches(':invalid')).to.equal(true);

    await answer(el, [{ reached: 'yes' }, { reached: 'no' }]);
    field<HTMLTextAreaElement>(el, 'notes').value = '  Gutes Gespräch  ';
    field(el, 'next').value = '2026-03-01';
    await send(el);
    expect(seen).to.have.length(1);
    const [completed] = seen;
    const outcome = { date: TODAY, goals: [{ goalId: 'g1', reached: true, smartInPractice: true }, { goalId: 'g2', reached: false, smartInPractice: false }], nextStockTaking: '2026-03-01' };
    expect(completed.change).to.deep.equal({ type: 'final-review', outcome });
    expect(completed.plan.status).to.equal('completed');
    expect(completed.plan.outcome).to.deep.equal(outcome);
    expect(completed.plan.reviews.find((review) => review.final)).to.include({ id: 'r2', date: TODAY, notes: 'Gutes Gespräch' });
    expect(completed.goals!.map((goal) => [goal.id, goal.status])).to.deep.equal([
      ['g1', 'reached'],
      ['g2', 'not-reached'],
    ]);
    expect(el.goals!.map((goal) => goal.status), 'outside a provider the element keeps the goals too').to.deep.equal(['reached', 'not-reached', undefined]);
    expect(dialog.open).to.equal(false);
    await waitUntil(() => focused(el) === one(el, '.toolbar .plan-status-final'), 'the status button went with the field: focus on the status, read out');
    expect(said(el)).to.equal('Plan abgeschlossen: 1 von 2 Zielen erreicht. Nächste Bestandsaufnahme bis 01.03.2026.');
    expect(one(el, '[part="summary"]').textContent).to.contain('Abschlussgespräch am 10.09.2025: 1 von 2 Zielen erreicht, nächste Bestandsaufnahme bis 01.03.2026.');
    expect(all(el, '.toolbar .add-item, .toolbar .add-review'), 'a completed plan is on record').to.have.length(0);
    expect(el.findings, 'and has no findings to act on').to.deep.equal([]);
    expect(all(el, '.toolbar select.plan-status, .toolbar .apply-status'), 'nothing follows a completed plan').to.have.length(0);
    expect(one(el, '.toolbar .plan-status-final').textContent).to.equal('Planstatus: abgeschlossen');
    one<SVGElement>(el, '[data-key^="item:"]').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(seen, 'no move of a completed plan').to.have.length(1);
    await expectAccessible(el);

    expect(one(el, '[data-key="review:r2"]').getAttribute('aria-label'), 'its diamond says the result').to.equal('Abschlussgespräch am 10.09.2025 mit Alex Beispiel, Sam Leitung: 1 von 2 Zielen erreicht');
    // The final review's details say what it recorded.
    one<SVGElement>(el, '[data-key="review:r2"]').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(dialog.open).to.equal(true);
    const details = one(el, 'dialog .dialog-data').textContent!.replace(/\s+/g, ' ');
    expect(details).to.contain('Gutes Gespräch');
    expect(details).to.match(/Projektmanagement[^,]*: erreicht, hat sich als SMART-Ziel in der Praxis bewährt/);
    expect(details).to.match(/Kommunikationsfähigkeit[^,]*: nicht erreicht/);
    expect(details).to.match(/Nächste Bestandsaufnahme bis\s*01\.03\.2026/);
    await expectAccessible(el);
    // Closing the details gives focus back to the chart in the update that closes them, not in one asked for after it.
    const warned = await litWarnings(async () => {
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
    });
    expect(warned).to.deep.equal([]);
    // And so does its entry in the list view.
    el.view = 'list';
    await el.updateComplete;
    const entry = one(el, '.list-entry.review.final').textContent!.replace(/\s+/g, ' ');
    expect(entry).to.match(/Kommunikationsfähigkeit[^,]*: nicht erreicht/);
    expect(entry).to.match(/Nächste Bestandsaufnahme bis\s*01\.03\.2026/);
    await expectAccessible(el);
    el.view = 'chart';
    await el.updateComplete;

    one<HTMLButtonElement>(el, '.toolbar .undo').click();
    await el.updateComplete;
    expect(el.currentPlan?.status).to.equal('active');
    expect(el.currentPlan?.outcome).to.equal(undefined);
    expect(seen[1].change).to.deep.equal({ type: 'undo', undone: completed.change });
    expect(seen[1].goals, 'the goals as they were').to.deep.equal(GOALS.slice(0, 2));
    expect(el.goals).to.deep.equal(GOALS);
  });

  it('says in the form why the plan could not be completed, and keeps what was filled in', async () => {
    const { el } = await timelineIn(html`<lernplan-timeline editable today=${TODAY} .plan=${activePlan()} .goals=${GOALS} .person=${PERSON}></lernplan-timeline>`);
    const seen = changes(el);
    const dialog = await openFinalReview(el);
    await answer(el, [{ reached: 'yes' }, { reached: 'yes' }]);
    field(el, 'next').value = '2025-01-01';
    await send(el);
    expect(seen).to.deep.equal([]);
    expect(dialog.open).to.equal(true);
    const error = one(el, 'dialog .dialog-error').textContent!;
    expect(error).to.equal('Änderung nicht möglich: Der 1. Januar 2025 liegt vor dem Datum des Abschlussgesprächs (10. September 2025).', 'the field is marked, not named as data');
    expect(said(el), 'the alert line says it; the live region does not say it again').to.not.contain('nicht möglich');
    const next = field(el, 'next');
    expect(next.getAttribute('aria-invalid')).to.equal('true');
    expect(next.getAttribute('aria-describedby')).to.equal('dialog-error');
    await waitUntil(() => focused(el) === next, 'focus on the field to correct');
    expect(field(el, 'date').hasAttribute('aria-invalid'), 'the other fields are not marked').to.equal(false);
    expect(next.value, 'the fields keep their values').to.equal('2025-01-01');
    expect(one<HTMLInputElement>(el, 'dialog [name="reached-1"][value="yes"]').checked).to.equal(true);
    await expectAccessible(el);

    field(el, 'next').value = '2025-12-01';
    await send(el);
    expect(seen.map((detail) => detail.change.type)).to.deep.equal(['final-review']);
    expect(el.currentPlan?.outcome?.nextStockTaking).to.equal('2025-12-01');
  });

  it('keeps a final review already held: its date and its notes are the form’s start', async () => {
    const plan = activePlan();
    plan.reviews = [plan.reviews[0]!, { ...plan.reviews[1]!, date: '2025-09-05', notes: 'Agenda: Ergebnisse der Kurse' }];
    const { el } = await timelineIn(html`<lernplan-timeline editable today=${TODAY} .plan=${plan} .goals=${GOALS} .person=${PERSON}></lernplan-timeline>`);
    await openFinalReview(el);
    expect(field(el, 'date').value).to.equal('2025-09-05');
    expect(field<HTMLTextAreaElement>(el, 'notes').value).to.equal('Agenda: Ergebnisse der Kurse');
    expect(field(el, 'next').value, 'empty: the next stock-taking is due on the day of the review').to.equal('');
    await answer(el, [{ reached: 'yes' }, { reached: 'yes' }]);
    await send(el);
    expect(el.currentPlan?.outcome).to.deep.include({ date: '2025-09-05', nextStockTaking: '2025-09-05' });
    expect(el.currentPlan?.reviews.find((review) => review.final)?.notes).to.equal('Agenda: Ergebnisse der Kurse');
  });

  it('a goal the plan serves that the time line does not have (or another person’s) is named, and the plan cannot be completed', async () => {
    const stranger = { ...GOALS[0]!, personId: 'p2' };
    const { el } = await timelineIn(html`<lernplan-timeline editable today=${TODAY} .plan=${activePlan()} .goals=${[stranger, GOALS[1]!]} .person=${PERSON}></lernplan-timeline>`);
    await openFinalReview(el);
    expect(all(el, 'dialog fieldset')).to.have.length(1);
    expect(one(el, 'dialog .missing-goals').textContent).to.contain('(„g1“)');
    expect(all(el, 'dialog .no-goals')).to.have.length(0);
    expect(submit(el).disabled).to.equal(true);
    await expectAccessible(el);
  });

  it('undo gives back each goal’s status and keeps what was changed in the goals since', async () => {
    const { el } = await timelineIn(html`<lernplan-timeline editable today=${TODAY} .plan=${activePlan()} .goals=${GOALS} .person=${PERSON}></lernplan-timeline>`);
    const seen = changes(el);
    await openFinalReview(el);
    await answer(el, [{ reached: 'yes' }, { reached: 'no' }]);
    await send(el);
    el.goals = el.goals!.map((goal) => (goal.id === 'g1' ? { ...goal, measure: 'leitet zwei Projekte' } : goal));
    await el.updateComplete;
    one<HTMLButtonElement>(el, '.toolbar .undo').click();
    await el.updateComplete;
    expect(seen[1].goals).to.deep.equal([{ ...GOALS[0], measure: 'leitet zwei Projekte' }, GOALS[1]]);
    expect(el.goals!.map((goal) => [goal.measure, goal.status])).to.deep.equal([
      ['leitet zwei Projekte', undefined],
      [GOALS[1]!.measure, undefined],
      [GOALS[2]!.measure, undefined],
    ]);
  });

  it('a plan whose activities serve no goal is completed with its date alone (English)', async () => {
    const plan = activePlan();
    plan.items = plan.items.map(({ goalId: _none, ...item }) => item);
    const { el } = await timelineIn(html`<lernplan-timeline editable lang="en" today=${TODAY} .plan=${plan} .goals=${GOALS} .person=${PERSON}></lernplan-timeline>`);
    await openFinalReview(el);
    expect(one(el, '#dialog-title').textContent).to.equal('Record the final review');
    expect(all(el, 'dialog fieldset')).to.have.length(0);
    expect(one(el, 'dialog .no-goals').textContent).to.equal('No activity of the plan serves a learning goal: there is no goal to assess.');
    await send(el);
    expect(el.currentPlan?.status).to.equal('completed');
    expect(el.currentPlan?.outcome).to.deep.equal({ date: TODAY, goals: [], nextStockTaking: TODAY });
    expect(el.currentPlan?.reviews.find((review) => review.final)?.notes, 'without notes a summary is written').to.match(/^0 of 0 goals reached/);
    expect(said(el)).to.equal('Plan completed. Next stock-taking by 10 Sept 2025.');
  });

  it('inside a provider the plan and the goals are stored together, and undo stores them as they were', async () => {
    const { provider, el } = await timelineInProvider({ format: 'kompetenzrad-portfolio', version: 1, people: [PERSON], assessments: [], goals: GOALS, plans: [activePlan()] });
    await openFinalReview(el);
    await answer(el, [{ reached: 'yes', smart: true }, { reached: 'no' }]);
    await send(el);
    await waitUntil(() => provider.portfolio.plans[0].status === 'completed', 'the completed plan is stored');
    expect(provider.portfolio.plans[0].outcome?.goals.map((goal) => goal.reached)).to.deep.equal([true, false]);
    expect(provider.portfolio.goals.map((goal) => goal.status)).to.deep.equal(['reached', 'not-reached', undefined]);
    await waitUntil(() => el.currentPlan?.status === 'completed', 'and shown');
    expect(one(el, '[part="summary"]').textContent).to.contain('1 von 2 Zielen erreicht');

    one<HTMLButtonElement>(el, '.toolbar .undo').click();
    await waitUntil(() => provider.portfolio.plans[0].status === 'active', 'undo stores the plan as it was');
    expect(provider.portfolio.plans[0].outcome).to.equal(undefined);
    expect(provider.portfolio.goals).to.deep.equal(GOALS);
  });
});
