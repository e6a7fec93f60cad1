/**
 * A portal that loads the library after its framework has rendered the tag and set its
 * properties: the provider is defined only then (this file imports it late, on purpose). What the
 * page set before must hold from the first load on.
 */
import { expect } from '@open-wc/testing';
import type { KompetenzProvider, StorageAdapter } from '../../../src/define/kompetenz-provider.js';
import type { Portfolio } from '../../../src/domain/types.js';
import { collect, host, portfolio } from './helpers.js';

async function databases(): Promise<string[]> {
  return (await indexedDB.databases()).map((database) => database.name ?? '');
}

/** A provider in the page with `set` applied to it while it is still an unknown element, then defined. */
async function definedLate(set: (provider: KompetenzProvider) => void): Promise<{ provider: KompetenzProvider; changes: { reason: string; portfolio: Portfolio }[] }> {
  expect(customElements.get('kompetenz-provider'), 'this file defines the provider itself').to.equal(undefined);
  const provider = document.createElement('kompetenz-provider') as KompetenzProvider;
  const changes = collect<{ reason: string; portfolio: Portfolio }>(provider, 'kr-portfolio-change');
  set(provider);
  host().append(provider);
  await import('../../../src/define/kompetenz-provider.js');
  expect(customElements.get('kompetenz-provider')).to.not.equal(undefined);
  return { provider, changes };
}

describe('<kompetenz-provider> given properties before it is defined', () => {
  it('keeps storage "none", a portfolio, a storage adapter and a time limit set before, from the first load on', async () => {
    const before = await databases();
    // One element defines the provider; the other cases are upgraded when it is defined, as in a page.
    const memory = document.createElement('kompetenz-provider') as KompetenzProvider;
    memory.storage = 'none';
    memory.portfolio = portfolio();
    host().append(memory);

    const loads: string[] = [];
    const adapter: StorageAdapter = {
      load: () => {
        loads.push('load');
        return Promise.resolve(portfolio());
      },
      save: () => Promise.resolve(),
      clear: () => Promise.resolve(),
    };
    const { provider, changes } = await definedLate((element) => {
      element.storageAdapter = adapter;
      element.storageTimeout = 1234;
    });

    await memory.loadComplete;
    await memory.saveComplete;
    expect(memory.portfolio).to.deep.equal(portfolio(), 'the portfolio set before is the state');
    expect(memory.storage).to.equal('none');

    await provider.loadComplete;
    expect(loads, 'the adapter is asked first').to.deep.equal(['load']);
    expect(provider.portfolio).to.deep.equal(portfolio());
    expect(changes.map((change) => [change.reason, change.portfolio.people.length]), 'no empty state loaded from elsewhere first').to.deep.equal([['load', 2]]);
    expect(provider.storageTimeout, 'the time limit set before stays').to.equal(1234);

    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await databases(), 'nothing was opened or stored in IndexedDB').to.deep.equal(before);
  });
});
