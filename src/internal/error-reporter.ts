import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MessageParam, MessageParams } from '../domain/errors.js';
import { createKrEvent, type KrErrorDetail } from './events.js';
import type { InputProblem } from './inputs.js';
import { loadIssueWords } from './issue-words.js';

/** A problem currently shown in the element's notice. */
export interface Problem extends KrErrorDetail {
  /** The group it belongs to; `clear(scope)` drops the group (see `ErrorReporter.report`). */
  scope: string;
  /** The offending value in short (an id, a level), for the visible notice. */
  subject?: string;
  /** The notice's own sentence for it (`InputProblem.text`). */
  text?: string;
  /** It is a domain issue (`InputProblem.dataIssue`). */
  dataIssue?: true;
}

export interface ReportOptions {
  /** Defaults to `source`. */
  scope?: string;
  subject?: string;
  text?: string;
  dataIssue?: true;
  /** The JSON path of the offending value, passed on in `kr-error`. */
  path?: string;
  /** The values involved, passed on in `kr-error`. */
  params?: MessageParams;
  /** Ask the host for an update when the list changes (default true). */
  update?: boolean;
}

const noteValue = (value: MessageParam): string => (typeof value === 'string' || Array.isArray(value) ? JSON.stringify(value) : String(value));

/**
 * The `message` of a problem's `kr-error`: its own, else one line from the data, e.g.
 * `catalogue: invalid-catalogue at catalogue.competencies[0].id (issue "id", got "Daten!")`.
 */
export function developerNote(problem: InputProblem): string {
  if (problem.message !== undefined) return problem.message;
  const at = problem.path === undefined ? '' : ` at ${problem.path}`;
  // A switch (`names: true`) only steers how the notice words the problem: no value to name.
  const params = Object.entries(problem.params ?? {})
    .filter(([, value]) => typeof value !== 'boolean')
    .map(([name, value]) => `${name} ${noteValue(value)}`);
  if (params.length === 0 && problem.subject !== undefined) params.push(noteValue(problem.subject));
  return `${problem.source}: ${problem.code}${at}${params.length > 0 ? ` (${params.join(', ')})` : ''}`;
}

/** The most problems of one scope listed one by one. */
const MAX_LISTED = 10;

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
    if (options.path !== undefined) detail.path = options.path;
    if (options.params !== undefined) detail.params = options.params;
    const key = keyOf(detail);
    const scope = options.scope ?? source;
    let changed = false;
    if (!this.current.some((problem) => problem.scope === scope && keyOf(problem) === key)) {
      const problem: Problem = { ...detail, scope };
      if (options.subject !== undefined) problem.subject = options.subject;
      if (options.text !== undefined) problem.text = options.text;
      // The domain's words for it may still have to be loaded: the notice is drawn again with them.
      if (options.dataIssue) {
        problem.dataIssue = true;
        void loadIssueWords()?.then(() => this.host.requestUpdate());
      }
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

  /** Records an input problem (its `source` is the scope unless `options.scope` says otherwise); `developerNote` is its message. */
  reportProblem(problem: InputProblem, options: Pick<ReportOptions, 'scope' | 'update'> = {}): void {
    const { code, source, subject, path, params, text, dataIssue } = problem;
    this.report(code, developerNote(problem), source, { ...options, subject, path, params, text, dataIssue });
  }

  /**
   * The problems of `scope` are now these: clears the scope and reports each of them in it; of an
   * input with a long list (a profile with thousands of unknown keys) the first `MAX_LISTED`, then
   * how many more (`more-issues`), so that a bad value never costs the page more than a short
   * notice and never hides the problem of another input in the same scope.
   */
  setProblems(scope: string, problems: readonly InputProblem[]): void {
    this.clear(scope);
    const count = new Map<string, number>();
    for (const { source } of problems) count.set(source, (count.get(source) ?? 0) + 1);
    const listed = new Map<string, number>();
    for (const problem of problems) {
      const seen = listed.get(problem.source) ?? 0;
      if (seen >= MAX_LISTED && count.get(problem.source)! > MAX_LISTED + 1) continue;
      listed.set(problem.source, seen + 1);
      this.reportProblem(problem, { scope });
    }
    for (const [source, all] of count) {
      if (all <= MAX_LISTED + 1) continue;
      const more = all - MAX_LISTED;
      this.reportProblem({ code: 'more-issues', source, params: { more }, message: `${source}: ${more} more problems (the first ${MAX_LISTED} are listed)` }, { scope });
    }
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
