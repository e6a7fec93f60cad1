import { KompetenzradError } from './errors.js';
import { addConflict, sameJson, type MergeScope } from './merge-records.js';
import { PORTFOLIO_LIMITS, validatePortfolio } from './portfolio.js';
import { PORTFOLIO_FORMAT, PORTFOLIO_VERSION, type Assessment, type Catalogue, type Goal, type Person, type Plan, type Portfolio, type Role } from './types.js';
import { Issues } from './validate.js';

/** Building and checking the result of `mergePortfolios` as a whole. Internal to the domain. */

export function documentOf(
  catalogue: Catalogue | undefined,
  roles: Role[] | undefined,
  people: Person[],
  assessments: Assessment[],
  goals: Goal[],
  plans: Plan[],
  installationId?: string,
): Portfolio {
  return {
    format: PORTFOLIO_FORMAT,
    version: PORTFOLIO_VERSION,
    ...(installationId !== undefined ? { installationId } : {}),
    ...(catalogue !== undefined ? { catalogue } : {}),
    ...(roles !== undefined ? { roles } : {}),
    people,
    assessments,
    goals,
    plans,
  };
}

/** Two documents within the limits can together exceed them. */
export function checkLimits(portfolio: Portfolio): void {
  const limits = { people: PORTFOLIO_LIMITS.maxPeople, assessments: PORTFOLIO_LIMITS.maxAssessments, goals: PORTFOLIO_LIMITS.maxGoals, plans: PORTFOLIO_LIMITS.maxPlans };
  const issues = new Issues();
  for (const key of Object.keys(limits) as (keyof typeof limits)[]) {
    if (portfolio[key].length > limits[key]) issues.add(`$.${key}`, 'too-many', { max: limits[key], count: portfolio[key].length });
  }
  if (!issues.ok) throw new KompetenzradError(issues.list);
}

/**
 * Records of each side fit that side's catalogue and roles. When the two sides have different
 * ones, the merged document is validated as a whole; if it does not fit, mine's and then theirs'
 * catalogue and roles are tried, and the choice is reported (replacing the conflicts about them).
 * Throws a `KompetenzradError` with the issues of the merged document when neither fits.
 */
export function settleCatalogue(scope: MergeScope, base: Portfolio | undefined, mine: Portfolio, theirs: Portfolio, merged: Portfolio): Portfolio {
  if (sameJson(mine.catalogue, theirs.catalogue) && sameJson(mine.roles, theirs.roles)) return merged;
  const checked = validatePortfolio(merged);
  if (checked.ok) return merged;
  for (const side of [mine, theirs]) {
    const candidate = documentOf(side.catalogue, side.roles, merged.people, merged.assessments, merged.goals, merged.plans, merged.installationId);
    if (!validatePortfolio(candidate).ok) continue;
    const chosen: MergeScope = { hasBase: scope.hasBase, conflicts: [] };
    for (const field of ['catalogue', 'roles'] as const) {
      if (!sameJson(mine[field], theirs[field])) addConflict(chosen, 'invalid-combined', { entity: 'document', field }, base?.[field], mine[field], theirs[field]);
    }
    const conflicts = scope.conflicts;
    conflicts.splice(0, conflicts.length, ...chosen.conflicts, ...conflicts.filter((conflict) => conflict.entity !== 'document'));
    return candidate;
  }
  throw new KompetenzradError(checked.errors);
}
