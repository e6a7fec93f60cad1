/**
 * A browser storage that cannot be used (blocked, missing, failing, full) and a server that fails
 * while the copy in this browser fails too: the provider says so where everyone sees it, in its
 * notice, until the problem is over, and does not try again and again in vain.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/define/kompetenz-provider.js';
import { StorageConflictError, type KompetenzProvider, type StorageAdapter } from '../../../src/define/kompetenz-provider.js';
import { DEFAULT_CATALOGUE } from '../../../src/domain/catalogue.js';
import { DEFAULT_ROLES } from '../../../src/domain/roles.js';
import type { Portfolio } from '../../../src/domain/types.js';
import type { KrErrorDetail } from '../../../src/internal/events.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { collect, host, leaving, levelChange, noticeOf, portfolio, statusOf, uniqueDb } from './helpers.js';

const SRC = '/demo/data/sample-portfolio.json';
const BLOCKED_DE = 'Dieser Browser lässt die Seite keine Daten speichern';

const noticeElement = (provider: KompetenzProvider) => provider.shadowRoot!.querySelector<HTMLElement>('[part="notice"]')!;

/** The notice says `words` where sighted users see them, and the status region does not say them a second time. */
async function expectShown(provider: KompetenzProvider, words: string): Promise<void> {
  expect(await noticeOf(provider)).to.include(words);
  const notice = noticeElement(provider);
  const line = [...notice.querySelectorAll('p')].find((p) => p.textContent!.includes(words));
  expect(line, 'a line of its own').to.exist;
  for (const shown of [notice, line!]) {
    const box = shown.getBoundingClientRect();
    expect(box.width, 'wider than 1 px').to.be.greaterThan(1);
    expect(box.height, 'taller than 1 px').to.be.greaterThan(1);
    expect(shown.closest('.visually-hidden'), 'not visually hidden').to.equal(null);
  }
  expect(getComputedStyle(notice).display).not.to.equal('none');
  expect(notice.getAttribute('role'), 'screen readers hear it from the notice').to.equal('status');
  expect(await statusOf(provider), 'and only from there').not.to.include(words);
  await expectAccessible(notice);
}

/** The next change is saved: the notice has no storage line left, the status says "saved" (`saved`), and the page may be left. */
async function expectRecovered(provider: KompetenzProvider, saved: string): Promise<void> {
  provider.dispatchEvent(levelChange(2, 'daten'));
  await provider.saveComplete;
  await expectNoStorageLine(provider);
  expect(await statusOf(provider)).to.include(saved);
  expect(leaving()).to.equal(false);
}

async function expectNoStorageLine(provider: KompetenzProvider): Promise<void> {
  await noticeOf(provider);
  const notice = noticeElement(provider);
  expect(notice.querySelector('p')).to.equal(null);
  expect(notice.classList.contains('empty')).to.equal(true);
}

/** Replaces `window.indexedDB` by `get` until the returned function is called. */
function replaceIndexedDb(get: () => IDBFactory | undefined): () => void {
  const own = Object.getOwnPropertyDescriptor(window, 'indexedDB');
  Object.defineProperty(window, 'indexedDB', { get, configurable: true });
  return () => {
    if (own) Object.defineProperty(window, 'indexedDB', own);
    else delete (window as { indexedDB?: IDBFactory }).indexedDB;
  };
}

/** Makes `prototype[method]` throw a `DOMException` named `name` until the returned function is called. */
function throwing<T extends object>(prototype: T, method: keyof T & string, name: string): () => void {
  const own = Object.getOwnPropertyDescriptor(prototype, method)!;
  Object.defineProperty(prototype, method, {
    ...own,
    value: () => {
      throw new DOMException(`${method} failed`, name);
    },
  });
  return () => Object.defineProperty(prototype, method, own);
}

/**
 * Holds the page's timers of a second and more (the provider's retries and time limits) instead of
 * running them: `delays()` lists those still set, `fire()` runs them at once.
 */
function holdTimers(from = 1000) {
  const realSet = window.setTimeout;
  const realClear = window.clearTimeout;
  const held = new Map<number, { run: () => void; delay: number }>();
  let next = -1;
  window.setTimeout = ((handler: TimerHandler, delay = 0, ...args: unknown[]) => {
    if (delay < from || typeof handler !== 'function') return realSet(handler, delay, ...args);
    const id = (next -= 1);
    held.set(id, { run: () => (handler as (...a: unknown[]) => void)(...args), delay });
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id === undefined || !held.delete(id)) realClear(id);
  }) as typeof clearTimeout;
  return {
    delays: () => [...held.values()].map((timer) => timer.delay),
    fire() {
      const due = [...held.values()];
      held.clear();
      due.forEach((timer) => timer.run());
    },
    release() {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    },
  };
}

async function localProvider(lang = 'de') {
  const provider = document.createElement('kompetenz-provider');
  started.push(provider);
  provider.setAttribute('lang', lang);
  provider.setAttribute('src', SRC);
  provider.setAttribute('person', 'p-0001');
  provider.setAttribute('store-name', uniqueDb());
  provider.setAttribute('today', '2025-03-01');
  const errors = collect<KrErrorDetail>(provider, 'kr-error');
  const edits = collect<unknown>(provider, 'kr-portfolio-change');
  host().append(provider);
  await provider.loadComplete;
  return { provider, errors, edits };
}

/** Ends a provider whose changes cannot be stored: they move to memory, so the page may be left. */
async function giveUp(provider: KompetenzProvider): Promise<void> {
  provider.removeAttribute('src');
  provider.storageAdapter = undefined;
  provider.setAttribute('storage', 'none');
  await provider.updateComplete;
  await provider.saveComplete;
}

/** Providers of the test: each ends in memory, whatever the test left (a page with unsaved changes cannot be left), while still in the page. */
const started: KompetenzProvider[] = [];
async function endAll(): Promise<void> {
  for (const provider of started.splice(0)) await giveUp(provider);
}

describe('<kompetenz-provider> when the storage cannot be used', () => {
  afterEach(endAll);

  it('IndexedDB blocked (SecurityError): says so visibly, keeps the change in memory, asks before leaving, and does not retry by itself', async () => {
    let asked = 0;
    const restore = replaceIndexedDb(() => {
      asked += 1;
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const clock = holdTimers();
    try {
      const { provider, errors, edits } = await localProvider();
      expect(errors.map((e) => e.code)).to.deep.equal(['storage-load']);
      expect(errors[0]!.message).to.include('SecurityError');
      await expectShown(provider, BLOCKED_DE);
      expect(provider.portfolio.people).to.have.length.greaterThan(0, 'the document at src is shown all the same');

      provider.dispatchEvent(levelChange(3, 'daten'));
      await provider.saveComplete;
      expect(edits).to.have.length(2, 'load, edit');
      expect(errors.map((e) => e.code)).to.deep.equal(['storage-load', 'save-failed']);
      await expectShown(provider, BLOCKED_DE);
      expect(await noticeOf(provider)).to.include('nur in diesem Fenster');
      expect(leaving(), 'the change is not stored: leaving asks first').to.equal(true);

      const attempts = asked;
      clock.fire();
      await provider.saveComplete;
      clock.fire();
      await provider.saveComplete;
      expect(asked, 'no attempt without a new change').to.equal(attempts);
      expect(clock.delays()).to.deep.equal([]);

      provider.dispatchEvent(levelChange(2, 'daten'));
      await provider.saveComplete;
      expect(asked, 'a new change tries once more').to.be.greaterThan(attempts);
      expect(errors.map((e) => e.code)).to.deep.equal(['storage-load', 'save-failed'], 'reported once while it holds');
    } finally {
      clock.release();
      restore();
    }
  });

  it('no IndexedDB at all: the same notice, no retries', async () => {
    const restore = replaceIndexedDb(() => undefined);
    const clock = holdTimers();
    try {
      const { provider, errors } = await localProvider();
      await expectShown(provider, BLOCKED_DE);
      provider.dispatchEvent(levelChange(3, 'daten'));
      await provider.saveComplete;
      expect(errors.map((e) => e.code)).to.deep.equal(['storage-load', 'save-failed']);
      expect(errors[1]!.message).to.include('not available');
      await expectShown(provider, BLOCKED_DE);
      expect(clock.delays(), 'no retry is waiting').to.deep.equal([]);
    } finally {
      clock.release();
      restore();
    }
  });

  it('IndexedDB fails to open for a while: "cannot read", then "saving failed" with a retry, both gone once a save works', async () => {
    const restore = throwing(IDBFactory.prototype, 'open', 'UnknownError');
    const clock = holdTimers();
    try {
      const { provider, errors } = await localProvider();
      await expectShown(provider, 'Die gespeicherten Daten konnten nicht gelesen werden.');
      provider.dispatchEvent(levelChange(3, 'daten'));
      await provider.saveComplete;
      expect(errors.map((e) => e.code)).to.deep.equal(['storage-load', 'save-failed']);
      await expectShown(provider, 'Speichern ist fehlgeschlagen. Ihre Änderungen bleiben in diesem Fenster erhalten und werden erneut gespeichert.');
      expect(clock.delays(), 'trying again can help: a retry waits').to.have.length(1);

      restore();
      await expectRecovered(provider, 'jetzt gespeichert');
    } finally {
      restore();
      clock.release();
    }
  });

  it('storage full (QuotaExceededError): names it in English, retries slowly, and the notice goes once a save works', async () => {
    const restore = throwing(IDBObjectStore.prototype, 'put', 'QuotaExceededError');
    const clock = holdTimers();
    try {
      const { provider, errors } = await localProvider('en');
      await expectNoStorageLine(provider);
      provider.dispatchEvent(levelChange(3, 'daten'));
      await provider.saveComplete;
      expect(errors.map((e) => e.code)).to.deep.equal(['save-failed']);
      expect(errors[0]!.message).to.include('QuotaExceededError');
      await expectShown(provider, 'This browser’s storage is full, so your changes were not saved.');
      expect(await noticeOf(provider)).to.include('free some space');
      expect(leaving()).to.equal(true);
      expect(clock.delays(), 'one retry, after the longest wait').to.deep.equal([30_000]);

      restore();
      await expectRecovered(provider, 'now saved');
      expect(clock.delays(), 'no retry left').to.deep.equal([]);
    } finally {
      restore();
      clock.release();
    }
  });

  it("a portal's adapter that rejects with InvalidStateError: one attempt per change, no retry loop", async () => {
    const attempts: Portfolio[] = [];
    const adapter: StorageAdapter = {
      load: async () => undefined,
      save: async (next) => {
        attempts.push(next);
        throw new DOMException('The database connection is closing.', 'InvalidStateError');
      },
      clear: async () => undefined,
    };
    const clock = holdTimers();
    try {
      const provider = document.createElement('kompetenz-provider');
      started.push(provider);
      provider.setAttribute('today', '2025-03-01');
      provider.storageAdapter = adapter;
      host().append(provider);
      await provider.loadComplete;
      provider.portfolio = portfolio();
      await provider.saveComplete;
      expect(attempts).to.have.length(1);
      await expectShown(provider, BLOCKED_DE);
      clock.fire();
      await provider.saveComplete;
      expect(attempts, 'no retry by itself').to.have.length(1);
    } finally {
      clock.release();
    }
  });

  it('newer stored data that cannot be merged with the changes of this tab: says so visibly until the changes are saved', async () => {
    // Another client stored the data with the competency "daten" renamed: its records fit only its catalogue, ours only ours.
    const rename = <T>(value: T): T => JSON.parse(JSON.stringify(value).replaceAll('"daten"', '"zdaten"')) as T;
    const theirs: Portfolio = { ...portfolio(), catalogue: rename(DEFAULT_CATALOGUE), roles: rename(DEFAULT_ROLES), assessments: rename(portfolio().assessments) };
    let stored: unknown = portfolio();
    let conflictOnce = false;
    let notify = () => {};
    const adapter: StorageAdapter = {
      load: async () => stored,
      save: async (next) => {
        if (conflictOnce) {
          conflictOnce = false;
          stored = theirs;
          throw new StorageConflictError('stored elsewhere meanwhile');
        }
        stored = next;
      },
      clear: async () => undefined,
      watch: (onExternalChange) => {
        notify = onExternalChange;
        return () => {};
      },
    };
    const provider = document.createElement('kompetenz-provider');
    started.push(provider);
    provider.setAttribute('today', '2025-03-01');
    provider.setAttribute('person', 'p1');
    provider.storageAdapter = adapter;
    const errors = collect<KrErrorDetail>(provider, 'kr-error');
    host().append(provider);
    await provider.loadComplete;

    conflictOnce = true;
    provider.dispatchEvent(levelChange(3, 'daten'));
    await provider.saveComplete;
    expect(errors.map((e) => e.code)).to.include('merge-failed');
    expect(stored, 'nothing of this tab overwrote their data').to.equal(theirs);
    await expectShown(provider, 'die sich nicht mit Ihren Änderungen zusammenführen lassen');
    expect(leaving(), 'the change is only in this tab').to.equal(true);

    // The other side stores a version the changes here can be merged with: they are merged and saved, the notice has nothing left to say.
    const renamed = { ...portfolio(), people: portfolio().people.map((person) => (person.id === 'p2' ? { ...person, name: 'Max Neu' } : person)) };
    stored = renamed;
    notify();
    await waitUntil(() => (stored as Portfolio).people.some((person) => person.name === 'Max Neu') && (stored as Portfolio).assessments.some((a) => a.levels.daten === 3), 'both changes stored', { timeout: 4000 });
    await provider.saveComplete;
    await expectNoStorageLine(provider);
    expect(leaving()).to.equal(false);

    // Once more failing, then the page decides: it sets the data, which are saved.
    conflictOnce = true;
    provider.dispatchEvent(levelChange(1, 'daten'));
    await provider.saveComplete;
    await expectShown(provider, 'die sich nicht mit Ihren Änderungen zusammenführen lassen');
    provider.portfolio = portfolio();
    await provider.saveComplete;
    await expectNoStorageLine(provider);
    expect(stored).to.deep.equal(provider.portfolio);
  });
});

describe('<kompetenz-provider storage="http"> with settings that cannot work', () => {
  afterEach(endAll);

  for (const [code, src] of [
    ['storage-cross-origin', 'https://elsewhere.invalid/team.json'],
    ['storage-no-src', undefined],
  ] as const) {
    it(`${code}: each change tries once, no retry by itself (nothing is asked of any server)`, async () => {
      const clock = holdTimers();
      try {
        const provider = document.createElement('kompetenz-provider');
        started.push(provider);
        provider.setAttribute('today', '2025-03-01');
        provider.setAttribute('storage', 'http');
        provider.setAttribute('store-name', uniqueDb());
        if (src) provider.setAttribute('src', src);
        const errors = collect<KrErrorDetail>(provider, 'kr-error');
        host().append(provider);
        await provider.loadComplete;
        provider.portfolio = portfolio();
        await provider.saveComplete;
        expect(errors.map((error) => error.code)).to.include(code);
        expect(clock.delays(), 'no retry is waiting').to.deep.equal([]);
        expect(await noticeOf(provider), 'the notice does not blame the browser').not.to.include(BLOCKED_DE);
      } finally {
        clock.release();
      }
    });
  }
});

describe('<kompetenz-provider storage="http"> when the server and the copy in this browser fail', () => {
  afterEach(endAll);
  const src = '/kr-trouble/team.json';

  /** A server for `src` on `window.fetch`: `GET` gives the document with its ETag, `PUT` answers `putStatus` (and stores on 2xx). */
  function fakeServer(start: Portfolio) {
    const real = window.fetch;
    const server = { text: JSON.stringify(start), version: 1, putStatus: 503, puts: 0 };
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!url.endsWith(src)) return real(input, init);
      const etag = { ETag: `"v${server.version}"` };
      if ((init?.method ?? 'GET') === 'GET') return new Response(server.text, { status: 200, headers: etag });
      server.puts += 1;
      if (server.putStatus >= 300) return new Response(null, { status: server.putStatus, statusText: 'Service Unavailable' });
      server.text = String(init?.body);
      server.version += 1;
      return new Response(null, { status: 204, headers: { ETag: `"v${server.version}"` } });
    };
    return { server, stop: () => (window.fetch = real) };
  }

  it('503 and IndexedDB blocked: says the change is only in this window, not "kept in this browser"; gone once the server takes it', async () => {
    const restore = replaceIndexedDb(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const { server, stop } = fakeServer(portfolio());
    try {
      const provider = document.createElement('kompetenz-provider');
      started.push(provider);
      provider.setAttribute('storage', 'http');
      provider.setAttribute('src', src);
      provider.setAttribute('today', '2025-03-01');
      const errors = collect<KrErrorDetail>(provider, 'kr-error');
      host().append(provider);
      await provider.loadComplete;
      await provider.saveComplete;
      await expectNoStorageLine(provider);

      provider.dispatchEvent(levelChange(3, 'daten'));
      await provider.saveComplete;
      const failed = errors.filter((e) => e.code === 'storage-server-error');
      expect(failed).to.have.length(1);
      expect(failed[0]!.message).to.include('503').and.include('could not be kept in this browser either');
      await expectShown(provider, 'Ihre Änderungen konnten weder auf dem Server noch in diesem Browser gespeichert werden.');
      const text = await noticeOf(provider);
      expect(text).to.include('nur in diesem Fenster');
      expect(text).not.to.include('in diesem Browser erhalten');
      expect(leaving()).to.equal(true);

      server.putStatus = 204;
      await expectRecovered(provider, 'jetzt gespeichert');
      expect(server.puts).to.be.greaterThan(1);
    } finally {
      stop();
      restore();
    }
  });
});
