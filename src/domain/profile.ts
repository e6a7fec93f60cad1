import { indexCatalogue, type CatalogueIndex } from './catalogue.js';
import { got, issue, KompetenzradError, type ValidationIssue } from './errors.js';
import { checkLevel, isLevel } from './scale.js';
import type { Catalogue, CompetencyId, Level, Profile } from './types.js';
import { Issues, isRecord } from './validate.js';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Checks one `competencyId: level` entry; reports `forbidden-key`, `unknown-competency` or `level`.
 * The path is built only for an issue (a district's assessments hold half a million entries).
 * Catalogue ids are never forbidden keys (`checkSlug`), so a known id needs no more than its level checked.
 */
function checkEntry(issues: Issues, index: CatalogueIndex, key: string, level: unknown, path: string): boolean {
  if (index.position.has(key)) return isLevel(level) || checkLevel(issues, level, `${path}.${key}`);
  if (FORBIDDEN_KEYS.has(key)) return issues.add(`${path}.${key}`, 'forbidden-key', { key });
  return issues.add(`${path}.${key}`, 'unknown-competency', { id: key });
}

/** Adds the issues of a profile (see `validateProfile`) to `issues`. */
export function checkProfile(issues: Issues, value: unknown, index: CatalogueIndex, path: string): boolean {
  if (!isRecord(value)) return issues.add(path, 'type', { expected: 'profile', ...got(value) });
  if (levelReaderOf(index).fits(value)) return true;
  let ok = true;
  for (const key of Object.keys(value)) ok = checkEntry(issues, index, key, value[key], path) && ok;
  return ok;
}

/**
 * Reads profiles by wheel position. Profiles built the same way list their keys in the same
 * order, so the wheel positions worked out for one profile serve the next while its keys match,
 * read with `for…in` (no array per profile: 20,000 assessments would otherwise leave megabytes
 * for the garbage collector). Only plain objects take that path, and only while
 * `Object.prototype` has no enumerable keys.
 */
export class LevelReader {
  readonly #index: CatalogueIndex;
  readonly #prototypeIsClean = Object.keys(Object.prototype).length === 0;
  #keys: string[] = [];
  #positions = new Int32Array(0);
  #allKnown = true;
  #fit = true;
  #into: Int8Array | undefined;
  #offset = 0;
  readonly #noteLevel = (position: number, value: unknown): void => {
    if (!isLevel(value)) this.#fit = false;
    else if (this.#into) this.#into[this.#offset + position] = value;
  };

  constructor(index: CatalogueIndex) {
    this.#index = index;
  }

  /** Calls `take(position, value)` for each own level whose key is in the catalogue; false when some key is not. */
  read(levels: Record<string, unknown>, take: (position: number, value: unknown) => void): boolean {
    const prototype: unknown = Object.getPrototypeOf(levels);
    let read = 0;
    let same = prototype === null || (prototype === Object.prototype && this.#prototypeIsClean);
    if (same) {
      for (const key in levels) {
        if (key !== this.#keys[read]) {
          same = false;
          break;
        }
        if (this.#positions[read] >= 0) take(this.#positions[read], levels[key]);
        read++;
      }
    }
    if (!same || read !== this.#keys.length) {
      const keys = (this.#keys = Object.keys(levels));
      this.#positions = Int32Array.from(keys, (key) => this.#index.position.get(key) ?? -1);
      this.#allKnown = !this.#positions.includes(-1);
      for (let k = read; k < keys.length; k++) if (this.#positions[k] >= 0) take(this.#positions[k], levels[keys[k]]);
    }
    return this.#allKnown;
  }

  /**
   * Whether every own key of `levels` is a competency of the catalogue and every level 0..3. With
   * `into`, the levels are also written there by wheel position from `offset` on (−1 for a
   * competency left out); they are complete only when it fits.
   */
  fits(levels: Record<string, unknown>, into?: Int8Array, offset = 0): boolean {
    this.#fit = true;
    this.#into = into;
    this.#offset = offset;
    into?.fill(-1, offset, offset + this.#index.competencyIds.length);
    const fits = this.read(levels, this.#noteLevel) && this.#fit;
    this.#into = undefined;
    return fits;
  }
}

const readers = new WeakMap<CatalogueIndex, LevelReader>();

/** The `LevelReader` of a catalogue (one per index, so the key order it learnt serves every caller). */
export function levelReaderOf(index: CatalogueIndex): LevelReader {
  let reader = readers.get(index);
  if (!reader) readers.set(index, (reader = new LevelReader(index)));
  return reader;
}

/**
 * Checks a profile: an object whose keys are competency ids of `catalogue` and whose values
 * are levels 0..3. Missing competencies are fine (they count as 0).
 */
export function validateProfile(value: unknown, catalogue: Catalogue, path = '$'): ValidationIssue[] {
  const issues = new Issues();
  checkProfile(issues, value, indexCatalogue(catalogue), path);
  return issues.list;
}

/**
 * Reads a profile from outside data and keeps what is valid: entries with an unknown id or a
 * bad level are left out and reported. The profile lists competencies in wheel order.
 */
export function parseProfile(value: unknown, catalogue: Catalogue, path = '$'): { profile: Profile; issues: ValidationIssue[] } {
  const index = indexCatalogue(catalogue);
  const issues = new Issues();
  const found = new Map<CompetencyId, Level>();
  if (!isRecord(value)) {
    issues.add(path, 'type', { expected: 'profile', ...got(value) });
  } else {
    for (const key of Object.keys(value)) {
      const level = value[key];
      if (checkEntry(issues, index, key, level, path) && isLevel(level)) found.set(key, level);
    }
  }
  const profile: Record<CompetencyId, Level> = {};
  for (const id of index.competencyIds) {
    const level = found.get(id);
    if (level !== undefined) profile[id] = level;
  }
  return { profile, issues: issues.list };
}

/** Throws a `KompetenzradError` with every issue when `value` is not a valid profile. */
export function assertProfile(value: unknown, catalogue: Catalogue, path = '$'): Profile {
  const issues = validateProfile(value, catalogue, path);
  if (issues.length > 0) throw new KompetenzradError(issues);
  return value as Profile;
}

/** The level of one competency; a competency that is missing counts as 0. */
export function levelOf(profile: Profile, competencyId: CompetencyId): Level {
  if (!isRecord(profile)) {
    throw new KompetenzradError([issue('$', 'type', { expected: 'profile', ...got(profile) })]);
  }
  if (!Object.hasOwn(profile, competencyId)) return 0;
  const level = profile[competencyId];
  if (isLevel(level)) return level;
  const path = `$.${competencyId}`;
  throw new KompetenzradError([issue(path, 'level', got(level))]);
}

/** Every competency of the catalogue with its level (0 where missing), in wheel order. */
export function completeProfile(profile: Profile, catalogue: Catalogue): Profile {
  const { competencyIds } = indexCatalogue(catalogue);
  const complete: Record<CompetencyId, Level> = {};
  for (const id of competencyIds) complete[id] = levelOf(profile, id);
  return complete;
}
