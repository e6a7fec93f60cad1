import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The parts of a `KeyboardEvent` the key mapping reads. */
export type KeyPress = Pick<KeyboardEvent, 'key'> & Partial<Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey'>>;

/**
 * A step through a list: ←/↑ previous, →/↓ next (← and → swapped in right-to-left text),
 * Home/End first/last. With `wrap` the ends join; else the index stays at an end. Returns the
 * new index, or `null` for a key the list does not handle (also any key with Ctrl, Alt or ⌘)
 * or an empty list.
 */
export function moveInList(from: number, count: number, event: KeyPress, { wrap = false, rtl = false }: { wrap?: boolean; rtl?: boolean } = {}): number | null {
  if (count <= 0 || event.ctrlKey || event.metaKey || event.altKey) return null;
  const step = (by: number) => {
    const next = from + by;
    return wrap ? ((next % count) + count) % count : Math.max(0, Math.min(count - 1, next));
  };
  switch (event.key) {
    case 'ArrowUp':
      return step(-1);
    case 'ArrowDown':
      return step(1);
    case 'ArrowLeft':
      return step(rtl ? 1 : -1);
    case 'ArrowRight':
      return step(rtl ? -1 : 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** A cell of a grid: `row` and `col` are 0-based (aria-rowindex − 1, aria-colindex − 1). */
export interface GridCell {
  row: number;
  col: number;
}

export interface GridShape {
  rows: number;
  cols: number;
  /** Rows moved by PageUp/PageDown (at least 1; default 10). */
  page?: number;
}

/**
 * The ARIA grid pattern's movements: arrows one cell, Home/End to the row's first/last cell,
 * Ctrl+Home/End (⌘ too) to the grid's first/last cell, PageUp/PageDown by a page of rows; the
 * edges hold. Right-to-left swaps left and right. Returns the new cell, or `null` for a key the
 * grid does not handle.
 */
export function moveInGrid(from: GridCell, event: KeyPress, shape: GridShape, rtl = false): GridCell | null {
  const lastRow = shape.rows - 1;
  const lastCol = shape.cols - 1;
  const clamp = (row: number, col: number): GridCell => ({ row: Math.max(0, Math.min(lastRow, row)), col: Math.max(0, Math.min(lastCol, col)) });
  const ctrl = event.ctrlKey || event.metaKey;
  const page = Math.max(1, shape.page ?? 10);
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
      return clamp(from.row - page, from.col);
    case 'PageDown':
      return clamp(from.row + page, from.col);
    default:
      return null;
  }
}

/** How positions of one kind (list keys, grid cells) are moved through and kept valid. */
export interface Navigation<P> {
  /** Where `event` leads from `from`, or `null` when the key does not move. */
  move(from: P, event: KeyPress, rtl: boolean): P | null;
  /** The valid position for a wanted one (the nearest, or the first); `undefined` when there are no items. */
  settle(wanted: P | undefined): P | undefined;
  same(a: P, b: P): boolean;
}

/**
 * Items in one sequence, named by keys (`keys()` in visiting order, read when needed, so it may
 * change between updates). A key that is gone settles on the first item.
 */
export function listNavigation({ keys, wrap = false }: { keys: () => readonly string[]; wrap?: boolean }): Navigation<string> {
  return {
    move(from, event, rtl) {
      const list = keys();
      const index = moveInList(Math.max(0, list.indexOf(from)), list.length, event, { wrap, rtl });
      return index === null ? null : (list[index] ?? null);
    },
    settle(wanted) {
      const list = keys();
      return wanted !== undefined && list.includes(wanted) ? wanted : list[0];
    },
    same: (a, b) => a === b,
  };
}

/** Cells of a grid of `shape()` rows and columns (read when needed); a cell outside settles on the nearest one. */
export function gridNavigation(shape: () => GridShape): Navigation<GridCell> {
  return {
    move: (from, event, rtl) => moveInGrid(from, event, shape(), rtl),
    settle(wanted) {
      const { rows, cols } = shape();
      if (rows <= 0 || cols <= 0) return undefined;
      const { row = 0, col = 0 } = wanted ?? {};
      return { row: Math.max(0, Math.min(rows - 1, row)), col: Math.max(0, Math.min(cols - 1, col)) };
    },
    same: (a, b) => a.row === b.row && a.col === b.col,
  };
}

/** An element that takes focus: an HTML element or an SVG group. */
export type FocusableItem = HTMLElement | SVGElement;

export interface RovingFocusOptions<P> {
  navigation: Navigation<P>;
  /** The rendered item of a position (in the host's shadow root), or `null` when it is not drawn. */
  element(position: P): FocusableItem | null;
  /** The position of the item an event target belongs to; `undefined` for anything else. */
  positionOf(target: Element): P | undefined;
  /** Right-to-left reading order (default: the host's computed `direction`). */
  rtl?: () => boolean;
  /** Called before a move waits for the update, e.g. to scroll a virtualised row into the drawn range. */
  reveal?: (position: P) => void;
}

/**
 * Roving tabindex for the items of one widget (a list or a grid): exactly one tab stop, the
 * active item, which the arrow keys move (see `moveInList`, `moveInGrid`); DOM focus follows
 * after the host's update has drawn the new active item.
 *
 * - A render takes `const tabIndex = roving.tabIndexes()` once and gives each item
 *   `tabindex=${tabIndex(position)}` (0 for the active one, -1 for the rest).
 * - Key presses on items are handled on the host: a keydown whose default an inner listener
 *   has already prevented is left alone, so an element handles its own keys (a level step, a
 *   move of an entry) first and lets the rest through.
 * - Focus moving into an item (Tab, a click) makes it the active one.
 * - When an update replaces or re-orders the focused item, focus is put back on the item at
 *   the same position.
 */
export class RovingFocusController<P> implements ReactiveController {
  private wanted: P | undefined;
  private focusedBeforeUpdate: P | undefined;
  private focusing = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: RovingFocusOptions<P>,
  ) {
    host.addController(this);
  }

  /** The active item's position (kept valid as the items change); `undefined` without items. */
  get active(): P | undefined {
    return this.options.navigation.settle(this.wanted);
  }

  /**
   * The tabindex of each item of one render: 0 for the active item (the one tab stop), -1 for the
   * others. The active item is settled once, when it is called, not once per item.
   */
  tabIndexes(): (position: P) => 0 | -1 {
    const active = this.active;
    return (position) => (active !== undefined && this.options.navigation.same(active, position) ? 0 : -1);
  }

  /** Makes `position` the active item without moving focus (e.g. on a pointer press). */
  setActive(position: P): void {
    const active = this.active;
    this.wanted = position;
    if (active === undefined || !this.options.navigation.same(active, position)) this.host.requestUpdate();
  }

  /** Makes `position` active and focuses its item once the host has drawn it. */
  async focus(position: P): Promise<void> {
    this.setActive(position);
    this.options.reveal?.(position);
    this.focusing += 1;
    try {
      await this.host.updateComplete;
    } finally {
      this.focusing -= 1;
    }
    const active = this.active;
    if (active !== undefined) this.options.element(active)?.focus();
  }

  /** The position of the item an event came from (across the shadow boundary), or `undefined`. */
  positionOfEvent(event: Event): P | undefined {
    const target = event.composedPath()[0];
    return target instanceof Element ? this.itemPosition(target) : undefined;
  }

  /** Moves the active item for a key press on an item; `true` when the key was used (its default is then prevented). */
  handleKey(event: KeyboardEvent): boolean {
    const from = this.positionOfEvent(event);
    if (from === undefined) return false;
    const to = this.options.navigation.move(from, event, this.isRtl());
    if (to === null) return false;
    event.preventDefault();
    void this.focus(to);
    return true;
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeyDown);
    this.host.addEventListener('focusin', this.onFocusIn);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown);
    this.host.removeEventListener('focusin', this.onFocusIn);
  }

  hostUpdate(): void {
    this.focusedBeforeUpdate = this.itemPosition(this.focusedElement());
  }

  hostUpdated(): void {
    const position = this.focusedBeforeUpdate;
    this.focusedBeforeUpdate = undefined;
    if (position === undefined || this.focusing > 0) return;
    const item = this.options.element(position);
    const focused = this.focusedElement();
    // Only when focus was lost or landed on another item; focus that moved elsewhere (a dialog) stays.
    if (item && focused !== item && (focused === null || this.itemPosition(focused) !== undefined)) item.focus({ preventScroll: true });
  }

  private itemPosition(target: Element | null): P | undefined {
    return target && (this.host.shadowRoot ?? this.host).contains(target) ? this.options.positionOf(target) : undefined;
  }

  private focusedElement(): Element | null {
    return this.host.shadowRoot ? this.host.shadowRoot.activeElement : this.host.ownerDocument.activeElement;
  }

  private isRtl(): boolean {
    return this.options.rtl ? this.options.rtl() : getComputedStyle(this.host).direction === 'rtl';
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (!event.defaultPrevented) this.handleKey(event);
  };

  private readonly onFocusIn = (event: FocusEvent): void => {
    const position = this.positionOfEvent(event);
    if (position !== undefined) this.setActive(position);
  };
}
