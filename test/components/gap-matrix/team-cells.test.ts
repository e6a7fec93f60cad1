import { expect, fixture, html } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { sendKeys } from '@web/test-runner-commands';
import { DEFAULT_CATALOGUE } from '../../../src/domain/catalogue.js';
import { emptyPortfolio } from '../../../src/domain/portfolio.js';
import { DEFAULT_ROLES } from '../../../src/domain/roles.js';
import type { Catalogue } from '../../../src/domain/types.js';
import { kompetenzContext, type KompetenzContextValue } from '../../../src/internal/context.js';
import { makeTeam } from './fixtures.js';
import { dataRows, focused, mount, one, scrollTo, type GapMatrix } from './util.js';
import '../../../src/define/gap-matrix.js';

/** The competency cells of team rows, written by the row's `teamCells` directive and changed in place. */

const LEAD = 3;

/** The `data-col` of each cell after the lead cells, per drawn row. */
const competencyCols = (el: GapMatrix) => dataRows(el).map((row) => [...row.querySelectorAll('[data-col]')].slice(LEAD).map((cell) => Number(cell.getAttribute('data-col'))));
const range = (from: number, count: number) => Array.from({ length: count }, (_, k) => from + k);

describe('<gap-matrix> team cells', () => {
  it('keeps one tab stop, on the focused cell, when the row that holds it scrolls away and back', async () => {
    const { people, assessments } = makeTeam(600);
    const { el } = await mount(html`<gap-matrix mode="team" .people=${people} .assessments=${assessments}></gap-matrix>`);
    await el.analysisComplete;
    await el.updateComplete;
    const rowHeight = dataRows(el)[0].offsetHeight;
    const cell = one(el, "[aria-rowindex='4'] > [data-col='9']");
    cell.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const tabStops = () => [...el.shadowRoot!.querySelectorAll("[role=grid] [tabindex='0']")];
    expect(tabStops()).to.have.length(1);
    for (const top of [400 * rowHeight, 590 * rowHeight, 0]) {
      await scrollTo(el, { top });
      expect(tabStops(), `after scrolling to ${top / rowHeight}`).to.have.length(1);
      const active = focused(el)!;
      expect([active.closest('[aria-rowindex]')!.getAttribute('aria-rowindex'), active.getAttribute('data-col')]).to.deep.equal(['4', '10']);
      expect(active.getAttribute('tabindex')).to.equal('0');
    }
    // The rows that showed other people meanwhile have no tab stop left behind.
    await scrollTo(el, { top: 300 * rowHeight });
    expect(tabStops()).to.have.length(1);
  });

  it('adds and removes cells when the catalogue has more or fewer competencies', async () => {
    const { people, assessments } = makeTeam(40);
    const { el } = await mount(html`<gap-matrix mode="team" .people=${people} .assessments=${assessments}></gap-matrix>`);
    await el.analysisComplete;
    await el.updateComplete;
    const width = DEFAULT_CATALOGUE.competencies.length;
    expect(competencyCols(el)[0]).to.deep.equal(range(LEAD, width));
    const wider: Catalogue = {
      ...DEFAULT_CATALOGUE,
      competencies: [...DEFAULT_CATALOGUE.competencies, { id: 'ki-kompetenz', category: DEFAULT_CATALOGUE.categories[0].id, label: { de: 'KI-Kompetenz', en: 'AI literacy' } }],
    };
    for (const [catalogue, count] of [[wider, width + 1], [DEFAULT_CATALOGUE, width]] as const) {
      el.catalogue = catalogue;
      await el.analysisComplete;
      await el.updateComplete;
      expect(one(el, '[role=grid]').getAttribute('aria-colcount')).to.equal(String(LEAD + count));
      for (const cols of competencyCols(el)) expect(cols).to.deep.equal(range(LEAD, count));
    }
    // Nobody has rated the new competency: its cells show the role's whole target as the gap, read out like any other cell.
    el.catalogue = wider;
    await el.analysisComplete;
    await el.updateComplete;
    const added = dataRows(el).map((row) => row.querySelector(`[data-col='${LEAD + width}']`)!);
    expect(added.every((cell) => cell.getAttribute('role') === 'gridcell' && cell.getAttribute('aria-label') !== null && cell.textContent !== '')).to.equal(true);
  });

  it('a row drawn while its person’s ratings were on their way shows the values in the same cells once they are there', async () => {
    const { people, assessments } = makeTeam(12);
    const value: KompetenzContextValue = { portfolio: emptyPortfolio(), catalogue: DEFAULT_CATALOGUE, roles: DEFAULT_ROLES, lang: 'de', personId: undefined, today: '2025-09-01', loading: true, arriving: people.slice(0, 4) };
    const host = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const provider = new ContextProvider(host, { context: kompetenzContext, initialValue: value });
    const el = document.createElement('gap-matrix') as GapMatrix;
    el.mode = 'team';
    host.append(el);
    await el.updateComplete;
    await el.updateComplete;
    const first = () => dataRows(el)[0];
    const cellsBefore = [...first().querySelectorAll<HTMLElement>('[data-col]')].slice(LEAD);
    expect(cellsBefore.map((cell) => [cell.className, cell.textContent])).to.deep.equal(cellsBefore.map(() => ['pending', '…']));

    provider.setValue({ ...value, portfolio: { ...emptyPortfolio(), people, assessments }, loading: false, arriving: undefined });
    await el.updateComplete;
    await el.analysisComplete;
    await el.updateComplete;
    const cellsAfter = [...first().querySelectorAll<HTMLElement>('[data-col]')].slice(LEAD);
    expect(first().getAttribute('data-person')).to.equal(people[0].id);
    expect(cellsAfter, 'the same cells').to.deep.equal(cellsBefore);
    expect(cellsAfter.filter((cell) => cell.className === 'pending' || cell.textContent === '…')).to.deep.equal([]);
    expect(cellsAfter.every((cell) => /^(g[0-3]|a[1-3])$/.test(cell.className) && cell.getAttribute('aria-label') !== 'Wert wird ermittelt')).to.equal(true);
  });
});
