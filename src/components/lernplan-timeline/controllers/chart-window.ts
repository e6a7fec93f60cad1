import type { ReactiveControllerHost } from 'lit';
import { drawnRange, initialScroll, leavesRange, type XRange } from '../model/chart-window.js';

/**
 * Which stretch of the time line is drawn: the part in view and a margin on both sides (see
 * `drawnRange`). Scrolling near the edge of what is drawn draws again; a long plan therefore
 * costs no more nodes than a short one. A new plan, zoom or view is scrolled to today (or its
 * start) once it is drawn.
 */
export class ChartWindow {
  private scrollLeft = 0;
  /** The chart scrolls to today once it is drawn. */
  private toToday = true;
  private drawn: XRange | undefined;
  private viewport = 0;
  private width = 0;

  /** `following`: something placed by the scroll position is shown (then every scroll draws again). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly following: () => boolean = () => false,
  ) {}

  /** What to draw now of a chart `width` wide in a view `viewport` wide (`inViewOnly`: no margin, as in the first render). */
  range(width: number, viewport: number, inViewOnly = false): XRange {
    this.width = width;
    this.viewport = viewport;
    this.drawn = drawnRange(this.scrollLeft, viewport, width, inViewOnly ? 0 : undefined);
    return this.drawn;
  }

  /** The stretch in view. */
  get visible(): XRange {
    return { from: this.scrollLeft, to: this.scrollLeft + this.viewport };
  }

  /** The view is (about to be) scrolled to `left` by the element itself. */
  scrolledTo(left: number): void {
    this.scrollLeft = left;
  }

  /** A new plan, zoom or view: the next drawing starts at today. */
  startAtToday(): void {
    this.toToday = true;
  }

  /** Before drawing a chart whose today line is at `todayX` (`undefined`: none) in a view `viewport` wide: where it will be scrolled to. */
  beforeDrawing(todayX: number | undefined, viewport: number): void {
    if (this.toToday) this.scrolledTo(initialScroll(todayX, viewport));
  }

  /** After drawing `chart` (none: nothing drawn yet): brings today into view in its scroller (a quarter of the way in), or the start when today is not in the range. */
  afterDrawing(scroller: () => HTMLElement | null, chart: { todayX: number | undefined } | undefined): void {
    const element = this.toToday && chart ? scroller() : null;
    if (!element || !chart) return;
    this.toToday = false;
    element.scrollLeft = initialScroll(chart.todayX, element.clientWidth);
    this.scrolledTo(element.scrollLeft);
  }

  /** Follows the scroller; draws again when the view nears an edge of what is drawn. */
  readonly onScroll = (event: Event): void => {
    this.scrollLeft = (event.currentTarget as HTMLElement).scrollLeft;
    if (this.following() || (this.drawn && leavesRange(this.drawn, this.scrollLeft, this.viewport, this.width))) this.host.requestUpdate();
  };
}
