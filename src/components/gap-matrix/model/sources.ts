import type { Assessment, Catalogue, IsoDate, Lang, Person, Role } from '../../../domain/types.js';
import { findCompetency, indexCatalogue } from '../../../domain/catalogue.js';
import { shortValue } from '../../../domain/errors.js';
import { findRole } from '../../../domain/roles.js';
import { waitsForProvider, type KompetenzContextValue } from '../../../internal/context.js';
import { resolveCatalogue, resolveInput, resolveRoles, resolveToday, type InputProblem } from '../../../internal/inputs.js';
import { ownPersonId } from '../../../internal/person-id.js';
import type { GapMatrixStrings } from '../strings/index.js';

/** The matrix's own inputs that a surrounding provider can give too. */
export interface OwnInputs {
  catalogue?: Catalogue | undefined;
  roles?: readonly Role[] | undefined;
  people?: readonly Person[] | undefined;
  assessments?: readonly Assessment[] | undefined;
  today?: string | undefined;
  /** Read in person and team mode. */
  personId?: string | undefined;
  mode?: string;
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
  /** The people are to come from a provider that is still loading (`waitsForProvider`): nobody yet means "not there yet". */
  waiting: boolean;
  /** Both people and assessments come from a provider still reading a large document: the people read so far (`KompetenzContextValue.arriving`), whose records follow. */
  arriving: readonly Person[] | undefined;
  today: IsoDate;
  /** The own `person-id` when it is an id; one that is none (`NaN` or an object set by code, a text with spaces) is a problem and counts as not given (`ownPersonId`). */
  personId: string | undefined;
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
  // Organisation mode reads no `person-id` (its attribute is reported as not for that mode).
  const ownId = own.mode === 'organisation' ? { personId: undefined } : ownPersonId(own.personId);
  const problems = [today.problem, ownId.problem].filter((problem): problem is InputProblem => problem !== undefined);
  return {
    ...definitions,
    problems: problems.length > 0 ? [...definitions.problems, ...problems] : definitions.problems,
    personId: ownId.personId ?? undefined,
    people: people.value,
    assessments: assessments.value,
    validate: people.origin !== 'provider' || assessments.origin !== 'provider',
    origin: people.origin === 'provider' ? 'context' : 'people',
    waiting: people.origin === 'provider' && waitsForProvider(context),
    arriving: people.origin === 'provider' && assessments.origin === 'provider' && context?.loading ? context.arriving : undefined,
    today: today.value,
  };
}

/** Team mode's sources: the people a provider is still reading (`arriving`) stand for its people, to be drawn pending, not waited for. */
export function teamSources(sources: Sources): Sources {
  return sources.arriving ? { ...sources, people: sources.arriving, waiting: false } : sources;
}

/** The filters of team and organisation mode as the page gave them (`''` or `undefined`: not given). */
export interface PageFilters {
  /** `filter-role`: a role's id or name. */
  role: string | null | undefined;
  /** `filter-competency`: a competency's id or name (team mode). */
  competency?: string | null | undefined;
  /** `filter-department`: part of a department's name; `undefined` when the user typed it (a search with no hits is no problem). */
  department: string | null | undefined;
  /** `selected-group`: a synergy group's id. */
  group: string | null | undefined;
  /** The synergy groups, once they are known (synergy shown and everyone analysed); `undefined` before. */
  groups: readonly { id: string }[] | undefined;
}

/** Whether some person's department contains `part` (by `lower`, the language's case rule); memoised by the caller. */
export function someDepartmentHas(people: readonly Person[], part: string, lower: (text: string) => string): boolean {
  const wanted = lower(part.trim());
  return people.some((person) => lower(person.department ?? '').includes(wanted));
}

/** The most competencies a notice names. */
const NAMED_COMPETENCIES = 30;

/** The ids the role and competency filters name, by id or name (`findRole`, `findCompetency`); a text that names none stays as given. */
export function filterIds(filters: Pick<PageFilters, 'role' | 'competency'>, sources: Pick<Sources, 'roles' | 'catalogue'>): Pick<PageFilters, 'role' | 'competency'> {
  const { role, competency } = filters;
  return {
    role: role && (findRole(sources.roles, role)?.id ?? role),
    competency: competency && (findCompetency(sources.catalogue, competency)?.id ?? competency),
  };
}

/** The notice's sentences of filters that name nothing, and the language of the names they list. */
export interface FilterWords {
  s: Pick<GapMatrixStrings, 'unknownRole' | 'unknownCompetency'>;
  lang: Lang;
}

/**
 * The problems of filters that can match nobody, each reported like any other attribute
 * (source = the attribute, the text given in the message): a `filter-role` or
 * `filter-competency` that is no role's or competency's id (`unknown-role`, `unknown-competency`;
 * the filter is then not used; with `words` the notice names the roles or competencies), a
 * `filter-department` no person's department contains (`unknown-department`; the filter stays,
 * so the table is empty as asked), a `selected-group` that is none of the synergy groups
 * (`unknown-group`; nothing is marked). Names are resolved before (`filterIds`). Without people
 * (a provider still loading) nothing is reported: every value could still match.
 */
export function filterProblems(filters: PageFilters, sources: Pick<Sources, 'roles' | 'people' | 'catalogue'>, departmentFound: (part: string) => boolean, words?: FilterWords): InputProblem[] {
  if (sources.people.length === 0) return [];
  const problems: InputProblem[] = [];
  const { role, competency, department, group, groups } = filters;
  if (role && !sources.roles.some((entry) => entry.id === role)) {
    const known = sources.roles.map((entry) => entry.id);
    const given = shortValue(role) as string;
    const text = words && { text: words.s.unknownRole(given, sources.roles.map((entry) => entry.label[words.lang])) };
    problems.push({ code: 'unknown-role', source: 'filter-role', subject: given, params: { id: given, known }, message: `filter-role: "${given}" is no role's id or name (ids: ${known.join(', ')}); every role is shown`, ...text });
  }
  if (competency && !indexCatalogue(sources.catalogue).position.has(competency)) {
    const given = shortValue(competency) as string;
    const named = sources.catalogue.competencies.slice(0, NAMED_COMPETENCIES);
    const text = words && { text: words.s.unknownCompetency(given, named.map((entry) => entry.label[words.lang]), sources.catalogue.competencies.length - named.length) };
    problems.push({ code: 'unknown-competency', source: 'filter-competency', subject: given, params: { id: given }, message: `filter-competency: "${given}" is no competency's id, German or English label; the filter is not used`, ...text });
  }
  if (department && department.trim() !== '' && !departmentFound(department)) {
    const given = shortValue(department) as string;
    problems.push({ code: 'unknown-department', source: 'filter-department', subject: given, params: { got: given }, message: `filter-department: no person's department contains "${given}"` });
  }
  if (group && groups && !groups.some((entry) => entry.id === group)) {
    const given = shortValue(group) as string;
    problems.push({ code: 'unknown-group', source: 'selected-group', subject: given, params: { id: given }, message: `selected-group: "${given}" is none of the ${groups.length} synergy groups; none is marked` });
  }
  return problems;
}
