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
  /** The name of the person the refused record belongs to, where the document gives one (messages name them). */
  subject?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: ValidationIssue[] };

/** The parameters of `issue(path, code, …)`: optional for codes that need none. */
export type IssueParamsArg<C extends ValidationCode> = {} extends ValidationParams[C] ? [params?: ValidationParams[C]] : [params: ValidationParams[C]];

/**
 * An issue with `code` at `path`; texts among the parameters and each name in the path are cut
 * to 60 characters (the whole path to 200), no `params` when there are none.
 */
export function issue<C extends ValidationCode>(path: string, code: C, ...[params]: IssueParamsArg<C>): ValidationIssue {
  const at = shortPath(path);
  const entries = params === undefined ? [] : Object.entries(params as MessageParams).filter(([, value]) => value !== undefined);
  if (entries.length === 0) return { path: at, code };
  return { path: at, code, params: Object.fromEntries(entries.map(([name, value]) => [name, shortParam(value)])) };
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
    const summary = first ? `${shorten(String(first.code))} at ${shortPath(String(first.path))}` : shorten(String(code));
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

const MAX_PATH_LENGTH = 200;
/** A name in a path (between `.`, `[` and `]`) longer than `MAX_SHOWN_LENGTH`. */
const LONG_NAME = new RegExp(`[^.[\\]]{${MAX_SHOWN_LENGTH + 1},}`, 'g');
const LOW_SURROGATE = /^[\uDC00-\uDFFF]/;

function shorten(text: string): string {
  return text.length > MAX_SHOWN_LENGTH ? `${head(text, MAX_SHOWN_LENGTH - 1)}…` : text;
}

/** The first `length` UTF-16 units of `text`, one fewer when the last would be half of an emoji. */
function head(text: string, length: number): string {
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}

/** A path whose overlong names (keys of outside data) are cut, and which as a whole keeps its start and its end. */
function shortPath(path: string): string {
  if (path.length <= MAX_SHOWN_LENGTH) return path;
  const cut = path.replace(LONG_NAME, shorten);
  if (cut.length <= MAX_PATH_LENGTH) return cut;
  const half = MAX_PATH_LENGTH / 2;
  const tail = cut.slice(-half + 1);
  return `${head(cut, half)}…${LOW_SURROGATE.test(tail) ? tail.slice(1) : tail}`;
}

/**
 * A value as a message parameter: numbers, booleans and `null` as they are, texts cut to 60
 * characters, anything else as its JSON (also cut), so a parameter is never a whole large object.
 */
export function shortValue(value: unknown): MessageParam {
  if (value === null || typeof value === 'boolean') return value;
  // NaN and Infinity as written: as numbers they would be null in JSON, and a sentence could not tell them from a missing value.
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'string') return shorten(value);
  if (value === undefined || typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function') return typeof value;
  return shorten(jsonStart(value, MAX_SHOWN_LENGTH));
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
  const text = jsonStart(value, MAX_SHOWN_LENGTH);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * The start of `JSON.stringify(value)`: all of it when it is at most `limit` characters long,
 * else at least `limit + 1` of them. It writes no more than that, so a large, sparse or cyclic
 * object costs no more than a small one. `String(value)` when JSON has no text for the value,
 * the value's type when reading it throws (a getter).
 */
function jsonStart(value: unknown, limit: number): string {
  let out = '';
  /** Writes `item`; false when JSON leaves it out (undefined, a function, a symbol). */
  const write = (item: unknown): boolean => {
    let current = item;
    if (typeof current === 'object' && current !== null && typeof (current as { toJSON?: unknown }).toJSON === 'function') {
      current = (current as { toJSON: () => unknown }).toJSON();
    }
    if (current === null) out += 'null';
    else if (typeof current === 'string') out += JSON.stringify(current.length > limit ? current.slice(0, limit + 1) : current);
    else if (typeof current === 'number') out += Number.isFinite(current) ? String(current) : 'null';
    else if (typeof current === 'boolean' || typeof current === 'bigint') out += String(current);
    else if (typeof current !== 'object') return false;
    else if (Array.isArray(current)) {
      out += '[';
      for (let index = 0; index < current.length && out.length <= limit; index += 1) {
        if (index > 0) out += ',';
        if (!write(current[index])) out += 'null';
      }
      out += ']';
    } else {
      out += '{';
      let first = true;
      for (const key in current) {
        if (out.length > limit) break;
        if (!Object.hasOwn(current, key)) continue;
        const before = out;
        out += `${first ? '' : ','}${JSON.stringify(key.length > limit ? key.slice(0, limit + 1) : key)}:`;
        if (write((current as Record<string, unknown>)[key])) first = false;
        else out = before;
      }
      out += '}';
    }
    return true;
  };
  try {
    return write(value) ? out : String(value);
  } catch {
    return typeof value;
  }
}
