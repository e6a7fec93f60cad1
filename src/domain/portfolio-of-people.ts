import { got, KompetenzradError } from './errors.js';
import { indexPortfolio } from './portfolio-index.js';
import type { PersonId, Portfolio } from './types.js';
import { Issues } from './validate.js';

/**
 * The part of a portfolio that concerns only the given people, for a file that goes to one
 * person's line manager or to HR (data minimisation): those people, their assessments, goals and
 * plans, and the document's own catalogue and roles (which describe the organisation, not anyone
 * in it); nothing else of the document is carried over (not the ids of erased people). No record of anyone else remains, and no field of the document points at another
 * person: people are only ever named by `personId` on their own records. Free texts of these
 * records (review participants, a goal's support person, notes) stay as they were written.
 *
 * Valid (`validatePortfolio`) when the portfolio is. Throws a `KompetenzradError` when the
 * portfolio does not have the shape of one (`$portfolio…`) or an id is not a person of it
 * (`$personIds[i]`, code `unknown-person`; `at`: the path of the ids as the caller named them,
 * e.g. `$options.people`). Records keep their order; the input is not changed.
 */
export function portfolioOfPeople(portfolio: Portfolio, personIds: readonly PersonId[], at = '$personIds'): Portfolio {
  const issues = new Issues();
  const index = indexPortfolio(portfolio, '$portfolio', issues);
  if (!Array.isArray(personIds)) {
    issues.add(at, 'type', { expected: 'list', ...got(personIds) });
  } else if (index) {
    personIds.forEach((id: unknown, i) => {
      if (typeof id !== 'string') issues.add(`${at}[${i}]`, 'type', { expected: 'string', ...got(id) });
      else if (!index.people.has(id)) issues.add(`${at}[${i}]`, 'unknown-person', { id });
    });
  }
  if (!issues.ok) throw new KompetenzradError(issues.list);
  const wanted = new Set<string>(personIds);
  const own = <T extends { personId: PersonId }>(records: readonly T[]) => records.filter((record) => wanted.has(record.personId));
  const { format, version, installationId, catalogue, roles } = portfolio;
  return {
    format,
    version,
    ...(installationId !== undefined ? { installationId } : {}),
    ...(catalogue !== undefined ? { catalogue } : {}),
    ...(roles !== undefined ? { roles } : {}),
    people: portfolio.people.filter((person) => wanted.has(person.id)),
    assessments: own(portfolio.assessments),
    goals: own(portfolio.goals),
    plans: own(portfolio.plans),
  };
}
