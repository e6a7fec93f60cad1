import { elementUpdated, expect, waitUntil } from '@open-wc/testing';
import '../../../src/define/kompetenz-provider.js';
import '../../../src/define/smart-goal-form.js';
import type { KompetenzProvider } from '../../../src/define/kompetenz-provider.js';
import type { SmartGoalForm } from '../../../src/components/smart-goal-form/smart-goal-form.js';
import { removePerson } from '../../../src/domain/portfolio-edits.js';
import type { Portfolio } from '../../../src/domain/types.js';
import { uniqueDb } from '../kompetenz-provider/helpers.js';
import { $, portfolioWith, storedDrafts, TODAY, type } from './helpers.js';

// Drafts of new goals are personal data: whatever erases data (clear() here or in another tab,
// removePerson) erases them, and a draft goes to the database it was written for.

const MEASURE = 'wertet die Bürgerumfrage selbst aus';
const roots: HTMLElement[] = [];
afterEach(() => roots.splice(0).forEach((root) => root.remove()));

/** The people whose drafts are stored in database `name`, `undefined` when none. */
async function storedFor(name: string): Promise<string[] | undefined> {
  const drafts = await storedDrafts(name);
  return drafts instanceof Map ? [...drafts.keys()] : undefined;
}

async function settled(form: SmartGoalForm): Promise<void> {
  for (let i = 0; i < 3; i += 1) await elementUpdated(form);
}

const measureOf = (form: SmartGoalForm) => $<HTMLTextAreaElement>(form, '#measure').value;
const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const draftOf = (provider: KompetenzProvider, personId: string) => (provider as unknown as { persistence: { drafts: { store: { read(id: string): unknown } } } }).persistence.drafts.store.read(personId);

function make(storeName: string): { provider: KompetenzProvider; form: SmartGoalForm } {
  const root = document.createElement('div');
  roots.push(root);
  const provider = document.createElement('kompetenz-provider');
  provider.setAttribute('storage', 'local');
  provider.setAttribute('store-name', storeName);
  provider.setAttribute('today', TODAY);
  provider.setAttribute('lang', 'de');
  const form = document.createElement('smart-goal-form');
  provider.append(form);
  root.append(provider);
  document.body.append(root);
  return { provider, form };
}

/** A provider of `name` with p1's data and a draft of p1 written and stored. */
async function withDraft(name: string, portfolio: Portfolio = portfolioWith([])) {
  const made = make(name);
  await made.provider.loadComplete;
  made.provider.portfolio = portfolio;
  await made.provider.saveComplete;
  await settled(made.form);
  await type(made.form, '#measure', MEASURE);
  window.dispatchEvent(new Event('pagehide'));
  await waitUntil(async () => (await storedFor(name))?.includes('p1') === true, 'the draft is stored', { timeout: 3000 });
  return made;
}

describe('smart-goal-form: drafts of new goals go with the data they belong to', () => {
  it('clear() called while the stored data still load leaves no draft, not even a moment later', async () => {
    const name = uniqueDb();
    await withDraft(name);
    roots.splice(0).forEach((root) => root.remove());
    await later(50);

    const { provider, form } = make(name);
    await provider.updateComplete;
    const cleared = provider.clear();
    await provider.loadComplete;
    await settled(form);
    expect(measureOf(form), 'not shown between the load and the clear').to.equal('');
    await cleared;
    expect(await storedFor(name)).to.equal(undefined);
    expect(draftOf(provider, 'p1')).to.equal(undefined);
    provider.portfolio = portfolioWith([]);
    await settled(form);
    const again = document.createElement('smart-goal-form');
    form.replaceWith(again);
    await settled(again);
    expect(measureOf(again)).to.equal('');
  });

  it('removePerson erases the person’s draft in memory and in the database', async () => {
    const name = uniqueDb();
    const base = portfolioWith([]);
    const two = { ...base, people: [...base.people, { id: 'p2', name: 'Max Beispiel', roleId: 'cdo' as const, capacityHoursPerMonth: 6 }] };
    const { provider } = await withDraft(name, two);
    provider.portfolio = removePerson(provider.portfolio, 'p1');
    await provider.saveComplete;
    expect(draftOf(provider, 'p1')).to.equal(undefined);
    await waitUntil(async () => (await storedFor(name)) === undefined, 'the stored draft is deleted', { timeout: 3000 });
  });

  it('a draft written just before store-name changes goes to the database it was written for', async () => {
    const name = uniqueDb();
    const other = uniqueDb();
    const { provider, form } = make(name);
    await provider.loadComplete;
    provider.portfolio = portfolioWith([]);
    await provider.saveComplete;
    await settled(form);
    await type(form, '#measure', MEASURE);
    provider.setAttribute('store-name', other);
    await later(800);
    expect(await storedFor(name)).to.deep.equal(['p1']);
    expect(await storedFor(other)).to.equal(undefined);
  });

  it('another portfolio whose person has the same id and another name does not get the draft', async () => {
    const root = document.createElement('div');
    roots.push(root);
    const provider = document.createElement('kompetenz-provider');
    provider.setAttribute('storage', 'none');
    provider.setAttribute('today', TODAY);
    provider.portfolio = portfolioWith([]);
    const form = document.createElement('smart-goal-form');
    provider.append(form);
    root.append(provider);
    document.body.append(root);
    await provider.loadComplete;
    await settled(form);
    await type(form, '#measure', MEASURE);
    expect(draftOf(provider, 'p1')).to.not.equal(undefined);

    const other = portfolioWith([]);
    provider.portfolio = { ...other, people: other.people.map((person) => (person.id === 'p1' ? { ...person, name: 'Hans Anders' } : person)) };
    const again = document.createElement('smart-goal-form');
    form.replaceWith(again);
    await settled(again);
    expect(measureOf(again)).to.equal('');
    expect(draftOf(provider, 'p1'), 'the draft of the other p1 is deleted').to.equal(undefined);
  });

  it('clear() in another tab erases what this one holds and is not undone by its pending write', async () => {
    const name = uniqueDb();
    const one = make(name);
    await one.provider.loadComplete;
    one.provider.portfolio = portfolioWith([]);
    await one.provider.saveComplete;
    const two = make(name);
    await two.provider.loadComplete;
    await settled(two.form);
    await type(two.form, '#measure', MEASURE);
    await one.provider.clear();
    await later(800);
    expect(await storedFor(name), 'the pending write does not bring it back').to.equal(undefined);
    await waitUntil(() => draftOf(two.provider, 'p1') === undefined, 'the other tab forgets it', { timeout: 3000 });
  });
});
