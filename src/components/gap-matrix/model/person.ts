import { assessmentHistory, dueForRefresh, validateAssessment, type ActualRule, type RefreshDue } from '../../../domain/assessments.js';
import { analyzeGaps, type GapAnalysis, type GapCategory, type GapEntry } from '../../../domain/gaps.js';
import type { Assessment, Catalogue, CompetencyId, IsoDate, Person, PersonId, Profile, Role } from '../../../domain/types.js';
import { isRecord } from '../../../domain/validate.js';
import { dataIssueProblem, isGiven, readProfileInput, type InputProblem } from '../../../internal/inputs.js';
import { Memo } from '../../../internal/memo.js';
import { chosenPersonId, roleOfAttribute, selectedPerson } from '../../../internal/selected-person.js';

/** How person mode orders its rows. `category`: wheel order grouped by category, with subtotals. */
export type PersonSort = 'category' | 'gap' | 'priority';

export const PERSON_SORTS: readonly PersonSort[] = Object.freeze(['category', 'gap', 'priority'] as const);

/** A sort of person mode, or `category` for anything else. */
export function personSortOf(sort: string | null): PersonSort {
  return (PERSON_SORTS as readonly (string | null)[]).includes(sort) ? (sort as PersonSort) : 'category';
}

export type PersonRow =
  | { kind: 'category'; key: string; totals: GapCategory }
  | { kind: 'competency'; key: string; entry: GapEntry; due: RefreshDue | undefined };

/** Everything person mode shows, derived from the domain's analysis; built once per data change. */
export interface PersonData {
  analysis: GapAnalysis;
  /** Competencies due for refreshing (`dueForRefresh`), by id. */
  due: ReadonlyMap<CompetencyId, RefreshDue>;
  /** Earlier assessments, oldest first (`assessmentHistory`). */
  history: readonly Assessment[];
  hasSelf: boolean;
  hasExternal: boolean;
}

/**
 * The rows of person mode in display order. Sorting by gap or priority gives a flat list
 * (ties keep wheel order); `toBuildOnly` keeps the competencies with status `to-build`.
 */
export function personRows(data: PersonData, sort: PersonSort, toBuildOnly: boolean): PersonRow[] {
  const { analysis } = data;
  const row = (entry: GapEntry): PersonRow => ({ kind: 'competency', key: entry.competencyId, entry, due: data.due.get(entry.competencyId) });
  const kept = analysis.entries.filter((entry) => !toBuildOnly || entry.status === 'to-build');
  if (sort === 'gap') {
    return kept
      .map((entry, position) => ({ entry, position }))
      .sort((a, b) => b.entry.gap - a.entry.gap || a.position - b.position)
      .map(({ entry }) => row(entry));
  }
  if (sort === 'priority') {
    const ranked = kept.filter((entry) => entry.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
    const rest = kept.filter((entry) => entry.rank === null);
    return [...ranked, ...rest].map(row);
  }
  const rows: PersonRow[] = [];
  for (const totals of analysis.categories) {
    rows.push({ kind: 'category', key: `category:${totals.categoryId}`, totals });
    for (const entry of kept) if (entry.categoryId === totals.categoryId) rows.push(row(entry));
  }
  return rows;
}

/** The level of a competency in an assessment, or undefined when it was not rated there. */
export function historyLevel(assessment: Assessment, competencyId: CompetencyId): number | undefined {
  return Object.hasOwn(assessment.levels, competencyId) ? assessment.levels[competencyId] : undefined;
}

export interface PersonSources {
  catalogue: Catalogue;
  roles: readonly Role[];
  people: readonly Person[];
  assessments: readonly Assessment[];
  /** Where people and assessments come from, for problem reports (`context` or `people`). */
  origin: string;
  /** Check the assessments (false for a provider's already validated portfolio). */
  validate: boolean;
  /** The element's own `person-id`; it wins over `contextPersonId`. */
  personId: PersonId | undefined;
  /** The provider's selected person. */
  contextPersonId: PersonId | undefined;
  target: unknown;
  targetRole: string | undefined;
  actual: unknown;
  external: unknown;
  today: IsoDate;
  rule: ActualRule;
}

export interface PersonResult {
  data: PersonData | undefined;
  person: Person | undefined;
  problems: InputProblem[];
  /** There are ratings but no usable target profile: nothing to compare them with (a target of nothing would read as every target reached). */
  noTarget?: true;
}


const isEmpty = (profile: Profile | undefined): boolean => !profile || Object.keys(profile).length === 0;

/**
 * The assessments of the named person; from outside (`validate`) only the valid ones, with the
 * issues of the others.
 */
function assessmentsOf(sources: PersonSources, personId: PersonId | undefined): { valid: Assessment[]; problems: InputProblem[] } {
  const valid: Assessment[] = [];
  const problems: InputProblem[] = [];
  if (!Array.isArray(sources.assessments)) {
    problems.push({ code: 'type', source: 'assessments', params: { expected: 'assessments' } });
    return { valid, problems };
  }
  sources.assessments.forEach((assessment: unknown, index) => {
    if (!isRecord(assessment) || assessment.personId !== personId) return;
    const issues = sources.validate ? validateAssessment(assessment, sources.catalogue, `$.assessments[${index}]`) : [];
    if (issues.length === 0) valid.push(assessment as unknown as Assessment);
    for (const issue of issues) problems.push(dataIssueProblem('assessments', issue));
  });
  return { valid, problems };
}

/**
 * Resolves the person-mode inputs the way `<kompetenz-rad>` does (properties and attributes
 * first: `target`, then `target-role`; `actual`, `external`; else the selected person's role
 * and current profiles) and runs the domain's analyses. Invalid parts are left out and listed.
 */
export function resolvePerson(sources: PersonSources): PersonResult {
  const { catalogue, roles, today, rule } = sources;
  const problems: InputProblem[] = [];
  const checked = assessmentsOf(sources, chosenPersonId(sources.personId, sources.contextPersonId));
  const selected = selectedPerson(
    { portfolio: { people: sources.people, assessments: checked.valid }, roles, personId: sources.contextPersonId },
    { personId: sources.personId, rule, origin: sources.origin },
  );
  const person = selected.person;
  problems.push(...selected.problems);

  let target: Profile | undefined;
  if (sources.target !== undefined && sources.target !== null) target = readProfileInput(sources.target, catalogue, 'target', problems);
  else if (isGiven(sources.targetRole)) {
    const { role, problem } = roleOfAttribute(roles, sources.targetRole);
    if (role) target = role.target;
    else problems.push(problem);
  } else if (selected.role) target = selected.role.target;
  else if (selected.roleProblem) problems.push(selected.roleProblem);

  if (person) problems.push(...checked.problems);
  const own = person ? assessmentHistory(checked.valid, person.id) : [];
  const current = own.length > 0 ? selected.current : undefined;

  const actualGiven = sources.actual !== undefined && sources.actual !== null;
  const actual = actualGiven ? readProfileInput(sources.actual, catalogue, 'actual', problems) : current?.profile;
  const external =
    sources.external !== undefined && sources.external !== null
      ? readProfileInput(sources.external, catalogue, 'external', problems)
      : current && !isEmpty(current.external)
        ? current.external
        : undefined;
  // As in the wheel: without a separate self rating the given actual profile is the self-assessment.
  const self = !actualGiven && current ? (isEmpty(current.self) ? undefined : current.self) : actual;

  // A target with no level at all (none given, or none of its levels valid) is nothing to compare with.
  if (target === undefined || isEmpty(target)) return { data: undefined, person, problems, ...(actual === undefined ? {} : { noTarget: true as const }) };
  const analysis = analyzeGaps({
    catalogue,
    target,
    actual: actual ?? {},
    ...(self ? { self } : {}),
    ...(external ? { external } : {}),
    ...(current && !actualGiven ? { assessedAt: current.assessedAt, today } : {}),
  });
  const due = person && own.length > 0 ? dueForRefresh(catalogue, own, person.id, today, rule) : [];
  return {
    data: {
      analysis,
      due: new Map(due.map((item) => [item.competencyId, item])),
      history: own,
      hasSelf: !isEmpty(self),
      hasExternal: !isEmpty(external),
    },
    person,
    problems,
  };
}

/** Person mode's rows, derived once per change of their inputs (not per render). */
export class PersonTable {
  result: PersonResult = { data: undefined, person: undefined, problems: [] };
  rows: PersonRow[] = [];

  private readonly resolved = new Memo(
    (
      catalogue: Catalogue,
      roles: readonly Role[],
      people: readonly Person[],
      assessments: readonly Assessment[],
      origin: string,
      validate: boolean,
      personId: PersonId | undefined,
      contextPersonId: PersonId | undefined,
      target: unknown,
      targetRole: string | undefined,
      actual: unknown,
      external: unknown,
      today: IsoDate,
      rule: ActualRule,
    ) => resolvePerson({ catalogue, roles, people, assessments, origin, validate, personId, contextPersonId, target, targetRole, actual, external, today, rule }),
  );
  private readonly ordered = new Memo((result: PersonResult, sort: PersonSort, toBuildOnly: boolean) => (result.data ? personRows(result.data, sort, toBuildOnly) : []));

  update(s: PersonSources, sort: PersonSort, toBuildOnly: boolean): void {
    this.result = this.resolved.get(s.catalogue, s.roles, s.people, s.assessments, s.origin, s.validate, s.personId, s.contextPersonId, s.target, s.targetRole, s.actual, s.external, s.today, s.rule);
    this.rows = this.ordered.get(this.result, sort, toBuildOnly);
  }

  clear(): void {
    this.result = { data: undefined, person: undefined, problems: [] };
    this.rows = [];
  }
}
