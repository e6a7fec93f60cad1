import type { AggregateCell } from '../../../domain/aggregate.js';
import { LEVELS } from '../../../domain/scale.js';
import type { Level } from '../../../domain/types.js';

/** One step of a spoke's distribution: the people at `level` (or without a rating), as the part `from`..`to` of the spoke's width. */
export interface ShareStep {
  level: Level | 'unrated';
  count: number;
  from: number;
  to: number;
}

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

/** The people of a cell side by side, unrated first, then level 0 to 3: each level's share of the spoke's width. */
export function shareSteps(cell: AggregateCell): ShareStep[] {
  const steps: ShareStep[] = [];
  let at = 0;
  const add = (level: ShareStep['level'], count: number) => {
    const from = at;
    at += cell.count === 0 ? 0 : count / cell.count;
    steps.push({ level, count, from, to: at });
  };
  add('unrated', cell.unrated);
  for (const level of LEVELS) add(level, cell.levels[level]);
  return steps;
}

/** Competencies where at least half of the group is below target. */
export function mostlyBelowTarget(cells: readonly (AggregateCell | undefined)[]): number {
  return cells.filter((cell) => cell !== undefined && cell.count > 0 && cell.shareBelowTarget >= 0.5).length;
}
