/**
 * `capacity` is one input with one rule in both elements that take it (`resolveCapacity`): hours
 * per month from 0 to the domain's limit of a person's capacity. Anything else gives one
 * `kr-error` `range` with the same message and notice in `<smart-goal-form>` and
 * `<lernplan-timeline>`, and each goes on with its own fallback.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/define/kompetenz-provider.js';
import '../../../src/define/lernplan-timeline.js';
import '../../../src/define/smart-goal-form.js';
import { MAX_CAPACITY } from '../../../src/internal/capacity-input.js';
import type { KrErrorDetail } from '../../../src/internal/events.js';
import { PERSON, PLAN, samplePortfolio, TODAY } from './fixtures.js';

type Host = HTMLElement & { updateComplete: Promise<unknown>; capacity?: unknown; problems: readonly unknown[] };

async function mount(template: TemplateResult, tag: string): Promise<{ el: Host; errors: KrErrorDetail[] }> {
  const errors: KrErrorDetail[] = [];
  const box = fixtureSync<HTMLDivElement>(html`<div style="width:800px" @kr-error=${(e: CustomEvent<KrErrorDetail>) => errors.push(e.detail)}>${template}</div>`);
  const el = box.querySelector<Host>(tag)!;
  await settled(el);
  return { el, errors };
}

async function settled(el: Host): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
}

const notice = (el: Host) => Array.from(el.shadowRoot!.querySelectorAll("[part='notice'] li")).map((li) => li.textContent!.trim());

/** The bad values: set as a property (`NaN`, `-1`, above the limit) or written in the attribute. */
const BAD: { name: string; set: (el: Host) => void; shown: string; message: string }[] = [
  { name: 'NaN', set: (el) => (el.capacity = Number.NaN), shown: 'NaN', message: 'got NaN' },
  { name: '-1', set: (el) => (el.capacity = -1), shown: '-1', message: 'got -1' },
  { name: '"xyz"', set: (el) => el.setAttribute('capacity', 'xyz'), shown: 'xyz', message: 'got "xyz"' },
  { name: 'above the limit', set: (el) => (el.capacity = MAX_CAPACITY + 1), shown: String(MAX_CAPACITY + 1), message: `got ${MAX_CAPACITY + 1}` },
  { name: '"1000" (attribute)', set: (el) => el.setAttribute('capacity', '1000'), shown: '1000', message: 'got 1000' },
];

const ELEMENTS: { tag: string; template: () => TemplateResult }[] = [
  { tag: 'smart-goal-form', template: () => html`<smart-goal-form today=${TODAY}></smart-goal-form>` },
  { tag: 'lernplan-timeline', template: () => html`<lernplan-timeline today=${TODAY} .plan=${PLAN}></lernplan-timeline>` },
];

describe('capacity: one rule in the goal form and the time line', () => {
  for (const { tag, template } of ELEMENTS) {
    for (const bad of BAD) {
      it(`<${tag}> capacity ${bad.name}: one kr-error range with the shared message and notice; a good value clears it`, async () => {
        const { el, errors } = await mount(template(), tag);
        expect(errors).to.deep.equal([]);
        bad.set(el);
        await settled(el);
        const reports = errors.filter((error) => error.source === 'capacity');
        expect(reports.map((error) => error.code)).to.deep.equal(['range']);
        expect(errors, 'nothing else reported').to.have.length(1);
        expect(reports[0].message).to.equal(`capacity: expected hours per month between 0 and ${MAX_CAPACITY}, ${bad.message}`);
        expect(reports[0].params).to.deep.include({ min: 0, max: MAX_CAPACITY });
        expect(notice(el)).to.deep.equal([`Ungültiger Wert „${bad.shown}“ in „capacity“ (erlaubt: 0 bis ${MAX_CAPACITY}).`]);
        el.lang = 'en';
        await settled(el);
        expect(notice(el)).to.deep.equal([`Invalid value “${bad.shown}” in “capacity” (allowed: 0 to ${MAX_CAPACITY}).`]);

        el.removeAttribute('capacity');
        el.capacity = MAX_CAPACITY;
        await settled(el);
        expect(el.problems, 'the limit itself is fine').to.deep.equal([]);
        expect(notice(el)).to.deep.equal([]);
        expect(errors).to.have.length(1, 'nothing more announced');
      });
    }
  }

  it('<smart-goal-form> goes on with the person’s capacity when its own is refused', async () => {
    const hours = PERSON.capacityHoursPerMonth!;
    const { el, errors } = await mount(
      html`<kompetenz-provider storage="none" today=${TODAY} person=${PERSON.id} .portfolio=${samplePortfolio()}><smart-goal-form capacity="-1"></smart-goal-form></kompetenz-provider>`,
      'smart-goal-form',
    );
    await settled(el);
    expect(errors.map((error) => [error.code, error.source])).to.deep.equal([['range', 'capacity']]);
    expect(el.shadowRoot!.textContent).to.contain(`Verfügbar sind ${hours} Stunden pro Monat.`);
  });

  it('<lernplan-timeline> goes on with the plan’s capacity when its own is refused', async () => {
    const { el, errors } = await mount(html`<lernplan-timeline today=${TODAY} capacity="-1" .plan=${{ ...PLAN, capacityHoursPerMonth: 7 }}></lernplan-timeline>`, 'lernplan-timeline');
    expect(errors.map((error) => [error.code, error.source])).to.deep.equal([['range', 'capacity']]);
    const cell = el.shadowRoot!.querySelector('[part~="load-cell"]');
    expect(cell?.getAttribute('aria-label')).to.match(/ von 7 Stunden/);
  });
});
