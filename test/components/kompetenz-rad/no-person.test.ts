import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import { DEFAULT_CATALOGUE } from '../../../src/domain/catalogue.js';
import { DEFAULT_ROLES } from '../../../src/domain/roles.js';
import type { Person } from '../../../src/domain/types.js';
import { kompetenzContext, type KompetenzContextValue } from '../../../src/internal/context.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { mount, one, type KompetenzRad } from './util.js';

// An editable wheel in a provider that selects nobody (a new, empty document): an edit would be
// refused by the provider, so the wheel says why and offers none, instead of taking a level it drops.

function value(people: Person[], loading = false): KompetenzContextValue {
  return {
    portfolio: { format: 'kompetenzrad-portfolio', version: 1, people, assessments: [], goals: [], plans: [] },
    catalogue: DEFAULT_CATALOGUE,
    roles: DEFAULT_ROLES,
    lang: 'de',
    personId: people[0]?.id,
    today: '2026-03-01',
    loading,
  };
}

async function wheelIn(initial: KompetenzContextValue) {
  const host = await mount(html``);
  const provider = new ContextProvider(host, { context: kompetenzContext, initialValue: initial });
  const el = document.createElement('kompetenz-rad');
  el.editable = true;
  host.append(el);
  await el.updateComplete;
  const changes: unknown[] = [];
  el.addEventListener('kr-level-change', (event) => changes.push(event.detail));
  return { el, provider, changes };
}

const lead = (el: KompetenzRad) => el.shadowRoot!.querySelector('[part="no-person"]');
const spoke = (el: KompetenzRad) => one<SVGGElement>(el, '[part="sector"][data-competency="daten"]');

describe('kompetenz-rad: editable in a provider that selects no person', () => {
  it('says that nothing can be rated yet and takes no level', async () => {
    const { el, changes } = await wheelIn(value([]));
    expect(lead(el)?.textContent).to.equal('Keine Person ausgewählt: Eine Einschätzung kann erst gespeichert werden, wenn eine Person ausgewählt ist.');
    expect(spoke(el).hasAttribute('aria-valuenow'), 'no spoke offers a level to set').to.equal(false);
    spoke(el).focus();
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: '2' });
    await el.updateComplete;
    expect(changes).to.deep.equal([]);
    await expectAccessible(el);
  });

  it('is editable once the provider has a person, and says nothing while it is still loading', async () => {
    const { el, provider, changes } = await wheelIn(value([], true));
    expect(lead(el), 'not while loading').to.equal(null);
    provider.setValue(value([{ id: 'p1', name: 'Erika Muster', roleId: 'cdo' }]));
    await el.updateComplete;
    expect(lead(el)).to.equal(null);
    spoke(el).focus();
    await sendKeys({ press: 'ArrowUp' });
    expect(changes).to.have.length(1);
  });
});
