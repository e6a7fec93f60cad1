import { indexCatalogue, type CatalogueIndex } from './catalogue.js';
import { describeValue, KompetenzradError, type ValidationIssue } from './errors.js';
import type { Catalogue, CategoryId, CompetencyId, PersonId, Profile } from './types.js';
import { isRecord } from './validate.js';

/** One person of a team view: whom, the role's target and the actual profile. */
export interface TeamMember {
  personId: PersonId;
  target: Profile;
  actual: Profile;
}

/**
 * A team as two person × competency matrices of levels, row-major: the level of person `p` in
 * the competency at wheel position `c` is at `p * competencyIds.length + c`.
 */
export interface TeamMatrix {
  competencyIds: readonly CompetencyId[];
  personIds: PersonId[];
  target: Uint8Array;
  actual: Uint8Array;
}

/** Possible gap values, lowest first; `gapCounts[gap + 3]` counts the people with that gap. */
export const GAP_VALUES = Object.freeze([-3, -2, -1, 0, 1, 2, 3] as const);

export interface TeamCompetencyStats {
  competencyId: CompetencyId;
  categoryId: CategoryId;
  /** People per gap value −3..3 (index = gap + 3). */
  gapCounts: number[];
  /** People per actual level 0..3 (index = level). */
  actualCounts: number[];
  /** People per target level 0..3 (index = level). */
  targetCounts: number[];
  /** People with gap > 0. */
  toBuild: number;
  /** Σ max(0, gap): the levels the team still has to build in this competency. */
  levelsToBuild: number;
  /** Mean of target − actual (0 for an empty team). */
  averageGap: number;
  averageActual: number;
  averageTarget: number;
}

export interface TeamAnalysis {
  memberCount: number;
  /** In wheel order. */
  competencies: TeamCompetencyStats[];
  /** People with at least one competency to build. */
  peopleToBuild: number;
}

/** At most this many issues are collected before validation stops (a team can be large). */
export const MAX_REPORTED_ISSUES = 100;

const PERSON_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class IssueList {
  readonly list: ValidationIssue[] = [];
  get full(): boolean {
    return this.list.length >= MAX_REPORTED_ISSUES;
  }
  add(path: string, code: string, message: string): void {
    if (!this.full) this.list.push({ path, code, message });
  }
}

/**
 * Writes the levels of `profile` into `row` at `offset`. Returns false after reporting a
 * problem. Iterates the profile's own keys instead of the catalogue so unknown ids are seen.
 */
function fillRow(profile: unknown, row: Uint8Array, offset: number, index: CatalogueIndex, issues: IssueList, path: string): boolean {
  if (!isRecord(profile)) {
    issues.add(path, 'type', `${path}: expected an object of competency levels, got ${describeValue(profile)}`);
    return false;
  }
  let ok = true;
  for (const key in profile) {
    if (!Object.hasOwn(profile, key)) continue;
    const position = index.position.get(key);
    if (position === undefined) {
      ok = false;
      if (FORBIDDEN_KEYS.has(key)) issues.add(`${path}.${key}`, 'forbidden-key', `${path}: the key "${key}" is not allowed`);
      else issues.add(`${path}.${key}`, 'unknown-competency', `${path}.${key}: "${key}" is not a competency of the catalogue`);
      continue;
    }
    const level = profile[key];
    if (level === 0 || level === 1 || level === 2 || level === 3) {
      row[offset + position] = level;
    } else {
      ok = false;
      issues.add(`${path}.${key}`, 'level', `${path}.${key}: expected a level 0, 1, 2 or 3, got ${describeValue(level)}`);
    }
  }
  return ok;
}

/**
 * Validates a list of team members and turns it into level matrices (see `TeamMatrix`).
 * Targets shared by many people (the role's profile object) are read once. Throws a
 * `KompetenzradError` with up to `MAX_REPORTED_ISSUES` issues.
 */
export function buildTeamMatrix(catalogue: Catalogue, members: readonly TeamMember[], path = '$.members'): TeamMatrix {
  const index = indexCatalogue(catalogue);
  const issues = new IssueList();
  if (!Array.isArray(members)) {
    throw new KompetenzradError([{ path, code: 'type', message: `${path}: expected a list of team members, got ${describeValue(members)}` }]);
  }
  const width = index.competencyIds.length;
  const count = members.length;
  const target = new Uint8Array(count * width);
  const actual = new Uint8Array(count * width);
  const personIds: PersonId[] = new Array<PersonId>(count);
  const seen = new Set<PersonId>();
  const readTargets = new Map<object, number>();

  for (let p = 0; p < count && !issues.full; p++) {
    const member: unknown = members[p];
    const at = `${path}[${p}]`;
    if (!isRecord(member)) {
      issues.add(at, 'type', `${at}: expected a team member {personId, target, actual}, got ${describeValue(member)}`);
      continue;
    }
    const personId = member.personId;
    if (typeof personId !== 'string' || !PERSON_ID.test(personId) || FORBIDDEN_KEYS.has(personId)) {
      issues.add(`${at}.personId`, 'id', `${at}.personId: expected a person id, got ${describeValue(personId)}`);
    } else if (seen.has(personId)) {
      issues.add(`${at}.personId`, 'duplicate-id', `${at}.personId: ${describeValue(personId)} is used twice`);
    } else {
      seen.add(personId);
      personIds[p] = personId;
    }
    const offset = p * width;
    const memberTarget = member.target;
    const first = isRecord(memberTarget) ? readTargets.get(memberTarget) : undefined;
    if (first !== undefined) {
      target.copyWithin(offset, first * width, first * width + width);
    } else if (fillRow(memberTarget, target, offset, index, issues, `${at}.target`) && isRecord(memberTarget)) {
      readTargets.set(memberTarget, p);
    }
    fillRow(member.actual, actual, offset, index, issues, `${at}.actual`);
  }
  if (issues.list.length > 0) throw new KompetenzradError(issues.list);
  return { competencyIds: index.competencyIds, personIds, target, actual };
}

/**
 * The team view: per competency how many people have each gap value (−3..3), each actual and
 * target level, how many have something to build, and the averages. Built on typed arrays so a
 * team of 10,000 people is analysed in a few milliseconds.
 */
export function analyzeTeam(catalogue: Catalogue, members: readonly TeamMember[]): TeamAnalysis {
  const index = indexCatalogue(catalogue);
  const matrix = buildTeamMatrix(catalogue, members);
  const width = index.competencyIds.length;
  const count = matrix.personIds.length;
  const gapCounts = new Uint32Array(width * 7);
  const actualCounts = new Uint32Array(width * 4);
  const targetCounts = new Uint32Array(width * 4);
  const gapSums = new Int32Array(width);
  const actualSums = new Uint32Array(width);
  const targetSums = new Uint32Array(width);
  const toBuild = new Uint32Array(width);
  const levelsToBuild = new Uint32Array(width);
  let peopleToBuild = 0;

  const { target, actual } = matrix;
  for (let p = 0, cell = 0; p < count; p++) {
    let builds = false;
    for (let c = 0; c < width; c++, cell++) {
      const t = target[cell];
      const a = actual[cell];
      const gap = t - a;
      gapCounts[c * 7 + gap + 3]++;
      actualCounts[c * 4 + a]++;
      targetCounts[c * 4 + t]++;
      gapSums[c] += gap;
      actualSums[c] += a;
      targetSums[c] += t;
      if (gap > 0) {
        toBuild[c]++;
        levelsToBuild[c] += gap;
        builds = true;
      }
    }
    if (builds) peopleToBuild++;
  }

  const mean = (sum: number): number => (count === 0 ? 0 : sum / count);
  const competencies = index.competencyIds.map(
    (competencyId, c): TeamCompetencyStats => ({
      competencyId,
      categoryId: index.categoryIds[index.categoryOfPosition[c]],
      gapCounts: Array.from(gapCounts.subarray(c * 7, c * 7 + 7)),
      actualCounts: Array.from(actualCounts.subarray(c * 4, c * 4 + 4)),
      targetCounts: Array.from(targetCounts.subarray(c * 4, c * 4 + 4)),
      toBuild: toBuild[c],
      levelsToBuild: levelsToBuild[c],
      averageGap: mean(gapSums[c]),
      averageActual: mean(actualSums[c]),
      averageTarget: mean(targetSums[c]),
    }),
  );
  return { memberCount: count, competencies, peopleToBuild };
}
