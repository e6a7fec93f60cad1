import {
  aggregateTeam,
  DEFAULT_MIN_GROUP_SIZE,
  standsForTooFew,
  type AggregateCell,
  type AggregateGroup,
  type AggregateGroupBy,
  type AggregateGroupKind,
  type TeamAggregate,
} from '../../../domain/aggregate.js';
import { KompetenzradError } from '../../../domain/errors.js';
import { roleById } from '../../../domain/roles.js';
import type { Catalogue, IsoDate, Portfolio, Role } from '../../../domain/types.js';
import { checkAggregate, checkGroup, groupByOf, groupByProblems, minGroupSizeProblems, ownMinGroupSize } from '../../../internal/group-options.js';
import { dataIssueProblem, isGiven, type InputProblem } from '../../../internal/inputs.js';
import { Memo } from '../../../internal/memo.js';

/** The wheel's own inputs (its properties). */
export interface GroupInputs {
  groupBy?: unknown;
  group?: unknown;
  aggregate?: unknown;
  minGroupSize?: unknown;
  /** The inputs of a person's wheel: never drawn for a group, reported when given. */
  editable: boolean;
  target?: unknown;
  targetRole?: unknown;
  actual?: unknown;
  external?: unknown;
}

/** What the wheel was given for a group: its own inputs and, inside a provider, the provider's data. */
export interface GroupRequest {
  catalogue: Catalogue;
  roles: readonly Role[];
  portfolio: Portfolio | undefined;
  today: IsoDate | undefined;
  inputs: GroupInputs;
}

/** Why a group shows no figures: too few people, a key no group has, no group chosen, no data, or data that cannot be used. */
/** `pooled`: a department none of whose roles has enough people; they count under the group of several departments (`other`) when their role has enough people over all departments where it is too small, else nowhere (`releasePartition`). */
export type Withheld = 'too-small' | 'pooled' | 'unknown' | 'choose' | 'no-data' | 'invalid';

export interface GroupChoice {
  /** `organisation`: every category of a category aggregate together. */
  kind: AggregateGroupKind | 'organisation';
  key: string | null;
  /** Per competency of the catalogue (wheel order) its figures, `undefined` where the group has none; `undefined` when withheld. */
  cells: (AggregateCell | undefined)[] | undefined;
  people: number;
  /** The fewest people a figure may stand for here. */
  minGroupSize: number;
  /** The role of a group of one role (its target is the outline). */
  role: Role | undefined;
  withheld: Withheld | undefined;
  /** The whole organisation's wheel: the assessed people its figures leave out (too few in their role to stand for). */
  notShown?: number;
  /** The keys of the groups there are (named when none is chosen). */
  choices: string[];
  problems: InputProblem[];
}

/** The key `group="…"` chooses a group by: its key, `other` for the group of several departments. */
function keyOf(group: Pick<AggregateGroup, 'kind' | 'key'>): string {
  return group.key ?? (group.kind === 'other' ? 'other' : '');
}

const aggregates = new Memo((portfolio: Portfolio, groupBy: AggregateGroupBy, minGroupSize: number, today: IsoDate | undefined) =>
  aggregateTeam(portfolio, { groupBy, minGroupSize, ...(today === undefined ? {} : { today }) }),
);

/**
 * Chooses what a group wheel shows, by the input rule: a `group` object, else the `aggregate`
 * property, else the provider's portfolio aggregated by `group-by` (default `department`); the
 * group is the one whose key is `group` (for a category aggregate without one: all categories,
 * the organisation). Figures are shown only for a group of at least `minGroupSize` people,
 * whatever the data claim (the larger of the aggregate's minimum, `min-group-size` and 3): a
 * hand-made aggregate is checked as strictly as the domain's.
 */
export function chooseGroup(request: GroupRequest): GroupChoice {
  const { inputs } = request;
  const problems = ignoredInputs(inputs);
  const own = ownMinGroupSize(inputs.minGroupSize);
  problems.push(...minGroupSizeProblems(inputs.minGroupSize), ...groupByProblems(inputs.groupBy));
  const key = typeof inputs.group === 'string' && inputs.group !== '' ? inputs.group : undefined;
  const none = (withheld: Withheld, minGroupSize = own ?? DEFAULT_MIN_GROUP_SIZE): GroupChoice => ({
    kind: 'organisation',
    key: key ?? null,
    cells: undefined,
    people: 0,
    minGroupSize,
    role: undefined,
    withheld,
    choices: [],
    problems,
  });

  if (typeof inputs.group === 'object' && inputs.group !== null) {
    const group = checkGroup(inputs.group, 'group', problems);
    return group ? show(request, group, own ?? DEFAULT_MIN_GROUP_SIZE, [], problems) : none('invalid');
  }
  let aggregate: TeamAggregate | undefined;
  if (isGiven(inputs.aggregate)) {
    aggregate = checkAggregate(inputs.aggregate, problems);
    if (!aggregate) return none('invalid');
  } else if (request.portfolio) {
    const groupBy = groupByOf(inputs.groupBy);
    try {
      aggregate = aggregates.get(request.portfolio, groupBy, own ?? DEFAULT_MIN_GROUP_SIZE, request.today);
    } catch (error) {
      if (!(error instanceof KompetenzradError)) throw error;
      problems.push(...error.issues.slice(0, 5).map((issue) => dataIssueProblem('context', issue)));
      return none('invalid');
    }
  } else return none('no-data');

  const minimum = Math.max(own ?? DEFAULT_MIN_GROUP_SIZE, aggregate.minGroupSize);
  const choices = aggregate.groupBy === 'category' ? [] : aggregate.groups.map(keyOf);
  if (aggregate.groupBy === 'category' && key === undefined) {
    if (aggregate.groups.length === 0) return none('no-data', minimum);
    const organisation: AggregateGroup = { ...aggregate.groups[0], key: null, competencies: aggregate.groups.flatMap((group) => group.competencies) };
    return { ...show(request, organisation, minimum, choices, problems), kind: 'organisation', notShown: aggregate.withheld };
  }
  const chosen = key === undefined ? (aggregate.groups.length === 1 ? aggregate.groups[0] : undefined) : aggregate.groups.find((group) => keyOf(group) === key);
  if (chosen) return show(request, chosen, minimum, choices, problems);
  if (key === undefined) return { ...none(aggregate.groups.length === 0 ? 'no-data' : 'choose', minimum), choices };
  // Only the provider's people tell a group that is withheld from a name that is no group at all.
  const exists = !isGiven(inputs.aggregate) && namesAGroup(request, aggregate.groupBy, key);
  if (!exists && !isGiven(inputs.aggregate)) problems.push({ code: 'unknown-group', source: 'group', subject: key, params: { id: key, known: choices } });
  // A role is named by its label, also when its figures are withheld.
  const role = aggregate.groupBy === 'role' ? roleById(request.roles, key) : undefined;
  const withheld = !exists ? 'unknown' : aggregate.groupBy === 'department' ? 'pooled' : 'too-small';
  return { ...none(withheld, minimum), kind: aggregate.groupBy, role, choices };
}

/** The group with its cells in wheel order, or withheld when it stands for too few people. */
function show(request: GroupRequest, group: AggregateGroup, minGroupSize: number, choices: string[], problems: InputProblem[]): GroupChoice {
  const role = group.kind === 'role' && group.key !== null ? roleById(request.roles, group.key) : undefined;
  const choice: GroupChoice = { kind: group.kind, key: group.key, cells: undefined, people: group.people, minGroupSize, role, withheld: undefined, choices, problems };
  if (standsForTooFew(group, minGroupSize)) return { ...choice, people: 0, withheld: 'too-small' };
  const byId = new Map(group.competencies.map((cell) => [cell.competencyId, cell]));
  for (const cell of group.competencies) {
    if (!request.catalogue.competencies.some((competency) => competency.id === cell.competencyId)) {
      problems.push({ code: 'unknown-competency', source: isGiven(request.inputs.aggregate) ? 'aggregate' : 'group', subject: cell.competencyId, params: { id: cell.competencyId } });
    }
  }
  return { ...choice, cells: request.catalogue.competencies.map((competency) => byId.get(competency.id)) };
}

/** The inputs of a person's wheel: property and attribute. */
const PERSON_INPUTS: readonly (readonly [keyof GroupInputs, string])[] = [
  ['editable', 'editable'],
  ['target', 'target'],
  ['targetRole', 'target-role'],
  ['actual', 'actual'],
  ['external', 'external'],
];

/** A group is shown, never edited, and nothing of a person is drawn over it: each such input given is reported. */
function ignoredInputs(inputs: GroupInputs): InputProblem[] {
  return PERSON_INPUTS.filter(([property]) => isGiven(inputs[property]) && inputs[property] !== false).map(([, name]) => ({
    code: 'not-for-groups',
    source: name,
    message: `${name}: not used while the wheel shows a group (a group is shown, never edited, and nothing of one person is drawn)`,
  }));
}

/** Whether `key` names a department of the provider's people, a role or a category: a group that exists but is withheld. */
function namesAGroup({ portfolio, roles, catalogue }: GroupRequest, groupBy: AggregateGroupBy, key: string): boolean {
  if (groupBy === 'role') return roles.some((role) => role.id === key);
  if (groupBy === 'category') return catalogue.categories.some((category) => category.id === key);
  return key === 'other' || (portfolio?.people ?? []).some((person) => person?.department === key);
}
