import { expect, fixtureSync, html } from '@open-wc/testing';
import { makeTeam } from './fixtures.js';
import { dataRows, mount, one, scrollTo, type GapMatrix } from './util.js';
import '../../../src/define/gap-matrix.js';

async function teamOf(count: number, rowHeight = ''): Promise<GapMatrix> {
  const { people, assessments } = makeTeam(count);
  const { el } = await mount(html`<gap-matrix mode="team" style=${rowHeight ? `--kr-gap-matrix-row-height: ${rowHeight}` : ''} .people=${people} .assessments=${assessments}></gap-matrix>`);
  await el.analysisComplete;
  await el.updateComplete;
  return el;
}

/** Each drawn row's view position (`aria-rowindex` − 3) and its offset from the top of the body, in rows. */
function placed(el: GapMatrix): { index: number; offset: number }[] {
  const body = one(el, '.team .body');
  const rowHeight = dataRows(el)[0].getBoundingClientRect().height;
  const top = body.getBoundingClientRect().top;
  return dataRows(el).map((row) => ({ index: Number(row.getAttribute('aria-rowindex')) - 3, offset: (row.getBoundingClientRect().top - top) / rowHeight }));
}

describe('gap-matrix team rows while scrolling', () => {
  it('draws on its first screen the rows in view under the head and a few ahead, no more, in one update (wide and narrow host)', async () => {
    const { people, assessments } = makeTeam(2_000);
    for (const width of [900, 400]) {
      const el = document.createElement('gap-matrix');
      el.mode = 'team';
      el.people = people;
      el.assessments = assessments;
      let updates = 0;
      el.addController({ hostUpdated: () => void updates++ });
      fixtureSync<HTMLDivElement>(html`<div style="width:${width}px"></div>`).append(el);
      await el.updateComplete;
      const rowHeight = dataRows(el)[0].getBoundingClientRect().height;
      const inView = Math.ceil((one(el, "[part='scroller']").clientHeight - one(el, '.team .head').offsetHeight) / rowHeight);
      expect(updates, `${width}px: updates`).to.equal(1);
      // The rows in view and the 4 of the overscan; one more where the head is lower than the first render assumes.
      expect(dataRows(el).length, `${width}px: rows`).to.be.within(inView + 4, inView + 5);
    }
  });

  it('draws every row at its own place, in view order, after jumps down and up', async () => {
    const el = await teamOf(3_000);
    const rowHeight = dataRows(el)[0].offsetHeight;
    for (const row of [1_200, 2_990, 40, 700]) {
      await scrollTo(el, { top: row * rowHeight });
      const rows = placed(el);
      expect(rows.map((r) => r.index)).to.deep.equal(rows.map((r) => r.index).sort((a, b) => a - b));
      for (const r of rows) expect(r.offset, `row ${r.index}`).to.be.closeTo(r.index, 0.05);
      // The rows in view are drawn.
      const drawn = rows.map((r) => r.index);
      expect(drawn).to.include(Math.min(row, 3_000 - 1));
    }
  });

  it('places rows exactly with a row height of a fraction of a pixel', async () => {
    const el = await teamOf(3_000, '1.97rem');
    const rowHeight = dataRows(el)[0].getBoundingClientRect().height;
    expect(rowHeight % 1).to.not.equal(0);
    await scrollTo(el, { top: 2_000 * rowHeight });
    await el.updateComplete;
    const rows = placed(el);
    expect(rows.map((r) => r.index)).to.include(2_000);
    for (const r of rows) expect(r.offset, `row ${r.index}`).to.be.closeTo(r.index, 0.05);
  });

  it('keeps rows to spare ahead of the scroll direction', async () => {
    const el = await teamOf(3_000);
    const rowHeight = dataRows(el)[0].offsetHeight;
    const scroller = one(el, "[part='scroller']");
    const inView = () => Math.floor((scroller.clientHeight - one(el, '.team .head').offsetHeight) / rowHeight);
    await scrollTo(el, { top: 1_000 * rowHeight });
    let drawn = placed(el).map((r) => r.index);
    expect(Math.max(...drawn)).to.be.at.least(1_000 + inView() + 2);
    await scrollTo(el, { top: 500 * rowHeight });
    drawn = placed(el).map((r) => r.index);
    expect(Math.min(...drawn)).to.be.at.most(500 - 2);
  });

  it('draws the focused row where it belongs when it is scrolled away, above or below the window', async () => {
    const el = await teamOf(3_000);
    const rowHeight = dataRows(el)[0].offsetHeight;
    const focusRow = async (index: number) => {
      await scrollTo(el, { top: index * rowHeight });
      const cell = one(el, `[aria-rowindex='${index + 3}'] > [data-col='4']`);
      cell.click();
      cell.focus();
      await el.updateComplete;
    };
    await focusRow(1_500);
    await scrollTo(el, { top: 100 * rowHeight });
    let rows = placed(el);
    const below = rows.find((r) => r.index === 1_500)!;
    expect(below, 'focused row below the window').to.exist;
    expect(below.offset).to.be.closeTo(1_500, 0.05);
    expect(rows.at(-1)!.index).to.equal(1_500);
    for (const r of rows) expect(r.offset, `row ${r.index}`).to.be.closeTo(r.index, 0.05);
    expect(el.shadowRoot!.activeElement?.closest('[role=row]')?.getAttribute('aria-rowindex')).to.equal('1503');

    await focusRow(200);
    await scrollTo(el, { top: 2_500 * rowHeight });
    rows = placed(el);
    expect(rows[0].index, 'focused row above the window, first in the DOM').to.equal(200);
    for (const r of rows) expect(r.offset, `row ${r.index}`).to.be.closeTo(r.index, 0.05);

    // Back in the window, it is one of the rows in the flow again.
    await scrollTo(el, { top: 195 * rowHeight });
    rows = placed(el);
    for (const r of rows) expect(r.offset, `row ${r.index}`).to.be.closeTo(r.index, 0.05);
    expect(el.shadowRoot!.querySelectorAll('.team .body > .row.detached').length).to.equal(0);
  });
});
