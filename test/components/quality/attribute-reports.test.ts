/**
 * Every attribute reports a bad value the same way (issue 17, item 13): for each attribute of each
 * element in custom-elements.json whose values are constrained (fixed values, numbers, dates,
 * switches, ids, JSON, the language), garbage gives a `kr-error` whose `source` is the attribute
 * and whose message names the text given (never "NaN"), and the element keeps working. An
 * attribute the manifest lists that is neither checked here nor an explained exception fails the
 * test, so a new attribute has to be classified.
 */
import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/index.js';
import type { KrErrorDetail } from '../../../src/internal/events.js';
import { mount } from '../../helpers/mount.js';
import { DISTRICT, GOAL, PERSON, PLAN, PERSON_GOALS, samplePortfolio, SAMPLE, TODAY } from './fixtures.js';

/** Not a number, not JSON, not a date, no id, no language, no switch value. */
const GARBAGE = 'zqx!7';

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
}

type Host = HTMLElement & { updateComplete: Promise<unknown>; analysisComplete?: Promise<void>; loadComplete?: Promise<unknown> };

/**
 * Attributes whose text is free, so no value is garbage: names, addresses and ids chosen by the
 * page. Each says why.
 */
const FREE_TEXT: Record<string, string> = {
  'kompetenz-provider src': 'any URL; a failed load is reported as src-load when it happens, not as a bad value',
  'kompetenz-provider store-name': 'any name of an IndexedDB database (only an empty, blank or overlong one is reported: see the provider’s storage-options test)',
  'smart-goal-form name': 'the form field name under which the goal is submitted, any text',
  // Reflected switches keep HTML's rule, present means on, whatever the text (see KrElement.finalize).
  'smart-goal-form disabled': 'a form control: the browser disables it whenever the attribute is present',
  'lernplan-timeline editable': 'reflected: reading a text as off would remove the page’s attribute',
};

/** How to see an attribute's report: the element in a setting where the attribute is used (default: alone). */
const SETTINGS: Record<string, () => TemplateResult> = {
  'gap-matrix person-id': () => html`<gap-matrix today=${TODAY} .people=${SAMPLE.people} .assessments=${SAMPLE.assessments}></gap-matrix>`,
  'gap-matrix filter-role': () => team(),
  'gap-matrix filter-department': () => team(),
  'gap-matrix filter-competency': () => team(),
  'gap-matrix min-gap': () => team(),
  'gap-matrix cells': () => team(),
  'gap-matrix selected-group': () => team(true),
  'gap-matrix synergy': () => team(),
  'gap-matrix group-only': () => team(true),
  'gap-matrix group-by': () => html`<gap-matrix mode="organisation" today=${TODAY} .people=${DISTRICT.people} .assessments=${DISTRICT.assessments}></gap-matrix>`,
  'gap-matrix min-group-size': () => html`<gap-matrix mode="organisation" today=${TODAY} .people=${DISTRICT.people} .assessments=${DISTRICT.assessments}></gap-matrix>`,
  'kompetenz-provider person': () => html`<kompetenz-provider storage="none" today=${TODAY} .portfolio=${samplePortfolio()}></kompetenz-provider>`,
  // A wheel reads its group options only when it shows a group of a provider's people.
  'kompetenz-rad group-by': () => html`<kompetenz-provider storage="none" today=${TODAY} .portfolio=${samplePortfolio()}><kompetenz-rad></kompetenz-rad></kompetenz-provider>`,
  'kompetenz-rad min-group-size': () => html`<kompetenz-provider storage="none" today=${TODAY} .portfolio=${samplePortfolio()}><kompetenz-rad group-by="department"></kompetenz-rad></kompetenz-provider>`,
  'kompetenz-rad group': () => html`<kompetenz-provider storage="none" today=${TODAY} .portfolio=${samplePortfolio()}><kompetenz-rad group-by="department"></kompetenz-rad></kompetenz-provider>`,
  'smart-goal-form goal-id': () => html`<kompetenz-provider storage="none" today=${TODAY} person=${PERSON.id} .portfolio=${samplePortfolio()}><smart-goal-form></smart-goal-form></kompetenz-provider>`,
  'smart-goal-form person-id': () => html`<kompetenz-provider storage="none" today=${TODAY} person=${PERSON.id} .portfolio=${samplePortfolio()}><smart-goal-form></smart-goal-form></kompetenz-provider>`,
  'lernplan-timeline end': () => html`<lernplan-timeline today=${TODAY} .plan=${PLAN} .goals=${PERSON_GOALS} .person=${PERSON}></lernplan-timeline>`,
};

function team(synergy = false): TemplateResult {
  return html`<gap-matrix mode="team" today=${TODAY} ?synergy=${synergy} .people=${SAMPLE.people} .assessments=${SAMPLE.assessments}></gap-matrix>`;
}

const defaultSetting: Record<string, () => TemplateResult> = {
  'kompetenz-provider': () => html`<kompetenz-provider storage="none" today=${TODAY}></kompetenz-provider>`,
  'kompetenz-rad': () => html`<kompetenz-rad></kompetenz-rad>`,
  'gap-matrix': () => html`<gap-matrix today=${TODAY}></gap-matrix>`,
  'smart-goal-form': () => html`<smart-goal-form today=${TODAY} .goal=${GOAL}></smart-goal-form>`,
  'lernplan-timeline': () => html`<lernplan-timeline today=${TODAY} .plan=${PLAN}></lernplan-timeline>`,
};

async function settleAll(box: HTMLElement): Promise<void> {
  for (let round = 0; round < 3; round++) {
    for (const element of [box, ...Array.from(box.querySelectorAll<Host>('*'))] as Host[]) {
      if (element.loadComplete) await element.loadComplete;
      if (element.analysisComplete) await element.analysisComplete;
      if (element.updateComplete) await element.updateComplete;
    }
    await new Promise((resolve) => setTimeout(resolve));
  }
}

const TAGS = ['kompetenz-provider', 'kompetenz-rad', 'gap-matrix', 'smart-goal-form', 'lernplan-timeline'];

describe('every attribute reports a bad value the same way', () => {
  let manifest: { modules: { declarations?: Declaration[] }[] };

  before(async () => {
    manifest = await (await fetch('/custom-elements.json')).json();
  });

  const attributesOf = (tag: string): string[] => {
    const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tag);
    expect(declaration, tag).to.exist;
    return (declaration!.attributes ?? []).map((attribute) => attribute.name);
  };

  for (const tag of TAGS) {
    it(`<${tag}>: garbage in each constrained attribute gives a kr-error naming the attribute and the text given`, async function () {
      this.timeout(60_000);
      const failures: string[] = [];
      for (const attribute of attributesOf(tag)) {
        const key = `${tag} ${attribute}`;
        if (key in FREE_TEXT) continue;
        const box = await mount((SETTINGS[key] ?? defaultSetting[tag])());
        await settleAll(box);
        const el = (box.querySelector(tag) ?? box.firstElementChild) as Host;
        const errors: KrErrorDetail[] = [];
        box.addEventListener('kr-error', (event) => errors.push((event as CustomEvent<KrErrorDetail>).detail));
        el.setAttribute(attribute, GARBAGE);
        await settleAll(box);
        const report = errors.find((error) => error.source === attribute);
        if (!report) {
          failures.push(`${attribute}: no kr-error with source "${attribute}" (got ${JSON.stringify(errors.map((error) => [error.code, error.source]))})`);
          continue;
        }
        if (!report.message.includes(GARBAGE)) failures.push(`${attribute}: the message does not name "${GARBAGE}": ${report.message}`);
        const all = JSON.stringify(errors);
        if (all.includes('NaN')) failures.push(`${attribute}: "NaN" in ${all}`);
        // The element still draws (the provider draws nothing but its slot).
        if (tag !== 'kompetenz-provider') {
          const notice = el.shadowRoot?.querySelector("[part='notice']")?.textContent ?? '';
          if (!notice.includes(GARBAGE.slice(0, 3)) && !notice.includes(attribute)) failures.push(`${attribute}: the notice does not show the problem: ${notice.trim()}`);
        }
      }
      expect(failures, failures.join('\n')).to.deep.equal([]);
    });
  }
});

describe('what a bad value leaves behind', () => {
  async function withErrors(template: TemplateResult): Promise<{ box: HTMLElement; errors: KrErrorDetail[] }> {
    const errors: KrErrorDetail[] = [];
    const box = await mount(html`<div @kr-error=${(event: CustomEvent<KrErrorDetail>) => errors.push(event.detail)}>${template}</div>`);
    await settleAll(box);
    return { box, errors };
  }

  it('lang: an unsupported language is reported and the surrounding one applies; regional forms count', async () => {
    const { box, errors } = await withErrors(html`<div lang="en"><lernplan-timeline lang="deutsch" today=${TODAY} .plan=${PLAN}></lernplan-timeline></div>`);
    const timeline = box.querySelector('lernplan-timeline') as Host;
    const reports = errors.filter((error) => error.source === 'lang');
    expect(reports.map((error) => error.code)).to.deep.equal(['lang']);
    expect(reports[0].message).to.contain('"deutsch"').and.contain('de').and.contain('en');
    expect(reports[0].params).to.deep.include({ got: 'deutsch' });
    // The parent's English, not German.
    expect(timeline.shadowRoot!.querySelector("[part='notice']")!.textContent).to.contain('could not be used');

    for (const lang of ['de-AT', 'en-GB', 'EN', 'de_CH']) {
      errors.length = 0;
      timeline.setAttribute('lang', lang);
      await settleAll(box);
      expect(errors, lang).to.deep.equal([]);
      expect(timeline.shadowRoot!.querySelector("[part='notice']")!.textContent!.trim(), lang).to.equal('');
    }
    timeline.setAttribute('lang', 'xx');
    await settleAll(box);
    expect(errors.map((error) => [error.code, error.source])).to.deep.equal([['lang', 'lang']]);
    timeline.removeAttribute('lang');
    await settleAll(box);
    expect(timeline.shadowRoot!.querySelector("[part='notice']")!.textContent!.trim(), 'withdrawn').to.equal('');
  });

  it('a reflected switch keeps HTML’s rule: disabled="false" on the goal form disables it and stays on the page', async () => {
    const { box, errors } = await withErrors(html`<form><smart-goal-form name="goal" disabled="false"></smart-goal-form></form>`);
    const form = box.querySelector('smart-goal-form') as Host & { disabled: boolean };
    expect(form.hasAttribute('disabled')).to.equal(true);
    expect(form.disabled).to.equal(true);
    expect(form.matches(':disabled')).to.equal(true);
    expect(errors.filter((error) => error.source === 'disabled')).to.deep.equal([]);
  });

  it('editable="false" on the time line is reported and leaves the plan read-only (no editing buttons)', async () => {
    const { box, errors } = await withErrors(html`<lernplan-timeline today=${TODAY} .plan=${PLAN} editable="false"></lernplan-timeline>`);
    const timeline = box.querySelector('lernplan-timeline') as Host & { editable: boolean };
    expect(timeline.editable).to.equal(false);
    expect(errors.map((error) => [error.code, error.source])).to.deep.equal([['boolean', 'editable']]);
    expect(timeline.shadowRoot!.querySelector('.add-item, .undo')).to.equal(null);
    expect(timeline.getAttribute('editable'), 'the page’s attribute stays as written').to.equal('false');
    timeline.setAttribute('editable', '');
    await settleAll(box);
    expect(timeline.editable).to.equal(true);
    expect(timeline.shadowRoot!.querySelector('.add-item')).to.not.equal(null);
  });

  it('a wheel outside a provider reports a bad group-by and min-group-size too', async () => {
    const { errors } = await withErrors(html`<kompetenz-rad group-by="zqx" min-group-size="abc"></kompetenz-rad>`);
    expect(errors.map((error) => error.source).sort()).to.deep.equal(['group-by', 'min-group-size']);
    expect(JSON.stringify(errors)).to.contain('zqx').and.to.contain('abc').and.not.contain('NaN');
  });

  it('capacity="abc": the report names "abc", not NaN; an empty capacity counts as not given', async () => {
    const { box, errors } = await withErrors(html`<lernplan-timeline today=${TODAY} .plan=${PLAN} capacity="abc"></lernplan-timeline>`);
    const report = errors.find((error) => error.source === 'capacity');
    expect(report?.message).to.contain('"abc"');
    expect(report?.params).to.deep.include({ got: 'abc' });
    expect(JSON.stringify(errors)).to.not.contain('NaN');
    const timeline = box.querySelector('lernplan-timeline') as Host;
    errors.length = 0;
    timeline.setAttribute('capacity', '');
    await settleAll(box);
    timeline.setAttribute('capacity', '  ');
    await settleAll(box);
    expect(errors).to.deep.equal([]);
    expect(timeline.shadowRoot!.querySelector("[part='notice']")!.textContent!.trim()).to.equal('');
  });

  it('a switch with another text is reported and stays off (allow-drill-down="false" draws no names)', async () => {
    const { box, errors } = await withErrors(html`<gap-matrix mode="team" today=${TODAY} .people=${SAMPLE.people} .assessments=${SAMPLE.assessments} synergy="false"></gap-matrix>`);
    const matrix = box.querySelector('gap-matrix') as Host & { synergy: boolean };
    expect(matrix.synergy).to.equal(false);
    expect(errors.map((error) => [error.code, error.source])).to.deep.equal([['boolean', 'synergy']]);
    expect(errors[0].message).to.contain('"false"');
    expect(matrix.shadowRoot!.querySelector("[part='synergy']")).to.equal(null);
    for (const on of ['', 'synergy', 'true', 'TRUE']) {
      matrix.setAttribute('synergy', on);
      await settleAll(box);
      expect(matrix.synergy, on).to.equal(true);
    }
    expect(errors, 'valid texts are not reported').to.have.length(1);
    expect(matrix.shadowRoot!.querySelector("[part='notice']")!.textContent!.trim()).to.equal('');
  });

  it('gap-matrix: an unknown filter-role is not used, an unknown selected-group marks nobody, a typed department is not reported', async () => {
    const { box, errors } = await withErrors(team(true));
    const matrix = box.querySelector('gap-matrix') as Host & { filterDepartment: string };
    const rows = () => matrix.shadowRoot!.querySelectorAll('.team .body > .row').length;
    const all = rows();
    expect(all).to.be.greaterThan(0);

    matrix.setAttribute('filter-role', 'astronaut');
    matrix.setAttribute('selected-group', 'syn-nothing-1');
    await settleAll(box);
    expect(errors.map((error) => [error.code, error.source])).to.have.deep.members([
      ['unknown-role', 'filter-role'],
      ['unknown-group', 'selected-group'],
    ]);
    expect(rows(), 'every role is shown').to.equal(all);
    expect(matrix.shadowRoot!.querySelectorAll('.synergy-card.selected')).to.have.length(0);

    errors.length = 0;
    matrix.setAttribute('filter-department', 'Nirgendwo');
    await settleAll(box);
    expect(errors.map((error) => [error.code, error.source])).to.deep.equal([['unknown-department', 'filter-department']]);
    expect(errors[0].message).to.contain('"Nirgendwo"');

    // What the user types in the toolbar's search is a search: no hits is no problem.
    matrix.removeAttribute('filter-department');
    await settleAll(box);
    errors.length = 0;
    const search = matrix.shadowRoot!.querySelector<HTMLInputElement>("[part='toolbar'] input[type='search']");
    expect(search).to.exist;
    search!.value = 'Nirgendwo';
    search!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settleAll(box);
    expect(matrix.filterDepartment).to.equal('Nirgendwo');
    expect(errors).to.deep.equal([]);
  });

  it('gap-matrix without people reports no filter (a provider may still be loading)', async () => {
    const { errors } = await withErrors(html`<gap-matrix mode="team" today=${TODAY} filter-role="astronaut" filter-department="Nirgendwo"></gap-matrix>`);
    expect(errors.filter((error) => error.source.startsWith('filter-'))).to.deep.equal([]);
  });
});
