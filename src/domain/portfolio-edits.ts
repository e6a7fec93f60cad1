import { RATER_KINDS, validatePerson } from './assessments.js';
import { indexCatalogue } from './catalogue.js';
import { got, issue, KompetenzradError, shortValue, type ValidationIssue } from './errors.js';
import { validateGoal } from './goals.js';
import { validatePlan } from './plan-validation.js';
import { leanCatalogueOf, leanRolesOf, PORTFOLIO_LIMITS } from './portfolio.js';
import { checkLevel } from './scale.js';
import type { Assessment, Catalogue, CompetencyId, Goal, IsoDate, Level, Person, PersonId, Plan, Portfolio, RaterKind } from './types.js';
import { checkDate, checkKnownKeys, checkObject, checkOneOf, checkRecordId, checkString, Issues, MAX_LABEL_LENGTH, MAX_RECORD_ID_LENGTH } from './validate.js';

/**
 * Edits of a whole portfolio document. Every function returns a new portfolio and leaves the
 * one passed in untouched (records that do not change are shared), so a caller can compare by
 * identity and keep the old document for undo. Bad input throws a `KompetenzradError` whose
 * issues name the field (`$input.level`, `$goal.personId`, …).
 */

export interface SetAssessmentLevelInput {
  personId: PersonId;
  rater: RaterKind;
  competencyId: CompetencyId;
  level: Level;
  /** The day of the edit: the assessment of this day is updated, or one dated this day is created. */
  today: IsoDate;
  /** The catalogue the competency must belong to (default: the portfolio's own, else the built-in one). */
  catalogue?: Catalogue;
  /** Id for a newly created assessment (default: derived from person, rater and day). */
  assessmentId?: string;
  /** Who rated, stored on a newly created external assessment (default: the rater role of that rater's latest assessment). */
  raterRole?: string;
}

const SET_LEVEL_KEYS: readonly (keyof SetAssessmentLevelInput)[] = ['personId', 'rater', 'competencyId', 'level', 'today', 'catalogue', 'assessmentId', 'raterRole'];

/**
 * Records one rating. When `rater` has already rated `personId` on `today` (or later, e.g. a
 * document written with a clock ahead), that latest assessment gets the new level; otherwise a
 * new assessment dated `today` is appended that holds just this level. An assessment so holds
 * only what was rated on its day: the other competencies keep their earlier levels and dates in
 * `currentProfile`, so a rating due for refreshing stays due until it is itself rated again.
 * Older assessments are never changed, so the history shows the development over time. Returns
 * the same portfolio when the level is already recorded on that assessment.
 */
export function setAssessmentLevel(portfolio: Portfolio, input: SetAssessmentLevelInput): Portfolio {
  checkPortfolioShape(portfolio);
  const issues = new Issues();
  if (!checkObject(issues, input, '$input')) throw new KompetenzradError(issues.list);
  // A misnamed field (`date` for `today`) is named itself, not only the missing one.
  checkKnownKeys(issues, input, '$input', SET_LEVEL_KEYS);
  const catalogue = input.catalogue ?? leanCatalogueOf(portfolio);
  const index = indexCatalogue(catalogue, '$input.catalogue');
  const personOk = checkRecordId(issues, input.personId, '$input.personId');
  if (personOk && !portfolio.people.some((person) => person.id === input.personId)) unknownPerson(issues, '$input.personId', input.personId);
  checkOneOf(issues, input.rater, '$input.rater', RATER_KINDS);
  if (typeof input.competencyId !== 'string' || !index.position.has(input.competencyId)) {
    issues.add('$input.competencyId', 'unknown-competency', { id: shortValue(input.competencyId) });
  }
  checkLevel(issues, input.level, '$input.level');
  checkDate(issues, input.today, '$input.today');
  if (input.assessmentId !== undefined && checkRecordId(issues, input.assessmentId, '$input.assessmentId')) {
    if (portfolio.assessments.some((assessment) => assessment.id === input.assessmentId)) {
      issues.add('$input.assessmentId', 'duplicate-id', { id: input.assessmentId, variant: 'taken' });
    }
  }
  checkString(issues, input.raterRole, '$input.raterRole', { optional: true, max: MAX_LABEL_LENGTH });
  if (!issues.ok) throw new KompetenzradError(issues.list);

  const { personId, rater, competencyId, level, today } = input;
  const latestAt = latestAssessmentIndex(portfolio.assessments, personId, rater);
  const latest = latestAt === -1 ? undefined : portfolio.assessments[latestAt];

  if (latest && latest.date >= today) {
    if (Object.hasOwn(latest.levels, competencyId) && latest.levels[competencyId] === level) return portfolio;
    const updated: Assessment = { ...latest, levels: inWheelOrder(index.competencyIds, { ...latest.levels, [competencyId]: level }) };
    const assessments = portfolio.assessments.slice();
    assessments[latestAt] = updated;
    return { ...portfolio, assessments };
  }

  if (portfolio.assessments.length >= PORTFOLIO_LIMITS.maxAssessments) tooMany('$portfolio.assessments', PORTFOLIO_LIMITS.maxAssessments);
  const raterRole = input.raterRole ?? latest?.raterRole;
  const created: Assessment = {
    id: input.assessmentId ?? uniqueId(`${personId}.${rater}.${today}`, portfolio.assessments),
    personId,
    rater,
    ...(raterRole !== undefined ? { raterRole } : {}),
    date: today,
    levels: { [competencyId]: level },
  };
  return { ...portfolio, assessments: [...portfolio.assessments, created] };
}

/**
 * Adds a goal, or replaces the goal with the same id. The goal must be valid over the
 * portfolio's catalogue, belong to a person of the portfolio, and a replaced goal must keep its
 * person (plans of that person may point at it).
 */
export function upsertGoal(portfolio: Portfolio, goal: Goal): Portfolio {
  checkPortfolioShape(portfolio);
  const issues = new Issues();
  issues.list.push(...validateGoal(goal, leanCatalogueOf(portfolio), '$goal'));
  if (!issues.ok) throw new KompetenzradError(issues.list);
  checkOwner(issues, portfolio, portfolio.goals, goal, '$goal');
  if (!issues.ok) throw new KompetenzradError(issues.list);
  return { ...portfolio, goals: upsert(portfolio.goals, goal, PORTFOLIO_LIMITS.maxGoals, '$portfolio.goals') };
}

/**
 * Adds a plan, or replaces the plan with the same id. The plan must be valid over the
 * portfolio's catalogue, belong to a person of the portfolio, keep its person when replaced, and
 * its items and final-review outcomes may only name goals of that same person.
 */
export function upsertPlan(portfolio: Portfolio, plan: Plan): Portfolio {
  checkPortfolioShape(portfolio);
  const issues = new Issues();
  issues.list.push(...validatePlan(plan, leanCatalogueOf(portfolio), '$plan'));
  if (!issues.ok) throw new KompetenzradError(issues.list);
  checkOwner(issues, portfolio, portfolio.plans, plan, '$plan');
  const ownGoals = new Set(portfolio.goals.filter((goal) => goal.personId === plan.personId).map((goal) => goal.id));
  const checkGoalRef = (goalId: string | undefined, at: string) => {
    if (goalId !== undefined && !ownGoals.has(goalId)) {
      issues.add(at, 'unknown-goal', { id: goalId, personId: plan.personId });
    }
  };
  plan.items.forEach((item, i) => checkGoalRef(item.goalId, `$plan.items[${i}].goalId`));
  plan.outcome?.goals.forEach((outcome, i) => checkGoalRef(outcome.goalId, `$plan.outcome.goals[${i}].goalId`));
  if (!issues.ok) throw new KompetenzradError(issues.list);
  return { ...portfolio, plans: upsert(portfolio.plans, plan, PORTFOLIO_LIMITS.maxPlans, '$portfolio.plans') };
}

/** Adds a person, or replaces the person with the same id. The role must be one of the portfolio's roles. */
export function upsertPerson(portfolio: Portfolio, person: Person): Portfolio {
  checkPortfolioShape(portfolio);
  const roleIds = leanRolesOf(portfolio).map((role) => role.id);
  const issues: ValidationIssue[] = validatePerson(person, '$person', roleIds);
  if (portfolio.erasedPeople?.includes(person.id)) issues.push(issue('$person.id', 'duplicate-id', { id: person.id, variant: 'erased' }));
  if (issues.length > 0) throw new KompetenzradError(issues);
  return { ...portfolio, people: upsert(portfolio.people, person, PORTFOLIO_LIMITS.maxPeople, '$portfolio.people') };
}

/**
 * Removes a person together with every record about them (assessments, goals, plans): ratings
 * are personal data, and erasing a person must leave nothing of theirs behind. Their id is kept
 * in `erasedPeople`, so that a merge with an older copy does not bring them back
 * (`mergePortfolios`), and is not given to anyone again.
 */
export function removePerson(portfolio: Portfolio, personId: PersonId): Portfolio {
  checkPortfolioShape(portfolio);
  const issues = new Issues();
  if (checkRecordId(issues, personId, '$personId') && !portfolio.people.some((person) => person.id === personId)) {
    unknownPerson(issues, '$personId', personId);
  }
  const erased = portfolio.erasedPeople ?? [];
  if (erased.length >= PORTFOLIO_LIMITS.maxErasedPeople) issues.add('$portfolio.erasedPeople', 'too-many', { variant: 'full', max: PORTFOLIO_LIMITS.maxErasedPeople });
  if (!issues.ok) throw new KompetenzradError(issues.list);
  const ofOthers = <T extends { personId: PersonId }>(records: readonly T[]) => records.filter((record) => record.personId !== personId);
  return {
    ...portfolio,
    erasedPeople: [...erased, personId],
    people: portfolio.people.filter((person) => person.id !== personId),
    assessments: ofOthers(portfolio.assessments),
    goals: ofOthers(portfolio.goals),
    plans: ofOthers(portfolio.plans),
  };
}

// ---------------------------------------------------------------------------------------------

/** The lists the edits rely on; the rest of the document is taken as validated. */
function checkPortfolioShape(portfolio: unknown): asserts portfolio is Portfolio {
  const issues = new Issues();
  if (checkObject(issues, portfolio, '$portfolio')) {
    for (const key of ['people', 'assessments', 'goals', 'plans'] as const) {
      if (!Array.isArray(portfolio[key])) issues.add(`$portfolio.${key}`, 'type', { expected: 'list', ...got(portfolio[key]) });
    }
  }
  if (!issues.ok) throw new KompetenzradError(issues.list);
}

function unknownPerson(issues: Issues, path: string, personId: string): void {
  issues.add(path, 'unknown-person', { id: personId });
}

function tooMany(path: string, max: number): never {
  throw new KompetenzradError([issue(path, 'too-many', { max, variant: 'full' })]);
}

/** The record's person must exist, and a record replaced by id must stay with its person. */
function checkOwner(issues: Issues, portfolio: Portfolio, records: readonly { id: string; personId: PersonId }[], record: { id: string; personId: PersonId }, path: string): void {
  if (!portfolio.people.some((person) => person.id === record.personId)) unknownPerson(issues, `${path}.personId`, record.personId);
  const existing = records.find((one) => one.id === record.id);
  if (existing && existing.personId !== record.personId) {
    issues.add(`${path}.personId`, 'owner-change', { id: record.id, owner: existing.personId, personId: record.personId });
  }
}

/** Replaces the record with the same id in place, or appends it. */
function upsert<T extends { id: string }>(records: readonly T[], record: T, max: number, path: string): T[] {
  const at = records.findIndex((one) => one.id === record.id);
  if (at === -1) {
    if (records.length >= max) tooMany(path, max);
    return [...records, record];
  }
  const next = records.slice();
  next[at] = record;
  return next;
}

/** Index of the rater's latest assessment of a person (latest date; the later one in the list on the same day), or -1. */
function latestAssessmentIndex(assessments: readonly Assessment[], personId: PersonId, rater: RaterKind): number {
  let found = -1;
  assessments.forEach((assessment, i) => {
    if (assessment.personId !== personId || assessment.rater !== rater) return;
    if (found === -1 || assessment.date >= assessments[found]!.date) found = i;
  });
  return found;
}

function inWheelOrder(order: readonly CompetencyId[], levels: Readonly<Record<CompetencyId, Level>>): Record<CompetencyId, Level> {
  const ordered: Record<CompetencyId, Level> = {};
  for (const id of order) {
    if (Object.hasOwn(levels, id)) ordered[id] = levels[id]!;
  }
  return ordered;
}

/** `base` (shortened to fit the id pattern), or `base-2`, `base-3`, … when taken. */
function uniqueId(base: string, records: readonly { id: string }[]): string {
  const stem = base.slice(0, MAX_RECORD_ID_LENGTH - 8);
  const taken = new Set(records.map((record) => record.id));
  if (!taken.has(stem)) return stem;
  let n = 2;
  while (taken.has(`${stem}-${n}`)) n += 1;
  return `${stem}-${n}`;
}
