import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/define/kompetenz-provider.js';
import { IndexedDbAdapter, type KompetenzProvider, type KrConflictDetail, type KrPortfolioChangeDetail, type StorageAdapter } from '../../../src/define/kompetenz-provider.js';
import { DEFAULT_CATALOGUE } from '../../../src/domain/catalogue.js';
import { KompetenzradError } from '../../../src/domain/errors.js';
import { portfolioOfPeople } from '../../../src/domain/portfolio-of-people.js';
import { parsePortfolio } from '../../../src/domain/portfolio.js';
import { setAssessmentLevel } from '../../../src/domain/portfolio-edits.js';
import type { Portfolio } from '../../../src/domain/types.js';
import type { KrErrorDetail } from '../../../src/internal/events.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { collect, host, levelChange, patiently, portfolio, statusOf, uniqueDb } from './helpers.js';

const TODAY = '2025-03-01';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A server as a portal's adapter sees it: one document with a revision. */
class Server {
  revision = 0;
  constructor(public document: Portfolio | undefined) {}
  /** Another client stores a change. */
  write(change: (portfolio: Portfolio) => Portfolio): void {
    this.document = change(this.document!);
    this.revision += 1;
  }
}

/** One client's adapter: a save names the revision it read, and a newer one on the server is a conflict (like HTTP `If-Match`). */
class ClientAdapter implements StorageAdapter {
  private read = 0;
  conflicts = 0;
  constructor(private readonly server: Server) {}
  async load(): Promise<unknown> {
    this.read = this.server.revision;
    return this.server.document;
  }
  async save(next: Portfolio): Promise<void> {
    if (this.read !== this.server.revision) {
      this.conflicts += 1;
      throw Object.assign(new Error('412 Precondition Failed'), { code: 'conflict' });
    }
    this.server.document = next;
    this.read = this.server.revision += 1;
  }
  async clear(): Promise<void> {
    this.server.document = undefined;
    this.read = this.server.revision += 1;
  }
}

interface Watched {
  provider: KompetenzProvider;
  errors: KrErrorDetail[];
  changes: KrPortfolioChangeDetail[];
  conflicts: KrConflictDetail[];
}

function watch(provider: KompetenzProvider): Watched {
  return { provider, errors: collect(provider, 'kr-error'), changes: collect(provider, 'kr-portfolio-change'), conflicts: collect(provider, 'kr-conflict') };
}

async function providerOn(setup: (provider: KompetenzProvider) => void): Promise<Watched> {
  const provider = document.createElement('kompetenz-provider');
  provider.setAttribute('today', TODAY);
  setup(provider);
  const watched = watch(provider);
  host().append(provider);
  await provider.loadComplete;
  return watched;
}

const selfLevels = (p: Portfolio | undefined) => p?.assessments.find((a) => a.id === `p1.self.${TODAY}`)?.levels ?? {};
const rated = (level: number) => (p: Portfolio) => setAssessmentLevel(p, { personId: 'p1', rater: 'self', competencyId: 'daten', level: level as 0, today: TODAY });

describe('<kompetenz-provider> never drops a local change', () => {
  it('two tabs, 10 edits each 15 ms apart: all 20 are stored', async () => {
    const database = uniqueDb();
    const seed = new IndexedDbAdapter({ database });
    await seed.load();
    await seed.save(portfolio());
    seed.close();
    const tabs = await Promise.all([0, 1].map(() => providerOn((p) => p.setAttribute('store-name', database))));
    const ids = DEFAULT_CATALOGUE.competencies.map((c) => c.id);
    // Both tabs rate the same person on the same day (one assessment), each on its own ten competencies.
    const expected: Record<string, number> = {};
    for (let i = 0; i < 10; i += 1) {
      tabs[0]!.provider.dispatchEvent(levelChange(3, ids[i]));
      tabs[1]!.provider.dispatchEvent(levelChange(0, ids[10 + i]));
      expected[ids[i]!] = 3;
      expected[ids[10 + i]!] = 0;
      await pause(15);
    }
    const probe = new IndexedDbAdapter({ database });
    const complete = (p: Portfolio | undefined) => Object.entries(expected).every(([id, level]) => selfLevels(p)[id] === level);
    await waitUntil(async () => complete((await probe.load()) as Portfolio) && tabs.every((tab) => complete(tab.provider.portfolio)), 'all 20 edits are stored and shown', patiently);
    probe.close();
    expect(tabs.flatMap((tab) => tab.errors)).to.deep.equal([], 'no edit is dropped with a conflict error');
    expect(tabs.flatMap((tab) => tab.conflicts)).to.deep.equal([], 'different competencies are no conflict');
  });

  it('merges onto what another client of a portal’s adapter stored (three-way, from the version loaded)', async () => {
    const server = new Server(portfolio());
    const adapter = new ClientAdapter(server);
    const { provider, errors, changes } = await providerOn((p) => (p.storageAdapter = adapter));
    // Meanwhile the line manager rates Max and removes an old self-assessment of Erika.
    server.write((p) => ({
      ...p,
      assessments: [...p.assessments.filter((a) => a.id !== 'a1'), { id: 'a3', personId: 'p2', rater: 'external', date: '2025-02-20', levels: { daten: 3 } }],
    }));
    provider.dispatchEvent(levelChange(2, 'technik'));
    await waitUntil(() => server.revision === 2, 'the merged document is saved', patiently);
    await provider.saveComplete;
    expect(adapter.conflicts).to.equal(1);
    expect(server.document!.assessments.map((a) => a.id)).to.deep.equal(['a2', `p1.self.${TODAY}`, 'a3'], 'their removal and addition, and my rating');
    expect(selfLevels(server.document).technik).to.equal(2);
    expect(server.document).to.deep.equal(provider.portfolio);
    expect(changes.map((c) => c.reason)).to.deep.equal(['load', 'edit', 'merge']);
    expect(errors).to.deep.equal([]);
  });

  describe('a value changed on both sides', () => {
    async function conflicted(): Promise<Watched & { server: Server }> {
      const server = new Server(portfolio());
      const watched = await providerOn((p) => (p.storageAdapter = new ClientAdapter(server)));
      server.write(rated(0));
      watched.provider.dispatchEvent(levelChange(3, 'daten'));
      await waitUntil(() => watched.conflicts.length > 0, 'kr-conflict fires', patiently);
      await watched.provider.saveComplete;
      return { ...watched, server };
    }

    it('keeps mine, saves it, and reports one kr-conflict with both values', async () => {
      const { provider, conflicts, errors, server } = await conflicted();
      expect(conflicts).to.have.length(1);
      // Both sides started the day's assessment since the base: there is no level both started from.
      const expected = { code: 'changed-both', entity: 'assessment', id: `p1.self.${TODAY}`, field: 'levels', key: 'daten', mine: 3, theirs: 0, source: 'storage' };
      expect(conflicts[0]).to.deep.equal({ conflicts: [expected], added: 1 });
      expect(provider.conflicts).to.deep.equal([expected]);
      expect(selfLevels(provider.portfolio).daten).to.equal(3);
      expect(selfLevels(server.document).daten).to.equal(3);
      expect(errors).to.deep.equal([]);
      expect(await statusOf(provider)).to.include('wählen Sie');
    });

    it('offers both values in an accessible list; a click makes the other one hold and saves it', async () => {
      const { provider, server, changes } = await conflicted();
      await provider.updateComplete;
      const list = provider.shadowRoot!.querySelector('[part="conflicts"]')!;
      expect(list).to.exist;
      const buttons = [...list.querySelectorAll<HTMLButtonElement>('[part="conflict-choice"]')];
      expect(buttons.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Ihre Version: Experte (3) (gilt jetzt)', 'Andere Version: keine Stufe (0)']);
      expect(list.textContent).to.include('Selbsteinschätzung von „Erika Muster“').and.include('Stufe „Daten');
      await expectAccessible(provider);
      buttons[1]!.click();
      await provider.saveComplete;
      await provider.updateComplete;
      expect(selfLevels(provider.portfolio).daten).to.equal(0);
      expect(selfLevels(server.document).daten).to.equal(0);
      expect(provider.conflicts).to.deep.equal([]);
      expect(changes.at(-1)!.reason).to.equal('edit');
      expect(provider.shadowRoot!.querySelector('[part="conflicts"]')).to.be.null;
      expect(await statusOf(provider)).to.include('übernommen');
    });

    it('leaves the list to a page that cancels kr-conflict, and resolves by method', async () => {
      const server = new Server(portfolio());
      const watched = await providerOn((p) => {
        p.storageAdapter = new ClientAdapter(server);
        p.addEventListener('kr-conflict', (event) => event.preventDefault());
      });
      const { provider, errors } = watched;
      server.write(rated(0));
      provider.dispatchEvent(levelChange(3, 'daten'));
      await waitUntil(() => provider.conflicts.length === 1, 'the conflict is open', patiently);
      await provider.updateComplete;
      expect(provider.shadowRoot!.querySelector('[part="conflicts"]')).to.be.null;
      expect(provider.resolveConflict(3, 'theirs')).to.be.false;
      expect(errors.map((e) => [e.code, e.source])).to.deep.equal([['unknown-conflict', 'resolveConflict']]);
      expect(provider.resolveConflict(0, 'mine')).to.be.true;
      expect(provider.conflicts).to.deep.equal([]);
      expect(selfLevels(provider.portfolio).daten).to.equal(3);
    });
  });
});

describe('<kompetenz-provider> files for sharing', () => {
  const managerFile = (): Portfolio => {
    const mine = portfolioOfPeople(portfolio(), ['p1']);
    return {
      ...mine,
      people: [{ ...mine.people[0]!, name: 'Erika Muster-Groß' }],
      assessments: [...mine.assessments, { id: 'a9', personId: 'p1', rater: 'external', raterRole: 'Führungskraft', date: '2025-02-28', levels: { daten: 3, technik: 1 } }],
    };
  };

  it('importPortfolio merge mode adds the line manager’s assessment and reports a differing value as kr-conflict', async () => {
    const { provider, changes, conflicts } = await providerOn((p) => {
      p.setAttribute('storage', 'none');
      p.portfolio = portfolio();
    });
    const result = provider.importPortfolio(JSON.stringify(managerFile()), { mode: 'merge' });
    expect(result.ok).to.be.true;
    expect(provider.portfolio.people.map((p) => [p.id, p.name])).to.deep.equal([
      ['p1', 'Erika Muster'],
      ['p2', 'Max Beispiel'],
    ]);
    expect(provider.portfolio.assessments.map((a) => a.id)).to.deep.equal(['a1', 'a2', 'a9']);
    expect(changes.at(-1)!.reason).to.equal('import');
    expect(conflicts.map((c) => c.conflicts)).to.deep.equal([
      [{ code: 'changed-both', entity: 'person', id: 'p1', field: 'name', mine: 'Erika Muster', theirs: 'Erika Muster-Groß', source: 'import' }],
    ]);
    await provider.saveComplete;
    await provider.updateComplete;
    expect(provider.shadowRoot!.querySelector('[part="conflicts"]')!.textContent).to.include('Aus der Datei: „Erika Muster-Groß“');
    expect(provider.resolveConflict(0, 'theirs')).to.be.true;
    expect(provider.portfolio.people[0]!.name).to.equal('Erika Muster-Groß');
    expect(await statusOf(provider)).to.include('übernommen');
  });

  it('merges one day’s self-assessment from a file level by level: a level only one copy has is kept, a differing one offered by its name', async () => {
    const rate = (p: Portfolio, competencyId: string, level: 0 | 1 | 2 | 3) => setAssessmentLevel(p, { personId: 'p1', rater: 'self', competencyId, level, today: TODAY });
    const sent = rate(portfolio(), 'daten', 3);
    const { provider, conflicts } = await providerOn((p) => {
      p.setAttribute('storage', 'none');
      // After sending the file she rated once more the same day, and lowered one level.
      p.portfolio = rate(rate(sent, 'kommunikation', 1), 'daten', 2);
    });
    expect(provider.importPortfolio(JSON.stringify(sent), { mode: 'merge' }).ok).to.be.true;
    const day = () => provider.portfolio.assessments.find((assessment) => assessment.id === `p1.self.${TODAY}`)!;
    expect(day().levels).to.include({ daten: 2, kommunikation: 1 });
    expect(conflicts.map((c) => c.conflicts)).to.deep.equal([
      [{ code: 'changed-both', entity: 'assessment', id: `p1.self.${TODAY}`, field: 'levels', key: 'daten', mine: 2, theirs: 3, source: 'import' }],
    ]);
    await provider.saveComplete;
    await provider.updateComplete;
    const listed = provider.shadowRoot!.querySelector('[part="conflicts"]')!.textContent!.replace(/\s+/g, ' ');
    expect(listed).to.include('Datenkompetenz').and.include('Bisher: Könner (2) (gilt jetzt)').and.include('Aus der Datei: Experte (3)');
    expect(provider.resolveConflict(0, 'theirs')).to.be.true;
    expect(day().levels).to.include({ daten: 3, kommunikation: 1 });
  });

  it('merges an import made before loading has finished into the stored data, not over it', async () => {
    let answer!: (value: unknown) => void;
    const adapter: StorageAdapter = { load: () => new Promise((resolve) => (answer = resolve)), save: async () => undefined, clear: async () => undefined };
    const provider = document.createElement('kompetenz-provider');
    provider.storageAdapter = adapter;
    host().append(provider);
    await provider.updateComplete;
    expect(provider.importPortfolio(JSON.stringify(managerFile()), { mode: 'merge' }).ok).to.be.true;
    answer(portfolio());
    await provider.loadComplete;
    await provider.saveComplete;
    expect(provider.portfolio.people.map((p) => p.id)).to.deep.equal(['p1', 'p2']);
    expect(provider.portfolio.assessments.map((a) => a.id)).to.deep.equal(['a1', 'a2', 'a9']);
  });

  it('refuses a merge import that does not fit, every time, and changes nothing', async () => {
    const { provider, errors } = await providerOn((p) => {
      p.setAttribute('storage', 'none');
      p.portfolio = portfolio();
    });
    const before = provider.portfolio;
    const result = provider.importPortfolio('{"format": "kompetenzrad-portfolio"', { mode: 'merge' });
    expect(result.ok).to.be.false;
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-import']);
    expect(provider.portfolio).to.equal(before);
  });

  it('exportPortfolio({ people }) writes only those people’s data', async () => {
    const { provider } = await providerOn((p) => {
      p.setAttribute('storage', 'none');
      p.portfolio = { ...portfolio(), assessments: [...portfolio().assessments, { id: 'a3', personId: 'p2', rater: 'self', date: '2025-01-10', levels: { daten: 2 } }] };
    });
    const read = parsePortfolio(provider.exportPortfolio({ people: ['p2'] }));
    expect(read.ok && read.value.people.map((p) => p.id)).to.deep.equal(['p2']);
    expect(read.ok && read.value.assessments.map((a) => a.id)).to.deep.equal(['a3']);
    expect(provider.exportPortfolio()).to.include('Erika Muster');
    expect(provider.exportPortfolio({ people: ['p2'] })).not.to.include('Erika');
    let thrown: unknown;
    try {
      provider.exportPortfolio({ people: ['nobody'] });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).to.be.instanceOf(KompetenzradError);
    expect((thrown as KompetenzradError).issues[0]!.code).to.equal('unknown-person');
    expect((thrown as KompetenzradError).issues[0]!.path, 'the option the caller wrote').to.equal('$options.people[0]');
    expect((thrown as KompetenzradError).message).to.equal('unknown-person at $options.people[0]');
  });

  it('exportPortfolio refuses an option it does not know (a misspelt people would export everyone) and people that is no list', async () => {
    const { provider } = await providerOn((p) => {
      p.setAttribute('storage', 'none');
      p.portfolio = portfolio();
    });
    const refused = (options: unknown) => {
      try {
        provider.exportPortfolio(options as never);
      } catch (error) {
        expect(error).to.be.instanceOf(KompetenzradError);
        return (error as KompetenzradError).issues.map((found) => `${found.path} ${found.code}`);
      }
      return [];
    };
    expect(refused({ person: 'p2' })).to.deep.equal(['$options.person unknown-key']);
    expect(refused({ people: 'p2' })).to.deep.equal(['$options.people type']);
    expect(refused({ people: ['p2', 'p-17', 7] })).to.deep.equal(['$options.people[1] unknown-person', '$options.people[2] type'], 'the ids named as the option, as its type is');
    expect(refused('p2')).to.deep.equal(['$options type']);
    expect(refused(null)).to.deep.equal([]);
    expect(parsePortfolio(provider.exportPortfolio({ people: ['p2'] })).ok).to.be.true;
  });

  it('importPortfolio refuses a mode it does not know (Merge replaced everything) and an unknown option, and changes nothing', async () => {
    const { provider, errors } = await providerOn((p) => {
      p.setAttribute('storage', 'none');
      p.portfolio = portfolio();
    });
    const before = provider.portfolio;
    const file = JSON.stringify(managerFile());
    const wrongMode = provider.importPortfolio(file, { mode: 'Merge' } as never);
    expect(wrongMode.ok).to.be.false;
    expect(!wrongMode.ok && wrongMode.errors.map((found) => `${found.path} ${found.code}`)).to.deep.equal(['$options.mode enum']);
    const unknown = provider.importPortfolio(file, { merge: true } as never);
    expect(!unknown.ok && unknown.errors.map((found) => `${found.path} ${found.code}`)).to.deep.equal(['$options.merge unknown-key']);
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-import', 'invalid-import']);
    expect(errors[0]!.message).to.contain('$options.mode');
    expect(provider.portfolio).to.equal(before);
    expect(provider.importPortfolio(file, { mode: 'merge' }).ok).to.be.true;
  });
});
