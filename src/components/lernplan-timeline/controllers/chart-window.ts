import type { ReactiveControllerHost } from 'lit';
import { drawnRange, leavesRange, type XRange } from '../model/chart-window.js';

/**
 * Which stretch of the time line is drawn: the part in view and a margin on both sides (see
 * `drawnRange`). Scrolling near the edge of what is drawn draws again; a long plan therefore
 * costs no more nodes than a short one.
 */
export class ChartWindow {
  private scrollLeft = 0;
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

  /** Follows the scroller; draws again when the view nears an edge of what is drawn. */
  readonly onScroll = (event: Event): void => {
    this.scrollLeft = (event.currentTarget as HTMLElement).scrollLeft;
    if (this.following() || (this.drawn && leavesRange(this.drawn, this.scrollLeft, this.viewport, this.width))) this.host.requestUpdate();
  };
}
