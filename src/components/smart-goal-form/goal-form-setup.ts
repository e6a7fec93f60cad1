import type { CurrentProfile } from '../../domain/assessments.js';
import { DEFAULT_CATALOGUE_LEAN as DEFAULT_CATALOGUE, validateCatalogue } from '../../domain/catalogue.js';
import { isIsoDate } from '../../domain/dates.js';
import { describeValue, type ValidationIssue } from '../../domain/errors.js';
import { analyzeGaps, type GapAnalysis } from '../../domain/gaps.js';
import { validateGoal } from '../../domain/goals.js';
import { parseProfile } from '../../domain/profile.js';
import { DEFAULT_ROLES_LEAN as DEFAULT_ROLES } from '../../domain/roles.js';
import type { Catalogue, Goal, IsoDate, Person, Profile, Role } from '../../domain/types.js';
import { isRecord } from '../../domain/validate.js';
import type { KompetenzContextValue } from '../../internal/context.js';
import { chosenPersonId, roleOfAttribute, selectedPerson, type SelectedPerson } from '../../internal/selected-person.js';

/** Hours per month a person can give to learning at most (a month has 744 hours); the domain uses the same bound. */
const MAX_CAPACITY = 744;

/** What the element was given: its own properties and, inside a provider, the context. */
export interface GoalFormInputs {
  context: KompetenzContextValue | undefined;
  catalogue: unknown;
  personId: string | undefined;
  current: unknown;
  target: unknown;
  targetRole: string | undefined;
  capacity: number | undefined;
  today: string | undefined;
  goalId: string | undefined;
  /** The local date, used when neither `today` nor a provider gives one. */
  localToday: IsoDate;
}

/** A problem with one input, for `reportError` (source = the attribute or property name). */
export interface InputProblem {
  source: string;
  code: string;
  message: string;
  subject?: string;
}

/** Everything the form needs to judge a goal, resolved from the inputs. */
export interface GoalFormSetup {
  catalogue: Catalogue;
  person: Person | undefined;
  personId: string | undefined;
  current: Profile;
  /** The target profile (explicit, from `target-role`, or the person's role); none when unknown. */
  target: Profile | undefined;
  capacity: number | undefined;
  today: IsoDate;
  /** The stored goal named by `goal-id` inside a provider. */
  storedGoal: Goal | undefined;
  /** The gap analysis when a target profile is known (drives the suggestions and the Ist/Soll labels). */
  gaps: GapAnalysis | undefined;
  problems: InputProblem[];
}

/** `goal.competencyIds[1]` in `{competencyIds: ['a', 'b']}` → `'b'`; used to name the offending value. */
function valueAt(root: unknown, path: string): unknown {
  let node = root;
  for (const [, key, index] of path.matchAll(/\.([^.[\]]+)|\[(\d+)\]/g)) {
    if (key !== undefined) node = isRecord(node) ? node[key] : undefined;
    else node = Array.isArray(node) ? node[Number(index)] : undefined;
  }
  return node;
}

/** Issues of a validator as input problems, naming the offending key or value. */
export function issuesToProblems(issues: readonly ValidationIssue[], source: string, root: unknown, rootPath: string): InputProblem[] {
  return issues.map((issue) => {
    const rest = issue.path.startsWith(rootPath) ? issue.path.slice(rootPath.length) : issue.path;
    const value = valueAt(root, rest);
    const subject = typeof value === 'string' || typeof value === 'number' ? String(value) : rest.replace(/^\./, '') || undefined;
    const problem: InputProblem = { source, code: issue.code, message: issue.message };
    if (subject !== undefined && subject !== '') problem.subject = subject;
    return problem;
  });
}

function resolveCatalogue(inputs: GoalFormInputs, problems: InputProblem[]): Catalogue {
  const fallback = inputs.context?.catalogue ?? DEFAULT_CATALOGUE;
  if (inputs.catalogue === undefined || inputs.catalogue === null) return fallback;
  const issues = validateCatalogue(inputs.catalogue, 'catalogue');
  if (issues.length === 0) return inputs.catalogue as Catalogue;
  const details = issues.slice(0, 3).map((issue) => issue.message).join('; ');
  problems.push({ source: 'catalogue', code: 'invalid-catalogue', message: `catalogue: ${issues.length} problem(s), e.g. ${details}` });
  return fallback;
}

function readProfile(value: unknown, source: string, catalogue: Catalogue, problems: InputProblem[]): Profile {
  const { profile, issues } = parseProfile(value, catalogue, source);
  problems.push(...issuesToProblems(issues, source, value, source));
  return profile;
}

/**
 * A provider offers an empty portfolio until its data has loaded; a goal id that it does not know
 * yet is not reported then (it would be reported falsely while `src` is still loading).
 */
function stillLoading(context: KompetenzContextValue): boolean {
  return context.portfolio.people.length === 0 && context.portfolio.goals.length === 0;
}

function resolveTarget(inputs: GoalFormInputs, catalogue: Catalogue, selected: SelectedPerson | undefined, problems: InputProblem[]): Profile | undefined {
  if (inputs.target !== undefined && inputs.target !== null) return readProfile(inputs.target, 'target', catalogue, problems);
  if (!inputs.targetRole) {
    if (selected?.roleProblem) problems.push(selected.roleProblem);
    return selected?.role?.target;
  }
  const roles: readonly Role[] = inputs.context?.roles ?? DEFAULT_ROLES;
  const { role, problem } = roleOfAttribute(roles, inputs.targetRole);
  if (problem) problems.push(problem);
  return role?.target;
}

function resolveCapacity(inputs: GoalFormInputs, person: Person | undefined, problems: InputProblem[]): number | undefined {
  const capacity = inputs.capacity;
  if (capacity === undefined || capacity === null) return person?.capacityHoursPerMonth;
  if (typeof capacity !== 'number' || !Number.isFinite(capacity) || capacity < 0 || capacity > MAX_CAPACITY) {
    problems.push({
      source: 'capacity',
      code: 'capacity',
      subject: String(capacity),
      message: `capacity: expected hours per month between 0 and ${MAX_CAPACITY}, got ${describeValue(capacity)}`,
    });
    return person?.capacityHoursPerMonth;
  }
  return capacity;
}

function resolveToday(inputs: GoalFormInputs, problems: InputProblem[]): IsoDate {
  const fallback = inputs.context?.today ?? inputs.localToday;
  if (inputs.today === undefined || inputs.today === null || inputs.today === '') return fallback;
  if (isIsoDate(inputs.today)) return inputs.today;
  problems.push({ source: 'today', code: 'date', subject: inputs.today, message: `today: expected a date YYYY-MM-DD, got ${describeValue(inputs.today)}` });
  return fallback;
}

function resolveStoredGoal(inputs: GoalFormInputs, problems: InputProblem[]): Goal | undefined {
  if (!inputs.goalId || !inputs.context) return undefined;
  const goal = inputs.context.portfolio.goals.find((candidate) => candidate.id === inputs.goalId);
  if (!goal && !stillLoading(inputs.context)) {
    problems.push({ source: 'goal-id', code: 'unknown-goal', subject: inputs.goalId, message: `goal-id: no goal with the id ${describeValue(inputs.goalId)} in the portfolio` });
  }
  return goal;
}

/** Resolves the inputs of the form; explicit properties win over the provider's data. Never throws. */
export function resolveSetup(inputs: GoalFormInputs): GoalFormSetup {
  const problems: InputProblem[] = [];
  const catalogue = resolveCatalogue(inputs, problems);
  const selected = inputs.context ? selectedPerson(inputs.context, { personId: inputs.personId }) : undefined;
  const personId = selected ? selected.personId : chosenPersonId(inputs.personId, undefined);
  const person = selected?.person;
  if (selected) problems.push(...selected.problems);
  const today = resolveToday(inputs, problems);

  let ratings: CurrentProfile | undefined;
  let current: Profile = {};
  if (inputs.current !== undefined && inputs.current !== null) {
    current = readProfile(inputs.current, 'current', catalogue, problems);
  } else if (selected?.current) {
    ratings = selected.current;
    current = ratings.profile;
  }
  const target = resolveTarget(inputs, catalogue, selected, problems);
  const capacity = resolveCapacity(inputs, person, problems);
  const storedGoal = resolveStoredGoal(inputs, problems);

  let gaps: GapAnalysis | undefined;
  if (target) {
    try {
      gaps = ratings
        ? analyzeGaps({ catalogue, target, actual: current, self: ratings.self, external: ratings.external, assessedAt: ratings.assessedAt, today })
        : analyzeGaps({ catalogue, target, actual: current });
    } catch (error) {
      // A role of the provider that does not fit a custom catalogue: show no suggestions, say why.
      problems.push({ source: 'target', code: 'target', message: `target: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return { catalogue, person, personId, current, target: gaps ? target : undefined, capacity, today, storedGoal, gaps, problems };
}

/** Problems of a goal handed to the element (`goal` property or a restored state). */
export function goalProblems(value: unknown, catalogue: Catalogue, source: string): InputProblem[] {
  return issuesToProblems(validateGoal(value, catalogue, source), source, value, source);
}
