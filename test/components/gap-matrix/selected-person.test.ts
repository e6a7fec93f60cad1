import { expect, html } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { DEFAULT_CATALOGUE } from '../../../src/domain/catalogue.js';
import { DEFAULT_ROLES } from '../../../src/domain/roles.js';
import type { Portfolio } from '../../../src/domain/types.js';
import '../../../src/define/kompetenz-provider.js';
import { kompetenzContext, type KompetenzContextValue } from '../../../src/internal/context.js';
import { onePerson } from './fixtures.js';
import { mount, one, text, type GapMatrix } from './util.js';

function portfolio(withPeople = true): Portfolio {
  const { people, assessments } = onePerson();
  return { format: 'kompetenzrad-portfolio', version: 1, people: withPeople ? people : [], assessments: withPeople ? assessments : [], goals: [], plans: [] };
}

/**
 * A matrix under a hand-made provider of the context: `<kompetenz-provider>` itself never
 * selects an id that names nobody (with an unknown `person` it selects nobody), another provider may.
 */
async function underContext(personId: string | undefined, withPeople = true) {
  const mounted = await mount(html`<div class="host"><gap-matrix today="2025-06-01"></gap-matrix></div>`);
  const host = mounted.box.querySelector<HTMLElement>('.host')!;
  const value: KompetenzContextValue = { portfolio: portfolio(withPeople), catalogue: DEFAULT_CATALOGUE, roles: DEFAULT_ROLES, lang: 'de', personId, today: '2025-06-01' };
  const provider = new ContextProvider(host, { context: kompetenzContext, initialValue: value });
  // The matrix asked for the context before the provider existed; it asks again when re-attached.
  const el = host.querySelector('gap-matrix')!;
  el.remove();
  host.append(el);
  await el.updateComplete;
  await el.updateComplete;
  return { ...mounted, provider, value };
}

const reported = (errors: readonly { code: string; source: string }[]) => errors.map((error) => `${error.code}:${error.source}`);
const notice = (el: GapMatrix) => text(one(el, "[part='notice']"));

describe('<gap-matrix> the selected person', () => {
  it('an unknown person-id of its own is reported with source person-id', async () => {
    const { people, assessments } = onePerson();
    const { el, errors } = await mount(html`<gap-matrix person-id="bernd" .people=${people} .assessments=${assessments}></gap-matrix>`);
    expect(reported(errors)).to.deep.equal(['unknown-person:person-id']);
    expect(errors[0].message).to.equal('person-id: no person with the id "bernd"');
    expect(notice(el)).to.contain('bernd');
  });

  it('a person-id that is no id (NaN set by code) is reported as a bad person-id, not under people, and a good one clears it', async () => {
    const { people, assessments } = onePerson();
    const { el, errors } = await mount(html`<gap-matrix today="2025-06-01" .people=${people} .assessments=${assessments}></gap-matrix>`);
    expect(errors).to.deep.equal([]);
    el.personId = Number.NaN as never;
    await el.updateComplete;
    expect(reported(errors)).to.deep.equal(['id:person-id']);
    expect(errors[0].message).to.equal('person-id: id (got "NaN")');
    expect(notice(el)).to.equal('Eine Angabe konnte nicht verwendet werden: Ungültige Angabe „NaN“ in „person-id“.');
    el.personId = 'anna';
    await el.updateComplete;
    expect(el.problems).to.deep.equal([]);
    expect(text(one(el, '.caption'))).to.contain('Anna Beispiel');
    expect(errors).to.have.length(1, 'nothing more announced');
  });

  it('team mode reports a person-id that is no id the same way; inside a provider its selection applies', async () => {
    const { people, assessments } = onePerson();
    const team = await mount(html`<gap-matrix mode="team" today="2025-06-01" .personId=${Number.NaN as never} .people=${people} .assessments=${assessments}></gap-matrix>`);
    expect(reported(team.errors)).to.deep.equal(['id:person-id']);
    const { el, errors } = await underContext('anna');
    el.personId = { evil: 1 } as never;
    await el.updateComplete;
    expect(reported(errors)).to.deep.equal(['id:person-id']);
    expect(text(one(el, '.caption'))).to.contain('Anna Beispiel');
  });

  it('inside a provider, its own unknown person-id is still reported with source person-id', async () => {
    const { el, errors } = await mount(
      html`<kompetenz-provider storage="none" person="anna" today="2025-06-01" .portfolio=${portfolio()}><gap-matrix person-id="bernd"></gap-matrix></kompetenz-provider>`,
    );
    await el.updateComplete;
    expect(reported(errors)).to.deep.equal(['unknown-person:person-id']);
    el.personId = 'anna';
    await el.updateComplete;
    expect(el.problems).to.deep.equal([]);
    expect(text(one(el, '.caption'))).to.contain('Anna Beispiel');
  });

  it('a provider’s selected person that names nobody is reported with source context, and withdrawn when fixed', async () => {
    const { el, errors, provider, value } = await underContext('bernd');
    expect(reported(errors)).to.deep.equal(['unknown-person:context']);
    expect(errors[0].message).to.equal('context: no person with the id "bernd"');
    expect(notice(el)).to.contain('bernd');
    expect(text(one(el, "[part='status']"))).to.contain('Keine Person');

    provider.setValue({ ...value, personId: 'anna' });
    await el.updateComplete;
    expect(el.problems).to.deep.equal([]);
    expect(notice(el)).to.equal('');
    expect(text(one(el, '.caption'))).to.contain('Anna Beispiel');
    expect(errors).to.have.length(1, 'nothing more announced');
  });

  it('an own person-id wins over the provider’s selection', async () => {
    const { el, errors } = await underContext('bernd');
    el.personId = 'anna';
    await el.updateComplete;
    expect(el.problems).to.deep.equal([]);
    expect(text(one(el, '.caption'))).to.contain('Anna Beispiel');
    expect(reported(errors)).to.deep.equal(['unknown-person:context'], 'only the first report, before person-id was set');
  });

  it('reports nothing while the provider has no people yet', async () => {
    const { el, errors, provider, value } = await underContext('anna', false);
    expect(errors).to.deep.equal([]);
    expect(el.problems).to.deep.equal([]);
    provider.setValue({ ...value, portfolio: portfolio() });
    await el.updateComplete;
    expect(errors).to.deep.equal([]);
    expect(text(one(el, '.caption'))).to.contain('Anna Beispiel');
  });

  it('reports a person’s unknown role only where it falls back to that role, not when target gives the profile', async () => {
    const { people, assessments } = onePerson();
    const astronaut = people.map((person) => ({ ...person, roleId: 'astronaut' }));
    const withTarget = await mount(html`<gap-matrix person-id="anna" target='{"daten":3}' .people=${astronaut} .assessments=${assessments}></gap-matrix>`);
    expect(reported(withTarget.errors)).to.deep.equal([]);
    const fromRole = await mount(html`<gap-matrix person-id="anna" .people=${astronaut} .assessments=${assessments}></gap-matrix>`);
    expect(reported(fromRole.errors)).to.deep.equal(['unknown-role:people']);
  });
});
