import { html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountCollecting, PERSON, TODAY, GOAL, CURRENT } from './fixtures.js';
import { deepActiveElement } from './dom.js';

describe('debug', () => {
  it('date focus', async () => {
    const { el } = await mountCollecting(html`<smart-goal-form person-id=${PERSON.id} today=${TODAY} .goal=${GOAL} .current=${CURRENT.profile}></smart-goal-form>`);
    const all = Array.from(el.shadowRoot!.querySelectorAll('input,button,textarea'));
    const idx = all.findIndex((x) => x.id === 'due');
    (all[idx - 1] as HTMLElement).focus();
    for (let i = 0; i < 5; i++) {
    await sendKeys({ press: 'Tab' });
    const a = deepActiveElement()!;
    const s = getComputedStyle(a);
    console.log(a.localName, a.id, s.outlineStyle, s.outlineWidth, s.outlineColor, a.matches(':focus-visible'), a.matches(':focus'), a.matches(':focus-within'));
    }
  });
});
