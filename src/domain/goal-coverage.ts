import type { GapEntry } from './gaps.js';
import type { Goal, PersonId } from './types.js';

/** A goal counts as open while its status is `open` or not given. */
export function isOpenGoal(goal: Pick<Goal, 'status'>): boolean {
  return (goal.status ?? 'open') === 'open';
}

/** A gap that an open goal of the person already works on, with the ids of those goals. */
export interface CoveredGap {
  entry: GapEntry;
  goalIds: string[];
}

export interface GapCoverage {
  /** The entries no open goal of the person covers, in the order given. */
  uncovered: GapEntry[];
  /** The entries that an open goal of the person covers, in the order given. */
  covered: CoveredGap[];
}

export interface GapCoverageOptions {
  /** Whose gaps these are: only that person's goals cover them. */
  personId: PersonId;
  /** The goal being written or edited: it does not hide its own competencies. */
  exceptGoalId?: string;
}

/**
 * Splits gaps (e.g. `GapAnalysis.byPriority`, most urgent first) into those that still need a
 * goal and those that an open goal of the person already names among its competencies. Goals
 * that are reached, not reached or dropped cover nothing, so their competencies come back.
 */
export function coverGaps(entries: readonly GapEntry[], goals: readonly Goal[], options: GapCoverageOptions): GapCoverage {
  const coveringGoals = new Map<string, string[]>();
  for (const goal of goals) {
    if (goal.personId !== options.personId || !isOpenGoal(goal) || goal.id === options.exceptGoalId) continue;
    for (const id of new Set(goal.competencyIds)) coveringGoals.set(id, [...(coveringGoals.get(id) ?? []), goal.id]);
  }
  const coverage: GapCoverage = { uncovered: [], covered: [] };
  for (const entry of entries) {
    const goalIds = coveringGoals.get(entry.competencyId);
    if (goalIds) coverage.covered.push({ entry, goalIds });
    else coverage.uncovered.push(entry);
  }
  return coverage;
}
