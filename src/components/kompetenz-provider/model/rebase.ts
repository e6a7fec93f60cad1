import { currentProfile } from '../../../domain/assessments.js';
import { mergePortfolios, type MergeConflict, type MergeResult } from '../../../domain/merge.js';
import { mergeValue, sameJson, type MergeScope } from '../../../domain/merge-records.js';
import { leanCatalogueOf, validatePortfolio } from '../../../domain/portfolio.js';
import type { Assessment, Level, Portfolio } from '../../../domain/types.js';

/**
 * Merges this tab's state (`mine`) onto a newer stored version (`theirs`), both made from `base`
 * (`mergePortfolios`, three-way), or with an imported file or another place's data (two-way, no
 * base). An assessment that both sides changed whole (two tabs rating the same person the same
 * day: `setAssessmentLevel` keeps one assessment per rater and day) is merged competency by
 * competency, so that only a level both sides set differently is a conflict (`field` `levels`,
 * `key` the competency; mine stays); in a two-way merge a level only one side has is kept. The
 * levels a new assessment of that day started from are those `setAssessmentLevel` carried over in `base`.
 */
export function rebase(base: Portfolio | undefined, mine: Portfolio, theirs: Portfolio): MergeResult {
  const merged = mergePortfolios(base, mine, theirs);
  const byId = (portfolio: Portfolio) => new Map(portfolio.assessments.map((assessment) => [assessment.id, assessment]));
  const [ours, other] = [byId(mine), byId(theirs)];
  const replaced = new Map<string, Assessment>();
  const conflicts: MergeConflict[] = [];
  for (const conflict of merged.conflicts) {
    const m = conflict.id === undefined ? undefined : ours.get(conflict.id);
    const t = conflict.id === undefined ? undefined : other.get(conflict.id);
    const levelWise =
      conflict.entity === 'assessment' && conflict.code === 'changed-both' && conflict.field === undefined && m && t ? mergeLevels(base, m, t, leanCatalogueOf(merged.portfolio).competencies) : undefined;
    if (!levelWise) {
      conflicts.push(conflict);
      continue;
    }
    replaced.set(levelWise.assessment.id, levelWise.assessment);
    conflicts.push(...levelWise.conflicts);
  }
  if (replaced.size === 0) return merged;
  const portfolio = { ...merged.portfolio, assessments: merged.portfolio.assessments.map((assessment) => replaced.get(assessment.id) ?? assessment) };
  // Levels of one catalogue, put together under the merged one: used only when it still fits.
  return validatePortfolio(portfolio).ok ? { portfolio, conflicts } : merged;
}

/** The two versions of one assessment merged level by level; `undefined` when they differ in more than their levels. */
function mergeLevels(
  base: Portfolio | undefined,
  mine: Assessment,
  theirs: Assessment,
  competencies: readonly { id: string }[],
): { assessment: Assessment; conflicts: MergeConflict[] } | undefined {
  const { levels: m, ...mineRest } = mine;
  const { levels: t, ...theirsRest } = theirs;
  if (!sameJson(mineRest, theirsRest)) return undefined;
  const before = base === undefined ? undefined : (base.assessments.find((one) => one.id === mine.id)?.levels ?? carriedOver(base, mine));
  const scope: MergeScope = { hasBase: before !== undefined, conflicts: [] };
  const ids = [...new Set([...competencies.map((competency) => competency.id), ...Object.keys(m), ...Object.keys(t)])];
  const levels: Record<string, Level> = {};
  for (const id of ids) {
    // Without a base a level one side lacks was not removed there: it is kept.
    const level = before === undefined && (m[id] === undefined || t[id] === undefined) ? (m[id] ?? t[id]) : mergeValue(scope, { entity: 'assessment', id: mine.id, field: 'levels', key: id }, before?.[id], m[id], t[id]);
    if (level !== undefined) levels[id] = level as Level;
  }
  return { assessment: { ...mine, levels }, conflicts: scope.conflicts };
}

/** The levels `setAssessmentLevel` starts a new assessment of this rater with: the rater's current profile. */
function carriedOver(base: Portfolio, assessment: Assessment): Readonly<Record<string, Level>> {
  return currentProfile(base.assessments, assessment.personId, assessment.rater === 'self' ? 'self-only' : 'external-only').profile;
}
