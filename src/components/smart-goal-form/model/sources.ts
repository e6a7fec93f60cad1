import type { CurrentProfile } from '../../../domain/assessments.js';
import { describeValue, KompetenzradError, type ValidationIssue } from '../../../domain/errors.js';
import { analyzeGaps, type GapAnalysis } from '../../../domain/gaps.js';
import { validateGoal, type SmartContext } from '../../../domain/goals.js';
import type { Catalogue, Goal, IsoDate, Person, Profile } from '../../../domain/types.js';
import { isRecord } from '../../../domain/validate.js';
import type { KompetenzContextValue } from '../../../internal/context.js';
import { resolveCapacity } from '../../../internal/capacity-input.js';
import { isGiven, problemOfIssue, readProfileInput, resolveCatalogue, resolveRoles, resolveToday, type InputProblem } from '../../../internal/inputs.js';
import { ownPersonId } from '../../../internal/person-id.js';
import { issuesNote } from '../../../internal/issue-texts.js';
import { chosenPersonId, roleOfAttribute, selectedPerson, type SelectedPerson } from '../../../internal/selected-person.js';

/** The form's own inputs (attributes and properties). */
export interface OwnInputs {
  catalogue?: Catalogue | undefined;
  personId?: string | undefined;
  current?: unknown;
  target?: unknown;
  targetRole?: string | undefined;
  capacity?: number | undefined;
  today?: string | undefined;
  goalId?: string | undefined;
}

/** Everything the form judges a goal against, each input by the rule of `src/internal/inputs.ts`. */
export interface Sources {
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
  /** The goals in the provider's portfolio (none without a provider); the domain's `coverGaps` says which cover a gap. */
  goals: readonly Goal[];
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

/** Issues of a validator as input problems, naming the offending key or value (`kr-error`'s message is the English `developerNote`). */
function issuesToProblems(issues: readonly ValidationIssue[], source: string, root: unknown): InputProblem[] {
  return issues.map((issue) => {
    const rest = issue.path.startsWith(source) ? issue.path.slice(source.length) : issue.path;
    const value = valueAt(root, rest);
    const subject = typeof value === 'string' || typeof value === 'number' ? String(value) : rest.replace(/^\./, '') || undefined;
    const problem = problemOfIssue(source, issue);
    if (subject !== undefined && subject !== '') problem.subject = subject;
    else delete problem.subject;
    return problem;
  });
}


/**
 * A provider offers an empty portfolio until its data has loaded; a goal id that it does not know
 * yet is not reported then (it would be reported falsely while `src` is still loading).
 */
function stillLoading(context: KompetenzContextValue): boolean {
  return context.portfolio.people.length === 0 && context.portfolio.goals.length === 0;
}

function readTarget(own: OwnInputs, context: KompetenzContextValue | undefined, catalogue: Catalogue, selected: SelectedPerson | undefined, problems: InputProblem[]): Profile | undefined {
  if (isGiven(own.target)) return readProfileInput(own.target, catalogue, 'target', problems);
  if (!isGiven(own.targetRole)) {
    if (selected?.roleProblem) problems.push(selected.roleProblem);
    return selected?.role?.target;
  }
  const { role, problem } = roleOfAttribute(resolveRoles(undefined, context, catalogue).value, own.targetRole);
  if (problem) problems.push(problem);
  return role?.target;
}

function readStoredGoal(goalId: string | undefined, context: KompetenzContextValue | undefined, problems: InputProblem[]): Goal | undefined {
  if (!goalId || !context) return undefined;
  const goal = context.portfolio.goals.find((candidate) => candidate.id === goalId);
  if (!goal && !stillLoading(context)) {
    problems.push({ source: 'goal-id', code: 'unknown-goal', subject: goalId, message: `goal-id: no goal with the id ${describeValue(goalId)} in the portfolio` });
  }
  return goal;
}

/** The form's inputs: its own when given and valid, else the provider's, else the defaults; problems with English notes for developers. Never throws. */
export function readSources(own: OwnInputs, context: KompetenzContextValue | undefined): Sources {
  const problems: InputProblem[] = [];
  const catalogue = resolveCatalogue(own.catalogue, context);
  if (catalogue.problem) problems.push(catalogue.problem);
  // An id that is no id (an object, a number) is reported and counts as not given: a goal would carry it.
  const { personId: ownId, problem: idProblem } = ownPersonId(own.personId);
  if (idProblem) problems.push(idProblem);
  const selected = context ? selectedPerson(context, { personId: ownId }) : undefined;
  const personId = selected ? selected.personId : chosenPersonId(ownId, undefined);
  const person = selected?.person;
  if (selected) problems.push(...selected.problems);
  const today = resolveToday(own.today, context);
  if (today.problem) problems.push(today.problem);

  let ratings: CurrentProfile | undefined;
  let current: Profile = {};
  if (isGiven(own.current)) {
    current = readProfileInput(own.current, catalogue.value, 'current', problems);
  } else if (selected?.current) {
    ratings = selected.current;
    current = ratings.profile;
  }
  const target = readTarget(own, context, catalogue.value, selected, problems);
  // Own, else the person's; one rule with the time line's (`resolveCapacity`).
  const capacity = resolveCapacity(own.capacity, person?.capacityHoursPerMonth);
  if (capacity.problem) problems.push(capacity.problem);
  const storedGoal = readStoredGoal(own.goalId, context, problems);
  const gaps = target ? analyse(catalogue.value, target, current, ratings, today.value, problems) : undefined;
  return { catalogue: catalogue.value, person, personId, current, target: gaps ? target : undefined, capacity: capacity.value, today: today.value, storedGoal, goals: context?.portfolio.goals ?? [], gaps, problems };
}

function analyse(catalogue: Catalogue, target: Profile, actual: Profile, ratings: CurrentProfile | undefined, today: IsoDate, problems: InputProblem[]): GapAnalysis | undefined {
  try {
    return ratings
      ? analyzeGaps({ catalogue, target, actual, self: ratings.self, external: ratings.external, assessedAt: ratings.assessedAt, today })
      : analyzeGaps({ catalogue, target, actual });
  } catch (error) {
    // A role of the provider that does not fit a custom catalogue: show no suggestions, say why.
    const message = error instanceof KompetenzradError ? issuesNote(error.issues, 'target: ') : `target: ${error instanceof Error ? error.message : String(error)}`;
    problems.push({ source: 'target', code: 'target', message });
    return undefined;
  }
}

/** What the SMART check needs to know about the person. */
export function smartContextOf(sources: Sources): SmartContext {
  const context: SmartContext = { current: sources.current, today: sources.today, catalogue: sources.catalogue };
  if (sources.capacity !== undefined) context.capacityHoursPerMonth = sources.capacity;
  return context;
}

/** Problems of a goal handed to the element (`goal` property, a stored goal or a restored state). */
export function goalProblems(value: unknown, catalogue: Catalogue, source: string): InputProblem[] {
  return issuesToProblems(validateGoal(value, catalogue, source), source, value);
}
