import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEFAULT_CATALOGUE } from '../../../src/domain/catalogue.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { makeTeam, onePerson } from './fixtures.js';
import { all, dataRows, focused, mount, nodeCounts, one, scrollTo, text, type GapMatrix } from './util.js';

/** Row (aria-rowindex − 1) and column (data-col) of the focused cell. */
function position(el: GapMatrix): { row: number; col: number } | undefined {
  const cell = focused(el);
  const row = cell?.closest('[aria-rowindex]');
  if (!cell || !row || !cell.hasAttribute('data-col')) return undefined;
  return { row: Number(row.getAttribute('aria-rowindex')) - 1, col: Number(cell.getAttribute('data-col')) };
}

async function press(el: GapMatrix, key: string): Promise<void> {
  const [modifier, main] = key.includes('+') ? key.split('+') : [undefined, key];
  if (modifier) await sendKeys({ down: modifier });
  await sendKeys({ press: main });
  if (modifier) await sendKeys({ up: modifier });
  await el.updateComplete;
  await el.updateComplete;
}

/** Text as assistive technology gets it: without the parts hidden from it. */
function spoken(node: Element | null): string {
  if (!node) return '';
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return text(copy);
}

/** What a screen reader names for the focused cell: its row header and its column header. */
function announced(el: GapMatrix): { row: string; column: string } {
  const cell = focused(el)!;
  const row = cell.closest('[role=row]')!;
  const column = one(el, `[part='header-row'] [data-col='${cell.getAttribute('data-col')}']`);
  return { row: spoken(row.querySelector('[role=rowheader]')), column: spoken(column) };
}

async function personGrid() {
  const { people, assessments } = onePerson();
  return mount(html`<button>before</button><gap-matrix person-id="anna" today="2025-06-01" .people=${people} .assessments=${assessments}></gap-matrix>`);
}

describe('<gap-matrix> keyboard (ARIA grid)', () => {
  it('has one tab stop and moves with arrows, Home/End, Ctrl+Home/End and PageUp/PageDown (person mode)', async () => {
    const { el, box } = await personGrid();
    expect(all(el, "[role=grid] [tabindex='0']")).to.have.length(1);
    box.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    // Tab goes to the toolbar first; then to the grid's one cell.
    const toolbarStops = all(el, "[part='toolbar'] select, [part='toolbar'] input").length;
    for (let i = 0; i < toolbarStops; i++) await sendKeys({ press: 'Tab' });
    expect(position(el)).to.deep.equal({ row: 0, col: 0 });

    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(position(el)).to.deep.equal({ row: 2, col: 0 });
    expect(announced(el)).to.deep.equal({ row: 'IT-Anwendungskompetenz', column: 'Kompetenz' });
    await press(el, 'ArrowRight');
    expect(position(el)).to.deep.equal({ row: 2, col: 1 });
    await press(el, 'End');
    expect(position(el)).to.deep.equal({ row: 2, col: 7 });
    await press(el, 'ArrowRight');
    expect(position(el)).to.deep.equal({ row: 2, col: 7 });
    await press(el, 'Home');
    expect(position(el)).to.deep.equal({ row: 2, col: 0 });
    await press(el, 'PageDown');
    expect(position(el)).to.deep.equal({ row: 12, col: 0 });
    await press(el, 'PageUp');
    expect(position(el)).to.deep.equal({ row: 2, col: 0 });
    await press(el, 'Control+End');
    expect(position(el)).to.deep.equal({ row: 29, col: 7 });
    await press(el, 'Control+Home');
    expect(position(el)).to.deep.equal({ row: 0, col: 0 });
    expect(all(el, "[role=grid] [tabindex='0']")).to.have.length(1);
    await expectAccessible(el);
  });

  it('selects with Enter and sorts with Enter on a column header (person mode)', async () => {
    const { el, selects } = await personGrid();
    one<HTMLElement>(el, "[aria-rowindex='1'] > [data-col='0']").focus();
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    expect(selects).to.deep.equal([{ personId: 'anna', competencyId: 'it-anwendung' }]);
    await press(el, 'Control+Home');
    for (let i = 0; i < 5; i++) await press(el, 'ArrowRight');
    await press(el, 'Enter');
    expect(el.sort).to.equal('gap');
    await press(el, 'ArrowRight');
    await press(el, ' ');
    expect(el.sort).to.equal('priority');
  });

  it('moves through 10,000 people, keeps the focused row rendered and the DOM small', async () => {
    const { people, assessments } = makeTeam(10_000);
    const { el, selects } = await mount(html`<gap-matrix mode="team" .people=${people} .assessments=${assessments}></gap-matrix>`);
    await el.analysisComplete;
    one<HTMLElement>(el, "[aria-rowindex='1'] > [data-col='0']").focus();
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(position(el)).to.deep.equal({ row: 2, col: 0 });
    expect(announced(el)).to.deep.equal({ row: people[0].name, column: 'Name' });

    await press(el, 'PageDown');
    const page = position(el)!.row - 2;
    expect(page).to.be.above(1);
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    expect(announced(el)).to.deep.equal({ row: people[page].name, column: DEFAULT_CATALOGUE.competencies[0].label.de });

    await press(el, 'Control+End');
    expect(position(el)).to.deep.equal({ row: 10_001, col: 27 });
    expect(one(el, '[role=grid]').getAttribute('aria-rowcount')).to.equal('10002');
    expect(announced(el).row).to.equal(people[9_999].name);
    expect(nodeCounts(el).elements).to.be.below(3000);

    // Scrolling away (mouse wheel) must not drop the focused row.
    await scrollTo(el, { top: 0 });
    expect(dataRows(el).some((row) => row.getAttribute('aria-rowindex') === '10002')).to.equal(true);
    expect(position(el)).to.deep.equal({ row: 10_001, col: 27 });
    expect(nodeCounts(el).elements).to.be.below(3000);

    await press(el, 'Enter');
    expect(selects.at(-1)).to.deep.equal({ personId: people[9_999].id, competencyId: DEFAULT_CATALOGUE.competencies[24].id });
    await press(el, 'Home');
    await press(el, 'Enter');
    expect(selects.at(-1)).to.deep.equal({ personId: people[9_999].id });

    await press(el, 'Control+Home');
    expect(position(el)).to.deep.equal({ row: 0, col: 0 });
    await press(el, 'Enter');
    expect(el.sort).to.equal('name');
    await press(el, 'PageUp');
    expect(position(el)).to.deep.equal({ row: 0, col: 0 });
  });

  it('selects a person and a competency with a click (team mode)', async () => {
    const { people, assessments } = makeTeam(30);
    const { el, selects } = await mount(html`<gap-matrix mode="team" .people=${people} .assessments=${assessments}></gap-matrix>`);
    await el.analysisComplete;
    await el.updateComplete;
    const row = dataRows(el)[3];
    row.querySelector<HTMLElement>("[data-col='5']")!.click();
    expect(selects).to.deep.equal([{ personId: people[3].id, competencyId: DEFAULT_CATALOGUE.competencies[2].id }]);
    await el.updateComplete;
    expect(row.querySelector("[data-col='5']")!.getAttribute('tabindex')).to.equal('0');
    one<HTMLElement>(el, "[part='summary-row'] [data-col='3']").click();
    expect(selects.at(-1)).to.deep.equal({ competencyId: DEFAULT_CATALOGUE.competencies[0].id });
    await expectAccessible(el);
  });
});
