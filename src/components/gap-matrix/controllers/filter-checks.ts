import type { InputProblem } from '../../../internal/inputs.js';
import { loadedTexts } from '../../../internal/localize.js';
import { Memo } from '../../../internal/memo.js';
import { filterIds, filterProblems, someDepartmentHas, type PageFilters, type Sources } from '../model/sources.js';
import type { TeamSettings } from '../model/team-selection.js';
import type { TextRules } from '../model/team.js';
import { GAP_MATRIX_STRINGS } from '../strings/index.js';

/** The page's filter attributes as the element holds them. */
export interface FilterInputs {
  filterRole: string;
  filterDepartment: string;
  filterCompetency: string;
}

/**
 * Checks the page's `filter-role`, `filter-competency` and `filter-department` against the
 * people (see `filterProblems`) and remembers the outcome: a role or competency named by its
 * name is used by its id, a refused one is not used. A department the user typed in the
 * toolbar is a search, not an input, and is never reported.
 */
export class FilterChecks {
  /** The ids to filter by (`''`: none), once checked; `undefined`: not checked, the text as given applies. */
  private role: string | undefined;
  private competency: string | undefined;
  private typedDepartment: string | undefined;
  private readonly departmentFound = new Memo(someDepartmentHas);

  /**
   * The problems of the filters now; `only` overrides single filters (`{department: undefined}`
   * skips it: while a provider's people are still arriving, the department may belong to people
   * not read yet). `exactDepartment`: the department is a whole name (organisation mode), not a part.
   */
  check(inputs: FilterInputs, sources: Sources, text: TextRules, only: Partial<PageFilters> = {}, exactDepartment = false): InputProblem[] {
    const department = inputs.filterDepartment === this.typedDepartment ? undefined : inputs.filterDepartment;
    const given: PageFilters = { role: inputs.filterRole, competency: inputs.filterCompetency, department, group: undefined, groups: undefined, ...only };
    const filters = { ...given, ...filterIds(given, sources) };
    const found = exactDepartment ? (name: string) => sources.people.some((person) => person.department === name.trim()) : (part: string) => this.departmentFound.get(sources.people, part, text.lower);
    const s = loadedTexts(GAP_MATRIX_STRINGS, text.lang);
    const problems = filterProblems(filters, sources, found, s && { s, lang: text.lang });
    const refused = (source: string) => problems.some((problem) => problem.source === source);
    this.role = refused('filter-role') ? '' : (filters.role ?? '');
    this.competency = refused('filter-competency') ? '' : (filters.competency ?? '');
    return problems;
  }

  /** The problem of a `selected-group` that is none of `groups` (unchecked while they are not known). */
  group(selected: string | undefined, groups: PageFilters['groups'], sources: Sources): InputProblem[] {
    return filterProblems({ role: undefined, department: undefined, group: selected, groups }, sources, () => true);
  }

  /** Nothing to check (a given aggregate decides the filter itself): the filters apply as given. */
  skip(): void {
    this.role = this.competency = undefined;
  }

  /** A change made in the toolbar, passed on; a department typed there is remembered as the user's search. */
  fromToolbar<C extends object>(change: C): C {
    if ('filterDepartment' in change) this.typedDepartment = String(change.filterDepartment);
    return change;
  }

  /** The role id to filter by: the one `filter-role` names, none while it is refused. */
  roleId(inputs: Pick<FilterInputs, 'filterRole'>): string {
    return this.role ?? inputs.filterRole ?? '';
  }

  /** Team settings with the ids the filters name, without a refused one. */
  settings(settings: TeamSettings): TeamSettings {
    return { ...settings, roleId: this.role ?? settings.roleId, competencyId: this.competency ?? settings.competencyId };
  }
}
