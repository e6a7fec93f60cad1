import { expect, fixtureSync, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../../src/define/gap-matrix.js';
import { generatePortfolio } from '../../../src/domain/sample.js';
import type { Portfolio } from '../../../src/domain/types.js';
import { onePerson } from './fixtures.js';
import { all, drawnWhole, laidOut, one, text, type GapMatrix } from './util.js';

/**
 * Issue 16, item 9: no label of the matrix is cut silently or broken inside a word. Labels wrap
 * between words and hyphenate in the grid's language; what still does not fit is cut with an
 * ellipsis, marked `data-cut`, and its full text shows in the label tooltip on hover and focus.
 * The page around sets `overflow-wrap: break-word`, as the demo pages do (it used to split
 * "Projektmanagemen t" on a phone).
 */

const DISTRICT: Portfolio = generatePortfolio({ seed: 42, people: 300, today: '2025-09-01' });

async function mountIn(width: number, template: TemplateResult, lang = 'de'): Promise<GapMatrix> {
  const box = fixtureSync<HTMLDivElement>(html`<div lang=${lang} style="width:${width}px; overflow-wrap: break-word; font-size: 16px">${template}</div>`);
  const el = box.querySelector('gap-matrix')!;
  await el.updateComplete;
  await el.updateComplete;
  if (el.mode === 'team') await el.analysisComplete;
  await drawnWhole(el);
  await laidOut();
  return el;
}

function person(width: number, lang = 'de'): Promise<GapMatrix> {
  const { people, assessments } = onePerson();
  return mountIn(width, html`<gap-matrix person-id="anna" today="2025-06-01" show-history .people=${people} .assessments=${assessments}></gap-matrix>`, lang);
}

const team = (width: number) => mountIn(width, html`<gap-matrix mode="team" .people=${DISTRICT.people.slice(0, 40)} .assessments=${DISTRICT.assessments}></gap-matrix>`);
const organisation = (width: number, groupBy = 'department') =>
  mountIn(width, html`<gap-matrix mode="organisation" group-by=${groupBy} .people=${DISTRICT.people} .assessments=${DISTRICT.assessments}></gap-matrix>`);

/** Every label of the grid: column and row headers, and the text cells of team mode (role, department). */
const labels = (el: GapMatrix) => all(el, "[role='grid'] :is([role='columnheader'], [role='rowheader'], [role='gridcell'].text)").filter((cell) => text(cell) !== '');

/** Does the cell or one of its visible label spans overflow its box? */
function clipped(cell: HTMLElement): boolean {
  const boxes = [cell, ...cell.querySelectorAll<HTMLElement>(':scope > span:not(.visually-hidden), :scope > span > span:not(.visually-hidden)')];
  return boxes.some((box) => box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1);
}

/**
 * The words of a cell that the browser laid out on more than one line. A word ends at a space,
 * and after a hyphen or a slash ("Konfliktlöse-/" "Deeskalationsfähigkeit"), where a line may break.
 */
function splitWords(cell: HTMLElement): string[] {
  const vertical = getComputedStyle(cell).writingMode.startsWith('vertical');
  const split: string[] = [];
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.parentElement?.closest('.visually-hidden')) continue;
    for (const match of node.data.matchAll(/[^\s/-]+[/-]*/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set(
        Array.from(range.getClientRects())
          .filter((rect) => rect.width > 0 && rect.height > 0)
          .map((rect) => Math.round(vertical ? rect.left : rect.top)),
      );
      if (lines.size > 1) split.push(match[0]);
    }
  }
  return split;
}

/** Whether this browser hyphenates German (then a word on two lines is hyphenated, which is fine). */
function hyphenatesGerman(): boolean {
  const probe = document.createElement('div');
  probe.lang = 'de';
  probe.style.cssText = 'width: 4em; hyphens: auto; font: 16px sans-serif; position: absolute; visibility: hidden';
  probe.textContent = 'Digitalisierungsbeauftragte';
  document.body.append(probe);
  const lines = probe.getClientRects()[0].height / parseFloat(getComputedStyle(probe).lineHeight || '19');
  probe.remove();
  return lines > 1.5;
}

/** The problems of the matrix's labels, one line each (empty: all well). */
function labelProblems(el: GapMatrix, lang = 'de'): string[] {
  const problems: string[] = [];
  const hyphenation = hyphenatesGerman();
  for (const cell of labels(el)) {
    const name = text(cell);
    const style = getComputedStyle(cell);
    if (style.hyphens !== 'auto') problems.push(`${name}: hyphens ${style.hyphens}`);
    if (style.overflowWrap !== 'normal' || style.wordBreak !== 'normal') problems.push(`${name}: overflow-wrap ${style.overflowWrap}, word-break ${style.wordBreak}`);
    if (cell.closest('[lang]')?.getAttribute('lang') !== lang) problems.push(`${name}: lang ${cell.closest('[lang]')?.getAttribute('lang')}`);
    if (!hyphenation) for (const word of splitWords(cell)) problems.push(`${name}: "${word}" broken inside the word`);
    if (clipped(cell) !== cell.hasAttribute('data-cut')) problems.push(`${name}: ${clipped(cell) ? 'cut without data-cut' : 'data-cut but whole'}`);
  }
  return problems;
}

const tip = (el: GapMatrix) => one(el, '.label-tip');
const tipShown = (el: GapMatrix) => tip(el).matches(':popover-open');

describe('<gap-matrix> labels: not cut silently, not broken inside a word (issue 16, item 9)', () => {
  for (const width of [320, 1280]) {
    it(`person mode with history at ${width} px`, async () => {
      const el = await person(width);
      expect(labelProblems(el)).to.deep.equal([]);
      // An earlier assessment's header: who over when, on two lines, neither of them cut.
      const history = all(el, "[part='header-row'] [role='columnheader']").slice(8);
      expect(history.map(text)).to.deep.equal(['Selbst 10.01.2022', 'Fremd 01.02.2022', 'Selbst 10.01.2024', 'Fremd 01.02.2024']);
      for (const header of history) {
        const who = one(el, `[data-col='${header.dataset.col}'] .who`);
        const when = header.querySelector<HTMLElement>('.when')!;
        expect(when.getBoundingClientRect().top, text(header)).to.be.greaterThan(who.getBoundingClientRect().top);
        expect(header.hasAttribute('data-cut'), text(header)).to.equal(false);
      }
    });

    it(`team mode (rotated headers, roles, departments) at ${width} px`, async () => {
      const el = await team(width);
      expect(labelProblems(el)).to.deep.equal([]);
    });

    it(`organisation mode by department and by role at ${width} px`, async () => {
      const el = await organisation(width);
      expect(labelProblems(el)).to.deep.equal([]);
      el.groupBy = 'role';
      await el.updateComplete;
      await laidOut();
      expect(labelProblems(el)).to.deep.equal([]);
    });
  }

  it('takes the lang of the page for hyphenation (English)', async () => {
    const el = await person(320, 'en');
    expect(one(el, "[part='scroller']").getAttribute('lang')).to.equal('en');
    expect(labelProblems(el, 'en')).to.deep.equal([]);
  });

  it('on a phone (390 px) the first screen of team mode shows cells, not only names, roles and departments', async () => {
    const el = await team(390);
    const cell = one(el, "[role='grid'] .body [role='gridcell']:not(.text)");
    expect(cell.getBoundingClientRect().left, 'first cell').to.be.below(el.getBoundingClientRect().right - 60);
  });

  it('synergy cards hyphenate names in the matrix language', async () => {
    const el = await mountIn(1280, html`<gap-matrix mode="team" synergy .people=${DISTRICT.people.slice(0, 40)} .assessments=${DISTRICT.assessments}></gap-matrix>`, 'en');
    const section = one(el, "[part='synergy']");
    expect(section.getAttribute('lang')).to.equal('en');
    expect(getComputedStyle(section).hyphens).to.equal('auto');
  });

  it('shows a cut label whole on keyboard focus and on hover; Escape hides it', async () => {
    const el = await organisation(320);
    const cut = all(el, "[role='columnheader'][data-cut]");
    expect(cut.length, 'some competency names do not fit a phone').to.be.greaterThan(0);
    const header = cut[0];
    const full = text(header);
    expect(getComputedStyle(header.querySelector('span')!).textOverflow).to.equal('ellipsis');
    expect(tipShown(el)).to.equal(false);

    header.focus();
    expect(tipShown(el)).to.equal(true);
    expect(text(tip(el))).to.equal(full);
    expect(tip(el).getAttribute('aria-hidden'), 'the cell itself says all of it').to.equal('true');
    const box = tip(el).getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(window.innerWidth);
    await sendKeys({ press: 'Escape' });
    expect(tipShown(el)).to.equal(false);
    // A later measurement (a web font arriving, a resize) does not bring a dismissed tooltip back.
    document.fonts.dispatchEvent(new Event('loadingdone'));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    expect(header.hasAttribute('data-cut'), 'still cut').to.equal(true);
    expect(tipShown(el), 'stays hidden after Escape').to.equal(false);
    header.blur();
    header.focus();
    expect(tipShown(el), 'focus coming anew shows it again').to.equal(true);
    header.blur();

    // Hover: a role name too long for its row.
    const roleView = await organisation(320, 'role');
    const row = all(roleView, "[role='rowheader'][data-cut]")[0];
    expect(row, 'a role name that does not fit').to.exist;
    row.scrollIntoView({ block: 'center' });
    // The scroll event comes with the next frame, and a scroll hides a tooltip the pointer opened.
    await laidOut();
    const rect = row.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)] });
    expect(tipShown(roleView)).to.equal(true);
    expect(text(tip(roleView))).to.equal(text(row));
    await sendMouse({ type: 'move', position: [0, 0] });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(tipShown(roleView)).to.equal(false);
  });

  it('a label that fits has no tooltip', async () => {
    const el = await person(1280);
    const header = all(el, "[part='header-row'] [role='columnheader']")[1];
    expect(header.hasAttribute('data-cut')).to.equal(false);
    header.focus();
    expect(tipShown(el)).to.equal(false);
  });
});
