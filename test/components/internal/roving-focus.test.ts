import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  gridNavigation,
  listNavigation,
  moveInGrid,
  moveInList,
  RovingFocusController,
  type GridCell,
  type GridShape,
} from '../../../src/internal/controllers/roving-focus.js';
import { expectAccessible } from '../../helpers/a11y.js';

/** A listbox of keyed options; `claimed` keys are handled by the host itself first (like a level step on the wheel). */
class RovingListHost extends LitElement {
  @property({ attribute: false }) keys: readonly string[] = ['a', 'b', 'c', 'd'];
  claimed: readonly string[] = [];
  claimedPresses = 0;
  static wrap = false;

  readonly roving = new RovingFocusController<string>(this, {
    navigation: listNavigation({ keys: () => this.keys, wrap: (this.constructor as typeof RovingListHost).wrap }),
    element: (key) => this.renderRoot.querySelector<HTMLElement>(`[data-key="${key}"]`),
    positionOf: (target) => target.closest('[data-key]')?.getAttribute('data-key') ?? undefined,
  });

  protected override render(): TemplateResult {
    // Options drawn by position (not keyed), so a new order re-uses the focused node for another key.
    const tabIndex = this.roving.tabIndexes();
    return html`<div role="listbox" aria-label="Letters" @keydown=${this.onKeyDown}>
      ${this.keys.map((key) => html`<div role="option" aria-selected="false" data-key=${key} tabindex=${tabIndex(key)}>${key}</div>`)}
    </div>`;
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (!this.claimed.includes(event.key)) return;
    event.preventDefault();
    this.claimedPresses += 1;
  };
}

class RovingWrapHost extends RovingListHost {
  static override wrap = true;
}

/** A grid of `rows` × `cols` cells; PageUp/PageDown move two rows. `shapeReads` counts the reads of its shape. */
class RovingGridHost extends LitElement {
  @property({ type: Number }) rows = 4;
  @property({ type: Number }) cols = 3;
  shapeReads = 0;

  readonly roving = new RovingFocusController<GridCell>(this, {
    navigation: gridNavigation((): GridShape => ((this.shapeReads += 1), { rows: this.rows, cols: this.cols, page: 2 })),
    element: ({ row, col }) => this.renderRoot.querySelector<HTMLElement>(`[aria-rowindex="${row + 1}"] > [data-col="${col}"]`),
    positionOf: (target) => {
      const cell = target.closest('[data-col]');
      const row = cell?.closest('[aria-rowindex]');
      return cell && row ? { row: Number(row.getAttribute('aria-rowindex')) - 1, col: Number(cell.getAttribute('data-col')) } : undefined;
    },
  });

  protected override render(): TemplateResult {
    const rows = Array.from({ length: this.rows }, (_, row) => row);
    const cols = Array.from({ length: this.cols }, (_, col) => col);
    const tabIndex = this.roving.tabIndexes();
    return html`<div role="grid" aria-label="Numbers" aria-rowcount=${this.rows} aria-colcount=${this.cols}>
      ${rows.map(
        (row) => html`<div role="row" aria-rowindex=${row + 1}>
          ${cols.map((col) => html`<div role="gridcell" data-col=${col} tabindex=${tabIndex({ row, col })}>${row}:${col}</div>`)}
        </div>`,
      )}
    </div>`;
  }
}

customElements.define('test-roving-list', RovingListHost);
customElements.define('test-roving-wrap', RovingWrapHost);
customElements.define('test-roving-grid', RovingGridHost);

const tabStops = (el: LitElement) => Array.from(el.shadowRoot!.querySelectorAll('[tabindex="0"]'));
const focusedKey = (el: LitElement) => el.shadowRoot!.activeElement?.getAttribute('data-key');
const focusedCell = (el: RovingGridHost) => cellOf(el.shadowRoot!.activeElement);
const cellOf = (element: Element | null): GridCell | undefined => {
  const row = element?.closest('[aria-rowindex]');
  return element && row ? { row: Number(row.getAttribute('aria-rowindex')) - 1, col: Number(element.getAttribute('data-col')) } : undefined;
};

async function press(el: LitElement, key: string): Promise<void> {
  const [modifier, main] = key.includes('+') ? key.split('+') : [undefined, key];
  if (modifier) await sendKeys({ down: modifier });
  await sendKeys({ press: main });
  if (modifier) await sendKeys({ up: modifier });
  await el.updateComplete;
}

async function listHost(tag = 'test-roving-list'): Promise<{ el: RovingListHost; before: HTMLButtonElement; after: HTMLButtonElement }> {
  const box = await fixture<HTMLDivElement>(html`<div><button>before</button>${tag === 'test-roving-list' ? html`<test-roving-list></test-roving-list>` : html`<test-roving-wrap></test-roving-wrap>`}<button>after</button></div>`);
  const el = box.querySelector<RovingListHost>(tag)!;
  await el.updateComplete;
  const [before, after] = Array.from(box.querySelectorAll('button'));
  return { el, before, after };
}

async function focusItem(el: RovingListHost, key: string): Promise<void> {
  el.shadowRoot!.querySelector<HTMLElement>(`[data-key="${key}"]`)!.focus();
  await el.updateComplete;
}

describe('roving focus: key → target (pure)', () => {
  it('moves through a list, holding at the ends or wrapping around', () => {
    const keys = ['ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft', 'Home', 'End'];
    expect(keys.map((key) => moveInList(1, 4, { key }))).to.deep.equal([2, 0, 2, 0, 0, 3]);
    expect(keys.map((key) => moveInList(1, 4, { key }, { rtl: true }))).to.deep.equal([2, 0, 0, 2, 0, 3]);
    expect([moveInList(0, 4, { key: 'ArrowUp' }), moveInList(3, 4, { key: 'ArrowDown' })], 'ends hold').to.deep.equal([0, 3]);
    expect([moveInList(0, 4, { key: 'ArrowUp' }, { wrap: true }), moveInList(3, 4, { key: 'ArrowRight' }, { wrap: true })], 'ends join').to.deep.equal([3, 0]);
    expect(moveInList(0, 4, { key: 'ArrowLeft' }, { wrap: true, rtl: true }), 'right-to-left, wrapping').to.equal(1);
  });

  it('leaves other keys, modified keys and empty lists alone', () => {
    expect(moveInList(1, 4, { key: 'Enter' })).to.equal(null);
    expect(moveInList(1, 4, { key: 'PageDown' })).to.equal(null);
    expect(moveInList(1, 4, { key: 'ArrowDown', ctrlKey: true })).to.equal(null);
    expect(moveInList(1, 4, { key: 'ArrowDown', altKey: true })).to.equal(null);
    expect(moveInList(1, 4, { key: 'End', metaKey: true })).to.equal(null);
    expect(moveInList(0, 0, { key: 'ArrowDown' })).to.equal(null);
  });

  it('moves through a grid with arrows, Home/End, Ctrl+Home/End and pages, holding at the edges', () => {
    const shape = { rows: 5, cols: 4, page: 3 };
    const from = { row: 2, col: 1 };
    const to = (key: string, extra: { ctrlKey?: boolean; metaKey?: boolean } = {}, rtl = false) => moveInGrid(from, { key, ...extra }, shape, rtl);
    expect(to('ArrowUp')).to.deep.equal({ row: 1, col: 1 });
    expect(to('ArrowDown')).to.deep.equal({ row: 3, col: 1 });
    expect(to('ArrowLeft')).to.deep.equal({ row: 2, col: 0 });
    expect(to('ArrowRight')).to.deep.equal({ row: 2, col: 2 });
    expect(to('ArrowLeft', {}, true), 'right-to-left').to.deep.equal({ row: 2, col: 2 });
    expect(to('ArrowRight', {}, true), 'right-to-left').to.deep.equal({ row: 2, col: 0 });
    expect(to('Home')).to.deep.equal({ row: 2, col: 0 });
    expect(to('End')).to.deep.equal({ row: 2, col: 3 });
    expect(to('Home', { ctrlKey: true })).to.deep.equal({ row: 0, col: 0 });
    expect(to('End', { metaKey: true })).to.deep.equal({ row: 4, col: 3 });
    expect(to('PageUp')).to.deep.equal({ row: 0, col: 1 });
    expect(to('PageDown')).to.deep.equal({ row: 4, col: 1 });
    expect(to('Enter')).to.equal(null);
    expect(moveInGrid({ row: 0, col: 0 }, { key: 'ArrowUp' }, shape), 'top edge').to.deep.equal({ row: 0, col: 0 });
    expect(moveInGrid({ row: 4, col: 3 }, { key: 'ArrowRight' }, shape), 'right edge').to.deep.equal({ row: 4, col: 3 });
    expect(moveInGrid({ row: 1, col: 0 }, { key: 'PageDown' }, { rows: 5, cols: 4 }), 'default page of 10 rows').to.deep.equal({ row: 4, col: 0 });
  });

  it('keeps positions valid as the items change', () => {
    let keys = ['a', 'b', 'c'];
    const list = listNavigation({ keys: () => keys });
    expect(list.settle(undefined)).to.equal('a');
    expect(list.settle('c')).to.equal('c');
    keys = ['b', 'a'];
    expect(list.settle('c'), 'a key that is gone settles on the first').to.equal('b');
    keys = [];
    expect(list.settle('a')).to.equal(undefined);

    let shape: GridShape = { rows: 3, cols: 3 };
    const grid = gridNavigation(() => shape);
    expect(grid.settle(undefined)).to.deep.equal({ row: 0, col: 0 });
    shape = { rows: 2, cols: 1 };
    expect(grid.settle({ row: 2, col: 2 }), 'the nearest cell of a smaller grid').to.deep.equal({ row: 1, col: 0 });
    shape = { rows: 0, cols: 1 };
    expect(grid.settle({ row: 0, col: 0 })).to.equal(undefined);
  });
});

describe('roving focus: a list host', () => {
  it('has exactly one tab stop, the active item, and Tab passes through it', async () => {
    const { el, before, after } = await listHost();
    expect(tabStops(el).map((item) => item.getAttribute('data-key'))).to.deep.equal(['a']);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedKey(el)).to.equal('a');
    await press(el, 'ArrowDown');
    expect(tabStops(el).map((item) => item.getAttribute('data-key'))).to.deep.equal(['b']);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(after);
    await press(el, 'Shift+Tab');
    expect(focusedKey(el), 'back to the item that was active').to.equal('b');
    await expectAccessible(el);
  });

  it('moves focus with the arrows, Home and End, holding at the ends', async () => {
    const { el } = await listHost();
    await focusItem(el, 'a');
    const visited: (string | null | undefined)[] = [];
    for (const key of ['ArrowDown', 'ArrowRight', 'ArrowLeft', 'End', 'ArrowDown', 'ArrowUp', 'Home', 'ArrowUp']) {
      await press(el, key);
      visited.push(focusedKey(el));
    }
    expect(visited).to.deep.equal(['b', 'c', 'b', 'd', 'd', 'c', 'a', 'a']);
    expect(tabStops(el)).to.have.length(1);
  });

  it('mirrors left and right in right-to-left text (read from the host)', async () => {
    const { el } = await listHost();
    el.setAttribute('dir', 'rtl');
    await focusItem(el, 'b');
    await press(el, 'ArrowLeft');
    expect(focusedKey(el)).to.equal('c');
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    expect(focusedKey(el)).to.equal('a');
    await press(el, 'ArrowDown');
    expect(focusedKey(el), 'up and down do not depend on the direction').to.equal('b');
  });

  it('wraps around when asked to', async () => {
    const { el } = await listHost('test-roving-wrap');
    await focusItem(el, 'a');
    await press(el, 'ArrowUp');
    expect(focusedKey(el)).to.equal('d');
    await press(el, 'ArrowRight');
    expect(focusedKey(el)).to.equal('a');
  });

  it('leaves keys to the host when an inner listener handled them first', async () => {
    const { el } = await listHost();
    el.claimed = ['ArrowDown'];
    await focusItem(el, 'b');
    await press(el, 'ArrowDown');
    expect(el.claimedPresses).to.equal(1);
    expect(focusedKey(el), 'the host used the key; focus stays').to.equal('b');
    await press(el, 'ArrowRight');
    expect(focusedKey(el)).to.equal('c');
  });

  it('makes a focused or clicked item the active one', async () => {
    const { el } = await listHost();
    await focusItem(el, 'c');
    expect(el.roving.active).to.equal('c');
    expect(tabStops(el).map((item) => item.getAttribute('data-key'))).to.deep.equal(['c']);
    el.roving.setActive('d');
    await el.updateComplete;
    expect(tabStops(el).map((item) => item.getAttribute('data-key')), 'setActive moves the tab stop').to.deep.equal(['d']);
    expect(focusedKey(el), 'but not the focus').to.equal('c');
  });

  it('settles on the first item when the active one goes away', async () => {
    const { el } = await listHost();
    el.roving.setActive('c');
    el.keys = ['a', 'b', 'd'];
    await el.updateComplete;
    expect(el.roving.active).to.equal('a');
    expect(tabStops(el).map((item) => item.getAttribute('data-key'))).to.deep.equal(['a']);
  });

  it('focuses an item after the update that draws it', async () => {
    const { el } = await listHost();
    await focusItem(el, 'a');
    el.keys = [...el.keys, 'e'];
    const moved = el.roving.focus('e');
    expect(el.shadowRoot!.querySelector('[data-key="e"]'), 'not drawn yet').to.equal(null);
    await moved;
    expect(focusedKey(el)).to.equal('e');
    expect(tabStops(el).map((item) => item.getAttribute('data-key'))).to.deep.equal(['e']);
  });

  it('keeps focus on the same item when an update re-orders the items', async () => {
    const { el } = await listHost();
    await focusItem(el, 'a');
    el.keys = ['d', 'c', 'b', 'a'];
    await el.updateComplete;
    expect(focusedKey(el)).to.equal('a');
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelectorAll('[role="option"]')[3]);
  });
});

describe('roving focus: a grid host', () => {
  async function gridHost(): Promise<RovingGridHost> {
    const el = await fixture<RovingGridHost>(html`<test-roving-grid></test-roving-grid>`);
    el.shadowRoot!.querySelector<HTMLElement>('[aria-rowindex="1"] > [data-col="0"]')!.focus();
    await el.updateComplete;
    return el;
  }

  it('has one tab stop and moves cell by cell, holding at the edges', async () => {
    const el = await gridHost();
    expect(tabStops(el)).to.have.length(1);
    const visited: (GridCell | undefined)[] = [];
    for (const key of ['ArrowUp', 'ArrowLeft', 'ArrowRight', 'ArrowDown', 'End', 'ArrowRight', 'Home']) {
      await press(el, key);
      visited.push(focusedCell(el));
    }
    expect(visited).to.deep.equal([
      { row: 0, col: 0 },
      { row: 0, col: 0 },
      { row: 0, col: 1 },
      { row: 1, col: 1 },
      { row: 1, col: 2 },
      { row: 1, col: 2 },
      { row: 1, col: 0 },
    ]);
    expect(tabStops(el)).to.have.length(1);
    await expectAccessible(el);
  });

  it('jumps with Ctrl+Home/End and pages with PageUp/PageDown', async () => {
    const el = await gridHost();
    await press(el, 'Control+End');
    expect(focusedCell(el)).to.deep.equal({ row: 3, col: 2 });
    await press(el, 'PageUp');
    expect(focusedCell(el)).to.deep.equal({ row: 1, col: 2 });
    await press(el, 'PageUp');
    expect(focusedCell(el), 'the first row holds').to.deep.equal({ row: 0, col: 2 });
    await press(el, 'PageDown');
    expect(focusedCell(el)).to.deep.equal({ row: 2, col: 2 });
    await press(el, 'Control+Home');
    expect(focusedCell(el)).to.deep.equal({ row: 0, col: 0 });
  });

  it('mirrors left and right in right-to-left text', async () => {
    const el = await gridHost();
    el.setAttribute('dir', 'rtl');
    await press(el, 'ArrowLeft');
    expect(focusedCell(el)).to.deep.equal({ row: 0, col: 1 });
    await press(el, 'ArrowRight');
    expect(focusedCell(el)).to.deep.equal({ row: 0, col: 0 });
  });

  it('settles the active cell once per render, not once per cell (tabIndexes)', async () => {
    const el = await gridHost();
    el.rows = 40;
    el.cols = 25;
    el.shapeReads = 0;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[role="gridcell"]')).to.have.length(1000);
    expect(tabStops(el).map(cellOf)).to.deep.equal([{ row: 0, col: 0 }]);
    expect(el.shapeReads).to.equal(1);
  });

  it('keeps the tab stop inside the grid when it shrinks', async () => {
    const el = await gridHost();
    await press(el, 'Control+End');
    el.rows = 2;
    el.cols = 2;
    await el.updateComplete;
    expect(el.roving.active).to.deep.equal({ row: 1, col: 1 });
    expect(tabStops(el).map(cellOf)).to.deep.equal([{ row: 1, col: 1 }]);
  });
});
