import { ACTUAL_RULES, currentProfile, type ActualRule, type CurrentProfile } from './assessments.js';
import { indexCatalogue } from './catalogue.js';
import { KompetenzradError, type ValidationIssue } from './errors.js';
import { analyzeGaps, type GapAnalysis } from './gaps.js';
import { validateProfile } from './profile.js';
import type { Assessment, Catalogue, IsoDate, PersonId, Profile } from './types.js';
import { checkDate, checkObject, checkOneOf, checkRecordId, Issues, isRecord } from './validate.js';

export interface PersonGapsInput {
  catalogue: Catalogue;
  /** The person's target profile, usually their role's. */
  target: Profile;
  assessments: readonly Assessment[];
  personId: PersonId;
  /** How the actual level is taken from the ratings (default `external-first`). */
  rule?: ActualRule;
  /** For stale ratings; without it nothing counts as stale. */
  today?: IsoDate;
}

/**
 * The issues of the input that the steps below would find one after another, at once and at the
 * paths the caller gave: the person's id, rule, target and date, and a competency the person's
 * assessments rate that is not in the catalogue (at `$.assessments[i].levels.<id>`, not at the
 * profiles made from them). Throws for an invalid catalogue.
 */
function inputIssues({ catalogue, target, assessments, personId, rule, today }: PersonGapsInput): ValidationIssue[] {
  const index = indexCatalogue(catalogue, '$.catalogue');
  const issues = new Issues();
  checkRecordId(issues, personId, '$.personId');
  checkOneOf(issues, rule, '$.rule', ACTUAL_RULES, true);
  checkDate(issues, today, '$.today', true);
  if (Array.isArray(assessments)) {
    assessments.forEach((assessment: unknown, i) => {
      if (!isRecord(assessment) || assessment.personId !== personId || !isRecord(assessment.levels)) return;
      for (const id of Object.keys(assessment.levels)) if (!index.position.has(id)) issues.add(`$.assessments[${i}].levels.${id}`, 'unknown-competency', { id });
    });
  }
  return [...issues.list, ...validateProfile(target, index.catalogue, '$.target')];
}

/**
 * A person's gaps from their assessments: the current profile by `rule`, compared with the
 * target, with self and external ratings and their dates (so blind spots and stale ratings show).
 * Throws a `KompetenzradError` with every issue of the input.
 */
export function analyzePersonGaps(input: PersonGapsInput): {
  current: CurrentProfile;
  analysis: GapAnalysis;
} {
  const given = new Issues();
  if (!checkObject(given, input, '$')) throw new KompetenzradError(given.list);
  const { catalogue, target, assessments, personId, rule = 'external-first', today } = input;
  const issues = inputIssues(input);
  let current: CurrentProfile | undefined;
  try {
    if (!issues.some((found) => found.path === '$.rule')) current = currentProfile(assessments, personId, rule);
  } catch (error) {
    if (!(error instanceof KompetenzradError)) throw error;
    issues.push(...error.issues);
  }
  if (issues.length > 0 || !current) throw new KompetenzradError(issues);
  const analysis = analyzeGaps({
    catalogue,
    target,
    actual: current.profile,
    self: current.self,
    external: current.external,
    assessedAt: current.assessedAt,
    ...(today !== undefined ? { today } : {}),
  });
  return { current, analysis };
}
