import { describeValue, type ValidationIssue } from './errors.js';
import { isIsoDate, MAX_YEAR, MIN_YEAR } from './dates.js';

/**
 * Small building blocks for validating outside data without a schema engine (no eval, no
 * generated code, so it runs under a strict CSP and stays small in the bundle). Each check
 * pushes precise issues into a shared list and returns whether the value passed.
 */
export class Issues {
  readonly list: ValidationIssue[] = [];

  add(path: string, code: string, message: string): false {
    this.list.push({ path, code, message });
    return false;
  }

  get ok(): boolean {
    return this.list.length === 0;
  }
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;
/** Generated ids (people, assessments, plans) may also contain upper case and dots. */
const RECORD_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;
export const MAX_LABEL_LENGTH = 200;
export const MAX_TEXT_LENGTH = 5000;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object whose own keys include none of `__proto__`, `constructor`, `prototype`. */
export function checkObject(issues: Issues, value: unknown, path: string): value is Record<string, unknown> {
  if (!isRecord(value)) return issues.add(path, 'type', `${path}: expected an object, got ${describeValue(value)}`);
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return issues.add(`${path}.${key}`, 'forbidden-key', `${path}: the key "${key}" is not allowed`);
  }
  return true;
}

/** Reports keys that the type does not know. */
export function checkKnownKeys(issues: Issues, value: Record<string, unknown>, path: string, known: readonly string[]): boolean {
  let ok = true;
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) ok = issues.add(`${path}.${key}`, 'unknown-key', `${path}: unknown key "${key}" (allowed: ${known.join(', ')})`);
  }
  return ok;
}

export function checkString(
  issues: Issues,
  value: unknown,
  path: string,
  { optional = false, max = MAX_LABEL_LENGTH, min = 0 }: { optional?: boolean; max?: number; min?: number } = {},
): boolean {
  if (value === undefined && optional) return true;
  if (typeof value !== 'string') return issues.add(path, 'type', `${path}: expected a string, got ${describeValue(value)}`);
  if (value.length < min) return issues.add(path, 'empty', `${path}: must not be empty`);
  if (value.length > max) return issues.add(path, 'too-long', `${path}: ${value.length} characters, at most ${max} allowed`);
  if (value.includes('\u0000')) return issues.add(path, 'control-character', `${path}: contains a null character`);
  return true;
}

/** A slug id for catalogue data: lower-case ASCII letters, digits, `-` and `_`. */
export function checkSlug(issues: Issues, value: unknown, path: string): value is string {
  if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
    return issues.add(path, 'id', `${path}: expected an id of lower-case letters, digits, "-" or "_" (at most 64), got ${describeValue(value)}`);
  }
  if (FORBIDDEN_KEYS.has(value)) return issues.add(path, 'forbidden-key', `${path}: "${value}" cannot be used as an id`);
  return true;
}

/** An id of a record (person, assessment, goal, plan, item, review). */
export function checkRecordId(issues: Issues, value: unknown, path: string): value is string {
  if (typeof value !== 'string' || !RECORD_ID_PATTERN.test(value)) {
    return issues.add(path, 'id', `${path}: expected an id of letters, digits, ".", ":", "-" or "_" (at most 128), got ${describeValue(value)}`);
  }
  if (FORBIDDEN_KEYS.has(value)) return issues.add(path, 'forbidden-key', `${path}: "${value}" cannot be used as an id`);
  return true;
}

export function checkNumber(
  issues: Issues,
  value: unknown,
  path: string,
  { optional = false, min = -Infinity, max = Infinity, integer = false }: { optional?: boolean; min?: number; max?: number; integer?: boolean } = {},
): boolean {
  if (value === undefined && optional) return true;
  if (typeof value !== 'number' || !Number.isFinite(value)) return issues.add(path, 'type', `${path}: expected a number, got ${describeValue(value)}`);
  if (integer && !Number.isInteger(value)) return issues.add(path, 'integer', `${path}: expected a whole number, got ${value}`);
  if (value < min || value > max) return issues.add(path, 'range', `${path}: ${value} is outside ${min}..${max}`);
  return true;
}

export function checkBoolean(issues: Issues, value: unknown, path: string, optional = false): boolean {
  if (value === undefined && optional) return true;
  if (typeof value !== 'boolean') return issues.add(path, 'type', `${path}: expected true or false, got ${describeValue(value)}`);
  return true;
}

export function checkDate(issues: Issues, value: unknown, path: string, optional = false): boolean {
  if (value === undefined && optional) return true;
  if (!isIsoDate(value)) return issues.add(path, 'date', `${path}: expected a date as YYYY-MM-DD between ${MIN_YEAR} and ${MAX_YEAR}, got ${describeValue(value)}`);
  return true;
}

export function checkOneOf<T extends string>(issues: Issues, value: unknown, path: string, allowed: readonly T[], optional = false): value is T {
  if (value === undefined && optional) return true;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    return issues.add(path, 'enum', `${path}: expected one of ${allowed.join(', ')}, got ${describeValue(value)}`);
  }
  return true;
}

export function checkArray(issues: Issues, value: unknown, path: string, { optional = false, max = Infinity } = {}): value is unknown[] {
  if (value === undefined && optional) return true;
  if (!Array.isArray(value)) return issues.add(path, 'type', `${path}: expected a list, got ${describeValue(value)}`);
  if (value.length > max) return issues.add(path, 'too-many', `${path}: ${value.length} entries, at most ${max} allowed`);
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
    if (seen.has(record.id)) ok = issues.add(`${path}[${index}].id`, 'duplicate-id', `${path}[${index}].id: ${describeValue(record.id)} is used twice`);
    seen.add(record.id);
  });
  return ok;
}
