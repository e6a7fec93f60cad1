import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/kompetenz-provider.js';
import type { KompetenzProvider } from '../../../src/define/kompetenz-provider.js';
import type { Portfolio } from '../../../src/domain/types.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { host, portfolio, statusOf } from './helpers.js';

/** A file in which both people have other names than in the provider: two conflicts when it is merged. */
function renamed(): Portfolio {
  const mine = portfolio();
  return { ...mine, people: mine.people.map((person) => ({ ...person, name: `${person.name}-Neu` })) };
}

async function providerWithTwoConflicts(lang: string): Promise<{ provider: KompetenzProvider; after: HTMLButtonElement }> {
  const wrapper = host();
  wrapper.lang = lang;
  const provider = document.createElement('kompetenz-provider');
  provider.setAttribute('storage', 'none');
  provider.portfolio = portfolio();
  const after = document.createElement('button');
  after.textContent = 'danach';
  wrapper.append(provider, after);
  await provider.loadComplete;
  expect(provider.importPortfolio(JSON.stringify(renamed()), { mode: 'merge' }).ok).to.be.true;
  await provider.saveComplete;
  for (let i = 0; i < 3; i += 1) await provider.updateComplete;
  expect(provider.conflicts).to.have.length(2);
  return { provider, after };
}

const active = (provider: KompetenzProvider) => provider.shadowRoot!.activeElement as HTMLElement | null;

async function settle(provider: KompetenzProvider): Promise<void> {
  for (let i = 0; i < 3; i += 1) await provider.updateComplete;
}

describe('<kompetenz-provider> focus when the last conflict is settled in its list (WCAG 2.4.3)', function () {
  this.timeout(30_000);

  it('moves focus to a note that all are settled, announces it, and drops the note when focus moves on', async () => {
    const { provider, after } = await providerWithTwoConflicts('de');
    provider.shadowRoot!.querySelector<HTMLButtonElement>('[part="conflict-choice"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(provider);
    expect(active(provider)?.getAttribute('part'), 'focus goes on to the next conflict').to.equal('conflict-choice');
    await sendKeys({ press: 'Enter' });
    await settle(provider);
    expect(provider.conflicts).to.deep.equal([]);
    expect(provider.shadowRoot!.querySelector('[part="conflicts"]')).to.be.null;
    const note = active(provider);
    expect(document.activeElement?.localName, 'focus stays in the provider').to.equal('kompetenz-provider');
    expect(note?.getAttribute('part'), 'focus is on the note that all are settled').to.equal('conflicts-settled');
    expect(note!.textContent).to.include('Über alle widersprüchlichen Änderungen ist entschieden');
    expect(await statusOf(provider)).to.include('übernommen').and.include('alle widersprüchlichen Änderungen');
    await expectAccessible(provider);
    await sendKeys({ press: 'Tab' });
    await settle(provider);
    expect(document.activeElement === after, 'Tab goes on to what follows the provider').to.equal(true);
    expect(provider.shadowRoot!.querySelector('[part="conflicts-settled"]')).to.be.null;
  });

  it('says so in English', async () => {
    const { provider } = await providerWithTwoConflicts('en');
    for (let i = 0; i < 2; i += 1) {
      provider.shadowRoot!.querySelector<HTMLButtonElement>('[part="conflict-choice"]')!.focus();
      await sendKeys({ press: 'Space' });
      await settle(provider);
    }
    expect(active(provider)?.textContent).to.include('Every conflicting change is settled');
    expect(await statusOf(provider)).to.include('Every conflicting change is now settled');
    await expectAccessible(provider);
  });
});
