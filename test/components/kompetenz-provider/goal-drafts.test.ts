/** The provider's drafts of new goals (`GoalDrafts`) on their own, with a database that only records what it is given. */
import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { DRAFT_WRITE_DELAY_MS, GoalDrafts, type DraftDatabase } from '../../../src/components/kompetenz-provider/controllers/goal-drafts.js';

class FakeDatabase implements DraftDatabase {
  readonly writes: [string, unknown][][] = [];
  constructor(public storedDrafts: ReadonlyMap<string, unknown> | undefined = undefined) {}
  writeDrafts(changes: ReadonlyMap<string, unknown>): Promise<void> {
    this.writes.push([...changes]);
    return Promise.resolve();
  }
}

const host = { addController: () => undefined } as unknown as ReactiveControllerHost;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function drafts(state: { database?: DraftDatabase; loaded?: boolean }): GoalDrafts {
  return new GoalDrafts(host, { database: () => state.database, loaded: () => state.loaded ?? true });
}

describe('kompetenz-provider: GoalDrafts', () => {
  it('gathers the writes of a pause into one, the last value of each person winning', async () => {
    const database = new FakeDatabase();
    const kept = drafts({ database });
    kept.store.write('p1', 'a');
    kept.store.write('p1', 'ab');
    kept.store.write('p2', 'x');
    kept.store.write('p2', undefined);
    expect(kept.store.read('p1')).to.equal('ab');
    expect(kept.store.read('p2')).to.equal(undefined);
    expect(database.writes).to.deep.equal([]);
    await wait(DRAFT_WRITE_DELAY_MS + 100);
    expect(database.writes).to.deep.equal([[['p1', 'ab'], ['p2', undefined]]]);
  });

  it('writes at once when flushed (page hidden, provider gone), and nothing when there is nothing new', () => {
    const database = new FakeDatabase();
    const kept = drafts({ database });
    kept.flush();
    kept.store.write('p1', 'a');
    kept.hostDisconnected();
    expect(database.writes).to.deep.equal([[['p1', 'a']]]);
  });

  it('offers stored drafts only once loaded, and what the page wrote before wins', () => {
    const state: { database: DraftDatabase; loaded: boolean } = { database: new FakeDatabase(new Map([['p1', 'stored'], ['p2', 'stored']])), loaded: false };
    const kept = drafts(state);
    expect(kept.store.read('p1')).to.equal(undefined);
    kept.store.write('p2', 'typed');
    state.loaded = true;
    expect(kept.store.read('p1')).to.equal('stored');
    expect(kept.store.read('p2')).to.equal('typed');
  });

  it('keeps drafts in memory only without a database, and clear() forgets everything', async () => {
    const state: { database?: FakeDatabase } = {};
    const kept = drafts(state);
    kept.store.write('p1', 'a');
    expect(kept.store.read('p1')).to.equal('a');
    state.database = new FakeDatabase();
    kept.store.write('p2', 'b');
    kept.clear();
    expect(kept.store.read('p1')).to.equal(undefined);
    expect(kept.store.read('p2')).to.equal(undefined);
    await wait(DRAFT_WRITE_DELAY_MS + 100);
    expect(state.database.writes, 'the pending write is dropped').to.deep.equal([]);
  });

  it('is one object for the context, whatever is written', () => {
    const kept = drafts({});
    const store = kept.store;
    kept.store.write('p1', 'a');
    expect(kept.store).to.equal(store);
    expect(Object.isFrozen(store)).to.equal(true);
  });
});
