import { groupFigures, sumGroups, type AggregateCell, type AggregateFigures, type LevelChange } from './aggregate-figures.js';
import { ratingsInUse } from './aggregate-ratings.js';
import { changeReleasable, releasedMovers, releasePartition, type Placement, type ReleaseBlock } from './aggregate-privacy.js';
import { ACTUAL_RULES, type ActualRule } from './assessments.js';
import { indexCatalogue, type CatalogueIndex } from './catalogue.js';
import { got, KompetenzradError, shortValue } from './errors.js';
import { leanCatalogueOf, leanRolesOf } from './portfolio.js';
import { isLevel } from './scale.js';
import { MAX_REPORTED_ISSUES } from './team.js';
import type { IsoDate, Person, PersonId, Portfolio, RoleId } from './types.js';
import { checkDate, checkKnownKeys, checkNumber, checkObject, checkOneOf, checkString, Issues, isRecord } from './validate.js';

export type AggregateGroupBy = 'department' | 'role' | 'category';

export const AGGREGATE_GROUP_BYS = Object.freeze(['department', 'role', 'category'] as const satisfies readonly AggregateGroupBy[]);

export const DEFAULT_MIN_GROUP_SIZE = 5;
/** `minGroupSize` below this is refused. */
export const MIN_GROUP_SIZE_FLOOR = 3;

/** Keeps only the people of one role and/or one department (exact name). */
export interface AggregateFilter {
  roleId?: RoleId;
  department?: string;
}

export interface AggregateOptions {
  groupBy: AggregateGroupBy;
  /** The fewest people any figure may stand for: default 5, at least 3. */
  minGroupSize?: number;
  filter?: AggregateFilter;
  /** How the rating in use is chosen (as `currentProfile`), default `external-first`. */
  rule?: ActualRule;
  /** For stale ratings (as `dueForRefresh`); without it no rating counts as stale. */
  today?: IsoDate;
  /**
   * The day of the previous stock-taking; without it there are no change figures. With it, the
   * change of a competency stands for none or at least `minGroupSize` people of each block whose
   * rating of it moved, else it is withheld (`changeWithheld`). It is the organisation's day, not
   * the viewer's: the results for two days still differ by the ratings between them, whether
   * those moved anyone (released or withheld) and, when both are released, how.
   */
  previousDate?: IsoDate;
}

export type { AggregateCell, AggregateFigures, LevelChange } from './aggregate-figures.js';

/** The kinds of group an aggregate has: a department, a role, a category, or the block of the small ones (`other`). */
export const AGGREGATE_GROUP_KINDS = ['department', 'role', 'category', 'other'] as const;
export type AggregateGroupKind = (typeof AGGREGATE_GROUP_KINDS)[number];

export interface AggregateGroup {
  /** `other`: people of several departments, each too few in their role for a group of their own. */
  kind: AggregateGroupKind;
  /** The department (null: people without one), role id or category id; null for `other`. */
  key: string | null;
  people: number;
  /** In wheel order; for a category group only its competencies. */
  competencies: AggregateCell[];
  /** All of `competencies` pooled. */
  summary: AggregateFigures;
  /**
   * True when `previousDate` was given but change figures of the group are withheld: in each cell
   * where some of a block's people moved (up or down; a first rating is no move) but too few to
   * stand for (see `aggregateTeam`), and then in the summary. Those `change`s are null, as
   * without `previousDate`. Optional for aggregates made by hand: missing means false.
   */
  changeWithheld?: boolean;
}

export interface TeamAggregate {
  groupBy: AggregateGroupBy;
  minGroupSize: number;
  /** People behind the figures: for `department` and `role` the sum over the groups. */
  people: number;
  /** Assessed people that match the filter but are in no group, because a figure over them could expose someone. */
  withheld: number;
  /** Departments in order of first appearance and `other` last, roles in the roles' order, categories in wheel order. */
  groups: AggregateGroup[];
}

/**
 * The organisation at a glance, exposing no individual: per group and competency how many
 * people are counted, how they spread over the levels of the rating in use, the share below
 * target, the mean gap, the stale ratings and the change since the previous stock-taking.
 *
 * Who is counted: every person with at least one assessment. The rating in use is that of
 * `currentProfile` under `rule`, the target that of the person's role. "Change" compares the
 * rating in use with the one as of `previousDate` (the same rule over the assessments up to that
 * day): the previous stock-taking is a day the organisation names, the same for everyone.
 * `groupBy: 'category'` keeps everyone in one population and gives one group per category of
 * the catalogue, holding that category's competencies: the organisation's wheel.
 *
 * Privacy: the people are split once, from the data alone, into blocks of at least
 * `minGroupSize` people of one role (`releasePartition`): a role's people in a department form a
 * block when there are enough of them, the role's people in the other departments share one, or
 * are withheld when even that one would be too small. Every figure is a sum over whole blocks: a
 * filter keeps the blocks all of whose members match it, a group is made of the blocks of its
 * department or role, and blocks spanning several departments make the group `other` (so the
 * one CDO of each office shows among the CDOs, and in a department view under `other`). Hence:
 * - no query cuts a block: differencing two results (a department, and that department minus
 *   one person by a role filter) leaves whole blocks, never fewer than `minGroupSize` people;
 * - within a block everyone has the same target, so a figure that mixes target and rating (share
 *   below target, mean gap) cannot single a member out by their role either;
 * - swapping the ratings of two members of a block changes no output at all;
 * - `rule`, `today` and `previousDate` change the ratings, never the blocks;
 * - the change of a competency is given only when each block of the group has none or at least
 *   `minGroupSize` people whose rating of it moved, else withheld in that cell and in the
 *   summary (`changeWithheld`): one person rated again since `previousDate` never stands alone
 *   in it (two different days can still be compared, see `previousDate`).
 * What no aggregate can hide: a value every member of a block shares, or the last member's
 * rating to someone who knows all the others'. Two snapshots of a portfolio that differ by one
 * person can reveal that person; `minGroupSize` is the host's setting, not the viewer's (blocks
 * for different sizes can cut each other).
 *
 * Throws a `KompetenzradError` for bad options (a `minGroupSize` below 3 is refused, not
 * raised), people with an unknown role and assessments that do not fit.
 */
export function aggregateTeam(portfolio: Portfolio, options: AggregateOptions): TeamAggregate {
  const settings = checkOptions(options);
  const { groupBy, minGroupSize } = settings;
  const { index, targets, ratings, keys, groupOfRow, blockOf, blocks, people, withheld } = placeInGroups(portfolio, settings);
  const positions = index.competencyIds.map((_, c) => c);
  const width = positions.length;
  const groupCount = keys.kinds.length;
  const sums = sumGroups(ratings, targets, groupOfRow, groupCount, width);
  const movers = sums.moved && releasedMovers({ moved: sums.moved, width, blockOf, blocks: blocks.length, groupOfRow, groupCount }, minGroupSize);
  const group = (kind: AggregateGroupKind, key: string | null, people: number, g: number, own: readonly number[]): AggregateGroup => {
    const given = (c: number) => movers !== null && movers[g * width + c] >= 0;
    return { kind, key, people, ...groupFigures(sums.of(g), own, index, given), changeWithheld: movers !== null && !own.every(given) };
  };
  const groups: AggregateGroup[] =
    groupBy !== 'category'
      ? keys.kinds.map((kind, g) => group(kind, keys.keys[g], sums.people[g], g, positions))
      : people === 0
        ? []
        : index.categoryIds.map((key, k) => group('category', key, people, 0, positions.filter((c) => index.categoryOfPosition[c] === k)));
  return { groupBy, minGroupSize, people, withheld, groups };
}

/**
 * A minimum group size as given, made safe: a whole number of at least `MIN_GROUP_SIZE_FLOOR`
 * counts; anything else (missing, below 3, NaN, a fraction, text) counts as
 * `DEFAULT_MIN_GROUP_SIZE`, so that a bad minimum never lets a small group through. The one rule
 * for a minimum that is not refused (`aggregateTeam` refuses one), also the elements'.
 */
export function usableMinGroupSize(value: unknown): number {
  return Number.isInteger(value) && (value as number) >= MIN_GROUP_SIZE_FLOOR ? (value as number) : DEFAULT_MIN_GROUP_SIZE;
}

/**
 * Whether a group's figures stand for fewer than `minimum` people (the group, or the ratings of one
 * of its competencies); a count that is no number counts as too few, a bad minimum as the default.
 */
export function standsForTooFew(group: Pick<AggregateGroup, 'people' | 'competencies'>, minimum: number): boolean {
  const least = usableMinGroupSize(minimum);
  const enough = (count: unknown) => typeof count === 'number' && count >= least;
  return !enough(group.people) || !Array.isArray(group.competencies) || !group.competencies.every((cell) => enough(cell?.count));
}

/**
 * An aggregate made elsewhere (a server's `aggregateTeam`, or by hand) as a page may show it
 * under its own `minGroupSize`: groups that stand for fewer people than that or than the
 * aggregate's own minimum are left out and their people counted as withheld, as `aggregateTeam`
 * leaves them out; in a group kept, the change of a competency whose movers (`up + down`) are
 * too few under that minimum, or no believable count, is withheld with the summary's
 * (`changeWithheld`). Without blocks it holds the group's totals to the rule that `aggregateTeam`
 * holds each block to. The same object when nothing is left out or withheld and the minimum is
 * the aggregate's.
 * Either minimum that is not a whole number of at least 3 counts as the default, 5 (`usableMinGroupSize`).
 */
export function withholdSmallGroups(aggregate: TeamAggregate, minGroupSize: number): TeamAggregate {
  const minimum = Math.max(usableMinGroupSize(minGroupSize), usableMinGroupSize(aggregate.minGroupSize));
  const groups = aggregate.groups.filter((group) => !standsForTooFew(group, minimum)).map((group) => withChangeUnder(group, minimum));
  if (minimum === aggregate.minGroupSize && groups.length === aggregate.groups.length && groups.every((group, g) => group === aggregate.groups[g])) return aggregate;
  // Category groups all stand for everyone counted; department and role groups add up to them.
  const dropped = aggregate.groupBy === 'category' ? (groups.length === 0 ? aggregate.people : 0) : aggregate.people - groups.reduce((sum, group) => sum + group.people, 0);
  return { ...aggregate, minGroupSize: minimum, people: aggregate.people - dropped, withheld: aggregate.withheld + dropped, groups };
}

/**
 * `group`, or a copy with the change withheld in each cell whose movers (`up + down`, the people
 * whose rating of it moved) are not a count `changeReleasable` under `minimum`, and then in the
 * summary (also when it gives a change that a cell does not). It has no blocks, so it can only
 * hold the group's totals to the rule, where `aggregateTeam` holds each block to it.
 */
function withChangeUnder(group: AggregateGroup, minimum: number): AggregateGroup {
  const released = (change: LevelChange | null | undefined): boolean => {
    const movers = change ? change.up + change.down : 0;
    return change == null || (Number.isInteger(change.up) && Number.isInteger(change.down) && change.up >= 0 && change.down >= 0 && movers <= group.people && changeReleasable(movers, minimum));
  };
  const cellsKept = group.competencies.every((cell) => released(cell?.change));
  const summaryKept = released(group.summary?.change) && (group.summary?.change == null || group.competencies.every((cell) => cell?.change != null));
  if (cellsKept && summaryKept) return group;
  const withoutChange = <T extends AggregateFigures | undefined>(one: T, keep: boolean): T => (one && !keep ? { ...one, change: null } : one);
  return {
    ...group,
    competencies: group.competencies.map((cell) => withoutChange(cell, released(cell?.change))),
    summary: withoutChange(group.summary, false),
    changeWithheld: true,
  };
}

/**
 * The people one group of `aggregateTeam(portfolio, options)` stands for, in input order (for a
 * category group: everyone counted). Split exactly as `aggregateTeam` splits them, so a drill-down
 * lists the very people behind the figures; an empty list for a group the aggregate does not have.
 * Only for a drill-down the host page allows: this is individual data. Throws as `aggregateTeam`.
 */
export function aggregateMembers(portfolio: Portfolio, options: AggregateOptions, group: Pick<AggregateGroup, 'kind' | 'key'>): Person[] {
  const { keys, groupOfRow } = placeInGroups(portfolio, checkOptions(options));
  const g = keys.kinds.findIndex((kind, position) => kind === group.kind && (kind === 'category' || keys.keys[position] === group.key));
  return g < 0 ? [] : portfolio.people.filter((_, row) => groupOfRow[row] === g);
}

/** Each person's group (−1: not counted or withheld), with what the figures are made from. */
function placeInGroups(portfolio: Portfolio, settings: Settings) {
  const { groupBy, minGroupSize, filter, rule, today, previousDate } = settings;
  const index = indexCatalogue(leanCatalogueOf(portfolio));
  const { placements, targets, rowOf } = placePeople(portfolio, index);
  const ratings = ratingsInUse({ index, assessments: portfolio.assessments, rowOf, rows: placements.length, rule, today, previousDate });
  const { blocks, blockOf } = releasePartition(placements, (row) => ratings.assessed[row] === 1, minGroupSize);

  const keys = groupKeys(groupBy, blocks, filter, groupBy === 'role' ? leanRolesOf(portfolio).map((role) => role.id) : placements.map((p) => p.department));
  const groupOfBlock = blocks.map((block) => (matches(block, filter) ? keys.groupOf(block) : -1));
  const groupOfRow = new Int32Array(placements.length).fill(-1);
  let people = 0;
  let withheld = 0;
  placements.forEach((placement, row) => {
    if (ratings.assessed[row] === 0 || !matches(placement, filter)) return;
    const g = blockOf[row] < 0 ? -1 : groupOfBlock[blockOf[row]];
    if (g < 0) withheld++;
    else people++;
    groupOfRow[row] = g;
  });
  return { index, targets, ratings, keys, groupOfRow, blockOf, blocks, people, withheld };
}

interface Settings {
  groupBy: AggregateGroupBy;
  minGroupSize: number;
  filter: AggregateFilter;
  rule: ActualRule;
  today?: IsoDate;
  previousDate?: IsoDate;
}

const OPTION_KEYS = ['groupBy', 'minGroupSize', 'filter', 'rule', 'today', 'previousDate'] as const;
const FILTER_KEYS = ['roleId', 'department'] as const;

/** The options with their defaults; throws a `KompetenzradError` listing every option that does not fit. */
function checkOptions(options: AggregateOptions): Settings {
  const value: unknown = options;
  const issues = new Issues();
  if (!checkObject(issues, value, '$')) throw new KompetenzradError(issues.list);
  checkKnownKeys(issues, value, '$', OPTION_KEYS);
  checkOneOf(issues, value.groupBy, '$.groupBy', AGGREGATE_GROUP_BYS);
  checkNumber(issues, value.minGroupSize, '$.minGroupSize', { optional: true, integer: true, min: MIN_GROUP_SIZE_FLOOR });
  checkOneOf(issues, value.rule, '$.rule', ACTUAL_RULES, true);
  checkDate(issues, value.today, '$.today', true);
  checkDate(issues, value.previousDate, '$.previousDate', true);
  if (value.filter !== undefined && checkObject(issues, value.filter, '$.filter')) {
    checkKnownKeys(issues, value.filter, '$.filter', FILTER_KEYS);
    checkString(issues, value.filter.roleId, '$.filter.roleId', { optional: true });
    checkString(issues, value.filter.department, '$.filter.department', { optional: true });
  }
  if (!issues.ok) throw new KompetenzradError(issues.list);
  const { groupBy, minGroupSize = DEFAULT_MIN_GROUP_SIZE, filter = {}, rule = 'external-first', today, previousDate } = options;
  return { groupBy, minGroupSize, filter, rule, today, previousDate };
}

/** Each person's department, role, target levels in wheel order and row. */
function placePeople(portfolio: Portfolio, index: CatalogueIndex): { placements: Placement[]; targets: Uint8Array[]; rowOf: RowOfId } {
  const issues = new Issues();
  if (!Array.isArray(portfolio.people)) issues.add('$.people', 'type', { expected: 'list', ...got(portfolio.people) });
  if (!Array.isArray(portfolio.assessments)) issues.add('$.assessments', 'type', { expected: 'list', ...got(portfolio.assessments) });
  if (!issues.ok) throw new KompetenzradError(issues.list);
  const roles = leanRolesOf(portfolio);
  const known = roles.map((role) => role.id);
  const targetOf = new Map(
    roles.map((role) => [role.id, Uint8Array.from(index.competencyIds, (id) => (isLevel(role.target[id]) ? role.target[id] : 0))]),
  );
  const targets: Uint8Array[] = [];
  const ids: unknown[] = [];
  const placements = portfolio.people.map((person: unknown, row): Placement => {
    const { id, roleId, department }: Record<string, unknown> = isRecord(person) ? person : {};
    const target = typeof roleId === 'string' ? targetOf.get(roleId) : undefined;
    if (!target && issues.list.length < MAX_REPORTED_ISSUES) issues.add(`$.people[${row}].roleId`, 'unknown-role', { id: typeof roleId === 'string' ? roleId : String(shortValue(roleId)), known });
    targets.push(target ?? new Uint8Array(index.competencyIds.length));
    ids.push(id);
    return { department: typeof department === 'string' ? department : '', roleId: typeof roleId === 'string' ? roleId : '' };
  });
  if (!issues.ok) throw new KompetenzradError(issues.list);
  return { placements, targets, rowOf: new RowOfId(ids) };
}

/**
 * The row of each person id (the last row of an id, as a `Map` filled row by row would have it),
 * in an open-addressing table: a `Map` of 10,000 ids takes longer to fill than all its lookups.
 */
class RowOfId {
  readonly #ids: readonly unknown[];
  /** Per slot the row + 1 of the id hashed there (0: free); at most half full. */
  readonly #slots: Int32Array;
  readonly #mask: number;

  /** `ids[row]` is the id of the person in `row`; rows without a text id are left out. */
  constructor(ids: readonly unknown[]) {
    let size = 2;
    while (size < ids.length * 2) size *= 2;
    this.#ids = ids;
    this.#slots = new Int32Array(size);
    this.#mask = size - 1;
    ids.forEach((id, row) => {
      if (typeof id === 'string') this.#slots[this.#slotOf(id)] = row + 1;
    });
  }

  get(id: PersonId): number | undefined {
    const row = this.#slots[this.#slotOf(id)] - 1;
    return row < 0 ? undefined : row;
  }

  /** The slot holding `id`, or the free one where it belongs. */
  #slotOf(id: PersonId): number {
    let slot = hashOf(id) & this.#mask;
    while (this.#slots[slot] !== 0 && this.#ids[this.#slots[slot] - 1] !== id) slot = (slot + 1) & this.#mask;
    return slot;
  }
}

/** FNV-1a over the UTF-16 code units of `text`. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

function matches(where: { department: string | null; roleId: RoleId | null }, filter: AggregateFilter): boolean {
  return (filter.department === undefined || where.department === filter.department) && (filter.roleId === undefined || where.roleId === filter.roleId);
}

interface GroupKeys {
  kinds: AggregateGroupKind[];
  keys: (string | null)[];
  groupOf(block: ReleaseBlock): number;
}

/** The groups the released blocks fall into, in the order of `order` (role ids or each person's department), `other` last. */
function groupKeys(groupBy: AggregateGroupBy, blocks: readonly ReleaseBlock[], filter: AggregateFilter, order: readonly string[]): GroupKeys {
  const released = blocks.filter((block) => matches(block, filter));
  if (groupBy === 'category') return { kinds: released.length > 0 ? ['category'] : [], keys: [null], groupOf: () => 0 };
  const keyOf = (block: ReleaseBlock): string | null => (groupBy === 'department' ? block.department : block.roleId);
  const present = new Set(released.map(keyOf));
  const ordered = [...new Set(order)].filter((key) => present.has(key));
  const kinds: AggregateGroupKind[] = ordered.map(() => groupBy);
  const keys: (string | null)[] = ordered.map((key) => (groupBy === 'department' && key === '' ? null : key));
  if (present.has(null)) {
    kinds.push('other');
    keys.push(null);
  }
  const position = new Map<string | null, number>(ordered.map((key, g) => [key, g]));
  return { kinds, keys, groupOf: (block) => position.get(keyOf(block)) ?? ordered.length };
}
