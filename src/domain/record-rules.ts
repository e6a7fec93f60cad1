import { checkKnownKeys, checkObject, isRecord, type Issues } from './validate.js';

/** The rule of one field of a record: whether a value passes, and the check that reports why not. */
export interface FieldRule<C> {
  /** An optional field may be missing or `undefined`. */
  readonly optional?: boolean;
  passes(value: unknown, context: C): boolean;
  check(issues: Issues, value: unknown, path: string, context: C): unknown;
}

/**
 * The fields of a record type, each with its rule, in the order their issues are reported. A
 * record is told apart from the others in two ways: `passes`, one pass over its keys that builds
 * no path (a district's documents hold tens of thousands of records, nearly all of them valid),
 * and `check`, which reports the issues of a record that does not pass.
 */
export class RecordRules<C> {
  readonly #rules: ReadonlyMap<string, FieldRule<C>>;
  readonly #required: number;
  /** The keys as `unknown-key` names them. */
  readonly #allowed: readonly string[];

  constructor(rules: Readonly<Record<string, FieldRule<C>>>, allowed: readonly string[] = Object.keys(rules)) {
    this.#rules = new Map(Object.entries(rules));
    this.#required = [...this.#rules.values()].filter((rule) => !rule.optional).length;
    this.#allowed = allowed;
  }

  /**
   * Whether `value` is an object whose fields all pass and that has no other key. Keys are read
   * with `for…in`: an enumerable key of a prototype or a field that is not enumerable is never
   * taken for valid, only sent on to `check`.
   */
  passes(value: unknown, context: C): boolean {
    if (!isRecord(value)) return false;
    let required = 0;
    for (const key in value) {
      const rule = this.#rules.get(key);
      if (rule === undefined) return false;
      const field = value[key];
      if (rule.optional) {
        if (field !== undefined && !rule.passes(field, context)) return false;
      } else if (rule.passes(field, context)) required++;
      else return false;
    }
    return required === this.#required;
  }

  /** Adds the issues of `value` to `issues`: a forbidden key, unknown keys, then those of each field. */
  check(issues: Issues, value: unknown, path: string, context: C): boolean {
    if (!checkObject(issues, value, path)) return false;
    const before = issues.list.length;
    checkKnownKeys(issues, value, path, this.#allowed);
    for (const [key, rule] of this.#rules) {
      const field = value[key];
      if (!(rule.optional && field === undefined)) rule.check(issues, field, `${path}.${key}`, context);
    }
    return issues.list.length === before;
  }
}
