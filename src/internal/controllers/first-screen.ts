import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult, type LitElement, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** The latest the rest follows when no frame comes (a page in the background). */
const AT_THE_LATEST_MS = 100;

/** Events by which the user reaches into the element: then everything is drawn at once. */
const REACHING_IN = ['focusin', 'pointerdown'] as const;

/**
 * The first render of a long view draws what the first screen can show and leaves the rest out
 * for a moment: the time line the bars and row names below the window's lower edge and beside its
 * view (but the bar that holds the tab stop), the load strip, the legend, the findings and their
 * marks on the bars, and of a large plan the bars' entries (a picture of the bars stands in for
 * them), the matrix the rows below its scroll region. Right after the first paint (at
 * the latest after 100 ms), at once when the page is printed or the user reaches into the element,
 * everything is drawn; from then on every render draws everything.
 */
export class FirstScreen implements ReactiveController {
  private done = false;
  /** Whether a render left something out (only then the rest needs a render of its own). */
  private partial = false;
  private frame = 0;
  private timers: number[] = [];

  /**
   * `laterStyles`: the styles of what only the rest draws (a legend, lists, dialogs), adopted
   * after the first render that draws everything and before it is laid out, so that a first
   * render that leaves the rest out does not parse and match them.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private laterStyles?: CSSResult,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot;
    if (!this.laterStyles || (!this.done && this.partial) || !root) return;
    // Adopted sheets are replaced as a list; without them, a style element is added to those of `static styles`.
    const own = (this.host.constructor as typeof LitElement).elementStyles;
    adoptStyles(root, supportsAdoptingStyleSheets ? [...own, this.laterStyles] : [this.laterStyles]);
    this.laterStyles = undefined;
  }

  /** Whether this render may still leave out what lies beyond the first screen. */
  get pending(): boolean {
    return !this.done && this.host.isConnected;
  }

  /** How far down (px from its top) a view `height` high is drawn in full now, where a screen shows `screen` px of it. */
  cutFor(height: number, screen = window.innerHeight): number {
    return this.cutAt(height, Math.min(screen, window.innerHeight));
  }

  /**
   * `cutFor` for a view somewhere inside the host, measured from where the host is: lower on the
   * page (or below the fold) it draws less at first, and a host whose top the page has scrolled
   * past draws down to the window's lower edge. Reads the host's position only while the first
   * screen is pending: in the first render that costs no layout of its own (the host's width was
   * just read); a render before the first paint (data arriving at once) may force one.
   */
  cutInHost(height: number): number {
    return this.pending ? this.cutAt(height, window.innerHeight - this.host.getBoundingClientRect().top) : Infinity;
  }

  /** Whether this render may leave out what the first screen does not show, when that is something (`leavesOut`); the rest then follows. */
  firstOnly(leavesOut: boolean): boolean {
    if (!this.pending || !leavesOut) return false;
    this.partial = true;
    return true;
  }

  private cutAt(height: number, cut: number): number {
    return this.firstOnly(height > cut) ? cut : Infinity;
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.complete);
    for (const type of REACHING_IN) this.host.addEventListener(type, this.complete);
    if (!this.done) void this.host.updateComplete.then(() => this.schedule());
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.complete);
    for (const type of REACHING_IN) this.host.removeEventListener(type, this.complete);
    this.cancel();
  }

  /** Draws everything from now on. */
  readonly complete = (): void => {
    this.cancel();
    if (this.done) return;
    this.done = true;
    if (this.partial) this.host.requestUpdate();
  };

  /** After the next frame is painted (a task queued in the frame runs after its paint). */
  private schedule(): void {
    if (this.done || !this.host.isConnected || this.timers.length > 0) return;
    this.frame = requestAnimationFrame(() => this.timers.push(window.setTimeout(this.complete)));
    this.timers.push(window.setTimeout(this.complete, AT_THE_LATEST_MS));
  }

  private cancel(): void {
    cancelAnimationFrame(this.frame);
    for (const timer of this.timers.splice(0)) clearTimeout(timer);
  }
}
