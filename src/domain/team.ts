import { indexCatalogue, type CatalogueIndex } from './catalogue.js';
import { got, issue, KompetenzradError, shortValue, type IssueParamsArg, type ValidationCode, type ValidationIssue } from './errors.js';
import type { Catalogue, CategoryId, CompetencyId, PersonId, Profile } from './types.js';
import { isRecord, MAX_RECORD_ID_LENGTH, RECORD_ID_PATTERN } from './validate.js';

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

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Where a row comes from; the path string is only built when there is something to report. */
interface RowPath {
  list: string;
  member: number;
  field: 'target' | 'actual';
}

function rowPath({ list, member, field }: RowPath): string {
  return `${list}[${member}].${field}`;
}

class IssueList {
  readonly list: ValidationIssue[] = [];
  get full(): boolean {
    return this.list.length >= MAX_REPORTED_ISSUES;
  }
  add<C extends ValidationCode>(path: string, code: C, ...params: IssueParamsArg<C>): void {
    if (!this.full) this.list.push(issue(path, code, ...params));
  }
}

/**
 * Writes the levels of `profile` into `row` at `offset`. Returns false after reporting a
 * problem. Fast path: read the catalogue's ids and compare the number of own levels found with
 * the number of own keys; only when they differ (unknown keys) walk the keys one by one.
 * `plainIsOwn`: no catalogue id is a property of `Object.prototype`, so on a plain object every
 * level read is its own.
 */
function fillRow(profile: unknown, row: Uint8Array, offset: number, index: CatalogueIndex, issues: IssueList, at: RowPath, plainIsOwn: boolean): boolean {
  if (!isRecord(profile)) {
    const path = rowPath(at);
    issues.add(path, 'type', { expected: 'profile', ...got(profile) });
    return false;
  }
  const prototype: unknown = Object.getPrototypeOf(profile);
  const onlyOwn = prototype === null || (prototype === Object.prototype && plainIsOwn);
  const ids = index.competencyIds;
  let found = 0;
  let ok = true;
  for (let c = 0; c < ids.length; c++) {
    const level = profile[ids[c]];
    if (level === undefined || (!onlyOwn && !Object.hasOwn(profile, ids[c]))) continue;
    found++;
    if (level === 0 || level === 1 || level === 2 || level === 3) row[offset + c] = level;
    else ok = false;
  }
  if (ok && Object.keys(profile).length === found) return true;
  return fillRowSlowly(profile, row, offset, index, issues, rowPath(at));
}

function fillRowSlowly(profile: Record<string, unknown>, row: Uint8Array, offset: number, index: CatalogueIndex, issues: IssueList, path: string): boolean {
  row.fill(0, offset, offset + index.competencyIds.length);
  let ok = true;
  for (const key of Object.keys(profile)) {
    const position = index.position.get(key);
    if (position === undefined) {
      ok = false;
      if (FORBIDDEN_KEYS.has(key)) issues.add(`${path}.${key}`, 'forbidden-key', { key });
      else issues.add(`${path}.${key}`, 'unknown-competency', { id: key });
      continue;
    }
    const level = profile[key];
    if (level === 0 || level === 1 || level === 2 || level === 3) {
      row[offset + position] = level;
    } else {
      ok = false;
      issues.add(`${path}.${key}`, 'level', got(level));
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
    throw new KompetenzradError([issue(path, 'type', { expected: 'team-members', ...got(members) })]);
  }
  const width = index.competencyIds.length;
  const count = members.length;
  const target = new Uint8Array(count * width);
  const actual = new Uint8Array(count * width);
  const personIds: PersonId[] = new Array<PersonId>(count);
  const seen = new Set<PersonId>();
  const readTargets = new Map<object, number>();
  const plainIsOwn = !index.competencyIds.some((id) => id in Object.prototype);

  for (let p = 0; p < count && !issues.full; p++) {
    const member: unknown = members[p];
    if (!isRecord(member)) {
      const at = `${path}[${p}]`;
      issues.add(at, 'type', { expected: 'team-member', ...got(member) });
      continue;
    }
    const personId = member.personId;
    if (typeof personId !== 'string' || !RECORD_ID_PATTERN.test(personId) || FORBIDDEN_KEYS.has(personId)) {
      const at = `${path}[${p}].personId`;
      issues.add(at, 'id', { pattern: 'record', max: MAX_RECORD_ID_LENGTH, ...got(personId) });
    } else if (seen.has(personId)) {
      const at = `${path}[${p}].personId`;
      issues.add(at, 'duplicate-id', { id: shortValue(personId) });
    } else {
      seen.add(personId);
      personIds[p] = personId;
    }
    const offset = p * width;
    const memberTarget = member.target;
    const first = isRecord(memberTarget) ? readTargets.get(memberTarget) : undefined;
    if (first !== undefined) {
      for (let c = 0, from = first * width; c < width; c++) target[offset + c] = target[from + c];
    } else if (fillRow(memberTarget, target, offset, index, issues, { list: path, member: p, field: 'target' }, plainIsOwn) && isRecord(memberTarget)) {
      readTargets.set(memberTarget, p);
    }
    fillRow(member.actual, actual, offset, index, issues, { list: path, member: p, field: 'actual' }, plainIsOwn);
  }
  if (issues.list.length > 0) throw new KompetenzradError(issues.list);
  return { competencyIds: index.competencyIds, personIds, target, actual };
}

/**
 * Target − actual of every person in every competency, row-major like `matrix`: per member the
 * `gap` of `analyzeGaps`' entries, without building an object per person.
 */
export function teamGaps(matrix: TeamMatrix): Int8Array {
  const { target, actual } = matrix;
  const gap = new Int8Array(target.length);
  for (let k = 0; k < gap.length; k++) gap[k] = target[k] - actual[k];
  return gap;
}

/**
 * The team view: per competency how many people have each gap value (−3..3), each actual and
 * target level, how many have something to build, and the averages. Built on typed arrays so a
 * team of 10,000 people is analysed in a few milliseconds.
 */
export function analyzeTeam(catalogue: Catalogue, members: readonly TeamMember[]): TeamAnalysis {
  return analyzeTeamMatrix(indexCatalogue(catalogue), buildTeamMatrix(catalogue, members));
}

/** `analyzeTeam` of a team already read into matrices (`buildTeamMatrix`, or typed rows of the same shape and levels 0..3). */
export function analyzeTeamMatrix(index: CatalogueIndex, matrix: TeamMatrix): TeamAnalysis {
  const width = index.competencyIds.length;
  const tally = new TeamTally(index);
  for (let p = 0; p < matrix.personIds.length; p++) tally.add(matrix.target, p * width, matrix.actual, p * width);
  return tally.analysis();
}

/**
 * The counts every figure of a team analysis comes from, taken one person at a time: per
 * competency a histogram of (target, actual) pairs (16 bins, index target * 4 + actual), so each
 * person's cell is one increment, and how many people have something to build. A team matrix
 * adds each person as their row is analysed, and has the figures of everyone when the last one is.
 * For typed rows already read and checked, as `analyzeTeamMatrix` takes them: levels 0..3 and
 * offsets within the arrays; nothing is checked here (it runs once per person of 10,000).
 */
export class TeamTally {
  readonly #index: CatalogueIndex;
  readonly #width: number;
  readonly #pairs: Uint32Array;
  #count = 0;
  #peopleToBuild = 0;

  constructor(index: CatalogueIndex) {
    this.#index = index;
    this.#width = index.competencyIds.length;
    this.#pairs = new Uint32Array(this.#width * 16);
  }

  /** People added so far. */
  get count(): number {
    return this.#count;
  }

  /** Adds one person: the target levels from `target[targetAt]` on, the actual ones from `actual[actualAt]` on, one per competency (levels 0..3). */
  add(target: Uint8Array, targetAt: number, actual: Uint8Array, actualAt: number): void {
    const pairs = this.#pairs;
    let builds = false;
    for (let c = 0; c < this.#width; c++) {
      const t = target[targetAt + c];
      const a = actual[actualAt + c];
      pairs[c * 16 + t * 4 + a]++;
      builds ||= t > a;
    }
    this.#count++;
    if (builds) this.#peopleToBuild++;
  }

  /** The figures of the people added so far. */
  analysis(): TeamAnalysis {
    return teamAnalysisOf(this.#index, this.#pairs, this.#count, this.#peopleToBuild);
  }
}

/** The people of a team matrix kept as typed rows: each person's actual levels, and the target row of their role. */
export interface TeamRows {
  /** Per role its target level per competency (row-major, levels 0..3). */
  targets: Uint8Array;
  /** Per person the index of their role in `targets`. */
  roleOf: Uint16Array;
  /** Per person their actual level per competency (row-major, levels 0..3). */
  actual: Uint8Array;
}

/**
 * `analyzeTeamMatrix` of the people at `rows` of `team`, read where they stand: no matrix is
 * copied for each selection of people (the team matrix's distribution row of 10,000 people).
 */
export function analyzeTeamRows(index: CatalogueIndex, team: TeamRows, rows: ArrayLike<number>): TeamAnalysis {
  const width = index.competencyIds.length;
  const tally = new TeamTally(index);
  for (let k = 0; k < rows.length; k++) tally.add(team.targets, team.roleOf[rows[k]] * width, team.actual, rows[k] * width);
  return tally.analysis();
}

/** The figures of `analyzeTeam` from the histogram of (target, actual) pairs per competency of `count` people. */
function teamAnalysisOf(index: CatalogueIndex, pairs: Uint32Array, count: number, peopleToBuild: number): TeamAnalysis {
  const mean = (sum: number): number => (count === 0 ? 0 : sum / count);
  const competencies = index.competencyIds.map((competencyId, c): TeamCompetencyStats => {
    const gapCounts = [0, 0, 0, 0, 0, 0, 0];
    const actualCounts = [0, 0, 0, 0];
    const targetCounts = [0, 0, 0, 0];
    let gapSum = 0;
    let toBuild = 0;
    let levelsToBuild = 0;
    for (let t = 0; t < 4; t++) {
      for (let a = 0; a < 4; a++) {
        const people = pairs[c * 16 + t * 4 + a];
        const gap = t - a;
        gapCounts[gap + 3] += people;
        actualCounts[a] += people;
        targetCounts[t] += people;
        gapSum += gap * people;
        if (gap > 0) {
          toBuild += people;
          levelsToBuild += gap * people;
        }
      }
    }
    const levelSum = (counts: number[]): number => counts[1] + 2 * counts[2] + 3 * counts[3];
    return {
      competencyId,
      categoryId: index.categoryIds[index.categoryOfPosition[c]],
      gapCounts,
      actualCounts,
      targetCounts,
      toBuild,
      levelsToBuild,
      averageGap: mean(gapSum),
      averageActual: mean(levelSum(actualCounts)),
      averageTarget: mean(levelSum(targetCounts)),
    };
  });
  return { memberCount: count, competencies, peopleToBuild };
}
