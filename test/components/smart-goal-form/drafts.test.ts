/**
 * Drafts of new goals inside a `<kompetenz-provider>`: kept in its IndexedDB database with
 * `storage="local"` (back after a reload), in its memory otherwise, deleted by `clear()`, on submit
 * and on reset; a stored draft that is no usable goal is ignored.
 */
import { elementUpdated, expect, waitUntil } from '@open-wc/testing';
import '../../../src/define/kompetenz-provider.js';
import '../../../src/define/smart-goal-form.js';
import type { KompetenzProvider } from '../../../src/define/kompetenz-provider.js';
import type { SmartGoalForm } from '../../../src/components/smart-goal-form/smart-goal-form.js';
import type { KrErrorDetail } from '../../../src/internal/events.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { patiently, uniqueDb } from '../kompetenz-provider/helpers.js';
import { $, check, chooseLevel, portfolioWith, storedDrafts, submit, TODAY, type, withStore } from './helpers.js';

const MEASURE = 'wertet die Bürgerumfrage selbst aus';

const created: string[] = [];
const roots: HTMLElement[] = [];
afterEach(async () => {
  roots.splice(0).forEach((root) => root.remove());
  // Providers close their database once they have left the page.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await Promise.all(created.splice(0).map((name) => new Promise((resolve) => Object.assign(indexedDB.deleteDatabase(name), { onsuccess: resolve, onerror: resolve, onblocked: resolve }))));
});

interface Mounted {
  root: HTMLElement;
  provider: KompetenzProvider;
  form: SmartGoalForm;
}

/** A provider (with a goal form inside) on the page; its portfolio is Erika Muster's (p1) unless it has one stored. */
async function mountProvider(storeName: string, { storage = 'local', lang = 'de' } = {}): Promise<Mounted> {
  if (storage === 'local' && !created.includes(storeName)) created.push(storeName);
  const root = document.createElement('div');
  roots.push(root);
  const provider = document.createElement('kompetenz-provider');
  provider.setAttribute('storage', storage);
  provider.setAttribute('store-name', storeName);
  provider.setAttribute('today', TODAY);
  provider.setAttribute('lang', lang);
  provider.append(document.createElement('smart-goal-form'));
  root.append(provider);
  document.body.append(root);
  await provider.loadComplete;
  if (provider.portfolio.people.length === 0) {
    provider.portfolio = portfolioWith([]);
    await provider.saveComplete;
  }
  const form = provider.querySelector('smart-goal-form')!;
  await settled(form);
  return { root, provider, form };
}

/** A new goal form in place of the one in `provider` (the same provider). */
async function newFormIn(provider: KompetenzProvider): Promise<SmartGoalForm> {
  provider.querySelector('smart-goal-form')!.remove();
  const form = document.createElement('smart-goal-form');
  provider.append(form);
  await settled(form);
  return form;
}

async function settled(form: SmartGoalForm): Promise<void> {
  for (let i = 0; i < 3; i += 1) await elementUpdated(form);
}

function statusOf(form: SmartGoalForm): string {
  return (form.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent ?? '').trim();
}

function measureOf(form: SmartGoalForm): string {
  return $<HTMLTextAreaElement>(form, '#measure').value;
}


async function storedDraftOf(name: string, personId: string): Promise<unknown> {
  const drafts = await storedDrafts(name);
  return drafts instanceof Map ? drafts.get(personId) : undefined;
}

function collectErrors(): { errors: KrErrorDetail[]; stop: () => void } {
  const errors: KrErrorDetail[] = [];
  const listener = (event: Event) => errors.push((event as CustomEvent<KrErrorDetail>).detail);
  document.addEventListener('kr-error', listener);
  return { errors, stop: () => document.removeEventListener('kr-error', listener) };
}

describe('smart-goal-form: drafts of new goals in a provider', () => {
  it('storage="local": a draft is back after the page is loaded again, says so without taking focus, and is gone once the goal is saved', async () => {
    const name = uniqueDb();
    const first = await mountProvider(name);
    await check(first.form, 'daten');
    await type(first.form, '#measure', MEASURE);
    expect(await storedDraftOf(name, 'p1'), 'not on every key press').to.equal(undefined);
    await waitUntil(async () => (await storedDraftOf(name, 'p1')) !== undefined, 'the draft is stored after a pause', patiently);
    const stored = (await storedDraftOf(name, 'p1')) as { state: string };
    expect(JSON.parse(stored.state)).to.deep.include({ personId: 'p1', competencyIds: ['daten'], measure: MEASURE });
    const portfolioBefore = (await withStore<{ revision: number }>(name, 'readonly', (store) => store.get('portfolio'))).revision;
    const id = first.form.draft.id;
    first.root.remove();

    // The page again: a button has focus, and keeps it.
    const button = document.createElement('button');
    button.textContent = 'Weiter';
    document.body.append(button);
    button.focus();
    try {
      const second = await mountProvider(name);
      const form = second.form;
      expect(measureOf(form)).to.equal(MEASURE);
      expect(form.draft).to.deep.include({ id, personId: 'p1', competencyIds: ['daten'], measure: MEASURE });
      expect(statusOf(form)).to.match(/^Ihr Entwurf vom \d{1,2}\. \S+ \d{4}, \d{2}:\d{2} Uhr ist wiederhergestellt\. Sie können daran weiterschreiben\.$/);
      expect(document.activeElement, 'focus stays where it was').to.equal(button);
      await expectAccessible(form);
      expect((await withStore<{ revision: number }>(name, 'readonly', (store) => store.get('portfolio'))).revision, 'the draft is no revision of the portfolio').to.equal(portfolioBefore);

      await chooseLevel(form, 3);
      await type(form, '#challenge', 'erstmals mit Statistiksoftware');
      await type(form, '#hours', '40');
      await type(form, '#due', '2027-01-29');
      expect(Object.values(form.smartCheck.criteria).flatMap((criterion) => criterion.findings.filter((finding) => finding.severity === 'problem').map((finding) => finding.code))).to.deep.equal([]);
      await submit(form);
      await waitUntil(() => second.provider.portfolio.goals.some((goal) => goal.id === id), 'the provider stores the goal');
      await waitUntil(() => form.draft.id !== id, 'the form holds a new goal');
      await second.provider.saveComplete;
      await waitUntil(async () => (await storedDraftOf(name, 'p1')) === undefined, 'the draft is deleted', patiently);
      second.root.remove();

      const third = await mountProvider(name);
      expect(third.provider.portfolio.goals.map((goal) => goal.id)).to.deep.equal([id]);
      expect(measureOf(third.form)).to.equal('');
      expect(statusOf(third.form)).to.equal('');
    } finally {
      button.remove();
    }
  });

  it('stores the draft at once when the page is hidden or the provider leaves it', async () => {
    const name = uniqueDb();
    const first = await mountProvider(name);
    await type(first.form, '#measure', MEASURE);
    window.dispatchEvent(new Event('pagehide'));
    await waitUntil(async () => (await storedDraftOf(name, 'p1')) !== undefined, 'stored without waiting', { timeout: 300 });
    await type(first.form, '#measure', `${MEASURE} und stellt sie vor`);
    first.root.remove();
    await waitUntil(async () => JSON.stringify(await storedDraftOf(name, 'p1')).includes('stellt sie vor'), 'stored on leaving', { timeout: 300 });
    const { form } = await mountProvider(name);
    expect(measureOf(form)).to.equal(`${MEASURE} und stellt sie vor`);
  });

  it('a form reset deletes the draft', async () => {
    const name = uniqueDb();
    const { provider } = await mountProvider(name);
    const formElement = document.createElement('form');
    const form = document.createElement('smart-goal-form');
    formElement.append(form);
    provider.querySelector('smart-goal-form')!.replaceWith(formElement);
    await settled(form);
    await type(form, '#measure', MEASURE);
    await waitUntil(async () => (await storedDraftOf(name, 'p1')) !== undefined, 'stored', patiently);
    formElement.reset();
    await settled(form);
    expect(measureOf(form)).to.equal('');
    await waitUntil(async () => (await storedDraftOf(name, 'p1')) === undefined, 'deleted', patiently);
    const again = await newFormIn(provider);
    expect(measureOf(again)).to.equal('');
  });

  it('clear() deletes the drafts in memory and in the database, and the form shows an empty new goal', async () => {
    const name = uniqueDb();
    const first = await mountProvider(name);
    await type(first.form, '#measure', MEASURE);
    await waitUntil(async () => (await storedDraftOf(name, 'p1')) !== undefined, 'stored', patiently);
    first.root.remove();

    const { provider, form } = await mountProvider(name);
    expect(measureOf(form), 'restored').to.equal(MEASURE);
    await provider.clear();
    await settled(form);
    expect(measureOf(form)).to.equal('');
    expect(await storedDrafts(name), 'nothing in the database').to.equal(undefined);

    // The same person again, in the same provider: nothing in its memory either.
    provider.portfolio = portfolioWith([]);
    await settled(form);
    expect(measureOf(form)).to.equal('');
    expect(measureOf(await newFormIn(provider))).to.equal('');
    await provider.saveComplete;
    expect(await storedDrafts(name)).to.equal(undefined);
  });

  it('clear() empties a restored draft also when the form keeps its person (person-id)', async () => {
    const name = uniqueDb();
    const first = await mountProvider(name);
    await type(first.form, '#measure', MEASURE);
    await waitUntil(async () => (await storedDraftOf(name, 'p1')) !== undefined, 'stored', patiently);
    first.root.remove();
    const { provider } = await mountProvider(name);
    const form = document.createElement('smart-goal-form');
    form.setAttribute('person-id', 'p1');
    provider.querySelector('smart-goal-form')!.replaceWith(form);
    await settled(form);
    expect(measureOf(form)).to.equal(MEASURE);
    await provider.clear();
    provider.portfolio = portfolioWith([]);
    await settled(form);
    expect(measureOf(form)).to.equal('');
  });

  it('storage="none": a new form in the same provider gets the draft, a new provider does not, and nothing is written to the browser', async () => {
    const name = uniqueDb();
    const first = await mountProvider(name, { storage: 'none', lang: 'en' });
    await check(first.form, 'daten');
    await type(first.form, '#measure', MEASURE);
    await new Promise((resolve) => setTimeout(resolve, 600));
    const again = await newFormIn(first.provider);
    expect(measureOf(again)).to.equal(MEASURE);
    expect(again.draft.competencyIds).to.deep.equal(['daten']);
    expect(statusOf(again)).to.match(/^Your draft from \d{1,2} \S+ \d{4}, \d{2}:\d{2} is back\. You can carry on where you left off\.$/);
    await expectAccessible(again);
    window.dispatchEvent(new Event('pagehide'));
    first.root.remove();

    const second = await mountProvider(name, { storage: 'none' });
    expect(measureOf(second.form)).to.equal('');
    expect(statusOf(second.form)).to.equal('');
    expect((await indexedDB.databases()).map((known) => known.name), 'no database of that name').not.to.include(name);
  });

  it('a storageAdapter: drafts stay in memory, never in what the adapter is given nor in IndexedDB', async () => {
    const name = uniqueDb();
    const saved: unknown[] = [];
    const root = document.createElement('div');
    roots.push(root);
    const provider = document.createElement('kompetenz-provider');
    provider.setAttribute('store-name', name);
    provider.setAttribute('today', TODAY);
    provider.storageAdapter = { load: async () => undefined, save: async (portfolio) => void saved.push(portfolio), clear: async () => undefined };
    provider.append(document.createElement('smart-goal-form'));
    root.append(provider);
    document.body.append(root);
    await provider.loadComplete;
    provider.portfolio = portfolioWith([]);
    const form = provider.querySelector('smart-goal-form')!;
    await settled(form);
    await type(form, '#measure', MEASURE);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(measureOf(await newFormIn(provider))).to.equal(MEASURE);
    expect(JSON.stringify(saved), 'not in what the adapter is given').not.to.include(MEASURE);
    expect((await indexedDB.databases()).map((known) => known.name)).not.to.include(name);
  });

  it('ignores and deletes a stored draft that is no usable goal, without an error', async () => {
    const name = uniqueDb();
    created.push(name);
    const { errors, stop } = collectErrors();
    const failures: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => failures.push('reason' in event ? event.reason : event.error);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      const junk: [string, unknown][] = [
        ['p1', { savedAt: 'gestern', state: '{"measure": "x"' }],
        ['p2', 'kaputt'],
      ];
      await withStore(name, 'readwrite', (store) => store.put(new Map(junk), 'drafts'));
      const first = await mountProvider(name);
      expect(measureOf(first.form)).to.equal('');
      expect(statusOf(first.form)).to.equal('');
      await waitUntil(async () => (await storedDraftOf(name, 'p1')) === undefined, 'the unusable draft is deleted', patiently);
      first.root.remove();

      // A draft of another person, a goal no longer open, a state that is no goal, and no Map at all.
      for (const value of [
        new Map([['p1', { savedAt: new Date().toISOString(), state: JSON.stringify({ id: 'g1', personId: 'p2', measure: MEASURE }) }]]),
        new Map([['p1', { savedAt: new Date().toISOString(), state: JSON.stringify({ id: 'g1', status: 'done', measure: MEASURE }) }]]),
        new Map([['p1', { savedAt: new Date().toISOString(), state: '[1, 2]' }]]),
        { p1: { savedAt: new Date().toISOString(), state: JSON.stringify({ id: 'g1', measure: MEASURE }) } },
        'kaputt',
      ]) {
        await withStore(name, 'readwrite', (store) => store.put(value, 'drafts'));
        const { root, form } = await mountProvider(name);
        expect(measureOf(form), JSON.stringify([...(value instanceof Map ? value : [])])).to.equal('');
        expect(statusOf(form)).to.equal('');
        root.remove();
      }

      // A usable one is taken up: the junk around it did not spoil the way.
      await withStore(name, 'readwrite', (store) =>
        store.put(new Map([['p1', { savedAt: new Date().toISOString(), state: JSON.stringify({ id: 'g1', personId: 'p1', measure: MEASURE }) }]]), 'drafts'),
      );
      const { form } = await mountProvider(name);
      expect(measureOf(form)).to.equal(MEASURE);
      expect(errors).to.deep.equal([]);
      expect(failures).to.deep.equal([]);
    } finally {
      stop();
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
  });

  it('a state the browser restores (back/forward) becomes the draft; one restored before the first update breaks nothing', async () => {
    const name = uniqueDb();
    const { provider, form } = await mountProvider(name);
    form.formStateRestoreCallback(JSON.stringify({ id: 'g-back', personId: 'p1', competencyIds: ['daten'], measure: MEASURE }));
    await settled(form);
    expect(measureOf(form)).to.equal(MEASURE);
    await waitUntil(async () => (await storedDraftOf(name, 'p1')) !== undefined, 'stored', patiently);
    expect(measureOf(await newFormIn(provider))).to.equal(MEASURE);

    const early = document.createElement('smart-goal-form');
    early.formStateRestoreCallback(JSON.stringify({ id: 'g-early', measure: MEASURE }));
    roots.push(early);
    document.body.append(early);
    await settled(early);
    expect(early.draft.id).to.be.a('string');
  });

  it('outside a provider keeps a draft per person in the form, as before', async () => {
    const form = document.createElement('smart-goal-form');
    form.setAttribute('person-id', 'p-a');
    form.setAttribute('today', TODAY);
    document.body.append(form);
    roots.push(form);
    await settled(form);
    await type(form, '#measure', MEASURE);
    form.setAttribute('person-id', 'p-b');
    await settled(form);
    expect(measureOf(form)).to.equal('');
    form.setAttribute('person-id', 'p-a');
    await settled(form);
    expect(measureOf(form)).to.equal(MEASURE);
  });
});
