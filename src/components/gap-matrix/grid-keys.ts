/** A cell of the grid: `row` and `col` are 0-based (aria-rowindex − 1, aria-colindex − 1). */
export interface GridCell {
  row: number;
  col: number;
}

export interface GridShape {
  rows: number;
  cols: number;
  /** Rows moved by PageUp/PageDown. */
  page: number;
}

/**
 * The ARIA grid pattern's movements: arrows one cell, Home/End to the row's first/last cell,
 * Ctrl+Home/End to the grid's first/last cell, PageUp/PageDown by a page of rows. Returns the
 * new cell, or `null` for a key the grid does not handle. Right-to-left swaps left and right.
 */
export function moveInGrid(from: GridCell, event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey'>, shape: GridShape, rtl = false): GridCell | null {
  const lastRow = shape.rows - 1;
  const lastCol = shape.cols - 1;
  const clamp = (row: number, col: number): GridCell => ({ row: Math.max(0, Math.min(lastRow, row)), col: Math.max(0, Math.min(lastCol, col)) });
  const ctrl = event.ctrlKey || event.metaKey;
  switch (event.key) {
    case 'ArrowUp':
      return clamp(from.row - 1, from.col);
    case 'ArrowDown':
      return clamp(from.row + 1, from.col);
    case 'ArrowLeft':
      return clamp(from.row, from.col + (rtl ? 1 : -1));
    case 'ArrowRight':
      return clamp(from.row, from.col + (rtl ? -1 : 1));
    case 'Home':
      return ctrl ? clamp(0, 0) : clamp(from.row, 0);
    case 'End':
      return ctrl ? clamp(lastRow, lastCol) : clamp(from.row, lastCol);
    case 'PageUp':
      return clamp(from.row - Math.max(1, shape.page), from.col);
    case 'PageDown':
      return clamp(from.row + Math.max(1, shape.page), from.col);
    default:
      return null;
  }
}
