import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/gap-matrix.js';
import type { GapMatrix } from '../../../src/components/gap-matrix/gap-matrix.js';
import { makeTeam, onePerson } from './fixtures.js';

describe('smoke', () => {
  it('person', async () => {
    const { people, assessments } = onePerson();
    const el = await fixture<GapMatrix>(html`<gap-matrix person-id="anna" today="2025-06-01" .people=${people} .assessments=${assessments}></gap-matrix>`);
    console.log(el.shadowRoot!.querySelector('[role=grid]')!.textContent!.replace(/\s+/g, ' ').slice(0, 800));
    console.log(JSON.stringify(el.problems));
    expect(el.shadowRoot!.querySelectorAll('[role=row]').length).to.be.greaterThan(20);
  });
  it('team', async () => {
    const { people, assessments } = makeTeam(10000);
    const t0 = performance.now();
    const el = await fixture<GapMatrix>(html`<gap-matrix mode="team" .people=${people} .assessments=${assessments}></gap-matrix>`);
    const t1 = performance.now();
    await el.analysisComplete;
    const t2 = performance.now();
    console.log('first', t1 - t0, 'complete', t2 - t0, 'nodes', el.shadowRoot!.querySelectorAll('*').length);
    console.log(JSON.stringify(el.problems));
    el.sort = 'daten'; el.sortDescending = true;
    const t3 = performance.now(); await el.updateComplete; console.log('sort', performance.now() - t3);
    console.log(el.shadowRoot!.querySelector('[part=status]')!.textContent);
  });
});
