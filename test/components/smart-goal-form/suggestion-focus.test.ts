import { elementUpdated, expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/smart-goal-form.js';
import type { SmartGoalForm } from '../../../src/components/smart-goal-form/smart-goal-form.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { $, $$, CAPACITY, check, chooseLevel, CURRENT, mount, TODAY } from './helpers.js';

/** The element focused inside the form's shadow root. */
function focused(el: SmartGoalForm): HTMLElement | null {
  return el.shadowRoot!.activeElement as HTMLElement | null;
}

function suggestButton(el: SmartGoalForm, words: RegExp): HTMLButtonElement {
  const button = $$<HTMLButtonElement>(el, '[part="suggest-button"]').find((candidate) => words.test(candidate.textContent ?? ''));
  if (!button) throw new Error(`no suggest button ${words}`);
  return button;
}

/** A form with a competency and a level chosen, so that it offers the estimated hours and a due date. */
async function formWithSuggestions(lang = 'de'): Promise<SmartGoalForm> {
  const wrapper = await mount<HTMLDivElement>(html`<div lang=${lang}>
    <smart-goal-form person-id="p-1" today=${TODAY} capacity=${CAPACITY} target-role="projektmanager" .current=${CURRENT}></smart-goal-form>
  </div>`);
  const el = wrapper.querySelector('smart-goal-form')!;
  await elementUpdated(el);
  await check(el, 'projektmanagement');
  await chooseLevel(el, 3);
  return el;
}

describe('smart-goal-form: focus after a suggestion is taken (WCAG 2.4.3)', function () {
  this.timeout(30_000);

  it('moves focus to the hours after "Schätzung übernehmen" is pressed with Enter, and Tab goes on to the budget', async () => {
    const el = await formWithSuggestions();
    const button = suggestButton(el, /Schätzung übernehmen/);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await elementUpdated(el);
    expect(button.isConnected, 'the button goes away once the estimate is taken').to.equal(false);
    expect(document.activeElement?.localName, 'focus stays in the form').to.equal('smart-goal-form');
    expect(focused(el)?.id, 'focus is on the field that received the value').to.equal('hours');
    expect($<HTMLInputElement>(el, '#hours').value).to.equal(String(el.draft.resources.hours));
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('budget');
    await expectAccessible(el);
  });

  it('moves focus to the date after "Vorschlag übernehmen" is pressed with Space', async () => {
    const el = await formWithSuggestions();
    const button = suggestButton(el, /Vorschlag übernehmen/);
    button.focus();
    await sendKeys({ press: 'Space' });
    await elementUpdated(el);
    expect(button.isConnected, 'the button goes away once the date is taken').to.equal(false);
    expect(document.activeElement?.localName, 'focus stays in the form').to.equal('smart-goal-form');
    expect(focused(el)?.id, 'focus is on the field that received the value').to.equal('due');
    expect($<HTMLInputElement>(el, '#due').value).to.equal(el.draft.due);
    await expectAccessible(el);
  });

  it('does the same in English', async () => {
    const el = await formWithSuggestions('en');
    suggestButton(el, /estimate/i).focus();
    await sendKeys({ press: 'Enter' });
    await elementUpdated(el);
    expect(focused(el)?.id).to.equal('hours');
    suggestButton(el, /suggest/i).focus();
    await sendKeys({ press: 'Enter' });
    await elementUpdated(el);
    expect(focused(el)?.id).to.equal('due');
    await expectAccessible(el);
  });
});
