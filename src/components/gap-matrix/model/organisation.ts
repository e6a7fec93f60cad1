import { aggregateTeam, withholdSmallGroups, type AggregateGroup, type AggregateGroupBy, type AggregateOptions, type TeamAggregate } from '../../../domain/aggregate.js';
import type { ActualRule } from '../../../domain/assessments.js';
import { KompetenzradError, type ValidationIssue } from '../../../domain/errors.js';
import { PORTFOLIO_FORMAT, PORTFOLIO_VERSION, type Assessment, type Catalogue, type CompetencyId, type Person, type Portfolio, type Role } from '../../../domain/types.js';
import { dataIssueProblem, type InputProblem } from '../../../internal/inputs.js';
import { checkAggregate } from '../../../internal/group-options.js';
import { Memo } from '../../../internal/memo.js';

/** Problems of the data listed one by one before the rest is summed up (as in team mode). */
const LISTED_PROBLEMS = 5;
/** Rounds of leaving out the records the domain named before giving up (each round names up to 100). */
const MAX_ROUNDS = 20;
const RECORD = /^\$\.(people|assessments)\[(\d+)\]/;

/** Sort keys of organisation mode besides the competency ids: the group's name, its people, all competencies pooled. */
export const ORGANISATION_SORTS: readonly string[] = ['none', 'name', 'people', 'all'];

export interface OrganisationInput {
  catalogue: Catalogue;
  roles: readonly Role[];
  people: readonly Person[];
  assessments: readonly Assessment[];
  /** Where the people come from, as named in problems (`context` or `people`). */
  origin: 'context' | 'people';
  rule: ActualRule;
}

/** What organisation mode aggregates by: the element's settings, checked. */
export interface OrganisationSettings {
  groupBy: AggregateGroupBy;
  minGroupSize: number;
  /** Only people of this role (empty: everyone). */
  roleId: string;
  /** Only people of this department, by its exact name (empty: everyone). */
  department: string;
}

/** The options of `aggregateTeam` for organisation mode's settings. */
export function aggregateOptionsOf({ groupBy, minGroupSize, roleId, department }: OrganisationSettings, rule: ActualRule): AggregateOptions {
  return { groupBy, minGroupSize, rule, filter: { ...(roleId ? { roleId } : {}), ...(department ? { department } : {}) } };
}

/** The aggregate and what it was made from (the portfolio of the usable records, for a drill-down; none for an aggregate given as such). */
export interface OrganisationResult {
  aggregate: TeamAggregate | undefined;
  portfolio: Portfolio | undefined;
  problems: InputProblem[];
}

/**
 * An aggregate given to the element (made elsewhere, e.g. on a server): used when its figures are
 * as `aggregateTeam` makes them (`checkAggregate`), else reported; its groups that stand for fewer than `minGroupSize` people are withheld.
 */
export function givenAggregate(value: unknown, minGroupSize: number): OrganisationResult {
  const problems: InputProblem[] = [];
  const aggregate = checkAggregate(value, problems, 'aggregate', true);
  return { aggregate: aggregate && withholdSmallGroups(aggregate, minGroupSize), portfolio: undefined, problems };
}

/**
 * `aggregateTeam` over the records it can use: records the domain refuses (a person with an
 * unknown role, an assessment that does not fit) are left out and reported, as team mode leaves
 * out a bad row, and the rest is aggregated again.
 */
export function aggregateUsable(portfolio: Portfolio, options: AggregateOptions): { aggregate: TeamAggregate | undefined; portfolio: Portfolio; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  let usable = portfolio;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    try {
      return { aggregate: aggregateTeam(usable, options), portfolio: usable, issues };
    } catch (error) {
      if (!(error instanceof KompetenzradError)) throw error;
      const dropped = { people: new Set<number>(), assessments: new Set<number>() };
      for (const found of error.issues) {
        const match = RECORD.exec(found.path);
        if (match) dropped[match[1] as 'people' | 'assessments'].add(Number(match[2]));
      }
      // Paths point into `usable`: report them against the original records.
      issues.push(...error.issues.map((found) => ({ ...found, path: originalPath(found.path, portfolio, usable) })));
      if (dropped.people.size === 0 && dropped.assessments.size === 0) break;
      usable = {
        ...usable,
        people: usable.people.filter((_, i) => !dropped.people.has(i)),
        assessments: usable.assessments.filter((_, i) => !dropped.assessments.has(i)),
      };
    }
  }
  return { aggregate: undefined, portfolio: usable, issues };
}

/** A path into a filtered list of `usable` as a path into the same list of `original`. */
function originalPath(path: string, original: Portfolio, usable: Portfolio): string {
  const match = RECORD.exec(path);
  if (!match || usable === original) return path;
  const list = match[1] as 'people' | 'assessments';
  const index = (original[list] as readonly unknown[]).indexOf(usable[list][Number(match[2])]);
  return index < 0 ? path : `$.${list}[${index}]${path.slice(match[0].length)}`;
}

/**
 * Organisation mode's aggregate, made once per change of the data or the settings (not per
 * render), and the order of its groups.
 */
export class OrganisationTable {
  result: OrganisationResult | undefined;

  private readonly given = new Memo(givenAggregate);
  private readonly results = new Memo(
    (catalogue: Catalogue, roles: readonly Role[], people: readonly Person[], assessments: readonly Assessment[], origin: string, rule: ActualRule, groupBy: AggregateGroupBy, minGroupSize: number, roleId: string, department: string): OrganisationResult => {
      const portfolio: Portfolio = { format: PORTFOLIO_FORMAT, version: PORTFOLIO_VERSION, catalogue, roles: [...roles], people: [...people], assessments: [...assessments], goals: [], plans: [] };
      const { aggregate, portfolio: usable, issues } = aggregateUsable(portfolio, aggregateOptionsOf({ groupBy, minGroupSize, roleId, department }, rule));
      const problems = issues.slice(0, LISTED_PROBLEMS).map((issue): InputProblem => {
        const source = origin === 'context' ? 'context' : (/^\$\.(\w+)/.exec(issue.path)?.[1] ?? 'data');
        return dataIssueProblem(source, issue);
      });
      if (issues.length > LISTED_PROBLEMS) {
        const more = issues.length - LISTED_PROBLEMS;
        problems.push({ code: 'more-issues', source: 'data', params: { more }, message: `${more} more problems in the data (the first ${LISTED_PROBLEMS} are listed)` });
      }
      return { aggregate, portfolio: usable, problems };
    },
  );

  /** Aggregates when the data or the settings changed (or takes the `given` one); returns the problems of the data. */
  update(input: OrganisationInput, settings: OrganisationSettings, given: unknown): InputProblem[] {
    const { catalogue, roles, people, assessments, origin, rule } = input;
    this.result = given !== undefined && given !== null ? this.given.get(given, settings.minGroupSize) : this.results.get(catalogue, roles, people, assessments, origin, rule, settings.groupBy, settings.minGroupSize, settings.roleId, settings.department);
    return this.result.problems;
  }

  clear(): void {
    this.result = undefined;
  }
}

/** The problem of a sort key that is neither a column of organisation mode nor a competency. */
export function organisationSortProblems(sort: string, competencyIds: readonly CompetencyId[]): InputProblem[] {
  if (!sort || ORGANISATION_SORTS.includes(sort) || competencyIds.includes(sort)) return [];
  return [{ code: 'unknown-competency', source: 'sort', subject: sort, params: { id: sort } }];
}

/** A group's share below target in a competency, or `undefined` when the group does not hold it (a category group). */
export function shareOf(group: AggregateGroup, competencyId: CompetencyId): number | undefined {
  return group.competencies.find((cell) => cell.competencyId === competencyId)?.shareBelowTarget;
}

/**
 * The positions of the groups in display order: by name (`labels`), people, the pooled share
 * below target (`all`) or one competency's share; ties and groups without the competency keep
 * the domain's order, the latter always last.
 */
export function groupOrder(groups: readonly AggregateGroup[], sort: string, descending: boolean, labels: readonly string[], compare: (a: string, b: string) => number): number[] {
  const order = groups.map((_, g) => g);
  const key = sort || 'none';
  if (key === 'none') return descending ? order.reverse() : order;
  const sign = descending ? -1 : 1;
  if (key === 'name') return order.sort((a, b) => sign * compare(labels[a], labels[b]) || a - b);
  const value = (g: number): number | undefined =>
    key === 'people' ? groups[g].people : key === 'all' ? groups[g].summary.shareBelowTarget : shareOf(groups[g], key);
  return order.sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === undefined || vb === undefined) return (va === undefined ? 1 : 0) - (vb === undefined ? 1 : 0) || a - b;
    return sign * (va - vb) || a - b;
  });
}

/** A heat class for a share below target: g0 none, g1 up to a third, g2 up to two thirds, g3 more. */
export function shareClass(share: number): string {
  return share <= 0 ? 'g0' : share <= 1 / 3 ? 'g1' : share <= 2 / 3 ? 'g2' : 'g3';
}
