import { DEFAULT_CATALOGUE_LEAN, validateCatalogue } from '../domain/catalogue.js';
import { isIsoDate } from '../domain/dates.js';
import { shortValue, type MessageParam, type MessageParams, type ValidationIssue } from '../domain/errors.js';
import { parseProfile } from '../domain/profile.js';
import { DEFAULT_ROLES_LEAN, validateRoles } from '../domain/roles.js';
import type { Catalogue, IsoDate, Profile, Role } from '../domain/types.js';
import type { KompetenzContextValue } from './context.js';
import { withLevelNumbers } from './level-input.js';
import { LANGS, toLang } from './localize.js';
import { localToday } from './today.js';

/**
 * Where an element's inputs come from, one rule for every element and every input:
 *
 * 1. the element's own attribute or property, when it is given and valid;
 * 2. else the value of the surrounding `<kompetenz-provider>` (its context);
 * 3. else the default.
 *
 * `undefined`, `null` and `''` count as "not given". An own value that is given but invalid is
 * reported as one `InputProblem` and the element goes on as if it were not given.
 */

/** An input an element could not use; reported with `KrElement.reportProblem` / `setProblems`. */
export interface InputProblem {
  /** Stable machine-readable code: `invalid-catalogue`, `date`, `unknown-role`, `level` … */
  code: string;
  /** The input it is about: an attribute or property name (`catalogue`, `target-role`), or `context`, `table`, `render`. */
  source: string;
  /** The offending value in short (an id, `daten: 7`), shown in the visible notice. */
  subject?: string;
  /** The JSON path of the offending value inside the input, e.g. `catalogue.competencies[2].id`. */
  path?: string;
  /** The values a text about it needs (the domain issue's parameters). */
  params?: MessageParams;
  /** A note for developers (`kr-error`'s `message`); without it the reporter writes one from the fields above (`developerNote`). */
  message?: string;
  /** The notice's sentence in the element's language, where the element words the problem itself (a domain issue through `describeIssue`); else the shared strings word it from the code. */
  text?: string;
  /** It is the domain's issue `code` at `path` with `params` (data the domain validated): the notice words it with the domain's sentence (`issue-words.ts`). */
  dataIssue?: true;
}

/** Which of the three sources an input's value came from. */
export type InputOrigin = 'own' | 'provider' | 'default';

export interface ResolvedInput<T> {
  value: T;
  origin: InputOrigin;
  /** Set when the own value was given but refused; the value then comes from the provider or the default. */
  problem?: InputProblem;
}

export interface InputSources<T> {
  /** The attribute or property name, as named in problems. */
  source: string;
  /** The element's own attribute or property. */
  own: T | null | undefined;
  /** The provider's value (already checked by the provider); `undefined` outside a provider. */
  provided: T | null | undefined;
  fallback: T;
  /** Checks a given own value; a problem refuses it. */
  check?: (own: T, source: string) => InputProblem | undefined;
}

/** Whether an input counts as given: not `undefined`, `null` or `''`. */
export function isGiven<T>(value: T | null | undefined): value is T {
  return value !== undefined && value !== null && value !== '';
}

/**
 * The converter of number attributes (`KrElement` gives it to every `type: Number` property
 * without a converter of its own). Lit's default turns `"abc"` into `NaN`, so a report could only
 * say "got NaN", and `""` into `0`, a value nobody gave. Here:
 *
 * - a removed, empty or blank attribute gives `null`: not given, the default applies;
 * - a number gives the number (`Number(text)`), checked by the element like any other value;
 * - anything else gives the text itself, which no number check accepts: the element reports it
 *   with the text the page wrote (`capacity: … got "abc"`) and goes on with its default.
 */
export const numberAttribute = {
  fromAttribute(text: string | null): number | string | null {
    if (text === null || text.trim() === '') return null;
    const value = Number(text);
    return Number.isNaN(value) ? text : value;
  },
};

/**
 * The converter of switch (boolean) attributes (`KrElement` gives it to every `type: Boolean`
 * property without a converter of its own). On when present and empty, `true` or the attribute's
 * own name (`editable`, `editable="editable"`, `editable="true"`); off when absent. Any other text
 * (`"false"`, `"no"`, `"ja"`) is reported by `switchProblem` and counts as not given: off.
 */
export function switchAttribute(attribute: string): { fromAttribute(text: string | null): boolean } {
  return { fromAttribute: (text) => text !== null && switchProblem(attribute, text) === undefined };
}

/** The problem of a switch attribute's text (see `switchAttribute`); none for absent or valid. */
export function switchProblem(attribute: string, text: string | null): InputProblem | undefined {
  if (text === null) return undefined;
  const value = text.trim().toLowerCase();
  if (value === '' || value === 'true' || value === attribute) return undefined;
  const given = shortValue(text) as string;
  return {
    code: 'boolean',
    source: attribute,
    subject: given,
    params: { got: given, allowed: ['', attribute, 'true'] },
    message: `${attribute}: a switch is on when the attribute is present, empty or "${attribute}" or "true", and off when it is absent; got "${given}", so it stays off`,
  };
}

/**
 * The problem of a `lang` the elements cannot speak (`xx`, `deutsch`); regional forms
 * (`de-AT`, `en-GB`) are fine, empty or absent means not given. The element then speaks the
 * language of its nearest ancestor with `lang`, else its provider's, else German (`resolveLang`).
 */
export function langProblem(value: unknown): InputProblem | undefined {
  if (!isGiven(value) || (typeof value === 'string' && toLang(value) !== undefined)) return undefined;
  const given = shortValue(value);
  const text = String(given);
  return {
    code: 'lang',
    source: 'lang',
    subject: text,
    params: { got: given, allowed: LANGS },
    message: `lang: expected ${LANGS.join(' or ')} (regional forms like de-AT count), got "${text}"; the surrounding language applies`,
  };
}

/** Applies the rule: own (given and valid), else provided, else the fallback. */
export function resolveInput<T>({ source, own, provided, fallback, check }: InputSources<T>): ResolvedInput<T> {
  let problem: InputProblem | undefined;
  if (isGiven(own)) {
    problem = check?.(own, source);
    if (!problem) return { value: own, origin: 'own' };
  }
  const resolved: ResolvedInput<T> = isGiven(provided) ? { value: provided, origin: 'provider' } : { value: fallback, origin: 'default' };
  if (problem) resolved.problem = problem;
  return resolved;
}

/** The offending value an issue names (its `got` or `id` parameter), in short. */
function subjectOf(issue: ValidationIssue): string | undefined {
  const value = issue.params?.got ?? issue.params?.id;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** A validator's issue as a problem of `source`. */
export function problemOfIssue(source: string, issue: ValidationIssue): InputProblem {
  const problem: InputProblem = { code: issue.code, source, path: issue.path };
  const subject = subjectOf(issue);
  if (subject !== undefined) problem.subject = subject;
  if (issue.params) problem.params = issue.params;
  return problem;
}

/** An issue of data the domain validated (`people`, `assessments`, a portfolio) as a problem: its path names the value, and the notice gives the domain's sentence for it. */
export function dataIssueProblem(source: string, issue: ValidationIssue): InputProblem {
  return { ...problemOfIssue(source, issue), subject: issue.path, dataIssue: true };
}

/** A profile given as input `source` (levels also by their names): its valid levels; a problem for each issue goes to `problems`. */
export function readProfileInput(value: unknown, catalogue: Catalogue, source: string, problems: InputProblem[]): Profile {
  const { profile, issues } = parseProfile(withLevelNumbers(value), catalogue, source);
  for (const issue of issues) problems.push(profileProblem(issue, source));
  return profile;
}

/** An issue of a profile given as `source` as a problem: it names the competency, and for a bad level its value too (`daten: 7`, `daten: sehr gut`); a level may be a name, too (`withLevelNumbers`). */
function profileProblem(issue: ValidationIssue, source: string): InputProblem {
  const problem = problemOfIssue(source, issue);
  const prefix = `${source}.`;
  if (!issue.path.startsWith(prefix)) return problem;
  const key = issue.path.slice(prefix.length);
  const value = issue.params?.got;
  if (issue.code !== 'level' || value === undefined) return { ...problem, subject: key };
  return { ...problem, subject: `${key}: ${String(value)}`, params: { ...problem.params, names: true } };
}

/**
 * One problem `code` for all of a validator's issues (an input refused as a whole): the first
 * issue's path, its code as the parameter `issue` with its parameters, and how many `more` there are.
 */
export function problemOfIssues(code: string, source: string, issues: readonly ValidationIssue[]): InputProblem | undefined {
  const [first] = issues;
  if (!first) return undefined;
  const problem = problemOfIssue(source, first);
  const params: Record<string, MessageParam> = { issue: first.code, ...first.params };
  if (issues.length > 1) params.more = issues.length - 1;
  return { ...problem, code, params };
}

/** The catalogue: own `catalogue`, else the provider's, else the built-in one (without descriptions). */
export function resolveCatalogue(own: Catalogue | null | undefined, context: Pick<KompetenzContextValue, 'catalogue'> | undefined): ResolvedInput<Catalogue> {
  return resolveInput({
    source: 'catalogue',
    own,
    provided: context?.catalogue,
    fallback: DEFAULT_CATALOGUE_LEAN,
    check: (value, source) => problemOfIssues('invalid-catalogue', source, validateCatalogue(value, source)),
  });
}

/** The roles: own `roles` (checked against `catalogue`), else the provider's, else the built-in ones (without tasks). */
export function resolveRoles(
  own: readonly Role[] | null | undefined,
  context: Pick<KompetenzContextValue, 'roles'> | undefined,
  catalogue: Catalogue,
): ResolvedInput<readonly Role[]> {
  return resolveInput<readonly Role[]>({
    source: 'roles',
    own,
    provided: context?.roles,
    fallback: DEFAULT_ROLES_LEAN,
    check: (value, source) => problemOfIssues('invalid-roles', source, validateRoles(value, catalogue, source)),
  });
}

/** Today: own `today` (`YYYY-MM-DD`), else the provider's, else the local calendar date. */
export function resolveToday(own: string | null | undefined, context: Pick<KompetenzContextValue, 'today'> | undefined, now?: Date): ResolvedInput<IsoDate> {
  return resolveInput<IsoDate>({
    source: 'today',
    own,
    provided: context?.today,
    fallback: localToday(now),
    check: (value, source) => (isIsoDate(value) ? undefined : { code: 'date', source, subject: String(shortValue(value)), params: { got: shortValue(value) } }),
  });
}
