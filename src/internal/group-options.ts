import { shortValue } from '../domain/errors.js';
import {
  AGGREGATE_GROUP_BYS,
  AGGREGATE_GROUP_KINDS,
  DEFAULT_MIN_GROUP_SIZE,
  MIN_GROUP_SIZE_FLOOR,
  usableMinGroupSize,
  type AggregateCell,
  type AggregateGroup,
  type AggregateGroupBy,
  type TeamAggregate,
} from '../domain/aggregate.js';
import { isGiven, type InputProblem } from './inputs.js';
import { isRecord } from '../domain/validate.js';

/**
 * The options of the elements that show groups (`<kompetenz-rad group>`, `<gap-matrix
 * mode="organisation">`), read one way for both: `group-by`, `min-group-size`, a given aggregate.
 */

/** `group-by` when it is one of its values, else `department`. */
export function groupByOf(value: unknown): AggregateGroupBy {
  return (AGGREGATE_GROUP_BYS as readonly unknown[]).includes(value) ? (value as AggregateGroupBy) : 'department';
}

/** The problem of a `group-by` that is given but none of its values (`department` applies). */
export function groupByProblems(value: unknown): InputProblem[] {
  if (!isGiven(value) || groupByOf(value) === value) return [];
  const given = String(shortValue(value));
  return [
    {
      code: 'enum',
      source: 'group-by',
      subject: given,
      params: { got: given, allowed: AGGREGATE_GROUP_BYS },
      message: `group-by: expected one of ${AGGREGATE_GROUP_BYS.join(', ')}, got "${given}"; department applies`,
    },
  ];
}

/** `min-group-size` when it is a whole number of at least 3, else `undefined` (not given or not usable). */
export function ownMinGroupSize(value: unknown): number | undefined {
  return usableMinGroupSize(value) === value ? value : undefined;
}

/** `min-group-size` when usable, else the domain's default (5): the domain's one rule (`usableMinGroupSize`). */
export const minGroupSizeOf = usableMinGroupSize;

/** The problem of a `min-group-size` that is given but not usable; `attribute` is its text, when it came from one. */
export function minGroupSizeProblems(value: unknown, attribute: string | null = null): InputProblem[] {
  if (value === undefined || value === null || ownMinGroupSize(value) !== undefined) return [];
  const given = attribute !== null && Object.is(Number(attribute), value) ? attribute : String(shortValue(value));
  return [
    {
      code: 'range',
      source: 'min-group-size',
      subject: given,
      params: { got: given, min: MIN_GROUP_SIZE_FLOOR, max: Number.POSITIVE_INFINITY, applies: DEFAULT_MIN_GROUP_SIZE },
      message: `min-group-size: expected a whole number of at least ${MIN_GROUP_SIZE_FLOOR}, got "${given}"; the default ${DEFAULT_MIN_GROUP_SIZE} applies`,
    },
  ];
}

/** Whether a given `aggregate` has the outline of `TeamAggregate` (groups and a grouping); the elements check its figures further. */
export function hasAggregateShape(value: unknown): value is TeamAggregate {
  return isRecord(value) && Array.isArray(value.groups) && (AGGREGATE_GROUP_BYS as readonly unknown[]).includes(value.groupBy);
}

/*
 * An aggregate given to an element (made elsewhere, e.g. on a server) is checked one way for the
 * wheel's group view and the matrix's organisation view: only one whose figures `aggregateTeam`
 * could have made is drawn, so that no group is shown without a minimum it stands for.
 */

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Whether `value` holds the figures of a cell (or, `inCell` false, of a group's summary) as `aggregateTeam` makes them (counts that add up, finite means). */
export function checkFigures(value: unknown, inCell = true): value is AggregateCell {
  if (typeof value !== 'object' || value === null) return false;
  const cell = value as Partial<AggregateCell>;
  const levels = cell.levels;
  return (
    (!inCell || typeof cell.competencyId === 'string') &&
    isCount(cell.count) &&
    isCount(cell.unrated) &&
    isCount(cell.belowTarget) &&
    Array.isArray(levels) &&
    levels.length === 4 &&
    levels.every(isCount) &&
    levels[0] + levels[1] + levels[2] + levels[3] + cell.unrated === cell.count &&
    cell.belowTarget <= cell.count &&
    [cell.shareBelowTarget, cell.meanGap, cell.meanTarget].every(isFiniteNumber)
  );
}

const invalid = (source: string, path: string, problems: InputProblem[]): undefined => {
  problems.push({ code: 'invalid-aggregate', source, path, message: `${source}: not an aggregate of aggregateTeam (at ${path}); no figures are shown` });
  return undefined;
};

/** `value` when it is one group of such an aggregate, else `undefined` with an `invalid-aggregate` problem of `source` at `path`. */
export function checkGroup(value: unknown, source: string, problems: InputProblem[], path = source): AggregateGroup | undefined {
  const group = (typeof value === 'object' && value !== null ? value : {}) as Partial<AggregateGroup>;
  if (!isCount(group.people) || !Array.isArray(group.competencies) || !(AGGREGATE_GROUP_KINDS as readonly unknown[]).includes(group.kind)) {
    return invalid(source, path, problems);
  }
  const bad = group.competencies.findIndex((cell: unknown) => !checkFigures(cell));
  return bad < 0 ? (group as AggregateGroup) : invalid(source, `${path}.competencies[${bad}]`, problems);
}

/**
 * `value` when it is an aggregate as `aggregateTeam` makes it (its own minimum included, and with
 * `summaries` each group's summary, which the matrix draws), else `undefined` with an
 * `invalid-aggregate` problem of `source`.
 */
export function checkAggregate(value: unknown, problems: InputProblem[], source = 'aggregate', summaries = false): TeamAggregate | undefined {
  if (!hasAggregateShape(value)) return invalid(source, source, problems);
  if (!Number.isInteger(value.minGroupSize) || value.minGroupSize < MIN_GROUP_SIZE_FLOOR) return invalid(source, `${source}.minGroupSize`, problems);
  const fine = value.groups.every((group: unknown, g) => {
    const path = `${source}.groups[${g}]`;
    const checked = checkGroup(group, source, problems, path);
    if (checked && summaries && !checkFigures(checked.summary, false)) {
      invalid(source, `${path}.summary`, problems);
      return false;
    }
    return checked !== undefined;
  });
  return fine ? value : undefined;
}
