import { describeValue, shortValue } from '../domain/errors.js';
import { PERSON_LIMITS } from '../domain/person-validation.js';
import { resolveInput, type InputProblem, type ResolvedInput } from './inputs.js';

/**
 * The `capacity` input of `<smart-goal-form>` and `<lernplan-timeline>`: hours per month a person
 * can give to learning. One rule for both, the domain's for a person's and a plan's
 * `capacityHoursPerMonth` (`validatePerson`, `validatePlan`): a number from 0 to
 * `PERSON_LIMITS.maxCapacityHoursPerMonth`. Drafting a plan asks for more than that rule (at least
 * half an hour a month, `draftPlan`) and says so when "Plan entwerfen" is pressed with less: a
 * capacity of 0 still shows every planned hour as over it. A module of its own, so that the elements without a
 * `capacity` (the wheel, the matrix) load none of it.
 */

/** The most hours per month `capacity` takes: the domain's limit of a person's capacity. */
export const MAX_CAPACITY = PERSON_LIMITS.maxCapacityHoursPerMonth;

/** The problem of a `capacity` that is no number of hours from 0 to `MAX_CAPACITY` (`NaN`, `-1`, `"abc"`, `1000`); none for a valid one. */
export function capacityProblem(value: unknown, source = 'capacity'): InputProblem | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_CAPACITY) return undefined;
  const given = shortValue(value);
  return {
    code: 'range',
    source,
    subject: String(given),
    params: { got: given, min: 0, max: MAX_CAPACITY },
    message: `${source}: expected hours per month between 0 and ${MAX_CAPACITY}, got ${describeValue(value)}`,
  };
}

/**
 * `capacity` by the input rule (`resolveInput`): the own value when given and valid, else
 * `provided` (the goal form: the person's `capacityHoursPerMonth`; the time line has none), else
 * none. A value given but refused is the result's `problem`.
 */
export function resolveCapacity(own: number | null | undefined, provided?: number): ResolvedInput<number | undefined> {
  return resolveInput<number | undefined>({ source: 'capacity', own, provided, fallback: undefined, check: (value, source) => capacityProblem(value, source) });
}
