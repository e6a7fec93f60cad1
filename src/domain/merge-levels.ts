import { validateAssessment } from './assessments.js';
import type { MergeConflict } from './merge.js';
import { mergeValue, sameJson, type MergeScope } from './merge-records.js';
import type { PortfolioIndex } from './portfolio-index.js';
import { leanCatalogueOf } from './portfolio.js';
import type { Assessment, Level, Portfolio } from './types.js';

/**
 * The last step of `mergePortfolios`, once the catalogue is settled: one day's assessment of a
 * rater, merged level by level (the rule is documented there). Each `changed-both` conflict about a
 * whole assessment whose two versions differ in nothing but their levels is replaced, in its
 * place, by the conflicts of its levels, and the assessment in `merged` (mine) by the levels
 * merged. When any assessment so merged does not fit the merged catalogue, `merged` and the
 * conflicts stay as they are. Internal to the domain.
 */
export function mergeAssessmentLevels(scope: MergeScope, base: PortfolioIndex | undefined, mine: PortfolioIndex, theirs: PortfolioIndex, merged: Portfolio): Portfolio {
  const catalogue = leanCatalogueOf(merged);
  const competencyIds = catalogue.competencies.map((competency) => competency.id);
  const replaced = new Map<string, Assessment>();
  const conflicts: MergeConflict[] = [];
  for (const conflict of scope.conflicts) {
    const id = conflict.entity === 'assessment' && conflict.code === 'changed-both' && conflict.field === undefined ? conflict.id : undefined;
    const [m, t] = id === undefined ? [] : [mine.assessments.get(id), theirs.assessments.get(id)];
    const levelWise = m && t ? mergeLevels(base, m, t, competencyIds) : undefined;
    if (!levelWise) {
      conflicts.push(conflict);
      continue;
    }
    replaced.set(levelWise.assessment.id, levelWise.assessment);
    conflicts.push(...levelWise.conflicts);
  }
  if (replaced.size === 0) return merged;
  for (const assessment of replaced.values()) if (validateAssessment(assessment, catalogue).length > 0) return merged;
  scope.conflicts.splice(0, scope.conflicts.length, ...conflicts);
  return { ...merged, assessments: merged.assessments.map((assessment) => replaced.get(assessment.id) ?? assessment) };
}

/** The two versions of one assessment merged level by level; `undefined` when they differ in more than their levels. */
function mergeLevels(
  base: PortfolioIndex | undefined,
  mine: Assessment,
  theirs: Assessment,
  competencyIds: readonly string[],
): { assessment: Assessment; conflicts: MergeConflict[] } | undefined {
  const { levels: m, ...mineRest } = mine;
  const { levels: t, ...theirsRest } = theirs;
  if (!sameJson(mineRest, theirsRest)) return undefined;
  // One both sides made since the base has no levels to start from (`setAssessmentLevel` starts it with the level rated).
  const before = base?.assessments.get(mine.id)?.levels;
  const scope: MergeScope = { hasBase: before !== undefined, conflicts: [] };
  const levels: Record<string, Level> = {};
  for (const id of new Set([...competencyIds, ...Object.keys(m), ...Object.keys(t)])) {
    // Without levels to start from, a level one side lacks was not removed there: it is kept.
    const oneSided = m[id] === undefined || t[id] === undefined;
    const level = before === undefined && oneSided ? (m[id] ?? t[id]) : mergeValue(scope, { entity: 'assessment', id: mine.id, field: 'levels', key: id }, before?.[id], m[id], t[id]);
    if (level !== undefined) levels[id] = level as Level;
  }
  return { assessment: { ...mine, levels }, conflicts: scope.conflicts };
}
