import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/smart-goal-form.js';
import type { SmartGoalForm } from '../../../src/components/smart-goal-form/smart-goal-form.js';
import { validateGoal } from '../../../src/domain/goals.js';
import { $, $$, CAPACITY, checklist, CURRENT, mount, TODAY } from './helpers.js';

/** The element focused inside the form's shadow root. */
function focused(el: SmartGoalForm): HTMLElement | null {
  return el.shadowRoot!.activeElement as HTMLElement | null;
}

/** Presses Tab until `wanted` holds for the focused control; fails when focus leaves the form or it takes too long. */
async function tabTo(el: SmartGoalForm, wanted: (element: HTMLElement) => boolean, what: string): Promise<HTMLElement> {
  for (let presses = 0; presses < 60; presses += 1) {
    await sendKeys({ press: 'Tab' });
    const active = focused(el);
    expect(document.activeElement, `focus stays in the form on the way to ${what}`).to.equal(el);
    if (active && wanted(active)) return active;
  }
  throw new Error(`${what} was not reached with Tab`);
}

describe('smart-goal-form: keyboard only', function () {
  // Real key presses through the browser protocol, some 60 of them per test: slow on a busy machine.
  this.timeout(60_000);

  it('writes a complete goal with Tab, Space, arrows, typing and Enter', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div>
      <button id="before">vorher</button>
      <smart-goal-form person-id="p-1" today=${TODAY} capacity=${CAPACITY} target-role="projektmanager" .current=${CURRENT}></smart-goal-form>
    </div>`);
    const el = wrapper.querySelector('smart-goal-form')!;
    await elementUpdated(el);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

    // S: the first suggestion (largest gap), taken with Space.
    await sendKeys({ press: 'Tab' });
    const suggestion = focused(el)!;
    expect(suggestion.getAttribute('part')).to.equal('suggestion');
    await sendKeys({ press: 'Space' });
    await elementUpdated(el);
    expect(suggestion.getAttribute('aria-pressed')).to.equal('true');
    const chosen = el.draft.competencyIds;
    expect(chosen).to.have.length(1);

    // …and one more competency ticked with Space, then unticked again.
    const box = await tabTo(el, (element) => element.getAttribute('type') === 'checkbox', 'the first checkbox');
    await sendKeys({ press: 'Space' });
    await elementUpdated(el);
    expect(el.draft.competencyIds).to.have.length(2);
    await sendKeys({ press: 'Space' });
    await elementUpdated(el);
    expect((box as HTMLInputElement).checked).to.equal(false);
    expect(el.draft.competencyIds).to.deep.equal(chosen);

    // M: the target level with Space and the arrow keys (radio group).
    await tabTo(el, (element) => element.getAttribute('type') === 'radio', 'the target level');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await elementUpdated(el);
    expect(el.draft.targetLevel).to.equal(3);

    await tabTo(el, (element) => element.id === 'measure', 'the measure');
    await sendKeys({ type: 'moderiert den Workshop zur Bürgerbeteiligung selbst' });
    // A: why it is demanding.
    await tabTo(el, (element) => element.id === 'challenge', 'the challenge');
    await sendKeys({ type: 'Zum ersten Mal vor dem Kreistag' });
    // R: the estimate from the domain, taken with Enter; a supporter typed.
    await tabTo(el, (element) => element.getAttribute('part') === 'suggest-button' && /Schätzung/.test(element.textContent ?? ''), 'the estimate');
    await sendKeys({ press: 'Enter' });
    await elementUpdated(el);
    expect(el.draft.resources.hours).to.be.greaterThan(0);
    await tabTo(el, (element) => element.id === 'support', 'the supporter');
    await sendKeys({ type: 'Herr Yilmaz' });
    // T: the suggested due date, taken with Enter.
    await tabTo(el, (element) => element.getAttribute('part') === 'suggest-button' && /Vorschlag/.test(element.textContent ?? ''), 'the suggested date');
    await sendKeys({ press: 'Enter' });
    await elementUpdated(el);
    expect(el.draft.due).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(checklist(el)).to.deep.equal({ S: true, M: true, A: true, R: true, T: true });

    await tabTo(el, (element) => element.getAttribute('part') === 'submit', 'the submit button');
    const submitted = oneEvent(el, 'kr-goal-submit');
    await sendKeys({ press: 'Enter' });
    const { goal } = (await submitted).detail;
    expect(goal).to.include({ targetLevel: 3, measure: 'moderiert den Workshop zur Bürgerbeteiligung selbst', challenge: 'Zum ersten Mal vor dem Kreistag' });
    expect(goal.resources.supportPerson).to.equal('Herr Yilmaz');
    expect(validateGoal(goal)).to.deep.equal([]);
  });

  it('reaches every control with Tab, and a checklist link moves focus to its field with Enter', async () => {
    const el = await fixture<SmartGoalForm>(html`<smart-goal-form person-id="p-1" today=${TODAY} target-role="cdo" .current=${CURRENT}></smart-goal-form>`);
    const controls = $$(el, 'input:not([type="radio"]), textarea, button');
    const reached = new Set<Element>();
    el.focus();
    reached.add(focused(el)!);
    for (let presses = 0; presses < controls.length + 5 && document.activeElement === el; presses += 1) {
      await sendKeys({ press: 'Tab' });
      if (focused(el)) reached.add(focused(el)!);
    }
    const radios = $$(el, 'input[type="radio"]');
    expect(radios.some((radio) => reached.has(radio)), 'the radio group is one stop').to.equal(true);
    for (const control of controls) expect(reached.has(control), `${control.id || control.getAttribute('part') || control.getAttribute('value')} reachable`).to.equal(true);

    const goto = $<HTMLButtonElement>(el, '.criteria > li[data-letter="T"] [part="goto"]');
    goto.focus();
    await sendKeys({ press: 'Enter' });
    expect(focused(el)?.id).to.equal('due');
  });
});
