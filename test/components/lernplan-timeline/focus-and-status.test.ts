import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { KrPlanChangeDetail } from '../../../src/components/lernplan-timeline/lernplan-timeline.js';
import type { Plan } from '../../../src/domain/types.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { timelineInProvider } from './in-provider.js';
import { all, GOALS, one, PERSON, samplePlan, sampleTimeline, timelineIn, TODAY, type LernplanTimeline } from './util.js';

function changes(el: LernplanTimeline): KrPlanChangeDetail[] {
  const seen: KrPlanChangeDetail[] = [];
  el.addEventListener('kr-plan-change', (event) => seen.push(event.detail));
  return seen;
}

async function pressWith(modifier: 'Shift' | 'Control', key: string): Promise<void> {
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}

async function press(el: LernplanTimeline, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
  await el.updateComplete;
}

const focused = (el: LernplanTimeline) => el.shadowRoot!.activeElement;
const focusedKey = (el: LernplanTimeline) => focused(el)?.getAttribute('data-key');
const said = (el: LernplanTimeline) => one(el, '[role="status"][aria-live="polite"]').textContent ?? '';
const statusSelect = (el: LernplanTimeline) => one<HTMLSelectElement>(el, '.toolbar select.plan-status');
const applyButton = (el: LernplanTimeline) => one<HTMLButtonElement>(el, '.toolbar button.apply-status');
const shownOption = (select: HTMLSelectElement) => select.selectedOptions[0]?.value;

describe('lernplan-timeline: the plan status field only picks, a button applies (WCAG 3.2.2)', () => {
  it('arrow keys on the select change nothing; the button applies the status, focus stays and the field shows it', async () => {
    const { el } = await sampleTimeline({ editable: true });
    const seen = changes(el);
    statusSelect(el).focus();
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(seen, 'choosing an option changes nothing').to.deep.equal([]);
    expect(el.plan!.status).to.equal('draft');
    expect(focused(el) === statusSelect(el), 'focus stays on the select').to.equal(true);
    expect(shownOption(statusSelect(el)), 'the choice stays in the field').to.equal('cancelled');
    await press(el, 'ArrowUp');
    expect(shownOption(statusSelect(el))).to.equal('agreed');

    applyButton(el).focus();
    await press(el, 'Enter');
    expect(seen.map((detail) => detail.change)).to.deep.equal([{ type: 'set-plan-status', status: 'agreed', date: TODAY }]);
    expect(el.plan!.status).to.equal('agreed');
    expect(focused(el) === applyButton(el), 'focus stays on the button').to.equal(true);
    const select = statusSelect(el);
    expect([...select.options].map((option) => option.value)).to.deep.equal(['agreed', 'active', 'cancelled']);
    expect(shownOption(select), 'the field shows the real status').to.equal('agreed');
    expect(select.value).to.equal('agreed');
    expect(said(el)).to.equal('Planstatus jetzt: vereinbart.');
    await expectAccessible(el);
  });

  it('asks before cancelling the plan; keeping it changes nothing and focus returns to the button', async () => {
    const { el } = await sampleTimeline({ editable: true, lang: 'en' });
    const seen = changes(el);
    statusSelect(el).focus();
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    applyButton(el).focus();
    await press(el, 'Enter');
    const dialog = one<HTMLDialogElement>(el, 'dialog');
    expect(dialog.open).to.equal(true);
    expect(seen).to.deep.equal([]);
    expect(one(el, '#dialog-title').textContent).to.equal('Cancel the plan?');
    expect(dialog.getAttribute('aria-describedby')).to.equal('dialog-text');
    expect(focused(el) === one(el, 'dialog button.close'), 'focus on the safe choice').to.equal(true);
    await expectAccessible(el);

    await press(el, 'Escape');
    expect(dialog.open).to.equal(false);
    expect(seen).to.deep.equal([]);
    expect(focused(el) === applyButton(el), 'focus back on the button').to.equal(true);
    await el.updateComplete;
    expect(shownOption(statusSelect(el)), 'the field shows the plan’s own status again').to.equal(el.currentPlan!.status);
    expect(applyButton(el).getAttribute('aria-disabled')).to.equal('true');

    statusSelect(el).focus();
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    applyButton(el).focus();
    await press(el, 'Enter');
    one<HTMLButtonElement>(el, 'dialog button.confirm-status').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(seen.map((detail) => detail.change)).to.deep.equal([{ type: 'set-plan-status', status: 'cancelled', date: TODAY }]);
    await waitUntil(() => focused(el) === one(el, '.toolbar .plan-status-final'), 'the button went with the field: focus on the status, read out');
    expect(all(el, '.toolbar select.plan-status, .toolbar .apply-status'), 'nothing follows a cancelled plan').to.have.length(0);
    expect(one(el, '.toolbar .plan-status-final').textContent).to.equal('Plan status: cancelled');
    expect(said(el)).to.equal('The plan is now cancelled.');
    await expectAccessible(el);
  });

  it('inside a provider a cancelled plan goes away and focus stays in the toolbar', async () => {
    const { provider, el } = await timelineInProvider({ format: 'kompetenzrad-portfolio', version: 1, people: [PERSON], assessments: [], goals: GOALS, plans: [samplePlan()] });
    statusSelect(el).focus();
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(provider.portfolio.plans[0].status, 'nothing stored by the arrow keys').to.equal('draft');
    applyButton(el).focus();
    await press(el, 'Enter');
    one<HTMLButtonElement>(el, 'dialog button.confirm-status').click();
    await waitUntil(() => provider.portfolio.plans[0].status === 'cancelled', 'the cancelled plan is stored');
    await waitUntil(() => el.currentPlan === undefined, 'the plan is no longer shown');
    await waitUntil(() => focused(el) !== null, 'focus is in the element');
    expect(focused(el)!.closest('.toolbar') !== null, 'focus in the toolbar').to.equal(true);
    expect(document.activeElement === el, 'focus in the element').to.equal(true);
    await expectAccessible(el);
    // As the question says: undo brings the plan back with its former status.
    one<HTMLButtonElement>(el, '.toolbar .undo').click();
    await waitUntil(() => provider.portfolio.plans[0].status === 'draft', 'undo stores the former status');
    await waitUntil(() => el.currentPlan?.status === 'draft', 'and the plan is shown again');
  });
});

describe('lernplan-timeline: focus after removing and undoing', () => {
  it('removing an entry from its details sends focus to the entry before it, as Delete does', async () => {
    const { el } = await sampleTimeline({ editable: true });
    one<SVGGElement>(el, '.scroller [data-key="item:i4"]').focus();
    await el.updateComplete;
    await press(el, 'Enter');
    expect(one<HTMLDialogElement>(el, 'dialog').open).to.equal(true);
    one<HTMLButtonElement>(el, 'dialog button.danger').click();
    await waitUntil(() => focusedKey(el) !== undefined && focusedKey(el) !== null, 'focus is on an entry');
    expect(el.plan!.items.map((entry) => entry.id)).to.deep.equal(['i1', 'i2', 'i3']);
    expect(focusedKey(el)).to.equal('item:i2');
    expect(focused(el)!.getAttribute('tabindex')).to.equal('0');
    await expectAccessible(el);
  });

  it('a dialog opened again before the close event of its closing arrives stays open (the event is queued)', async () => {
    const { el } = await sampleTimeline({ editable: true });
    one<SVGGElement>(el, '.scroller [data-key="item:i4"]').focus();
    await el.updateComplete;
    await press(el, 'Enter');
    const dialog = one<HTMLDialogElement>(el, 'dialog');
    const title = one(el, '#dialog-title').textContent;
    dialog.close();
    dialog.showModal();
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(dialog.open, 'the late close event closes nothing').to.equal(true);
    expect(one(el, '#dialog-title').textContent).to.equal(title);
  });

  it('the undo button keeps focus when there is nothing left to undo (aria-disabled, press ignored)', async () => {
    const { el } = await sampleTimeline({ editable: true });
    const seen = changes(el);
    const undo = one<HTMLButtonElement>(el, '.toolbar .undo');
    expect(undo.getAttribute('aria-disabled')).to.equal('true');
    one<SVGGElement>(el, '.scroller [data-key="item:i4"]').focus();
    await press(el, 'ArrowRight');
    expect(undo.getAttribute('aria-disabled')).to.equal('false');
    undo.focus();
    await press(el, 'Enter');
    expect(seen.map((detail) => detail.change.type)).to.deep.equal(['move-item', 'undo']);
    expect(focused(el) === undo, 'focus stays on the button').to.equal(true);
    expect(undo.getAttribute('aria-disabled')).to.equal('true');
    await press(el, 'Enter');
    expect(seen, 'a press on it now does nothing').to.have.length(2);
    expect(focused(el) === undo, 'focus still on the button').to.equal(true);
    await expectAccessible(el);
  });

  it('inside a provider Ctrl+Z brings focus to the review that is back, which is the tab stop', async () => {
    const { provider, el } = await timelineInProvider({ format: 'kompetenzrad-portfolio', version: 1, people: [PERSON], assessments: [], goals: GOALS, plans: [samplePlan()] });
    one<SVGGElement>(el, '.scroller [data-key="review:r1"]').focus();
    await el.updateComplete;
    await press(el, 'Delete');
    await waitUntil(() => provider.portfolio.plans[0].reviews.length === 1, 'the removal is stored');
    await el.updateComplete;
    await pressWith('Control', 'z');
    await waitUntil(() => provider.portfolio.plans[0].reviews.length === 2, 'the review is stored again');
    await waitUntil(() => el.currentPlan?.reviews.length === 2, 'the review is shown again');
    await el.updateComplete;
    await el.updateComplete;
    expect(focusedKey(el)).to.equal('review:r1');
    expect(one(el, '.scroller [data-key="review:r1"]').getAttribute('tabindex')).to.equal('0');
    await expectAccessible(el);
  });
});

describe('lernplan-timeline: a tooltip shown for the pointer alone closes with Escape (WCAG 1.4.13)', () => {
  const WEEK_TITLE = 'Medienkompetenz kompakt für die ganze Abteilung';
  const plan = (): Plan => ({
    id: 'plan-tip',
    personId: 'p1',
    status: 'active',
    history: [{ status: 'active', date: '2025-08-01' }],
    items: [
      { id: 'a1', kind: 'format', formatId: 'coaching', competencyIds: ['projektmanagement'], start: '2025-09-01', end: '2026-02-27', hours: 10, cost: 0, status: 'running', goalId: 'g1' },
      { id: 'a2', kind: 'format', formatId: 'selbstlernen', competencyIds: ['projektmanagement'], start: '2025-11-03', end: '2025-11-09', hours: 4, cost: 0, status: 'planned', goalId: 'g1', title: WEEK_TITLE },
    ],
    reviews: [{ id: 'r1', date: '2026-03-02', participants: ['Alex Beispiel'], final: true }],
    capacityHoursPerMonth: 8,
  });

  it('Escape hides it while focus is outside the chart', async () => {
    const { el } = await timelineIn(html`<lernplan-timeline lang="de" today=${TODAY} .plan=${plan()} .goals=${GOALS} .person=${PERSON}></lernplan-timeline>`, 600);
    (document.activeElement as HTMLElement | null)?.blur();
    one(el, '.scroller [data-key="item:a2"] .bar-fill').dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    const tip = () => el.shadowRoot!.querySelector('[part="tooltip"]');
    expect(tip()?.textContent).to.contain(WEEK_TITLE);
    expect(document.activeElement === document.body, 'no focus in the chart').to.equal(true);
    await press(el, 'Escape');
    expect(tip() === null, 'Escape hides it').to.equal(true);
    await expectAccessible(el);
  });
});
