import type { ValidationIssue } from '../../../domain/errors.js';
import type { Problem } from '../../../internal/error-reporter.js';
import type { KrErrorDetail } from '../../../internal/events.js';

/**
 * What a reported problem is about. The problems of a scope are forgotten when that changes
 * (`ProblemLog.forget`), so that they may be reported again.
 */
export type ProblemScope =
  /** Edits and selections from the widgets: until the portfolio is replaced, its people change (an edit too) or `person` changes. */
  | 'input'
  /** A refused `portfolio` value: until the portfolio is replaced. */
  | 'portfolio'
  | 'person'
  | 'today'
  | 'storage-attribute'
  /** The storage values set by code and `store-name`: until they change. */
  | 'storage-adapter-property'
  | 'storage-timeout-property'
  | 'store-name'
  | 'src'
  /** Reading the store: until it is read, written or cleared, or the adapter changes. */
  | 'storage'
  /** Failed saves: until a save succeeds, the store is cleared or read after a conflict, or the adapter changes. */
  | 'save';

/** A problem that holds: what it is about, its `kr-error`, and the issues of data it refused. */
export interface HeldProblem {
  scope: ProblemScope;
  detail: KrErrorDetail;
  issues?: readonly ValidationIssue[];
}

/** A problem known by what and where (refused data by its path and values, the same issue whatever its lead says about it). */
function keyOf(detail: KrErrorDetail): string {
  const what = detail.path === undefined ? detail.message : `${detail.path}\u0000${JSON.stringify(detail.params ?? {})}`;
  return `${detail.code}\u0000${detail.source}\u0000${what}`;
}

/**
 * The provider's `kr-error`s: `report` fires once per distinct problem (code, source and message,
 * or for refused data code, source, path and parameters)
 * until its scope is forgotten, and the problem holds until then; `fail` fires every time, for
 * calls that answer their caller too. `changed` is told when the problems that hold change.
 */
export class ProblemLog {
  private readonly reported = new Map<string, HeldProblem>();

  constructor(
    private readonly fire: (detail: KrErrorDetail) => void,
    private readonly changed: () => void = () => undefined,
  ) {}

  fail(detail: KrErrorDetail): void {
    this.fire(detail);
  }

  /** Fires unless the same problem was reported and its scope not forgotten since; tells whether it fired. */
  report(scope: ProblemScope, detail: KrErrorDetail, issues?: readonly ValidationIssue[]): boolean {
    const key = keyOf(detail);
    if (this.reported.has(key)) return false;
    this.reported.set(key, issues ? { scope, detail, issues } : { scope, detail });
    this.fire(detail);
    this.changed();
    return true;
  }

  /** `report` for a scope that holds one problem at a time (a value set again): another problem replaces the one held, the same one stays reported once. */
  replace(scope: ProblemScope, detail: KrErrorDetail, issues?: readonly ValidationIssue[]): boolean {
    if (!this.reported.has(keyOf(detail))) this.forget(scope);
    return this.report(scope, detail, issues);
  }

  /** What these problems were about has changed: they may be reported again. */
  forget(...scopes: ProblemScope[]): void {
    const before = this.reported.size;
    for (const [key, held] of this.reported) if (scopes.includes(held.scope)) this.reported.delete(key);
    if (this.reported.size !== before) this.changed();
  }

  /** The problems that hold now, as `problems` of an element lists them. */
  problems(): Problem[] {
    return this.held().map(({ scope, detail }) => ({ ...detail, scope }));
  }

  /** The problems (of these scopes) that hold now, in the order they were reported. */
  held(scopes?: readonly ProblemScope[]): HeldProblem[] {
    return [...this.reported.values()].filter((held) => !scopes || scopes.includes(held.scope));
  }
}
