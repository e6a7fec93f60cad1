import { consume } from '@lit/context';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml, LitElement, render, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import '../../../src/define/kompetenz-provider.js';
import '../../../src/define/kompetenz-rad.js';
import { IndexedDbAdapter, type KompetenzProvider, type KrPortfolioChangeDetail, type StorageAdapter } from '../../../src/define/kompetenz-provider.js';
import { DEFAULT_CATALOGUE_LEAN } from '../../../src/domain/catalogue.js';
import { parsePortfolio } from '../../../src/domain/portfolio.js';
import { DEFAULT_ROLES_LEAN } from '../../../src/domain/roles.js';
import type { Goal, Plan, Portfolio } from '../../../src/domain/types.js';
import { kompetenzContext, type KompetenzContextValue } from '../../../src/internal/context.js';
import type { KrErrorDetail } from '../../../src/internal/events.js';
import { requestInstallationId } from '../../../src/internal/installation-id.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { collect, host, levelChange, noticeOf, patiently, portfolio, statusOf, uniqueDb } from './helpers.js';

/** A tiny widget that only takes what the provider offers. */
class TestConsumer extends LitElement {
  @consume({ context: kompetenzContext, subscribe: true })
  @property({ attribute: false })
  value?: KompetenzContextValue;

  protected override render() {
    return litHtml`<p>${this.value?.personId ?? 'alone'}</p>`;
  }
}
customElements.define('kr-test-consumer', TestConsumer);

const goal: Goal = {
  id: 'g1',
  personId: 'p1',
  competencyIds: ['daten'],
  targetLevel: 3,
  measure: 'Wertet Daten selbst aus',
  challenge: 'Neues Werkzeug',
  resources: { hours: 20 },
  due: '2025-12-31',
};

const plan: Plan = {
  id: 'plan1',
  personId: 'p1',
  status: 'draft',
  history: [{ status: 'draft', date: '2025-03-01' }],
  items: [
    { id: 'i1', kind: 'format', formatId: 'selbstlernen', competencyIds: ['daten'], start: '2025-03-01', end: '2025-03-31', hours: 8, cost: 0, status: 'planned', goalId: 'g1' },
  ],
  reviews: [],
};

async function mount(template: TemplateResult): Promise<HTMLDivElement> {
  const div = host();
  render(template, div);
  for (const element of div.querySelectorAll('kompetenz-provider, kr-test-consumer')) await (element as LitElement).updateComplete;
  return div.firstElementChild as HTMLDivElement;
}

async function memoryProvider(data: Portfolio = portfolio(), extra = ''): Promise<{ provider: KompetenzProvider; consumer: TestConsumer }> {
  const provider = await fixture<KompetenzProvider>(html`<kompetenz-provider storage="none" today="2025-03-01" .portfolio=${data}>
    <kr-test-consumer></kr-test-consumer>
  </kompetenz-provider>`);
  if (extra) provider.setAttribute('person', extra);
  await provider.loadComplete;
  await provider.updateComplete;
  const consumer = provider.querySelector('kr-test-consumer') as TestConsumer;
  await consumer.updateComplete;
  return { provider, consumer };
}

/** Which of two tabs merged its change onto the other's (reason `merge`). */
async function waitUntilMerged(changes: KrPortfolioChangeDetail[][]): Promise<number> {
  await waitUntil(() => changes.some((list) => list.some((c) => c.reason === 'merge')), 'one tab merges', patiently);
  return changes.findIndex((list) => list.some((c) => c.reason === 'merge'));
}

async function settle(...elements: (KompetenzProvider | TestConsumer)[]): Promise<void> {
  for (const element of elements) {
    if ('saveComplete' in element) await element.saveComplete;
    await element.updateComplete;
  }
}

describe('<kompetenz-provider>', () => {
  describe('context', () => {
    it('provides portfolio, catalogue, roles, language, selected person and today', async () => {
      const data = portfolio();
      const { provider, consumer } = await memoryProvider(data);
      const value = consumer.value!;
      expect(value.portfolio).to.deep.equal(data, 'a copy of the value set');
      expect(value.catalogue, 'the built-in catalogue without descriptions').to.equal(DEFAULT_CATALOGUE_LEAN);
      expect(value.roles, 'the built-in roles without tasks and source note').to.equal(DEFAULT_ROLES_LEAN);
      expect(value.descriptions, 'the catalogue descriptions, per language').to.be.an('object');
      expect(value.lang).to.equal('de');
      expect(value.personId).to.equal('p1');
      expect(value.today).to.equal('2025-03-01');
      expect(provider.portfolio).to.equal(value.portfolio);
    });

    it('uses the local date when no today is given', async () => {
      const provider = await fixture<KompetenzProvider>(html`<kompetenz-provider storage="none"><kr-test-consumer></kr-test-consumer></kompetenz-provider>`);
      await provider.loadComplete;
      const consumer = provider.querySelector('kr-test-consumer') as TestConsumer;
      const now = new Date();
      const local = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
      expect(consumer.value!.today).to.equal(local);
      expect(consumer.value!.portfolio.people).to.deep.equal([]);
      expect(consumer.value!.personId).to.be.undefined;
    });

    it('follows the person attribute and the nearest lang', async () => {
      const wrapper = await mount(html`<div lang="en-GB">
        <kompetenz-provider storage="none" person="p2" .portfolio=${portfolio()}><kr-test-consumer></kr-test-consumer></kompetenz-provider>
      </div>`);
      const provider = wrapper.querySelector('kompetenz-provider')!;
      const consumer = wrapper.querySelector('kr-test-consumer') as TestConsumer;
      await provider.loadComplete;
      await settle(provider, consumer);
      expect(consumer.value!.personId).to.equal('p2');
      expect(consumer.value!.lang).to.equal('en');
      const before = consumer.value;
      provider.lang = 'de';
      await settle(provider, consumer);
      expect(consumer.value!.lang).to.equal('de');
      expect(consumer.value).not.to.equal(before, 'a new object on change');
      wrapper.setAttribute('lang', 'fr');
      provider.lang = '';
      provider.removeAttribute('lang');
      await waitUntil(() => consumer.value!.lang === 'de', 'the language follows the ancestor', patiently);
    });

    it('reports an unknown person and selects nobody, not the first person', async () => {
      const errors: KrErrorDetail[] = [];
      const provider = document.createElement('kompetenz-provider');
      provider.addEventListener('kr-error', (event) => errors.push(event.detail));
      provider.setAttribute('storage', 'none');
      provider.setAttribute('person', 'nobody');
      provider.portfolio = portfolio();
      provider.append(document.createElement('kr-test-consumer'));
      host().append(provider);
      await provider.loadComplete;
      await provider.updateComplete;
      expect(errors.map((e) => [e.code, e.source, e.message])).to.deep.equal([
        ['unknown-person', 'person', 'person: "nobody" is not a person of the portfolio; nobody is selected'],
      ]);
      expect((provider.firstElementChild as TestConsumer).value!.personId).to.be.undefined;
    });

    it('selects the first person only while no person is given', async () => {
      const { provider, consumer } = await memoryProvider();
      expect(consumer.value!.personId).to.equal('p1');
      for (const [person, selected] of [['p2', 'p2'], ['', 'p1'], ['nobody', undefined], [null, 'p1'], ['P2', undefined]] as const) {
        if (person === null) provider.removeAttribute('person');
        else provider.setAttribute('person', person);
        await settle(provider, consumer);
        expect(consumer.value!.personId, `person ${JSON.stringify(person)}`).to.equal(selected);
      }
      provider.person = undefined;
      await settle(provider, consumer);
      expect(consumer.value!.personId, 'person set to undefined by code').to.equal('p1');
    });

    it('does not report the person of a page whose data arrive after the empty first load', async () => {
      const errors: KrErrorDetail[] = [];
      const provider = document.createElement('kompetenz-provider');
      provider.addEventListener('kr-error', (event) => errors.push(event.detail));
      provider.setAttribute('storage', 'none');
      provider.setAttribute('person', 'p2');
      host().append(provider);
      await provider.loadComplete;
      await provider.updateComplete;
      provider.portfolio = portfolio();
      await provider.updateComplete;
      expect(errors).to.deep.equal([]);
    });

    it('takes over a portfolio set before the element was defined', async () => {
      const early = document.createElement('kr-late-provider') as HTMLElement & { portfolio?: Portfolio };
      early.setAttribute('storage', 'none');
      early.portfolio = portfolio();
      early.append(document.createElement('kr-test-consumer'));
      host().append(early);
      const { KompetenzProvider } = await import('../../../src/define/kompetenz-provider.js');
      customElements.define('kr-late-provider', class extends KompetenzProvider {});
      const provider = early as unknown as KompetenzProvider;
      await provider.loadComplete;
      await provider.updateComplete;
      expect(provider.portfolio).to.deep.equal(portfolio());
      expect((early.firstElementChild as TestConsumer).value!.personId).to.equal('p1');
      (early.firstElementChild as TestConsumer).dispatchEvent(levelChange(3));
      expect(provider.portfolio.assessments).to.have.length(3, 'edits are handled under another tag name too');
    });

    it('leaves widgets outside a provider alone', async () => {
      const consumer = await fixture<TestConsumer>(html`<kr-test-consumer></kr-test-consumer>`);
      expect(consumer.value).to.be.undefined;
      expect(consumer.shadowRoot!.textContent).to.include('alone');
    });

    it('renders a slot and a polite status region, and draws no box', async () => {
      const { provider } = await memoryProvider();
      const root = provider.shadowRoot!;
      expect(root.querySelector('slot')).to.exist;
      const status = root.querySelector('[part="status"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.getAttribute('aria-live')).to.equal('polite');
      expect(getComputedStyle(provider).display).to.equal('contents');
      await expectAccessible(provider);
    });
  });

  describe('edits from widgets', () => {
    it('applies a level change of the selected person, keeps history and provides a new object', async () => {
      const { provider, consumer } = await memoryProvider();
      const before = consumer.value!;
      const changed = oneEvent(provider, 'kr-portfolio-change');
      consumer.dispatchEvent(levelChange(3));
      const { detail } = (await changed) as CustomEvent<KrPortfolioChangeDetail>;
      expect(detail.reason).to.equal('edit');
      await settle(provider, consumer);
      const after = consumer.value!;
      expect(after).not.to.equal(before);
      expect(after.portfolio).to.equal(provider.portfolio);
      expect(after.portfolio).not.to.equal(before.portfolio);
      expect(before.portfolio.assessments).to.have.length(2, 'the old object is untouched');
      expect(after.portfolio.assessments).to.have.length(3);
      expect(after.portfolio.assessments.slice(0, 2)).to.deep.equal(before.portfolio.assessments);
      expect(after.portfolio.assessments[2]).to.include({ personId: 'p1', rater: 'self', date: '2025-03-01' });
      expect(after.portfolio.assessments[2]!.levels).to.deep.equal({ daten: 3 }, 'the new assessment holds only the level rated');
      expect(after.catalogue).to.equal(before.catalogue, 'unchanged parts keep their identity');
    });

    it('rates the person selected with kr-select, and refuses unknown people and bad levels', async () => {
      const { provider, consumer } = await memoryProvider();
      const errors = collect<KrErrorDetail>(provider, 'kr-error');
      consumer.dispatchEvent(new CustomEvent('kr-select', { bubbles: true, composed: true, detail: { personId: 'p2' } }));
      await settle(provider, consumer);
      expect(consumer.value!.personId).to.equal('p2');
      consumer.dispatchEvent(levelChange(2, 'technik', 'external'));
      expect(provider.portfolio.assessments.at(-1)).to.include({ personId: 'p2', rater: 'external' });

      const before = provider.portfolio;
      consumer.dispatchEvent(new CustomEvent('kr-select', { bubbles: true, composed: true, detail: { personId: 'nobody' } }));
      consumer.dispatchEvent(levelChange(7));
      consumer.dispatchEvent(new CustomEvent('kr-select', { bubbles: true, composed: true, detail: { competencyId: 'daten' } }));
      await settle(provider, consumer);
      expect(errors.map((e) => e.code)).to.deep.equal(['unknown-person', 'level']);
      expect(errors[1]!.source).to.equal('kr-level-change');
      expect(errors[1]!.message).to.include('$input.level');
      expect(provider.portfolio).to.equal(before);
      expect(consumer.value!.personId).to.equal('p2');
    });

    it('adds goals from kr-goal-submit and plans from kr-plan-change', async () => {
      const { provider, consumer } = await memoryProvider();
      const reasons = collect<KrPortfolioChangeDetail>(provider, 'kr-portfolio-change');
      const { personId: _omitted, ...withoutPerson } = goal;
      consumer.dispatchEvent(new CustomEvent('kr-goal-submit', { bubbles: true, composed: true, detail: { goal: withoutPerson } }));
      consumer.dispatchEvent(new CustomEvent('kr-plan-change', { bubbles: true, composed: true, detail: { plan, change: { type: 'add-item' } } }));
      await settle(provider, consumer);
      expect(reasons.map((r) => r.reason)).to.deep.equal(['edit', 'edit']);
      expect(consumer.value!.portfolio.goals).to.deep.equal([goal], 'the selected person is filled in');
      expect(consumer.value!.portfolio.plans).to.deep.equal([plan]);

      const errors = collect<KrErrorDetail>(provider, 'kr-error');
      consumer.dispatchEvent(new CustomEvent('kr-goal-submit', { bubbles: true, composed: true, detail: { goal: { ...goal, targetLevel: 9 } } }));
      consumer.dispatchEvent(new CustomEvent('kr-plan-change', { bubbles: true, composed: true, detail: { change: { type: 'draft' } } }));
      expect(errors).to.have.length(2);
      expect(errors[0]).to.include({ code: 'level', source: 'kr-goal-submit' });
      expect(errors[1]).to.include({ code: 'type', source: 'kr-plan-change' });
      expect(errors[1]!.message).to.include('$plan');
      expect(provider.portfolio.goals[0]!.targetLevel).to.equal(3);
    });

    it('stores the goals a kr-plan-change carries (a final review) with its plan, or neither', async () => {
      const { provider, consumer } = await memoryProvider();
      const send = (detail: unknown) => consumer.dispatchEvent(new CustomEvent('kr-plan-change', { bubbles: true, composed: true, detail }));
      consumer.dispatchEvent(new CustomEvent('kr-goal-submit', { bubbles: true, composed: true, detail: { goal } }));
      await settle(provider, consumer);
      const errors = collect<KrErrorDetail>(provider, 'kr-error');
      send({ plan, change: { type: 'final-review' }, goals: { ...goal, status: 'reached' } });
      send({ plan, change: { type: 'final-review' }, goals: [{ ...goal, status: 'reached', targetLevel: 9 }] });
      expect(errors.map((error) => [error.code, error.source])).to.deep.equal([
        ['invalid-event', 'kr-plan-change'],
        ['level', 'kr-plan-change'],
      ]);
      expect(provider.portfolio.plans, 'a refused goal keeps its plan out too').to.deep.equal([]);
      expect(provider.portfolio.goals).to.deep.equal([goal]);

      send({ plan, change: { type: 'final-review' }, goals: [{ ...goal, status: 'reached' }] });
      await settle(provider, consumer);
      expect(provider.portfolio.plans).to.deep.equal([plan]);
      expect(provider.portfolio.goals).to.deep.equal([{ ...goal, status: 'reached' }]);
    });

    it('passes an edit made on the wheel to every widget inside', async () => {
      const provider = await fixture<KompetenzProvider>(html`<kompetenz-provider storage="none" today="2025-03-01" .portfolio=${portfolio()}>
        <kompetenz-rad editable></kompetenz-rad>
        <kr-test-consumer></kr-test-consumer>
      </kompetenz-provider>`);
      await provider.loadComplete;
      const wheel = provider.querySelector('kompetenz-rad')!;
      const consumer = provider.querySelector('kr-test-consumer') as TestConsumer;
      const wheelContext = () => (wheel as unknown as { context?: KompetenzContextValue }).context;
      await settle(provider, consumer);
      await wheel.updateComplete;
      expect(wheelContext()).to.equal(consumer.value);
      wheel.dispatchEvent(levelChange(3));
      await settle(provider, consumer);
      await wheel.updateComplete;
      expect(consumer.value!.portfolio.assessments.at(-1)!.levels.daten).to.equal(3);
      expect(wheelContext()).to.equal(consumer.value, 'both widgets hold the same new value');
      await expectAccessible(provider);
    });

    it('leaves an edit to the nearest provider when providers are nested', async () => {
      const outer = await fixture<KompetenzProvider>(html`<kompetenz-provider storage="none" .portfolio=${portfolio()}>
        <kompetenz-provider storage="none" .portfolio=${portfolio()}><kr-test-consumer></kr-test-consumer></kompetenz-provider>
      </kompetenz-provider>`);
      const inner = outer.querySelector('kompetenz-provider')!;
      await outer.loadComplete;
      await inner.loadComplete;
      const outerBefore = outer.portfolio;
      inner.querySelector('kr-test-consumer')!.dispatchEvent(levelChange(3));
      expect(inner.portfolio.assessments).to.have.length(3);
      expect(outer.portfolio).to.equal(outerBefore);
    });
  });

  describe('portfolio property, import and export', () => {
    it('refuses bad data for the portfolio property and keeps the old state', async () => {
      const { provider } = await memoryProvider();
      const before = provider.portfolio;
      setTimeout(() => {
        provider.portfolio = { ...portfolio(), people: [{ id: 'p1', name: 'X', roleId: 'koch' }] } as Portfolio;
      });
      const { detail } = (await oneEvent(provider, 'kr-error')) as CustomEvent<KrErrorDetail>;
      expect(detail.code).to.equal('invalid-portfolio');
      expect(detail.source).to.equal('portfolio');
      expect(detail.message).to.include('$.people[0].roleId');
      expect(provider.portfolio).to.equal(before);
    });

    it('writes its kr-error messages as English notes for developers on a German page; the notice speaks German', async () => {
      const { provider, consumer } = await memoryProvider();
      const errors = collect<KrErrorDetail>(provider, 'kr-error');
      const two = { ...portfolio(), people: [{ id: 'p1', name: 'X', roleId: 'koch' }, { id: 'p2', name: 'Y', roleId: 'koch' }] } as Portfolio;
      provider.portfolio = two;
      provider.importPortfolio(JSON.stringify({ ...portfolio(), version: 99 }));
      consumer.dispatchEvent(levelChange(7));
      await provider.updateComplete;
      expect(errors.map((e) => e.message)).to.deep.equal([
        '$.people[0].roleId: unknown-role (id "koch", known ["fuehrungskraft","cdo","cio","projektmanager","digitallotse"]); and 1 more',
        '$.version: version-newer (got 99, max 1)',
        '$input.level: level (got 7)',
      ]);
      expect(await noticeOf(provider)).to.contain('Die übergebenen Daten wurden nicht übernommen:');
    });

    it('imports valid JSON, refuses bad JSON with kr-error and changes nothing', async () => {
      const { provider, consumer } = await memoryProvider();
      const before = provider.portfolio;
      const errors = collect<KrErrorDetail>(provider, 'kr-error');
      const bad = provider.importPortfolio('{"format": "kompetenzrad-portfolio", ');
      expect(bad.ok).to.be.false;
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include({ code: 'invalid-import', source: 'importPortfolio' });
      expect(provider.portfolio).to.equal(before);
      expect(await statusOf(provider)).to.include('nicht importiert');

      const other = { ...portfolio(), people: [{ id: 'p9', name: 'Neu', roleId: 'cio' }], assessments: [] };
      const changed = oneEvent(provider, 'kr-portfolio-change');
      const good = provider.importPortfolio(JSON.stringify(other));
      expect(good.ok).to.be.true;
      expect(((await changed) as CustomEvent<KrPortfolioChangeDetail>).detail.reason).to.equal('import');
      await settle(provider, consumer);
      expect(consumer.value!.portfolio.people[0]!.id).to.equal('p9');
      expect(consumer.value!.personId).to.equal('p9');
    });

    it('exports the portfolio as JSON that imports again', async () => {
      const { provider } = await memoryProvider();
      const text = provider.exportPortfolio();
      const again = parsePortfolio(text);
      expect(again.ok && again.value).to.deep.equal(provider.portfolio);
    });
  });

  describe('loading', () => {
    it('loads src when storage is empty', async () => {
      const response = await fetch('/demo/data/sample-portfolio.json');
      const expected = parsePortfolio(await response.text());
      expect(expected.ok).to.be.true;
      const provider = document.createElement('kompetenz-provider');
      provider.setAttribute('storage', 'none');
      provider.setAttribute('src', '/demo/data/sample-portfolio.json');
      const loaded = oneEvent(provider, 'kr-portfolio-change');
      host().append(provider);
      const { detail } = (await loaded) as CustomEvent<KrPortfolioChangeDetail>;
      expect(detail.reason).to.equal('load');
      expect(provider.portfolio).to.deep.equal(expected.ok && expected.value);
    });

    it('reports a src that cannot be loaded and starts empty', async () => {
      const provider = document.createElement('kompetenz-provider');
      provider.setAttribute('storage', 'none');
      provider.setAttribute('src', '/does-not-exist.json');
      const failed = oneEvent(provider, 'kr-error');
      host().append(provider);
      expect(((await failed) as CustomEvent<KrErrorDetail>).detail).to.include({ code: 'src-load', source: 'src' });
      await provider.loadComplete;
      expect(provider.portfolio.people).to.deep.equal([]);
    });

    it('shows what it could not use in a notice in its language, lists it in `problems`, and drops a line once it is fixed', async () => {
      const provider = document.createElement('kompetenz-provider');
      provider.setAttribute('lang', 'de');
      provider.setAttribute('storage', 'nix');
      provider.setAttribute('today', '1.3.2025');
      provider.setAttribute('src', '/does-not-exist.json');
      host().append(provider);
      await provider.loadComplete;
      const lines = async () => {
        for (let i = 0; i < 3; i += 1) await provider.updateComplete;
        return [...provider.shadowRoot!.querySelectorAll('[part="notice"] li')].map((line) => line.textContent!.trim());
      };
      await waitUntil(async () => (await lines()).length === 3, 'three problems are shown');
      expect(await lines()).to.deep.equal([
        '„nix“ ist als storage nicht möglich (möglich: local, none, http); die Daten werden deshalb nirgends gespeichert, nur in diesem Fenster gehalten (none), bis storage korrigiert ist.',
        '„1.3.2025“ ist als today kein Datum der Form JJJJ-MM-TT; es gilt das heutige Datum.',
        'Die Daten unter „/does-not-exist.json“ konnten nicht geladen werden: Diese Adresse gibt es auf dem Server nicht (404).',
      ]);
      expect(provider.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain('3 Angaben konnten nicht verwendet werden');
      expect(provider.problems.map((problem) => [problem.code, problem.source])).to.deep.equal([
        ['invalid-storage', 'storage'],
        ['invalid-today', 'today'],
        ['src-load', 'src'],
      ]);
      await expectAccessible(provider.shadowRoot!.querySelector('[part="notice"]')!);

      provider.setAttribute('today', '2025-03-01');
      provider.setAttribute('storage', 'none');
      // The new storage loads again from the start, src included.
      await provider.loadComplete;
      await waitUntil(async () => (await lines()).length === 1, 'the fixed attributes leave the notice');
      expect(await lines()).to.deep.equal(['Die Daten unter „/does-not-exist.json“ konnten nicht geladen werden: Diese Adresse gibt es auf dem Server nicht (404).']);
      const invalid = parsePortfolio(await (await fetch('/demo/data/sample-portfolio.json')).text());
      provider.portfolio = { ...(invalid.ok ? invalid.value : provider.portfolio), people: [{ id: 'x', name: 'X', roleId: 'chef' }] } as Portfolio;
      await waitUntil(async () => (await lines()).length === 2, 'the refused portfolio is shown');
      expect((await lines()).at(-1)).to.match(/^Die übergebenen Daten wurden nicht übernommen: .*chef/);
      expect(provider.problems.map((problem) => problem.code)).to.include('invalid-portfolio');
    });

    it('never overwrites stored data it cannot read, until the page replaces it', async () => {
      const database = uniqueDb();
      const seed = new IndexedDbAdapter({ database });
      await seed.load();
      const unreadable = { format: 'kompetenzrad-portfolio', version: 99, people: [] };
      await seed.save(unreadable as unknown as Portfolio);
      const provider = document.createElement('kompetenz-provider');
      provider.setAttribute('store-name', database);
      provider.setAttribute('today', '2025-03-01');
      provider.setAttribute('src', '/demo/data/sample-portfolio.json');
      const errors = collect<KrErrorDetail>(provider, 'kr-error');
      host().append(provider);
      await provider.loadComplete;
      expect(errors.map((e) => e.code)).to.deep.equal(['storage-invalid']);
      expect(errors[0]!.message).to.include('version');
      expect(provider.portfolio.people.length).to.be.greaterThan(0, 'src is used instead');

      provider.dispatchEvent(levelChange(3));
      await provider.saveComplete;
      expect(provider.portfolio.assessments.at(-1)!.date).to.equal('2025-03-01');
      expect(await seed.load()).to.deep.equal(unreadable, 'an edit does not overwrite it');

      provider.importPortfolio(JSON.stringify(portfolio()));
      await provider.saveComplete;
      expect(await seed.load()).to.deep.equal(portfolio(), 'an import does');
      seed.close();
    });

    it('names a web page sent instead of the document (a sign-in or error page)', async () => {
      const provider = document.createElement('kompetenz-provider');
      provider.setAttribute('storage', 'none');
      provider.setAttribute('src', '/test/pages/missing-chunks.html');
      host().append(provider);
      await provider.loadComplete;
      await waitUntil(async () => (await noticeOf(provider)).includes('Web-Seite'), 'the notice names the web page');
      expect(await noticeOf(provider)).to.contain('Die Datei unter „/test/pages/missing-chunks.html“ ist kein gültiges Portfolio: Der Text ist eine Web-Seite (HTML), kein Portfolio');
      expect(provider.problems.map((problem) => problem.code)).to.deep.equal(['src-invalid']);
    });

    it('reports a bad storage or today attribute and goes on with the defaults; a bad storage keeps nothing in the browser', async () => {
      const provider = document.createElement('kompetenz-provider');
      const database = uniqueDb();
      provider.setAttribute('storage', 'keine');
      provider.setAttribute('store-name', database);
      provider.setAttribute('today', '2025-02-30');
      provider.append(document.createElement('kr-test-consumer'));
      const errors = collect<KrErrorDetail>(provider, 'kr-error');
      host().append(provider);
      await provider.loadComplete;
      await provider.updateComplete;
      expect(errors.map((e) => [e.code, e.source])).to.deep.equal([
        ['invalid-storage', 'storage'],
        ['invalid-today', 'today'],
      ]);
      expect((provider.firstElementChild as TestConsumer).value!.today).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect((provider.firstElementChild as TestConsumer).value!.today).not.to.equal('2025-02-30');
      provider.portfolio = portfolio();
      await provider.saveComplete;
      expect(provider.portfolio.people).to.have.length(2, 'kept in this window');
      expect((await indexedDB.databases()).map((known) => known.name), 'no database in the browser').not.to.include(database);
    });

    it('prefers stored data over src', async () => {
      const database = uniqueDb();
      const adapter = new IndexedDbAdapter({ database });
      await adapter.load();
      await adapter.save(portfolio());
      adapter.close();
      const provider = await fixture<KompetenzProvider>(
        html`<kompetenz-provider store-name=${database} src="/demo/data/sample-portfolio.json"></kompetenz-provider>`,
      );
      await provider.loadComplete;
      expect(provider.portfolio).to.deep.equal(portfolio());
    });

    describe('src is requested while the storage is asked', () => {
      /** An adapter whose load answers only when the test says so; and the requests of `src` the page makes meanwhile. */
      function slowStorage(): { adapter: StorageAdapter; answer: (stored: unknown) => void; requests: { url: string; signal?: AbortSignal | null }[]; stop: () => void } {
        let answer: (stored: unknown) => void = () => undefined;
        const stored = new Promise<unknown>((resolve) => (answer = resolve));
        const adapter: StorageAdapter = { load: () => stored, save: () => Promise.resolve(), clear: () => Promise.resolve() };
        const requests: { url: string; signal?: AbortSignal | null }[] = [];
        const original = window.fetch;
        window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
          requests.push({ url: String(input), signal: init?.signal });
          return original(input, init);
        };
        return { adapter, answer, requests, stop: () => (window.fetch = original) };
      }

      function providerWithSrc(adapter: StorageAdapter): KompetenzProvider {
        const provider = document.createElement('kompetenz-provider');
        provider.storageAdapter = adapter;
        provider.setAttribute('src', '/demo/data/sample-portfolio.json');
        host().append(provider);
        return provider;
      }

      it('and used when the storage holds nothing', async () => {
        const { adapter, answer, requests, stop } = slowStorage();
        try {
          const provider = providerWithSrc(adapter);
          await waitUntil(() => requests.length === 1, 'src is requested before the storage answers');
          expect(requests[0]!.url).to.match(/\/demo\/data\/sample-portfolio\.json$/);
          answer(undefined);
          await provider.loadComplete;
          expect(requests).to.have.length(1, 'the early request is the one read');
          expect(requests[0]!.signal!.aborted).to.be.false;
          expect(provider.portfolio.people.length).to.be.greaterThan(0);
        } finally {
          stop();
        }
      });

      it('and cancelled when the storage holds a document, which is loaded', async () => {
        const { adapter, answer, requests, stop } = slowStorage();
        try {
          const provider = providerWithSrc(adapter);
          const errors = collect<KrErrorDetail>(provider, 'kr-error');
          await waitUntil(() => requests.length === 1, 'src is requested before the storage answers');
          answer(portfolio());
          await provider.loadComplete;
          expect(requests[0]!.signal!.aborted).to.be.true;
          expect(provider.portfolio).to.deep.equal(portfolio());
          expect(errors).to.deep.equal([]);
        } finally {
          stop();
        }
      });

      for (const stored of [portfolio(), undefined]) {
        it(`reads src no second time when an update reports the same src as changed (a framework that sets it again)${stored ? ', and keeps the stored data' : ''}`, async () => {
          const { adapter, answer, requests, stop } = slowStorage();
          const saved: unknown[] = [];
          adapter.save = (document) => {
            saved.push(document);
            return Promise.resolve();
          };
          try {
            const provider = document.createElement('kompetenz-provider');
            const changes = collect<{ reason: string }>(provider, 'kr-portfolio-change');
            provider.storageAdapter = adapter;
            provider.setAttribute('src', '/demo/data/sample-portfolio.json');
            host().append(provider);
            await waitUntil(() => requests.length === 1, 'src is requested before the storage answers');
            answer(stored);
            await provider.loadComplete;
            const loaded = provider.portfolio;
            provider.removeAttribute('src');
            provider.setAttribute('src', '/demo/data/sample-portfolio.json');
            await provider.updateComplete;
            await provider.saveComplete;
            await new Promise((resolve) => setTimeout(resolve, 50));
            expect(requests, 'src is requested once').to.have.length(1);
            expect(provider.portfolio, 'the loaded state stays').to.equal(loaded);
            if (stored) expect(provider.portfolio).to.deep.equal(stored);
            expect(saved, 'nothing is stored over what was loaded').to.deep.equal([]);
            expect(changes.map((change) => change.reason)).to.deep.equal(['load']);
          } finally {
            stop();
          }
        });
      }

      it('and its failure is reported only when src is needed', async () => {
        const { adapter, answer, requests, stop } = slowStorage();
        try {
          const provider = document.createElement('kompetenz-provider');
          provider.storageAdapter = adapter;
          provider.setAttribute('src', '/does-not-exist.json');
          const errors = collect<KrErrorDetail>(provider, 'kr-error');
          host().append(provider);
          await waitUntil(() => requests.length === 1);
          answer(portfolio());
          await provider.loadComplete;
          expect(errors).to.deep.equal([], 'stored data is used: the missing src does not matter');
          expect(provider.portfolio).to.deep.equal(portfolio());
        } finally {
          stop();
        }
      });
    });
  });

  describe('storage in IndexedDB', () => {
    it('keeps the data across a reload of the page', async () => {
      const database = uniqueDb();
      const first = await fixture<KompetenzProvider>(html`<kompetenz-provider store-name=${database} today="2025-03-01"></kompetenz-provider>`);
      await first.loadComplete;
      expect(first.portfolio.people).to.deep.equal([]);
      first.portfolio = portfolio();
      first.dispatchEvent(levelChange(3));
      await first.saveComplete;
      const saved = first.portfolio;
      first.remove();

      const second = await fixture<KompetenzProvider>(html`<kompetenz-provider store-name=${database}></kompetenz-provider>`);
      const reasons = collect<KrPortfolioChangeDetail>(second, 'kr-portfolio-change');
      await second.loadComplete;
      expect(second.portfolio).to.deep.equal(saved);
      expect(second.portfolio.assessments.at(-1)!.levels.daten).to.equal(3);
      expect(reasons.map((r) => r.reason)).to.deep.equal(['load']);
    });

    it('gives a stored portfolio an installation id when a widget first asks for one, stores it and keeps it', async () => {
      const database = uniqueDb();
      const first = await fixture<KompetenzProvider>(html`<kompetenz-provider store-name=${database} today="2025-03-01"></kompetenz-provider>`);
      await first.loadComplete;
      first.portfolio = portfolio();
      await first.saveComplete;
      expect(first.portfolio.installationId, 'none until asked for').to.equal(undefined);
      const changes = collect<KrPortfolioChangeDetail>(first, 'kr-portfolio-change');
      const inside = document.createElement('span');
      first.append(inside);
      const id = requestInstallationId(inside)!;
      expect(id).to.match(/^[0-9a-f]{32}$/);
      expect(first.portfolio.installationId).to.equal(id);
      expect(requestInstallationId(inside)).to.equal(id, 'made once');
      expect(changes).to.deep.equal([], 'nothing of the page changed');
      await first.saveComplete;
      first.remove();

      const second = await fixture<KompetenzProvider>(html`<kompetenz-provider store-name=${database}><span></span></kompetenz-provider>`);
      await second.loadComplete;
      expect(second.portfolio.installationId).to.equal(id, 'stored with the data');
      expect(requestInstallationId(second.querySelector('span')!)).to.equal(id);
      expect(JSON.parse(second.exportPortfolio()).installationId).to.equal(id);
      second.remove();

      const memory = await fixture<KompetenzProvider>(html`<kompetenz-provider storage="none"><span></span></kompetenz-provider>`);
      await memory.loadComplete;
      memory.portfolio = portfolio();
      expect(requestInstallationId(memory.querySelector('span')!), 'kept in memory only: no id to keep stable').to.equal(undefined);
      expect(memory.portfolio.installationId).to.equal(undefined);
      expect(requestInstallationId(document.body), 'no provider').to.equal(undefined);
    });

    it('clear() deletes everything stored and empties the portfolio', async () => {
      const database = uniqueDb();
      const provider = await fixture<KompetenzProvider>(html`<kompetenz-provider store-name=${database}></kompetenz-provider>`);
      await provider.loadComplete;
      provider.portfolio = portfolio();
      await provider.saveComplete;
      const probe = new IndexedDbAdapter({ database });
      expect(await probe.load()).to.deep.equal(portfolio());

      const changed = oneEvent(provider, 'kr-portfolio-change');
      await provider.clear();
      expect(((await changed) as CustomEvent<KrPortfolioChangeDetail>).detail.reason).to.equal('clear');
      expect(await probe.load()).to.be.undefined;
      probe.close();
      expect(provider.portfolio.people).to.deep.equal([]);
      expect(await statusOf(provider)).to.include('gelöscht');

      provider.remove();
      const reopened = await fixture<KompetenzProvider>(html`<kompetenz-provider store-name=${database}></kompetenz-provider>`);
      await reopened.loadComplete;
      expect(reopened.portfolio.people).to.deep.equal([]);
    });

    it('loads what another tab saved, and announces it', async () => {
      const database = uniqueDb();
      const wrapper = await mount(html`<div>
        <kompetenz-provider id="a" store-name=${database} today="2025-03-01"></kompetenz-provider>
        <kompetenz-provider id="b" store-name=${database} today="2025-03-01"><kr-test-consumer></kr-test-consumer></kompetenz-provider>
      </div>`);
      const [a, b] = [...wrapper.querySelectorAll('kompetenz-provider')];
      await a!.loadComplete;
      await b!.loadComplete;
      const external = oneEvent(b!, 'kr-portfolio-change');
      a!.portfolio = portfolio();
      const { detail } = (await external) as CustomEvent<KrPortfolioChangeDetail>;
      expect(detail.reason).to.equal('external');
      expect(b!.portfolio).to.deep.equal(a!.portfolio);
      expect(await statusOf(b!)).to.include('anderen Fenster');
      const consumer = b!.querySelector('kr-test-consumer') as TestConsumer;
      await settle(b!, consumer);
      expect(consumer.value!.portfolio).to.equal(b!.portfolio);

      // B edits on top of the newer state; A follows.
      const back = oneEvent(a!, 'kr-portfolio-change');
      consumer.dispatchEvent(levelChange(0));
      expect(((await back) as CustomEvent<KrPortfolioChangeDetail>).detail.reason).to.equal('external');
      expect(a!.portfolio.assessments.at(-1)!.levels.daten).to.equal(0);
    });

    it('merges the change of a tab that meets a newer revision onto it, so both changes are stored', async () => {
      const database = uniqueDb();
      const seed = new IndexedDbAdapter({ database });
      await seed.load();
      await seed.save(portfolio());
      seed.close();
      const wrapper = await mount(html`<div>
        <kompetenz-provider store-name=${database} today="2025-03-01"></kompetenz-provider>
        <kompetenz-provider store-name=${database} today="2025-03-01"></kompetenz-provider>
      </div>`);
      const tabs = [...wrapper.querySelectorAll('kompetenz-provider')];
      for (const tab of tabs) await tab.loadComplete;
      const errors = tabs.map((tab) => collect<KrErrorDetail>(tab, 'kr-error'));
      const changes = tabs.map((tab) => collect<KrPortfolioChangeDetail>(tab, 'kr-portfolio-change'));

      // Both tabs change the same assessment before either hears of the other.
      tabs[0]!.dispatchEvent(levelChange(3, 'daten'));
      tabs[1]!.dispatchEvent(levelChange(0, 'technik'));
      const merger = await waitUntilMerged(changes);
      const probe = new IndexedDbAdapter({ database });
      const both = (p: Portfolio | undefined) => JSON.stringify(p?.assessments.at(-1)?.levels) === JSON.stringify({ technik: 0, daten: 3 });
      await waitUntil(async () => both((await probe.load()) as Portfolio) && tabs.every((tab) => both(tab.portfolio)), 'both changes are stored and shown in both tabs', patiently);
      probe.close();
      expect(errors.flat()).to.deep.equal([]);
      expect(changes[merger]!.map((c) => c.reason)).to.deep.equal(['edit', 'merge']);
      expect(changes[1 - merger]!.map((c) => c.reason)).to.deep.equal(['edit', 'external']);
      expect(tabs.every((tab) => tab.conflicts.length === 0)).to.be.true;
      expect(await statusOf(tabs[merger]!)).to.include('zusammengeführt');
    });
  });

  describe('kr-error once per distinct problem', () => {
    const noPeople = (): Portfolio => ({ ...portfolio(), people: [], assessments: [] });
    const select = (personId: unknown) => new CustomEvent('kr-select', { bubbles: true, composed: true, detail: { personId } });

    it('reports a rating refused for want of a person once, and again after a person came and went', async () => {
      // The wheel offers no rating without a person (it says so); a widget of the page's own may still send one.
      const provider = await fixture<KompetenzProvider>(html`<kompetenz-provider storage="none" today="2025-03-01"><kompetenz-rad editable></kompetenz-rad><div></div></kompetenz-provider>`);
      await provider.loadComplete;
      const wheel = provider.querySelector('kompetenz-rad')!;
      await settle(provider);
      await wheel.updateComplete;
      expect(wheel.shadowRoot!.querySelector('[part="no-person"]'), 'the wheel says why it takes no rating').to.not.equal(null);
      const errors = collect<KrErrorDetail>(provider, 'kr-error');
      const widget = provider.querySelector('div')!;
      const press = async (times: number) => {
        for (let i = 0; i < times; i += 1) {
          widget.dispatchEvent(new CustomEvent('kr-level-change', { detail: { competencyId: 'daten', level: 1, previous: 0, series: 'self' }, bubbles: true, composed: true }));
          await settle(provider);
        }
      };
      await press(5);
      expect(errors.map((e) => [e.code, e.source])).to.deep.equal([['no-person', 'kr-level-change']]);
      expect(provider.portfolio.assessments).to.deep.equal([]);

      provider.portfolio = portfolio();
      provider.portfolio = noPeople();
      await settle(provider);
      await wheel.updateComplete;
      await press(3);
      expect(errors.map((e) => e.code)).to.deep.equal(['no-person', 'no-person'], 'reported again once, after the people changed');
      expect(errors[1]).to.deep.equal(errors[0], 'the same detail shape');
    });

    it('reports each distinct problem once, however often it recurs', async () => {
      const { provider, consumer } = await memoryProvider();
      const errors = collect<KrErrorDetail>(provider, 'kr-error');
      for (let i = 0; i < 3; i += 1) {
        consumer.dispatchEvent(levelChange(7));
        consumer.dispatchEvent(select('nobody'));
        consumer.dispatchEvent(select('ghost'));
        consumer.dispatchEvent(new CustomEvent('kr-level-change', { bubbles: true, composed: true, detail: null }));
      }
      await settle(provider, consumer);
      expect(errors.map((e) => [e.code, e.source])).to.deep.equal([
        ['level', 'kr-level-change'],
        ['unknown-person', 'kr-select'],
        ['unknown-person', 'kr-select'],
        ['invalid-event', 'kr-level-change'],
      ]);
      expect(errors[1]!.message).to.include('nobody');
      expect(errors[2]!.message).to.include('ghost');

      consumer.dispatchEvent(levelChange(3));
      consumer.dispatchEvent(select('nobody'));
      expect(errors, 'an edit does not make an unknown person known').to.have.length(4);
      provider.importPortfolio(JSON.stringify(portfolio()));
      consumer.dispatchEvent(select('nobody'));
      consumer.dispatchEvent(select('nobody'));
      expect(errors.map((e) => e.code)).to.deep.equal(['level', 'unknown-person', 'unknown-person', 'invalid-event', 'unknown-person'], 'once more after the import');
    });

    it('reports a bad attribute once while it stays, and again after it was changed', async () => {
      const { provider, consumer } = await memoryProvider();
      const errors = collect<KrErrorDetail>(provider, 'kr-error');
      provider.setAttribute('person', 'nobody');
      provider.setAttribute('today', '2025-02-30');
      await settle(provider);
      consumer.dispatchEvent(levelChange(3));
      consumer.dispatchEvent(levelChange(2));
      await settle(provider, consumer);
      expect(errors.map((e) => [e.code, e.source])).to.deep.equal([
        ['invalid-today', 'today'],
        ['unknown-person', 'person'],
        ['no-person', 'kr-level-change'],
      ]);
      expect(provider.portfolio.assessments, 'nobody is selected: the ratings went to no one').to.deep.equal(portfolio().assessments);

      provider.setAttribute('person', 'p2');
      provider.setAttribute('today', '2025-03-01');
      await settle(provider);
      provider.setAttribute('person', 'nobody');
      provider.setAttribute('today', '2025-02-30');
      await settle(provider);
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-today', 'unknown-person', 'no-person', 'invalid-today', 'unknown-person']);
      expect(consumer.value!.personId, 'an unknown person selects nobody').to.be.undefined;
    });

    it('takes a portfolio of undefined, null or an empty text as not given: no report, the data stay', async () => {
      const { provider, consumer } = await memoryProvider();
      const errors = collect<KrErrorDetail>(provider, 'kr-error');
      const before = provider.portfolio;
      const shown = consumer.value;
      for (const value of [undefined, null, '']) {
        provider.portfolio = value as never;
        await settle(provider, consumer);
        expect(provider.portfolio, String(value)).to.equal(before);
        expect(consumer.value, 'the widgets keep their value').to.equal(shown);
      }
      expect(errors).to.deep.equal([]);
      expect(provider.problems).to.deep.equal([]);
      expect(await noticeOf(provider)).to.equal('');

      // A refused value is no longer set once none is: its refusal goes, and the data stay.
      const bad = { ...portfolio(), people: [{ id: 'p1', name: 'X', roleId: 'koch' }] } as Portfolio;
      provider.portfolio = bad;
      expect(provider.problems.map((p) => p.code)).to.deep.equal(['invalid-portfolio']);
      provider.portfolio = undefined as never;
      expect(provider.problems).to.deep.equal([]);
      expect(await noticeOf(provider)).to.equal('');
      expect(provider.portfolio).to.equal(before);
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-portfolio']);
    });

    it('reports a refused portfolio value once until the portfolio is replaced', async () => {
      const { provider } = await memoryProvider();
      const errors = collect<KrErrorDetail>(provider, 'kr-error');
      const bad = { ...portfolio(), people: [{ id: 'p1', name: 'X', roleId: 'koch' }] } as Portfolio;
      provider.portfolio = bad;
      provider.portfolio = bad;
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-portfolio']);
      provider.portfolio = noPeople();
      provider.portfolio = bad;
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-portfolio', 'invalid-portfolio']);
      expect(provider.portfolio.people).to.deep.equal([]);
    });

    it('lists only the refusal of the value set last: an earlier one is about a value no longer set', async () => {
      const { provider } = await memoryProvider();
      provider.portfolio = { ...portfolio(), people: [{ id: 'p1', name: 'X', roleId: 'koch' }] } as Portfolio;
      provider.portfolio = 42 as unknown as Portfolio;
      await provider.updateComplete;
      expect(provider.problems.map((problem) => problem.code)).to.deep.equal(['invalid-portfolio']);
      expect(provider.problems[0].message).not.to.contain('koch');
      expect(provider.portfolio.people).to.have.length(2, 'nothing set was taken');
    });

    it('tells the caller of importPortfolio about every refused document', async () => {
      const { provider } = await memoryProvider();
      const before = provider.portfolio;
      const errors = collect<KrErrorDetail>(provider, 'kr-error');
      const text = '{"format": "kompetenzrad-portfolio", ';
      const first = provider.importPortfolio(text);
      expect(await statusOf(provider)).to.include('nicht importiert');
      const second = provider.importPortfolio(text);
      expect(first.ok).to.be.false;
      expect(second.ok).to.be.false;
      expect(!second.ok && !first.ok && second.errors).to.deep.equal(!first.ok && first.errors);
      expect(errors.map((e) => [e.code, e.source])).to.deep.equal([
        ['invalid-import', 'importPortfolio'],
        ['invalid-import', 'importPortfolio'],
      ]);
      expect(await statusOf(provider)).to.include('nicht importiert');
      expect(provider.portfolio).to.equal(before);
    });
  });

  describe('a portal’s own storage adapter', () => {
    it('keeps what is shown when the page switches the storage after the load (consent given later): merged with what the new place holds, and stored there', async () => {
      const provider = document.createElement('kompetenz-provider');
      provider.storage = 'none';
      provider.setAttribute('src', '/demo/data/sample-portfolio.json');
      host().append(provider);
      await provider.loadComplete;
      provider.portfolio = portfolio();
      const shown = provider.portfolio;
      const changes = collect<KrPortfolioChangeDetail>(provider, 'kr-portfolio-change');
      const errors = collect<KrErrorDetail>(provider, 'kr-error');
      const elsewhere: Portfolio = { ...portfolio(), people: [...portfolio().people, { id: 'p3', name: 'Ina Neu', roleId: 'cdo' }], assessments: portfolio().assessments.slice(1) };
      const saved: Portfolio[] = [];
      provider.storageAdapter = {
        load: () => Promise.resolve(elsewhere),
        save: (document) => {
          saved.push(document);
          return Promise.resolve();
        },
        clear: () => Promise.resolve(),
      };
      await provider.updateComplete;
      await provider.loadComplete;
      await provider.saveComplete;
      expect(provider.portfolio.people.map((person) => person.id)).to.deep.equal(['p1', 'p2', 'p3'], 'what was shown and what the new place holds');
      expect(provider.portfolio.assessments.map((assessment) => assessment.id)).to.have.members(['a1', 'a2']);
      expect(saved.at(-1)).to.deep.equal(provider.portfolio, 'and stored there');
      expect(changes.map((change) => change.reason)).to.deep.equal(['merge']);
      expect(errors).to.deep.equal([]);
      expect(await statusOf(provider)).to.include('Am neuen Speicherort lagen schon Daten').and.not.include('Fenster');

      provider.storageAdapter = undefined;
      await provider.updateComplete;
      await provider.loadComplete;
      await provider.saveComplete;
      expect(provider.portfolio.people.map((person) => person.id), 'back in memory only: nothing is read again from src').to.deep.equal(['p1', 'p2', 'p3']);
      expect(shown.people).to.have.length(2);
    });

    it('offers a choice where the new place of a moved portfolio holds other values, and says where they come from', async () => {
      const provider = document.createElement('kompetenz-provider');
      provider.storage = 'none';
      host().append(provider);
      await provider.loadComplete;
      provider.portfolio = portfolio();
      const elsewhere: Portfolio = { ...portfolio(), people: portfolio().people.map((person) => (person.id === 'p1' ? { ...person, name: 'Anders Genannt' } : person)) };
      provider.storageAdapter = { load: () => Promise.resolve(elsewhere), save: () => Promise.resolve(), clear: () => Promise.resolve() };
      await provider.updateComplete;
      await provider.loadComplete;
      await provider.saveComplete;
      expect(provider.conflicts.map((conflict) => conflict.source)).to.deep.equal(['storage']);
      expect(await statusOf(provider)).to.include('Am neuen Speicherort').and.include('wählen Sie');
    });

    class FlakyAdapter implements StorageAdapter {
      saves: Portfolio[] = [];
      failuresLeft = 1;
      constructor(private stored: Portfolio | undefined) {}
      async load() {
        return this.stored;
      }
      async save(next: Portfolio) {
        if (this.failuresLeft > 0) {
          this.failuresLeft -= 1;
          throw new Error('the server is not reachable');
        }
        this.stored = next;
        this.saves.push(next);
      }
      async clear() {
        this.stored = undefined;
      }
    }

    it('loads from it, reports a failed save and saves again with the next change', async () => {
      const adapter = new FlakyAdapter(portfolio());
      const provider = await fixture<KompetenzProvider>(html`<kompetenz-provider today="2025-03-01" .storageAdapter=${adapter}></kompetenz-provider>`);
      await provider.loadComplete;
      expect(provider.portfolio).to.deep.equal(portfolio());

      const failed = oneEvent(provider, 'kr-error');
      provider.dispatchEvent(levelChange(3, 'daten'));
      const { detail } = (await failed) as CustomEvent<KrErrorDetail>;
      expect(detail).to.include({ code: 'save-failed', source: 'storage' });
      expect(detail.message).to.include('not reachable');
      await provider.saveComplete;
      expect(adapter.saves).to.have.length(0);

      provider.dispatchEvent(levelChange(1, 'technik'));
      await provider.saveComplete;
      expect(adapter.saves.at(-1)).to.equal(provider.portfolio);
      const levels = adapter.saves.at(-1)!.assessments.at(-1)!.levels;
      expect(levels).to.deep.equal({ technik: 1, daten: 3 }, 'the change of the failed save was not dropped');
      expect(await statusOf(provider)).to.include('jetzt gespeichert');
    });

    it('reports a save that keeps failing once, and again after a save succeeded', async () => {
      const adapter = new FlakyAdapter(portfolio());
      adapter.failuresLeft = 3;
      const provider = await fixture<KompetenzProvider>(html`<kompetenz-provider today="2025-03-01" .storageAdapter=${adapter}></kompetenz-provider>`);
      await provider.loadComplete;
      const errors = collect<KrErrorDetail>(provider, 'kr-error');
      provider.dispatchEvent(levelChange(3, 'daten'));
      await provider.saveComplete;
      provider.dispatchEvent(levelChange(2, 'daten'));
      await provider.saveComplete;
      expect(errors.map((e) => e.code)).to.deep.equal(['save-failed']);

      adapter.failuresLeft = 0;
      provider.dispatchEvent(levelChange(1, 'technik'));
      await provider.saveComplete;
      expect(adapter.saves.at(-1)).to.equal(provider.portfolio, 'the retry logic still saves everything');

      adapter.failuresLeft = 1;
      provider.dispatchEvent(levelChange(0, 'technik'));
      await provider.saveComplete;
      expect(errors.map((e) => [e.code, e.source])).to.deep.equal([
        ['save-failed', 'storage'],
        ['save-failed', 'storage'],
      ]);
      expect(errors[1]).to.deep.equal(errors[0]);
    });

    it('stores nothing in IndexedDB when an adapter is given', async () => {
      const adapter = new FlakyAdapter(undefined);
      adapter.failuresLeft = 0;
      const opened: string[] = [];
      const open = indexedDB.open;
      indexedDB.open = function (this: IDBFactory, name: string, version?: number) {
        opened.push(name);
        return open.call(this, name, version);
      };
      try {
        const provider = await fixture<KompetenzProvider>(html`<kompetenz-provider .storageAdapter=${adapter} .portfolio=${portfolio()}></kompetenz-provider>`);
        await provider.loadComplete;
        await provider.saveComplete;
        provider.dispatchEvent(levelChange(3));
        await provider.saveComplete;
        expect(adapter.saves).to.have.length(2, 'the portfolio set by code, then the edit');
        expect(adapter.saves[0]).to.deep.equal(portfolio());
        expect(adapter.saves[1]).to.equal(provider.portfolio);
      } finally {
        indexedDB.open = open;
      }
      expect(opened).to.deep.equal([]);
    });
  });
});
