import { ratingsReader, type RatingsReader } from '../../../domain/aggregate-ratings.js';
import { assessmentFits } from '../../../domain/assessment-validation.js';
import { currentProfile, validateAssessment, validatePerson, type ActualRule } from '../../../domain/assessments.js';
import { indexCatalogue, type CatalogueIndex } from '../../../domain/catalogue.js';
import { levelOf, validateProfile } from '../../../domain/profile.js';
import { got, issue, KompetenzradError, shortValue, type ValidationIssue } from '../../../domain/errors.js';
import { analyzeGaps } from '../../../domain/gaps.js';
import { analyzeTeamRows, buildTeamMatrix, TeamTally, teamGaps, type TeamAnalysis, type TeamMatrix, type TeamMember } from '../../../domain/team.js';
import type { Assessment, Catalogue, CompetencyId, Level, Person, PersonId, Profile, Role } from '../../../domain/types.js';
import { isRecord, Issues } from '../../../domain/validate.js';
import type { Formatter } from '../../../internal/format.js';
import { countingSort } from './counting-sort.js';

/** At most this many issues are kept for `kr-error` (a district can have thousands of bad records). */
const MAX_ISSUES = 100;

/** People analysed between two looks at the clock (a batch of people analysed one by one stays well inside a work slice). */
const BATCH_ROWS = 64;

/** Assessments checked per step of the background validation. */
const CHECK_STEP = 256;

/** What the background knows of an assessment: not checked yet, valid with its levels kept (`#kept`), refused, or valid (levels read from the object). */
const UNCHECKED = 0;
const KEPT = 1;
const REFUSED = 2;
const VALID = 3;

export interface TeamInput {
  people: readonly Person[];
  assessments: readonly Assessment[];
  catalogue: Catalogue;
  /** Valid roles (checked before, `resolveRoles`). */
  roles: readonly Role[];
  rule: ActualRule;
  /** False when the data was already validated (a provider's portfolio). */
  validate: boolean;
  /** The people's records are still on their way (a provider reading a large document): no row is analysed, every cell stays pending. */
  awaiting?: boolean;
}

/** What a team cell shows. */
export type TeamValue = 'gap' | 'actual';

/** `name`, `role`, `department`, or a competency id. */
export type TeamSortKey = 'none' | 'name' | 'role' | 'department' | CompetencyId;

export interface TeamViewOptions {
  sortKey: TeamSortKey;
  descending: boolean;
  value: TeamValue;
  roleId: string;
  /** Case-insensitive part of the department. */
  department: string;
  /** The competency `minGap` looks at; empty = any competency. */
  competencyId: string;
  /** Keep people with a gap of at least this; `null` = no gap filter. */
  minGap: number | null;
  /** Keep only these rows (a synergy group), or all when null. */
  only: ReadonlySet<number> | null;
  /** How names are ordered and matched: the formatter of the language shown. */
  text: TextRules;
}

/** The language's way to order names (role labels in `lang`) and to match them case-insensitively. */
export type TextRules = Pick<Formatter, 'lang' | 'compare' | 'lower'>;

/**
 * The team matrix as typed arrays, so that a first screen can be shown before a whole district
 * is analysed and sorting and filtering never touch objects. Rows drawn before the background
 * gets to them are analysed one by one (`currentProfile`); the background checks the
 * assessments (unless the provider did), then reads the rows' ratings in use person by person
 * (`ratingsReader`, the reader of `ratingsInUse`) and writes each row from them, both in slices
 * between frames. `TeamMember` objects are only made when asked for (`members`). Built once per
 * input; views are cheap.
 */
export class TeamModel {
  readonly catalogue: Catalogue;
  readonly competencyIds: readonly CompetencyId[];
  readonly width: number;
  /** The valid people, in input order; row `i` is `people[i]`. */
  readonly people: Person[] = [];
  readonly roles: readonly Role[];
  /** Index into `roles` per row. */
  readonly roleOf: Uint16Array;
  /** Row-major: `gap[i * width + c]` is target − actual (`teamGaps`). */
  readonly gap: Int8Array;
  readonly actual: Uint8Array;
  /** 0 pending, 1 analysed, 2 failed. */
  readonly state: Uint8Array;
  /** 1 when the person has at least one assessment. */
  readonly assessed: Uint8Array;
  readonly issues: ValidationIssue[] = [];
  /** Every issue found, also those beyond the ones kept in `issues`. */
  issueCount = 0;
  #pending: number;
  #cursor = 0;
  readonly #input: TeamInput;
  readonly #index: CatalogueIndex;
  readonly #rowOf = new Map<PersonId, number>();
  /** The row of each assessment, −1 for anyone else's. */
  #rowOfAssessment = new Int32Array(0);
  /** The assessments of row `r` are `#order[#start[r]]` … `#order[#start[r + 1] − 1]`, in input order. */
  #start = new Int32Array(1);
  #order = new Int32Array(0);
  /** Per role its target level per competency, and 1 where the role's target could be read. */
  readonly #targets: Uint8Array;
  readonly #targetRead: Uint8Array;
  /** Per analysed cell the level in use, −1 where the competency has no rating in use. */
  readonly #levels: Int8Array;
  /** Members made so far (rows analysed one by one keep their `currentProfile`). */
  readonly #members: (TeamMember | undefined)[];
  /** Rows analysed since `members` was last brought up to date. */
  #membersBehind = false;
  /** Per assessment `UNCHECKED`, `KEPT`, `REFUSED` or `VALID` (only when the input is validated here). */
  #checked: Uint8Array = new Uint8Array(0);
  /** The levels read while checking, by wheel position: assessment `k`'s from `k * width` on (`assessmentFits`). */
  #kept: Int8Array = new Int8Array(0);
  #checkCursor = 0;
  /** The background's reader of the ratings in use (made on its first slice). */
  #reader: RatingsReader | undefined;
  #text: TextRules | undefined;
  #departments: string[] = [];
  #nameOrder: Uint32Array | null = null;
  #departmentRank: Uint32Array | null = null;
  #departmentCount = 0;
  #roleRank: Uint16Array | null = null;
  /** Every analysed row, added as it is done: the summary of everyone is ready with the last one. */
  readonly #tally: TeamTally;
  #summaryOfAll: TeamAnalysis | undefined;

  constructor(input: TeamInput) {
    this.#input = input;
    const index = (this.#index = indexCatalogue(input.catalogue));
    this.catalogue = index.catalogue;
    this.competencyIds = index.competencyIds;
    this.width = index.competencyIds.length;
    this.roles = input.roles;
    this.#readPeople(input.people);
    this.#groupAssessments(input.assessments);
    const rows = this.people.length;
    this.roleOf = new Uint16Array(rows);
    const roleIndex = new Map(this.roles.map((role, i) => [role.id, i]));
    this.people.forEach((person, i) => (this.roleOf[i] = roleIndex.get(person.roleId) ?? 0));
    this.#targets = new Uint8Array(this.roles.length * this.width);
    this.#targetRead = new Uint8Array(this.roles.length);
    this.#readTargets();
    this.gap = new Int8Array(rows * this.width);
    this.actual = new Uint8Array(rows * this.width);
    this.#levels = new Int8Array(rows * this.width);
    this.state = new Uint8Array(rows);
    this.assessed = new Uint8Array(rows);
    this.#members = new Array<TeamMember | undefined>(rows);
    this.#pending = rows;
    this.#tally = new TeamTally(index);
  }

  get rowCount(): number {
    return this.people.length;
  }

  get complete(): boolean {
    return this.#pending === 0;
  }

  /** See `TeamInput.awaiting`. */
  get awaiting(): boolean {
    return this.#input.awaiting === true;
  }

  /** Share of the rows analysed, 0..1. */
  get progress(): number {
    return this.rowCount === 0 ? 1 : 1 - this.#pending / this.rowCount;
  }

  /** Per row its team member, once analysed (made on first use: the analysis itself keeps only typed arrays). */
  get members(): readonly (TeamMember | undefined)[] {
    if (this.#membersBehind) {
      this.#membersBehind = false;
      for (let i = 0; i < this.rowCount; i++) if (this.state[i] === 1 && !this.#members[i]) this.#members[i] = this.#memberOf(i, this.#profileOf(this.#levels, i));
    }
    return this.#members;
  }

  #addIssue(issue: ValidationIssue): void {
    this.issueCount++;
    if (this.issues.length < MAX_ISSUES) this.issues.push(issue);
  }

  #readPeople(people: readonly Person[]): void {
    if (!Array.isArray(people)) {
      this.#addIssue(issue('$.people', 'type', { expected: 'people', ...got(people) }));
      return;
    }
    const roleIds = this.roles.map((role) => role.id);
    const seen = new Set<PersonId>();
    people.forEach((person, i) => {
      const path = `$.people[${i}]`;
      if (this.#input.validate) {
        const found = validatePerson(person, path, roleIds);
        if (found.length > 0) {
          found.forEach((issue) => this.#addIssue(issue));
          return;
        }
      } else {
        const record: unknown = person;
        const roleId = isRecord(record) ? record.roleId : undefined;
        if (typeof roleId !== 'string' || !roleIds.includes(roleId)) {
          this.#addIssue(issue(`${path}.roleId`, 'unknown-role', { id: String(shortValue(roleId)), known: roleIds }));
          return;
        }
      }
      if (seen.has(person.id)) {
        this.#addIssue(issue(`${path}.id`, 'duplicate-id', { id: person.id }));
        return;
      }
      seen.add(person.id);
      this.#rowOf.set(person.id, this.people.push(person) - 1);
    });
  }

  /** Sorts the assessments of the valid people by row (a stable counting sort); reports records that are not assessments. */
  #groupAssessments(assessments: readonly Assessment[]): void {
    if (!Array.isArray(assessments)) {
      this.#addIssue(issue('$.assessments', 'type', { expected: 'assessments', ...got(assessments) }));
      return;
    }
    const rows = this.people.length;
    const rowOfAssessment = (this.#rowOfAssessment = new Int32Array(assessments.length).fill(-1));
    const start = (this.#start = new Int32Array(rows + 1));
    this.#checked = new Uint8Array(this.#input.validate ? assessments.length : 0);
    this.#kept = new Int8Array(this.#checked.length * this.width);
    assessments.forEach((assessment: unknown, index) => {
      if (!isRecord(assessment) || typeof assessment.personId !== 'string') {
        this.#addIssue(issue(`$.assessments[${index}]`, 'type', { expected: 'assessment', ...got(assessment) }));
        return;
      }
      const row = this.#rowOf.get(assessment.personId);
      if (row === undefined) return;
      rowOfAssessment[index] = row;
      start[row + 1]++;
    });
    for (let row = 0; row < rows; row++) start[row + 1] += start[row];
    const order = (this.#order = new Int32Array(start[rows]));
    const filled = start.slice(0, rows);
    for (let k = 0; k < rowOfAssessment.length; k++) if (rowOfAssessment[k] >= 0) order[filled[rowOfAssessment[k]]++] = k;
  }

  /** The target row of each role whose target is a valid profile; the rows of any other role fail with its issues (`#analyseAlone`). */
  #readTargets(): void {
    this.roles.forEach((role, r) => {
      if (validateProfile(role.target, this.catalogue).length > 0) return;
      this.competencyIds.forEach((id, c) => (this.#targets[r * this.width + c] = levelOf(role.target, id)));
      this.#targetRead[r] = 1;
    });
  }

  /** Analyses row `i` now if it is still pending. */
  ensure(i: number): void {
    if (this.state[i] === 0 && !this.awaiting) this.#analyseOneByOne([i]);
  }

  /** Analyses pending rows for about `budgetMs`; returns true when every row is done. */
  work(budgetMs: number): boolean {
    if (this.awaiting) return false;
    const end = performance.now() + budgetMs;
    if (!this.#checkAll(end)) return false;
    while (this.#cursor < this.rowCount) {
      const rows: number[] = [];
      while (rows.length < BATCH_ROWS && this.#cursor < this.rowCount) {
        const i = this.#cursor++;
        if (this.state[i] === 0) rows.push(i);
      }
      this.#analyse(rows);
      if (performance.now() >= end) break;
    }
    return this.complete;
  }

  /** Whether the assessment at `index` is usable; checks it once when the input is validated here. */
  #usable(assessment: Assessment, index: number): boolean {
    if (!this.#input.validate) return true;
    if (this.#checked[index] === UNCHECKED) {
      if (assessmentFits(assessment, this.#index, this.#kept, index * this.width)) this.#checked[index] = KEPT;
      else {
        const found = validateAssessment(assessment, this.catalogue, `$.assessments[${index}]`);
        found.forEach((issue) => this.#addIssue(issue));
        this.#checked[index] = found.length === 0 ? VALID : REFUSED;
      }
    }
    return this.#checked[index] !== REFUSED;
  }

  /** Checks the assessments of the valid people, in list order, until `end`; true once all are checked. */
  #checkAll(end: number): boolean {
    const assessments = this.#input.assessments;
    const count = this.#checked.length;
    while (this.#checkCursor < count) {
      const stop = Math.min(count, this.#checkCursor + CHECK_STEP);
      for (let k = this.#checkCursor; k < stop; k++) if (this.#rowOfAssessment[k] >= 0) this.#usable(assessments[k], k);
      this.#checkCursor = stop;
      if (performance.now() >= end) return this.#checkCursor >= count;
    }
    return true;
  }

  /**
   * Analyses pending `rows` from the ratings in use of their usable assessments. A row whose
   * ratings do not fit (only possible where nothing was checked here) and the rows of a role whose
   * target could not be read are analysed on their own, which reports why.
   */
  #analyse(rows: readonly number[]): void {
    const assessments = this.#input.assessments;
    const reader = (this.#reader ??= ratingsReader(this.#index, assessments.length, this.#input.rule));
    const width = this.width;
    const levels = this.#levels;
    const issues = new Issues();
    const alone: number[] = [];
    for (const i of rows) {
      reader.begin();
      let read = 0;
      for (let k = this.#start[i]; k < this.#start[i + 1]; k++) {
        const index = this.#order[k];
        const assessment = assessments[index];
        if (!this.#usable(assessment, index)) continue;
        read++;
        if (!reader.record(index, assessment as unknown as Record<string, unknown>, issues)) continue;
        if (this.#checked[index] === KEPT) reader.readKept(index, assessment, this.#kept, index * width);
        else reader.read(index, assessment, issues);
      }
      if (!issues.ok) {
        issues.list.length = 0;
        this.#analyseOneByOne([i]);
        continue;
      }
      const role = this.roleOf[i];
      reader.levelsInto(levels, i * width);
      for (let c = 0, cell = i * width, t = role * width; c < width; c++, cell++, t++) {
        const level = levels[cell];
        const actual = level < 0 ? 0 : level;
        this.actual[cell] = actual;
        this.gap[cell] = this.#targets[t] - actual;
      }
      if (this.#targetRead[role] === 0) {
        alone.push(i);
        continue;
      }
      this.assessed[i] = read > 0 ? 1 : 0;
      this.#done(i);
    }
    alone.forEach((i) => this.#analyseAlone(i, this.#memberOf(i, this.#profileOf(levels, i))));
  }

  /** Analyses `rows` person by person (`currentProfile`), then the gaps of all of them at once. */
  #analyseOneByOne(rows: readonly number[]): void {
    const members: TeamMember[] = [];
    const analysed: number[] = [];
    const assessments = this.#input.assessments;
    for (const i of rows) {
      const person = this.people[i];
      const usable: Assessment[] = [];
      for (let k = this.#start[i]; k < this.#start[i + 1]; k++) {
        const index = this.#order[k];
        if (this.#usable(assessments[index], index)) usable.push(assessments[index]);
      }
      try {
        const current = currentProfile(usable, person.id, this.#input.rule);
        members.push(this.#memberOf(i, current.profile));
        analysed.push(i);
        this.assessed[i] = usable.length > 0 ? 1 : 0;
      } catch (error) {
        this.#fail(i, error);
      }
    }
    if (members.length === 0) return;
    let matrix: TeamMatrix;
    try {
      matrix = buildTeamMatrix(this.catalogue, members);
    } catch {
      // One bad profile rejects the whole batch: analyse its people one by one to report it as before.
      analysed.forEach((i, m) => this.#analyseAlone(i, members[m]));
      return;
    }
    const gap = teamGaps(matrix);
    const width = this.width;
    analysed.forEach((i, m) => {
      this.gap.set(gap.subarray(m * width, (m + 1) * width), i * width);
      this.actual.set(matrix.actual.subarray(m * width, (m + 1) * width), i * width);
      this.#keep(i, members[m]);
    });
  }

  #analyseAlone(i: number, member: TeamMember): void {
    try {
      const analysis = analyzeGaps({ catalogue: this.catalogue, target: member.target, actual: member.actual });
      const offset = i * this.width;
      analysis.entries.forEach((entry, c) => {
        this.gap[offset + c] = entry.gap;
        this.actual[offset + c] = entry.actual;
      });
      this.#keep(i, member);
    } catch (error) {
      this.#fail(i, error);
    }
  }

  /** Row `i` is analysed with the (valid) profile of `member`. */
  #keep(i: number, member: TeamMember): void {
    this.competencyIds.forEach((id, c) => (this.#levels[i * this.width + c] = Object.hasOwn(member.actual, id) ? (member.actual[id] as Level) : -1));
    this.#members[i] = member;
    this.#done(i);
  }

  #done(i: number): void {
    this.#pending--;
    this.state[i] = 1;
    this.#tally.add(this.#targets, this.roleOf[i] * this.width, this.actual, i * this.width);
    this.#membersBehind = true;
  }

  #fail(i: number, error: unknown): void {
    this.#pending--;
    this.state[i] = 2;
    this.assessed[i] = 0;
    const issues = error instanceof KompetenzradError ? error.issues : [{ path: `$.people[${i}]`, code: 'invalid-input' }];
    issues.forEach((issue) => this.#addIssue(issue));
  }

  #memberOf(i: number, actual: Profile): TeamMember {
    return { personId: this.people[i].id, target: this.roles[this.roleOf[i]].target, actual };
  }

  /** The current profile of row `i` from `levels` in use per cell (−1: no rating in use), as `#levels` and `RatingsInUse.level` hold them. */
  #profileOf(levels: Int8Array, i: number): Profile {
    const profile: Record<CompetencyId, Level> = {};
    const ids = this.competencyIds;
    for (let c = 0, cell = i * this.width; c < ids.length; c++, cell++) {
      const level = levels[cell];
      if (level >= 0) profile[ids[c]] = level as Level;
    }
    return profile;
  }

  /** Rows in the order and selection of `options` (every row must be analysed for gap filters and competency sorts). */
  view(options: TeamViewOptions): Uint32Array {
    const { text } = options;
    this.#useText(text);
    const order = this.#sorted(options);
    const roleIndex = options.roleId ? this.roles.findIndex((role) => role.id === options.roleId) : -1;
    const department = text.lower(options.department.trim());
    if (department && this.#departments.length === 0) this.#departments = this.people.map((person) => text.lower(person.department ?? ''));
    const column = options.competencyId ? this.competencyIds.indexOf(options.competencyId) : -1;
    const minGap = options.minGap;
    const width = this.width;
    const kept = new Uint32Array(order.length);
    let count = 0;
    for (let k = 0; k < order.length; k++) {
      const i = order[k];
      if (this.state[i] === 2) continue;
      if (options.roleId && this.roleOf[i] !== roleIndex) continue;
      if (department && !this.#departments[i].includes(department)) continue;
      if (options.only && !options.only.has(i)) continue;
      if (minGap !== null) {
        const offset = i * width;
        let hit = false;
        if (column >= 0) hit = this.gap[offset + column] >= minGap;
        else for (let c = 0; c < width && !hit; c++) hit = this.gap[offset + c] >= minGap;
        if (!hit) continue;
      }
      kept[count++] = i;
    }
    return kept.slice(0, count);
  }

  /**
   * The domain's team analysis of the given rows (for the summary row); rows not analysed are left
   * out. That of every row (in any order) comes from the rows added as they were analysed.
   */
  summary(rows: Uint32Array): TeamAnalysis {
    const analysed = rows.every((i) => this.state[i] === 1) ? rows : rows.filter((i) => this.state[i] === 1);
    // Views hold each row once: as many analysed rows as there are is every one of them.
    if (this.complete && analysed.length === this.#tally.count) return (this.#summaryOfAll ??= this.#tally.analysis());
    return analyzeTeamRows(this.#index, { targets: this.#targets, roleOf: this.roleOf, actual: this.actual }, analysed);
  }

  /** Row numbers of the given person ids (for synergy groups). */
  rowsOf(personIds: readonly PersonId[]): Set<number> {
    const wanted = new Set(personIds);
    const rows = new Set<number>();
    this.people.forEach((person, i) => {
      if (wanted.has(person.id)) rows.add(i);
    });
    return rows;
  }

  /** The analysed members (for `findSynergyGroups`). */
  analysedMembers(): TeamMember[] {
    return this.members.filter((member): member is TeamMember => member !== undefined);
  }

  /** Orders and lower-cased departments hold for one language. */
  #useText(text: TextRules): void {
    if (text === this.#text) return;
    this.#text = text;
    this.#departments = [];
    this.#nameOrder = null;
    this.#roleRank = null;
    this.#departmentRank = null;
  }

  #sorted({ sortKey, descending, value, text }: TeamViewOptions): Uint32Array {
    const rows = this.rowCount;
    if (sortKey === 'none' || sortKey === '') {
      const order = new Uint32Array(rows);
      for (let i = 0; i < rows; i++) order[i] = descending ? rows - 1 - i : i;
      return order;
    }
    const byName = this.#byName(text);
    if (sortKey === 'name') return descending ? byName.slice().reverse() : byName;
    if (sortKey === 'role') {
      const rank = this.#rolesRanked(text);
      return countingSort(byName, this.roles.length, (i) => rank[this.roleOf[i]], descending);
    }
    if (sortKey === 'department') {
      const rank = this.#departmentsRanked(text);
      return countingSort(byName, this.#departmentCount, (i) => rank[i], descending);
    }
    const column = this.competencyIds.indexOf(sortKey);
    if (column < 0) return byName;
    const width = this.width;
    // Gaps are −3..3 and levels 0..3: shift into 0..6 buckets.
    if (value === 'gap') return countingSort(byName, 7, (i) => this.gap[i * width + column] + 3, descending);
    return countingSort(byName, 4, (i) => this.actual[i * width + column], descending);
  }

  #byName({ compare }: TextRules): Uint32Array {
    if (!this.#nameOrder) {
      const order = Array.from({ length: this.rowCount }, (_, i) => i);
      const names = this.people.map((person) => person.name);
      order.sort((a, b) => compare(names[a], names[b]) || a - b);
      this.#nameOrder = Uint32Array.from(order);
    }
    return this.#nameOrder;
  }

  #rolesRanked({ compare, lang }: TextRules): Uint16Array {
    if (!this.#roleRank) {
      const order = this.roles.map((_, i) => i).sort((a, b) => compare(this.roles[a].label[lang], this.roles[b].label[lang]));
      this.#roleRank = new Uint16Array(this.roles.length);
      order.forEach((roleIndex, rank) => (this.#roleRank![roleIndex] = rank));
    }
    return this.#roleRank;
  }

  #departmentsRanked({ compare }: TextRules): Uint32Array {
    if (!this.#departmentRank) {
      const unique = [...new Set(this.people.map((person) => person.department ?? ''))].sort(compare);
      const rankOf = new Map(unique.map((name, rank) => [name, rank]));
      this.#departmentRank = Uint32Array.from(this.people, (person) => rankOf.get(person.department ?? '') ?? 0);
      this.#departmentCount = unique.length;
    }
    return this.#departmentRank;
  }
}
