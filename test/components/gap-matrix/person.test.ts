import { expect, html } from '@open-wc/testing';
import { DEFAULT_CATALOGUE } from '../../../src/domain/catalogue.js';
import { DEFAULT_ROLES } from '../../../src/domain/roles.js';
import type { Portfolio } from '../../../src/domain/types.js';
import '../../../src/define/kompetenz-provider.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { emulateMediaFeatures, resetMediaFeatures } from '../../helpers/media.js';
import { onePerson } from './fixtures.js';
import { all, cellAt, dataRows, mount, one, text, type GapMatrix } from './util.js';

const COLUMNS = { competency: 0, target: 1, self: 2, external: 3, actual: 4, gap: 5, priority: 6, due: 7 } as const;
const CDO = DEFAULT_ROLES.find((role) => role.id === 'cdo')!;

async function anna(extra: Partial<GapMatrix> = {}) {
  const { people, assessments } = onePerson();
  const mounted = await mount(html`<gap-matrix person-id="anna" today="2025-06-01" .people=${people} .assessments=${assessments}></gap-matrix>`);
  Object.assign(mounted.el, extra);
  await mounted.el.updateComplete;
  return mounted;
}

function rowOf(el: GapMatrix, competencyId: string): HTMLElement {
  return one(el, `[role='row'][data-competency='${competencyId}']`);
}

function cell(el: GapMatrix, competencyId: string, column: keyof typeof COLUMNS): string {
  return text(rowOf(el, competencyId).querySelector(`[data-col='${COLUMNS[column]}']`));
}

/** What a cell shows on screen (its spoken form is left out), by column number. */
function seen(el: GapMatrix, competencyId: string, col: number): string {
  return text(rowOf(el, competencyId).querySelector(`[data-col='${col}'] [aria-hidden='true']`));
}

describe('<gap-matrix> person mode', () => {
  afterEach(async () => {
    await resetMediaFeatures();
  });

  it('shows one row per competency grouped by category, with subtotals', async () => {
    const { el, errors } = await anna();
    expect(errors).to.deep.equal([]);
    const rows = dataRows(el);
    expect(rows.map((row) => row.dataset.competency)).to.deep.equal(DEFAULT_CATALOGUE.competencies.map((c) => c.id));
    const categories = all(el, '.category-row');
    expect(categories.map((row) => row.dataset.category)).to.deep.equal(['digital', 'methode', 'sozial', 'personal']);
    // The subtotal of the digital category: Σ target of the CDO over its six competencies.
    const digitalTarget = DEFAULT_CATALOGUE.competencies.filter((c) => c.category === 'digital').reduce((sum, c) => sum + CDO.target[c.id], 0);
    expect(text(categories[0].querySelector("[data-col='1'] [aria-hidden]"))).to.equal(String(digitalTarget));
    expect(one(el, '[role=grid]').getAttribute('aria-rowcount')).to.equal(String(1 + 4 + 25));
    await expectAccessible(el);
  });

  it('category rows: each figure means one thing, and levels above target are named, not netted against the gap', async () => {
    // Projektmanager, digital: targets 2, 2, 1, 1, 1, 1 (Σ 8); Technik 2 above target, digitale Medien 2 below.
    const actual = { 'it-anwendung': 2, 'digitale-medien': 0, technik: 3, informationssicherheit: 1, daten: 1, 'digitale-loesungen': 1 };
    const { el } = await mount(html`<gap-matrix target-role="projektmanager" actual=${JSON.stringify(actual)}></gap-matrix>`);
    const digital = one(el, ".category-row[data-category='digital']");
    const visible = (col: number) => text(digital.querySelector(`[data-col='${col}'] [aria-hidden]`));
    const spoken = (col: number) => text(digital.querySelector(`[data-col='${col}'] .visually-hidden`));
    // Σ actual would be 8 as well and hide the gap: Ist shows the 6 target levels reached, so Soll − Ist = Lücke.
    expect([visible(COLUMNS.target), visible(COLUMNS.actual), visible(COLUMNS.gap)]).to.deep.equal(['8', '6', '+2']);
    expect([spoken(COLUMNS.target), spoken(COLUMNS.actual), spoken(COLUMNS.gap)]).to.deep.equal(['Soll-Stufen zusammen: 8', 'davon erreicht: 6', '2 Stufen aufzubauen']);
    expect(text(digital.querySelector('[role=rowheader]'))).to.equal(
      'Digitale Fachkompetenzen · 75 % der Soll-Stufen erreicht; 1 Kompetenz aufzubauen; 2 Stufen über Soll zählen nicht',
    );
    const legend = text(one(el, "[part='legend']"));
    expect(legend).to.contain('Ist = davon erreichte Stufen (Stufen über Soll zählen nicht');
    // The priority column shows a rank and says so; the CSV's score has a header of its own.
    expect(text(cellAt(el, 1, COLUMNS.priority))).to.equal('Rang');
    expect(legend).to.contain('Rang: 1 = zuerst aufzubauen');
    expect(el.toCSV().split('\r\n')[0]).to.match(/;Status;Prioritätswert$/);
    el.sort = 'gap';
    await el.updateComplete;
    expect(text(one(el, "[part='legend']"))).to.not.contain('Kategoriezeilen');

    const english = await mount(html`<gap-matrix lang="en" target-role="projektmanager" actual=${JSON.stringify(actual)}></gap-matrix>`);
    const row = one(english.el, ".category-row[data-category='digital']");
    expect(text(row.querySelector('[role=rowheader]'))).to.contain('75% of target levels reached; 1 competency to build; 2 levels above target do not count');
    expect(text(cellAt(english.el, 1, COLUMNS.priority))).to.equal('Rank');
    expect(english.el.toCSV().split('\r\n')[0]).to.match(/;Status;Priority score$/);
    await expectAccessible(el);
  });

  it('shows target, self, external, actual, gap, priority and refresh from the domain', async () => {
    const { el } = await anna();
    // it-anwendung: both rated 2, target 2: met.
    expect(cell(el, 'it-anwendung', 'target')).to.contain('2');
    expect(cell(el, 'it-anwendung', 'gap')).to.contain('✓');
    // daten: self 3, external 1: actual 1 (external first), gap +2, flagged disagreement.
    expect(cell(el, 'daten', 'self')).to.contain('≠');
    expect(cell(el, 'daten', 'external')).to.match(/^1/);
    expect(cell(el, 'daten', 'actual')).to.match(/^1/);
    expect(cell(el, 'daten', 'gap')).to.match(/^\+2/);
    // A gap is shown as a number and a heat class, never as colour alone.
    const gapCell = rowOf(el, 'daten').querySelector(`[data-col='${COLUMNS.gap}']`)!;
    expect(gapCell.classList.contains('g2')).to.equal(true);
    expect(gapCell.textContent).to.contain('2 Stufen aufzubauen');
    // digitale-medien: never rated, target 3: the most urgent.
    expect(cell(el, 'digitale-medien', 'priority')).to.match(/^1/);
    expect(seen(el, 'digitale-medien', COLUMNS.self)).to.equal('–');
    expect(cell(el, 'digitale-medien', 'self')).to.contain('nicht eingeschätzt');
    // informationssicherheit: last rated 2022-02-01, refresh every 24 months.
    expect(cell(el, 'informationssicherheit', 'due')).to.contain('01.02.2024');
    expect(cell(el, 'it-anwendung', 'due')).to.contain('aktuell');
  });

  it('sorts by gap and by priority, and filters to what is still to build', async () => {
    const { el } = await anna();
    el.sort = 'gap';
    await el.updateComplete;
    expect(all(el, '.category-row')).to.have.length(0);
    const gaps = dataRows(el).map((row) => text(row.querySelector(`[data-col='${COLUMNS.gap}'] [aria-hidden]`)));
    const values = gaps.map((g) => (g === '✓' ? 0 : Number(g.replace('−', '-'))));
    expect(values).to.deep.equal([...values].sort((a, b) => b - a));
    expect(one(el, `[role=columnheader][data-col='${COLUMNS.gap}']`).getAttribute('aria-sort')).to.equal('descending');

    el.sort = 'priority';
    await el.updateComplete;
    const ranks = dataRows(el)
      .map((row) => text(row.querySelector(`[data-col='${COLUMNS.priority}'] [aria-hidden]`)))
      .filter((rank) => rank !== '–')
      .map(Number);
    expect(ranks).to.deep.equal(Array.from({ length: ranks.length }, (_, i) => i + 1));

    el.sort = 'category';
    el.toBuildOnly = true;
    await el.updateComplete;
    expect(dataRows(el).some((row) => row.dataset.competency === 'it-anwendung')).to.equal(false);
    expect(dataRows(el).every((row) => text(row.querySelector(`[data-col='${COLUMNS.gap}']`)).startsWith('+'))).to.equal(true);
    await expectAccessible(el);
  });

  it('sorts from the toolbar and from the column headers', async () => {
    const { el } = await anna();
    const select = one<HTMLSelectElement>(el, "[part='toolbar'] select");
    select.value = 'priority';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.sort).to.equal('priority');
    cellAt(el, 1, COLUMNS.gap).click();
    await el.updateComplete;
    expect(el.sort).to.equal('gap');
    const check = one<HTMLInputElement>(el, "[part='toolbar'] input[type=checkbox]");
    check.click();
    await el.updateComplete;
    expect(el.toBuildOnly).to.equal(true);
  });

  it('shows earlier assessments as extra columns', async () => {
    const { el } = await anna({ showHistory: true });
    const headers = all(el, "[part='header-row'] [role='columnheader']").map(text);
    expect(headers.slice(8)).to.deep.equal(['Selbst 10.01.2022', 'Fremd 01.02.2022', 'Selbst 10.01.2024', 'Fremd 01.02.2024']);
    expect(seen(el, 'daten', 8)).to.equal('1');
    expect(seen(el, 'daten', 10)).to.equal('3');
    expect(seen(el, 'technik', 8)).to.equal('–');
    expect(one(el, '[role=grid]').getAttribute('aria-colcount')).to.equal('12');
    await expectAccessible(el);
  });

  it('takes the profiles from JSON attributes like the wheel', async () => {
    const { el, errors } = await mount(
      html`<gap-matrix target-role="projektmanager" actual='{"projektmanagement":1,"kommunikation":3}' external='{"projektmanagement":3}'></gap-matrix>`,
    );
    expect(errors).to.deep.equal([]);
    expect(cell(el, 'projektmanagement', 'target')).to.match(/^3/);
    expect(cell(el, 'projektmanagement', 'self')).to.match(/^1/);
    expect(cell(el, 'projektmanagement', 'external')).to.match(/^3/);
    expect(cell(el, 'projektmanagement', 'gap')).to.match(/^\+2/);
    expect(cell(el, 'projektmanagement', 'self')).to.contain('verborgene Stärke');
    expect(cell(el, 'kommunikation', 'gap')).to.contain('✓');
  });

  it('reads a surrounding provider: the selected person, their role and assessments', async () => {
    const { people, assessments } = onePerson();
    const portfolio: Portfolio = { format: 'kompetenzrad-portfolio', version: 1, people, assessments, goals: [], plans: [] };
    const { el, selects } = await mount(
      html`<kompetenz-provider storage="none" person="anna" today="2025-06-01" .portfolio=${portfolio}><gap-matrix></gap-matrix></kompetenz-provider>`,
    );
    await el.updateComplete;
    expect(text(one(el, '.caption'))).to.contain('Anna Beispiel');
    expect(cell(el, 'daten', 'gap')).to.match(/^\+2/);
    expect(cell(el, 'informationssicherheit', 'due')).to.contain('01.02.2024');
    rowOf(el, 'daten').querySelector<HTMLElement>("[data-col='5']")!.click();
    expect(selects.at(-1)).to.deep.equal({ personId: 'anna', competencyId: 'daten' });
  });

  it('exports the shown rows as German Excel CSV', async () => {
    const { el } = await anna({ toBuildOnly: true, sort: 'priority' });
    const csv = el.toCSV();
    expect(csv.startsWith('\uFEFF')).to.equal(true);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).to.equal('Person;Personen-ID;Kategorie;Kompetenz;Soll;Selbsteinschätzung;Fremdeinschätzung;Ist;Lücke;Status;Prioritätswert');
    expect(lines).to.have.length(1 + dataRows(el).length);
    expect(lines[1]).to.contain('Umgang mit digitalen Medien');
    expect(lines.slice(1).every((line) => line.includes(';aufzubauen;'))).to.equal(true);
  });

  it('speaks English when the page does', async () => {
    const { people, assessments } = onePerson();
    const { el } = await mount(html`<div lang="en"><gap-matrix person-id="anna" today="2025-06-01" .people=${people} .assessments=${assessments}></gap-matrix></div>`);
    expect(text(cellAt(el, 1, COLUMNS.target))).to.equal('Target');
    expect(text(rowOf(el, 'daten').querySelector("[data-col='0']"))).to.equal('Data literacy');
    expect(el.toCSV()).to.contain('Category;Competency;Target');
  });

  it('says so when there is nothing to compare', async () => {
    const { el } = await mount(html`<gap-matrix></gap-matrix>`);
    expect(all(el, '[role=grid]')).to.have.length(0);
    expect(text(one(el, "[part='status']"))).to.contain('Keine Person');
    expect(el.toCSV()).to.equal('');
    await expectAccessible(el);
  });

  it('stays accessible in dark mode and with forced colours', async () => {
    const { el } = await anna();
    if (await emulateMediaFeatures({ colorScheme: 'dark' })) {
      const background = getComputedStyle(rowOf(el, 'it-anwendung').querySelector("[data-col='0']")!).backgroundColor;
      expect(background).to.equal('rgb(27, 27, 31)');
      await expectAccessible(el);
    }
    if (await emulateMediaFeatures({ forcedColors: 'active' })) {
      expect(cell(el, 'daten', 'gap')).to.match(/^\+2/);
      await expectAccessible(el);
    }
  });
});
