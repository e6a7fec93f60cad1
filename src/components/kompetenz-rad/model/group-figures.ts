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
