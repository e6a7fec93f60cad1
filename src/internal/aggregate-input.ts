import { AGGREGATE_GROUP_KINDS, MIN_GROUP_SIZE_FLOOR, type AggregateCell, type AggregateGroup, type TeamAggregate } from '../domain/aggregate.js';
import { hasAggregateShape } from './group-options.js';
import type { InputProblem } from './inputs.js';

/**
 * An aggregate given to an element (made elsewhere, e.g. on a server), checked one way for the
 * wheel's group view and the matrix's organisation view: only one whose figures `aggregateTeam`
 * could have made is drawn, so that no group is shown without a minimum it stands for.
 */

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Whether `value` holds the figures of a cell as `aggregateTeam` makes them (counts that add up, finite means). */
export function checkFigures(value: unknown): value is AggregateCell {
  if (typeof value !== 'object' || value === null) return false;
  const cell = value as Partial<AggregateCell>;
  const levels = cell.levels;
  return (
    typeof cell.competencyId === 'string' &&
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

/** `value` when it is an aggregate as `aggregateTeam` makes it (its own minimum included), else `undefined` with an `invalid-aggregate` problem of `source`. */
export function checkAggregate(value: unknown, problems: InputProblem[], source = 'aggregate'): TeamAggregate | undefined {
  if (!hasAggregateShape(value)) return invalid(source, source, problems);
  if (!Number.isInteger(value.minGroupSize) || value.minGroupSize < MIN_GROUP_SIZE_FLOOR) return invalid(source, `${source}.minGroupSize`, problems);
  const fine = value.groups.every((group: unknown, g) => checkGroup(group, source, problems, `${source}.groups[${g}]`) !== undefined);
  return fine ? value : undefined;
}
