import { indexCatalogue, refreshDueDate } from './catalogue.js';
import { isIsoDate } from './dates.js';
import { got, issue, KompetenzradError, type ValidationIssue } from './errors.js';
import { checkProfile } from './profile.js';
import { checkLevel } from './scale.js';
import type { Assessment, Catalogue, CompetencyId, IsoDate, Level, PersonId, Profile, RaterKind } from './types.js';
import {
  checkDate,
  checkEmail,
  checkKnownKeys,
  checkNumber,
  checkObject,
  checkOneOf,
  checkRecordId,
  checkSlug,
  checkString,
  Issues,
  MAX_LABEL_LENGTH,
  MAX_TEXT_LENGTH,
} from './validate.js';

export const RATER_KINDS = Object.freeze(['self', 'external'] as const satisfies readonly RaterKind[]);

export const PERSON_LIMITS = Object.freeze({ maxCapacityHoursPerMonth: 200 });

const PERSON_KEYS = ['id', 'name', 'roleId', 'department', 'email', 'lineManager', 'capacityHoursPerMonth', 'budget'] as const;
const CONTACT_KEYS = ['name', 'email'] as const;

/**
 * Checks a person: record id, name (1..200 characters), role id (a slug; when `roleIds` is given
 * it must be one of them), optional department, e-mail address and line manager (a name and
 * an optional e-mail address), learning capacity 0..200 hours per month and a budget of at
 * least 0 euros.
 */
export function validatePerson(value: unknown, path = '$', roleIds?: readonly string[]): ValidationIssue[] {
  const issues = new Issues();
  if (!checkObject(issues, value, path)) return issues.list;
  checkKnownKeys(issues, value, path, PERSON_KEYS);
  checkRecordId(issues, value.id, `${path}.id`);
  checkString(issues, value.name, `${path}.name`, { min: 1, max: MAX_LABEL_LENGTH });
  if (checkSlug(issues, value.roleId, `${path}.roleId`) && roleIds && !roleIds.includes(value.roleId)) {
    issues.add(`${path}.roleId`, 'unknown-role', { id: value.roleId, known: roleIds });
  }
  checkString(issues, value.department, `${path}.department`, { optional: true, max: MAX_LABEL_LENGTH });
  checkEmail(issues, value.email, `${path}.email`, true);
  if (value.lineManager !== undefined && checkObject(issues, value.lineManager, `${path}.lineManager`)) {
    checkKnownKeys(issues, value.lineManager, `${path}.lineManager`, CONTACT_KEYS);
    checkString(issues, value.lineManager.name, `${path}.lineManager.name`, { min: 1, max: MAX_LABEL_LENGTH });
    checkEmail(issues, value.lineManager.email, `${path}.lineManager.email`, true);
  }
  checkNumber(issues, value.capacityHoursPerMonth, `${path}.capacityHoursPerMonth`, {
    optional: true,
    min: 0,
    max: PERSON_LIMITS.maxCapacityHoursPerMonth,
  });
  checkNumber(issues, value.budget, `${path}.budget`, { optional: true, min: 0 });
  return issues.list;
}

const ASSESSMENT_KEYS = ['id', 'personId', 'rater', 'raterRole', 'date', 'levels', 'notes', 'stockTaking'] as const;
const STOCK_TAKING_KEYS = ['currentTasks', 'builtCompetencies', 'hiddenCompetencies', 'competenciesToGrow', 'conditions'] as const;

/**
 * Checks an assessment: ids, rater `self` or `external`, a date, levels over `catalogue`,
 * notes keyed by competencies of the catalogue, and the five stock-taking answers as text.
 */
export function validateAssessment(value: unknown, catalogue: Catalogue, path = '$'): ValidationIssue[] {
  const index = indexCatalogue(catalogue);
  const issues = new Issues();
  if (!checkObject(issues, value, path)) return issues.list;
  checkKnownKeys(issues, value, path, ASSESSMENT_KEYS);
  checkRecordId(issues, value.id, `${path}.id`);
  checkRecordId(issues, value.personId, `${path}.personId`);
  checkOneOf(issues, value.rater, `${path}.rater`, RATER_KINDS);
  checkString(issues, value.raterRole, `${path}.raterRole`, { optional: true, max: MAX_LABEL_LENGTH });
  checkDate(issues, value.date, `${path}.date`);
  if (value.notes !== undefined && checkObject(issues, value.notes, `${path}.notes`)) {
    const notes = value.notes;
    for (const key of Object.keys(notes)) {
      const at = `${path}.notes.${key}`;
      if (!index.position.has(key)) issues.add(at, 'unknown-competency', { id: key });
      else checkString(issues, notes[key], at, { max: MAX_TEXT_LENGTH });
    }
  }
  if (value.stockTaking !== undefined && checkObject(issues, value.stockTaking, `${path}.stockTaking`)) {
    checkKnownKeys(issues, value.stockTaking, `${path}.stockTaking`, STOCK_TAKING_KEYS);
    for (const key of STOCK_TAKING_KEYS) {
      const answer = value.stockTaking[key];
      if (answer !== undefined) checkString(issues, answer, `${path}.stockTaking.${key}`, { max: MAX_TEXT_LENGTH });
    }
  }
  checkProfile(issues, value.levels, index, `${path}.levels`);
  return issues.list;
}

/**
 * The checks the history functions need (a list of assessments with a valid date, rater and
 * levels); the catalogue is not needed for them. Throws a `KompetenzradError`.
 */
function assertAssessmentList(assessments: unknown, path = '$.assessments'): asserts assessments is readonly Assessment[] {
  const issues = new Issues();
  if (!Array.isArray(assessments)) {
    issues.add(path, 'type', { expected: 'assessments', ...got(assessments) });
  } else {
    assessments.forEach((assessment: unknown, index) => {
      const at = `${path}[${index}]`;
      if (!checkObject(issues, assessment, at)) return;
      checkDate(issues, assessment.date, `${at}.date`);
      checkOneOf(issues, assessment.rater, `${at}.rater`, RATER_KINDS);
      if (!checkObject(issues, assessment.levels, `${at}.levels`)) return;
      for (const [key, level] of Object.entries(assessment.levels)) checkLevel(issues, level, `${at}.levels.${key}`);
    });
  }
  if (!issues.ok) throw new KompetenzradError(issues.list);
}

/** The assessments of one person, oldest first; assessments of the same day keep their order. */
export function assessmentHistory(assessments: readonly Assessment[], personId: PersonId): Assessment[] {
  assertAssessmentList(assessments);
  return assessments
    .filter((assessment) => assessment.personId === personId)
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

export interface RefreshDue {
  competencyId: CompetencyId;
  /** The date of the rating in use (chosen by the same rule as `currentProfile`). */
  lastAssessed: IsoDate;
  /** From this date on the rating counts as stale (`lastAssessed` + the competency's `refreshMonths`). */
  dueSince: IsoDate;
}

/**
 * Competencies with a refresh interval whose rating in use is at least `refreshMonths` old on
 * `today`, in wheel order. "In use" follows `rule`, as in `currentProfile`, so this agrees with
 * the `stale` flag of `analyzeGaps` fed from `currentProfile(…).assessedAt`. Competencies never
 * rated are not listed.
 */
export function dueForRefresh(
  catalogue: Catalogue,
  assessments: readonly Assessment[],
  personId: PersonId,
  today: IsoDate,
  rule: ActualRule = 'external-first',
): RefreshDue[] {
  const index = indexCatalogue(catalogue);
  if (!isIsoDate(today)) {
    throw new KompetenzradError([issue('$.today', 'date', got(today))]);
  }
  const { assessedAt } = currentProfile(assessments, personId, rule);
  const due: RefreshDue[] = [];
  for (const competency of index.catalogue.competencies) {
    const last = Object.hasOwn(assessedAt, competency.id) ? assessedAt[competency.id] : undefined;
    const dueSince = last === undefined ? undefined : refreshDueDate(competency, last);
    if (last !== undefined && dueSince !== undefined && dueSince <= today) due.push({ competencyId: competency.id, lastAssessed: last, dueSince });
  }
  return due;
}
