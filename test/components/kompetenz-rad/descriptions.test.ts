import { expect, html } from '@open-wc/testing';
import { CATALOGUE_DESCRIPTIONS_DE } from '../../../src/domain/messages/catalogue-descriptions.de.js';
import { CATALOGUE_DESCRIPTIONS_EN } from '../../../src/domain/messages/catalogue-descriptions.en.js';
import { TODAY, PORTFOLIO, wheelInProvider } from './group-util.js';
import { mount, one, wheelIn, type KompetenzRad } from './util.js';

/** The detail box after the pointer went over the spoke of `id`. */
async function tooltipOf(el: KompetenzRad, id: string): Promise<HTMLElement> {
  one(el, `[part="sector"][data-competency="${id}"] .cell`).dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
  await el.updateComplete;
  const tooltip = one<HTMLElement>(el, '[part="tooltip"]');
  expect(tooltip.hidden).to.equal(false);
  return tooltip;
}

/** A wheel inside a provider of `lang` with the built-in catalogue (the provider gives the lean one and the descriptions per language). */
async function wheelInProviderOf(lang: string, wheelLang?: string): Promise<KompetenzRad> {
  const box = await mount(html`<kompetenz-provider lang=${lang} storage="none" today=${TODAY} .portfolio=${PORTFOLIO}></kompetenz-provider>`, 700);
  const provider = box.querySelector('kompetenz-provider')! as HTMLElement & { loadComplete?: Promise<void>; updateComplete: Promise<unknown> };
  const el = document.createElement('kompetenz-rad');
  if (wheelLang) el.setAttribute('lang', wheelLang);
  provider.append(el);
  await provider.loadComplete;
  await provider.updateComplete;
  await el.updateComplete;
  return el;
}

describe('kompetenz-rad: descriptions of the built-in catalogue', () => {
  it('inside a provider, the detail box describes the competency in the page’s language', async () => {
    const german = await wheelInProviderOf('de');
    expect((await tooltipOf(german, 'daten')).textContent).to.contain(CATALOGUE_DESCRIPTIONS_DE.competencies.daten);
    const english = await wheelInProviderOf('en');
    expect((await tooltipOf(english, 'daten')).textContent).to.contain(CATALOGUE_DESCRIPTIONS_EN.competencies.daten);
  });

  it('a wheel in another language than its provider describes in its own', async () => {
    const el = await wheelInProviderOf('de', 'en');
    const text = (await tooltipOf(el, 'team')).textContent;
    expect(text).to.contain(CATALOGUE_DESCRIPTIONS_EN.competencies.team);
    expect(text).to.not.contain(CATALOGUE_DESCRIPTIONS_DE.competencies.team);
  });

  it('the detail box of a group describes the competency too', async () => {
    const el = await wheelInProvider({ 'group-by': 'department', group: 'IT' });
    expect((await tooltipOf(el, 'analyse')).textContent).to.contain(CATALOGUE_DESCRIPTIONS_DE.competencies.analyse);
  });

  it('a wheel on its own has the lean catalogue and describes nothing', async () => {
    const el = await wheelIn(html`<kompetenz-rad target-role="cdo"></kompetenz-rad>`);
    const tooltip = await tooltipOf(el, 'daten');
    expect(tooltip.textContent).to.contain('Datenkompetenz');
    expect(tooltip.querySelector('p')).to.equal(null);
  });
});
