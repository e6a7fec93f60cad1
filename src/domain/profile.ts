import { indexCatalogue, type CatalogueIndex } from './catalogue.js';
import { got, issue, KompetenzradError, type ValidationIssue } from './errors.js';
import { checkLevel, isLevel } from './scale.js';
import type { Catalogue, CompetencyId, Level, Profile } from './types.js';
import { Issues, isRecord } from './validate.js';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Checks one `competencyId: level` entry; reports `forbidden-key`, `unknown-competency` or `level`. */
function checkEntry(issues: Issues, index: CatalogueIndex, key: string, level: unknown, path: string): boolean {
  const at = `${path}.${key}`;
  if (FORBIDDEN_KEYS.has(key)) return issues.add(at, 'forbidden-key', { key });
  if (!index.position.has(key)) return issues.add(at, 'unknown-competency', { id: key });
  return checkLevel(issues, level, at);
}

/**
 * Checks a profile: an object whose keys are competency ids of `catalogue` and whose values
 * are levels 0..3. Missing competencies are fine (they count as 0).
 */
export function validateProfile(value: unknown, catalogue: Catalogue, path = '$'): ValidationIssue[] {
  const index = indexCatalogue(catalogue);
  const issues = new Issues();
  if (!isRecord(value)) {
    issues.add(path, 'type', { expected: 'profile', ...got(value) });
    return issues.list;
  }
  for (const key of Object.keys(value)) checkEntry(issues, index, key, value[key], path);
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
