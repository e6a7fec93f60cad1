import { shortValue } from '../domain/errors.js';
import { isRecordId } from '../domain/validate.js';
import { isGiven, type InputProblem } from './inputs.js';

// A module of its own, beside `selected-person.ts`: the elements with a `person-id` (the goal form, the matrix) load it, the wheel does not.

/**
 * An element's own `person-id` checked: one that is given but no record id (a number, `NaN`, an
 * object, a text with spaces) names nobody and cannot go into a goal, so it is reported (code `id`,
 * source `person-id`) and counts as not given. Anything else is returned as it is.
 */
export function ownPersonId(value: unknown): { personId: string | null | undefined; problem?: InputProblem } {
  if (!isGiven(value) || isRecordId(value)) return { personId: value as string | null | undefined };
  const given = shortValue(value);
  return {
    personId: undefined,
    problem: { code: 'id', source: 'person-id', subject: String(given), params: { got: given } },
  };
}
