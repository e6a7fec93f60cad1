import { competencyById } from '../../../domain/catalogue.js';
import { estimateGoalHours, suggestDueDate } from '../../../domain/goals.js';
import type { Goal, IsoDate } from '../../../domain/types.js';
import type { GoalFields } from './fields.js';
import { smartContextOf, type Sources } from './sources.js';

function knownCompetencies(fields: GoalFields, sources: Sources): string[] {
  return fields.competencyIds.filter((id) => competencyById(sources.catalogue, id) !== undefined);
}

/** The domain's rule-of-thumb hours for the chosen competencies and level, when there is something to learn. */
export function estimatedHours(fields: GoalFields, sources: Sources): number | undefined {
  const level = fields.targetLevel;
  if (level === undefined) return undefined;
  const hours = estimateGoalHours({ competencyIds: knownCompetencies(fields, sources), targetLevel: level }, sources.current);
  return hours > 0 ? hours : undefined;
}

/** The domain's realistic due date for the goal, once it names a known competency and a level. */
export function suggestedDue(fields: GoalFields, goal: Goal, sources: Sources): IsoDate | undefined {
  if (knownCompetencies(fields, sources).length === 0 || fields.targetLevel === undefined) return undefined;
  return suggestDueDate(goal, smartContextOf(sources));
}
