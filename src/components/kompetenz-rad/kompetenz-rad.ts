import type { PropertyValues, TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { AggregateGroup, TeamAggregate } from '../../domain/aggregate.js';
import { DEFAULT_CATALOGUE_LEAN } from '../../domain/catalogue.js';
import type { GapEntry } from '../../domain/gaps.js';
import { DEFAULT_ROLES_LEAN } from '../../domain/roles.js';
import type { Catalogue, CompetencyId, Profile, Role } from '../../domain/types.js';
import { krElementStyles } from '../../internal/base.styles.js';
import { consumeProvider, waitsForProvider, type KompetenzContextValue } from '../../internal/context.js';
import { listNavigation, RovingFocusController } from '../../internal/controllers/roving-focus.js';
import { EDIT_SERIES, type EditSeries } from '../../internal/events.js';
import { isGiven, resolveCatalogue, resolveInput, type InputProblem } from '../../internal/inputs.js';
import { jsonAttribute } from '../../internal/json-attribute.js';
import { describeError, KrElement } from '../../internal/kr-element.js';
import { selectedPerson } from '../../internal/selected-person.js';
import { StaticCopies } from '../../internal/static-copies.js';
import { serializeSvg } from '../../internal/svg-export.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { CrowdController } from './controllers/crowd.js';
import { DeferredTableController } from './controllers/deferred-table.js';
import { GroupLoader } from './controllers/group-loader.js';
import { LevelEditingController } from './controllers/level-editing.js';
import { LightTableController } from './controllers/light-table.js';
import { LEGEND_MODES, SharedLegendController } from './controllers/shared-legend.js';
import { SpokeTooltipController } from './controllers/spoke-tooltip.js';
import { WheelLayoutController } from './controllers/wheel-layout.js';
import { wheelStyles } from './kompetenz-rad.styles.js';
import type { GroupChoice } from './model/group-source.js';
import { chooseSeries, NO_SERIES_ORIGIN, type SeriesOrigin } from './model/series-sources.js';
import { shownSeries, type ShownSeries } from './model/shown-series.js';
import { buildModel, type WheelModel } from './model/wheel-model.js';
import { WHEEL_STRINGS } from './strings/index.js';
import { personParts } from './views/person.js';
import type { WheelFrame } from './views/scene.js';
import { wheelShell, type ShellParts } from './views/shell.js';
import type { WheelHandlers } from './views/wheel-svg.js';

let instances = 0;

/** The inputs whose change means reading the data again. */
const INPUTS = ['catalogue', 'target', 'targetRole', 'actual', 'external', 'editable', 'editSeries', 'hideTarget', 'context', 'groupBy', 'group', 'aggregate', 'minGroupSize'] as const;

/**
 * The competency wheel (Kompetenzrad): one sector per competency, grouped and coloured by
 * category, three rings for Kenner, Könner and Experte. It draws a target profile (outline),
 * an actual profile (filled, the gap to the target hatched) and an external assessment
 * (dashed, with markers), marks blind spots and hidden strengths, and can be edited by
 * pointer and keyboard. Data come from properties, JSON attributes, a plain `<table>` inside
 * the element, or a surrounding `<kompetenz-provider>`.
 *
 * Editing: with `editable`, each spoke is a vertical slider (0–3). A click or tap on a ring sets that
 * level; a click on the innermost ring of a spoke that is already at 1 sets 0. Keyboard:
 * ←/→ (and ↑/↓ when not editable) move between competencies, Home/End jump (when not editable), Enter/Space
 * selects, ↑/↓ or 0–3 set the level when editable, End/PageUp the highest and Home/PageDown the lowest. Outside a provider the element updates its
 * own `actual`; inside one it only fires `kr-level-change` and the provider saves.
 *
 * Sources, highest first (the input rule of `src/internal/inputs.ts`; `null` or empty counts as not
 * given): the `target`/`actual`/`external` properties (or attributes); `target-role`; the
 * light-DOM table; the provider's selected person. A table column beside an attribute of the same
 * series is not read and is reported (`table-and-attribute`): remove one of the two.
 *
 * Groups: with `group-by`, `group` or `aggregate` the wheel shows a group instead of a person,
 * from the domain's `aggregateTeam` (over the provider's people, or as given): per spoke the
 * group's people side by side by level, each level as wide as its share and as high as its
 * ring, under the target outline (the group's mean target; a role's target for a group of one
 * role); the data table and detail box give the people per level, the share below target and
 * the mean gap. Nothing of one person is shown: a group of fewer than `min-group-size` people
 * (and a group the data do not have) shows a notice instead of figures. A group is never edited:
 * `editable` and the person inputs are reported (`not-for-groups`) and not used. The code for
 * groups is loaded on first use.
 *
 * Legend: names stand at the spokes where the width allows; where they do not fit, the spokes
 * carry numbers and the legend lists the names. Several wheels on one page can share one legend
 * with `legend="shared"`: of the connected wheels with `legend="shared"` that show the same
 * catalogue in the same language, with series that mean the same (a line manager's wheel, a
 * person's own rating and a blind self-assessment each share only with their like), the first
 * in document order draws the legend (with the series
 * of all of them, and the names behind the numbers when any of them numbers its spokes); the
 * others draw a short hint that names that wheel (`part="legend-hint"`). The data table stays
 * available in every wheel.
 *
 * @customElement kompetenz-rad
 *
 * @fires {CustomEvent<KrLevelChangeDetail>} kr-level-change - The user set a level: `{competencyId, level, previous, series}`.
 * @fires {CustomEvent<KrSelectDetail>} kr-select - The user selected a competency (Enter, Space, or a click when not editable): `{competencyId}`.
 * @fires {CustomEvent<KrErrorDetail>} kr-error - An input could not be used (bad JSON, unknown id, level out of 0..3, unknown role): `{code, message, source}`; once per distinct problem while it holds.
 *
 * @slot - Optional: a `<table>` with the data (columns competency, target, actual, external; header row optional). Shown as is without JavaScript.
 *
 * @csspart wheel - The `<svg>` of the wheel.
 * @csspart sector - A competency's group of three ring sectors (the focusable spoke).
 * @csspart label - A competency's label text (or number at small widths).
 * @csspart legend - The legend below the wheel (series, categories, markers, numbered names).
 * @csspart table - The data table with the same values as the wheel.
 * @csspart notice - The notice that lists inputs that could not be used (`role="status"`).
 * @csspart group-notice - Why a group shows no figures (too few people, no such group, none chosen, no data), in their place.
 * @csspart no-person - Above an editable wheel inside a provider that selects no person: why nothing can be rated.
 * @csspart legend-hint - With `legend="shared"`, in place of the legend: where the legend is drawn.
 * @csspart tooltip - The detail box shown on hover and focus: name, category, levels, and the competency's description when the catalogue has one (the provider's has; standalone, the wheel loads the lean catalogue without descriptions).
 *
 * @cssproperty [--kr-color-digital=#1565c0] - Colour of the category "Digitale Fachkompetenzen" (dark mode: #64b5f6).
 * @cssproperty [--kr-color-methode=#b45309] - Colour of the category "Methodenkompetenzen" (dark: #f59e0b).
 * @cssproperty [--kr-color-sozial=#2e7d32] - Colour of the category "Sozialkompetenzen" (dark: #81c784).
 * @cssproperty [--kr-color-personal=#7b1fa2] - Colour of the category "Personale Kompetenzen" (dark: #ce93d8).
 * @cssproperty [--kr-target-color=#1f1f1f] - Target outline and gap hatching (dark: #f2f2f2).
 * @cssproperty [--kr-actual-color=#3d3d3d] - Outline of the filled actual sectors (dark: #c8c8c8).
 * @cssproperty [--kr-external-color=#a3195b] - External assessment line and markers (dark: #ff8cc6).
 * @cssproperty [--kr-grid-color=#767676] - Rings, separators, table rules (dark: #8f8f8f).
 * @cssproperty [--kr-focus-color=#0b57d0] - Focus outline (dark: #8ab4f8).
 * @cssproperty [--kr-text-color=#1f1f1f] - Text (dark: #ececec).
 * @cssproperty [--kr-muted-color=#595959] - Secondary text (dark: #b0b0b0).
 * @cssproperty [--kr-background=#ffffff] - Background (dark: #1b1b1f).
 * @cssproperty [--kr-sector-tint=0.1] - Opacity of the category tint of empty ring sectors (default 0.1 in a light colour scheme, 0.16 in a dark one; the element's `color-scheme` picks).
 * @cssproperty [--kr-font-family=system-ui, sans-serif] - Font of labels, legend and table.
 */
export class KompetenzRad extends KrElement {
  static override styles = [krElementStyles, themeStyles, wheelStyles];

  /** The catalogue (categories and competencies in wheel order); default: the built-in 25 competencies, or the provider's. */
  @property({ converter: jsonAttribute<Catalogue>() }) catalogue?: Catalogue;

  /** The target profile (Soll) as an object `{competencyId: level}`; wins over `targetRole`. */
  @property({ converter: jsonAttribute<Profile>() }) target?: Profile;

  /** Shows the target profile of this role: its id (`fuehrungskraft`, `cdo`, `cio`, `projektmanager`, `digitallotse`, or a provider role's) or its German or English name. */
  @property({ attribute: 'target-role' }) targetRole?: string;

  /** The actual profile (Ist): `{competencyId: level}`. Without a separate self rating it also counts as the self-assessment. */
  @property({ converter: jsonAttribute<Profile>() }) actual?: Profile;

  /** An external assessment (Fremdeinschätzung): `{competencyId: level}`; only the listed competencies are drawn. */
  @property({ converter: jsonAttribute<Profile>() }) external?: Profile;

  /** Lets the user set the actual levels by pointer and keyboard. */
  @property({ type: Boolean }) editable = false;

  /**
   * Hides the target outline (and gap) while someone rates themselves; with `editable` and
   * `edit-series="self"` the external assessment is hidden too, with the blind spots and hidden
   * strengths that compare it (markers, legend, tooltip, table, description), so neither biases the answer.
   */
  @property({ type: Boolean, attribute: 'hide-target' }) hideTarget = false;

  /** Which rating an edit belongs to, reported in `kr-level-change` (`self` or `external`; another value is reported as `kr-error` code `enum` and means `self`). */
  @property({ attribute: 'edit-series' }) editSeries: EditSeries = 'self';

  /**
   * Shows a group of the provider's people instead of a person: grouped by `department`, `role` or
   * `category` (all categories together: the whole organisation). Another value is reported
   * (`enum`) and means `department`.
   */
  @property({ attribute: 'group-by' }) groupBy?: 'department' | 'role' | 'category';

  /**
   * The group to show, by its key: a department's name, a role id, a category id, or `other` (the
   * people of several departments, each too few in their role). As a property also a group object
   * of `aggregateTeam`. Setting it shows a group (by department unless `group-by` says otherwise).
   */
  @property() group?: string | AggregateGroup;

  /** Figures made by the domain's `aggregateTeam` to show a group from, instead of the provider's people (JSON in the attribute). */
  @property({ converter: jsonAttribute<TeamAggregate>() }) aggregate?: TeamAggregate;

  /**
   * The fewest people a group's figures may stand for: a whole number of at least 3 (else reported,
   * code `range`), default 5; never below the aggregate's own. A smaller group shows a notice instead.
   */
  @property({ type: Number, attribute: 'min-group-size' }) minGroupSize?: number;

  /**
   * How the wheel draws its legend: `auto` (default) the legend below the wheel, with the names
   * behind the numbers only when the names do not fit at the spokes; `none` no legend (for a page
   * that shows one elsewhere); `shared` one legend for several wheels (see the class comment).
   * Another value is reported (`enum`) and means `auto`.
   */
  @property() legend: 'auto' | 'none' | 'shared' = 'auto';

  @consumeProvider()
  @state()
  private context?: KompetenzContextValue;

  @state() private tableOpen = false;

  @query('svg.wheel') private svgElement?: SVGSVGElement;

  private readonly uid = (instances += 1);
  private model: WheelModel | undefined;
  private shown: ShownSeries = { target: false, actual: false, external: false, gap: false, markers: false, names: { actual: 'actual', external: 'external' } };
  /** Where the person's series came from (the role whose target is shown, the input an edit goes to). */
  private origin: SeriesOrigin = NO_SERIES_ORIGIN;
  /** The group shown (once its code is loaded), or `undefined` for a person. */
  private groupChoice: GroupChoice | undefined;

  private readonly layouts = new WheelLayoutController(this);
  /** Draws the data table of the last render (see `ShellParts.table`). */
  private drawTable: ShellParts['table'];
  private readonly table = new DeferredTableController(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>('#data'),
    content: () => this.drawTable?.(),
  });
  private readonly crowd = new CrowdController(this);
  private readonly copies = new StaticCopies();
  private readonly lightTable = new LightTableController(this);
  private readonly groupLoader = new GroupLoader(this);

  private readonly roving = new RovingFocusController<CompetencyId>(this, {
    navigation: listNavigation({ keys: () => this.model?.catalogue.competencies.map((competency) => competency.id) ?? [], wrap: true }),
    element: (id) => this.renderRoot.querySelector<SVGGElement>(`.spoke[data-index="${this.indexOf(id)}"]`),
    positionOf: (target) => target.closest('.spoke')?.getAttribute('data-competency') ?? undefined,
  });

  private readonly editing = new LevelEditingController(this, {
    editable: () => this.canEdit,
    series: () => this.series,
    competencyOf: (event) => this.roving.positionOfEvent(event),
    levelOf: (id) => this.entryOf(id)?.actual,
    focus: (id) => void this.roving.focus(id),
    keep: (id, level) => {
      // Inside a provider the provider saves (or refuses) the edit; only a wheel on its own keeps it.
      if (this.context || this.origin.fromProvider) return;
      const kept = { ...(this.model?.profiles.actual ?? {}), [id]: level };
      if (this.origin.edited === 'external') this.external = kept;
      else this.actual = kept;
    },
  });

  private readonly legends = new SharedLegendController(this, {
    mode: () => this.legend,
    name: () => this.svgElement?.getAttribute('aria-label') ?? undefined,
    meaning: () => (this.showsGroup ? 'group' : `${this.shown.names.actual}/${this.shown.names.external}${this.hideTarget && this.canEdit && this.series === 'self' ? '/blind' : ''}`),
  });

  private readonly tooltip = new SpokeTooltipController(this, {
    competencyOf: (event) => this.roving.positionOfEvent(event),
    active: () => this.roving.active,
    parts: () => ({
      tip: this.renderRoot.querySelector<HTMLElement>('[part="tooltip"]'),
      wheel: this.svgElement ?? null,
      layout: this.layouts.current,
      index: (id) => this.indexOf(id),
    }),
  });

  private readonly handlers: WheelHandlers = {
    keydown: this.editing.onKeyDown,
    click: this.editing.onClick,
    pointerover: this.tooltip.onPointerOver,
    pointerleave: this.tooltip.onPointerLeave,
    focusin: this.tooltip.onFocusIn,
    focusout: this.tooltip.onFocusOut,
  };

  /** A standalone SVG document of the wheel as it looks now (styles resolved into attributes). */
  toSVG(): string {
    const element = this.svgElement;
    if (!element) return '';
    const title = (this.groupChoice && element.getAttribute('aria-label')) || this.localize.of(WHEEL_STRINGS).wheelName;
    return serializeSvg(element, { title, background: this.background() });
  }

  /** The wheel as a PNG image (twice the drawn size). */
  async toPNG(): Promise<Blob> {
    await this.updateComplete;
    const layout = this.layouts.current;
    const { svgToPng } = await import('../../internal/svg-to-png.js');
    return svgToPng(this.toSVG(), { width: layout?.width ?? 0, height: layout?.height ?? 0, background: this.background() });
  }

  /** The colour the wheel is drawn on, resolved (`--_bg` holds `light-dark()` where the browser knows it). */
  private background(): string {
    return getComputedStyle(this).backgroundColor || '#ffffff';
  }

  /**
   * Resolves once the data table is in the shadow DOM. The table is built after the wheel's first
   * paint (within a frame, at once for printing), so that the wheel appears without waiting for it.
   */
  get tableReady(): Promise<void> {
    return this.table.ready;
  }

  /** Whether the user can rate here: `editable`, a person, and one to save the rating for. */
  private get canEdit(): boolean {
    return this.editable && !this.showsGroup && !this.origin.noOneToRate;
  }

  /** Whether the wheel shows a group (see the class comment) rather than a person. */
  private get showsGroup(): boolean {
    return isGiven(this.groupBy) || isGiven(this.group) || isGiven(this.aggregate);
  }

  /** Each update first reads width and font, together with every other wheel about to update. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // With `legend="shared"` it also waits for the code of shared legends (loaded once).
    return Promise.all([this.layouts.beforeUpdate(), this.legends.beforeUpdate()]).then(() => super.scheduleUpdate());
  }

  /** Also waits for the group wheel's code when it is being loaded. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const loading = this.groupLoader.pending;
    if (!loading) return done;
    await loading;
    return this.getUpdateComplete();
  }

  /** The rating edits belong to: `external` only when asked for, `self` for anything else. */
  private get series(): EditSeries {
    return this.editSeries === 'external' ? 'external' : 'self';
  }

  private indexOf(id: CompetencyId | undefined): number {
    return Math.max(0, this.model?.analysis.entries.findIndex((entry) => entry.competencyId === id) ?? 0);
  }

  private entryOf(id: CompetencyId): GapEntry | undefined {
    return this.model?.analysis.entries.find((entry) => entry.competencyId === id);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.localize.fallback = this.context?.lang;
    if (changed.has('editSeries')) this.checkEnum('edit-series', this.editSeries, EDIT_SERIES);
    if (changed.has('legend')) this.checkEnum('legend', this.legend, LEGEND_MODES);
    const sourceChanged = [this.lightTable.takeChange(), this.groupLoader.takeArrival()].includes(true);
    if (sourceChanged || !this.model || INPUTS.some((name) => changed.has(name as keyof KompetenzRad))) this.rebuild();
  }

  /** Reads every input again and reports what could not be used. */
  private rebuild(): void {
    const problems: InputProblem[] = [];
    try {
      const catalogue = resolveCatalogue(this.catalogue, this.context);
      if (catalogue.problem) problems.push(catalogue.problem);
      // No roles of its own: the provider's, else the built-in ones (`resolveRoles` would bring its validation into the wheel's bundle).
      const roles = resolveInput<readonly Role[]>({ source: 'roles', own: undefined, provided: this.context?.roles, fallback: DEFAULT_ROLES_LEAN }).value;
      this.groupChoice = undefined;
      problems.push(...(this.showsGroup ? this.chooseGroup(catalogue.value, roles) : this.choosePerson(catalogue.value, roles)));
    } catch (error) {
      problems.push({ code: 'invalid-input', source: 'render', message: describeError(error) });
      this.model ??= buildModel(DEFAULT_CATALOGUE_LEAN, {});
    }
    this.setProblems('data', problems);
  }

  /** A person's series (see `chooseSeries` for where each comes from). */
  private choosePerson(catalogue: Catalogue, roles: readonly Role[]): InputProblem[] {
    const table = this.lightTable.read(catalogue);
    const person = this.context ? selectedPerson(this.context) : undefined;
    const own = { target: this.target, targetRole: this.targetRole, actual: this.actual, external: this.external };
    const choice = chooseSeries(own, { table, person, roles, editable: this.editable, series: this.series, written: (name) => this.hasAttribute(name) });
    const model = buildModel(catalogue, choice.inputs, choice.selfIsActual);
    this.model = model;
    const noOneToRate = this.context !== undefined && !waitsForProvider(this.context) && person?.person === undefined;
    this.origin = { role: choice.role, fromProvider: choice.actualFromProvider, edited: choice.edited, noOneToRate };
    this.shown = shownSeries(model, { editable: this.editable, hideTarget: this.hideTarget, series: this.series, line: choice.line, filled: choice.filled });
    return [...(table?.problems ?? []), ...(person?.problems ?? []), ...choice.problems, ...model.problems];
  }

  /** A group wheel draws nothing of a person: an empty model for the frame, and the group once its code is there. */
  private chooseGroup(catalogue: Catalogue, roles: readonly Role[]): InputProblem[] {
    this.model = buildModel(catalogue, {});
    this.origin = NO_SERIES_ORIGIN;
    this.shown = shownSeries(this.model, { editable: false, hideTarget: true, series: 'self' });
    const mode = this.groupLoader.get();
    if (this.groupLoader.failure !== undefined) return [{ code: 'group-unavailable', source: 'group', message: `group: ${describeError(this.groupLoader.failure)}` }];
    this.groupChoice = mode?.chooseGroup({ catalogue, roles, portfolio: this.context?.portfolio, today: this.context?.today, inputs: this });
    return this.groupChoice?.problems ?? [];
  }

  protected override render(): TemplateResult {
    const model = this.model ?? buildModel(DEFAULT_CATALOGUE_LEAN, {});
    const lang = this.localize.lang;
    const s = this.localize.of(WHEEL_STRINGS);
    const frame: WheelFrame = this.legends.frame({ catalogue: model.catalogue, layout: this.layouts.layoutFor(model.catalogue, lang), lang, strings: s, descriptions: this.context?.descriptions, copies: this.copies });
    const states = { editable: this.canEdit, activeIndex: this.indexOf(this.roving.active), selectedId: this.editing.selected };
    const tip = this.tooltip.shown;
    const mode = this.groupLoader.module;
    const parts =
      this.groupChoice && mode
        ? mode.groupParts({ frame, choice: this.groupChoice, group: this.localize.of(mode.GROUP_STRINGS), hideTarget: this.hideTarget, states, handlers: this.handlers, tip })
        : personParts({ ...frame, model, shown: this.shown, hatchId: `kr-hatch-${this.uid}` }, states, this.handlers, this.origin.role, tip === undefined ? undefined : this.entryOf(tip), this.editable && this.origin.noOneToRate);
    this.drawTable = parts.table;
    const shell = { lang, strings: s, notice: this.renderNotice(), crowded: this.crowd.crowded, tableOpen: this.tableOpen, toggleTable: this.toggleTable, onSlotChange: this.lightTable.onChange };
    return wheelShell(parts, shell);
  }

  private readonly toggleTable = (): void => {
    this.tableOpen = !this.tableOpen;
    void this.table.build();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'kompetenz-rad': KompetenzRad;
  }
}
