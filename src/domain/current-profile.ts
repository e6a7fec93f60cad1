import { got, issue, KompetenzradError } from './errors.js';
import { checkLevel } from './scale.js';
import type { Assessment, CompetencyId, IsoDate, Level, PersonId, Profile, RaterKind } from './types.js';
import { checkDate, checkObject, checkOneOf, Issues } from './validate.js';

// The actual profile that a rule takes from a person's assessments (re-exported by assessments.ts).

export const RATER_KINDS = Object.freeze(['self', 'external'] as const satisfies readonly RaterKind[]);

/**
 * The assessments of `personId` in `assessments`, checked as the history functions need them (a
 * valid date, rater and levels; the catalogue is not needed for them), oldest first. Only the
 * person's own are checked, so that a loop over the people of a large portfolio does not check
 * every assessment once per person; an entry that is no object or names no person is reported too.
 * Throws a `KompetenzradError`.
 */
function ownAssessments(assessments: unknown, personId: PersonId, path = '$.assessments'): Assessment[] {
  const issues = new Issues();
  const own: Assessment[] = [];
  if (!Array.isArray(assessments)) {
    issues.add(path, 'type', { expected: 'assessments', ...got(assessments) });
  } else {
    assessments.forEach((assessment: unknown, index) => {
      const at = `${path}[${index}]`;
      if (!checkObject(issues, assessment, at)) return;
      // One that names nobody could be anyone's: it is checked too.
      if (assessment.personId === personId) own.push(assessment as unknown as Assessment);
      else if (typeof assessment.personId === 'string') return;
      checkDate(issues, assessment.date, `${at}.date`);
      checkOneOf(issues, assessment.rater, `${at}.rater`, RATER_KINDS);
      if (!checkObject(issues, assessment.levels, `${at}.levels`)) return;
      for (const [key, level] of Object.entries(assessment.levels)) checkLevel(issues, level, `${at}.levels.${key}`);
    });
  }
  if (!issues.ok) throw new KompetenzradError(issues.list);
  return own;
}

/** The assessments of one person, oldest first; assessments of the same day keep their order. Throws a `KompetenzradError` for a bad one of theirs. */
export function assessmentHistory(assessments: readonly Assessment[], personId: PersonId): Assessment[] {
  return ownAssessments(assessments, personId)
    .map((assessment, order) => ({ assessment, order }))
    .sort((a, b) => (a.assessment.date < b.assessment.date ? -1 : a.assessment.date > b.assessment.date ? 1 : a.order - b.order))
    .map(({ assessment }) => assessment);
}

/**
 * How the actual profile is taken from the ratings, per competency:
 * - `external-first` (default): the latest external rating, else the latest self rating;
 * - `self-first`: the latest self rating, else the latest external rating;
 * - `latest`: whichever of the two is more recent (external when both are of the same day);
 * - `self-only` / `external-only`: only that rater's latest rating.
 */
export type ActualRule = 'external-first' | 'self-first' | 'latest' | 'self-only' | 'external-only';

export const ACTUAL_RULES = Object.freeze([
  'external-first',
  'self-first',
  'latest',
  'self-only',
  'external-only',
] as const satisfies readonly ActualRule[]);

/** Which assessment a level of the actual profile comes from. */
export interface RatingSource {
  rater: RaterKind;
  date: IsoDate;
  assessmentId: string;
}

export interface CurrentProfile {
  /** The actual profile after applying the rule. */
  profile: Profile;
  /** Per competency the latest self rating. */
  self: Profile;
  /** Per competency the latest external rating. */
  external: Profile;
  /** Where each level of `profile` comes from. */
  sources: Record<CompetencyId, RatingSource>;
  /** The date of each level of `profile` (what `analyzeGaps` takes as `assessedAt`). */
  assessedAt: Record<CompetencyId, IsoDate>;
}

/**
 * Whose latest rating of a competency is in use under `rule`, given the dates of the latest self
 * and the latest external rating (`undefined` when there is none): the one place the rule decides.
 */
export function raterInUse(rule: ActualRule, selfDate: IsoDate | undefined, externalDate: IsoDate | undefined): RaterKind | undefined {
  const self = selfDate === undefined ? undefined : 'self';
  const external = externalDate === undefined ? undefined : 'external';
  if (rule === 'external-first') return external ?? self;
  if (rule === 'self-first') return self ?? external;
  if (rule === 'self-only') return self;
  if (rule === 'external-only') return external;
  if (selfDate === undefined || externalDate === undefined) return self ?? external;
  return selfDate > externalDate ? 'self' : 'external';
}

/**
 * The current profiles of one person. A competency counts as rated by an assessment only when
 * the assessment lists it, so a later assessment that rates only a few competencies (e.g. a
 * refresh of data protection) updates those and leaves the others as they were.
 */
export function currentProfile(assessments: readonly Assessment[], personId: PersonId, rule: ActualRule = 'external-first'): CurrentProfile {
  if (!(ACTUAL_RULES as readonly string[]).includes(rule)) {
    throw new KompetenzradError([issue('$.rule', 'enum', { allowed: ACTUAL_RULES, ...got(rule) })]);
  }
  const latest: Record<RaterKind, Map<CompetencyId, { level: Level; source: RatingSource }>> = { self: new Map(), external: new Map() };
  for (const assessment of assessmentHistory(assessments, personId)) {
    const source: RatingSource = { rater: assessment.rater, date: assessment.date, assessmentId: assessment.id };
    for (const [id, level] of Object.entries(assessment.levels)) latest[assessment.rater].set(id, { level, source });
  }

  const profile: Record<CompetencyId, Level> = {};
  const self: Record<CompetencyId, Level> = {};
  const external: Record<CompetencyId, Level> = {};
  const sources: Record<CompetencyId, RatingSource> = {};
  const assessedAt: Record<CompetencyId, IsoDate> = {};
  for (const [id, { level }] of latest.self) self[id] = level;
  for (const [id, { level }] of latest.external) external[id] = level;

  const ids = new Set([...latest.external.keys(), ...latest.self.keys()]);
  for (const id of ids) {
    const bySelf = latest.self.get(id);
    const byExternal = latest.external.get(id);
    const rater = raterInUse(rule, bySelf?.source.date, byExternal?.source.date);
    const chosen = rater === 'self' ? bySelf : rater === 'external' ? byExternal : undefined;
    if (chosen) {
      profile[id] = chosen.level;
      sources[id] = chosen.source;
      assessedAt[id] = chosen.source.date;
    }
  }
  return { profile, self, external, sources, assessedAt };
}
