// What a screen reader says for the grid's cells: the meaning in words (as Chromium's accessibility
// tree names them), never the bare symbol the cell shows ("+2", "✓", "−1", "3", "…", "–").
import { expect, fixture, html } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { a11ySnapshot } from '@web/test-runner-commands';
import { DEFAULT_CATALOGUE } from '../../../src/domain/catalogue.js';
import { emptyPortfolio } from '../../../src/domain/portfolio.js';
import { DEFAULT_ROLES } from '../../../src/domain/roles.js';
import { LEVEL_NAMES } from '../../../src/domain/scale.js';
import { kompetenzContext, type KompetenzContextValue } from '../../../src/internal/context.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { makeTeam, onePerson } from './fixtures.js';
import { all, dataRows, mount, one, scrollTo, text, type GapMatrix } from './util.js';

const LEAD = 3;
const WIDTH = DEFAULT_CATALOGUE.competencies.length;

/** The name of each visible symbol, per language. */
const NAMES = {
  de: {
    gap: { '+3': '3 Stufen aufzubauen', '+2': '2 Stufen aufzubauen', '+1': '1 Stufe aufzubauen', '✓': 'Soll erreicht', '−1': '1 Stufe über Soll', '−2': '2 Stufen über Soll', '−3': '3 Stufen über Soll' },
    level: { '0': 'Ist-Stufe 0, keine', '1': 'Ist-Stufe 1, Kenner', '2': 'Ist-Stufe 2, Könner', '3': 'Ist-Stufe 3, Experte' },
    pending: 'Wert wird ermittelt',
  },
  en: {
    gap: { '+3': '3 levels to build', '+2': '2 levels to build', '+1': '1 level to build', '✓': 'target met', '−1': '1 level above target', '−2': '2 levels above target', '−3': '3 levels above target' },
    level: { '0': 'actual level 0, none', '1': 'actual level 1, Knowledgeable', '2': 'actual level 2, Practitioner', '3': 'actual level 3, Expert' },
    pending: 'value being determined',
  },
} as const;

type Lang = keyof typeof NAMES;
type Kind = 'gap' | 'level';

interface AxNode {
  role?: string;
  name?: string;
  focused?: boolean;
  children?: AxNode[];
}

/** Chromium's accessibility tree (the interesting nodes), in document order. */
async function axNodes(): Promise<AxNode[]> {
  const flat = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(flat)];
  return flat((await a11ySnapshot({})) as unknown as AxNode);
}

/** The names of the competency cells of the row headed `rowName`, as the accessibility tree has them. */
function rowNames(nodes: readonly AxNode[], rowName: string): string[] {
  const start = nodes.findIndex((node) => node.role === 'rowheader' && node.name === rowName);
  expect(start, `a row headed ${rowName}`).to.be.at.least(0);
  return nodes
    .slice(start + 1)
    .filter((node) => node.role === 'gridcell')
    .slice(LEAD - 1, LEAD - 1 + WIDTH)
    .map((node) => node.name ?? '');
}

/** The competency cells of a drawn row, with the symbol each shows. */
function competencyCells(row: HTMLElement): HTMLElement[] {
  return Array.from(row.querySelectorAll<HTMLElement>('[role="gridcell"][data-col]')).filter((cell) => Number(cell.dataset.col) >= LEAD);
}

const nameOf = (lang: Lang, kind: Kind, shown: string): string => (shown === '…' ? NAMES[lang].pending : (NAMES[lang][kind] as Record<string, string>)[shown]);

/**
 * Every drawn competency cell is named for the symbol it shows, in the DOM and in the accessibility
 * tree; returns the symbols seen.
 */
async function expectNamed(el: GapMatrix, lang: Lang, kind: Kind): Promise<Set<string>> {
  const rows = dataRows(el);
  expect(rows.length).to.be.above(0);
  const seen = new Set<string>();
  for (const row of rows) {
    for (const cell of competencyCells(row)) {
      const shown = text(cell);
      seen.add(shown);
      expect(cell.getAttribute('aria-label'), `${row.dataset.person} col ${cell.dataset.col} shows ${shown}`).to.equal(nameOf(lang, kind, shown));
    }
  }
  const nodes = await axNodes();
  for (const row of [rows[0], rows[rows.length - 1]]) {
    const name = text(row.querySelector('[role="rowheader"]'));
    expect(rowNames(nodes, name), `what is read in the row of ${name}`).to.deep.equal(competencyCells(row).map((cell) => nameOf(lang, kind, text(cell))));
  }
  return seen;
}

async function team(count: number, lang: Lang, cells: 'gap' | 'actual' = 'gap') {
  const { people, assessments } = makeTeam(count);
  const { el } = await mount(html`<gap-matrix mode="team" lang=${lang} cells=${cells} .people=${people} .assessments=${assessments}></gap-matrix>`);
  await el.analysisComplete;
  await el.updateComplete;
  return el;
}

describe('<gap-matrix> cell names for screen readers', () => {
  for (const lang of ['de', 'en'] as const) {
    it(`the legend of actual levels (${lang}) names the levels as the cells and every other element do`, async () => {
      const el = await team(10, lang, 'actual');
      const legend = text(one(el, "[part='legend']"));
      for (const level of [1, 2, 3] as const) expect(legend, `level ${level}`).to.contain(`${level} ${LEVEL_NAMES[level][lang]}`);
    });

    it(`team gaps (${lang}): "+n", "✓" and "−n" are read as words, the symbols stay on screen`, async () => {
      const el = await team(60, lang);
      const seen = await expectNamed(el, lang, 'gap');
      expect([...seen].filter((shown) => shown === '✓' || /^[+−][1-3]$/.test(shown)), 'gaps only').to.have.length(seen.size);
      expect([...seen].some((shown) => shown.startsWith('+')) && seen.has('✓') && [...seen].some((shown) => shown.startsWith('−')), 'all three kinds drawn').to.equal(true);
      // The focused cell is read by its name.
      const cell = competencyCells(dataRows(el)[2])[4];
      cell.focus();
      const focused = (await axNodes()).find((node) => node.focused);
      expect(focused?.role).to.equal('gridcell');
      expect(focused?.name).to.equal(nameOf(lang, 'gap', text(cell)));
      await expectAccessible(el);
    });

    it(`team levels (${lang}): "0".."3" are read as the level and its name`, async () => {
      const el = await team(60, lang, 'actual');
      const seen = await expectNamed(el, lang, 'level');
      expect([...seen].sort()).to.deep.equal(['0', '1', '2', '3']);
      await expectAccessible(el);
    });
  }

  it('follows a change of language and of what the cells show', async () => {
    const el = await team(30, 'de');
    await expectNamed(el, 'de', 'gap');
    el.lang = 'en';
    await el.updateComplete;
    await el.updateComplete;
    await expectNamed(el, 'en', 'gap');
    el.cells = 'actual';
    await el.updateComplete;
    await expectNamed(el, 'en', 'level');
  });

  it('keeps the names right for the rows a scroll brings into view (10,000 people)', async () => {
    const el = await team(10_000, 'de');
    const scroller = one(el, "[part='scroller']");
    const firstRow = () => Number(dataRows(el)[0].getAttribute('aria-rowindex'));
    for (const top of [5_000 * 32, 5_000 * 32 + scroller.clientHeight, 9_990 * 32, 120 * 32]) {
      const before = firstRow();
      await scrollTo(el, { top });
      expect(firstRow(), `other rows after scrolling to ${top}`).to.not.equal(before);
      await expectNamed(el, 'de', 'gap');
    }
    el.cells = 'actual';
    await el.updateComplete;
    await scrollTo(el, { top: 7_000 * 32 });
    await expectNamed(el, 'de', 'level');
  });

  for (const lang of ['de', 'en'] as const) {
    it(`pending cells (${lang}): "…" says that the value is still to come`, async () => {
      const { people } = makeTeam(20);
      const host = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
      const value: KompetenzContextValue = {
        portfolio: emptyPortfolio(),
        catalogue: DEFAULT_CATALOGUE,
        roles: DEFAULT_ROLES,
        lang,
        personId: undefined,
        today: '2025-09-01',
        loading: true,
        arriving: people,
      };
      new ContextProvider(host, { context: kompetenzContext, initialValue: value });
      const el = document.createElement('gap-matrix') as GapMatrix;
      el.setAttribute('mode', 'team');
      el.lang = lang;
      host.append(el);
      await el.updateComplete;
      await el.updateComplete;
      const rows = dataRows(el);
      expect(rows.length).to.be.above(0);
      rows.forEach((row) => competencyCells(row).forEach((cell) => expect(cell.className).to.equal('pending')));
      const seen = await expectNamed(el, lang, 'gap');
      expect([...seen]).to.deep.equal(['…']);
      // The distribution row waits as well.
      const summary = Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>("[part='summary-row'] [role='gridcell']")).filter((cell) => Number(cell.dataset.col) >= LEAD);
      expect(summary.map(text)).to.deep.equal(Array(WIDTH).fill('…'));
      expect(summary.map((cell) => cell.getAttribute('aria-label'))).to.deep.equal(Array(WIDTH).fill(NAMES[lang].pending));
      await expectAccessible(el);
    });
  }

  it('person view from attributes: a rating without a date reads "ohne Datum" in the refresh column, no rating "nicht eingeschätzt"', async () => {
    const { el } = await mount(html`<gap-matrix target-role="cdo" actual='{"daten":2}' external='{"daten":1}'></gap-matrix>`);
    await el.updateComplete;
    const spoken = (id: string) => text(one(el, `[role='row'][data-competency='${id}'] [data-col='7'] .visually-hidden`));
    expect([spoken('daten'), spoken('technik')]).to.deep.equal(['ohne Datum', 'nicht eingeschätzt']);
    await expectAccessible(el);
  });

  it('person view: the refresh column reads "not rated" for its dash and leaves out the ⟳ mark', async () => {
    const { people, assessments } = onePerson();
    // Nobody ever rated "daten": its refresh cell shows a dash.
    const withoutDaten = assessments.map((assessment) => ({ ...assessment, levels: Object.fromEntries(Object.entries(assessment.levels).filter(([id]) => id !== 'daten')) }));
    for (const lang of ['de', 'en'] as const) {
      const { el } = await mount(html`<gap-matrix lang=${lang} person-id="anna" today="2030-06-01" .people=${people} .assessments=${withoutDaten}></gap-matrix>`);
      await el.updateComplete;
      const nodes = await axNodes();
      const kinds = new Set<string>();
      for (const row of all(el, "[role='row'][data-competency]")) {
        const header = text(row.querySelector("[role='rowheader']"));
        const start = nodes.findIndex((node) => node.role === 'rowheader' && node.name === header);
        // Headers with a break opportunity (a slash, a soft hyphen) are named differently: left out.
        if (start < 0) continue;
        const name = nodes.slice(start + 1).filter((node) => node.role === 'gridcell')[6]?.name ?? '';
        const cell = row.querySelector("[data-col='7']");
        const mark = text(cell?.querySelector("[aria-hidden='true']"));
        const seen = text(cell).replace(text(cell?.querySelector('.visually-hidden')), '').trim();
        if (mark === '–') expect(name, header).to.equal(lang === 'de' ? 'nicht eingeschätzt' : 'not rated');
        else if (mark === '⟳') expect(name, header).to.equal(seen.replace('⟳', '').trim());
        else expect(name, header).to.equal(seen);
        kinds.add(mark === '–' ? 'never' : mark === '⟳' ? 'due' : 'current');
      }
      expect([...kinds].sort(), 'a dash and a due date drawn').to.include.members(['due', 'never']);
      await expectAccessible(el);
      el.parentElement!.remove();
    }
  });

  it('person view: level 0, missing ratings, no rank and history cells are read as words, not as a dash or a digit', async () => {
    const { people, assessments } = onePerson();
    const levels = { ...assessments[2].levels, technik: 0 as const };
    const withZero = assessments.map((assessment, i) => (i === 2 ? { ...assessment, levels } : assessment));
    for (const lang of ['de', 'en'] as const) {
      const { el } = await mount(html`<gap-matrix lang=${lang} person-id="anna" today="2025-06-01" show-history .people=${people} .assessments=${withZero}></gap-matrix>`);
      await el.updateComplete;
      const nodes = await axNodes();
      const read = (competency: string) => {
        const header = text(one(el, `[role='row'][data-competency='${competency}'] [role='rowheader']`));
        const start = nodes.findIndex((node) => node.role === 'rowheader' && node.name === header);
        return nodes
          .slice(start + 1)
          .filter((node) => node.role === 'gridcell')
          .slice(0, 11)
          .map((node) => node.name ?? '');
      };
      const [none, notRated, nothingToBuild, knower] =
        lang === 'de' ? ['keine Stufe', 'nicht eingeschätzt', 'nichts aufzubauen', 'Kenner'] : ['no level', 'not rated', 'nothing to build', 'Knowledgeable'];
      // technik: target 2 (CDO), self 0 in 2024, no external rating, rated in no earlier round.
      const technik = read('technik');
      expect(technik[1], 'self 0').to.equal(none);
      expect(technik[2], 'no external rating').to.equal(notRated);
      expect(technik.slice(7, 11), 'history: never rated before 2024, then 0').to.deep.equal([notRated, notRated, none, notRated]);
      // it-anwendung: met, so no rank; rated 1 in both 2022 rounds.
      const itAnwendung = read('it-anwendung');
      expect(itAnwendung[5], 'no rank').to.equal(nothingToBuild);
      expect(itAnwendung.slice(7, 9)).to.deep.equal([knower, knower]);
      for (const name of [...technik, ...itAnwendung]) expect(name).to.not.match(/^[–—0-3]$/);
      // What is seen stays the same.
      const row = one(el, "[role='row'][data-competency='technik']");
      expect(text(row.querySelector("[data-col='2'] [aria-hidden='true']"))).to.equal('0');
      expect(text(row.querySelector("[data-col='3'] [aria-hidden='true']"))).to.equal('–');
      expect(text(row.querySelector("[data-col='8'] [aria-hidden='true']"))).to.equal('–');
      await expectAccessible(el);
      el.parentElement!.remove();
    }
  });
});
