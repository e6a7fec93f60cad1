import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ResizeControllerOptions {
  /** Width used until the first measurement (e.g. when not yet laid out). */
  fallback?: number;
  /** Narrowest and widest width the host draws for; the reported `width` is clamped to these. */
  min?: number;
  max?: number;
  /** Width changes smaller than this (in px) are ignored. Default 1. */
  step?: number;
}

/**
 * Follows the content-box width of its host with a ResizeObserver and asks for an update only
 * when the (clamped, rounded) width really changes, so an element redraws on resize without
 * anyone calling `redraw()`, and not on every observer callback.
 *
 *     private readonly size = new ResizeController(this, { min: 280, max: 1200, fallback: 600 });
 *     render() { const w = this.size.width; … }
 */
export class ResizeController implements ReactiveController {
  private observer: ResizeObserver | undefined;
  private measured: number | undefined;
  private readonly options: Required<ResizeControllerOptions>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    options: ResizeControllerOptions = {},
  ) {
    this.options = { fallback: 600, min: 0, max: Number.POSITIVE_INFINITY, step: 1, ...options };
    host.addController(this);
  }

  /** The width to draw for: measured, clamped to [min, max], rounded to whole pixels. */
  get width(): number {
    return this.clamp(this.measured ?? this.options.fallback);
  }

  /** Whether a real measurement is known (false before the host was laid out). */
  get measuredOnce(): boolean {
    return this.measured !== undefined;
  }

  private clamp(width: number): number {
    return Math.round(Math.min(this.options.max, Math.max(this.options.min, width)));
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      const size = entry.contentBoxSize?.[0];
      this.accept(size ? size.inlineSize : entry.contentRect.width);
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Before the first update: read the width once, so the first drawing has the right size. */
  hostUpdate(): void {
    if (this.measured === undefined && this.host.isConnected) {
      const width = this.host.clientWidth;
      if (width > 0) this.measured = width;
    }
  }

  private accept(width: number): void {
    if (!(width > 0)) return;
    const previous = this.measured === undefined ? undefined : this.clamp(this.measured);
    this.measured = width;
    if (previous !== undefined && Math.abs(this.clamp(width) - previous) < this.options.step) return;
    // Redraw in a task of its own, not inside the observer's delivery: the redraw changes the
    // host's height, which would otherwise end in "ResizeObserver loop completed with
    // undelivered notifications". (A timer, not an animation frame: background pages get none.)
    if (this.timer === undefined) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.host.requestUpdate();
      });
    }
  }

  private timer: ReturnType<typeof setTimeout> | undefined;
}
