import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { KrPlanChangeDetail } from '../../../src/components/lernplan-timeline/lernplan-timeline.js';
import { validatePlan } from '../../../src/domain/plans.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { all, GOALS, one, PERSON, samplePlan, sampleTimeline, timelineIn, TODAY, type LernplanTimeline } from './util.js';

/** Collects every kr-plan-change of `el`. */
function changes(el: LernplanTimeline): KrPlanChangeDetail[] {
  const seen: KrPlanChangeDetail[] = [];
  el.addEventListener('kr-plan-change', (event) => seen.push(event.detail));
  return seen;
}

async function focusEntry(el: LernplanTimeline, key: string): Promise<SVGGElement> {
  const entry = one<SVGGElement>(el, `.scroller [data-key="${key}"]`);
  entry.focus();
  await el.updateComplete;
  return entry;
}

/** Presses `key` with a modifier held (Puppeteer knows no "Shift+ArrowRight"). */
async function pressWith(modifier: 'Shift' | 'Control', key: string): Promise<void> {
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}

const item = (plan: { items: { id: string; start: string; end: string; status: string }[] } | undefined, id: string) => plan?.items.find((candidate) => candidate.id === id);
const focusedKey = (el: LernplanTimeline) => (el.shadowRoot!.activeElement as Element | null)?.getAttribute('data-key');

describe('lernplan-timeline: editing', () => {
  it('moves the focused item by a week with the arrow keys and reports the edit', async () => {
    const { el } = await sampleTimeline({ editable: true });
    const seen = changes(el);
    await focusEntry(el, 'item:i4');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(seen).to.have.length(1);
    expect(seen[0].change).to.deep.equal({ type: 'move-item', itemId: 'i4', days: 7 });
    expect(item(seen[0].plan, 'i4')).to.include({ start: '2025-10-20', end: '2025-12-14' });
    expect(validatePlan(seen[0].plan)).to.deep.equal([]);
    expect(item(el.plan, 'i4')?.start, 'outside a provider the element keeps the edited plan').to.equal('2025-10-20');
    expect(focusedKey(el), 'focus stays on the moved item').to.equal('item:i4');

    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(seen.map((detail) => detail.change)).to.deep.equal([
      { type: 'move-item', itemId: 'i4', days: 7 },
      { type: 'move-item', itemId: 'i4', days: -7 },
      { type: 'move-item', itemId: 'i4', days: -7 },
    ]);
    expect(item(el.plan, 'i4')).to.include({ start: '2025-10-06', end: '2025-11-30' });
    expect(one(el, '[role="status"][aria-live="polite"]').textContent).to.contain('Selbstlernen verschoben: 06.10.2025 bis 30.11.2025');
  });

  it('changes the length with Shift+arrows and refuses to go below one day', async () => {
    const { el } = await sampleTimeline({ editable: true });
    const seen = changes(el);
    await focusEntry(el, 'item:i1');
    await pressWith('Shift', 'ArrowRight');
    await el.updateComplete;
    expect(seen[0].change).to.deep.equal({ type: 'resize-item', itemId: 'i1', days: 7 });
    expect(item(seen[0].plan, 'i1')).to.include({ start: '2025-09-01', end: '2025-09-19' });
    await pressWith('Shift', 'ArrowLeft');
    await pressWith('Shift', 'ArrowLeft');
    await el.updateComplete;
    expect(item(el.plan, 'i1')).to.include({ start: '2025-09-01', end: '2025-09-05' });
    await pressWith('Shift', 'ArrowLeft');
    await el.updateComplete;
    expect(seen, 'a 5-day item cannot lose a week').to.have.length(3);
    await el.updateComplete;
    expect(one(el, '[role="status"][aria-live="polite"]').textContent).to.contain('mindestens einen Tag');
  });

  it('goes from entry to entry with Up/Down, Home and End in date order (one tab stop)', async () => {
    const { el } = await sampleTimeline({ editable: true });
    await focusEntry(el, 'item:i1');
    const visited: (string | null | undefined)[] = [focusedKey(el)];
    for (let i = 0; i < 6; i += 1) {
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      visited.push(focusedKey(el));
    }
    // Same start: by end (i1 before i3); reviews by their dates.
    expect(visited).to.deep.equal(['item:i1', 'item:i3', 'item:i2', 'item:i4', 'review:r1', 'review:r2', 'review:r2']);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focusedKey(el)).to.equal('item:i1');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focusedKey(el)).to.equal('review:r2');
    expect(all(el, '.scroller [tabindex="0"]').map((node) => node.getAttribute('data-key'))).to.deep.equal(['review:r2']);
  });

  it('moves reviews by a week with the arrows', async () => {
    const { el } = await sampleTimeline({ editable: true });
    const seen = changes(el);
    await focusEntry(el, 'review:r1');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(seen[0].change).to.deep.equal({ type: 'move-review', reviewId: 'r1', days: 7 });
    expect(seen[0].plan.reviews.find((review) => review.id === 'r1')?.date).to.equal('2025-11-03');
  });

  it('does not edit when read-only: the arrows only go from entry to entry', async () => {
    const { el } = await sampleTimeline();
    const seen = changes(el);
    await focusEntry(el, 'item:i1');
    await sendKeys({ press: 'ArrowRight' });
    await pressWith('Shift', 'ArrowRight');
    await sendKeys({ press: 'Delete' });
    await el.updateComplete;
    expect(seen).to.deep.equal([]);
    expect(focusedKey(el)).to.not.equal('item:i1');
    expect(all(el, '.toolbar .add-item, .toolbar .undo')).to.deep.equal([]);
  });

  it('opens the details with Enter; they change the status and dates and remove the item', async () => {
    const { el } = await sampleTimeline({ editable: true });
    const seen = changes(el);
    await focusEntry(el, 'item:i4');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const dialog = one<HTMLDialogElement>(el, 'dialog');
    expect(dialog.open).to.equal(true);
    expect(one(el, '#dialog-title').textContent).to.equal('Selbstlernen');
    await expectAccessible(el);

    const status = one<HTMLSelectElement>(el, 'dialog select[name="status"]');
    status.value = 'running';
    status.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(seen[0].change).to.deep.equal({ type: 'set-item-status', itemId: 'i4', status: 'running' });

    const end = one<HTMLInputElement>(el, 'dialog input[name="end"]');
    end.value = '2025-12-14';
    end.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(seen[1].change).to.deep.equal({ type: 'resize-item', itemId: 'i4', days: 7 });

    const start = one<HTMLInputElement>(el, 'dialog input[name="start"]');
    start.value = '2025-10-06';
    start.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(seen[2].change).to.deep.equal({ type: 'move-item', itemId: 'i4', days: -7 });
    expect(item(el.plan, 'i4')).to.include({ start: '2025-10-06', end: '2025-12-07', status: 'running' });

    one<HTMLButtonElement>(el, 'dialog button.danger').click();
    await el.updateComplete;
    expect(seen[3].change).to.deep.equal({ type: 'remove-item', itemId: 'i4' });
    expect(el.plan!.items.map((entry) => entry.id)).to.deep.equal(['i1', 'i2', 'i3']);
    expect(dialog.open).to.equal(false);
  });

  it('removes with Delete (with its practice phase) and undoes the last changes with Ctrl+Z and the button', async () => {
    const { el } = await sampleTimeline({ editable: true });
    const seen = changes(el);
    await focusEntry(el, 'item:i1');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Delete' });
    await el.updateComplete;
    expect(seen.map((detail) => detail.change.type)).to.deep.equal(['move-item', 'remove-item']);
    expect(el.plan!.items.map((entry) => entry.id), 'the practice phase goes with its format').to.deep.equal(['i3', 'i4']);
    expect(focusedKey(el)).to.match(/^item:/);

    await pressWith('Control', 'z');
    await el.updateComplete;
    expect(seen[2].change).to.deep.equal({ type: 'undo', undone: { type: 'remove-item', itemId: 'i1' } });
    expect(el.plan!.items.map((entry) => entry.id)).to.deep.equal(['i1', 'i2', 'i3', 'i4']);
    expect(item(seen[2].plan, 'i1')?.start).to.equal('2025-09-08');
    await el.updateComplete;
    expect(focusedKey(el), 'focus goes to the entry that is back').to.equal('item:i1');

    const undo = one<HTMLButtonElement>(el, '.toolbar .undo');
    expect(undo.getAttribute('aria-disabled')).to.equal('false');
    undo.focus();
    undo.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement, 'the button keeps the focus').to.equal(undo);
    expect(seen[3].change.type).to.equal('undo');
    expect(el.plan).to.deep.equal(samplePlan());
    expect(undo.getAttribute('aria-disabled')).to.equal('true');
  });

  it('adds an item for a goal and a review through their forms', async () => {
    const { el } = await sampleTimeline({ editable: true });
    const seen = changes(el);
    one<HTMLButtonElement>(el, '.toolbar .add-item').click();
    await el.updateComplete;
    expect(one<HTMLDialogElement>(el, 'dialog').open).to.equal(true);
    await expectAccessible(el);
    one<HTMLSelectElement>(el, 'dialog select[name="format"]').value = 'kollegialer-austausch';
    one<HTMLSelectElement>(el, 'dialog select[name="goal"]').value = 'g3';
    one<HTMLInputElement>(el, 'dialog input[name="start"]').value = '2026-01-05';
    one<HTMLButtonElement>(el, 'dialog button[type="submit"]').click();
    await el.updateComplete;
    expect(seen[0].change.type).to.equal('add-item');
    const added = seen[0].plan.items[4];
    expect(added).to.include({ id: 'plan-p1-item-5', formatId: 'kollegialer-austausch', goalId: 'g3', start: '2026-01-05', status: 'planned' });
    expect(added.competencyIds).to.deep.equal(['daten']);
    expect(el.findings.some((finding) => finding.code === 'goal-without-item'), 'g3 is served now').to.equal(false);

    one<HTMLButtonElement>(el, '.toolbar .add-review').click();
    await el.updateComplete;
    const final = one<HTMLInputElement>(el, 'dialog input[name="final"]');
    expect(final.disabled, 'the plan has a final review already').to.equal(true);
    one<HTMLInputElement>(el, 'dialog input[name="date"]').value = '2025-12-01';
    one<HTMLButtonElement>(el, 'dialog button[type="submit"]').click();
    await el.updateComplete;
    expect(seen[1].change.type).to.equal('add-review');
    expect(seen[1].plan.reviews.map((review) => review.date)).to.deep.equal(['2025-10-27', '2026-01-15', '2025-12-01']);
    expect(seen[1].plan.reviews[2].participants).to.deep.equal(['Alex Beispiel']);
  });

  it('opens a review with Enter, moves it by its date field and removes it', async () => {
    const { el } = await sampleTimeline({ editable: true });
    const seen = changes(el);
    await focusEntry(el, 'review:r1');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(one<HTMLDialogElement>(el, 'dialog').open).to.equal(true);
    expect(one(el, '#dialog-title').textContent).to.equal('Review-Gespräch');
    const date = one<HTMLInputElement>(el, 'dialog input[name="date"]');
    date.value = '2025-11-03';
    date.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(seen[0].change).to.deep.equal({ type: 'move-review', reviewId: 'r1', days: 7 });
    one<HTMLButtonElement>(el, 'dialog button.danger').click();
    await el.updateComplete;
    expect(seen[1].change).to.deep.equal({ type: 'remove-review', reviewId: 'r1' });
    expect(el.plan!.reviews.map((review) => review.id)).to.deep.equal(['r2']);
    expect(one<HTMLDialogElement>(el, 'dialog').open).to.equal(false);
    // With one review left, the domain sees too long a stretch without one.
    expect(el.findings.map((finding) => finding.code)).to.include('review-gap');
  });

  it('shows a refused change in the dialog and changes nothing', async () => {
    const { el } = await sampleTimeline({ editable: true });
    const seen = changes(el);
    await focusEntry(el, 'item:i1');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const end = one<HTMLInputElement>(el, 'dialog input[name="end"]');
    end.value = '2025-08-01';
    end.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(seen).to.deep.equal([]);
    expect(one(el, 'dialog .dialog-error').textContent).to.contain('mindestens einen Tag');
    await expectAccessible(el);
  });

  it('moves the plan on to its next status', async () => {
    const { el } = await sampleTimeline({ editable: true });
    const select = one<HTMLSelectElement>(el, '.toolbar select.plan-status');
    expect([...select.options].map((option) => option.value)).to.deep.equal(['draft', 'agreed', 'cancelled']);
    select.value = 'agreed';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    setTimeout(() => one<HTMLButtonElement>(el, '.toolbar .apply-status').click());
    const { detail } = await oneEvent(el, 'kr-plan-change');
    expect(detail.change).to.deep.equal({ type: 'set-plan-status', status: 'agreed', date: TODAY });
    expect(detail.plan.status).to.equal('agreed');
    expect(detail.plan.history).to.deep.equal([
      { status: 'draft', date: '2025-08-20' },
      { status: 'agreed', date: TODAY },
    ]);
  });

  it('moves and resizes by pointer: drag the bar, or its end', async () => {
    const { el } = await sampleTimeline({ editable: true, width: 1000 });
    const seen = changes(el);
    const bar = one<SVGGElement>(el, '[data-key="item:i4"]');
    const fill = bar.querySelector('.bar-fill')!;
    const pxPerDay = Number(fill.getAttribute('width')) / 56;
    const box = fill.getBoundingClientRect();
    const scroller = one(el, '.scroller');
    const fire = (target: Element, type: string, clientX: number) =>
      target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerId: 7, button: 0, clientX, clientY: box.top + box.height / 2 }));
    const middle = box.left + box.width / 2;
    fire(fill, 'pointerdown', middle);
    fire(scroller, 'pointermove', middle + 5 * pxPerDay);
    await el.updateComplete;
    expect(bar.classList.contains('dragging')).to.equal(true);
    fire(scroller, 'pointermove', middle + 14 * pxPerDay);
    fire(scroller, 'pointerup', middle + 14 * pxPerDay);
    await el.updateComplete;
    expect(seen[0].change).to.deep.equal({ type: 'move-item', itemId: 'i4', days: 14 });

    const handle = one(el, '[data-key="item:i4"] .handle[data-edge="end"]');
    const edge = handle.getBoundingClientRect();
    const x = edge.left + edge.width / 2;
    fire(handle, 'pointerdown', x);
    fire(scroller, 'pointermove', x - 10 * pxPerDay);
    fire(scroller, 'pointerup', x - 10 * pxPerDay);
    await el.updateComplete;
    expect(seen[1].change).to.deep.equal({ type: 'resize-item', itemId: 'i4', days: -10, edge: 'end' });
    expect(item(el.plan, 'i4')).to.include({ start: '2025-10-27', end: '2025-12-11' });
  });

  it('moves and resizes an item with its practice phase by keyboard; the phase alone moves alone', async () => {
    const { el } = await sampleTimeline({ editable: true });
    const seen = changes(el);
    const status = () => one(el, '[role="status"][aria-live="polite"]').textContent;
    await focusEntry(el, 'item:i1');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(seen[0].change).to.deep.equal({ type: 'move-item', itemId: 'i1', days: 7 });
    expect(item(seen[0].plan, 'i2'), 'the phase moves along').to.include({ start: '2025-09-22', end: '2025-10-19' });
    expect(status()).to.contain('Seminar und Schulung verschoben: 08.09.2025 bis 19.09.2025. Die Praxisphase wurde mitverschoben.');
    expect(el.findings.map((finding) => finding.code)).to.not.include('practice-before-format');

    await pressWith('Shift', 'ArrowRight');
    await el.updateComplete;
    expect(item(el.plan, 'i1')).to.include({ start: '2025-09-08', end: '2025-09-26' });
    expect(item(el.plan, 'i2'), 'a week longer: the phase a week later').to.include({ start: '2025-09-29', end: '2025-10-26' });

    await focusEntry(el, 'item:i2');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(seen[2].change).to.deep.equal({ type: 'move-item', itemId: 'i2', days: -7 });
    expect(item(el.plan, 'i2')).to.include({ start: '2025-09-22', end: '2025-10-19' });
    expect(item(el.plan, 'i1'), 'the format stays').to.include({ start: '2025-09-08', end: '2025-09-26' });
    expect(status()).to.not.contain('mitverschoben');
  });

  it('moves an item with its practice phase by pointer', async () => {
    const { el } = await sampleTimeline({ editable: true, width: 1000 });
    const seen = changes(el);
    const fill = one(el, '[data-key="item:i1"] .bar-fill');
    const pxPerDay = Number(fill.getAttribute('width')) / 12;
    const box = fill.getBoundingClientRect();
    const scroller = one(el, '.scroller');
    const fire = (target: Element, type: string, clientX: number) =>
      target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerId: 9, button: 0, clientX, clientY: box.top + box.height / 2 }));
    const middle = box.left + box.width / 2;
    fire(fill, 'pointerdown', middle);
    fire(scroller, 'pointermove', middle + 14 * pxPerDay);
    fire(scroller, 'pointerup', middle + 14 * pxPerDay);
    await el.updateComplete;
    expect(seen[0].change).to.deep.equal({ type: 'move-item', itemId: 'i1', days: 14 });
    expect(item(el.plan, 'i1')).to.include({ start: '2025-09-15', end: '2025-09-26' });
    expect(item(el.plan, 'i2')).to.include({ start: '2025-09-29', end: '2025-10-26' });
    const phase = one(el, '[data-key="item:i2"] .bar-fill');
    expect(Number(phase.getAttribute('x')), 'drawn where it moved').to.be.greaterThan(Number(fill.getAttribute('x')) + Number(fill.getAttribute('width')));
  });

  it('a click on a bar opens its details, also when read-only', async () => {
    const { el } = await sampleTimeline();
    const fill = one(el, '[data-key="item:i3"] .bar-fill');
    const box = fill.getBoundingClientRect();
    const init = { bubbles: true, composed: true, pointerId: 3, button: 0, clientX: box.left + 10, clientY: box.top + 5 };
    fill.dispatchEvent(new PointerEvent('pointerdown', init));
    fill.dispatchEvent(new PointerEvent('pointerup', init));
    await el.updateComplete;
    expect(one<HTMLDialogElement>(el, 'dialog').open).to.equal(true);
    expect(one(el, '#dialog-title').textContent).to.equal('Coaching');
    expect(all(el, 'dialog input, dialog select'), 'read-only details have no fields').to.deep.equal([]);
    expect(one(el, 'dialog .dialog-findings').textContent).to.contain('51 Tage nach dem Termin');
    await expectAccessible(el);
    one<HTMLButtonElement>(el, 'dialog button.close').click();
    await el.updateComplete;
    expect(one<HTMLDialogElement>(el, 'dialog').open).to.equal(false);
  });

  it('drafts a plan for the person from gaps and goals, and undoes the draft by cancelling it', async () => {
    const gaps = [
      { competencyId: 'daten', categoryId: 'digital', target: 2, actual: 0, gap: 2, status: 'to-build', disagreement: false, blindSpot: false, hiddenStrength: false, stale: false, priority: 20, rank: 1 },
    ];
    const { el } = await timelineIn(
      html`<lernplan-timeline editable today=${TODAY} .person=${PERSON} .goals=${[GOALS[2]]} .gaps=${gaps}></lernplan-timeline>`,
    );
    expect(one(el, '[part="empty"]').textContent).to.contain('Plan entwerfen');
    const seen = changes(el);
    one<HTMLButtonElement>(el, '.toolbar .draft').click();
    await el.updateComplete;
    expect(seen[0].change).to.deep.equal({ type: 'draft' });
    const drafted = seen[0].plan;
    expect(drafted).to.include({ id: `plan-p1-${TODAY}`, personId: 'p1', status: 'draft' });
    expect(drafted.items.length).to.be.greaterThan(0);
    expect(drafted.items.every((entry) => entry.goalId === 'g3')).to.equal(true);
    expect(drafted.reviews.some((review) => review.final)).to.equal(true);
    expect(el.plan).to.equal(drafted);
    expect(all(el, '[part="bar"]')).to.have.length(drafted.items.length);

    one<HTMLButtonElement>(el, '.toolbar .undo').click();
    await el.updateComplete;
    expect(seen[1].change).to.deep.equal({ type: 'undo', undone: { type: 'draft' } });
    expect(seen[1].plan).to.include({ id: drafted.id, status: 'cancelled' });
    expect(el.plan).to.equal(undefined);
  });

  it('is accessible while editable, in every view', async () => {
    const { el } = await timelineIn(
      html`<lernplan-timeline editable today=${TODAY} .plan=${samplePlan()} .goals=${GOALS} .person=${PERSON}></lernplan-timeline>`,
    );
    await focusEntry(el, 'item:i2');
    await expectAccessible(el);
    el.view = 'list';
    await el.updateComplete;
    await expectAccessible(el);
  });
});
