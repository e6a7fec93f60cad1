import type { MergeConflict, MergeConflictCode, MergeEntity } from './merge.js';

/**
 * The building blocks of `mergePortfolios`: comparing JSON values, merging one value, one record
 * field by field and one list of records by id. Internal to the domain (not exported by its index).
 */

export type Side = 'mine' | 'theirs';

/** What one merge collects; `hasBase` is false in a two-way merge, where every difference is a conflict. */
export interface MergeScope {
  readonly hasBase: boolean;
  readonly conflicts: MergeConflict[];
}

/** Where a conflict sits: the entity, and inside it the field and the entry of a list field. */
export interface ConflictPlace {
  entity: MergeEntity;
  id?: string;
  field?: string;
  key?: string;
}

/** Equality of JSON data: objects by their keys (order and keys holding `undefined` do not count), lists by position. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let count = 0;
  for (const key in left) {
    const value = left[key];
    if (value === undefined) continue;
    if (!sameJson(value, right[key])) return false;
    count += 1;
  }
  for (const key in right) if (right[key] !== undefined) count -= 1;
  return count === 0;
}

/** Records a conflict; sides that do not have the value are left out of it. */
export function addConflict(scope: MergeScope, code: MergeConflictCode, place: ConflictPlace, base: unknown, mine: unknown, theirs: unknown): void {
  const conflict: MergeConflict = { code, entity: place.entity };
  if (place.id !== undefined) conflict.id = place.id;
  if (place.field !== undefined) conflict.field = place.field;
  if (place.key !== undefined) conflict.key = place.key;
  if (mine !== undefined) conflict.mine = mine;
  if (theirs !== undefined) conflict.theirs = theirs;
  if (scope.hasBase && base !== undefined) conflict.base = base;
  scope.conflicts.push(conflict);
}

/** Merges one value: the side that changed it wins; when both changed it differently, mine stays and a conflict is recorded. */
export function mergeValue(scope: MergeScope, place: ConflictPlace, base: unknown, mine: unknown, theirs: unknown): unknown {
  if (sameJson(mine, theirs)) return mine;
  if (scope.hasBase) {
    if (sameJson(base, mine)) return theirs;
    if (sameJson(base, theirs)) return mine;
  }
  addConflict(scope, 'changed-both', place, base, mine, theirs);
  return mine;
}

/**
 * What becomes of a record only one side has: kept when it is new there (or when there is no
 * base to tell), dropped when the other side removed it unchanged, a conflict when the other
 * side removed it and this side changed it.
 */
export function oneSided(scope: MergeScope, base: unknown, kept: unknown): 'keep' | 'drop' | 'conflict' {
  if (!scope.hasBase || base === undefined) return 'keep';
  return sameJson(base, kept) ? 'drop' : 'conflict';
}

interface Identified {
  id: string;
}

/**
 * The ids of the merged list in order: that of the side that changed the order (mine when both
 * did), then the ids only the other side has, in its order. Ids both sides removed are left out.
 */
export function mergedIds(scope: MergeScope, base: readonly Identified[] | undefined, mine: readonly Identified[], theirs: readonly Identified[]): string[] {
  const [first, second] = scope.hasBase && base && sameIdSequence(base, mine) ? [theirs, mine] : [mine, theirs];
  const ids = first.map((record) => record.id);
  const seen = new Set(ids);
  for (const record of second) if (!seen.has(record.id)) ids.push(record.id);
  return ids;
}

function sameIdSequence(a: readonly Identified[], b: readonly Identified[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i].id !== b[i].id) return false;
  return true;
}

/**
 * Merges two versions of a record field by field. The fields named in `byId` hold lists of
 * entries with ids (a plan's items and reviews); they are merged entry by entry, each entry as
 * one value. Returns `mine` or `theirs` itself when the result equals it.
 */
export function mergeRecord<T extends object>(scope: MergeScope, place: ConflictPlace, base: T | undefined, mine: T, theirs: T, byId: readonly string[] = []): T {
  if (sameJson(mine, theirs)) return mine;
  if (scope.hasBase && base !== undefined) {
    if (sameJson(base, theirs)) return mine;
    if (sameJson(base, mine)) return theirs;
  }
  const b = base as Record<string, unknown> | undefined;
  const m = mine as Record<string, unknown>;
  const t = theirs as Record<string, unknown>;
  const entries: [string, unknown][] = [];
  let allMine = true;
  let allTheirs = true;
  const mergeField = (key: string) => {
    const fieldPlace = { ...place, field: key };
    const value = byId.includes(key)
      ? mergeListById(scope, fieldPlace, b?.[key], m[key], t[key])
      : mergeValue(scope, fieldPlace, b?.[key], m[key], t[key]);
    if (value !== m[key]) allMine = false;
    if (value !== t[key]) allTheirs = false;
    if (value !== undefined) entries.push([key, value]);
  };
  for (const key of Object.keys(m)) mergeField(key);
  for (const key of Object.keys(t)) if (!Object.hasOwn(m, key)) mergeField(key);
  if (allMine) return mine;
  if (allTheirs) return theirs;
  return Object.fromEntries(entries) as T;
}

function isIdList(value: unknown): value is Identified[] {
  if (!Array.isArray(value)) return false;
  const ids = new Set<string>();
  for (const entry of value) {
    if (typeof entry !== 'object' || entry === null || typeof entry.id !== 'string' || ids.has(entry.id)) return false;
    ids.add(entry.id);
  }
  return true;
}

/** A list field merged entry by entry (by id); a list without unique ids on some side is merged as one value. */
function mergeListById(scope: MergeScope, place: ConflictPlace, base: unknown, mine: unknown, theirs: unknown): unknown {
  const baseOk = base === undefined || isIdList(base);
  if (!baseOk || !isIdList(mine) || !isIdList(theirs)) return mergeValue(scope, place, base, mine, theirs);
  if (sameJson(mine, theirs)) return mine;
  const b = base === undefined ? undefined : new Map(base.map((entry) => [entry.id, entry]));
  const m = new Map(mine.map((entry) => [entry.id, entry]));
  const t = new Map(theirs.map((entry) => [entry.id, entry]));
  const merged: unknown[] = [];
  for (const id of mergedIds(scope, base, mine, theirs)) {
    const entryPlace = { ...place, key: id };
    const before = b?.get(id);
    const ours = m.get(id);
    const other = t.get(id);
    if (ours && other) {
      merged.push(mergeValue(scope, entryPlace, before, ours, other));
      continue;
    }
    const kept = ours ?? other;
    const fate = oneSided(scope, before, kept);
    if (fate === 'drop') continue;
    if (fate === 'conflict') addConflict(scope, 'removed-changed', entryPlace, before, ours, other);
    merged.push(kept);
  }
  if (sameEntries(merged, mine)) return mine;
  if (sameEntries(merged, theirs)) return theirs;
  return merged;
}

function sameEntries(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry === b[i]);
}
