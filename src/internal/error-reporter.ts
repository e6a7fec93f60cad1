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
 * and, across the element's life, which were already announced, so that `kr-error` fires
 * exactly once per distinct problem (same code, source and message).
 *
 * Problems are grouped in scopes. An element that re-checks some input clears that input's
 * scope first and reports again; the notice then shows the current state while the events
 * are not repeated. Events are dispatched after the next update (`hostUpdated`), so problems
 * found while the element is being created reach listeners that are bound after it.
 */
export class ErrorReporter implements ReactiveController {
  private readonly announced = new Set<string>();
  private pending: KrErrorDetail[] = [];
  private current: Problem[] = [];

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

  /** Drops the problems of `scope` from the notice (they are not announced again if they recur). */
  clear(scope: string): void {
    const kept = this.current.filter((problem) => problem.scope !== scope);
    if (kept.length === this.current.length) return;
    this.current = kept;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.pending.length === 0) return;
    const pending = this.pending;
    this.pending = [];
    for (const detail of pending) this.host.dispatchEvent(createKrEvent('kr-error', detail));
  }
}
