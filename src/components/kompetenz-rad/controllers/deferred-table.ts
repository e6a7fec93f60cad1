import { render, type ReactiveController, type ReactiveControllerHost } from 'lit';
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

/** Where the table goes and what it is. */
export interface TableTarget {
  /** The element the table is drawn into (empty in the host's own template), if the host has one now. */
  container(): HTMLElement | null;
  /** The table as it is now. */
  content(): unknown;
}

/**
 * The data table is built after the wheel's first paint, so the wheel appears without waiting
 * for it: within a frame (at the latest after 100 ms), at once when the page is printed or the
 * table opened. Until then its region is empty. The tables of many wheels are built together,
 * in slices that keep the page responsive. `ready` resolves once the table is in the DOM.
 *
 * The table is drawn into its container by the controller, not by the host's template: building
 * it then costs no update of the whole wheel, and after each of the host's updates it is drawn
 * again (the same table costs nothing).
 */
export class DeferredTableController implements ReactiveController {
  private built = false;
  private drawn = false;
  private resolve!: () => void;
  readonly ready = new Promise<void>((resolve) => {
    this.resolve = resolve;
  });

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly target: TableTarget,
  ) {
    host.addController(this);
  }

  /** Draws the table now (or, before the host's first render, with it) and waits for it. */
  async build(): Promise<void> {
    this.built = true;
    waiting.delete(this);
    if (!this.draw()) await this.host.updateComplete;
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
    if (this.built) this.draw();
    else this.wait();
  }

  /** Whether there was a container to draw into. */
  private draw(): boolean {
    const container = this.target.container();
    if (container) render(this.target.content(), container);
    return container !== null;
  }

  private wait(): void {
    if (this.built || waiting.has(this)) return;
    waiting.add(this);
    schedule();
  }

  private readonly onBeforePrint = (): void => {
    void this.build();
  };
}
