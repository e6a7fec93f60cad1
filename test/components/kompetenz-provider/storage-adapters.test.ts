import { expect, waitUntil } from '@open-wc/testing';
import { IndexedDbAdapter, isStorageConflict, MemoryAdapter, StorageConflictError, TAB_SYNC_CHANNEL } from '../../../src/define/kompetenz-provider.js';
import { emptyPortfolio } from '../../../src/domain/portfolio.js';
import type { Portfolio } from '../../../src/domain/types.js';

const uniqueDb = () => `kr-adapter-${Date.now()}-${Math.random().toString(36).slice(2)}`;

function named(name: string): Portfolio {
  return { ...emptyPortfolio(), people: [{ id: 'p1', name, roleId: 'cdo' }] };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('IndexedDbAdapter', () => {
  const open: IndexedDbAdapter[] = [];
  const adapter = (database: string) => {
    const created = new IndexedDbAdapter({ database });
    open.push(created);
    return created;
  };
  afterEach(() => open.splice(0).forEach((one) => one.close()));

  it('stores the whole document with a revision and reads it back', async () => {
    const database = uniqueDb();
    const writer = adapter(database);
    expect(await writer.load()).to.be.undefined;
    expect(writer.knownRevision).to.equal(0);
    await writer.save(named('Erika'));
    await writer.save(named('Erika Muster'));
    expect(writer.knownRevision).to.equal(2);
    const reader = adapter(database);
    expect(await reader.load()).to.deep.equal(named('Erika Muster'));
    expect(reader.knownRevision).to.equal(2);
  });

  it('refuses a save over a revision written by someone else, and writes nothing', async () => {
    const database = uniqueDb();
    const first = adapter(database);
    const second = adapter(database);
    await first.load();
    await second.load();
    await first.save(named('from the first tab'));
    const error = await rejection(second.save(named('from the second tab')));
    expect(error).to.be.instanceOf(StorageConflictError);
    expect(isStorageConflict(error)).to.be.true;
    expect((error as StorageConflictError).storedRevision).to.equal(1);
    expect(await adapter(database).load()).to.deep.equal(named('from the first tab'));
    // After reading the newer revision the second tab may save again.
    await second.load();
    await second.save(named('from the second tab'));
    expect(await adapter(database).load()).to.deep.equal(named('from the second tab'));
  });

  it('leaves the previous state when a write fails halfway', async () => {
    const database = uniqueDb();
    const writer = adapter(database);
    await writer.load();
    await writer.save(named('kept'));
    const unclonable = { ...named('lost'), people: [{ id: 'p1', name: 'x', roleId: 'cdo', extra: () => 1 }] } as unknown as Portfolio;
    const error = await rejection(writer.save(unclonable));
    expect((error as Error).name).to.equal('DataCloneError');
    expect(writer.knownRevision).to.equal(1);
    expect(await adapter(database).load()).to.deep.equal(named('kept'));
  });

  it('tells other adapters of the same database about a new revision, and only them', async () => {
    const database = uniqueDb();
    const writer = adapter(database);
    const listener = adapter(database);
    const elsewhere = adapter(uniqueDb());
    await writer.load();
    await listener.load();
    const heard: string[] = [];
    const stop = listener.watch(() => heard.push('listener'));
    const stopSelf = writer.watch(() => heard.push('writer'));
    const stopElsewhere = elsewhere.watch(() => heard.push('elsewhere'));
    const raw = new BroadcastChannel(TAB_SYNC_CHANNEL);
    const messages: unknown[] = [];
    // Other test files running at the same time use the channel too: only this database counts.
    raw.onmessage = (event) => {
      if ((event.data as { database?: unknown } | null)?.database === database) messages.push(event.data);
    };
    await writer.save(named('new'));
    await waitUntil(() => heard.length > 0 && messages.length > 0, 'the message arrives', { timeout: 8000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).to.deep.equal(['listener']);
    expect(messages[0]).to.include({ type: 'kompetenzrad-saved', database, revision: 1 });
    raw.close();
    stop();
    stopSelf();
    stopElsewhere();
  });

  it('clear() deletes the document; a tab still holding old data cannot write it back unnoticed', async () => {
    const database = uniqueDb();
    const stale = adapter(database);
    const eraser = adapter(database);
    await stale.load();
    await stale.save(named('personal data'));
    await eraser.load();
    await eraser.clear();
    expect(await adapter(database).load()).to.be.undefined;
    expect(eraser.knownRevision).to.equal(2);
    expect(isStorageConflict(await rejection(stale.save(named('personal data'))))).to.be.true;
    expect(await adapter(database).load()).to.be.undefined;
  });
});

describe('MemoryAdapter', () => {
  it('keeps the document until it is cleared', async () => {
    const memory = new MemoryAdapter();
    expect(await memory.load()).to.be.undefined;
    await memory.save(named('Erika'));
    expect(await memory.load()).to.deep.equal(named('Erika'));
    await memory.clear();
    expect(await memory.load()).to.be.undefined;
  });
});
