import { validatePerson } from '../../../domain/assessments.js';
import { got, issue as issueAt, type ValidationIssue } from '../../../domain/errors.js';
import type { GapAnalysis } from '../../../domain/gaps.js';
import { analyzePersonGaps } from '../../../domain/person-gaps.js';
import { validateGoal } from '../../../domain/goals.js';
import { checkPlan, checkValidatedPlan, monthlyLoad, planCapacity, type MonthLoad, type PlanFinding } from '../../../domain/plan-checks.js';
import { draftPlan, type DraftPlanOptions, type PrioritizedGaps } from '../../../domain/plan-draft.js';
import { validatePlan } from '../../../domain/plan-validation.js';
import { roleById } from '../../../domain/roles.js';
import type { Catalogue, Format, Goal, IsoDate, Person, Plan, Portfolio, Role } from '../../../domain/types.js';
import { isRecord } from '../../../domain/validate.js';
import type { KompetenzContextValue } from '../../../internal/context.js';
import { selectedPerson, type SelectedPersonProblem } from '../../../internal/selected-person.js';

/** The domain's issues with the time line's own data, by the input they are in. */
export interface DataIssues {
  plan: ValidationIssue[];
  goals: ValidationIssue[];
  person: ValidationIssue[];
}

/** What the timeline shows, resolved from a provider or from its own properties. */
export interface TimelineData {
  /** The plan with its invalid items and reviews left out; `undefined` when there is none. */
  plan: Plan | undefined;
  /** Valid goals: inside a provider the selected person's, outside as given (edits and the final review use those of the plan's person). */
  goals: Goal[];
  /**
   * Whether the goals are known: inside a provider always, outside when a list was given (also an
   * empty one). Without them the domain does not check the plan's goal references.
   */
  goalsKnown: boolean;
  person: Person | undefined;
  /** The plan's own top-level fields are valid (so the domain's checks and exports accept it). */
  planValid: boolean;
  issues: DataIssues;
}

/** Derived figures of a plan: the domain's findings and the monthly load. */
export interface PlanFigures {
  findings: PlanFinding[];
  load: MonthLoad[];
  capacity: number | undefined;
  /** What the domain threw when it could not check the plan (it then lists no findings). */
  checkError?: unknown;
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
  const issues: DataIssues = { plan: [], goals: [], person: [] };
  let person: Person | undefined;
  if (input.person !== undefined) {
    issues.person = validatePerson(input.person, '$');
    if (issues.person.length === 0) person = input.person as Person;
  }

  const goals: Goal[] = [];
  if (input.goals !== undefined) {
    if (!Array.isArray(input.goals)) {
      issues.goals.push(issueAt('$', 'type', { expected: 'goals', ...got(input.goals) }));
    } else {
      input.goals.forEach((goal: unknown, i) => {
        const found = validateGoal(goal, catalogue, `$[${i}]`);
        if (found.length === 0) goals.push(goal as Goal);
        else issues.goals.push(...found);
      });
    }
  }

  const checked = sanitizePlan(input.plan, catalogue, formats);
  issues.plan = checked.issues;
  return { plan: checked.plan, goals, goalsKnown: Array.isArray(input.goals), person, planValid: checked.planValid, issues };
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

const validCapacity = (capacity: number | undefined) => capacity === undefined || (Number.isFinite(capacity) && capacity >= 0);

/** The domain's findings and monthly load for a plan; a plan the domain rejects gets none. */
export function figuresOf(data: TimelineData, capacity: number | undefined, context: { catalogue: Catalogue; formats: readonly Format[] }): PlanFigures {
  const { plan, person, goals, goalsKnown } = data;
  if (!plan) return { findings: [], load: [], capacity };
  const limit = planCapacity(plan, { capacity, person });
  try {
    const checkContext: Parameters<typeof checkPlan>[1] = { catalogue: context.catalogue, formats: context.formats };
    // Goals not given are not known to be missing: the domain leaves their checks out.
    if (goalsKnown) checkContext.goals = goals;
    if (person && person.id === plan.personId) checkContext.person = person;
    if (capacity !== undefined) checkContext.capacityHoursPerMonth = capacity;
    // `sanitize` has validated the plan, goals and person with this catalogue and these formats:
    // checked once more they would give nothing new (and that took half the time of an edit).
    const checked = data.planValid && validCapacity(capacity) ? checkValidatedPlan(plan, checkContext) : undefined;
    const load = checked ? checked.load : monthlyLoad(plan, limit);
    const findings = checked ? checked.findings : data.planValid ? checkPlan(plan, checkContext) : [];
    return { findings, load, capacity: load[0]?.capacity ?? limit };
  } catch (error) {
    return { findings: [], load: [], capacity: limit, checkError: error };
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

/**
 * How to draft a plan for the person shown: from the gaps of their role in the provider's
 * portfolio, or from the `gaps` given outside one; `undefined` without a person or gaps. The
 * draft (which may throw what `draftPlan` throws) gets `planId` when given (it takes the place of
 * that plan), else an id that no plan of the person uses.
 */
export function planDraft(
  data: TimelineData,
  context: KompetenzContextValue | undefined,
  ownGaps: PrioritizedGaps | undefined,
  settings: { catalogue: Catalogue; formats: readonly Format[]; today: IsoDate; capacity: number | undefined },
  planId?: string,
): (() => Plan) | undefined {
  const { person } = data;
  const { catalogue, formats, today, capacity } = settings;
  const gaps = !person ? undefined : context ? gapsOf(context.portfolio, catalogue, context.roles, person, today) : ownGaps;
  if (!person || !gaps) return undefined;
  const plans = context ? context.portfolio.plans : data.plan ? [data.plan] : [];
  const options: DraftPlanOptions = { today, catalogue, formats, planId: planId ?? freePlanId(plans, person.id, today) };
  if (capacity !== undefined) options.capacityHoursPerMonth = capacity;
  return () => draftPlan(person, gaps, data.goals, options);
}

/**
 * Whether a new draft takes the place of the plan `shown` (keeping its id, so calendar UIDs stay):
 * only a plan still in draft; a plan in any other status stays as it is, and the draft is added.
 */
export function draftReplaces(shown: Plan | undefined): boolean {
  return shown?.status === 'draft';
}

/** `goals` with each goal of `changed` in the place of the goal with its id (the element's own `goals` after a final review or its undo). */
export function replacedGoals(goals: readonly Goal[] | undefined, changed: readonly Goal[]): Goal[] | undefined {
  if (!goals) return goals;
  const byId = new Map(changed.map((goal) => [goal.id, goal]));
  return goals.map((goal) => (isRecord(goal) && byId.get(goal.id)) || goal);
}
