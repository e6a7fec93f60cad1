import { KompetenzradError, shortValue } from '../../../domain/errors.js';
import { MAX_LEVEL } from '../../../domain/scale.js';
import { findSynergyGroups, type SynergyGroup, type SynergyOptions } from '../../../domain/synergy.js';
import type { TeamAnalysis } from '../../../domain/team.js';
import { dataIssueProblem, problemOfIssues, type InputProblem } from '../../../internal/inputs.js';
import { Memo } from '../../../internal/memo.js';
import { officesOf } from './synergy.js';
import type { TeamModel, TeamValue, TeamViewOptions, TextRules } from './team.js';

/** Problems of the team data listed one by one before the rest is summed up. */
const LISTED_PROBLEMS = 5;

/** Sort keys that need no analysis (besides the competency ids). */
const TEXT_SORTS: readonly string[] = ['none', 'name', 'role', 'department'];

/** What team mode shows of the team: the element's settings, checked (the filters and values as in `TeamModel.view`). */
export interface TeamSettings extends Omit<TeamViewOptions, 'sortKey' | 'only'> {
  /** `name`, `role`, `department`, a competency id; empty for the input order. */
  sort: string;
  synergy: boolean;
  synergyOptions: SynergyOptions | undefined;
  selectedGroup: string | undefined;
  groupOnly: boolean;
}

/** The element's properties that decide what team mode shows (a removed attribute leaves `null`). */
export interface TeamOptions {
  sort: string | null;
  sortDescending: boolean;
  cells: string;
  filterRole: string | null;
  filterDepartment: string | null;
  filterCompetency: string | null;
  minGap?: number | null | undefined;
  synergy: boolean;
  synergyOptions?: SynergyOptions | undefined;
  selectedGroup?: string | undefined;
  groupOnly: boolean;
}

/** `min-gap` when it is a whole number from 1 to 3, else `null` (no filter). */
export function validMinGap(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_LEVEL ? value : null;
}

/** The problem of a `min-gap` that is given but not valid (none for a removed attribute, `null`); `attribute` is its text. */
export function minGapProblems(value: number | null | undefined, attribute: string | null): InputProblem[] {
  if (value == null || validMinGap(value) !== null) return [];
  // The attribute's own text, when the number came from it ("abc" rather than NaN).
  const given = attribute !== null && Object.is(Number(attribute), value) ? attribute : String(shortValue(value));
  return [{ code: 'range', source: 'min-gap', subject: given, params: { got: given, min: 1, max: MAX_LEVEL }, message: `min-gap: expected a whole number from 1 to ${MAX_LEVEL}, got "${given}"` }];
}

/** The settings of the element's options, with names and matching by `text`'s language. */
export function teamSettings(o: TeamOptions, text: TextRules): TeamSettings {
  return {
    sort: o.sort ?? '',
    descending: o.sortDescending,
    value: o.cells === 'actual' ? 'actual' : 'gap',
    roleId: o.filterRole ?? '',
    department: o.filterDepartment ?? '',
    competencyId: o.filterCompetency ?? '',
    minGap: validMinGap(o.minGap),
    synergy: o.synergy,
    synergyOptions: o.synergyOptions,
    selectedGroup: o.selectedGroup,
    groupOnly: o.groupOnly,
    text,
  };
}

/**
 * Which people team mode shows, in which order, and the synergy groups; each derived once per
 * change of what it depends on. Before every person is analysed only what needs no analysis
 * applies (order by the text columns, role and department filters).
 */
export class TeamSelection {
  /** Rows of the model, in display order. */
  view: Uint32Array = new Uint32Array(0);
  /** The view was built after every person was analysed (competency sorts and gap filters apply). */
  complete = false;
  groups: SynergyGroup[] = [];
  /** The rows of the selected synergy group, or `null` without one. */
  groupRows: ReadonlySet<number> | null = null;

  private readonly views = new Memo(
    (model: TeamModel, sortKey: string, descending: boolean, value: TeamValue, roleId: string, department: string, competencyId: string, minGap: number | null, only: ReadonlySet<number> | null, text: TextRules) =>
      model.view({ sortKey, descending, value, roleId, department, competencyId, minGap, only, text }),
  );
  /** The distribution depends on which people are shown (the filters), not on their order. */
  private readonly summaries = new Memo(
    (model: TeamModel, _roleId: string, _department: string, _competencyId: string, _minGap: number | null, _only: ReadonlySet<number> | null): TeamAnalysis => model.summary(this.view),
  );
  private readonly synergy = new Memo((model: TeamModel, options: SynergyOptions | undefined) => findSynergyGroups(model.catalogue, model.analysedMembers(), options ?? {}));
  private readonly offices = new Memo((model: TeamModel, groups: readonly SynergyGroup[]) => officesOf(model.people, groups));
  private readonly members = new Memo((model: TeamModel, group: SynergyGroup | undefined) => (group ? model.rowsOf(group.personIds) : null));

  /** Brings the selection up to date; returns the problems of the settings. */
  update(model: TeamModel, settings: TeamSettings): InputProblem[] {
    const problems: InputProblem[] = [];
    const { sort } = settings;
    if (sort && !TEXT_SORTS.includes(sort) && !model.competencyIds.includes(sort)) problems.push({ code: 'unknown-competency', source: 'sort', subject: sort, params: { id: sort } });
    if (!settings.synergy) this.groups = [];
    else if (model.complete) {
      try {
        this.groups = this.synergy.get(model, settings.synergyOptions);
      } catch (error) {
        if (!(error instanceof KompetenzradError)) throw error;
        this.groups = [];
        problems.push(problemOfIssues('invalid-options', 'synergyOptions', error.issues) ?? { code: 'invalid-options', source: 'synergyOptions' });
      }
    }
    this.groupRows = this.members.get(model, this.groups.find((group) => group.id === settings.selectedGroup));
    this.complete = model.complete;
    this.view = this.viewOf(model, settings, model.complete);
    return problems;
  }

  /** The rows of `settings` in order; `complete` false leaves out what needs everyone analysed (competency sorts, gap filters). */
  viewOf(model: TeamModel, settings: TeamSettings, complete: boolean): Uint32Array {
    const { sort, descending, value, roleId, department, competencyId, minGap, text } = settings;
    const sortKey = sort || 'none';
    const ordered = complete || TEXT_SORTS.includes(sortKey) ? sortKey : 'none';
    return this.views.get(model, ordered, descending, value, roleId, department, competencyId, complete ? minGap : null, this.only(settings), text);
  }

  /** The domain's analysis of the people shown (for the distribution row); only once the view is complete. */
  summary(model: TeamModel, settings: TeamSettings): TeamAnalysis | undefined {
    const { roleId, department, competencyId, minGap } = settings;
    return this.complete ? this.summaries.get(model, roleId, department, competencyId, minGap, this.only(settings)) : undefined;
  }

  /** The position in the view of the selected group's first member, or -1. */
  firstMember(): number {
    const rows = this.groupRows;
    return rows ? this.view.findIndex((i) => rows.has(i)) : -1;
  }

  /** Where the members of each synergy group come from (in the order of `groups`). */
  synergyOffices(model: TeamModel) {
    return this.offices.get(model, this.groups);
  }

  private only(settings: TeamSettings): ReadonlySet<number> | null {
    return settings.groupOnly ? this.groupRows : null;
  }
}

/** Issues of the team data: the first few one by one, the rest summed up once all are known. */
export function teamDataProblems(model: TeamModel, fromProvider: boolean): InputProblem[] {
  const problems = model.issues.slice(0, LISTED_PROBLEMS).map((issue): InputProblem => {
    const source = fromProvider ? 'context' : (/^\$\.(\w+)/.exec(issue.path)?.[1] ?? 'data');
    return dataIssueProblem(source, issue);
  });
  if (model.complete && model.issueCount > LISTED_PROBLEMS) {
    const more = model.issueCount - LISTED_PROBLEMS;
    problems.push({ code: 'more-issues', source: 'data', params: { more }, message: `${more} more problems in the data (the first ${LISTED_PROBLEMS} are listed)` });
  }
  return problems;
}
