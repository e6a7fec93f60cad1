import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RowRange {
  /** First row to render (inclusive). */
  first: number;
  /** Last row to render (exclusive). */
  last: number;
}

/** Rows to draw beyond the scroll port, above and below it. */
export interface RowSpare {
  above: number;
  below: number;
}

/**
 * Which rows of a long list are in view: rows `first..last-1` intersect the scroll port below a
 * sticky header of `header` px, widened by `spare.above` rows above and `spare.below` rows below.
 * Rows are `rowHeight` px tall and start right below the header.
 */
export function visibleRows(scrollTop: number, viewport: number, header: number, rowHeight: number, count: number, spare: RowSpare): RowRange {
  if (count === 0 || rowHeight <= 0) return { first: 0, last: 0 };
  const body = Math.max(rowHeight, viewport - header);
  const top = Math.max(0, scrollTop);
  const first = Math.max(0, Math.floor(top / rowHeight) - spare.above);
  const last = Math.min(count, Math.ceil((top + body) / rowHeight) + spare.below);
  return { first, last: Math.max(first, last) };
}

/**
 * Windowing for a grid inside its own scroll container: follows the scroll position and the
 * height of the container and asks the host for an update only when the set of rows to render
 * changes. The host renders a spacer of `count × rowHeight` and the rows of `range()` placed at
 * `offsetOf(i)` (through a CSS custom property set from code).
 */
export class RowWindow implements ReactiveController {
  rowHeight: number;
  private scroller: HTMLElement | undefined;
  private headerElement: HTMLElement | undefined;
  /** A drawn row, whose height is adopted once it is laid out. */
  private row: HTMLElement | undefined;
  private rowMeasured = false;
  private observer: ResizeObserver | undefined;
  private scrollTop = 0;
  private viewport = 0;
  private header = 0;
  private count = 0;
  private rendered: RowRange = { first: 0, last: 0 };
  /** Whether the last scroll went down: the rows to spare lie ahead, in the direction of scrolling. */
  private down = true;
  private readonly onScroll = (): void => {
    if (!this.scroller) return;
    // A scroll before the resize observer's first report (a script's, or in a tab without frames yet).
    if (!this.rowMeasured) {
      this.readSizes();
      this.measure(this.row);
    }
    this.follow(this.scroller.scrollTop);
    this.check();
  };

  /**
   * `overscan`: rows drawn beyond the scroll port in the direction of scrolling (for a scroll that
   * runs ahead of the page's script), `behind`: on the other side. Every row drawn is restyled and
   * laid out in a frame that scrolls by a screen. `fallbackViewport` and `fallbackHeader`: the
   * sizes assumed for the first render, before any is measured (a first render of too few rows is
   * completed right after the sizes are read; one of too many draws rows nobody sees).
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: { overscan: number; behind: number; rowHeight: number; fallbackViewport: number; fallbackHeader: number },
  ) {
    this.rowHeight = options.rowHeight;
    host.addController(this);
  }

  /**
   * Connects to the scroll container and the sticky header above the rows (call from
   * `updated`; repeated calls with the same elements read nothing). The sizes are read when the
   * browser has laid them out anyway (the first call of the resize observer), not in `updated`,
   * which would force a layout in the middle of the task that drew them.
   */
  private attach(scroller: HTMLElement | null, header: HTMLElement | null): void {
    if (scroller === this.scroller && header === this.headerElement) return;
    this.detach();
    if (!scroller) return;
    this.scroller = scroller;
    this.headerElement = header ?? undefined;
    scroller.addEventListener('scroll', this.onScroll, { passive: true });
    if (typeof ResizeObserver === 'undefined') {
      this.readSizes();
      this.check();
      return;
    }
    this.observer = new ResizeObserver(() => {
      this.readSizes();
      this.rowMeasured = false;
      this.measure(this.row);
      this.keepRowsBelowHeader();
      this.check();
    });
    this.observer.observe(scroller);
    if (header) this.observer.observe(header);
  }

  private readSizes(): void {
    if (!this.scroller) return;
    this.scrollTop = this.scroller.scrollTop;
    this.viewport = this.scroller.clientHeight;
    this.header = this.headerElement?.offsetHeight ?? 0;
  }

  /**
   * Follows the scroll container and the header of the team grid in `root` after the host's
   * latest render (`updated`), adopts the height of a drawn row, and keeps focus moves from hiding
   * a row under the sticky header. Not `windowed` (another mode) lets go of the container.
   */
  sync(root: ParentNode, windowed: boolean): void {
    const scroller = windowed ? root.querySelector<HTMLElement>("[part='scroller']") : null;
    this.attach(scroller, root.querySelector<HTMLElement>('.team .head'));
    if (!scroller) return;
    this.watchRow(root.querySelector<HTMLElement>('.team .body > .row') ?? undefined);
    this.keepRowsBelowHeader();
  }

  /** Focus moves scroll a row to below the sticky header, not under it. */
  private keepRowsBelowHeader(): void {
    const padding = `${this.header}px`;
    if (this.scroller && this.scroller.style.getPropertyValue('scroll-padding-top') !== padding) this.scroller.style.setProperty('scroll-padding-top', padding);
  }

  /** Height of the sticky header above the rows (px); the assumed one until the sizes are read. */
  get headerHeight(): number {
    return this.scroller ? this.header : this.options.fallbackHeader;
  }

  /** Follows the first drawn row: a row not measured yet is measured once it is laid out (or at once, without a resize observer). */
  private watchRow(row: HTMLElement | undefined): void {
    if (row === this.row) return;
    if (this.row) this.observer?.unobserve(this.row);
    this.row = row;
    if (!row || this.rowMeasured) return;
    if (this.observer) this.observer.observe(row);
    else this.measure(row);
  }

  /**
   * Adopts the height of a rendered row, once (and again after a resize). Its exact height, not the
   * rounded `offsetHeight`: the rows in the flow stand at multiples of it below the body's padding.
   */
  private measure(row: HTMLElement | undefined): void {
    if (this.rowMeasured || !row) return;
    this.rowMeasured = true;
    const height = parseFloat(getComputedStyle(row).height);
    if (height > 0 && Math.abs(height - this.rowHeight) >= 0.01) {
      this.rowHeight = height;
      this.host.requestUpdate();
    }
  }

  /** The rows to render for a list of `count` rows. */
  range(count: number): RowRange {
    this.count = count;
    this.rendered = this.wanted();
    return this.rendered;
  }

  private wanted(): RowRange {
    const { overscan, behind } = this.options;
    const spare = this.down ? { above: behind, below: overscan } : { above: overscan, below: behind };
    return visibleRows(this.scrollTop, this.viewportHeight, this.headerHeight, this.rowHeight, this.count, spare);
  }

  private get viewportHeight(): number {
    return this.viewport > 0 ? this.viewport : this.options.fallbackViewport;
  }

  private follow(scrollTop: number): void {
    if (scrollTop !== this.scrollTop) this.down = scrollTop > this.scrollTop;
    this.scrollTop = scrollTop;
  }

  /** Rows that fit in the scroll port (for PageUp/PageDown). */
  get page(): number {
    return Math.max(1, Math.floor((this.viewportHeight - this.headerHeight) / this.rowHeight) - 1);
  }

  offsetOf(index: number): number {
    return index * this.rowHeight;
  }

  /** Scrolls the container just enough that row `index` is fully visible below the header. */
  reveal(index: number): void {
    if (!this.scroller) return;
    const top = this.offsetOf(index);
    const body = this.scroller.clientHeight - this.header;
    let next = this.scroller.scrollTop;
    if (top < next) next = top;
    else if (top + this.rowHeight > next + body) next = top + this.rowHeight - body;
    if (next !== this.scroller.scrollTop) {
      this.scroller.scrollTop = next;
      this.follow(this.scroller.scrollTop);
      this.check();
    }
  }

  private check(): void {
    const next = this.wanted();
    // Rows to spare are harmless; only rows that are missing need a new render.
    if (next.first < this.rendered.first || next.last > this.rendered.last) this.host.requestUpdate();
  }

  private detach(): void {
    this.scroller?.removeEventListener('scroll', this.onScroll);
    this.observer?.disconnect();
    this.observer = undefined;
    this.scroller = undefined;
    this.headerElement = undefined;
    this.row = undefined;
  }

  hostConnected(): void {
    // Re-attached by the host's next `updated`.
  }

  hostDisconnected(): void {
    this.detach();
  }
}
