import { DEFAULT_CATALOGUE_LEAN } from './catalogue.js';
import { KompetenzradError } from './errors.js';
import { mergeAssessmentLevels } from './merge-levels.js';
import { addConflict, mergedIds, mergeRecord, mergeValue, oneSided, sameJson, type ConflictPlace, type MergeScope, type Side } from './merge-records.js';
import { checkLimits, documentOf, settleCatalogue } from './merge-result.js';
import { validatePlan } from './plans.js';
import { indexPortfolio, type PortfolioIndex } from './portfolio-index.js';
import type { Assessment, Catalogue, Goal, Person, PersonId, Plan, Portfolio, Role } from './types.js';
import { Issues } from './validate.js';

/** What a conflict is about: a person, an assessment, a goal, a plan, or the document's own catalogue or roles. */
export type MergeEntity = 'document' | 'person' | 'assessment' | 'goal' | 'plan';

/**
 * - `changed-both`: both sides changed the same value to different values: a field, a plan item or
 *   review, one level of an assessment (`field` `levels`, `key` the competency), or an assessment
 *   as a whole when its two versions differ in more than their levels; the result holds mine.
 * - `removed-changed`: one side removed it, the other changed it; the result keeps the changed one.
 * - `removed-used`: one side removed it, the other side's changes need it (records of a removed
 *   person were changed or added, a plan names a removed goal); the result keeps it.
 * - `invalid-combined`: each side's change is valid alone but not together (e.g. two final reviews
 *   in one plan, another catalogue on one side); the result holds mine as a whole, or theirs when
 *   only theirs fits (for the document: the first side whose catalogue and roles fit).
 * - `unresolved-reference`: the record would point at something neither side can supply; it is left out of the result.
 */
export type MergeConflictCode = 'changed-both' | 'removed-changed' | 'removed-used' | 'invalid-combined' | 'unresolved-reference';

/** One conflict of a merge, as data: where it is and the value of each side. */
export interface MergeConflict {
  code: MergeConflictCode;
  entity: MergeEntity;
  /** The entity's id; absent for the document. */
  id?: string;
  /** The field in conflict (`name`, `resources`, `items`, `levels`, `catalogue` …); absent when the entity as a whole is. */
  field?: string;
  /** For a list field whose entries have ids (a plan's `items`, `reviews`): the entry's id; for an assessment's `levels`: the competency id. */
  key?: string;
  /** My value; absent when my side does not have it (removed, or never had it). */
  mine?: unknown;
  /** Their value; absent when their side does not have it. */
  theirs?: unknown;
  /** The value both started from; absent in a two-way merge or when the base did not have it. */
  base?: unknown;
}

export interface MergeResult {
  /** The merged document; valid (`validatePortfolio`) when the inputs are. */
  portfolio: Portfolio;
  /** What could not be merged without a choice, in the order the merge met them. */
  conflicts: MergeConflict[];
}

/**
 * Merges two versions of a portfolio that were changed independently.
 *
 * Three-way (`base` is the version both started from): a change made on one side is taken; a
 * field changed on both sides to different values is a conflict (mine stays in the result).
 * People and goals merge field by field, plans too, with their `items` and `reviews` merged entry
 * by entry (by id); a record that only one side added is kept; a record one side removed stays
 * removed unless the other side changed it (then it is kept and reported). A person one side
 * removed comes back, with all of their records from the other side, when the other side changed
 * the person or any of their records. Assessments join by id. `setAssessmentLevel` keeps one
 * assessment per rater and day, so two copies that rate the same person on the same day change the
 * same one: when its two versions differ in nothing but their levels, it merges competency by
 * competency, each level as one value: a level one side changed is taken, a level both set
 * differently is a conflict with `field` `levels` and `key` the competency id. The levels both
 * started from are the base's of that assessment; one both sides made since started with none
 * (it holds only what was rated that day), so a level only one side has is kept. An assessment
 * that differs in more (date, rater role, notes …) is one conflict as a whole, so no rating is
 * lost silently. Catalogue and roles merge as whole values. No timestamps or revisions are
 * needed: the base tells who changed what.
 *
 * Two-way (`base` is `undefined`): what only one side has is kept (removals cannot be told from
 * additions without a base), also a level only one side has in an assessment both hold, and every
 * field or level that differs is a conflict.
 *
 * Levels merged competency by competency must fit the merged catalogue; when one of them does not
 * (the sides had different catalogues), every such assessment stays one conflict as a whole.
 *
 * A person erased on any side (`removePerson`, listed in `erasedPeople`) stays erased: they and
 * their records are left out of every side before the merge, without a conflict (which would
 * carry their data), and the result lists the ids erased on either side.
 *
 * The inputs must be valid portfolios of the current version (`validatePortfolio`); only their
 * shape is checked here (a `KompetenzradError` otherwise). The result is valid too: references are
 * kept intact (a goal a plan still names is restored and reported) and the inputs are not changed;
 * records that do not change are shared with them.
 */
export function mergePortfolios(base: Portfolio | undefined, mine: Portfolio, theirs: Portfolio): MergeResult {
  const issues = new Issues();
  const erased = erasedIn([base, mine, theirs]);
  const before = base === undefined ? undefined : indexPortfolio(withoutErased(base, erased), '$base', issues);
  const ours = indexPortfolio(withoutErased(mine, erased), '$mine', issues);
  const other = indexPortfolio(withoutErased(theirs, erased), '$theirs', issues);
  if (!ours || !other || !issues.ok) throw new KompetenzradError(issues.list);
  const merged = new PortfolioMerge(before, ours, other).run();
  return erased.size === 0 ? merged : { ...merged, portfolio: { ...merged.portfolio, erasedPeople: [...erased] } };
}

/** The ids erased in any of the versions, in the order they were first met. */
function erasedIn(versions: readonly (Portfolio | undefined)[]): Set<PersonId> {
  const erased = new Set<PersonId>();
  for (const version of versions) if (Array.isArray(version?.erasedPeople)) for (const id of version.erasedPeople) erased.add(id);
  return erased;
}

/** A version without the erased people and their records (as it is when it has none of them, or not the shape `indexPortfolio` checks). */
function withoutErased(portfolio: Portfolio, erased: ReadonlySet<PersonId>): Portfolio {
  const { people, assessments, goals, plans } = portfolio ?? {};
  const lists = [people, assessments, goals, plans].every(Array.isArray);
  if (erased.size === 0 || !lists || !people.some((person) => erased.has(person?.id))) return portfolio;
  const kept = <T extends { personId: PersonId }>(records: T[]): T[] => records.filter((record) => !erased.has(record?.personId));
  return { ...portfolio, people: people.filter((person) => !erased.has(person?.id)), assessments: kept(assessments), goals: kept(goals), plans: kept(plans) };
}

type RecordKey = 'assessments' | 'goals' | 'plans';
interface RecordTypes {
  assessments: Assessment;
  goals: Goal;
  plans: Plan;
}
type Owned = RecordTypes[RecordKey];
type MergeBoth<T> = (base: T | undefined, mine: T, theirs: T, place: ConflictPlace) => T;

const PLAN_LISTS = ['items', 'reviews'] as const;

class PortfolioMerge {
  private readonly scope: MergeScope;
  /** People one side removed and the other kept because it changed them; their records come from that side. */
  private readonly restored = new Map<PersonId, Side>();
  private readonly ownedBy = new Map<Side, Map<PersonId, { key: RecordKey; record: Owned }[]>>();

  constructor(
    private readonly base: PortfolioIndex | undefined,
    private readonly mine: PortfolioIndex,
    private readonly theirs: PortfolioIndex,
  ) {
    this.scope = { hasBase: base !== undefined, conflicts: [] };
  }

  run(): MergeResult {
    const catalogue = this.documentField('catalogue') as Catalogue | undefined;
    const roles = this.documentField('roles') as Role[] | undefined;
    const people = this.mergePeople();
    const planCatalogue = catalogue ?? DEFAULT_CATALOGUE_LEAN;
    const personIds = new Set(people.map((person) => person.id));
    const assessments = this.keepOwned('assessment', 'assessments', personIds, (b, m, t, place) => mergeValue(this.scope, place, b, m, t) as Assessment);
    const goals = this.keepOwned('goal', 'goals', personIds, (b, m, t, place) => mergeRecord(this.scope, place, b, m, t));
    const plans = this.keepOwned('plan', 'plans', personIds, (b, m, t, place) => this.mergePlan(b, m, t, place, planCatalogue));
    const plansWithGoals = this.keepGoalRefs(plans, goals);
    const portfolio = documentOf(catalogue, roles, people, assessments, goals, plansWithGoals, this.installationId());
    checkLimits(portfolio);
    const settled = settleCatalogue(this.scope, this.base?.portfolio, this.mine.portfolio, this.theirs.portfolio, portfolio);
    return { portfolio: mergeAssessmentLevels(this.scope, this.base, this.mine, this.theirs, settled), conflicts: this.scope.conflicts };
  }

  /**
   * Once a portfolio has an installation id it keeps it (the base's). Two copies that each made one
   * since settle on the smaller, so every copy ends with the same; a two-way merge keeps its own.
   */
  private installationId(): string | undefined {
    const [base, mine, theirs] = [this.base?.portfolio.installationId, this.mine.portfolio.installationId, this.theirs.portfolio.installationId];
    if (base !== undefined && (mine === base || theirs === base)) return base;
    if (mine !== undefined && theirs !== undefined && this.scope.hasBase) return mine < theirs ? mine : theirs;
    return mine ?? theirs;
  }

  private documentField(field: 'catalogue' | 'roles'): unknown {
    return mergeValue(this.scope, { entity: 'document', field }, this.base?.portfolio[field], this.mine.portfolio[field], this.theirs.portfolio[field]);
  }

  private mergePeople(): Person[] {
    const { scope, base, mine, theirs } = this;
    const people: Person[] = [];
    for (const id of mergedIds(scope, base?.portfolio.people, mine.portfolio.people, theirs.portfolio.people)) {
      const place: ConflictPlace = { entity: 'person', id };
      const before = base?.people.get(id);
      const ours = mine.people.get(id);
      const other = theirs.people.get(id);
      if (ours && other) {
        people.push(mergeRecord(scope, place, before, ours, other));
        continue;
      }
      const side: Side = ours ? 'mine' : 'theirs';
      const kept = (ours ?? other) as Person;
      const fate = oneSided(scope, before, kept);
      if (fate === 'keep') {
        people.push(kept);
        continue;
      }
      const code = fate === 'conflict' ? 'removed-changed' : this.recordsChanged(id, side) ? 'removed-used' : undefined;
      if (code === undefined) continue;
      addConflict(scope, code, place, before, ours, other);
      this.restored.set(id, side);
      people.push(kept);
    }
    return people;
  }

  /** Whether `side` added or changed any record of the person (only asked in a three-way merge). */
  private recordsChanged(personId: PersonId, side: Side): boolean {
    const base = this.base as PortfolioIndex;
    return (this.recordsBy(side).get(personId) ?? []).some(({ key, record }) => !sameJson(base[key].get(record.id), record));
  }

  private recordsBy(side: Side): Map<PersonId, { key: RecordKey; record: Owned }[]> {
    let byPerson = this.ownedBy.get(side);
    if (byPerson) return byPerson;
    byPerson = new Map();
    const { portfolio } = side === 'mine' ? this.mine : this.theirs;
    for (const key of ['assessments', 'goals', 'plans'] as const) {
      for (const record of portfolio[key]) {
        const list = byPerson.get(record.personId);
        if (list) list.push({ key, record });
        else byPerson.set(record.personId, [{ key, record }]);
      }
    }
    this.ownedBy.set(side, byPerson);
    return byPerson;
  }

  /** Merges one list of records that belong to people, and leaves out (and reports) any whose person is not in the result. */
  private keepOwned<K extends RecordKey>(entity: MergeEntity, key: K, personIds: Set<PersonId>, both: MergeBoth<RecordTypes[K]>): RecordTypes[K][] {
    return this.mergeOwned(entity, key, both).filter((record) => {
      if (personIds.has(record.personId)) return true;
      this.report('unresolved-reference', entity, key, record.id);
      return false;
    });
  }

  private mergeOwned<K extends RecordKey>(entity: MergeEntity, key: K, both: MergeBoth<RecordTypes[K]>): RecordTypes[K][] {
    type T = RecordTypes[K];
    const { scope } = this;
    const byId = (index: PortfolioIndex | undefined) => index?.[key] as Map<string, T> | undefined;
    const list = (index: PortfolioIndex | undefined) => index?.portfolio[key] as readonly T[] | undefined;
    const [before, ours, other] = [byId(this.base), byId(this.mine) as Map<string, T>, byId(this.theirs) as Map<string, T>];
    const merged: T[] = [];
    for (const id of mergedIds(scope, list(this.base), list(this.mine) as readonly T[], list(this.theirs) as readonly T[])) {
      const b = before?.get(id);
      const m = ours.get(id);
      const t = other.get(id);
      const place: ConflictPlace = { entity, id };
      if (m && t) {
        merged.push(both(b, m, t, place));
        continue;
      }
      const kept = (m ?? t) as T;
      if (this.restored.get(kept.personId) === (m ? 'mine' : 'theirs')) {
        merged.push(kept);
        continue;
      }
      const fate = oneSided(scope, b, kept);
      if (fate === 'drop') continue;
      if (fate === 'conflict') addConflict(scope, 'removed-changed', place, b, m, t);
      merged.push(kept);
    }
    return merged;
  }

  /** Plans merge field by field; when the two sides' changes together break a rule of plans, mine stays as a whole. */
  private mergePlan(base: Plan | undefined, mine: Plan, theirs: Plan, place: ConflictPlace, catalogue: Catalogue): Plan {
    const count = this.scope.conflicts.length;
    const merged = mergeRecord(this.scope, place, base, mine, theirs, PLAN_LISTS);
    if (merged === mine || merged === theirs || validatePlan(merged, catalogue).length === 0) return merged;
    this.scope.conflicts.length = count;
    addConflict(this.scope, 'invalid-combined', place, base, mine, theirs);
    return mine;
  }

  /**
   * Plans may only name goals of their own person. A goal one side removed while the other side's
   * plan still names it is restored (added to `goals`, and reported). A merged plan that names a goal of another
   * person (one side moved the goal) is replaced by mine or theirs as a whole, whichever fits; a
   * plan that cannot be made to fit is left out (and reported).
   */
  private keepGoalRefs(plans: Plan[], goals: Goal[]): Plan[] {
    const owners = new Map(goals.map((goal) => [goal.id, goal.personId]));
    const restore = (goalId: string, personId: PersonId) => {
      if (owners.has(goalId)) return false;
      const goal = [this.mine.goals.get(goalId), this.theirs.goals.get(goalId)].find((one) => one?.personId === personId);
      if (!goal) return false;
      goals.push(goal);
      owners.set(goalId, personId);
      this.report('removed-used', 'goal', 'goals', goalId);
      return true;
    };
    const fits = (plan: Plan) => goalIdsOf(plan).every((goalId) => owners.get(goalId) === plan.personId || restore(goalId, plan.personId));
    const kept: Plan[] = [];
    for (const plan of plans) {
      if (fits(plan)) {
        kept.push(plan);
        continue;
      }
      const whole = [this.mine.plans.get(plan.id), this.theirs.plans.get(plan.id)].find((one) => one && one !== plan && one.personId === plan.personId && fits(one));
      const conflicts = this.scope.conflicts;
      conflicts.splice(0, conflicts.length, ...conflicts.filter((one) => one.entity !== 'plan' || one.id !== plan.id));
      this.report(whole ? 'invalid-combined' : 'unresolved-reference', 'plan', 'plans', plan.id);
      if (whole) kept.push(whole);
    }
    return kept;
  }

  private report(code: 'removed-used' | 'invalid-combined' | 'unresolved-reference', entity: MergeEntity, key: RecordKey, id: string): void {
    const version = (index: PortfolioIndex | undefined) => index?.[key].get(id);
    addConflict(this.scope, code, { entity, id }, version(this.base), version(this.mine), version(this.theirs));
  }
}

function goalIdsOf(plan: Plan): string[] {
  const ids: string[] = [];
  for (const item of plan.items) if (item.goalId !== undefined) ids.push(item.goalId);
  for (const outcome of plan.outcome?.goals ?? []) ids.push(outcome.goalId);
  return ids;
}
