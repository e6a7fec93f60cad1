import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { KrPlanChangeDetail } from '../../../src/components/lernplan-timeline/lernplan-timeline.js';
import type { Plan } from '../../../src/domain/types.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { timelineInProvider } from './in-provider.js';
import { all, GOALS, one, PERSON, samplePlan, timelineIn, TODAY, type LernplanTimeline } from './util.js';

const GAPS = [
  { competencyId: 'daten', categoryId: 'digital', target: 2, actual: 0, gap: 2, status: 'to-build', disagreement: false, blindSpot: false, hiddenStrength: false, stale: false, priority: 20, rank: 1 },
];

const AGREED: Plan = { ...samplePlan(), status: 'agreed', history: [{ status: 'draft', date: '2025-08-20' }, { status: 'agreed', date: '2025-08-25' }] };

/** An editable timeline outside a provider that can draft for the person (with `plan`, if given, shown). */
async function draftable(plan: Plan | undefined, lang = 'de') {
  const { el } = await timelineIn(
    html`<lernplan-timeline editable lang=${lang} today=${TODAY} .plan=${plan} .person=${PERSON} .goals=${GOALS} .gaps=${GAPS}></lernplan-timeline>`,
  );
  const seen: KrPlanChangeDetail[] = [];
  el.addEventListener('kr-plan-change', (event) => seen.push(event.detail));
  return { el, seen };
}

const dialog = (el: LernplanTimeline) => one<HTMLDialogElement>(el, 'dialog');
const focused = (el: LernplanTimeline) => el.shadowRoot!.activeElement;
const said = (el: LernplanTimeline) => one(el, '[role="status"][aria-live="polite"]').textContent;

async function pressDraft(el: LernplanTimeline): Promise<HTMLButtonElement> {
  const button = one<HTMLButtonElement>(el, '.toolbar .draft');
  button.focus();
  button.click();
  await el.updateComplete;
  return button;
}

async function answer(el: LernplanTimeline, selector: string): Promise<void> {
  one<HTMLButtonElement>(el, `dialog ${selector}`).click();
  await el.updateComplete;
  await el.updateComplete;
}

describe('lernplan-timeline: drafting over a plan', () => {
  it('asks first when a draft is shown, in a labelled dialog with focus on its action', async () => {
    const { el, seen } = await draftable(samplePlan());
    const button = await pressDraft(el);
    expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
    expect(seen, 'nothing changed yet').to.deep.equal([]);
    expect(el.plan?.id).to.equal('plan-p1');
    expect(dialog(el).open).to.equal(true);
    expect(dialog(el).getAttribute('aria-labelledby')).to.equal('dialog-title');
    expect(one(el, '#dialog-title').textContent).to.equal('Den Entwurf durch einen neuen ersetzen?');
    expect(dialog(el).getAttribute('aria-describedby')).to.equal('dialog-text');
    expect(one(el, '#dialog-text').textContent).to.contain('„Rückgängig“ holt den bisherigen Entwurf zurück');
    expect(focused(el)).to.equal(one(el, 'dialog button.confirm-draft'));
    expect(one(el, 'dialog button.confirm-draft').textContent).to.equal('Entwurf ersetzen');
    await expectAccessible(el);
  });

  it('replaces the draft in place (same id), says so, and undo brings the previous draft back', async () => {
    const before = samplePlan();
    const { el, seen } = await draftable(before);
    const button = await pressDraft(el);
    await answer(el, 'button.confirm-draft');
    expect(seen).to.have.length(1);
    expect(seen[0].change).to.deep.equal({ type: 'draft', replaced: true });
    const drafted = seen[0].plan;
    expect(drafted).to.include({ id: 'plan-p1', personId: 'p1', status: 'draft' });
    expect(drafted.items.map((entry) => entry.id)).to.not.include('i1');
    expect(el.plan).to.equal(drafted);
    expect(all(el, '[part="bar"]')).to.have.length(drafted.items.length);
    expect(dialog(el).open).to.equal(false);
    expect(focused(el), 'focus is back on the draft button').to.equal(button);
    expect(said(el)).to.match(/^Entwurf ersetzt: \d+ Angebote?, \d+ Review-Gespräche?\.$/);

    one<HTMLButtonElement>(el, '.toolbar .undo').click();
    await el.updateComplete;
    expect(seen).to.have.length(2);
    expect(seen[1].change).to.deep.equal({ type: 'undo', undone: { type: 'draft', replaced: true } });
    expect(seen[1].plan, 'the previous draft, not a cancelled one').to.deep.equal(before);
    expect(el.plan).to.deep.equal(before);
    expect(all(el, '[part="bar"]')).to.have.length(before.items.length);
  });

  it('Cancel and Escape close the question without a change; focus returns to the draft button', async () => {
    const before = samplePlan();
    const { el, seen } = await draftable(before);
    let button = await pressDraft(el);
    await answer(el, 'button.close');
    expect(dialog(el).open).to.equal(false);
    expect(focused(el)).to.equal(button);

    button = await pressDraft(el);
    expect(dialog(el).open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    expect(focused(el)).to.equal(button);

    expect(seen).to.deep.equal([]);
    expect(el.plan).to.equal(before);
    expect(one<HTMLButtonElement>(el, '.toolbar .undo').getAttribute('aria-disabled'), 'nothing to undo').to.equal('true');
  });

  it('drafts at once, without a question, when no plan is shown', async () => {
    const { el, seen } = await draftable(undefined);
    const button = one<HTMLButtonElement>(el, '.toolbar .draft');
    expect(button.hasAttribute('aria-haspopup')).to.equal(false);
    button.click();
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    expect(seen.map((detail) => detail.change)).to.deep.equal([{ type: 'draft' }]);
    expect(seen[0].plan.id).to.equal(`plan-p1-${TODAY}`);
  });

  it('for an agreed plan asks whether to add a draft beside it, which leaves it as it was; undo cancels the draft', async () => {
    const { el, seen } = await draftable(AGREED);
    await pressDraft(el);
    expect(one(el, '#dialog-title').textContent).to.equal('Neuen Plan entwerfen?');
    const text = one(el, '#dialog-text').textContent!;
    expect(text).to.contain('Der bisherige Plan (vereinbart) bleibt unverändert erhalten');
    expect(text).to.contain('Planstatus auf „abgebrochen“');
    await expectAccessible(el);
    await answer(el, 'button.confirm-draft');
    expect(seen.map((detail) => detail.change)).to.deep.equal([{ type: 'draft' }]);
    expect(seen[0].plan).to.include({ id: `plan-p1-${TODAY}`, status: 'draft' });
    expect(said(el)).to.match(/^Plan entworfen:/);

    one<HTMLButtonElement>(el, '.toolbar .undo').click();
    await el.updateComplete;
    expect(seen[1].change).to.deep.equal({ type: 'undo', undone: { type: 'draft' } });
    expect(seen[1].plan).to.include({ id: `plan-p1-${TODAY}`, status: 'cancelled' });
    expect(el.plan).to.equal(AGREED);
  });

  it('asks in English too, without the hint to cancel a plan that is completed', async () => {
    const completed: Plan = { ...AGREED, status: 'completed', history: [...AGREED.history, { status: 'active', date: '2025-09-01' }, { status: 'completed', date: '2025-09-05' }] };
    const { el } = await draftable(completed, 'en');
    await pressDraft(el);
    expect(one(el, '#dialog-title').textContent).to.equal('Draft a new plan?');
    expect(one(el, '#dialog-text').textContent).to.equal('The current plan (completed) is kept as it is, but is no longer shown here while the new draft exists. “Undo” cancels the new draft and shows the current plan again.');
    expect(one(el, 'dialog button.confirm-draft').textContent).to.equal('Create draft');
  });
});

describe('lernplan-timeline: drafting over a plan inside a provider', () => {
  const inProvider = (plans: Plan[]) => timelineInProvider({ format: 'kompetenzrad-portfolio', version: 1, people: [PERSON], assessments: [], goals: GOALS, plans });

  it('replaces the draft in the portfolio instead of adding a second plan; undo stores the previous draft again', async () => {
    const before = samplePlan();
    const { provider, el } = await inProvider([before]);
    await pressDraft(el);
    expect(dialog(el).open).to.equal(true);
    expect(provider.portfolio.plans, 'nothing stored before the answer').to.deep.equal([before]);
    await answer(el, 'button.confirm-draft');
    await waitUntil(() => provider.portfolio.plans[0].history[0].date === TODAY, 'the new draft is stored');
    await el.updateComplete;
    expect(provider.portfolio.plans.map((plan) => plan.id)).to.deep.equal(['plan-p1']);
    expect(el.currentPlan).to.equal(provider.portfolio.plans[0]);

    one<HTMLButtonElement>(el, '.toolbar .undo').click();
    await waitUntil(() => provider.portfolio.plans[0].history[0].date === '2025-08-20', 'the previous draft is stored again');
    await el.updateComplete;
    expect(provider.portfolio.plans).to.deep.equal([before]);
    expect(el.currentPlan).to.deep.equal(before);
  });

  it('keeps an agreed plan as it was and adds the draft beside it', async () => {
    const { provider, el } = await inProvider([AGREED]);
    await pressDraft(el);
    await answer(el, 'button.confirm-draft');
    await waitUntil(() => provider.portfolio.plans.length === 2, 'the draft is stored');
    await el.updateComplete;
    expect(provider.portfolio.plans[0]).to.deep.equal(AGREED);
    expect(el.currentPlan?.id).to.equal(`plan-p1-${TODAY}`);
  });
});
