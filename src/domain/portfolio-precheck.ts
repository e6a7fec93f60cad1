import { validateAssessment, validatePerson } from './assessments.js';
import { DEFAULT_CATALOGUE_LEAN } from './catalogue.js';
import type { ValidationIssue } from './errors.js';
import { validateGoal } from './goals.js';
import { validatePlan } from './plan-validation.js';
import { scanRecord, type RecordScan } from './portfolio.js';
import { DEFAULT_ROLES_LEAN } from './roles.js';

const BUILT_IN_ROLE_IDS = DEFAULT_ROLES_LEAN.map((role) => role.id);

/** The field checks `portfolioFromJson` runs on a record of each list, under the built-in catalogue and roles. */
const RECORD_CHECKS = new Map<string, (record: unknown, at: string) => ValidationIssue[]>([
  ['people', (record, at) => validatePerson(record, at, BUILT_IN_ROLE_IDS)],
  ['assessments', (record, at) => validateAssessment(record, DEFAULT_CATALOGUE_LEAN, at)],
  ['goals', (record, at) => validateGoal(record, DEFAULT_CATALOGUE_LEAN, at)],
  ['plans', (record, at) => validatePlan(record, DEFAULT_CATALOGUE_LEAN, at)],
]);

/** What the checks found in a record added at `index` of the list `key`. */
interface Checked {
  key: string;
  index: number;
  /** `undefined` when the walk found anything: then the final check walks it again and refuses the document. */
  scan: RecordScan | undefined;
  /** The field checks' issues; `undefined` for other lists and for a record whose walk found anything. */
  issues: readonly ValidationIssue[] | undefined;
}

/**
 * The checks of `portfolioFromJson` that concern one record of a top-level list alone, run while
 * the records arrive (a download read batch by batch), so that the final
 * `portfolioFromJson(document, precheck)` has only the checks across records left: the walk of
 * `scanDocument` over the record and, for people, assessments, goals and plans, the field checks
 * under the built-in catalogue and roles. The final call uses what was found for the very same
 * object at the same place of the same list only, the field checks only when the document has
 * neither its own catalogue nor its own roles; its result is the same as without the precheck as
 * long as no record changes after it was added (records parsed from JSON for this alone).
 */
export class PortfolioPrecheck {
  private readonly records = new WeakMap<object, Checked>();

  /** Checks `records`, the elements `from`, `from + 1` … of the list `key`, as they arrive. */
  add(key: string, from: number, records: readonly unknown[]): void {
    const check = RECORD_CHECKS.get(key);
    for (let offset = 0; offset < records.length; offset += 1) {
      const record = records[offset];
      if (typeof record !== 'object' || record === null) continue;
      const index = from + offset;
      const scan = scanRecord(key, index, record);
      // A record whose walk found anything is refused before the field checks (which it might hang).
      this.records.set(record, { key, index, scan, issues: scan && check?.(record, `$.${key}[${index}]`) });
    }
  }

  /** Whether every one of `records`, added as the elements `from`, `from + 1` … of the list `key`, passed the checks of a record alone. */
  passedAlone(key: string, from: number, records: readonly unknown[]): boolean {
    return records.every((record, offset) => this.checked(key, from + offset, record)?.length === 0);
  }

  /** What the walk of `scanDocument` counts in `record` at `index` of the list `key`, when it was added there and found clean. */
  scanned(key: string, index: number, record: object): RecordScan | undefined {
    return this.found(key, index, record)?.scan;
  }

  /** The issues of the field checks of `record` at `index` of the list `key` under the built-in catalogue and roles, when it was added there. */
  checked(key: string, index: number, record: unknown): readonly ValidationIssue[] | undefined {
    return typeof record === 'object' && record !== null ? this.found(key, index, record)?.issues : undefined;
  }

  private found(key: string, index: number, record: object): Checked | undefined {
    const checked = this.records.get(record);
    return checked?.key === key && checked.index === index ? checked : undefined;
  }
}
