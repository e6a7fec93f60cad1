import { expect } from '@open-wc/testing';
import '../../../src/define/kompetenz-provider.js';
import { MemoryAdapter, type KompetenzProvider, type KrPortfolioChangeDetail, type StorageAdapter } from '../../../src/define/kompetenz-provider.js';
import { storeNameFor } from '../../../src/components/kompetenz-provider/model/store-name.js';
import { emptyPortfolio } from '../../../src/domain/portfolio.js';
import type { Portfolio } from '../../../src/domain/types.js';
import type { KrErrorDetail } from '../../../src/internal/events.js';
import { collect, host, leaving, levelChange, noticeOf, portfolio, statusOf, uniqueDb } from './helpers.js';

const never = <T>(): Promise<T> => new Promise<T>(() => undefined);

/** An adapter that keeps what it is given; each method can be replaced to misbehave. */
class TestAdapter implements StorageAdapter {
  saves: Portfolio[] = [];
  clears = 0;
  constructor(public stored?: unknown) {}
  load(): Promise<unknown> {
    return Promise.resolve(this.stored);
  }
  save(next: Portfolio): Promise<void> {
    this.saves.push(next);
    this.stored = next;
    return Promise.resolve();
  }
  clear(): Promise<void> {
    this.clears += 1;
    this.stored = undefined;
    return Promise.resolve();
  }
}

/** A provider on `adapter` with a short time limit for storage calls; not yet in the page. */
function providerOn(adapter: StorageAdapter): { provider: KompetenzProvider; errors: KrErrorDetail[]; changes: KrPortfolioChangeDetail[] } {
  const provider = document.createElement('kompetenz-provider');
  provider.setAttribute('today', '2025-03-01');
  provider.storageTimeout = 30;
  provider.storageAdapter = adapter;
  return { provider, errors: collect(provider, 'kr-error'), changes: collect(provider, 'kr-portfolio-change') };
}

describe('<kompetenz-provider> under faults and misuse', () => {
  describe('a misbehaving storage adapter', () => {
    it('ends a load that never answers with storage-timeout, and says "imported" only once it is stored', async () => {
      const adapter = new TestAdapter();
      adapter.load = never;
      // What the status says when the document is handed to the storage.
      const saidBeforeSave: string[] = [];
      const save = adapter.save.bind(adapter);
      adapter.save = (next) => {
        saidBeforeSave.push(provider.shadowRoot?.querySelector('[part="status"]')?.textContent ?? '');
        return save(next);
      };
      const { provider, errors } = providerOn(adapter);
      host().append(provider);
      provider.importPortfolio(JSON.stringify(portfolio()));
      await provider.loadComplete;
      await provider.saveComplete;
      expect(errors.map((e) => [e.code, e.source])).to.deep.equal([['storage-timeout', 'storage']]);
      expect(adapter.saves).to.have.length(1);
      expect(adapter.saves[0]).to.deep.equal(portfolio());
      expect(saidBeforeSave).to.have.length(1);
      expect(saidBeforeSave[0]).not.to.include('importiert', 'nothing is stored yet');
      expect(await statusOf(provider)).to.include('importiert');
    });

    it('ends a load whose document throws when read with a kr-error, and keeps the stored data', async () => {
      const hostile = {
        format: 'kompetenzrad-portfolio',
        version: 1,
        get people(): never {
          throw new Error('no people for you');
        },
      };
      const adapter = new TestAdapter(hostile);
      const { provider, errors } = providerOn(adapter);
      host().append(provider);
      await provider.loadComplete;
      expect(errors.map((e) => e.code)).to.deep.equal(['storage-invalid']);
      expect(errors[0]!.message).to.include('no people for you');
      provider.dispatchEvent(levelChange(3));
      await provider.saveComplete;
      expect(adapter.saves).to.deep.equal([], 'unreadable stored data is not overwritten by an automatic save');
      provider.importPortfolio(JSON.stringify(portfolio()));
      await provider.saveComplete;
      expect(adapter.saves).to.have.length(1);
      expect(await statusOf(provider)).to.include('importiert');
    });

    it('reports a watch() that throws and goes on loading and saving', async () => {
      const adapter = new TestAdapter(portfolio());
      Object.assign(adapter, {
        watch: () => {
          throw new Error('cannot watch');
        },
      });
      const { provider, errors } = providerOn(adapter);
      host().append(provider);
      await provider.loadComplete;
      expect(provider.portfolio).to.deep.equal(portfolio());
      expect(errors.map((e) => [e.code, e.source])).to.deep.equal([['storage-watch', 'storage']]);
      expect(errors[0]!.message).to.include('cannot watch');
      provider.dispatchEvent(levelChange(3));
      await provider.saveComplete;
      expect(adapter.saves).to.have.length(1);
      expect(adapter.saves[0]).to.equal(provider.portfolio);
    });

    it('gives up a save that never answers with storage-timeout, never says "saved", and clear() still ends', async () => {
      const adapter = new TestAdapter(portfolio());
      const { provider, errors } = providerOn(adapter);
      host().append(provider);
      await provider.loadComplete;
      adapter.save = never;
      provider.dispatchEvent(levelChange(3));
      await provider.saveComplete;
      expect(errors.map((e) => [e.code, e.source])).to.deep.equal([['storage-timeout', 'storage']]);
      expect(await noticeOf(provider)).to.include('fehlgeschlagen');
      expect(await statusOf(provider)).not.to.include('jetzt gespeichert');
      await provider.clear();
      expect(adapter.clears).to.equal(1);
      expect(provider.portfolio.people).to.deep.equal([]);
    });

    it('rejects clear() with storage-timeout when the store never answers', async () => {
      const adapter = new TestAdapter(portfolio());
      adapter.clear = never;
      const { provider, errors } = providerOn(adapter);
      host().append(provider);
      await provider.loadComplete;
      let failure: unknown;
      await provider.clear().catch((error: unknown) => (failure = error));
      expect((failure as { code?: string } | undefined)?.code).to.equal('storage-timeout');
      expect(errors.map((e) => [e.code, e.source])).to.deep.equal([['storage-timeout', 'clear']]);
      expect(provider.portfolio).to.deep.equal(portfolio(), 'nothing is emptied that was not cleared');
    });
  });

  describe('moving the provider in the page', () => {
    for (const storage of ['none', 'local']) {
      it(`keeps the data loaded from src (storage="${storage}")`, async () => {
        const provider = document.createElement('kompetenz-provider');
        provider.setAttribute('storage', storage);
        provider.setAttribute('store-name', uniqueDb());
        provider.setAttribute('src', '/demo/data/sample-portfolio.json');
        const errors = collect<KrErrorDetail>(provider, 'kr-error');
        const changes = collect<KrPortfolioChangeDetail>(provider, 'kr-portfolio-change');
        host().append(provider);
        await provider.loadComplete;
        const loaded = provider.portfolio;
        expect(loaded.people.length).to.be.greaterThan(0);

        host().append(provider);
        await provider.updateComplete;
        await provider.saveComplete;
        expect(provider.portfolio).to.equal(loaded);
        expect(changes.map((c) => c.reason)).to.deep.equal(['load']);
        expect(errors).to.deep.equal([]);
      });
    }

    it('still loads what another tab stored while it was away', async () => {
      const adapter = new TestAdapter(portfolio());
      const { provider, changes } = providerOn(adapter);
      host().append(provider);
      await provider.loadComplete;
      provider.remove();
      adapter.stored = { ...portfolio(), people: [{ id: 'p9', name: 'Neu', roleId: 'cio' }], assessments: [] };
      host().append(provider);
      await provider.saveComplete;
      expect(provider.portfolio.people.map((p) => p.id)).to.deep.equal(['p9']);
      expect(changes.map((c) => c.reason)).to.deep.equal(['load', 'external']);
    });
  });

  describe('setting portfolio before the stored data is loaded', () => {
    it('reports that it replaces stored data', async () => {
      const adapter = new TestAdapter(portfolio());
      const { provider, errors } = providerOn(adapter);
      const replacement = { ...emptyPortfolio(), people: [{ id: 'p9', name: 'Neu', roleId: 'cio' }] };
      provider.portfolio = replacement;
      host().append(provider);
      await provider.loadComplete;
      await provider.saveComplete;
      expect(errors.map((e) => [e.code, e.source])).to.deep.equal([['stored-data-replaced', 'portfolio']]);
      expect(errors[0]!.message).to.include('loadComplete');
      expect(adapter.saves.at(-1)).to.deep.equal(replacement, 'the documented behaviour stays: the portfolio set by code wins');
    });

    it('takes undefined, null and an empty text as not given: the stored data are loaded, nothing is reported', async () => {
      // A framework's binding while the page's data still load, as React or Vue pass it.
      for (const value of [undefined, null, '']) {
        const adapter = new TestAdapter(portfolio());
        const { provider, errors, changes } = providerOn(adapter);
        provider.portfolio = value as never;
        host().append(provider);
        await provider.loadComplete;
        await provider.saveComplete;
        provider.portfolio = value as never;
        await provider.saveComplete;
        await provider.updateComplete;
        expect(errors, String(value)).to.deep.equal([]);
        expect(provider.portfolio, String(value)).to.deep.equal(portfolio());
        expect(changes.map((c) => c.reason)).to.deep.equal(['load']);
        expect(adapter.saves, 'nothing is written').to.deep.equal([]);
        expect(await noticeOf(provider)).to.equal('');
      }
    });

    it('says nothing when the store was empty or the portfolio is set after loadComplete', async () => {
      const empty = providerOn(new TestAdapter());
      empty.provider.portfolio = portfolio();
      host().append(empty.provider);
      await empty.provider.loadComplete;

      const adapter = new TestAdapter(portfolio());
      const later = providerOn(adapter);
      host().append(later.provider);
      await later.provider.loadComplete;
      later.provider.portfolio = { ...emptyPortfolio(), people: [{ id: 'p9', name: 'Neu', roleId: 'cio' }] };
      await later.provider.saveComplete;
      expect(empty.errors).to.deep.equal([]);
      expect(later.errors).to.deep.equal([]);
    });
  });

  describe('documents handed out', () => {
    it('an adapter that changes the document it is given does not change the provider', async () => {
      const adapter = new TestAdapter(portfolio());
      const save = adapter.save.bind(adapter);
      adapter.save = async (next: Portfolio) => {
        try {
          (next as Portfolio & { savedBy?: string }).savedBy = 'x';
          next.people.push({ id: 'p9', name: 'Eingeschmuggelt', roleId: 'cio' });
        } catch {
          // A frozen document refuses the change: fine too.
        }
        return save(next);
      };
      const { provider } = providerOn(adapter);
      host().append(provider);
      await provider.loadComplete;
      provider.dispatchEvent(levelChange(3));
      await provider.saveComplete;
      expect(adapter.saves).to.have.length(1);
      expect(() => provider.exportPortfolio()).not.to.throw();
      expect(provider.portfolio).not.to.have.property('savedBy');
      expect(provider.portfolio.people.map((p) => p.id)).to.deep.equal(['p1', 'p2']);
    });

    it('an adapter that changes what it loaded later does not change the provider', async () => {
      const adapter = new TestAdapter(portfolio());
      const { provider } = providerOn(adapter);
      host().append(provider);
      await provider.loadComplete;
      (adapter.stored as Portfolio).people.push({ id: 'p9', name: 'Eingeschmuggelt', roleId: 'cio' });
      expect(provider.portfolio.people.map((p) => p.id)).to.deep.equal(['p1', 'p2']);
    });

    it('a page that changes the object it set does not change the provider', async () => {
      const data = portfolio();
      const { provider } = providerOn(new MemoryAdapter());
      host().append(provider);
      await provider.loadComplete;
      provider.portfolio = data;
      try {
        data.people.push({ id: 'p9', name: 'Eingeschmuggelt', roleId: 'cio' });
        data.people[0]!.name = 'Anders';
      } catch {
        // A frozen document refuses the change: fine too.
      }
      expect(provider.portfolio.people.map((p) => [p.id, p.name])).to.deep.equal([
        ['p1', 'Erika Muster'],
        ['p2', 'Max Beispiel'],
      ]);
    });
  });

  describe('pages with different src on one origin', () => {
    const urls: string[] = [];
    const documentAt = (data: Portfolio) => {
      const url = URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
      urls.push(url);
      return url;
    };
    afterEach(async () => {
      for (const url of urls.splice(0)) {
        URL.revokeObjectURL(url);
        indexedDB.deleteDatabase(storeNameFor(undefined, url, document.baseURI));
      }
    });
    const page = async (src: string) => {
      const provider = document.createElement('kompetenz-provider');
      provider.setAttribute('src', src);
      provider.setAttribute('today', '2025-03-01');
      const errors = collect<KrErrorDetail>(provider, 'kr-error');
      host().append(provider);
      await provider.loadComplete;
      return { provider, errors };
    };

    it('keep their data apart with the default store-name', async () => {
      const five = { ...emptyPortfolio(), people: ['q1', 'q2', 'q3', 'q4', 'q5'].map((id) => ({ id, name: `Person ${id}`, roleId: 'cio' })) };
      const a = documentAt(portfolio());
      const b = documentAt(five);
      const first = await page(a);
      first.provider.dispatchEvent(levelChange(3));
      await first.provider.saveComplete;
      const edited = first.provider.portfolio;
      first.provider.remove();

      const other = await page(b);
      expect(other.provider.portfolio.people.map((p) => p.id)).to.deep.equal(['q1', 'q2', 'q3', 'q4', 'q5'], 'b.json, not what a stored');
      other.provider.remove();
      const again = await page(a);
      expect(again.provider.portfolio).to.deep.equal(edited, 'a page with the same src finds what it stored');
      expect([...first.errors, ...other.errors, ...again.errors]).to.deep.equal([]);
    });

    it('follow src with their store when src changes later', async () => {
      const five = { ...emptyPortfolio(), people: ['q1', 'q2', 'q3', 'q4', 'q5'].map((id) => ({ id, name: `Person ${id}`, roleId: 'cio' })) };
      const a = documentAt(portfolio());
      const b = documentAt(five);
      const { provider, errors } = await page(a);
      provider.dispatchEvent(levelChange(3));
      const edited = provider.portfolio;
      provider.setAttribute('src', b);
      await provider.updateComplete;
      await provider.loadComplete;
      expect(provider.portfolio.people).to.have.length(5);
      provider.setAttribute('src', a);
      await provider.updateComplete;
      await provider.loadComplete;
      expect(provider.portfolio).to.deep.equal(edited, 'the edit was stored with a.json before the switch');
      expect(errors).to.deep.equal([]);
    });

    it('derive the database from the address of src; store-name still decides when given', () => {
      const base = 'https://intranet.example/hr/a.html';
      expect(storeNameFor(undefined, 'data.json#x', base)).to.equal('kompetenzrad https://intranet.example/hr/data.json');
      expect(storeNameFor(undefined, '../it/data.json', base)).to.equal('kompetenzrad https://intranet.example/it/data.json');
      expect(storeNameFor('team', 'data.json', base)).to.equal('team');
      expect(storeNameFor(null, undefined, base)).to.equal('kompetenzrad');
    });
  });

  describe('leaving the page while a change is not stored', () => {

    it('asks before leaving only while a change is being stored', async () => {
      const adapter = new TestAdapter(portfolio());
      const save = adapter.save.bind(adapter);
      let release: () => void = () => undefined;
      adapter.save = (next) => new Promise<void>((resolve) => (release = () => void save(next).then(resolve)));
      const { provider } = providerOn(adapter);
      provider.storageTimeout = 60_000;
      host().append(provider);
      await provider.loadComplete;
      expect(leaving()).to.be.false;
      provider.dispatchEvent(levelChange(3));
      expect(leaving()).to.be.true;
      await new Promise((resolve) => setTimeout(resolve));
      release();
      await provider.saveComplete;
      expect(adapter.saves).to.have.length(1);
      expect(leaving()).to.be.false;
    });

    it('saves on pagehide at once instead of waiting for the retry', async () => {
      const adapter = new TestAdapter(portfolio());
      const save = adapter.save.bind(adapter);
      let failures = 1;
      adapter.save = (next) => (failures-- > 0 ? Promise.reject(new Error('offline')) : save(next));
      const { provider, errors } = providerOn(adapter);
      host().append(provider);
      await provider.loadComplete;
      provider.dispatchEvent(levelChange(3));
      await provider.saveComplete;
      expect(errors.map((e) => e.code)).to.deep.equal(['save-failed']);
      expect(adapter.saves).to.have.length(0);
      expect(leaving()).to.be.true;
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      await provider.saveComplete;
      expect(adapter.saves).to.have.length(1);
      expect(adapter.saves[0]).to.equal(provider.portfolio);
      expect(leaving()).to.be.false;
    });
  });
});
