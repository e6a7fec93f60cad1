/**
 * The provider's storage options set by the page: `storageTimeout`, `storageAdapter` and
 * `store-name`. A value that cannot be used is reported once while it stays (`kr-error` and the
 * notice), the provider goes on as documented, and a good value afterwards clears the report.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/define/kompetenz-provider.js';
import type { KompetenzProvider, StorageAdapter } from '../../../src/define/kompetenz-provider.js';
import { storeNameFor, storeNameInUse } from '../../../src/components/kompetenz-provider/model/store-name.js';
import type { Portfolio } from '../../../src/domain/types.js';
import type { KrErrorDetail } from '../../../src/internal/events.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { collect, host, levelChange, portfolio, uniqueDb } from './helpers.js';

/** An adapter that keeps what it is given and counts its calls; `delay`: how long each call takes. */
class CountingAdapter implements StorageAdapter {
  calls: string[] = [];
  constructor(
    public stored?: unknown,
    private readonly delay = 0,
  ) {}
  private answer<T>(name: string, value: T): Promise<T> {
    this.calls.push(name);
    return new Promise((resolve) => setTimeout(() => resolve(value), this.delay));
  }
  load(): Promise<unknown> {
    return this.answer('load', this.stored);
  }
  save(next: Portfolio): Promise<void> {
    this.stored = next;
    return this.answer('save', undefined);
  }
  clear(): Promise<void> {
    this.stored = undefined;
    return this.answer('clear', undefined);
  }
}

function providerWith(setUp: (provider: KompetenzProvider) => void): { provider: KompetenzProvider; errors: KrErrorDetail[] } {
  const provider = document.createElement('kompetenz-provider');
  provider.setAttribute('today', '2025-03-01');
  setUp(provider);
  return { provider, errors: collect<KrErrorDetail>(provider, 'kr-error') };
}

/** The lines of the provider's notice, once pending updates are drawn. */
async function lines(provider: KompetenzProvider): Promise<string[]> {
  for (let i = 0; i < 3; i += 1) await provider.updateComplete;
  return [...provider.shadowRoot!.querySelectorAll('[part="notice"] li')].map((line) => line.textContent!.trim());
}

describe('<kompetenz-provider> checks its storage options', () => {
  describe('storageTimeout', () => {
    it('reports a time limit that cannot be used once while it stays, and uses the default meanwhile', async () => {
      // Each call answers after 50 ms: a limit of 0 or less would end every call at once.
      const adapter = new CountingAdapter(portfolio(), 50);
      const { provider, errors } = providerWith((p) => {
        p.storageTimeout = -1;
        p.storageAdapter = adapter;
      });
      host().append(provider);
      await provider.loadComplete;
      expect(errors.map((e) => [e.code, e.source])).to.deep.equal([['invalid-storage-timeout', 'storageTimeout']]);
      expect(errors[0]!.message).to.equal('storageTimeout: expected milliseconds above 0 and at most 2147483647, got -1; 10000 ms is used');
      expect(errors[0]!.params).to.deep.equal({ got: -1 });
      expect(provider.portfolio).to.deep.equal(portfolio(), 'the load had the default time to answer');
      expect(await lines(provider)).to.deep.equal([
        '„-1“ ist als storageTimeout keine mögliche Wartezeit (erwartet: eine Zahl von Millisekunden, mehr als 0 und höchstens rund 24 Tage); es gilt die Voreinstellung von 10 Sekunden.',
      ]);
      await expectAccessible(provider.shadowRoot!.querySelector('[part="notice"]')!);

      provider.storageTimeout = -1;
      provider.dispatchEvent(levelChange(3));
      await provider.saveComplete;
      expect(errors, 'the same value is not reported again').to.have.length(1);
      expect(adapter.calls).to.deep.equal(['load', 'save'], 'the save had the default time too');

      provider.storageTimeout = 5_000;
      expect(await lines(provider), 'a good value clears it').to.deep.equal([]);
      expect(provider.problems).to.deep.equal([]);
      expect(errors).to.have.length(1);
    });

    it('names each kind of bad value as given, never as null, and takes none as the default', async () => {
      const { provider, errors } = providerWith((p) => p.setAttribute('storage', 'none'));
      host().append(provider);
      await provider.loadComplete;
      const bad: unknown[] = [Number.NaN, 0, -5, Number.POSITIVE_INFINITY, 2_147_483_648, '5000', null, undefined];
      for (const value of bad) {
        provider.storageTimeout = value as number;
        await provider.updateComplete;
      }
      expect(errors.map((e) => e.params?.got)).to.deep.equal(['NaN', 0, -5, 'Infinity', 2_147_483_648, '5000']);
      expect(errors.map((e) => e.message.slice(e.message.indexOf('got ')))).to.deep.equal([
        'got NaN; 10000 ms is used',
        'got 0; 10000 ms is used',
        'got -5; 10000 ms is used',
        'got Infinity; 10000 ms is used',
        'got 2147483648; 10000 ms is used',
        'got "5000"; 10000 ms is used',
      ]);
      expect(errors.every((e) => e.code === 'invalid-storage-timeout' && e.source === 'storageTimeout')).to.equal(true);
      expect(provider.problems, 'null and undefined mean the default').to.deep.equal([]);
      provider.storageTimeout = 0.5;
      provider.storageTimeout = 2_147_483_647;
      await provider.updateComplete;
      expect(errors, 'the bounds themselves are fine').to.have.length(6);
    });
  });

  describe('storageAdapter', () => {
    it('reports an adapter without load, calls it never, and keeps the data in this window only', async () => {
      const database = uniqueDb();
      const called: string[] = [];
      const broken = { save: () => (called.push('save'), Promise.resolve()), clear: () => (called.push('clear'), Promise.resolve()) };
      const { provider, errors } = providerWith((p) => {
        p.setAttribute('lang', 'en');
        p.setAttribute('store-name', database);
        p.portfolio = portfolio();
        p.storageAdapter = broken as unknown as StorageAdapter;
      });
      host().append(provider);
      await provider.loadComplete;
      expect(errors.map((e) => [e.code, e.source])).to.deep.equal([['invalid-storage-adapter', 'storageAdapter']]);
      expect(errors[0]!.message).to.equal('storageAdapter: missing or not a function: load (load, save and clear are needed); "none" is used (kept in this window only)');
      expect(errors[0]!.params).to.deep.equal({ missing: ['load'] });
      expect(await lines(provider)).to.deep.equal([
        'The page’s storageAdapter cannot store data; it lacks as a function: load. So the data is not saved anywhere, only kept in this window, until storageAdapter is corrected.',
      ]);
      await expectAccessible(provider.shadowRoot!.querySelector('[part="notice"]')!);

      provider.dispatchEvent(levelChange(3));
      await provider.saveComplete;
      expect(provider.portfolio.assessments.at(-1)).to.include({ date: '2025-03-01' });
      expect(provider.portfolio.assessments.at(-1)!.levels).to.deep.equal({ daten: 3 }, 'still editable');
      await provider.clear();
      provider.portfolio = portfolio();
      provider.dispatchEvent(levelChange(2));
      await provider.saveComplete;
      expect(called, 'nothing calls the broken adapter').to.deep.equal([]);
      expect((await indexedDB.databases()).map((known) => known.name), 'nothing kept in the browser').not.to.include(database);
      expect(errors).to.have.length(1);
      // A framework that builds the same broken adapter anew on each render: reported once while it holds.
      provider.storageAdapter = { ...broken } as unknown as StorageAdapter;
      await provider.updateComplete;
      expect(errors, 'an equally broken adapter is the same problem').to.have.length(1);
      expect(await lines(provider)).to.have.length(1);

      // A good adapter: the report goes, and what the window holds moves to it.
      const good = new CountingAdapter();
      provider.storageAdapter = good;
      await provider.loadComplete;
      await provider.saveComplete;
      expect(await lines(provider)).to.deep.equal([]);
      expect(provider.problems).to.deep.equal([]);
      expect((good.stored as Portfolio).assessments.at(-1)!.levels).to.deep.equal({ daten: 2 }, 'nothing lost in the window');
      expect(errors).to.have.length(1);
    });

    it('a second unusable adapter after a good one keeps the window’s data as it is: no conflict with what the window held the first time', async () => {
      const broken = { save: () => Promise.resolve(), clear: () => Promise.resolve() } as unknown as StorageAdapter;
      const { provider, errors } = providerWith((p) => {
        p.portfolio = portfolio();
        p.storageAdapter = broken;
      });
      const conflicts = collect(provider, 'kr-conflict');
      host().append(provider);
      await provider.loadComplete;
      provider.dispatchEvent(levelChange(3));
      await provider.saveComplete;
      const good = new CountingAdapter();
      provider.storageAdapter = good;
      await provider.loadComplete;
      await provider.saveComplete;
      provider.dispatchEvent(levelChange(2));
      await provider.saveComplete;
      expect((good.stored as Portfolio).assessments.at(-1)!.levels).to.deep.equal({ daten: 2 });
      provider.storageAdapter = { ...broken } as unknown as StorageAdapter;
      await provider.loadComplete;
      await provider.saveComplete;
      expect(conflicts, 'the window’s copy of the first time is no other side').to.deep.equal([]);
      expect(provider.portfolio.assessments.at(-1)!.levels).to.deep.equal({ daten: 2 });
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-storage-adapter', 'invalid-storage-adapter']);
    });

    it('names every missing method, and optional ones that are no functions', async () => {
      const { provider, errors } = providerWith((p) => p.setAttribute('storage', 'none'));
      host().append(provider);
      await provider.loadComplete;
      const values: unknown[] = ['indexeddb', { load: () => Promise.resolve(), save: 'yes', clear: () => Promise.resolve(), watch: true }, new CountingAdapter(), null];
      for (const value of values) {
        provider.storageAdapter = value as StorageAdapter;
        await provider.loadComplete;
        await provider.updateComplete;
      }
      expect(errors.map((e) => e.params?.missing)).to.deep.equal([
        ['load', 'save', 'clear'],
        ['save', 'watch'],
      ]);
      expect(errors[1]!.message).to.contain('missing or not a function: save, watch (');
      expect(provider.problems).to.deep.equal([]);
    });

    it('says in German what is missing', async () => {
      const { provider } = providerWith((p) => {
        p.setAttribute('lang', 'de');
        p.storageAdapter = {} as StorageAdapter;
      });
      host().append(provider);
      await provider.loadComplete;
      expect(await lines(provider)).to.deep.equal([
        'Der storageAdapter der Seite kann keine Daten speichern; es fehlt als Funktion: load, save, clear. Die Daten werden deshalb nirgends gespeichert, nur in diesem Fenster gehalten, bis storageAdapter korrigiert ist.',
      ]);
    });
  });

  describe('store-name', () => {
    const created: string[] = [];
    afterEach(() => created.splice(0).forEach((name) => indexedDB.deleteDatabase(name)));

    it('reports a name of spaces only and stores under the default name (one database per src)', async () => {
      const src = `/demo/data/sample-portfolio.json?store-name-test=${uniqueDb()}`;
      const fallback = storeNameFor(undefined, src, document.baseURI);
      created.push(fallback);
      const { provider, errors } = providerWith((p) => {
        p.setAttribute('store-name', '   ');
        p.setAttribute('src', src);
      });
      host().append(provider);
      await provider.loadComplete;
      expect(errors.map((e) => [e.code, e.source])).to.deep.equal([['invalid-store-name', 'store-name']]);
      expect(errors[0]!.message).to.equal('store-name: expected 1 to 200 characters, not only spaces, got "   "; the default name is used');
      expect(await lines(provider)).to.deep.equal([
        'Ein leerer store-name taugt nicht als Name des Speichers in diesem Browser (erwartet: 1 bis 200 Zeichen, nicht nur Leerzeichen); es gilt der voreingestellte Name.',
      ]);
      await expectAccessible(provider.shadowRoot!.querySelector('[part="notice"]')!);

      provider.dispatchEvent(levelChange(3));
      await provider.saveComplete;
      const names = (await indexedDB.databases()).map((known) => known.name);
      expect(names, 'stored under the default name').to.include(fallback);
      expect(names).not.to.include('   ');

      const own = uniqueDb();
      created.push(own);
      provider.setAttribute('store-name', own);
      await provider.loadComplete;
      expect(await lines(provider), 'a good name clears it').to.deep.equal([]);
      expect(errors).to.have.length(1);
    });

    it('reports an empty and an overlong name, in short', async () => {
      const { provider, errors } = providerWith((p) => {
        p.setAttribute('lang', 'en');
        p.setAttribute('storage', 'none');
      });
      host().append(provider);
      await provider.loadComplete;
      provider.setAttribute('store-name', '');
      await provider.updateComplete;
      expect(errors[0]!.message).to.equal(
        'store-name: expected 1 to 200 characters, not only spaces, got ""; no database in this browser is used now (storage "none" or a storageAdapter); once one is, the default name is used',
      );
      expect(await lines(provider)).to.deep.equal([
        'An empty store-name cannot name the storage in this browser (it needs 1 to 200 characters, and not spaces alone); that storage is not in use now; once it is, the default name is used.',
      ]);
      await expectAccessible(provider.shadowRoot!.querySelector('[part="notice"]')!);
      const long = 'x'.repeat(201);
      provider.setAttribute('store-name', long);
      await provider.updateComplete;
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-store-name', 'invalid-store-name']);
      expect(errors[1]!.message, 'the message names the value in short').not.to.contain('x'.repeat(61));
      const [line] = await lines(provider);
      expect(line).to.match(/^“x{10,60}…” as store-name cannot name the storage in this browser/);
      provider.setAttribute('store-name', 'x'.repeat(200));
      await waitUntil(async () => (await lines(provider)).length === 0, 'the longest name is fine');
      provider.removeAttribute('store-name');
      await provider.updateComplete;
      expect(errors).to.have.length(2);
    });

    it('says whether the default name holds now or once data are kept in this browser, as storage and storageAdapter change', async () => {
      const src = `/demo/data/sample-portfolio.json?store-name-test=${uniqueDb()}`;
      created.push(storeNameFor(undefined, src, document.baseURI));
      const { provider, errors } = providerWith((p) => {
        p.setAttribute('lang', 'de');
        p.setAttribute('storage', 'none');
        p.setAttribute('store-name', '   ');
        p.setAttribute('src', src);
      });
      const nameErrors = () => errors.filter((e) => e.code === 'invalid-store-name');
      const notUsed =
        'Ein leerer store-name taugt nicht als Name des Speichers in diesem Browser (erwartet: 1 bis 200 Zeichen, nicht nur Leerzeichen); dieser Speicher ist zurzeit nicht in Gebrauch; sobald er genutzt wird, gilt der voreingestellte Name.';
      const used =
        'Ein leerer store-name taugt nicht als Name des Speichers in diesem Browser (erwartet: 1 bis 200 Zeichen, nicht nur Leerzeichen); es gilt der voreingestellte Name.';
      host().append(provider);
      await provider.loadComplete;
      expect(nameErrors().map((e) => e.params)).to.deep.equal([{ got: '   ', used: false }]);
      expect(await lines(provider)).to.deep.equal([notUsed]);
      await expectAccessible(provider.shadowRoot!.querySelector('[part="notice"]')!);

      // A storage that names nothing counts as none: the same situation for the name, not reported again.
      provider.setAttribute('storage', 'lokal');
      await provider.loadComplete;
      expect(nameErrors()).to.have.length(1);
      expect((await lines(provider)).filter((line) => line.includes('store-name'))).to.deep.equal([notUsed]);

      provider.setAttribute('storage', 'local');
      await provider.loadComplete;
      expect(nameErrors().map((e) => e.params)).to.deep.equal([
        { got: '   ', used: false },
        { got: '   ', used: true },
      ]);
      expect(nameErrors()[1]!.message).to.equal('store-name: expected 1 to 200 characters, not only spaces, got "   "; the default name is used');
      expect(await lines(provider)).to.deep.equal([used]);
      await expectAccessible(provider.shadowRoot!.querySelector('[part="notice"]')!);

      provider.storageAdapter = new CountingAdapter();
      await provider.loadComplete;
      expect(await lines(provider)).to.deep.equal([notUsed]);
      provider.storageAdapter = new CountingAdapter();
      await provider.loadComplete;
      expect(nameErrors().map((e) => e.params?.used), 'another adapter is the same situation').to.deep.equal([false, true, false]);

      provider.storageAdapter = undefined;
      await provider.loadComplete;
      expect(await lines(provider)).to.deep.equal([used]);
      provider.setAttribute('store-name', '');
      await provider.updateComplete;
      expect(nameErrors().map((e) => [e.params?.got, e.params?.used])).to.deep.equal([
        ['   ', false],
        ['   ', true],
        ['   ', false],
        ['   ', true],
        ['', true],
      ]);
      provider.removeAttribute('store-name');
      await waitUntil(async () => (await lines(provider)).length === 0, 'no name is the default, nothing to report');
    });

    it('counts a name as in use where something is kept in this browser: local and the unsaved changes of http, not none nor an adapter', () => {
      expect(storeNameInUse('local', undefined)).to.equal(true);
      expect(storeNameInUse(null, undefined), 'no attribute: local').to.equal(true);
      expect(storeNameInUse('http', undefined)).to.equal(true);
      expect(storeNameInUse('none', undefined)).to.equal(false);
      expect(storeNameInUse('lokal', undefined), 'a typo counts as none').to.equal(false);
      expect(storeNameInUse('local', new CountingAdapter())).to.equal(false);
      expect(storeNameInUse('local', {}), 'an unusable adapter counts as none').to.equal(false);
    });

    it('says it in English when the page keeps the data with its own adapter', async () => {
      const { provider, errors } = providerWith((p) => {
        p.setAttribute('lang', 'en');
        p.setAttribute('store-name', 'x'.repeat(201));
        p.storageAdapter = new CountingAdapter(portfolio());
      });
      host().append(provider);
      await provider.loadComplete;
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-store-name']);
      expect(errors[0]!.message).to.match(/; no database in this browser is used now \(storage "none" or a storageAdapter\); once one is, the default name is used$/);
      const [line] = await lines(provider);
      expect(line).to.match(/^“x{10,60}…” as store-name cannot name the storage in this browser \(it needs 1 to 200 characters, and not spaces alone\); that storage is not in use now; once it is, the default name is used\.$/);
      await expectAccessible(provider.shadowRoot!.querySelector('[part="notice"]')!);
    });
  });
});
