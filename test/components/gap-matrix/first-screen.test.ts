import { expect, fixtureSync, html } from '@open-wc/testing';
import { expectAccessible } from '../../helpers/a11y.js';
import { onePerson } from './fixtures.js';
import { all, drawnWhole, one, type GapMatrix } from './util.js';

/** Every row of Anna's grid: 4 categories and 25 competencies. */
const ROWS = 29;

/** The rows a region `region` px high shows at `row` px a row: never more than the window's height holds. */
const rowsIn = (region: number, row = 32) => Math.min(ROWS, Math.ceil(Math.min(region, window.innerHeight) / row));

/** A person matrix right after its first render, before anything else may run. */
async function firstRender(style = ''): Promise<GapMatrix> {
  const { people, assessments } = onePerson();
  const box = fixtureSync<HTMLDivElement>(
    html`<div style="width:900px;${style}"><gap-matrix person-id="anna" today="2025-06-01" .people=${people} .assessments=${assessments}></gap-matrix></div>`,
  );
  const el = box.querySelector('gap-matrix')!;
  await el.updateComplete;
  return el;
}

const bodyRows = (el: GapMatrix) => all(el, "[role='grid'] .body > [role='row']");
const grid = (el: GapMatrix) => one(el, "[role='grid']");

describe('<gap-matrix> person mode: the rows of the first screen first, the rest right after', () => {
  it('draws the rows its scroll region can show, marks the grid busy, and draws the others after the first paint', async () => {
    const el = await firstRender();
    const first = bodyRows(el);
    // The scroll region is 32rem high and a row at least 2rem: 16 rows can show (fewer in a lower window).
    expect(first.length).to.equal(rowsIn(512));
    expect(first.map((row) => row.getAttribute('aria-rowindex')), 'from the top, in order').to.deep.equal(Array.from({ length: rowsIn(512) }, (_, k) => String(k + 2)));
    expect(grid(el).getAttribute('aria-busy')).to.equal('true');
    await expectAccessible(el);
    expect(grid(el).getAttribute('aria-rowcount'), 'the grid tells its whole size at once').to.equal(String(1 + ROWS));
    const scroller = one(el, "[part='scroller']");
    expect(scroller.scrollHeight, 'the drawn rows fill the scroll region').to.be.greaterThan(scroller.clientHeight);

    await drawnWhole(el);
    expect(bodyRows(el).length).to.equal(ROWS);
    expect(grid(el).hasAttribute('aria-busy'), 'no longer busy').to.equal(false);
    await expectAccessible(el);
  });

  it('follows a scroll region and rows the page sizes otherwise', async () => {
    const lower = await firstRender('--kr-gap-matrix-height: 12rem');
    expect(bodyRows(lower).length, '12rem at 2rem a row').to.equal(rowsIn(192));
    const smaller = await firstRender('--kr-gap-matrix-row-height: 24px');
    expect(bodyRows(smaller).length, '512 px at 24 px a row').to.equal(rowsIn(512, 24));
    // em and vh as the browser resolves them for the scroll region.
    const regionHeight = (el: GapMatrix) => Number.parseFloat(getComputedStyle(one(el, "[part='scroller']")).maxHeight);
    const inEm = await firstRender('font-size: 20px; --kr-gap-matrix-height: 15em');
    expect(regionHeight(inEm), 'em of the element (its font size is its own)').to.be.within(150, 300);
    expect(bodyRows(inEm).length, 'em of the element').to.equal(rowsIn(regionHeight(inEm)));
    const inVh = await firstRender('--kr-gap-matrix-height: 25vh');
    expect(regionHeight(inVh)).to.be.closeTo(window.innerHeight / 4, 1);
    expect(bodyRows(inVh).length, 'a quarter of the window').to.equal(rowsIn(regionHeight(inVh)));
    const unbounded = await firstRender('--kr-gap-matrix-height: none');
    expect(bodyRows(unbounded).length, 'a region without a limit: a screen high').to.equal(rowsIn(Infinity));
    const tall = await firstRender('--kr-gap-matrix-height: 200rem');
    expect(bodyRows(tall).length, 'a region taller than the screen: a screen high').to.equal(rowsIn(Infinity));
    const computed = await firstRender('--kr-gap-matrix-height: calc(10rem + 2rem)');
    expect(bodyRows(computed).length, 'what only the browser resolves: a screen high').to.equal(rowsIn(Infinity));
  });

  it('draws every row at once when the user reaches into the grid or the page is printed', async () => {
    const focused = await firstRender();
    expect(bodyRows(focused).length).to.be.below(ROWS);
    (one(focused, "[role='columnheader'][tabindex='0']") as HTMLElement).focus();
    await focused.updateComplete;
    expect(bodyRows(focused).length, 'on focus').to.equal(ROWS);

    const pointed = await firstRender();
    one(pointed, "[role='grid']").dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await pointed.updateComplete;
    expect(bodyRows(pointed).length, 'on a pointer').to.equal(ROWS);

    const printed = await firstRender();
    window.dispatchEvent(new Event('beforeprint'));
    await printed.updateComplete;
    expect(bodyRows(printed).length, 'before printing').to.equal(ROWS);
  });

  it('goes to the last row with Ctrl+End right after the grid gets focus', async () => {
    const el = await firstRender();
    expect(grid(el).getAttribute('aria-busy')).to.equal('true');
    const tabStop = one(el, "[role='grid'] [tabindex='0']") as HTMLElement;
    tabStop.focus();
    tabStop.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', ctrlKey: true, bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    const active = el.shadowRoot!.activeElement!;
    expect(active.closest("[role='row']")!.getAttribute('aria-rowindex'), 'the last row, drawn').to.equal(String(1 + ROWS));
    expect(grid(el).hasAttribute('aria-busy')).to.equal(false);
  });

  it('draws the rest when it is moved in the page before its first paint', async () => {
    const el = await firstRender();
    const box = el.parentElement!;
    el.remove();
    box.append(el);
    await el.updateComplete;
    await drawnWhole(el);
    expect(bodyRows(el).length).to.equal(ROWS);
  });

  it('draws every row of a later render at once', async () => {
    const el = await firstRender();
    await drawnWhole(el);
    el.sort = 'gap';
    await el.updateComplete;
    expect(bodyRows(el).length, 'the 25 competencies, sorted without their categories').to.equal(25);
    expect(grid(el).hasAttribute('aria-busy')).to.equal(false);
  });
});
