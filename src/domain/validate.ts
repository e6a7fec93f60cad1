import { got, issue, shortValue, type IssueParamsArg, type ValidationCode, type ValidationIssue } from './errors.js';
import { isIsoDate } from './dates.js';
import { findUnsafeCharacter } from './unsafe-characters.js';

/**
 * Small building blocks for validating outside data without a schema engine (no eval, no
 * generated code, so it runs under a strict CSP and stays small in the bundle). Each check
 * pushes precise issues into a shared list and returns whether the value passed.
 */
export class Issues {
  readonly list: ValidationIssue[] = [];

  add<C extends ValidationCode>(path: string, code: C, ...params: IssueParamsArg<C>): false {
    this.list.push(issue(path, code, ...params));
    return false;
  }

  get ok(): boolean {
    return this.list.length === 0;
  }
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Slug ids of catalogue data: lower-case ASCII letters, digits, `-` and `_`. */
export const MAX_SLUG_LENGTH = 64;
/** Ids of records (people, assessments, plans …) may also contain upper case, `.` and `:`. */
export const MAX_RECORD_ID_LENGTH = 128;
const ID_PATTERN = new RegExp(`^[a-z0-9][a-z0-9_-]{0,${MAX_SLUG_LENGTH - 1}}$`);
/** Also the pattern of a person id in a team (`buildTeamMatrix`). */
export const RECORD_ID_PATTERN = new RegExp(`^[A-Za-z0-9][A-Za-z0-9_.:-]{0,${MAX_RECORD_ID_LENGTH - 1}}$`);
export const MAX_LABEL_LENGTH = 200;
export const MAX_TEXT_LENGTH = 5000;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object whose own keys include none of `__proto__`, `constructor`, `prototype`. */
export function checkObject(issues: Issues, value: unknown, path: string): value is Record<string, unknown> {
  if (!isRecord(value)) return issues.add(path, 'type', { expected: 'object', ...got(value) });
  // Three lookups spare a list of the keys; the list only decides which forbidden key comes first (or that it is not enumerable).
  if (!Object.hasOwn(value, '__proto__') && !Object.hasOwn(value, 'constructor') && !Object.hasOwn(value, 'prototype')) return true;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return issues.add(`${path}.${key}`, 'forbidden-key', { key });
  }
  return true;
}

/** Reports keys that the type does not know. */
export function checkKnownKeys(issues: Issues, value: Record<string, unknown>, path: string, known: readonly string[]): boolean {
  let ok = true;
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) ok = issues.add(`${path}.${key}`, 'unknown-key', { key, allowed: known });
  }
  return ok;
}

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** Characters as people count them: code points, so an emoji is one (as JSON Schema's `maxLength`). */
export function characterCount(text: string): number {
  return text.length - (text.match(SURROGATE_PAIR)?.length ?? 0);
}

/** The length of `text` as `checkString` holds it against `min` and `max`. */
function textLength(text: string, min: number, max: number): number {
  // A text has at least half as many characters as UTF-16 units: counting only decides near the limits.
  return text.length > max || text.length < 2 * min ? characterCount(text) : text.length;
}

/** Whether `value` is a text that `checkString` accepts with these limits. */
export function isText(value: unknown, max = MAX_LABEL_LENGTH, min = 0): value is string {
  if (typeof value !== 'string') return false;
  const length = textLength(value, min, max);
  return length >= min && length <= max && findUnsafeCharacter(value) === undefined;
}

export function checkString(
  issues: Issues,
  value: unknown,
  path: string,
  { optional = false, max = MAX_LABEL_LENGTH, min = 0 }: { optional?: boolean; max?: number; min?: number } = {},
): boolean {
  if (value === undefined && optional) return true;
  if (typeof value !== 'string') return issues.add(path, 'type', { expected: 'string', ...got(value) });
  const length = textLength(value, min, max);
  if (length < min) return issues.add(path, 'empty');
  if (length > max) return issues.add(path, 'too-long', { length, max });
  const unsafe = findUnsafeCharacter(value);
  if (unsafe) return issues.add(path, unsafe.surrogate ? 'lone-surrogate' : 'control-character', { codePoint: unsafe.codePoint });
  return true;
}

/** A slug id for catalogue data: lower-case ASCII letters, digits, `-` and `_`. */
export function checkSlug(issues: Issues, value: unknown, path: string): value is string {
  if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
    return issues.add(path, 'id', { pattern: 'slug', max: MAX_SLUG_LENGTH, ...got(value) });
  }
  if (FORBIDDEN_KEYS.has(value)) return issues.add(path, 'forbidden-key', { key: value });
  return true;
}

/** Whether `value` is a record id (see `checkRecordId`). */
export function isRecordId(value: unknown): value is string {
  return typeof value === 'string' && RECORD_ID_PATTERN.test(value) && !FORBIDDEN_KEYS.has(value);
}

/** An id of a record (person, assessment, goal, plan, item, review). */
export function checkRecordId(issues: Issues, value: unknown, path: string): value is string {
  if (isRecordId(value)) return true;
  if (typeof value !== 'string' || !RECORD_ID_PATTERN.test(value)) {
    return issues.add(path, 'id', { pattern: 'record', max: MAX_RECORD_ID_LENGTH, ...got(value) });
  }
  if (FORBIDDEN_KEYS.has(value)) return issues.add(path, 'forbidden-key', { key: value });
  return true;
}

export function checkNumber(
  issues: Issues,
  value: unknown,
  path: string,
  { optional = false, min = -Infinity, max = Infinity, integer = false }: { optional?: boolean; min?: number; max?: number; integer?: boolean } = {},
): boolean {
  if (value === undefined && optional) return true;
  if (typeof value !== 'number' || !Number.isFinite(value)) return issues.add(path, 'type', { expected: 'number', ...got(value) });
  if (integer && !Number.isInteger(value)) return issues.add(path, 'integer', { got: value });
  if (value < min || value > max) return issues.add(path, 'range', { got: value, min, max });
  return true;
}

export function checkBoolean(issues: Issues, value: unknown, path: string, optional = false): boolean {
  if (value === undefined && optional) return true;
  if (typeof value !== 'boolean') return issues.add(path, 'type', { expected: 'boolean', ...got(value) });
  return true;
}

export function checkDate(issues: Issues, value: unknown, path: string, optional = false): boolean {
  if (value === undefined && optional) return true;
  if (!isIsoDate(value)) return issues.add(path, 'date', got(value));
  return true;
}

/** Longest e-mail address (RFC 5321: a path of 256 octets less the angle brackets). */
export const MAX_EMAIL_LENGTH = 254;
/**
 * An ASCII e-mail address whose characters a `mailto:` URI can carry as they are: letters,
 * digits and `.!$&'*+=_~-` before the `@`, a domain of dot-separated labels after it (an
 * international domain in its `xn--` form).
 */
const EMAIL_PATTERN = /^[A-Za-z0-9.!$&'*+=_~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
/** A time of day `HH:MM`, 00:00 to 23:59. */
const TIME_PATTERN = /^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/;

export function checkEmail(issues: Issues, value: unknown, path: string, optional = false): boolean {
  if (value === undefined && optional) return true;
  if (typeof value !== 'string' || value.length > MAX_EMAIL_LENGTH || !EMAIL_PATTERN.test(value)) return issues.add(path, 'email', got(value));
  return true;
}

export function checkTime(issues: Issues, value: unknown, path: string, optional = false): boolean {
  if (value === undefined && optional) return true;
  if (typeof value !== 'string' || !TIME_PATTERN.test(value)) return issues.add(path, 'time', got(value));
  return true;
}

export function checkOneOf<T extends string>(issues: Issues, value: unknown, path: string, allowed: readonly T[], optional = false): value is T {
  if (value === undefined && optional) return true;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    return issues.add(path, 'enum', { allowed, ...got(value) });
  }
  return true;
}

export function checkArray(issues: Issues, value: unknown, path: string, { optional = false, max = Infinity } = {}): value is unknown[] {
  if (value === undefined && optional) return true;
  if (!Array.isArray(value)) return issues.add(path, 'type', { expected: 'list', ...got(value) });
  if (value.length > max) return issues.add(path, 'too-many', { count: value.length, max });
  return true;
}

/** A `{de, en}` text. */
export function checkLocalized(issues: Issues, value: unknown, path: string, { optional = false, max = MAX_LABEL_LENGTH } = {}): boolean {
  if (value === undefined && optional) return true;
  if (!checkObject(issues, value, path)) return false;
  const de = checkString(issues, value.de, `${path}.de`, { max, min: 1 });
  const en = checkString(issues, value.en, `${path}.en`, { max, min: 1 });
  return checkKnownKeys(issues, value, path, ['de', 'en']) && de && en;
}

/** Reports the first repeated id in a list of records. */
export function checkUniqueIds(issues: Issues, records: readonly { id?: unknown }[], path: string): boolean {
  const seen = new Set<unknown>();
  let ok = true;
  records.forEach((record, index) => {
    if (seen.has(record.id)) ok = issues.add(`${path}[${index}].id`, 'duplicate-id', { id: shortValue(record.id) });
    seen.add(record.id);
  });
  return ok;
}
