import type { MergeConflict } from '../../../domain/merge.js';
import { removePerson } from '../../../domain/portfolio-edits.js';
import type { Portfolio } from '../../../domain/types.js';
import { isRecord } from '../../../domain/validate.js';

const LISTS = { person: 'people', assessment: 'assessments', goal: 'goals', plan: 'plans' } as const;

type Entry = { readonly id: string };

/** The value a conflict is about as `portfolio` holds it now; `undefined` when it is not there. */
export function valueAt(portfolio: Portfolio, conflict: MergeConflict): unknown {
  if (conflict.entity === 'document') return conflict.field === 'catalogue' || conflict.field === 'roles' ? portfolio[conflict.field] : undefined;
  const record = (portfolio[LISTS[conflict.entity]] as readonly Entry[]).find((one) => one.id === conflict.id);
  if (record === undefined || conflict.field === undefined) return record;
  const field = (record as unknown as Record<string, unknown>)[conflict.field];
  if (conflict.key === undefined) return field;
  if (Array.isArray(field)) return (field as unknown[]).find((entry) => isRecord(entry) && entry.id === conflict.key);
  return isRecord(field) && Object.hasOwn(field, conflict.key) ? field[conflict.key] : undefined;
}

/**
 * `portfolio` with `value` at the conflict's place (`undefined` removes it there; a person is
 * removed with all their records). Not validated. `undefined` when the place is gone (the record
 * that held the field was removed since).
 */
export function withValueAt(portfolio: Portfolio, conflict: MergeConflict, value: unknown): Portfolio | undefined {
  if (conflict.entity === 'document') {
    if (conflict.field !== 'catalogue' && conflict.field !== 'roles') return undefined;
    const { [conflict.field]: _old, ...rest } = portfolio;
    return value === undefined ? (rest as Portfolio) : { ...rest, [conflict.field]: value };
  }
  const key = LISTS[conflict.entity];
  const records = portfolio[key] as readonly Entry[];
  const at = records.findIndex((one) => one.id === conflict.id);
  if (conflict.field === undefined) {
    if (value === undefined) {
      if (at === -1) return portfolio;
      return conflict.entity === 'person' ? withoutPerson(portfolio, records[at]!.id) : { ...portfolio, [key]: records.filter((_, i) => i !== at) };
    }
    return { ...portfolio, [key]: at === -1 ? [...records, value] : records.map((one, i) => (i === at ? value : one)) };
  }
  if (at === -1) return undefined;
  const record = records[at] as unknown as Record<string, unknown>;
  const field = conflict.key === undefined ? value : withEntry(record[conflict.field], conflict.key, value);
  const { [conflict.field]: _old, ...rest } = record;
  const next = field === undefined ? rest : { ...rest, [conflict.field]: field };
  return { ...portfolio, [key]: records.map((one, i) => (i === at ? next : one)) };
}

/** The person and their records removed, but not recorded as erased: a choice between two versions may be taken back. */
function withoutPerson(portfolio: Portfolio, personId: string): Portfolio {
  const { erasedPeople: _recorded, ...removed } = removePerson(portfolio, personId);
  return portfolio.erasedPeople === undefined ? removed : { ...removed, erasedPeople: portfolio.erasedPeople };
}

/** A list of entries with ids, or a map, with the entry `key` set to `value` (removed when `undefined`). */
function withEntry(container: unknown, key: string, value: unknown): unknown {
  if (Array.isArray(container)) {
    const entries = container as unknown[];
    const at = entries.findIndex((entry) => isRecord(entry) && entry.id === key);
    if (value === undefined) return entries.filter((_, i) => i !== at);
    return at === -1 ? [...entries, value] : entries.map((entry, i) => (i === at ? value : entry));
  }
  const { [key]: _old, ...rest } = isRecord(container) ? container : {};
  return value === undefined ? rest : { ...rest, [key]: value };
}
