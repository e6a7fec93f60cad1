/**
 * Attributes removed again, and data that arrives late: the defaults come back, nothing is
 * reported that the page did not cause, and a notice goes away once its cause is fixed.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { KompetenzProvider } from '../../../src/components/kompetenz-provider/kompetenz-provider.js';
import type { KompetenzRad } from '../../../src/components/kompetenz-rad/kompetenz-rad.js';
import type { KrErrorDetail } from '../../../src/internal/events.js';
import type { Portfolio } from '../../../src/domain/types.js';
import { mount } from '../../helpers/mount.js';

function collectErrors(target: EventTarget): KrErrorDetail[] {
  const errors: KrErrorDetail[] = [];
  target.addEventListener('kr-error', (event) => errors.push((event as CustomEvent<KrErrorDetail>).detail));
  return errors;
}

async function settle(...elements: Element[]): Promise<void> {
  for (const element of elements) await (element as Element & { updateComplete: Promise<unknown> }).updateComplete;
}

const PORTFOLIO: Portfolio = {
  format: 'kompetenzrad-portfolio',
  version: 1,
  people: [{ id: 'p1', name: 'Erika Muster', roleId: 'cdo' }],
  assessments: [{ id: 'a1', personId: 'p1', rater: 'self', date: '2025-01-10', levels: { 'it-anwendung': 3 } }],
  goals: [],
  plans: [],
};

describe('attributes removed again and data that arrives late', () => {
  it('provider: removing today and storage brings the defaults back without an error', async () => {
    const box = await mount(html`<kompetenz-provider storage="none" today="2025-09-01"></kompetenz-provider>`);
    const provider = box.querySelector('kompetenz-provider') as KompetenzProvider;
    const errors = collectErrors(provider);
    provider.removeAttribute('today');
    provider.removeAttribute('storage');
    await settle(provider);
    expect(errors).to.deep.equal([]);
  });

  it('gap-matrix: removing person-id reports nobody; a person named before the provider has data is not reported', async () => {
    const box = await mount(html`<gap-matrix person-id="p1"></gap-matrix>`);
    const matrix = box.querySelector('gap-matrix')!;
    await settle(matrix);
    const errors = collectErrors(matrix);
    matrix.removeAttribute('person-id');
    await settle(matrix);
    expect(errors.filter((error) => error.message.includes('null'))).to.deep.equal([]);

    const inProvider = await mount(html`<kompetenz-provider storage="none"><gap-matrix person-id="p1"></gap-matrix></kompetenz-provider>`);
    const lateErrors = collectErrors(inProvider);
    const provider = inProvider.querySelector('kompetenz-provider') as KompetenzProvider;
    await provider.loadComplete;
    await settle(provider, inProvider.querySelector('gap-matrix')!);
    expect(lateErrors.map((error) => error.code)).to.not.include('unknown-person');
  });

  it('lernplan-timeline: removing lanes, zoom and view is no error; fixing start withdraws the date-order notice', async () => {
    const box = await mount(html`<lernplan-timeline lanes="format" zoom="year" view="list" start="2026-05-01" end="2026-04-01"></lernplan-timeline>`);
    const timeline = box.querySelector('lernplan-timeline')!;
    await settle(timeline);
    const errors = collectErrors(timeline);
    for (const name of ['lanes', 'zoom', 'view']) timeline.removeAttribute(name);
    await settle(timeline);
    expect(errors).to.deep.equal([]);
    expect(timeline.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.match(/start|Start|2026-04-01/);
    timeline.setAttribute('start', '2026-03-01');
    await settle(timeline);
    await settle(timeline);
    expect((timeline as unknown as { problems: { code: string }[] }).problems.map((problem) => problem.code)).to.not.include('date-order');
  });

  it('kompetenz-rad: an edit refused by a provider without a person does not cut the wheel off from the provider', async () => {
    const box = await mount(html`<kompetenz-provider storage="none"><kompetenz-rad editable></kompetenz-rad></kompetenz-provider>`);
    const provider = box.querySelector('kompetenz-provider') as KompetenzProvider;
    const wheel = box.querySelector('kompetenz-rad') as KompetenzRad;
    await provider.loadComplete;
    await settle(provider, wheel);
    wheel.shadowRoot!.querySelector<SVGElement>('[part="sector"]')!.focus();
    await sendKeys({ press: 'ArrowUp' });
    await settle(wheel);
    expect(wheel.actual).to.equal(undefined);
    provider.portfolio = PORTFOLIO;
    await settle(provider, wheel);
    await settle(wheel);
    const first = wheel.shadowRoot!.querySelector('[part="sector"]')!;
    expect(first.getAttribute('aria-valuenow')).to.equal('3');
  });
});
