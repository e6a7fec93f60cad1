import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/kompetenz-provider.js';
import '../../../src/define/smart-goal-form.js';
import type { SmartGoalForm } from '../../../src/components/smart-goal-form/smart-goal-form.js';

/** The page's language decides from the first update on; German texts are never loaded on an English page. */
describe('<smart-goal-form> on an English page', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('inside a provider, with a refused input, renders in English from the first update', async () => {
    document.documentElement.lang = 'en';
    const errors: { code: string }[] = [];
    const listen = (event: Event) => errors.push((event as CustomEvent<{ code: string }>).detail);
    document.addEventListener('kr-error', listen, true);
    try {
      const provider = await fixture(html`<kompetenz-provider storage="none"><smart-goal-form current='{"daten":7}'></smart-goal-form></kompetenz-provider>`);
      const form = provider.querySelector<SmartGoalForm>('smart-goal-form')!;
      await form.updateComplete;
      expect(errors.map((error) => error.code)).to.deep.equal(['level']);
      const shown = form.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      expect(shown).to.contain('One input could not be used');
      expect(shown).to.contain('SMART learning goal');
      expect(shown).to.not.contain('Angaben');
    } finally {
      document.removeEventListener('kr-error', listen, true);
    }
  });
});
