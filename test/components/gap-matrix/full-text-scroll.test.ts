import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { makeTeam } from './fixtures.js';
import { dataRows, laidOut, mount, one, scrollTo, text, type GapMatrix } from './util.js';

/**
 * Issue 18, item 3: a label cell is measured again only when its content or its size changed. A
 * scroll re-uses each drawn row for another person, so the `data-cut` mark must follow the new
 * name in the same element: set for a name that does not fit, removed for one that does.
 */

const LONG = 'Maximiliane Wilhelmine Friederike Adelheid von Hohenzollern-Sigmaringen-Mecklenburg';

/** People with a long name at every third place of the list, a short one elsewhere: a jump by any number of rows but multiples of three changes some names from long to short and back. */
async function alternatingNames(count: number): Promise<GapMatrix> {
  const team = makeTeam(count);
  const people = team.people.map((person, p) => ({ ...person, name: p % 3 === 0 ? `${LONG} ${p}` : `Ada ${p}` }));
  const { el } = await mount(html`<gap-matrix mode="team" .people=${people} .assessments=${team.assessments}></gap-matrix>`);
  await el.analysisComplete;
  await el.updateComplete;
  await laidOut();
  return el;
}

const nameCells = (el: GapMatrix) => dataRows(el).map((row) => row.querySelector<HTMLElement>("[role='rowheader']")!);
const isLong = (cell: HTMLElement) => text(cell).startsWith(LONG);
const tipShown = (el: GapMatrix) => one(el, '.label-tip').matches(':popover-open');

/** Does the cell's name span overflow its box (two lines, then cut)? */
function clipped(cell: HTMLElement): boolean {
  const span = cell.querySelector<HTMLElement>(':scope > span:not(.visually-hidden)')!;
  return span.scrollHeight > span.clientHeight + 1 || span.scrollWidth > span.clientWidth + 1;
}

describe('gap-matrix fullText while scrolling (issue 18, item 3)', () => {
  it('a re-used row takes the data-cut mark of its new name, long or short', async () => {
    const el = await alternatingNames(400);
    const rowHeight = dataRows(el)[0].offsetHeight;
    for (const cell of nameCells(el)) expect(cell.hasAttribute('data-cut'), text(cell)).to.equal(isLong(cell));
    expect(nameCells(el).some(clipped), 'a long name does not fit').to.equal(true);

    let before = new Map(nameCells(el).map((cell) => [cell, isLong(cell)]));
    for (const row of [101, 202, 51]) {
      await scrollTo(el, { top: row * rowHeight });
      // Rows the scroll added are measured once laid out; re-used ones keep their size, so only their new content gets them measured.
      await laidOut();
      const cells = nameCells(el);
      const reused = cells.filter((cell) => before.has(cell));
      expect(reused.length, 'rows are re-used').to.be.greaterThan(4);
      expect(reused.filter((cell) => isLong(cell) !== before.get(cell)).length, 'names that changed length').to.be.greaterThan(4);
      for (const cell of cells) {
        expect(cell.hasAttribute('data-cut'), text(cell)).to.equal(isLong(cell));
        expect(cell.hasAttribute('data-cut'), `${text(cell)} measured`).to.equal(clipped(cell));
      }
      before = new Map(cells.map((cell) => [cell, isLong(cell)]));
    }
  });

  it('shows the new full name of a re-used row on focus, and none for a name that fits; Escape hides it', async () => {
    const el = await alternatingNames(400);
    const rowHeight = dataRows(el)[0].offsetHeight;
    /** Scrolls to `row` and returns a re-used name cell that was short and is now long, or the other way round. */
    const jump = async (row: number, nowLong: boolean) => {
      const before = new Map(nameCells(el).map((cell) => [cell, isLong(cell)]));
      await scrollTo(el, { top: row * rowHeight });
      await laidOut();
      const cell = nameCells(el).find((c) => before.get(c) === !nowLong && isLong(c) === nowLong);
      expect(cell, `a re-used row whose name became ${nowLong ? 'long' : 'short'}`).to.exist;
      return cell!;
    };

    const cut = await jump(101, true);
    expect(cut.hasAttribute('data-cut')).to.equal(true);
    cut.focus();
    expect(tipShown(el)).to.equal(true);
    expect(text(one(el, '.label-tip'))).to.equal(text(cut.querySelector('span')));
    await sendKeys({ press: 'Escape' });
    expect(tipShown(el)).to.equal(false);
    cut.blur();

    const whole = await jump(202, false);
    expect(whole.hasAttribute('data-cut')).to.equal(false);
    whole.focus();
    expect(tipShown(el)).to.equal(false);
  });
});

describe('gap-matrix fullText: measured after the frame', () => {
  /** Counts reads of the sizes that force a layout while `run` runs (the cells' measuring reads these). */
  async function layoutReads(run: () => Promise<void>): Promise<number> {
    let reads = 0;
    const names = ['scrollWidth', 'scrollHeight', 'clientWidth', 'clientHeight'] as const;
    const originals = names.map((name) => [name, Object.getOwnPropertyDescriptor(Element.prototype, name)!] as const);
    for (const [name, descriptor] of originals) {
      Object.defineProperty(Element.prototype, name, {
        configurable: true,
        get(this: Element) {
          if (this.closest("[role='rowheader'], [role='gridcell']")) reads += 1;
          return descriptor.get!.call(this);
        },
      });
    }
    try {
      await run();
    } finally {
      for (const [name, descriptor] of originals) Object.defineProperty(Element.prototype, name, descriptor);
    }
    return reads;
  }

  it('reads no cell size in the update of a scroll; the marks follow in a task after it', async () => {
    const el = await alternatingNames(400);
    const rowHeight = dataRows(el)[0].offsetHeight;
    const before = new Map(nameCells(el).map((cell) => [cell, cell.hasAttribute('data-cut')]));
    const reads = await layoutReads(() => scrollTo(el, { top: 101 * rowHeight }));
    expect(reads, 'cell sizes read in the scroll update').to.equal(0);
    const changed = nameCells(el).filter((cell) => before.has(cell) && isLong(cell) !== before.get(cell));
    expect(changed.length, 're-used rows whose name changed length').to.be.greaterThan(4);
    await laidOut();
    for (const cell of nameCells(el)) expect(cell.hasAttribute('data-cut'), text(cell)).to.equal(isLong(cell));
  });

  it('measures a cell that focus reaches before its turn, and shows its new full name', async () => {
    const el = await alternatingNames(400);
    const rowHeight = dataRows(el)[0].offsetHeight;
    const before = new Map(nameCells(el).map((cell) => [cell, isLong(cell)]));
    await scrollTo(el, { top: 101 * rowHeight });
    const cell = nameCells(el).find((one) => before.get(one) === false && isLong(one));
    expect(cell, 'a re-used row whose name became long').to.exist;
    expect(cell!.hasAttribute('data-cut'), 'not measured yet').to.equal(false);
    cell!.focus();
    expect(cell!.hasAttribute('data-cut'), 'measured on focus').to.equal(true);
    expect(tipShown(el)).to.equal(true);
    expect(text(one(el, '.label-tip'))).to.equal(text(cell!.querySelector('span')));
  });
});

describe('gap-matrix fullText: a tooltip and a cell that now fits', () => {
  it('hides the tooltip of a focused cell that is measured whole before its turn (a wider column, then a scroll)', async () => {
    const el = await alternatingNames(30);
    const cell = nameCells(el).find((one) => isLong(one) && one.hasAttribute('data-cut'))!;
    expect(cell, 'a cut name').to.exist;
    cell.focus();
    expect(tipShown(el), 'shown on focus').to.equal(true);
    const scroller = one(el, "[part='scroller']");
    // Reports after the matrix's own resize observer (made earlier), which queues the cell's measuring for a task later.
    let report: () => void = () => undefined;
    const observer = new ResizeObserver(() => report());
    await new Promise<void>((resolve) => {
      report = resolve;
      observer.observe(cell);
    });
    // Out of the observers' round: a change of size inside it would be reported as an observer loop.
    await new Promise((resolve) => setTimeout(resolve));
    const seen = await new Promise<{ shown: boolean; cut: boolean }>((resolve) => {
      report = () => {
        scroller.dispatchEvent(new Event('scroll'));
        resolve({ shown: tipShown(el), cut: cell.hasAttribute('data-cut') });
      };
      el.style.setProperty('--kr-gap-matrix-name-width', '60rem');
    });
    observer.disconnect();
    expect(seen.cut, 'measured whole at once').to.equal(false);
    expect(seen.shown, 'its tooltip gone').to.equal(false);
  });
});
