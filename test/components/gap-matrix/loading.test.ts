import { expect, fixture, html } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import '../../../src/define/gap-matrix.js';
import '../../../src/define/kompetenz-provider.js';
import type { KompetenzProvider } from '../../../src/components/kompetenz-provider/kompetenz-provider.js';
import { TeamModel } from '../../../src/components/gap-matrix/model/team.js';
import { DEFAULT_CATALOGUE } from '../../../src/domain/catalogue.js';
import { emptyPortfolio } from '../../../src/domain/portfolio.js';
import { DEFAULT_ROLES } from '../../../src/domain/roles.js';
import { generatePortfolio } from '../../../src/domain/sample.js';
import { kompetenzContext, type KompetenzContextValue } from '../../../src/internal/context.js';
import type { KrErrorDetail } from '../../../src/internal/events.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { slowStorage } from '../../helpers/slow-storage.js';
import { makeTeam } from './fixtures.js';
import { one, text, type GapMatrix } from './util.js';


const status = (el: GapMatrix) => el.shadowRoot!.querySelector<HTMLElement>("[part='status']");

describe('<gap-matrix> while its provider loads', () => {
  for (const mode of ['team', 'organisation', 'person'] as const) {
    it(`${mode} mode says the data are on their way, not that there is nobody, and draws the data once they are there`, async () => {
      const { adapter, answer } = slowStorage();
      const provider = await fixture<KompetenzProvider>(
        html`<kompetenz-provider today="2025-09-01" lang="de" .storageAdapter=${adapter}><gap-matrix mode=${mode}></gap-matrix></kompetenz-provider>`,
      );
      const el = provider.querySelector<GapMatrix>('gap-matrix')!;
      await el.updateComplete;
      expect(status(el)?.getAttribute('role'), 'a polite status').to.equal('status');
      expect(text(status(el))).to.equal('Daten werden geladen …');
      expect(el.shadowRoot!.querySelector('[role=grid]'), 'no empty grid').to.equal(null);
      // Nothing is built for a note: the first task of a page that loads a large document is long enough.
      expect((el as unknown as { analysis: { model: unknown } }).analysis.model, 'no team model of nobody').to.equal(undefined);
      await expectAccessible(el);

      answer(generatePortfolio({ seed: 7, people: 40, today: '2025-09-01' }));
      await provider.loadComplete;
      await provider.updateComplete;
      await el.updateComplete;
      await el.analysisComplete;
      expect(el.shadowRoot!.querySelector('[role=grid]'), 'the data are drawn').to.not.equal(null);
      expect(text(status(el))).to.not.equal('Daten werden geladen …');
    });
  }

  it('a filter-department that none of the people read so far has is not reported while the rest is on its way', async () => {
    const { people, assessments } = makeTeam(16);
    // The first person works in the Bauamt; the filter names a department only later people have.
    const value: KompetenzContextValue = { portfolio: emptyPortfolio(), catalogue: DEFAULT_CATALOGUE, roles: DEFAULT_ROLES, lang: 'de', personId: undefined, today: '2025-09-01', loading: true, arriving: people.slice(0, 1) };
    const errors: KrErrorDetail[] = [];
    const host = await fixture<HTMLDivElement>(html`<div style="width: 900px" @kr-error=${(event: CustomEvent<KrErrorDetail>) => errors.push(event.detail)}></div>`);
    const provider = new ContextProvider(host, { context: kompetenzContext, initialValue: value });
    const el = document.createElement('gap-matrix') as GapMatrix;
    el.setAttribute('mode', 'team');
    el.setAttribute('filter-department', 'Bauamt');
    host.append(el);
    await el.updateComplete;
    await el.updateComplete;
    const rows = () => el.shadowRoot!.querySelectorAll('.team .body > .row');
    expect(rows(), 'the person read so far is drawn').to.have.length(1);
    expect(rows()[0].querySelectorAll('.pending').length, 'pending').to.be.above(0);
    el.setAttribute('filter-department', 'Jugendamt');
    await el.updateComplete;
    expect(rows(), 'nobody read so far is in the Jugendamt').to.have.length(0);
    expect(errors.map((error) => error.code)).to.deep.equal([]);

    provider.setValue({ ...value, portfolio: { ...emptyPortfolio(), people, assessments }, loading: false, arriving: undefined });
    await el.updateComplete;
    await el.analysisComplete;
    expect(errors.map((error) => error.code), 'the department is there once everyone is').to.deep.equal([]);
    expect(rows().length).to.equal(people.filter((person) => person.department === 'Jugendamt').length);

    // Once everyone is there, a department nobody has is reported as before.
    el.setAttribute('filter-department', 'Nirgendwo');
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(errors.map((error) => [error.code, error.source])).to.deep.equal([['unknown-department', 'filter-department']]);
  });

  it('an empty store ends the wait with the usual note', async () => {
    const { adapter, answer } = slowStorage();
    const provider = await fixture<KompetenzProvider>(html`<kompetenz-provider today="2025-09-01" lang="en" .storageAdapter=${adapter}><gap-matrix mode="team"></gap-matrix></kompetenz-provider>`);
    const el = provider.querySelector<GapMatrix>('gap-matrix')!;
    await el.updateComplete;
    expect(text(status(el))).to.equal('Loading data …');
    answer(undefined);
    await provider.loadComplete;
    await provider.updateComplete;
    await el.updateComplete;
    expect(text(status(el))).to.not.equal('Loading data …');
  });

  it('a portfolio set by the page is drawn at once, and a matrix without a provider never waits', async () => {
    const { adapter, answer } = slowStorage();
    const portfolio = generatePortfolio({ seed: 7, people: 10, today: '2025-09-01' });
    const provider = await fixture<KompetenzProvider>(
      html`<kompetenz-provider today="2025-09-01" .storageAdapter=${adapter} .portfolio=${portfolio}><gap-matrix mode="team"></gap-matrix></kompetenz-provider>`,
    );
    const inside = provider.querySelector<GapMatrix>('gap-matrix')!;
    await inside.updateComplete;
    expect(one(inside, '[role=grid]')).to.exist;
    // Let the load end, so the change is saved and leaving the page asks nothing.
    answer(undefined);
    await provider.loadComplete;
    await provider.saveComplete;
    const alone = await fixture<GapMatrix>(html`<gap-matrix mode="team" .people=${[]}></gap-matrix>`);
    expect(text(status(alone))).to.not.equal('Daten werden geladen …');
  });
});

describe('<gap-matrix> with a large team from its provider', () => {
  const large = generatePortfolio({ seed: 11, people: 2_000, today: '2025-09-01' });

  it('builds the team in a task of its own after the one that brought the data, saying meanwhile that the data are on their way', async () => {
    const { adapter, answer } = slowStorage();
    const provider = await fixture<KompetenzProvider>(html`<kompetenz-provider today="2025-09-01" lang="de" .storageAdapter=${adapter}><gap-matrix mode="team"></gap-matrix></kompetenz-provider>`);
    const el = provider.querySelector<GapMatrix>('gap-matrix')!;
    await el.updateComplete;
    answer(large);
    await provider.loadComplete;
    await provider.updateComplete;
    await el.updateComplete;
    // The update of the task that brought the data: no grid yet, and nothing that says nobody is there.
    expect(el.shadowRoot!.querySelector('[role=grid]')).to.equal(null);
    expect(text(status(el))).to.equal('Daten werden geladen …');
    await el.analysisComplete;
    expect(one(el, '[role=grid]')).to.exist;
    expect(text(status(el))).to.not.equal('Daten werden geladen …');
    await expectAccessible(el);
  });

  it('a large team set by the page is drawn in the update that got it', async () => {
    const el = await fixture<GapMatrix>(html`<gap-matrix mode="team" today="2025-09-01" .people=${large.people} .assessments=${large.assessments}></gap-matrix>`);
    await el.updateComplete;
    expect(one(el, '[role=grid]')).to.exist;
  });

  it('the end of the analysis is drawn in a task of its own; a matrix taken out of the page just then still gets that update when it is back', async () => {
    const el = await fixture<GapMatrix>(html`<gap-matrix mode="team" today="2025-09-01" .people=${large.people} .assessments=${large.assessments}></gap-matrix>`);
    const parent = el.parentElement!;
    const work = TeamModel.prototype.work;
    let completed = false;
    TeamModel.prototype.work = function (this: TeamModel, ms: number) {
      const done = work.call(this, ms);
      if (done && !completed) {
        completed = true;
        // Out of the page right after the task that finished the analysis, before the task that draws it.
        queueMicrotask(() => el.remove());
      }
      return done;
    };
    // The first competency's cell of the distribution row: `…` until the end of the analysis is drawn.
    const summary = () => text(one(el, "[part='summary-row'] [role='gridcell'][data-col='3']"));
    try {
      while (!completed) await new Promise((resolve) => setTimeout(resolve, 5));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(summary(), 'taken out before the end was drawn').to.equal('…');
      parent.append(el);
      await el.analysisComplete;
      expect(summary()).to.not.equal('…');
    } finally {
      TeamModel.prototype.work = work;
    }
  });
});
