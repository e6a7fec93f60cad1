import { AGGREGATE_GROUP_BYS, DEFAULT_MIN_GROUP_SIZE, MIN_GROUP_SIZE_FLOOR, type AggregateGroupBy, type TeamAggregate } from '../domain/aggregate.js';
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
  const given = String(value);
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
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_GROUP_SIZE_FLOOR ? value : undefined;
}

/** `min-group-size` when usable, else the domain's default (5). */
export function minGroupSizeOf(value: unknown): number {
  return ownMinGroupSize(value) ?? DEFAULT_MIN_GROUP_SIZE;
}

/** The problem of a `min-group-size` that is given but not usable; `attribute` is its text, when it came from one. */
export function minGroupSizeProblems(value: unknown, attribute: string | null = null): InputProblem[] {
  if (value === undefined || value === null || ownMinGroupSize(value) !== undefined) return [];
  const given = attribute !== null && Object.is(Number(attribute), value) ? attribute : String(value);
  return [
    {
      code: 'range',
      source: 'min-group-size',
      subject: given,
      params: { got: given, min: MIN_GROUP_SIZE_FLOOR, max: Number.POSITIVE_INFINITY },
      message: `min-group-size: expected a whole number of at least ${MIN_GROUP_SIZE_FLOOR}, got "${given}"; the default ${DEFAULT_MIN_GROUP_SIZE} applies`,
    },
  ];
}

/** Whether a given `aggregate` has the outline of `TeamAggregate` (groups and a grouping); the elements check its figures further. */
export function hasAggregateShape(value: unknown): value is TeamAggregate {
  return isRecord(value) && Array.isArray(value.groups) && (AGGREGATE_GROUP_BYS as readonly unknown[]).includes(value.groupBy);
}
