import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ResizeControllerOptions {
  /** Width used until the first measurement (e.g. when not yet laid out). */
  fallback?: number;
  /** Narrowest and widest width the host draws for; the reported `width` is clamped to these. */
  min?: number;
  max?: number;
  /** Width changes smaller than this (in px) are ignored. Default 1. */
  step?: number;
  /**
   * Whether the controller reads the host's width itself before the first update (default). An
   * element that reads the sizes of many instances together calls `measure()` instead.
   */
  measureOnUpdate?: boolean;
}

/**
 * One observer for every controller on the page, and one task that asks all resized hosts for
 * an update: a resize that reaches many elements redraws them in one go, not one task each.
 */
const observed = new WeakMap<Element, Set<(width: number) => void>>();
const resized = new Set<ReactiveControllerHost>();
let observer: ResizeObserver | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

function sharedObserver(): ResizeObserver {
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) {
      const size = entry.contentBoxSize?.[0];
      const width = size ? size.inlineSize : entry.contentRect.width;
      observed.get(entry.target)?.forEach((accept) => accept(width));
    }
  });
  return observer;
}

function redrawResized(): void {
  timer = undefined;
  const hosts = [...resized];
  resized.clear();
  for (const host of hosts) host.requestUpdate();
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
  private measured: number | undefined;
  private readonly options: Required<ResizeControllerOptions>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    options: ResizeControllerOptions = {},
  ) {
    this.options = { fallback: 600, min: 0, max: Number.POSITIVE_INFINITY, step: 1, measureOnUpdate: true, ...options };
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
    let accepts = observed.get(this.host);
    if (!accepts) observed.set(this.host, (accepts = new Set()));
    accepts.add(this.accept);
    sharedObserver().observe(this.host);
  }

  hostDisconnected(): void {
    resized.delete(this.host);
    const accepts = observed.get(this.host);
    accepts?.delete(this.accept);
    if (accepts?.size === 0) {
      observed.delete(this.host);
      observer?.unobserve(this.host);
    }
  }

  /** Before the first update: read the width once, so the first drawing has the right size. */
  hostUpdate(): void {
    if (this.options.measureOnUpdate) this.measure();
  }

  /** Reads the host's width now if none is known yet (forces a layout when the page has changed since the last one). */
  measure(): void {
    if (this.measured === undefined && this.host.isConnected) {
      const width = this.host.clientWidth;
      if (width > 0) this.measured = width;
    }
  }

  /** The shared observer's report of the host's width. */
  private readonly accept = (width: number): void => {
    if (!(width > 0)) return;
    const previous = this.measured === undefined ? undefined : this.clamp(this.measured);
    this.measured = width;
    if (previous !== undefined && Math.abs(this.clamp(width) - previous) < this.options.step) return;
    // Redraw in a task of its own, not inside the observer's delivery: the redraw changes the
    // host's height, which would otherwise end in "ResizeObserver loop completed with
    // undelivered notifications". (A timer, not an animation frame: background pages get none.)
    resized.add(this.host);
    timer ??= setTimeout(redrawResized);
  };
}
