import { LEVELS } from '../../../domain/scale.js';
import type { GridCell, RovingFocusController } from '../../../internal/controllers/roving-focus.js';
import type { GapMatrixStrings } from '../strings/index.js';

/** The visible text of a gap: a sign or a check mark, never colour alone. */
export function gapSymbol(gap: number): string {
  return gap > 0 ? `+${gap}` : gap === 0 ? '✓' : `−${-gap}`;
}

/** The heat class of a gap: g0..g3 to build or met, a1..a3 above target. */
export function gapClass(gap: number): string {
  return gap >= 0 ? `g${gap}` : `a${-gap}`;
}

const GAPS = [-3, -2, -1, 0, 1, 2, 3];

/** Symbols and classes of the gaps −3..3, at index gap + 3. */
export const GAP_SYMBOLS: readonly string[] = GAPS.map(gapSymbol);
export const GAP_CLASSES: readonly string[] = GAPS.map(gapClass);
/** Classes of the actual levels 0..3. */
export const LEVEL_CLASSES: readonly string[] = ['l0', 'l1', 'l2', 'l3'];

/** What a screen reader says for a team cell instead of its symbol: gaps at gap + 3 (as `GAP_SYMBOLS`), levels 0..3, a pending cell. */
export interface CellNames {
  readonly gap: readonly string[];
  readonly level: readonly string[];
  readonly pending: string;
}

const cellNamesOf = new WeakMap<GapMatrixStrings, CellNames>();

/** The cell names in the language of `s`, made once per language: a scroll frame only looks them up. */
export function cellNames(s: GapMatrixStrings): CellNames {
  let names = cellNamesOf.get(s);
  if (!names) cellNamesOf.set(s, (names = { gap: GAPS.map(s.gapText), level: LEVELS.map(s.levelText), pending: s.pending }));
  return names;
}

/** The grid cell a node belongs to: its row's `aria-rowindex` − 1 and its own `data-col`. */
export function cellOf(target: Element): { row: number; col: number } | undefined {
  const cell = target.closest('[data-col]');
  const row = cell?.closest('[aria-rowindex]');
  if (!cell || !row) return undefined;
  return { row: Number(row.getAttribute('aria-rowindex')) - 1, col: Number(cell.getAttribute('data-col')) };
}

/** The grid's own listeners: Enter and Space on a cell, a click on one (the arrow keys belong to the roving focus). */
export interface GridListeners {
  keydown: (event: KeyboardEvent) => void;
  click: (event: MouseEvent) => void;
}

/** Enter or Space on a cell activates it; a click makes it the active cell and activates it. */
export function gridListeners(roving: Pick<RovingFocusController<GridCell>, 'positionOfEvent' | 'setActive'>, activate: (cell: GridCell) => void): GridListeners {
  return {
    keydown: (event) => {
      const cell = roving.positionOfEvent(event);
      if (!cell || (event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault();
      activate(cell);
    },
    click: (event) => {
      const cell = roving.positionOfEvent(event);
      if (!cell) return;
      roving.setActive(cell);
      activate(cell);
    },
  };
}
