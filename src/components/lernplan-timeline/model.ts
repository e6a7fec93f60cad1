import { validatePerson } from '../../domain/assessments.js';
import { isIsoDate } from '../../domain/dates.js';
import type { ValidationIssue } from '../../domain/errors.js';
import type { GapAnalysis } from '../../domain/gaps.js';
import { analyzePersonGaps } from '../../domain/person-gaps.js';
import { validateGoal } from '../../domain/goals.js';
import { checkPlan, monthlyLoad, planCapacity, type MonthLoad, type PlanFinding } from '../../domain/plan-checks.js';
import { validatePlan } from '../../domain/plans.js';
import { roleById } from '../../domain/roles.js';
import type { Catalogue, Format, Goal, IsoDate, Person, Plan, Portfolio, Role } from '../../domain/types.js';
import { isRecord } from '../../domain/validate.js';
import type { KompetenzContextValue } from '../../internal/context.js';
import { selectedPerson, type SelectedPersonProblem } from '../../internal/selected-person.js';

/** An input problem to report: which input (`plan`, `goals`, `person`, `context` …) and the domain's issue. */
export interface InputProblem {
  source: string;
  issue: ValidationIssue;
}

/** What the timeline shows, resolved from a provider or from its own properties. */
export interface TimelineData {
  /** The plan with its invalid items and reviews left out; `undefined` when there is none. */
  plan: Plan | undefined;
  /** Valid goals of the plan's (or the selected) person. */
  goals: Goal[];
  person: Person | undefined;
  /** The plan's own top-level fields are valid (so the domain's checks and exports accept it). */
  planValid: boolean;
  problems: InputProblem[];
}

/** Derived figures of a plan: the domain's findings and the monthly load. */
export interface PlanFigures {
  findings: PlanFinding[];
  load: MonthLoad[];
  capacity: number | undefined;
  /** Set when the domain could not check the plan (it then lists no findings). */
  checkProblem?: ValidationIssue[];
}

/**
 * The plan of `personId` a provider shows: the newest plan that is not cancelled, newest by the
 * date it was created (its first history step); of plans created on the same day the later one
 * in the portfolio wins.
 */
export function selectPlan(plans: readonly Plan[], personId: string): Plan | undefined {
  let best: Plan | undefined;
  let bestDate = '';
  for (const plan of plans) {
    if (plan.personId !== personId || plan.status === 'cancelled') continue;
    const created = plan.history[0]?.date ?? '';
    if (best === undefined || created >= bestDate) {
      best = plan;
      bestDate = created;
    }
  }
  return best;
}

/** What a provider offers for its selected person, with the problems of the selection (`selectedPerson`). */
export interface PortfolioSelection {
  plan: Plan | undefined;
  goals: Goal[];
  person: Person | undefined;
  problems: SelectedPersonProblem[];
}

/** The data a provider offers for the selected person; an id that names nobody is a problem. */
export function fromPortfolio(context: Pick<KompetenzContextValue, 'portfolio' | 'roles' | 'personId'>): PortfolioSelection {
  const { portfolio, personId } = context;
  if (personId === undefined) return { plan: undefined, goals: [], person: undefined, problems: [] };
  const { person, problems, roleProblem } = selectedPerson(context);
  return {
    plan: selectPlan(portfolio.plans, personId),
    goals: portfolio.goals.filter((goal) => goal.personId === personId),
    person,
    // Drafting falls back to the person's role.
    problems: roleProblem ? [...problems, roleProblem] : problems,
  };
}

/**
 * Checks outside data with the domain and keeps what is valid: items and reviews with an issue
 * are left out (and reported), so the rest still shows. Invalid goals are left out as well.
 */
export function sanitize(
  input: { plan: unknown; goals: unknown; person: unknown },
  catalogue: Catalogue,
  formats: readonly Format[],
): TimelineData {
  const problems: InputProblem[] = [];
  let person: Person | undefined;
  if (input.person !== undefined) {
    const issues = validatePerson(input.person, '$');
    if (issues.length === 0) person = input.person as Person;
    else problems.push(...issues.map((issue) => ({ source: 'person', issue })));
  }

  const goals: Goal[] = [];
  if (input.goals !== undefined) {
    if (!Array.isArray(input.goals)) {
      problems.push({ source: 'goals', issue: { path: '$', code: 'type', message: '$: expected a list of goals' } });
    } else {
      input.goals.forEach((goal: unknown, i) => {
        const issues = validateGoal(goal, catalogue, `$[${i}]`);
        if (issues.length === 0) goals.push(goal as Goal);
        else problems.push(...issues.map((issue) => ({ source: 'goals', issue })));
      });
    }
  }

  const { plan, planValid, issues } = sanitizePlan(input.plan, catalogue, formats);
  problems.push(...issues.map((issue) => ({ source: 'plan', issue })));
  return { plan, goals, person, planValid, problems };
}

const ENTRY_PATH = /^\$\.(items|reviews)\[(\d+)\]/;

/**
 * Leaves out every item and review that has an issue, then checks again (an item may point at
 * one that was left out), at most a few rounds. Reports every issue found on the way.
 */
export function sanitizePlan(value: unknown, catalogue: Catalogue, formats: readonly Format[]): { plan: Plan | undefined; planValid: boolean; issues: ValidationIssue[] } {
  if (value === undefined) return { plan: undefined, planValid: false, issues: [] };
  const all: ValidationIssue[] = [];
  let issues = validatePlan(value, catalogue, '$', formats);
  if (!isRecord(value)) return { plan: undefined, planValid: false, issues };
  let current: Record<string, unknown> = value;
  for (let round = 0; round < 5 && issues.length > 0; round += 1) {
    all.push(...issues);
    const bad = { items: new Set<number>(), reviews: new Set<number>() };
    for (const issue of issues) {
      const match = ENTRY_PATH.exec(issue.path);
      if (match) bad[match[1] as 'items' | 'reviews'].add(Number(match[2]));
    }
    if (bad.items.size === 0 && bad.reviews.size === 0) break;
    const keep = (list: unknown, dropped: Set<number>) => (Array.isArray(list) ? list.filter((_, i) => !dropped.has(i)) : list);
    current = { ...current, items: keep(current.items, bad.items), reviews: keep(current.reviews, bad.reviews) };
    issues = validatePlan(current, catalogue, '$', formats);
  }
  const entryIssue = issues.some((issue) => ENTRY_PATH.test(issue.path));
  if (!Array.isArray(current.items) || !Array.isArray(current.reviews) || entryIssue) {
    return { plan: undefined, planValid: false, issues: all };
  }
  return { plan: current as unknown as Plan, planValid: issues.length === 0, issues: all };
}

/** The domain's findings and monthly load for a plan; a plan the domain rejects gets none. */
export function figuresOf(data: TimelineData, capacity: number | undefined, context: { catalogue: Catalogue; formats: readonly Format[] }): PlanFigures {
  const { plan, person, goals } = data;
  if (!plan) return { findings: [], load: [], capacity };
  const limit = planCapacity(plan, { capacity, person });
  try {
    const load = monthlyLoad(plan, limit);
    const checkContext: Parameters<typeof checkPlan>[1] = { goals, catalogue: context.catalogue, formats: context.formats };
    if (person && person.id === plan.personId) checkContext.person = person;
    if (capacity !== undefined) checkContext.capacityHoursPerMonth = capacity;
    const findings = data.planValid ? checkPlan(plan, checkContext) : [];
    return { findings, load, capacity: load[0]?.capacity ?? limit };
  } catch (error) {
    const issues = isRecord(error) && Array.isArray(error.issues) ? (error.issues as ValidationIssue[]) : [{ path: '$', code: 'check-failed', message: String(error) }];
    return { findings: [], load: [], capacity: limit, checkProblem: issues };
  }
}

/**
 * The prioritised gaps of a person, from the portfolio (role target against the current
 * profile), for drafting a plan; `undefined` when the person's role is unknown.
 */
export function gapsOf(portfolio: Portfolio, catalogue: Catalogue, roles: readonly Role[], person: Person, today: IsoDate): GapAnalysis | undefined {
  const role = roleById(roles, person.roleId);
  if (!role) return undefined;
  return analyzePersonGaps({ catalogue, target: role.target, assessments: portfolio.assessments, personId: person.id, today }).analysis;
}

/** A plan id for a new draft that no plan of the portfolio uses yet. */
export function freePlanId(plans: readonly Plan[], personId: string, today: IsoDate): string {
  const taken = new Set(plans.map((plan) => plan.id));
  const base = `plan-${personId}-${today}`;
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

export { localToday as systemToday } from '../../internal/today.js';

export function validDate(value: unknown): value is IsoDate {
  return isIsoDate(value);
}
