import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createKrEvent, type KrErrorDetail } from './events.js';

/** A problem currently shown in the element's notice. */
export interface Problem extends KrErrorDetail {
  /** The group it belongs to; `clear(scope)` drops the group (see `ErrorReporter.report`). */
  scope: string;
  /** The offending value in short (an id, a level), for the visible notice. */
  subject?: string;
}

export interface ReportOptions {
  /** Defaults to `source`. */
  scope?: string;
  subject?: string;
  /** Ask the host for an update when the list changes (default true). */
  update?: boolean;
}

const keyOf = (detail: KrErrorDetail): string => `${detail.code}\u0000${detail.source}\u0000${detail.message}`;

/**
 * Collects the input problems of an element: the ones that hold now (for the visible notice)
 * and which of them were already announced, so that `kr-error` fires once per distinct problem
 * (same code, source and message) while it holds.
 *
 * Problems are grouped in scopes. An element that re-checks some input clears that input's
 * scope first and reports again; the notice then shows the current state, and a problem that is
 * reported again before the end of the update is not announced again. A problem that was
 * cleared and not reported again by the end of an update has gone away: it is forgotten and
 * announced anew when it comes back. Events are dispatched after the update (`hostUpdated`), so
 * problems found while the element is being created reach listeners that are bound after it.
 */
export class ErrorReporter implements ReactiveController {
  /** Keys of the announced problems that held at the end of the last update, or were reported since. */
  private readonly announced = new Set<string>();
  private pending: KrErrorDetail[] = [];
  private current: Problem[] = [];
  /** Something was cleared since the last update ended: announced problems may have gone away. */
  private cleared = false;

  constructor(private readonly host: ReactiveControllerHost & EventTarget) {
    host.addController(this);
  }

  /** The problems that hold now, in the order they were found. */
  get problems(): readonly Problem[] {
    return this.current;
  }

  report(code: string, message: string, source: string, options: ReportOptions = {}): void {
    const detail: KrErrorDetail = { code, message, source };
    const key = keyOf(detail);
    const scope = options.scope ?? source;
    let changed = false;
    if (!this.current.some((problem) => problem.scope === scope && keyOf(problem) === key)) {
      const problem: Problem = { ...detail, scope };
      if (options.subject !== undefined) problem.subject = options.subject;
      this.current = [...this.current, problem];
      changed = true;
    }
    if (!this.announced.has(key)) {
      this.announced.add(key);
      this.pending.push(detail);
      changed = true;
    }
    if (changed && options.update !== false) this.host.requestUpdate();
  }

  /**
   * Drops the problems of `scope` from the notice. Those reported again before the end of the
   * next update are not announced again; the others are forgotten then.
   */
  clear(scope: string): void {
    const kept = this.current.filter((problem) => problem.scope !== scope);
    if (kept.length === this.current.length) return;
    this.current = kept;
    this.cleared = true;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.cleared) {
      this.cleared = false;
      const holding = new Set(this.current.map(keyOf));
      for (const key of this.announced) if (!holding.has(key)) this.announced.delete(key);
    }
    if (this.pending.length === 0) return;
    const pending = this.pending;
    this.pending = [];
    for (const detail of pending) this.host.dispatchEvent(createKrEvent('kr-error', detail));
  }
}
