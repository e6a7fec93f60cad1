import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextTask } from '../../../internal/next-task.js';

/** Longest a task that builds waiting tables may take before it lets the page paint and react. */
const SLICE_MS = 8;
/** Without frames (a page in the background) the tables are built after this long. */
const AT_LATEST_MS = 100;

const waiting = new Set<DeferredTableController>();
let scheduled = false;

const inNextTask = () => new Promise<void>((resolve) => nextTask(resolve));

/** Builds the waiting tables, a few per task, each table in its host's own update. */
async function buildWaiting(): Promise<void> {
  let start = performance.now();
  for (const table of waiting) {
    waiting.delete(table);
    await table.build();
    if (performance.now() - start > SLICE_MS) {
      await inNextTask();
      start = performance.now();
    }
  }
  scheduled = false;
  if (waiting.size > 0) schedule();
}

/** After the next paint: an animation frame runs before it, a task queued there after it. */
function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    clearTimeout(fallback);
    void buildWaiting();
  };
  const fallback = setTimeout(start, AT_LATEST_MS);
  requestAnimationFrame(() => nextTask(start));
}

/**
 * The data table is built after the wheel's first paint, so the wheel appears without waiting
 * for it: within a frame (at the latest after 100 ms), at once when the page is printed or the
 * table opened. Until then its region is empty. The tables of many wheels are built together,
 * in slices that keep the page responsive. `ready` resolves once the table is in the DOM.
 */
export class DeferredTableController implements ReactiveController {
  private built = false;
  private drawn = false;
  private resolve!: () => void;
  readonly ready = new Promise<void>((resolve) => {
    this.resolve = resolve;
  });

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Whether the table is drawn. */
  get shown(): boolean {
    return this.built;
  }

  /** Draws the table in the next update and waits for it. */
  async build(): Promise<void> {
    if (!this.built) {
      this.built = true;
      this.host.requestUpdate();
    }
    await this.host.updateComplete;
    this.resolve();
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBeforePrint);
    if (this.drawn) this.wait();
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    waiting.delete(this);
  }

  hostUpdated(): void {
    this.drawn = true;
    this.wait();
  }

  private wait(): void {
    if (this.built || waiting.has(this)) return;
    waiting.add(this);
    schedule();
  }

  private readonly onBeforePrint = (): void => {
    waiting.delete(this);
    void this.build();
  };
}
