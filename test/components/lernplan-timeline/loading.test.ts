import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/kompetenz-provider.js';
import '../../../src/define/lernplan-timeline.js';
import type { KompetenzProvider } from '../../../src/components/kompetenz-provider/kompetenz-provider.js';
import type { LernplanTimeline } from '../../../src/components/lernplan-timeline/lernplan-timeline.js';
import { generatePortfolio } from '../../../src/domain/sample.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { slowStorage } from '../../helpers/slow-storage.js';

const empty = (el: LernplanTimeline) => el.shadowRoot!.querySelector<HTMLElement>("[part='empty']");

describe('<lernplan-timeline> while its provider loads', () => {
  it('says the data are on their way, not "choose a person", and then shows the plan', async () => {
    const { adapter, answer } = slowStorage();
    const provider = await fixture<KompetenzProvider>(html`<kompetenz-provider today="2025-09-01" lang="de" .storageAdapter=${adapter}><lernplan-timeline></lernplan-timeline></kompetenz-provider>`);
    const el = provider.querySelector<LernplanTimeline>('lernplan-timeline')!;
    await el.updateComplete;
    expect(empty(el)?.textContent?.trim()).to.equal('Daten werden geladen …');
    expect(empty(el)?.getAttribute('role')).to.equal('status');
    await expectAccessible(el);

    answer(generatePortfolio({ seed: 7, people: 12, today: '2025-09-01' }));
    await provider.loadComplete;
    await provider.updateComplete;
    await el.updateComplete;
    expect(empty(el)?.textContent?.trim() ?? '').to.not.equal('Daten werden geladen …');
    expect(empty(el)?.getAttribute('role') ?? null).to.equal(null);
  });

  it('an empty store ends the wait with the usual note', async () => {
    const { adapter, answer } = slowStorage();
    const provider = await fixture<KompetenzProvider>(html`<kompetenz-provider today="2025-09-01" lang="en" .storageAdapter=${adapter}><lernplan-timeline></lernplan-timeline></kompetenz-provider>`);
    const el = provider.querySelector<LernplanTimeline>('lernplan-timeline')!;
    await el.updateComplete;
    expect(empty(el)?.textContent?.trim()).to.equal('Loading data …');
    answer(undefined);
    await provider.loadComplete;
    await provider.updateComplete;
    await el.updateComplete;
    expect(empty(el)?.textContent?.trim()).to.equal('Choose a person to see their learning plan.');
  });
});
