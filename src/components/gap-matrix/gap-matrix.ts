import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AggregateGroupBy, TeamAggregate } from '../../domain/aggregate.js';
import { ACTUAL_RULES, type ActualRule } from '../../domain/assessments.js';
import { DEFAULT_CATALOGUE_LEAN } from '../../domain/catalogue.js';
import type { SynergyOptions } from '../../domain/synergy.js';
import type { Assessment, Catalogue, IsoDate, Person, Profile, Role } from '../../domain/types.js';
import { krElementStyles } from '../../internal/base.styles.js';
import { consumeProvider, type KompetenzContextValue } from '../../internal/context.js';
import { gridNavigation, RovingFocusController, type GridCell, type GridShape } from '../../internal/controllers/roving-focus.js';
import { formatterFor } from '../../internal/format.js';
import type { InputProblem } from '../../internal/inputs.js';
import { jsonAttribute } from '../../internal/json-attribute.js';
import { describeError, KrElement } from '../../internal/kr-element.js';
import { resolveLang } from '../../internal/localize.js';
import { chosenPersonId } from '../../internal/selected-person.js';
import { Memo } from '../../internal/memo.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { MatrixAnnouncements } from './controllers/announcements.js';
import { personCsv, teamCsv } from './controllers/export.js';
import { OrganisationView } from './controllers/organisation.js';
import { PersonFirstRows } from './controllers/person-first-rows.js';
import { RowWindow } from './controllers/row-window.js';
import { SynergyCards } from './controllers/synergy-cards.js';
import { TeamAnalysis } from './controllers/team-analysis.js';
import { gapMatrixStyles } from './gap-matrix.styles.js';
import { organisationStyles } from './organisation.styles.js';
import { synergyStyles } from './synergy.styles.js';
import { personCellAction, personShape, rowsToDraw, TEAM_HEAD_ROWS, teamCellAction, teamShape } from './model/grid.js';
import { groupByOf, groupByProblems, minGroupSizeOf, minGroupSizeProblems } from '../../internal/group-options.js';
import { PERSON_SORTS, personSortOf, PersonTable } from './model/person.js';
import { readSources, resolveDefinitions, teamSources, type Sources } from './model/sources.js';
import { minGapProblems, teamDataProblems, TeamSelection, teamSettings, type TeamSettings } from './model/team-selection.js';
import { modeInputProblems } from './model/mode-inputs.js';
import type { TeamValue, TextRules } from './model/team.js';
import { FilterChecks } from './controllers/filter-checks.js';
import { GAP_MATRIX_STRINGS, type GapMatrixStrings } from './strings/index.js';
import { cellOf, gridListeners } from './views/cells.js';
import { loadingNote } from './views/notes.js';
import { personGrid } from './views/person.js';
import { teamGrid } from './views/team.js';

export type GapMatrixMode = 'person' | 'team' | 'organisation';

const MODES: readonly GapMatrixMode[] = ['person', 'team', 'organisation'];
const CELL_VALUES: readonly string[] = ['gap', 'actual'];

/**
 * The target–actual comparison as a table (Soll-Ist-Vergleich), for one person or for a whole
 * organisation.
 *
 * Person mode (default): one row per competency, grouped by category with subtotals; columns
 * target, self and external assessment, actual, gap, priority, due for refresh, and optionally
 * the earlier assessments; the rows beyond the first screen follow its first paint (`aria-busy`
 * meanwhile). Team mode (`mode="team"`): one row per person, one column per competency with the
 * person's gap or actual level, a distribution row, filters, sorting by any column and the synergy
 * groups; only the rows in view are in the DOM, and everyone is analysed after the first screen
 * (in a provider still reading a large `src`, people are drawn as they arrive, cells pending "…").
 * Organisation mode (`mode="organisation"`): one row per group of `group-by` (`aggregateTeam`), one
 * column per competency with the share below target and their number; groups under `min-group-size`
 * are withheld (counted in one line); no name or rating is drawn unless `allow-drill-down` is set.
 *
 * Keyboard (ARIA grid): one tab stop; arrows, Home/End, Ctrl+Home/End and PageUp/PageDown move;
 * Enter or Space on a column header sorts, on a cell selects.
 *
 * Inputs (`catalogue`, `roles`, `people`, `assessments`, `person-id`, `today`): its own when given
 * and valid, else a surrounding `<kompetenz-provider>`'s, else the defaults; an own value that is
 * not valid is reported. Person mode also takes `target`/`target-role`, `actual` and `external`.
 *
 * @customElement gap-matrix
 *
 * @fires {CustomEvent<KrSelectDetail>} kr-select - A cell was chosen (click, Enter, Space): `{personId?, competencyId?}`; in organisation mode `{group: {by, kind, key}, competencyId?}`.
 * @fires {CustomEvent<KrErrorDetail>} kr-error - An input could not be used: `{code, message, source}`; once per distinct problem while it holds. Valid rows still show. An attribute outside its fixed values (`mode`, `sort` in person mode, `cells`, `actual-rule`, `group-by`) is reported with code `enum`, a `min-gap` that is not a whole number from 1 to 3 or a `min-group-size` below 3 with code `range`, a `today` that is not a date `YYYY-MM-DD` with code `date`, a switch with a text other than empty, `true` or its name with code `boolean`, a `lang` other than `de`/`en` with code `lang`; source = the attribute name, and its default applies. With people to filter, a `filter-role` that names no role is `unknown-role`, a `filter-competency` that names no competency `unknown-competency` (either filter is then not used), a `filter-department` no person's department contains (in organisation mode: no person's department is) `unknown-department` (typed in the toolbar it is not reported), a `selected-group` that is none of the synergy groups `unknown-group`.
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
 * @csspart synergy-group - The button of a synergy group's card that marks its members.
 * @csspart withheld - Organisation mode: how many people are not shown because their groups are too small.
 * @csspart drill-down - Organisation mode with `allow-drill-down`: the people behind the chosen cell.
 * @csspart notice - Inputs that could not be used (`role="status"`).
 * @csspart label-tip - The whole text of a cut name or label, shown on hover and focus.
 *
 * @cssproperty [--kr-gap-matrix-height=32rem] - Largest height of the scroll region.
 * @cssproperty [--kr-gap-matrix-row-height=2rem] - Height of a data row.
 * @cssproperty [--kr-gap-matrix-cell-width=2.75rem] - Width of a competency column in team mode.
 * @cssproperty [--kr-gap-matrix-name-width=11rem] - Width of the name column in team mode.
 * @cssproperty [--kr-gap-matrix-role-width=9rem] - Width of the role column in team mode.
 * @cssproperty [--kr-gap-matrix-department-width=8rem] - Width of the department column in team mode.
 * @cssproperty [--kr-gap-matrix-competency-width=15rem] - Width of the competency column in person mode.
 * @cssproperty [--kr-gap-matrix-value-width=5rem] - Width of a value column in person mode.
 * @cssproperty [--kr-gap-matrix-column-header-height=11rem] - Height of the rotated competency headers in team and organisation mode.
 * @cssproperty [--kr-gap-matrix-share-width=4rem] - Width of a figure column in organisation mode.
 * @cssproperty [--kr-gap-matrix-drill-down-height=20rem] - Largest height of the table of the people behind a cell (organisation mode).
 * @cssproperty [--kr-gap-matrix-font-size=0.875rem] - Font size.
 * @cssproperty [--kr-background=#ffffff] - Background (dark: #1b1b1f); the older `--kr-gap-matrix-background` wins when set.
 * @cssproperty [--kr-text-color=#1f1f1f] - Text (dark: #ececec); the older `--kr-gap-matrix-color` wins when set.
 * @cssproperty [--kr-muted-color=#595959] - Secondary text (dark: #b0b0b0); the older `--kr-gap-matrix-muted-color` wins when set.
 * @cssproperty [--kr-grid-color=#c4c4c4] - Cell borders (dark: #4a525c); the older `--kr-gap-matrix-border-color` wins when set.
 * @cssproperty [--kr-gap-matrix-header-background=#f2f2f2] - Header and distribution rows (dark: #232a32).
 * @cssproperty [--kr-gap-matrix-category-background=#e8eef6] - Category rows in person mode (dark: #1f2c3d).
 * @cssproperty [--kr-focus-color=#0b57d0] - Focus outline (dark: #8ab4f8); the older `--kr-gap-matrix-focus-color` wins when set.
 * @cssproperty [--kr-gap-matrix-highlight-color=#6a1b9a] - Mark of the people in the selected synergy group (dark: #e1bee7).
 * @cssproperty [--kr-gap-matrix-highlight-background=#f3e5f5] - Background of their name cells (dark: #3d2645).
 * @cssproperty [--kr-gap-color-0=#e3f1e3] - Heat scale: gap 0 (met).
 * @cssproperty [--kr-gap-color-1=#fde9c9] - Heat scale: 1 level to build.
 * @cssproperty [--kr-gap-color-2=#f8bf80] - Heat scale: 2 levels to build.
 * @cssproperty [--kr-gap-color-3=#ec8a4b] - Heat scale: 3 levels to build.
 * @cssproperty [--kr-gap-color-above-1=#e1edf8] - Heat scale: 1 level above target.
 * @cssproperty [--kr-gap-color-above-2=#c2d9f0] - Heat scale: 2 levels above target.
 * @cssproperty [--kr-gap-color-above-3=#9dc0e6] - Heat scale: 3 levels above target.
 * @cssproperty [--kr-level-color-0=#f6f6f6] - Actual-level cells: level 0.
 * @cssproperty [--kr-level-color-1=#dcebf7] - Actual-level cells: level 1.
 * @cssproperty [--kr-level-color-2=#a9cdea] - Actual-level cells: level 2.
 * @cssproperty [--kr-level-color-3=#6fa8d9] - Actual-level cells: level 3.
 */
export class GapMatrix extends KrElement {
  static override styles = [krElementStyles, themeStyles, gapMatrixStyles, synergyStyles, organisationStyles];

  /** `person` (default): one person's competencies; `team`: people × competencies; `organisation`: groups × competencies, no individual data. Any other value is reported (`enum`) and counts as `person`. */
  @property({ reflect: true }) mode: GapMatrixMode = 'person';
  /** The catalogue; default: the provider's or the built-in 25 competencies. */
  @property({ converter: jsonAttribute<Catalogue>() }) catalogue?: Catalogue;
  /** Roles with their target profiles; default: the provider's or the built-in five. */
  @property({ attribute: false }) roles?: readonly Role[];
  /** People; default: the provider's. */
  @property({ attribute: false }) people?: readonly Person[];
  /** Assessments of the people; those of anyone not in `people` are left out without a report (a page may show some of the people with everyone's assessments). Default: the provider's. */
  @property({ attribute: false }) assessments?: readonly Assessment[];
  /** Person mode: whose comparison to show; default: the provider's selected person. Team mode: the chosen person, whose row is selected (set when a row is chosen, unless a provider holds the selection). */
  @property({ attribute: 'person-id' }) personId?: string;
  /** Person mode: the target profile `{competencyId: level}`; wins over `target-role`. */
  @property({ converter: jsonAttribute<Profile>() }) target?: Profile;
  /** Person mode: the target profile of this role (its id, or its German or English name). */
  @property({ attribute: 'target-role' }) targetRole?: string;
  /** Person mode: the actual profile `{competencyId: level}` (without a separate self rating it also counts as the self-assessment). */
  @property({ converter: jsonAttribute<Profile>() }) actual?: Profile;
  /** Person mode: an external assessment `{competencyId: level}`. */
  @property({ converter: jsonAttribute<Profile>() }) external?: Profile;
  /** The day against which ratings count as due for refreshing (`YYYY-MM-DD`); default: the provider's, else today. Any other value is reported (`date`) and the default used. */
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
   * competency id, or empty for the input order; organisation mode: `name`, `people`, `all` or a
   * competency id. An unknown key is reported (`unknown-competency`) and the input order kept.
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
  /** Team and organisation mode: only people of this role, by id or German or English name (case and blanks ignored). Naming no role, it is reported (`unknown-role`) and not used. */
  @property({ attribute: 'filter-role' }) filterRole = '';
  /**
   * Team mode: only people whose department contains this text. Organisation mode: only the people
   * of the department of this exact name (in whole blocks, as every filter there). Given by the
   * page and matching nobody, it is reported (`unknown-department`).
   */
  @property({ attribute: 'filter-department' }) filterDepartment = '';
  /** Team mode: the competency `min-gap` applies to (empty: every one), by id or German or English name (case and blanks ignored). Naming none, it is reported (`unknown-competency`) and not used. */
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
  /** Team mode: the id of the highlighted synergy group. An id that is none of the groups is reported (`unknown-group`) once they are known. */
  @property({ attribute: 'selected-group' }) selectedGroup?: string;
  /** Team mode: shows only the members of the selected synergy group. */
  @property({ type: Boolean, attribute: 'group-only' }) groupOnly = false;
  /** Organisation mode: one row per `department` (default), `role` or `category`. Any other value is reported (`enum`) and counts as `department`. */
  @property({ attribute: 'group-by' }) groupBy: AggregateGroupBy = 'department';
  /** Organisation mode: the fewest people any figure may stand for, a whole number of at least 3 (default 5); anything else is reported (`range`) and 5 applies. */
  @property({ type: Number, attribute: 'min-group-size' }) minGroupSize?: number;
  /** Organisation mode: figures aggregated elsewhere (`aggregateTeam`, e.g. on a server); they win over people and assessments, so no individual data need reach the page. */
  @property({ attribute: false }) aggregate?: TeamAggregate;
  /** Organisation mode: a cell opens the names and ratings of the people behind it. Off by default: without it none is drawn. */
  @property({ type: Boolean, attribute: 'allow-drill-down' }) allowDrillDown = false;

  @consumeProvider()
  @state()
  private context?: KompetenzContextValue;

  /** The first screen assumes a scroll region of 32rem under a head of at least 12.5rem (category band, rotated headers, distribution: 15rem by default, 13rem in a narrow host). */
  private readonly window = new RowWindow(this, { overscan: 4, behind: 1, rowHeight: 32, fallbackViewport: 512, fallbackHeader: 200 });
  private readonly personFirstRows = new PersonFirstRows(this, () => this.roving.active?.row ?? 0);
  private readonly analysis = new TeamAnalysis(this);
  private readonly organisation = new OrganisationView(this, () => void (this.roving.active && this.roving.focus(this.roving.active)));
  /** Says the chosen row, and the number of people shown once a filter changed it (team mode, after a pause). */
  private readonly announcements = new MatrixAnnouncements(this, () => (this.mode === 'team' && this.analysis.model && this.selection.complete ? this.selection.view.length : undefined), (n) => this.localize.of(GAP_MATRIX_STRINGS).shown(n, this.analysis.model?.rowCount ?? n));
  private readonly roving = new RovingFocusController<GridCell>(this, {
    navigation: gridNavigation(() => this.shape()),
    element: ({ row, col }) => this.renderRoot.querySelector<HTMLElement>(`[role='grid'] [aria-rowindex='${row + 1}'] > [data-col='${col}']`),
    positionOf: cellOf,
    reveal: ({ row }) => void (this.mode === 'team' && row >= TEAM_HEAD_ROWS && this.window.reveal(row - TEAM_HEAD_ROWS)),
  });
  private readonly synergyCards = new SynergyCards(this, () => this.selection.groups, () => {
    const first = this.groupOnly ? -1 : this.selection.firstMember();
    if (first >= 0) this.window.reveal(first);
  });
  /** A catalogue and roles of its own are checked once per object. */
  private readonly definitions = new Memo(resolveDefinitions);
  private readonly personTable = new PersonTable();
  private readonly selection = new TeamSelection();
  private sources: Sources | undefined;
  private readonly filters = new FilterChecks();

  /** Resolves when every person of team mode is analysed (competency sorts, gap filters, the distribution row and synergy groups need that); at once in person mode. */
  get analysisComplete(): Promise<void> {
    return this.analysis.settled();
  }

  /**
   * What is shown, as CSV for German Excel (UTF-8 with BOM, `;`, CRLF, decimal comma):
   * person mode `gapsToCSV` of the shown competencies in the shown order; team mode
   * `teamToCSV` of the shown people with the shown values (gap or actual level); organisation mode
   * the groups shown with the share below target per competency (`organisationCsv`). Empty while a provider is still reading the records of the people shown.
   */
  toCSV(): string {
    const lang = this.localize.lang;
    if (this.mode === 'organisation') return this.hasUpdated ? this.organisation.csv(this.localize.of(GAP_MATRIX_STRINGS), lang) : '';
    if (this.mode !== 'team') return this.sources ? personCsv(this.personTable.result, this.personTable.rows, this.sources.catalogue, lang) : '';
    const model = this.analysis.model;
    if (!model || model.awaiting) return '';
    this.analysis.finish();
    const settings = this.teamSettings(formatterFor(lang));
    return teamCsv(model, this.selection.viewOf(model, settings, true), settings.value, lang);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.localize.fallback = this.context?.lang;
    let problems: InputProblem[];
    try {
      problems = this.prepare();
    } catch (error) {
      problems = [{ code: 'invalid-input', source: 'render', message: describeError(error) }];
      this.personTable.clear();
    }
    this.setProblems('data', problems);
    this.checkOptions(changed);
  }

  /** Reads the inputs and derives what the mode shows; returns the problems found. */
  private prepare(): InputProblem[] {
    const context = this.context;
    let sources = (this.sources = readSources(this, context, this.definitions.get(this.catalogue, this.roles, context)));
    const rule = (ACTUAL_RULES as readonly string[]).includes(this.actualRule) ? this.actualRule : 'external-first';
    if (this.mode === 'organisation') {
      this.analysis.release();
      this.personTable.clear();
      // A given aggregate decides the filter itself.
      if (this.aggregate != null) this.filters.skip();
      const filters = this.aggregate == null ? this.filters.check(this, sources, formatterFor(resolveLang(this, context?.lang)), { competency: undefined }, true) : [];
      const settings = { groupBy: groupByOf(this.groupBy), minGroupSize: minGroupSizeOf(this.minGroupSize), roleId: this.filters.roleId(this), department: (this.filterDepartment ?? '').trim() };
      return [...sources.problems, ...filters, ...this.organisation.prepare({ ...sources, rule }, settings, this.sort ?? '', this.aggregate)];
    }
    this.organisation.release();
    if (this.mode !== 'team') {
      this.analysis.release();
      const { target, targetRole, actual, external } = this;
      this.personTable.update({ ...sources, contextPersonId: context?.personId, target, targetRole, actual, external, rule }, personSortOf(this.sort), this.toBuildOnly);
      return [...sources.problems, ...this.personTable.result.problems];
    }
    this.personTable.clear();
    sources = this.sources = teamSources(sources);
    // While the data are on their way only a note is drawn: no team to build yet.
    if (sources.waiting) return (this.analysis.release(), sources.problems);
    const model = this.analysis.use({ ...sources, rule, awaiting: sources.arriving !== undefined }, sources.origin === 'context');
    if (!model) return ((sources.waiting = true), sources.problems);
    // The language of this update: the controller resolves it only after `willUpdate`.
    const text = formatterFor(resolveLang(this, context?.lang));
    const filters = this.filters.check(this, sources, text, model.awaiting ? { department: undefined } : {});
    const settings = this.teamSettings(text);
    const selection = this.selection.update(model, settings);
    const group = this.filters.group(this.selectedGroup, settings.synergy && model.complete ? this.selection.groups : undefined, sources);
    return [...sources.problems, ...teamDataProblems(model, sources.origin === 'context'), ...filters, ...selection, ...group];
  }

  /** Team mode's settings (`teamSettings`) with the ids the filters name, without a refused one. */
  private readonly teamSettings = (text: TextRules): TeamSettings => this.filters.settings(teamSettings(this, text));

  private checkOptions(changed: PropertyValues<this>): void {
    if (changed.has('mode')) this.checkEnum('mode', this.mode, MODES);
    this.setProblems('mode-inputs', modeInputProblems(this, MODES.includes(this.mode) ? this.mode : 'person'));
    if (changed.has('cells')) this.checkEnum('cells', this.cells, CELL_VALUES);
    if (changed.has('actualRule')) this.checkEnum('actual-rule', this.actualRule, ACTUAL_RULES);
    if (changed.has('groupBy')) this.setProblems('group-by', groupByProblems(this.groupBy));
    if (changed.has('minGroupSize')) this.setProblems('min-group-size', minGroupSizeProblems(this.minGroupSize, this.getAttribute('min-group-size')));
    // Team and organisation mode report unknown sort keys with the data (they depend on the catalogue); empty means the default.
    if (changed.has('sort') || changed.has('mode')) {
      if (this.mode !== 'team' && this.mode !== 'organisation' && this.sort !== '') this.checkEnum('sort', this.sort, PERSON_SORTS);
      else this.clearErrors('sort');
    }
    if (changed.has('minGap')) this.setProblems('min-gap', minGapProblems(this.minGap, this.getAttribute('min-gap')));
  }

  private shape(): GridShape {
    if (this.mode === 'organisation') return this.organisation.shape();
    if (this.mode === 'team') return teamShape(this.selection.view.length, this.analysis.model?.width ?? 0, this.window.page);
    return personShape(this.personTable.rows.length, this.showHistory ? (this.personTable.result.data?.history.length ?? 0) : 0);
  }

  /** The roving tabindex of the cells of one render (the active cell settled once): 0 for the active one, -1 for the others. */
  private readonly tabs = (tab = this.roving.tabIndexes()) => (row: number, col: number): number => tab({ row, col });

  /** Settings changed in the toolbars. */
  private readonly change = (change: object): void => void Object.assign(this, this.filters.fromToolbar(change));

  /** Enter or Space on a cell, a click on one (the other keys move, see `RovingFocusController`). */
  private readonly grid = gridListeners(this.roving, (cell) => this.activate(cell));

  /** Sorts by a column header, selects a data cell. */
  private activate(cell: GridCell): void {
    const model = this.analysis.model;
    const sort = { key: this.sort || 'none', descending: this.sortDescending };
    const action =
      this.mode === 'organisation'
        ? this.organisation.action(cell, sort, this.allowDrillDown)
        : this.mode === 'team'
          ? model && teamCellAction(cell, model, this.selection.view, sort)
          : personCellAction(cell, this.personTable.rows, this.personTable.result.person?.id);
    if (action && 'select' in action) this.emit('kr-select', action.select);
    else if (action) this.change(action);
    if (action && 'select' in action && this.mode !== 'person') this.choose(action.select.personId);
  }

  /** Marks the chosen row and says so: team mode's person (own `personId`, unless a provider holds the selection), organisation mode's group. */
  private choose(personId = ''): void {
    if (personId && (!this.context || this.sources?.personId)) this.personId = personId;
    const name = this.mode === 'organisation' ? this.organisation.chosenName() : this.analysis.model?.people.find((person) => person.id === personId)?.name;
    if (name) this.announcements.chosen(this.localize.of(GAP_MATRIX_STRINGS).chosen(name));
  }

  protected override render(): TemplateResult {
    const s = this.localize.of(GAP_MATRIX_STRINGS);
    return html`${this.renderNotice()}${this.announcements.render()}${this.sources?.waiting && this.aggregate == null ? loadingNote(s.loading) : this.mode === 'team' ? this.renderTeam(s) : this.mode === 'organisation' ? this.renderOrganisation(s) : this.renderPerson(s)}`;
  }

  private renderOrganisation(s: GapMatrixStrings): TemplateResult {
    const options = { groupBy: groupByOf(this.groupBy), sort: this.sort ?? '', sortDescending: this.sortDescending, filterRole: this.filters.roleId(this) };
    const sort = { key: this.sort || 'none', descending: this.sortDescending };
    return this.organisation.render({ s, lang: this.localize.lang, sort, tabs: this.tabs, drillDown: this.allowDrillDown, options, change: this.change, grid: this.grid });
  }

  private renderPerson(s: GapMatrixStrings): TemplateResult {
    const catalogue = this.sources?.catalogue ?? DEFAULT_CATALOGUE_LEAN;
    const shown = this.personFirstRows.shown(this.personTable.rows.length);
    return personGrid({ s, lang: this.localize.lang, catalogue, table: this.personTable, shown, sort: personSortOf(this.sort), options: this, tab: this.tabs(), change: this.change, grid: this.grid });
  }

  private renderTeam(s: GapMatrixStrings): TemplateResult {
    const model = this.analysis.model;
    if (!model) return html`<p class="empty-note" part="status">${s.noPerson}</p>`;
    const lang = this.localize.lang;
    const { selection } = this;
    const settings = this.teamSettings(formatterFor(lang));
    const range = this.window.range(selection.view.length);
    const shown = rowsToDraw(range.first, range.last, (this.roving.active?.row ?? 0) - TEAM_HEAD_ROWS, selection.view.length);
    for (const k of shown) model.ensure(selection.view[k]);
    const summary = selection.summary(model, settings);
    return html`${teamGrid({ s, lang, model, selection, settings, shown, range, rowHeight: this.window.rowHeight, summary, chosen: chosenPersonId(this.sources?.personId, this.context?.personId), tab: this.tabs(), options: this, change: this.change, grid: this.grid })}
    ${this.synergy ? this.synergyCards.render({ s, lang, model, selection, settings, change: this.change }) : nothing}`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.window.sync(this.renderRoot, this.mode === 'team');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gap-matrix': GapMatrix;
  }
}
