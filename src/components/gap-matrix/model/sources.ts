import type { Assessment, Catalogue, IsoDate, Person, Role } from '../../../domain/types.js';
import type { KompetenzContextValue } from '../../../internal/context.js';
import { resolveCatalogue, resolveInput, resolveRoles, resolveToday, type InputProblem } from '../../../internal/inputs.js';

/** The matrix's own inputs that a surrounding provider can give too. */
export interface OwnInputs {
  catalogue?: Catalogue | undefined;
  roles?: readonly Role[] | undefined;
  people?: readonly Person[] | undefined;
  assessments?: readonly Assessment[] | undefined;
  today?: string | undefined;
}

/** The catalogue and the roles by the input rule; the own ones are checked (once per input, see `Memo`). */
export interface Definitions {
  catalogue: Catalogue;
  roles: readonly Role[];
  problems: InputProblem[];
}

/** The data both modes read, each input by the rule of `src/internal/inputs.ts`. */
export interface Sources extends Definitions {
  people: readonly Person[];
  assessments: readonly Assessment[];
  /** Check people and assessments: true unless both come from the provider (which checked them). */
  validate: boolean;
  /** Where the people come from, as named in problems: `context` (the provider) or `people`. */
  origin: 'context' | 'people';
  today: IsoDate;
}

// Stable empty inputs, so that memoised results survive updates without data.
const NO_PEOPLE: readonly Person[] = Object.freeze([]);
const NO_ASSESSMENTS: readonly Assessment[] = Object.freeze([]);

export function resolveDefinitions(catalogue: Catalogue | undefined, roles: readonly Role[] | undefined, context: KompetenzContextValue | undefined): Definitions {
  const resolvedCatalogue = resolveCatalogue(catalogue, context);
  const resolvedRoles = resolveRoles(roles, context, resolvedCatalogue.value);
  const problems = [resolvedCatalogue.problem, resolvedRoles.problem].filter((problem): problem is InputProblem => problem !== undefined);
  return { catalogue: resolvedCatalogue.value, roles: resolvedRoles.value, problems };
}

export function readSources(own: OwnInputs, context: KompetenzContextValue | undefined, definitions: Definitions): Sources {
  const today = resolveToday(own.today, context);
  const people = resolveInput({ source: 'people', own: own.people, provided: context?.portfolio.people, fallback: NO_PEOPLE });
  const assessments = resolveInput({ source: 'assessments', own: own.assessments, provided: context?.portfolio.assessments, fallback: NO_ASSESSMENTS });
  return {
    ...definitions,
    problems: today.problem ? [...definitions.problems, today.problem] : definitions.problems,
    people: people.value,
    assessments: assessments.value,
    validate: people.origin !== 'provider' || assessments.origin !== 'provider',
    origin: people.origin === 'provider' ? 'context' : 'people',
    today: today.value,
  };
}
