import { consume } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ACTUAL_RULES, type ActualRule } from '../../domain/assessments.js';
import { DEFAULT_CATALOGUE_LEAN as DEFAULT_CATALOGUE, indexCatalogue, validateCatalogue } from '../../domain/catalogue.js';
import { gapsToCSV, teamToCSV, type TeamCsvRow } from '../../domain/csv.js';
import { analyzeGaps } from '../../domain/gaps.js';
import { DEFAULT_FORMATS, formatById } from '../../domain/formats.js';
import { DEFAULT_ROLES_LEAN as DEFAULT_ROLES } from '../../domain/roles.js';
import { MAX_LEVEL } from '../../domain/scale.js';
import { findSynergyGroups, type SynergyGroup, type SynergyOptions } from '../../domain/synergy.js';
import type { TeamAnalysis } from '../../domain/team.js';
import type { Assessment, Catalogue, CompetencyId, IsoDate, Lang, Person, Profile, Role } from '../../domain/types.js';
import { krElementStyles } from '../../internal/base.styles.js';
import { kompetenzContext, type KompetenzContextValue } from '../../internal/context.js';
import { jsonAttribute } from '../../internal/json-attribute.js';
import { describeError, KrElement } from '../../internal/kr-element.js';
import { localToday } from '../../internal/today.js';
import { cssVar } from '../../internal/css-var.js';
import { gapMatrixStyles } from './gap-matrix.styles.js';
import { moveInGrid, type GridCell } from './grid-keys.js';
import { Memo } from '../../internal/memo.js';
import { nextTask } from '../../internal/next-task.js';
import { PERSON_SORTS, personRows, resolvePerson, type InputProblem, type PersonResult, type PersonRow, type PersonSort } from './person-model.js';
import { categoryRow, competencyRow, PERSON_COLS, type PersonRowProps } from './person-view.js';
import { RowWindow } from './row-window.js';
import { GAP_MATRIX_STRINGS, gapClass, gapSymbol, type GapMatrixStrings } from './strings.js';
import { TeamModel, type TeamValue, type TeamViewOptions } from './team-model.js';
import { teamToolbar } from './team-toolbar.js';
import { distributionBar, synergyList, synergySets, type SynergySet } from './team-view.js';

export type GapMatrixMode = 'person' | 'team';

const MODES: readonly GapMatrixMode[] = ['person', 'team'];
const CELL_VALUES: readonly TeamValue[] = ['gap', 'actual'];

/** Team mode: rows analysed per slice of background work (milliseconds). */
const WORK_SLICE_MS = 12;
const PROGRESS_EVERY_MS = 150;
/** Team mode: header rows before the people (column headers, distribution). */
const TEAM_HEAD_ROWS = 2;
/** Team mode: columns before the competencies (name, role, department). */
const TEAM_LEAD_COLS = 3;
/** Problems listed one by one before the rest is summed up. */
const LISTED_PROBLEMS = 5;
/** Sets of competencies listed at first, and added per click on "more". */
const SYNERGY_PAGE = 10;

const GAP_SYMBOLS = [-3, -2, -1, 0, 1, 2, 3].map(gapSymbol);
const GAP_CLASSES = [-3, -2, -1, 0, 1, 2, 3].map(gapClass);
const LEVEL_CLASSES = ['l0', 'l1', 'l2', 'l3'];

// Stable empty inputs, so that memoised results survive updates without data.
const NO_PEOPLE: readonly Person[] = Object.freeze([]);
const NO_ASSESSMENTS: readonly Assessment[] = Object.freeze([]);

/** The data both modes read: from the provider when inside one, else from the properties. */
interface Sources {
  catalogue: Catalogue;
  roles: readonly Role[];
  people: readonly Person[];
  assessments: readonly Assessment[];
  validate: boolean;
  origin: string;
  /** The element's own `person-id`. */
  personId: string | undefined;
  /** The provider's selected person. */
  contextPersonId: string | undefined;
  today: IsoDate;
}

/**
 * The target–actual comparison as a table (Soll-Ist-Vergleich), for one person or for a whole
 * organisation.
 *
 * Person mode (default): one row per competency, grouped by category with subtotals; columns
 * target, self and external assessment, actual, gap, priority, due for refresh, and optionally
 * the earlier assessments. Team mode (`mode="team"`): one row per person, one column per
 * competency with the person's gap or actual level, a distribution row, filters, sorting by any
 * column and the synergy groups. Team rows are windowed: only the rows in view are in the DOM,
 * so 10,000 people stay fast; the people are analysed in the background after the first screen.
 *
 * Keyboard (ARIA grid): one tab stop; arrows move between cells, Home/End to the row's ends,
 * Ctrl+Home/End to the grid's corners, PageUp/PageDown by a screen; Enter or Space on a column
 * header sorts, on a cell selects.
 *
 * Data, highest first: a surrounding `<kompetenz-provider>`; else the properties `people`,
 * `assessments`, `catalogue`, `roles`; person mode also takes `target`/`target-role`, `actual`
 * and `external` as JSON attributes, like `<kompetenz-rad>`.
 *
 * @customElement gap-matrix
 *
 * @fires {CustomEvent<KrSelectDetail>} kr-select - A cell was chosen (click, Enter, Space): `{personId?, competencyId?}`.
 * @fires {CustomEvent<KrErrorDetail>} kr-error - An input could not be used: `{code, message, source}`; once per distinct problem while it holds. Valid rows still show. An attribute outside its fixed values (`mode`, `sort` in person mode, `cells`, `actual-rule`) is reported with code `enum`, a `min-gap` that is not a whole number from 1 to 3 with code `range`; source = the attribute name, and its default applies.
 *
 * @csspart toolbar - Sorting, filters and switches above the grid.
 * @csspart scroller - The scroll region around the grid (the page itself never scrolls sideways).
 * @csspart grid - The element with `role="grid"`.
 * @csspart header-row - The row of column headers.
 * @csspart summary-row - Team mode: the distribution per competency.
 * @csspart category-row - Person mode: a category with its subtotals.
 * @csspart row - A row of data.
 * @csspart cell - A data cell.
 * @csspart legend - What the numbers, symbols and colours mean.
 * @csspart status - How many rows are shown; progress of the team analysis.
 * @csspart synergy - Team mode: the synergy groups.
 * @csspart synergy-group - One synergy group's button.
 * @csspart notice - Inputs that could not be used (`role="status"`).
 *
 * @cssproperty [--kr-gap-matrix-height=32rem] - Largest height of the scroll region.
 * @cssproperty [--kr-gap-matrix-row-height=2rem] - Height of a data row.
 * @cssproperty [--kr-gap-matrix-cell-width=2.75rem] - Width of a competency column in team mode.
 * @cssproperty [--kr-gap-matrix-name-width=11rem] - Width of the name column in team mode.
 * @cssproperty [--kr-gap-matrix-role-width=9rem] - Width of the role column in team mode.
 * @cssproperty [--kr-gap-matrix-department-width=8rem] - Width of the department column in team mode.
 * @cssproperty [--kr-gap-matrix-competency-width=15rem] - Width of the competency column in person mode.
 * @cssproperty [--kr-gap-matrix-value-width=5rem] - Width of a value column in person mode.
 * @cssproperty [--kr-gap-matrix-column-header-height=9.5rem] - Height of the rotated competency headers in team mode.
 * @cssproperty [--kr-gap-matrix-font-size=0.875rem] - Font size.
 * @cssproperty [--kr-gap-matrix-background=#ffffff] - Background (dark: #1b1b1f).
 * @cssproperty [--kr-gap-matrix-color=#1f1f1f] - Text (dark: #ececec).
 * @cssproperty [--kr-gap-matrix-muted-color=#595959] - Secondary text (dark: #b0b0b0).
 * @cssproperty [--kr-gap-matrix-border-color=#c4c4c4] - Cell borders (dark: #4a525c).
 * @cssproperty [--kr-gap-matrix-header-background=#f2f2f2] - Header and distribution rows (dark: #232a32).
 * @cssproperty [--kr-gap-matrix-category-background=#e8eef6] - Category rows in person mode (dark: #1f2c3d).
 * @cssproperty [--kr-gap-matrix-focus-color=#0b57d0] - Focus outline (dark: #8ab4f8).
 * @cssproperty [--kr-gap-matrix-highlight-color=#6a1b9a] - Mark of the people in the selected synergy group (dark: #e1bee7).
 * @cssproperty [--kr-gap-matrix-highlight-background=#f3e5f5] - Background of their name cells (dark: #3d2645).
 * @cssproperty [--kr-gap-color-0=#e3f1e3] - Heat scale: gap 0 (met).
 * @cssproperty [--kr-gap-color-1=#fde9c9] - Heat scale: 1 level to build.
 * @cssproperty [--kr-gap-color-2=#f8bf80] - Heat scale: 2 levels to build.
 * @cssproperty [--kr-gap-color-3=#ec8a4b] - Heat scale: 3 levels to build.
 * @cssproperty [--kr-gap-color-above-1=#e1edf8] - Heat scale: 1 level above target (also 2, 3: --kr-gap-color-above-2/-3).
 * @cssproperty [--kr-level-color-0=#f6f6f6] - Actual-level cells: level 0 (also 1..3: --kr-level-color-1/-2/-3).
 */
export class GapMatrix extends KrElement {
  static override styles = [krElementStyles, gapMatrixStyles];

  /** `person` (default): one person's competencies; `team`: people × competencies. Any other value is reported (`enum`) and counts as `person`. */
  @property({ reflect: true }) mode: GapMatrixMode = 'person';

  /** The catalogue; default: the provider's or the built-in 25 competencies. */
  @property({ converter: jsonAttribute<Catalogue>() }) catalogue?: Catalogue;

  /** Roles with their target profiles; default: the provider's or the built-in five. */
  @property({ attribute: false }) roles?: readonly Role[];

  /** People (outside a provider). */
  @property({ attribute: false }) people?: readonly Person[];

  /** Assessments of the people (outside a provider). */
  @property({ attribute: false }) assessments?: readonly Assessment[];

  /** Person mode: whose comparison to show; default: the provider's selected person. */
  @property({ attribute: 'person-id' }) personId?: string;

  /** Person mode: the target profile `{competencyId: level}`; wins over `target-role`. */
  @property({ converter: jsonAttribute<Profile>() }) target?: Profile;

  /** Person mode: the target profile of this role. */
  @property({ attribute: 'target-role' }) targetRole?: string;

  /** Person mode: the actual profile `{competencyId: level}` (without a separate self rating it also counts as the self-assessment). */
  @property({ converter: jsonAttribute<Profile>() }) actual?: Profile;

  /** Person mode: an external assessment `{competencyId: level}`. */
  @property({ converter: jsonAttribute<Profile>() }) external?: Profile;

  /** The day against which ratings count as due for refreshing (`YYYY-MM-DD`); default: the provider's, else today. */
  @property() today?: IsoDate;

  /**
   * How the actual level is taken from the ratings (see `currentProfile`): `external-first`
   * (default), `self-first`, `latest`, `self-only` or `external-only`. Any other value is
   * reported (`enum`) and counts as `external-first`.
   */
  @property({ attribute: 'actual-rule' }) actualRule: ActualRule = 'external-first';

  /**
   * Person mode: `category` (default, also when empty), `gap` or `priority`; any other value is
   * reported (`enum`) and counts as `category`. Team mode: `name`, `role`, `department`, a
   * competency id, or empty for the input order; an unknown key is reported
   * (`unknown-competency`) and the input order kept.
   */
  @property() sort = '';

  /** Reverses the order of `sort`. */
  @property({ type: Boolean, attribute: 'sort-descending' }) sortDescending = false;

  /** Person mode: only the competencies still to build. */
  @property({ type: Boolean, attribute: 'to-build-only' }) toBuildOnly = false;

  /** Person mode: the earlier assessments as extra columns. */
  @property({ type: Boolean, attribute: 'show-history' }) showHistory = false;

  /** Team mode: what a cell shows, the `gap` (default) or the `actual` level. Any other value is reported (`enum`) and counts as `gap`. */
  @property() cells: TeamValue = 'gap';

  /** Team mode: only people of this role id. */
  @property({ attribute: 'filter-role' }) filterRole = '';

  /** Team mode: only people whose department contains this text. */
  @property({ attribute: 'filter-department' }) filterDepartment = '';

  /** Team mode: the competency `min-gap` applies to (empty: every competency). */
  @property({ attribute: 'filter-competency' }) filterCompetency = '';

  /**
   * Team mode: only people with a gap of at least this (in `filter-competency`, or in any): a
   * whole number from 1 to 3; default: no filter. Any other value is reported (`range`) and
   * filters nothing.
   */
  @property({ type: Number, attribute: 'min-gap' }) minGap?: number;

  /** Team mode: shows the synergy groups. */
  @property({ type: Boolean }) synergy = false;

  /** Team mode: options for `findSynergyGroups`. */
  @property({ attribute: false }) synergyOptions?: SynergyOptions;

  /** Team mode: the id of the highlighted synergy group. */
  @property({ attribute: 'selected-group' }) selectedGroup?: string;

  /** Team mode: shows only the members of the selected synergy group. */
  @property({ type: Boolean, attribute: 'group-only' }) groupOnly = false;

  @consume({ context: kompetenzContext, subscribe: true })
  @state()
  private context?: KompetenzContextValue;

  @state() private focusCell: GridCell = { row: 0, col: 0 };
  @state() private synergyShown = SYNERGY_PAGE;

  private readonly window = new RowWindow(this, { overscan: 8, rowHeight: 32, fallbackViewport: 512 });
  private readonly personMemo = new Memo(
    (
      catalogue: Catalogue,
      roles: readonly Role[],
      people: readonly Person[],
      assessments: readonly Assessment[],
      origin: string,
      validate: boolean,
      personId: string | undefined,
      contextPersonId: string | undefined,
      target: unknown,
      targetRole: string | undefined,
      actual: unknown,
      external: unknown,
      today: IsoDate,
      rule: ActualRule,
    ) => resolvePerson({ catalogue, roles, people, assessments, origin, validate, personId, contextPersonId, target, targetRole, actual, external, today, rule }),
  );
  private readonly personRowsMemo = new Memo((result: PersonResult, sort: PersonSort, toBuildOnly: boolean) =>
    result.data ? personRows(result.data, sort, toBuildOnly) : [],
  );
  /** A catalogue given from outside is checked once per object. */
  private readonly catalogueMemo = new Memo((catalogue: unknown) => validateCatalogue(catalogue, 'catalogue'));
  private readonly teamMemo = new Memo(
    (people: readonly Person[], assessments: readonly Assessment[], catalogue: Catalogue, roles: readonly Role[], rule: ActualRule, validate: boolean) =>
      new TeamModel({ people, assessments, catalogue, roles, rule, validate }),
  );
  private readonly viewMemo = new Memo((model: TeamModel, complete: boolean, _key: string, only: ReadonlySet<number> | null) => model.view(this.viewOptions(complete, only)));
  /** The distribution depends on which people are shown (the filters), not on their order. */
  private readonly summaryMemo = new Memo((model: TeamModel, _filters: string, _only: ReadonlySet<number> | null): TeamAnalysis => model.summary(this.view));
  private readonly synergyMemo = new Memo((model: TeamModel, options: SynergyOptions | undefined): SynergyGroup[] =>
    findSynergyGroups(model.catalogue, model.analysedMembers(), options ?? {}),
  );
  private readonly synergySetsMemo = new Memo(synergySets);
  private readonly groupRowsMemo = new Memo((model: TeamModel, group: SynergyGroup | undefined) => (group ? model.rowsOf(group.personIds) : null));

  private sources: Sources | undefined;
  private person: PersonResult | undefined;
  private rows: PersonRow[] = [];
  private team: TeamModel | undefined;
  private view: Uint32Array = new Uint32Array(0);
  /** The view was built after every person was analysed (competency sorts and gap filters apply). */
  private viewComplete = false;
  private groups: SynergyGroup[] = [];
  private groupRows: ReadonlySet<number> | null = null;
  private cancelWork: (() => void) | undefined;
  private progressDrawn = 0;
  private waiting: (() => void)[] = [];

  // ——— public API ———

  /**
   * Resolves when every person of team mode is analysed (sorting by competencies, gap filters,
   * the distribution row and the synergy groups need that); at once in person mode.
   */
  get analysisComplete(): Promise<void> {
    return this.updateComplete.then(() => {
      if (this.mode !== 'team' || !this.team || this.viewComplete) return undefined;
      return new Promise<void>((resolve) => this.waiting.push(resolve));
    });
  }

  /**
   * What is shown, as CSV for German Excel (UTF-8 with BOM, `;`, CRLF, decimal comma):
   * person mode `gapsToCSV` of the shown competencies in the shown order; team mode
   * `teamToCSV` of the shown people with the shown values (gap or actual level).
   */
  toCSV(): string {
    const lang = this.localize.lang;
    const sources = this.sources ?? this.readSources();
    if (this.mode === 'team') {
      const model = this.team;
      if (!model) return '';
      if (!model.complete) {
        model.work(Number.POSITIVE_INFINITY);
        this.requestUpdate();
      }
      const view = this.viewMemo.get(model, true, this.viewKey(true), this.onlyRows(model));
      const rows: TeamCsvRow[] = [];
      for (const i of view) {
        const member = model.members[i];
        if (!member) continue;
        rows.push(
          this.cells === 'actual'
            ? { personId: member.personId, actual: member.actual }
            : { personId: member.personId, analysis: analyzeGaps({ catalogue: model.catalogue, target: member.target, actual: member.actual }) },
        );
      }
      return teamToCSV(model.people, rows, model.catalogue, lang, this.cells === 'actual' ? 'actual' : 'gap', { roles: model.roles });
    }
    const data = this.person?.data;
    if (!data) return '';
    const entries = this.rows.flatMap((row) => (row.kind === 'competency' ? [row.entry] : []));
    return gapsToCSV({ ...data.analysis, entries }, sources.catalogue, lang, this.person?.person);
  }

  // ——— lifecycle ———

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.team && !this.team.complete) this.scheduleWork();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelWork?.();
    this.cancelWork = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.localize.fallback = this.context?.lang;
    const problems: InputProblem[] = [];
    try {
      this.sources = this.readSources(problems);
      if (this.mode === 'team') this.prepareTeam(this.sources, problems);
      else this.preparePerson(this.sources, problems);
    } catch (error) {
      problems.push({ code: 'invalid-input', message: describeError(error), source: 'render' });
      this.person = undefined;
      this.rows = [];
    }
    this.clearErrors('data');
    for (const problem of problems) this.report(problem, 'data');
    this.checkOptions(changed);
    this.clampFocus();
  }

  private checkOptions(changed: PropertyValues<this>): void {
    if (changed.has('mode')) this.checkEnum('mode', this.mode, MODES);
    if (changed.has('cells')) this.checkEnum('cells', this.cells, CELL_VALUES);
    if (changed.has('actualRule')) this.checkEnum('actual-rule', this.actualRule, ACTUAL_RULES);
    // Team mode reports unknown sort keys with the data (they depend on the catalogue); empty means the default.
    if (changed.has('sort') || changed.has('mode')) {
      if (this.mode !== 'team' && this.sort !== '') this.checkEnum('sort', this.sort, PERSON_SORTS);
      else this.clearErrors('sort');
    }
    if (changed.has('minGap')) {
      this.clearErrors('min-gap');
      // A removed attribute (null) means the default.
      if (this.minGap != null && this.validMinGap === null) {
        // The attribute's own text, when the number came from it ("abc" rather than NaN).
        const text = this.getAttribute('min-gap');
        const given = text !== null && Object.is(Number(text), this.minGap) ? text : String(this.minGap);
        this.reportError('range', `min-gap: expected a whole number from 1 to ${MAX_LEVEL}, got "${given}"`, 'min-gap', { subject: given });
      }
    }
  }

  private get validMinGap(): number | null {
    const value = this.minGap;
    return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_LEVEL ? value : null;
  }

  private report(problem: InputProblem, scope: string): void {
    const options = problem.subject === undefined ? { scope } : { scope, subject: problem.subject };
    this.reportError(problem.code, problem.message, problem.source, options);
  }

  private readSources(problems: InputProblem[] = []): Sources {
    const context = this.context;
    let catalogue = context?.catalogue ?? DEFAULT_CATALOGUE;
    if (this.catalogue !== undefined) {
      const issues = this.catalogueMemo.get(this.catalogue);
      if (issues.length === 0) catalogue = this.catalogue;
      else {
        const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
        problems.push({ code: 'invalid-catalogue', message: `${issues[0].message}${more}`, source: 'catalogue' });
      }
    }
    const today = this.today ?? context?.today ?? localToday();
    if (context) {
      return {
        catalogue,
        roles: context.roles,
        people: context.portfolio.people,
        assessments: context.portfolio.assessments,
        validate: false,
        origin: 'context',
        personId: this.personId ?? undefined,
        contextPersonId: context.personId,
        today,
      };
    }
    return {
      catalogue,
      roles: this.roles ?? DEFAULT_ROLES,
      people: this.people ?? NO_PEOPLE,
      assessments: this.assessments ?? NO_ASSESSMENTS,
      validate: true,
      origin: 'people',
      personId: this.personId ?? undefined,
      contextPersonId: undefined,
      today,
    };
  }

  private get rule(): ActualRule {
    return (ACTUAL_RULES as readonly string[]).includes(this.actualRule) ? this.actualRule : 'external-first';
  }

  // ——— person mode ———

  private get personSort(): PersonSort {
    return (PERSON_SORTS as readonly string[]).includes(this.sort) ? (this.sort as PersonSort) : 'category';
  }

  private preparePerson(sources: Sources, problems: InputProblem[]): void {
    this.stopTeam();
    const result = this.personMemo.get(
      sources.catalogue,
      sources.roles,
      sources.people,
      sources.assessments,
      sources.origin,
      sources.validate,
      sources.personId,
      sources.contextPersonId,
      this.target,
      this.targetRole,
      this.actual,
      this.external,
      sources.today,
      this.rule,
    );
    this.person = result;
    problems.push(...result.problems);
    this.rows = this.personRowsMemo.get(result, this.personSort, this.toBuildOnly);
  }

  // ——— team mode ———

  private prepareTeam(sources: Sources, problems: InputProblem[]): void {
    this.person = undefined;
    this.rows = [];
    const model = this.teamMemo.get(sources.people, sources.assessments, sources.catalogue, sources.roles, this.rule, sources.validate);
    if (model !== this.team) {
      this.team = model;
      if (!model.complete) this.scheduleWork();
    }
    this.collectModelProblems(model, problems);
    if (this.sort && !['none', 'name', 'role', 'department'].includes(this.sort) && !model.competencyIds.includes(this.sort)) {
      problems.push({ code: 'unknown-competency', message: `sort: "${this.sort}" is neither name, role, department nor a competency id`, source: 'sort', subject: this.sort });
    }
    if (this.filterCompetency && !model.competencyIds.includes(this.filterCompetency)) {
      problems.push({ code: 'unknown-competency', message: `filter-competency: "${this.filterCompetency}" is not a competency id`, source: 'filter-competency', subject: this.filterCompetency });
    }
    if (this.synergy && model.complete) {
      try {
        this.groups = this.synergyMemo.get(model, this.synergyOptions);
      } catch (error) {
        this.groups = [];
        problems.push({ code: 'invalid-options', message: describeError(error), source: 'synergyOptions' });
      }
    } else if (!this.synergy) this.groups = [];
    const group = this.groups.find((candidate) => candidate.id === this.selectedGroup);
    this.groupRows = this.groupRowsMemo.get(model, group);
    this.viewComplete = model.complete;
    this.view = this.viewMemo.get(model, model.complete, this.viewKey(model.complete), this.onlyRows(model));
  }

  /** Issues of the team data: the first few one by one, the rest summed up once all are known. */
  private collectModelProblems(model: TeamModel, problems: InputProblem[]): void {
    model.issues.slice(0, LISTED_PROBLEMS).forEach((issue) => {
      const source = /^\$\.(\w+)/.exec(issue.path)?.[1] ?? 'data';
      problems.push({ code: issue.code, message: issue.message, source: this.context ? 'context' : source, subject: issue.path });
    });
    if (model.complete && model.issueCount > LISTED_PROBLEMS) {
      const more = model.issueCount - LISTED_PROBLEMS;
      problems.push({ code: 'more-issues', message: `${more} more problems in the data (the first ${LISTED_PROBLEMS} are listed)`, source: 'data' });
    }
  }

  private onlyRows(model: TeamModel): ReadonlySet<number> | null {
    return this.groupOnly && this.groupRows && model ? this.groupRows : null;
  }

  private summary(model: TeamModel): TeamAnalysis {
    const o = this.viewOptions(true, null);
    return this.summaryMemo.get(model, [o.roleId, o.department, o.competencyId, o.minGap].join('\u0000'), this.onlyRows(model));
  }

  private viewKey(complete: boolean): string {
    const o = this.viewOptions(complete, null);
    return [o.sortKey, o.descending, o.value, o.roleId, o.department, o.competencyId, o.minGap].join('\u0000');
  }

  /** Before every person is analysed, only what needs no analysis applies (order by text columns, role and department filters). */
  private viewOptions(complete: boolean, only: ReadonlySet<number> | null): TeamViewOptions {
    const sortKey = this.sort || 'none';
    const byCompetency = !['none', 'name', 'role', 'department'].includes(sortKey);
    const minGap = this.validMinGap;
    return {
      sortKey: complete || !byCompetency ? sortKey : 'none',
      descending: this.sortDescending,
      value: this.cells === 'actual' ? 'actual' : 'gap',
      // A removed attribute leaves null behind.
      roleId: this.filterRole ?? '',
      department: this.filterDepartment ?? '',
      competencyId: this.filterCompetency ?? '',
      minGap: complete ? minGap : null,
      only,
    };
  }

  private scheduleWork(): void {
    if (this.cancelWork !== undefined || !this.isConnected) return;
    this.cancelWork = nextTask(() => {
      this.cancelWork = undefined;
      const model = this.team;
      if (!model || this.mode !== 'team') return;
      // Rows in view may have finished the analysis during a render: update once more then too.
      if (!model.complete && !model.work(WORK_SLICE_MS)) this.scheduleWork();
      // Progress is drawn now and then; the end of the analysis always.
      const now = performance.now();
      if (model.complete || now - this.progressDrawn > PROGRESS_EVERY_MS) {
        this.progressDrawn = now;
        this.requestUpdate();
      }
    });
  }

  private stopTeam(): void {
    this.cancelWork?.();
    this.cancelWork = undefined;
    this.team = undefined;
    this.view = new Uint32Array(0);
    this.viewComplete = false;
  }

  // ——— grid shape and focus ———

  private get historyColumns(): number {
    return this.showHistory ? (this.person?.data?.history.length ?? 0) : 0;
  }

  private shape(): { rows: number; cols: number } {
    if (this.mode === 'team') {
      return { rows: TEAM_HEAD_ROWS + this.view.length, cols: TEAM_LEAD_COLS + (this.team?.width ?? 0) };
    }
    return { rows: 1 + this.rows.length, cols: PERSON_COLS + this.historyColumns };
  }

  private clampFocus(): void {
    const { rows, cols } = this.shape();
    const row = Math.max(0, Math.min(rows - 1, this.focusCell.row));
    const col = Math.max(0, Math.min(cols - 1, this.focusCell.col));
    if (row !== this.focusCell.row || col !== this.focusCell.col) this.focusCell = { row, col };
  }

  private tab(row: number, col: number): string {
    return row === this.focusCell.row && col === this.focusCell.col ? '0' : '-1';
  }

  private cellOf(target: EventTarget | null): GridCell | undefined {
    const cell = target instanceof Element ? target.closest('[data-col]') : null;
    const row = cell?.closest('[aria-rowindex]');
    if (!cell || !row) return undefined;
    return { row: Number(row.getAttribute('aria-rowindex')) - 1, col: Number(cell.getAttribute('data-col')) };
  }

  private async moveFocus(cell: GridCell): Promise<void> {
    this.focusCell = cell;
    if (this.mode === 'team' && cell.row >= TEAM_HEAD_ROWS) this.window.reveal(cell.row - TEAM_HEAD_ROWS);
    await this.updateComplete;
    this.focusedElement()?.focus();
  }

  private focusedElement(): HTMLElement | null {
    const { row, col } = this.focusCell;
    return this.renderRoot.querySelector<HTMLElement>(`[role='grid'] [aria-rowindex='${row + 1}'] > [data-col='${col}']`);
  }

  private readonly onGridKeyDown = (event: KeyboardEvent): void => {
    const from = this.cellOf(event.target) ?? this.focusCell;
    const { rows, cols } = this.shape();
    const page = this.mode === 'team' ? this.window.page : 10;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const next = moveInGrid(from, event, { rows, cols, page }, rtl);
    if (next) {
      event.preventDefault();
      void this.moveFocus(next);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.activate(from);
    }
  };

  private readonly onGridClick = (event: MouseEvent): void => {
    const cell = this.cellOf(event.target);
    if (!cell) return;
    this.focusCell = cell;
    this.activate(cell);
  };

  private readonly onGridFocusIn = (event: FocusEvent): void => {
    const cell = this.cellOf(event.target);
    if (cell && (cell.row !== this.focusCell.row || cell.col !== this.focusCell.col)) this.focusCell = cell;
  };

  /** Enter, Space or a click on a cell: sort by a column header, select a data cell. */
  private activate(cell: GridCell): void {
    if (this.mode === 'team') this.activateTeam(cell);
    else this.activatePerson(cell);
  }

  private activatePerson({ row, col }: GridCell): void {
    if (row === 0) {
      const sort: PersonSort | undefined = col === 0 ? 'category' : col === 5 ? 'gap' : col === 6 ? 'priority' : undefined;
      if (sort) this.sort = sort;
      return;
    }
    const item = this.rows[row - 1];
    if (item?.kind !== 'competency') return;
    const personId = this.person?.person?.id;
    this.emit('kr-select', personId ? { personId, competencyId: item.entry.competencyId } : { competencyId: item.entry.competencyId });
  }

  private activateTeam({ row, col }: GridCell): void {
    const model = this.team;
    if (!model) return;
    const competencyId = col >= TEAM_LEAD_COLS ? model.competencyIds[col - TEAM_LEAD_COLS] : undefined;
    if (row === 0) {
      const key = col === 0 ? 'name' : col === 1 ? 'role' : col === 2 ? 'department' : (competencyId ?? 'none');
      if (this.sort === key) this.sortDescending = !this.sortDescending;
      else {
        this.sort = key;
        this.sortDescending = competencyId !== undefined;
      }
      return;
    }
    if (row === 1) {
      if (competencyId) this.emit('kr-select', { competencyId });
      return;
    }
    const person = model.people[this.view[row - TEAM_HEAD_ROWS]];
    if (!person) return;
    this.emit('kr-select', competencyId ? { personId: person.id, competencyId } : { personId: person.id });
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    const s = this.localize.of(GAP_MATRIX_STRINGS);
    return html`${this.renderNotice()}${this.mode === 'team' ? this.renderTeam(s) : this.renderPerson(s)}`;
  }

  private renderPerson(s: GapMatrixStrings): TemplateResult {
    const data = this.person?.data;
    const person = this.person?.person;
    const lang = this.localize.lang;
    const toolbar = html`<div part="toolbar">
      <label
        >${s.sortBy}
        <select @change=${(e: Event) => (this.sort = (e.target as HTMLSelectElement).value)}>
          ${(['category', 'gap', 'priority'] as const).map(
            (value) =>
              html`<option value=${value} ?selected=${this.personSort === value}>
                ${value === 'category' ? s.sortCategory : value === 'gap' ? s.sortGap : s.sortPriority}
              </option>`,
          )}
        </select>
      </label>
      <label class="check"
        ><input type="checkbox" .checked=${this.toBuildOnly} @change=${(e: Event) => (this.toBuildOnly = (e.target as HTMLInputElement).checked)} />${s.toBuildOnly}</label
      >
      ${data && data.history.length > 0
        ? html`<label class="check"
            ><input type="checkbox" .checked=${this.showHistory} @change=${(e: Event) => (this.showHistory = (e.target as HTMLInputElement).checked)} />${s.history}</label
          >`
        : nothing}
    </div>`;
    if (!data) {
      return html`<p class="caption">${s.personCaption(person?.name)}</p>
        ${toolbar}
        <p class="empty-note" part="status">${s.noPerson}</p>`;
    }
    const history = this.showHistory ? data.history : [];
    const columns = `var(--_competency-w) repeat(6, var(--_value-w)) var(--_due-w, 10.5rem)${history.length ? ` repeat(${history.length}, var(--_value-w))` : ''}`;
    const sort = this.personSort;
    const header = (col: number, text: string, sortable: PersonSort | undefined) => {
      const ariaSort = sortable && sortable === sort ? (sort === 'category' ? 'other' : sort === 'gap' ? 'descending' : 'ascending') : nothing;
      return html`<div role="columnheader" data-col=${col} class=${sortable ? 'sortable' : ''} tabindex=${this.tab(0, col)} aria-sort=${ariaSort}>
        <span>${text}</span>${sortable && sortable === sort ? html`<span class="sort-mark" aria-hidden="true">▼</span>` : nothing}
      </div>`;
    };
    const props = (r: number): PersonRowProps => ({ r, s, lang, catalogue: this.sources?.catalogue ?? DEFAULT_CATALOGUE, tab: (row, col) => this.tab(row, col), history });
    return html`<p class="caption" id="caption">${s.personCaption(person?.name)}</p>
      ${toolbar}
      <div part="scroller">
        <div
          part="grid"
          role="grid"
          class="grid person"
          aria-labelledby="caption"
          aria-rowcount=${1 + this.rows.length}
          aria-colcount=${PERSON_COLS + history.length}
          ${cssVar('--_columns', columns)}
          @keydown=${this.onGridKeyDown}
          @click=${this.onGridClick}
          @focusin=${this.onGridFocusIn}
        >
          <div role="rowgroup" class="head">
            <div role="row" part="header-row" class="row header-row" aria-rowindex="1">
              ${header(0, s.competency, 'category')} ${header(1, s.target, undefined)} ${header(2, s.self, undefined)} ${header(3, s.external, undefined)}
              ${header(4, s.actual, undefined)} ${header(5, s.gap, 'gap')} ${header(6, s.priority, 'priority')} ${header(7, s.due, undefined)}
              ${history.map((assessment, h) => header(PERSON_COLS + h, s.historyColumn(assessment.rater, assessment.date), undefined))}
            </div>
          </div>
          <div role="rowgroup" class="body">
            ${this.rows.map((row, k) => (row.kind === 'category' ? categoryRow(row, props(k + 1)) : competencyRow(row, props(k + 1))))}
          </div>
        </div>
      </div>
      ${this.rows.length === 0 ? html`<p class="empty-note">${s.noRows}</p>` : nothing}
      <p part="legend">${s.legendGap} ${data.hasSelf && data.hasExternal ? html`<span>≠: ${s.disagreement}.</span>` : nothing}</p>`;
  }

  private renderTeam(s: GapMatrixStrings): TemplateResult {
    const model = this.team;
    if (!model) return html`<p class="empty-note" part="status">${s.noPerson}</p>`;
    const lang = this.localize.lang;
    const catalogue = model.catalogue;
    const index = indexCatalogue(catalogue);
    const width = model.width;
    const value: TeamValue = this.cells === 'actual' ? 'actual' : 'gap';
    const view = this.view;
    const rowHeight = this.window.rowHeight;
    const range = this.window.range(view.length);
    const focusIndex = this.focusCell.row - TEAM_HEAD_ROWS;
    const shown: number[] = [];
    for (let k = range.first; k < range.last; k++) shown.push(k);
    if (focusIndex >= 0 && focusIndex < view.length && (focusIndex < range.first || focusIndex >= range.last)) {
      shown.push(focusIndex);
      shown.sort((a, b) => a - b);
    }
    for (const k of shown) model.ensure(view[k]);
    const complete = this.viewComplete;
    const summary = complete ? this.summary(model) : undefined;
    const sortKey = this.sort || 'none';
    const roleLabels = model.roles.map((role) => role.label[lang]);
    const groupRows = this.groupRows;
    const gap = model.gap;
    const actual = model.actual;

    const sortable = (col: number, key: string, text: string, cls: string, title?: string) => {
      const active = sortKey === key;
      return html`<div
        role="columnheader"
        data-col=${col}
        class="sortable ${cls}"
        tabindex=${this.tab(0, col)}
        title=${title ?? nothing}
        aria-sort=${active ? (this.sortDescending ? 'descending' : 'ascending') : nothing}
      >
        <span>${text}</span>${active ? html`<span class="sort-mark" aria-hidden="true">${this.sortDescending ? '▼' : '▲'}</span>` : nothing}
      </div>`;
    };

    const bands: TemplateResult[] = [];
    let start = 0;
    index.categoryIds.forEach((_, position) => {
      let count = 0;
      for (let c = 0; c < width; c++) if (index.categoryOfPosition[c] === position) count++;
      if (count === 0) return;
      const label = catalogue.categories[position].label[lang];
      bands.push(html`<span ${cssVar('--kr-band-start', String(TEAM_LEAD_COLS + start + 1))} ${cssVar('--kr-band-span', String(count))} title=${label}>${label}</span>`);
      start += count;
    });

    const row = (k: number) => {
      const i = view[k];
      const r = k + TEAM_HEAD_ROWS;
      const person = model.people[i];
      const member = groupRows?.has(i) ?? false;
      const analysed = model.state[i] === 1;
      const offset = i * width;
      const cells: TemplateResult[] = new Array<TemplateResult>(width);
      for (let c = 0; c < width; c++) {
        const col = c + TEAM_LEAD_COLS;
        if (!analysed) {
          cells[c] = html`<div role="gridcell" class="pending" data-col=${col} tabindex=${this.tab(r, col)}>…</div>`;
        } else if (value === 'gap') {
          const g = gap[offset + c] + 3;
          cells[c] = html`<div role="gridcell" class=${GAP_CLASSES[g]} data-col=${col} tabindex=${this.tab(r, col)}>${GAP_SYMBOLS[g]}</div>`;
        } else {
          const a = actual[offset + c];
          cells[c] = html`<div role="gridcell" class=${LEVEL_CLASSES[a]} data-col=${col} tabindex=${this.tab(r, col)}>${a}</div>`;
        }
      }
      return html`<div
        role="row"
        part="row"
        class=${member ? 'row selected' : 'row'}
        aria-rowindex=${r + 1}
        aria-selected=${groupRows ? (member ? 'true' : 'false') : nothing}
        data-person=${person.id}
        ${cssVar('--kr-row-y', `${k * rowHeight}px`)}
      >
        <div role="rowheader" data-col="0" tabindex=${this.tab(r, 0)}>
          ${member ? html`<span class="member-mark" aria-hidden="true">●</span><span class="visually-hidden">${s.member}: </span>` : nothing}<span
            >${person.name}${model.assessed[i] || !analysed ? nothing : html` <span class="muted">(${s.notAssessed})</span>`}</span
          >
        </div>
        <div role="gridcell" class="text" data-col="1" tabindex=${this.tab(r, 1)}><span>${roleLabels[model.roleOf[i]]}</span></div>
        <div role="gridcell" class="text" data-col="2" tabindex=${this.tab(r, 2)}><span>${person.department ?? ''}</span></div>
        ${cells}
      </div>`;
    };

    const summaryCells = model.competencyIds.map((id, c) => {
      const col = c + TEAM_LEAD_COLS;
      const stats = summary?.competencies[c];
      if (!stats) return html`<div role="gridcell" data-col=${col} tabindex=${this.tab(1, col)}>…</div>`;
      const visible = value === 'gap' ? String(stats.toBuild) : stats.averageActual.toFixed(1).replace('.', lang === 'de' ? ',' : '.');
      return html`<div role="gridcell" data-col=${col} data-competency=${id} tabindex=${this.tab(1, col)}>
        <span aria-hidden="true">${visible}</span>${distributionBar(stats, value)}<span class="visually-hidden"
          >${s.summaryCell(stats.toBuild, stats.averageGap, stats.averageActual, value)}</span
        >
      </div>`;
    });

    const percent = Math.floor(model.progress * 100);
    return html`<p class="caption" id="caption">${s.teamCaption(model.rowCount)}</p>
      ${teamToolbar(s, model, lang, this, (change) => Object.assign(this, change))}
      <div part="scroller">
        <div
          part="grid"
          role="grid"
          class="grid team"
          aria-labelledby="caption"
          aria-rowcount=${TEAM_HEAD_ROWS + view.length}
          aria-colcount=${TEAM_LEAD_COLS + width}
          aria-busy=${complete ? 'false' : 'true'}
          ${cssVar('--_columns', `var(--_name-w) var(--_role-w) var(--_department-w) repeat(${width}, var(--_cell-w))`)}
          @keydown=${this.onGridKeyDown}
          @click=${this.onGridClick}
          @focusin=${this.onGridFocusIn}
        >
          <div role="rowgroup" class="head">
            <div class="band" aria-hidden="true"><span ${cssVar('--kr-band-start', '1')} ${cssVar('--kr-band-span', String(TEAM_LEAD_COLS))}></span>${bands}</div>
            <div role="row" part="header-row" class="row header-row" aria-rowindex="1">
              ${sortable(0, 'name', s.name, 'text')} ${sortable(1, 'role', s.role, 'text')} ${sortable(2, 'department', s.department, 'text')}
              ${catalogue.competencies.map((competency, c) =>
                sortable(c + TEAM_LEAD_COLS, competency.id, competency.label[lang], 'competency', competency.label[lang]),
              )}
            </div>
            <div role="row" part="summary-row" class="row summary-row" aria-rowindex="2">
              <div role="rowheader" data-col="0" tabindex=${this.tab(1, 0)}><span>${s.summary}</span></div>
              <div role="gridcell" data-col="1" tabindex=${this.tab(1, 1)}></div>
              <div role="gridcell" data-col="2" tabindex=${this.tab(1, 2)}></div>
              ${summaryCells}
            </div>
          </div>
          <div role="rowgroup" class="body" ${cssVar('--kr-body-height', `${view.length * rowHeight}px`)}>
            ${repeat(
              shown,
              (k) => view[k],
              (k) => row(k),
            )}
          </div>
        </div>
      </div>
      ${view.length === 0 && complete ? html`<p class="empty-note">${s.noRows}</p>` : nothing}
      <p part="status">${complete ? s.shown(view.length, model.rowCount) : s.analysing(percent)}</p>
      <p part="legend">${value === 'gap' ? s.legendGap : s.legendActual}</p>
      ${this.synergy ? this.renderSynergy(s, model, lang) : nothing}`;
  }

  private renderSynergy(s: GapMatrixStrings, model: TeamModel, lang: Lang): TemplateResult {
    const formats = this.synergyOptions?.formats ?? DEFAULT_FORMATS;
    const labels = new Map(model.catalogue.competencies.map((competency) => [competency.id, competency.label[lang]]));
    const describe = (set: SynergySet) => {
      const first = set.groups[0];
      return s.synergySet(
        first.competencyIds.map((id: CompetencyId) => labels.get(id) ?? id).join(' + '),
        set.people,
        set.groups.length,
        formatById(formats, first.suggestedFormatId)?.label[lang] ?? first.suggestedFormatId,
      );
    };
    const cohortName = (group: SynergyGroup) => s.cohort(group.cohort, group.cohorts, group.personIds.length);
    const sets = this.synergySetsMemo.get(this.groups);
    const selected = this.groups.find((group) => group.id === this.selectedGroup);
    return html`<section part="synergy" aria-labelledby="synergy-title">
      <h3 id="synergy-title">${s.synergy}</h3>
      <p>${s.synergyHint}</p>
      ${!this.viewComplete
        ? html`<p>${s.analysing(Math.floor(model.progress * 100))}</p>`
        : sets.length === 0
          ? html`<p>${s.synergyNone}</p>`
          : synergyList({ sets, shown: this.synergyShown, selected: this.selectedGroup, describe, cohortName, onSelect: (group) => this.selectGroup(group) })}
      <div class="synergy-actions">
        ${sets.length > this.synergyShown
          ? html`<button type="button" @click=${() => (this.synergyShown += SYNERGY_PAGE)}>${s.synergyMore(sets.length - this.synergyShown)}</button>`
          : nothing}
        ${selected
          ? html`<label class="check"
                ><input type="checkbox" .checked=${this.groupOnly} @change=${(e: Event) => (this.groupOnly = (e.target as HTMLInputElement).checked)} />${s.synergyOnly}</label
              >
              <button type="button" @click=${() => this.selectGroup(undefined)}>${s.clearSelection}</button>`
          : nothing}
        <span role="status">${selected ? s.synergySelected(selected.personIds.length) : ''}</span>
      </div>
      ${selected ? html`<p>${selected.reason[lang]}</p>` : nothing}
    </section>`;
  }

  private selectGroup(group: SynergyGroup | undefined): void {
    this.selectedGroup = group && group.id !== this.selectedGroup ? group.id : undefined;
    if (!this.selectedGroup) this.groupOnly = false;
    // Bring the first member into view once the rows are marked.
    void this.updateComplete.then(() => {
      const rows = this.groupRows;
      if (!rows || this.groupOnly) return;
      const first = this.view.findIndex((i) => rows.has(i));
      if (first >= 0) this.window.reveal(first);
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const scroller = this.renderRoot.querySelector<HTMLElement>('[part="scroller"]');
    if (this.mode === 'team') {
      const head = this.renderRoot.querySelector<HTMLElement>('.team .head');
      this.window.attach(scroller, head);
      this.window.measure(this.renderRoot.querySelector<HTMLElement>('.team .body > .row'));
      // Focus moves must not hide a cell under the sticky header.
      const padding = `${this.window.headerHeight}px`;
      if (scroller && scroller.style.getPropertyValue('scroll-padding-top') !== padding) scroller.style.setProperty('scroll-padding-top', padding);
      if (this.viewComplete) this.resolveWaiting();
    } else {
      this.window.attach(null, null);
      this.resolveWaiting();
    }
  }

  private resolveWaiting(): void {
    const waiting = this.waiting;
    this.waiting = [];
    waiting.forEach((resolve) => resolve());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gap-matrix': GapMatrix;
  }
}

