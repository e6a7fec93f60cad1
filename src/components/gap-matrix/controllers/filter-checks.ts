import type { InputProblem } from '../../../internal/inputs.js';
import { Memo } from '../../../internal/memo.js';
import { filterProblems, someDepartmentHas, type PageFilters, type Sources } from '../model/sources.js';
import type { TeamSettings } from '../model/team-selection.js';
import type { TextRules } from '../model/team.js';

/** The page's filter attributes as the element holds them. */
export interface FilterInputs {
  filterRole: string;
  filterDepartment: string;
}

/**
 * Checks the page's `filter-role` and `filter-department` against the people (see
 * `filterProblems`) and remembers the outcome: a refused role is not used. A department the user
 * typed in the toolbar is a search, not an input, and is never reported.
 */
export class FilterChecks {
  private roleRefused = false;
  private typedDepartment: string | undefined;
  private readonly departmentFound = new Memo(someDepartmentHas);

  /**
   * The problems of the filters now; `only` overrides single filters (`{department: undefined}`
   * skips it: while a provider's people are still arriving, the department may belong to people
   * not read yet). `exactDepartment`: the department is a whole name (organisation mode), not a part.
   */
  check(inputs: FilterInputs, sources: Sources, text: TextRules, only: Partial<PageFilters> = {}, exactDepartment = false): InputProblem[] {
    const department = inputs.filterDepartment === this.typedDepartment ? undefined : inputs.filterDepartment;
    const filters: PageFilters = { role: inputs.filterRole, department, group: undefined, groups: undefined, ...only };
    const found = exactDepartment ? (name: string) => sources.people.some((person) => person.department === name.trim()) : (part: string) => this.departmentFound.get(sources.people, part, text.lower);
    const problems = filterProblems(filters, sources, found);
    this.roleRefused = problems.some((problem) => problem.source === 'filter-role');
    return problems;
  }

  /** The problem of a `selected-group` that is none of `groups` (unchecked while they are not known). */
  group(selected: string | undefined, groups: PageFilters['groups'], sources: Sources): InputProblem[] {
    return filterProblems({ role: undefined, department: undefined, group: selected, groups }, sources, () => true);
  }

  /** Nothing to check (a given aggregate decides the filter itself): no refusal stays in force. */
  skip(): void {
    this.roleRefused = false;
  }

  /** A change made in the toolbar, passed on; a department typed there is remembered as the user's search. */
  fromToolbar<C extends object>(change: C): C {
    if ('filterDepartment' in change) this.typedDepartment = String(change.filterDepartment);
    return change;
  }

  /** The role id to filter by: none while `filter-role` is refused. */
  roleId(inputs: FilterInputs): string {
    return this.roleRefused ? '' : (inputs.filterRole ?? '');
  }

  /** Team settings without a refused role. */
  settings(settings: TeamSettings): TeamSettings {
    return this.roleRefused ? { ...settings, roleId: '' } : settings;
  }
}
