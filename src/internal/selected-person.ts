import { currentProfile, type ActualRule, type CurrentProfile } from '../domain/assessments.js';
import { describeValue, shortValue } from '../domain/errors.js';
import { findRole, roleById } from '../domain/roles.js';
import type { Assessment, Person, PersonId, Role } from '../domain/types.js';
import { resolveInput, type InputProblem } from './inputs.js';

/**
 * What the resolver reads: a provider's context value (`KompetenzContextValue`), or an
 * element's own `people`, `assessments` and `roles` in the same shape.
 */
export interface PersonSource {
  portfolio: { readonly people: readonly Person[]; readonly assessments: readonly Assessment[] };
  roles: readonly Role[];
  personId: PersonId | undefined;
}

export interface SelectedPersonOptions {
  /** An id the element was given itself (`person-id`); it wins over `source.personId`. */
  personId?: string | null | undefined;
  /** How the actual profile is taken from the ratings (default `external-first`). */
  rule?: ActualRule;
  /** The input the people come from, named in problems: `context` (default) or e.g. `people`. */
  origin?: string;
}

/** An `InputProblem` about the selection; `subject` is the id that could not be resolved. */
export type SelectedPersonProblem = InputProblem & { code: 'unknown-person' | 'unknown-role'; subject: string; message: string };

export interface SelectedPerson {
  /** The id the selection settled on: the element's own, else the provider's. */
  personId: string | undefined;
  person: Person | undefined;
  /** The person's role; `undefined` when it is not one of `roles`. */
  role: Role | undefined;
  /** The person's current profiles by the rule; `undefined` without a person. */
  current: CurrentProfile | undefined;
  /** An id that names nobody. */
  problems: SelectedPersonProblem[];
  /** The person's role is unknown: to report where the element falls back to that role (not when an attribute gives the target). */
  roleProblem?: SelectedPersonProblem;
}

/** An element's own person id wins; an empty or missing one leaves the choice to the provider (`resolveInput`). */
export function chosenPersonId(own: string | null | undefined, provided: string | undefined): string | undefined {
  return resolveInput<string | undefined>({ source: 'person-id', own, provided, fallback: undefined }).value;
}

/**
 * The selected person with their role and current profiles. An id that names nobody is listed in
 * `problems`, a person whose role is unknown in `roleProblem`. A provider offers a portfolio without
 * people until its data have loaded; an unknown id is not reported then.
 */
export function selectedPerson(source: PersonSource, options: SelectedPersonOptions = {}): SelectedPerson {
  const { rule = 'external-first', origin = 'context' } = options;
  const personId = chosenPersonId(options.personId, source.personId);
  const own = personId !== undefined && personId === options.personId;
  const none: SelectedPerson = { personId, person: undefined, role: undefined, current: undefined, problems: [] };
  if (personId === undefined) return none;

  const people = source.portfolio.people;
  const person = Array.isArray(people) ? people.find((candidate) => candidate?.id === personId) : undefined;
  if (!person) {
    const stillLoading = origin === 'context' && Array.isArray(people) && people.length === 0;
    if (stillLoading) return none;
    const at = own ? 'person-id' : origin;
    const message = `${at}: no person with the id ${describeValue(personId)}`;
    return { ...none, problems: [{ code: 'unknown-person', message, source: at, subject: String(personId) }] };
  }

  const role = roleById(source.roles, person.roleId);
  const selected: SelectedPerson = { personId, person, role, current: currentProfile(source.portfolio.assessments, person.id, rule), problems: [] };
  if (!role) {
    const message = `${origin}: person ${describeValue(person.id)} has the unknown role ${describeValue(person.roleId)}`;
    selected.roleProblem = { code: 'unknown-role', message, source: origin, subject: String(person.roleId) };
  }
  return selected;
}

/** The role a `target-role` attribute names (by id or name), or the problem to report when it names none. */
export function roleOfAttribute(roles: readonly Role[], given: string): { role: Role; problem?: undefined } | { role?: undefined; problem: SelectedPersonProblem } {
  const role = findRole(roles, given);
  if (role) return { role };
  const known = Array.isArray(roles) ? roles.map((candidate) => candidate.id) : [];
  const message = `target-role: ${describeValue(given)} is no known role's id or name (ids: ${known.join(', ')})`;
  return { problem: { code: 'unknown-role', message, source: 'target-role', subject: String(shortValue(given)), params: { id: String(shortValue(given)), known } } };
}
