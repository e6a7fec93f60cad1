import type { ValidationCode, ValidationParams } from './validation-codes.js';

export type { ValidationCode, ValidationParams, ValueKind } from './validation-codes.js';

/**
 * A value a message is built from: raw data, never a sentence. Dates are ISO strings, long
 * texts and whole objects arrive shortened (`shortValue`).
 */
export type MessageParam = string | number | boolean | null | readonly (string | number)[];

/** The parameters of an issue or a finding, by name. */
export type MessageParams = Readonly<Record<string, MessageParam>>;

/** One precise problem with outside data, as data: where it is, what kind, and the values involved. */
export interface ValidationIssue {
  /** JSON path of the offending value, e.g. `$.people[3].roleId`. */
  path: string;
  /** Stable machine-readable code, e.g. `unknown-competency` (see `ValidationParams`). */
  code: string;
  /** The values a message needs (the offending value as `got`, limits, known ids …). */
  params?: MessageParams;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: ValidationIssue[] };

/** The parameters of `issue(path, code, …)`: optional for codes that need none. */
export type IssueParamsArg<C extends ValidationCode> = {} extends ValidationParams[C] ? [params?: ValidationParams[C]] : [params: ValidationParams[C]];

/** An issue with `code` at `path`; texts among the parameters are cut to 60 characters, no `params` when there are none. */
export function issue<C extends ValidationCode>(path: string, code: C, ...[params]: IssueParamsArg<C>): ValidationIssue {
  const entries = params === undefined ? [] : Object.entries(params as MessageParams).filter(([, value]) => value !== undefined);
  if (entries.length === 0) return { path, code };
  return { path, code, params: Object.fromEntries(entries.map(([name, value]) => [name, shortParam(value)])) };
}

function shortParam(value: MessageParam): MessageParam {
  if (typeof value === 'string') return shorten(value);
  if (Array.isArray(value)) return value.map((entry: string | number) => (typeof entry === 'string' ? shorten(entry) : entry));
  return value;
}

/**
 * Thrown by domain functions that were given data that does not fit; carries every issue found.
 * Its `message` is a summary for developers (`unknown-role at $.people[0].roleId (and 2 more)`);
 * the texts for people come from the message modules (`describeIssue`).
 */
export class KompetenzradError extends Error {
  readonly code: string;
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[], code = issues[0]?.code ?? 'invalid-input') {
    const first = issues[0];
    const summary = first ? `${first.code} at ${first.path}` : code;
    super(issues.length > 1 ? `${summary} (and ${issues.length - 1} more)` : summary);
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

const MAX_SHOWN_LENGTH = 60;

function shorten(text: string): string {
  return text.length > MAX_SHOWN_LENGTH ? `${text.slice(0, MAX_SHOWN_LENGTH - 1)}…` : text;
}

/**
 * A value as a message parameter: numbers, booleans and `null` as they are, texts cut to 60
 * characters, anything else as its JSON (also cut), so a parameter is never a whole large object.
 */
export function shortValue(value: unknown): MessageParam {
  if (value === null || typeof value === 'boolean' || typeof value === 'number') return value;
  if (typeof value === 'string') return shorten(value);
  if (value === undefined || typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function') return typeof value;
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return shorten(text);
}

/** The offending value as the parameter `got`; no parameter when there was no value at all. */
export function got(value: unknown): { got?: MessageParam } {
  return value === undefined ? {} : { got: shortValue(value) };
}

/** Renders a value for a developer's note as JSON: short, one line, never the whole of a large object. */
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
