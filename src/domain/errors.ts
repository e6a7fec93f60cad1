/** One precise problem with outside data: where it is, what was found, what was expected. */
export interface ValidationIssue {
  /** JSON path of the offending value, e.g. `$.people[3].roleId`. */
  path: string;
  /** Stable machine-readable code, e.g. `unknown-competency`. */
  code: string;
  /** A sentence for developers that names the field, the value and what was expected. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: ValidationIssue[] };

/** Thrown by domain functions that were given data that does not fit; carries every issue found. */
export class KompetenzradError extends Error {
  readonly code: string;
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[], code = issues[0]?.code ?? 'invalid-input') {
    const first = issues[0]?.message ?? 'invalid input';
    super(issues.length > 1 ? `${first} (and ${issues.length - 1} more)` : first);
    this.name = 'KompetenzradError';
    this.code = code;
    this.issues = issues;
  }
}

/** Returns the value of an ok result, or throws a `KompetenzradError` with all of its issues. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new KompetenzradError(result.errors);
}

/** Renders a value for an error message: short, one line, never the whole of a large object. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function') return typeof value;
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
