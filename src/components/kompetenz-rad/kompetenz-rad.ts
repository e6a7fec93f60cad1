import { consume } from '@lit/context';
import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { DEFAULT_CATALOGUE_LEAN as DEFAULT_CATALOGUE } from '../../domain/catalogue.js';
import type { GapEntry } from '../../domain/gaps.js';
import { DEFAULT_ROLES_LEAN as DEFAULT_ROLES } from '../../domain/roles.js';
import type { Catalogue, Lang, Level, Profile, Role } from '../../domain/types.js';
import { krElementStyles } from '../../internal/base.styles.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { kompetenzContext, type KompetenzContextValue } from '../../internal/context.js';
import { EDIT_SERIES, type EditSeries } from '../../internal/events.js';
import { jsonAttribute } from '../../internal/json-attribute.js';
import { describeError, KrElement } from '../../internal/kr-element.js';
import { categorySlot } from '../../internal/palette.js';
import { ResizeController } from '../../internal/resize-controller.js';
import { levelLabel } from '../../internal/strings.js';
import { roleOfAttribute, selectedPerson } from '../../internal/selected-person.js';
import { serializeSvg, svgToPng } from '../../internal/svg-export.js';
import { layoutWheel, outlinePath, pointAt, sectorPath, segmentsPath, trianglePath, type WheelLayout } from './geometry.js';
import { wheelStyles } from './kompetenz-rad.styles.js';
import { buildModel, catalogueProblem, type ModelProblem, type SeriesInput, type SeriesName, type WheelModel } from './model.js';
import { WHEEL_STRINGS, type WheelStrings } from './strings.js';
import { readTable } from './table-source.js';
import { keyAction } from './keys.js';
import { createTextMeasure } from './measure.js';

let instances = 0;
/** Layouts per catalogue and width/language/font: several wheels on a page share them. */
const layouts = new WeakMap<Catalogue, Map<string, WheelLayout>>();

/** Which of the series are drawn. */
interface Shown {
  target: boolean;
  actual: boolean;
  external: boolean;
}

/**
 * The competency wheel (Kompetenzrad): one sector per competency, grouped and coloured by
 * category, three rings for Kenner, Könner and Experte. It draws a target profile (outline),
 * an actual profile (filled, the gap to the target hatched) and an external assessment
 * (dashed, with markers), marks blind spots and hidden strengths, and can be edited by
 * pointer and keyboard. Data come from properties, JSON attributes, a plain `<table>` inside
 * the element, or a surrounding `<kompetenz-provider>`.
 *
 * Editing: with `editable`, each spoke is a slider (0–3). A click or tap on a ring sets that
 * level; a click on the innermost ring of a spoke that is already at 1 sets 0. Keyboard:
 * ←/→ (and ↑/↓ when not editable) move between competencies, Home/End jump, Enter/Space
 * selects, ↑/↓ or 0–3 set the level when editable. Outside a provider the element updates its
 * own `actual`; inside one it only fires `kr-level-change` and the provider saves.
 *
 * Sources, highest first: the `target`/`actual`/`external` properties (or attributes);
 * `target-role`; the light-DOM table; the provider's selected person.
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
 * @cssproperty [--kr-sector-tint=0.1] - Opacity of the category tint of empty ring sectors.
 * @cssproperty [--kr-font-family=system-ui, sans-serif] - Font of labels, legend and table.
 */
export class KompetenzRad extends KrElement {
  static override styles = [krElementStyles, themeStyles, wheelStyles];

  /** The catalogue (categories and competencies in wheel order); default: the built-in 25 competencies, or the provider's. */
  @property({ converter: jsonAttribute<Catalogue>() }) catalogue?: Catalogue;

  /** The target profile (Soll) as an object `{competencyId: level}`; wins over `targetRole`. */
  @property({ converter: jsonAttribute<Profile>() }) target?: Profile;

  /** Shows the target profile of this role (`fuehrungskraft`, `cdo`, `cio`, `projektmanager`, `digitallotse`, or a provider role). */
  @property({ attribute: 'target-role' }) targetRole?: string;

  /** The actual profile (Ist): `{competencyId: level}`. Without a separate self rating it also counts as the self-assessment. */
  @property({ converter: jsonAttribute<Profile>() }) actual?: Profile;

  /** An external assessment (Fremdeinschätzung): `{competencyId: level}`; only the listed competencies are drawn. */
  @property({ converter: jsonAttribute<Profile>() }) external?: Profile;

  /** Lets the user set the actual levels by pointer and keyboard. */
  @property({ type: Boolean }) editable = false;

  /**
   * Hides the target outline (and gap) while someone rates themselves; with `editable` and
   * `edit-series="self"` the external assessment is hidden too, so neither biases the answer.
   */
  @property({ type: Boolean, attribute: 'hide-target' }) hideTarget = false;

  /** Which rating an edit belongs to, reported in `kr-level-change` (`self` or `external`; another value is reported as `kr-error` code `enum` and means `self`). */
  @property({ attribute: 'edit-series' }) editSeries: EditSeries = 'self';

  @consume({ context: kompetenzContext, subscribe: true })
  @state()
  private context?: KompetenzContextValue;

  @state() private activeIndex = 0;
  @state() private hoverIndex: number | undefined;
  @state() private focused = false;
  @state() private tableOpen = false;
  @state() private tableVersion = 0;
  @state() private selectedId: string | undefined;

  @query('svg.wheel') private svgElement?: SVGSVGElement;
  @query('[part="tooltip"]') private tooltipElement?: HTMLElement;

  private readonly size = new ResizeController(this, { min: 280, max: 1200, fallback: 600 });
  private readonly measure = createTextMeasure();
  private readonly uid = (instances += 1);
  private model: WheelModel | undefined;
  private shown: Shown = { target: false, actual: false, external: false };
  private actualFromContext = false;
  private roleShown: Role | undefined;
  private layout: WheelLayout | undefined;
  private lightObserver: MutationObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.lightObserver = new MutationObserver(() => this.tableVersion++);
    this.lightObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lightObserver?.disconnect();
    this.lightObserver = undefined;
  }

  /** A standalone SVG document of the wheel as it looks now (styles resolved into attributes). */
  toSVG(): string {
    const element = this.svgElement;
    if (!element) return '';
    const background = getComputedStyle(this).getPropertyValue('--_bg').trim() || '#ffffff';
    return serializeSvg(element, { title: this.localize.of(WHEEL_STRINGS).wheelName, background });
  }

  /** The wheel as a PNG image (twice the drawn size). */
  async toPNG(): Promise<Blob> {
    await this.updateComplete;
    const layout = this.layout;
    const background = getComputedStyle(this).getPropertyValue('--_bg').trim() || '#ffffff';
    return svgToPng(this.toSVG(), { width: layout?.width ?? 0, height: layout?.height ?? 0, background });
  }

  // ——— inputs ———

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.localize.fallback = this.context?.lang;
    if (changed.has('editSeries')) this.checkEnum('edit-series', this.editSeries, EDIT_SERIES);
    const inputs = ['catalogue', 'target', 'targetRole', 'actual', 'external', 'editable', 'editSeries', 'hideTarget', 'context', 'tableVersion'] as const;
    if (!this.model || inputs.some((name) => changed.has(name as keyof KompetenzRad))) this.rebuild();
  }

  /** The rating edits belong to: `external` only when asked for, `self` for anything else. */
  private get series(): EditSeries {
    return this.editSeries === 'external' ? 'external' : 'self';
  }

  private resolveCatalogue(problems: ModelProblem[]): Catalogue {
    if (this.catalogue !== undefined) {
      const problem = catalogueProblem(this.catalogue, 'catalogue');
      if (!problem) return this.catalogue;
      problems.push(problem);
    }
    return this.context?.catalogue ?? DEFAULT_CATALOGUE;
  }

  private rebuild(): void {
    const problems: ModelProblem[] = [];
    try {
      const catalogue = this.resolveCatalogue(problems);
      const inputs: Partial<Record<SeriesName, SeriesInput>> = {};
      const tableElement = this.querySelector('table');
      const table = tableElement ? readTable(tableElement, catalogue) : undefined;
      if (table) problems.push(...table.problems);
      const person = this.context ? selectedPerson(this.context) : undefined;
      if (person) problems.push(...person.problems);
      const roles = this.context?.roles ?? DEFAULT_ROLES;
      this.roleShown = undefined;

      if (this.target !== undefined) inputs.target = { value: this.target, source: 'target' };
      else if (this.targetRole) {
        const { role, problem } = roleOfAttribute(roles, this.targetRole);
        if (role) {
          inputs.target = { value: role.target, source: 'target-role' };
          this.roleShown = role;
        } else problems.push(problem);
      } else if (table?.target) inputs.target = { value: table.target, source: 'table' };
      else if (person?.role) {
        inputs.target = { value: person.role.target, source: 'context' };
        this.roleShown = person.role;
      } else if (person?.roleProblem) problems.push(person.roleProblem);

      this.actualFromContext = false;
      const editingExternal = this.editable && this.series === 'external';
      if (this.actual !== undefined) inputs.actual = { value: this.actual, source: 'actual' };
      else if (table?.actual) inputs.actual = { value: table.actual, source: 'table' };
      else if (person?.current) {
        const current = person.current;
        const value = !this.editable ? current.profile : editingExternal ? current.external : current.self;
        inputs.actual = { value, source: 'context' };
        this.actualFromContext = true;
      }

      if (this.external !== undefined) inputs.external = { value: this.external, source: 'external' };
      else if (table?.external) inputs.external = { value: table.external, source: 'table' };
      else if (person?.current && !editingExternal && Object.keys(person.current.external).length > 0) {
        inputs.external = { value: person.current.external, source: 'context' };
      }
      if (person?.current && inputs.actual?.source === 'context') inputs.self = { value: person.current.self, source: 'context' };

      const model = buildModel(catalogue, inputs, inputs.self === undefined);
      problems.push(...model.problems);
      this.model = model;
      this.shown = {
        target: model.profiles.target !== undefined && !this.hideTarget,
        actual: model.profiles.actual !== undefined || this.editable,
        // Someone rating themselves blind to the target should not see the other rating either.
        external: model.profiles.external !== undefined && !(this.hideTarget && this.editable && this.series === 'self'),
      };
      if (this.activeIndex >= catalogue.competencies.length) this.activeIndex = 0;
    } catch (error) {
      problems.push({ code: 'invalid-input', message: describeError(error), source: 'render' });
      this.model ??= buildModel(DEFAULT_CATALOGUE, {});
    }
    this.clearErrors('data');
    for (const problem of problems) {
      const options = problem.subject === undefined ? { scope: 'data' } : { scope: 'data', subject: problem.subject };
      this.reportError(problem.code, problem.message, problem.source, options);
    }
  }

  // ——— layout ———

  /** The geometry for the current width, language and font; shared by wheels that look alike. */
  private layoutFor(model: WheelModel, lang: Lang): WheelLayout {
    // Font and text spacing (WCAG 1.4.12) are inherited from the host; reading them there is cheap.
    const key = `${this.size.width}|${lang}|${this.measure.fontKey(this)}`;
    let known = layouts.get(model.catalogue);
    if (!known) layouts.set(model.catalogue, (known = new Map()));
    let layout = known.get(key);
    if (!layout) {
      layout = layoutWheel({
        width: this.size.width,
        ids: model.catalogue.competencies.map((competency) => competency.id),
        labels: model.catalogue.competencies.map((competency) => competency.label[lang]),
        measure: this.measure.text,
      });
      if (known.size >= 16) known.delete(known.keys().next().value as string);
      known.set(key, layout);
    }
    this.layout = layout;
    return layout;
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    const model = this.model ?? buildModel(DEFAULT_CATALOGUE, {});
    const lang = this.localize.lang;
    const s = this.localize.of(WHEEL_STRINGS);
    const layout = this.layoutFor(model, lang);
    const entries = model.analysis.entries;
    const tipIndex = this.hoverIndex ?? (this.focused ? this.activeIndex : undefined);
    return html`<div class="root" lang=${lang}>
      ${this.renderNotice()}
      <div class="canvas">
        <svg
          part="wheel"
          tabindex="-1"
          class="wheel ${this.editable ? 'editable' : ''}"
          role=${this.editable ? 'group' : 'listbox'}
          aria-label=${this.roleShown ? `${s.wheelName}: ${this.roleShown.label[lang]}` : s.wheelName}
          aria-describedby="description hint"
          width=${layout.width}
          height=${layout.height}
          viewBox="${-layout.width / 2} ${layout.minY} ${layout.width} ${layout.height}"
          @keydown=${this.onKeyDown}
          @click=${this.onClick}
          @pointerover=${this.onPointerOver}
          @pointerleave=${this.onPointerLeave}
          @focusin=${this.onFocusIn}
          @focusout=${this.onFocusOut}
        >
          <defs>
            <pattern id=${this.hatchId} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
              <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
            </pattern>
          </defs>
          <g class="cells">${entries.map((entry, index) => this.renderSpoke(entry, index, layout, model, s, lang))}</g>
          <g class="series-actual" aria-hidden="true">${this.renderActual(entries, layout, model)}</g>
          <g class="series-gap" aria-hidden="true">${this.renderGaps(entries, layout)}</g>
          <g class="grid" aria-hidden="true">${this.renderGrid(layout, model)}</g>
          ${this.shown.target
            ? svg`<path class="target" aria-hidden="true" data-levels=${entries.map((entry) => entry.target).join(',')} d=${outlinePath(
                layout.spokes,
                entries.map((entry) => layout.radius(entry.target)),
              )}></path>`
            : nothing}
          ${this.renderExternal(entries, layout)} ${this.renderMarkers(entries, layout)}
          <g class="labels" aria-hidden="true">${this.renderLabels(layout, model)}</g>
          <path class="focus-halo" aria-hidden="true" d=${sectorPath(layout.spokes[this.activeIndex] ?? layout.spokes[0], layout.inner - 2, layout.bandOuter + 2, 0)}></path>
          <path class="focus-ring" aria-hidden="true" d=${sectorPath(layout.spokes[this.activeIndex] ?? layout.spokes[0], layout.inner - 2, layout.bandOuter + 2, 0)}></path>
        </svg>
        ${this.renderTooltip(tipIndex === undefined ? undefined : entries[tipIndex], model, s, lang)}
      </div>
      <p id="description" class="visually-hidden">${s.describe(this.summary(model, lang))}</p>
      <p id="hint" class="visually-hidden">${this.editable ? s.editHint : s.navigationHint}</p>
      ${this.roleShown?.source ? html`<p class="role-source">${this.roleShown.source[lang]}</p>` : nothing}
      ${this.renderLegend(layout, model, s, lang)}
      <button type="button" class="table-toggle" aria-expanded=${this.tableOpen ? 'true' : 'false'} aria-controls="data" @click=${this.toggleTable}>
        ${this.tableOpen ? s.hideTable : s.showTable}
      </button>
      <div id="data" class="data ${this.tableOpen ? '' : 'visually-hidden'}">${this.renderTable(model, s, lang)}</div>
      <div class="source" hidden><slot @slotchange=${this.onSlotChange}></slot></div>
    </div>`;
  }

  private get hatchId(): string {
    return `kr-hatch-${this.uid}`;
  }

  private summary(model: WheelModel, lang: Lang) {
    const { summary } = model.analysis;
    const both = this.shown.target && this.shown.actual;
    return {
      competencies: model.catalogue.competencies.length,
      categories: model.catalogue.categories.length,
      showsTarget: this.shown.target,
      showsActual: this.shown.actual,
      showsExternal: this.shown.external,
      toBuild: both ? summary.toBuild : 0,
      met: both ? summary.met : 0,
      above: both ? summary.above : 0,
      blindSpots: summary.blindSpots,
      hiddenStrengths: summary.hiddenStrengths,
      ...(this.roleShown ? { role: this.roleShown.label[lang] } : {}),
    };
  }

  private categoryClass(model: WheelModel, categoryId: string): string {
    const position = model.catalogue.categories.findIndex((category) => category.id === categoryId);
    return `cat-${categorySlot(categoryId, Math.max(0, position))}`;
  }

  private spokeFacts(entry: GapEntry, model: WheelModel, lang: Lang) {
    const competency = model.catalogue.competencies.find((item) => item.id === entry.competencyId);
    const category = model.catalogue.categories.find((item) => item.id === entry.categoryId);
    return {
      label: competency?.label[lang] ?? entry.competencyId,
      category: category?.label[lang] ?? entry.categoryId,
      ...(this.shown.target ? { target: levelLabel(entry.target, lang) } : {}),
      ...(this.shown.actual ? { actual: levelLabel(entry.actual, lang) } : {}),
      ...(this.shown.external && entry.external !== undefined ? { external: levelLabel(entry.external, lang) } : {}),
    };
  }

  private renderSpoke(entry: GapEntry, index: number, layout: WheelLayout, model: WheelModel, s: WheelStrings, lang: Lang): SVGTemplateResult {
    const spoke = layout.spokes[index];
    const facts = this.spokeFacts(entry, model, lang);
    const active = index === this.activeIndex;
    const cells = [1, 2, 3].map(
      (level) => svg`<path class="cell" data-level=${level} d=${sectorPath(spoke, layout.radius(level - 1), layout.radius(level))}></path>`,
    );
    const classes = `spoke ${this.categoryClass(model, entry.categoryId)} ${active ? 'active' : ''}`;
    if (this.editable) {
      return svg`<g part="sector" class=${classes} data-index=${index} data-competency=${entry.competencyId}
        role="slider" tabindex=${active ? 0 : -1}
        aria-label=${s.spokeName({ ...facts, actual: undefined })}
        aria-valuemin="0" aria-valuemax="3" aria-valuenow=${entry.actual}
        aria-valuetext=${levelLabel(entry.actual, lang)}>${cells}</g>`;
    }
    return svg`<g part="sector" class=${classes} data-index=${index} data-competency=${entry.competencyId}
      role="option" tabindex=${active ? 0 : -1}
      aria-selected=${this.selectedId === entry.competencyId ? 'true' : 'false'}
      aria-label=${s.spokeName(facts)}>${cells}</g>`;
  }

  private renderActual(entries: readonly GapEntry[], layout: WheelLayout, model: WheelModel): unknown {
    if (!this.shown.actual) return nothing;
    return entries.map((entry, index) =>
      entry.actual > 0
        ? svg`<path class="actual-sector ${this.categoryClass(model, entry.categoryId)}" data-competency=${entry.competencyId}
            data-level=${entry.actual} d=${sectorPath(layout.spokes[index], layout.radius(0), layout.radius(entry.actual))}></path>`
        : nothing,
    );
  }

  private renderGaps(entries: readonly GapEntry[], layout: WheelLayout): unknown {
    if (!this.shown.target || !this.shown.actual) return nothing;
    return entries.map((entry, index) =>
      entry.gap > 0
        ? svg`<path class="gap" fill="url(#${this.hatchId})" data-competency=${entry.competencyId} data-gap=${entry.gap}
            d=${sectorPath(layout.spokes[index], layout.radius(entry.actual), layout.radius(entry.target))}></path>`
        : nothing,
    );
  }

  private renderGrid(layout: WheelLayout, model: WheelModel): unknown {
    const rings = [1, 2, 3].map((level) => svg`<circle class="ring" r=${layout.radius(level)}></circle>`);
    const boundaries: SVGTemplateResult[] = [];
    const bands: SVGTemplateResult[] = [];
    const entries = model.analysis.entries;
    let start = 0;
    entries.forEach((entry, index) => {
      const last = index === entries.length - 1 || entries[index + 1].categoryId !== entry.categoryId;
      if (!last) return;
      const first = layout.spokes[start];
      const end = layout.spokes[index];
      const from = pointAt(end.end, layout.inner);
      const to = pointAt(end.end, layout.bandOuter);
      boundaries.push(svg`<line class="separator" x1=${from.x} y1=${from.y} x2=${to.x} y2=${to.y}></line>`);
      bands.push(
        svg`<path class="band ${this.categoryClass(model, entry.categoryId)}" data-category=${entry.categoryId}
          d=${sectorPath({ id: entry.categoryId, start: first.start, end: end.end, mid: 0 }, layout.bandInner, layout.bandOuter, 0.01)}></path>`,
      );
      start = index + 1;
    });
    return [svg`<circle class="ring" r=${layout.inner}></circle>`, ...rings, ...boundaries, ...bands];
  }

  private renderExternal(entries: readonly GapEntry[], layout: WheelLayout): unknown {
    if (!this.shown.external) return nothing;
    const rated = entries.map((entry, index) => ({ entry, index })).filter(({ entry }) => entry.external !== undefined);
    const line = segmentsPath(rated.map(({ entry, index }) => ({ spoke: layout.spokes[index], radius: layout.radius(entry.external ?? 0) })));
    return svg`<g class="series-external" aria-hidden="true">
      <path class="external-line" d=${line}></path>
      ${rated.map(({ entry, index }) => {
        const point = pointAt(layout.spokes[index].mid, layout.radius(entry.external ?? 0));
        return svg`<circle class="external-marker" data-competency=${entry.competencyId} data-level=${entry.external ?? 0}
          cx=${point.x} cy=${point.y} r=${layout.markerSize / 2 + 1}></circle>`;
      })}
    </g>`;
  }

  private renderMarkers(entries: readonly GapEntry[], layout: WheelLayout): unknown {
    const marked = entries.map((entry, index) => ({ entry, index })).filter(({ entry }) => entry.blindSpot || entry.hiddenStrength);
    if (marked.length === 0) return nothing;
    const triangle = trianglePath(layout.markerSize);
    return svg`<g class="series-markers" aria-hidden="true">${marked.map(({ entry, index }) => {
      const point = pointAt(layout.spokes[index].mid, layout.markerRadius);
      const kind = entry.blindSpot ? 'blind-spot' : 'hidden-strength';
      return svg`<path class="disagreement ${kind}" data-competency=${entry.competencyId} data-kind=${kind} d=${triangle}
        transform="translate(${point.x} ${point.y}) rotate(${entry.blindSpot ? 0 : 180})"></path>`;
    })}</g>`;
  }

  private renderLabels(layout: WheelLayout, model: WheelModel): unknown {
    const { fontSize, lineHeight, labels } = layout.labels;
    return labels.map((label, index) => {
      const competency = model.catalogue.competencies[index];
      const baseline = label.top + fontSize * 0.95;
      return svg`<text part="label" class="label ${index === this.activeIndex ? 'active' : ''}" data-competency=${competency?.id ?? ''}
        x=${label.x} y=${baseline} font-size=${fontSize} text-anchor=${label.anchor}
        >${label.lines.map((line, row) => svg`<tspan x=${label.x} y=${baseline + row * lineHeight}>${line}</tspan>`)}</text>`;
    });
  }

  private renderTooltip(entry: GapEntry | undefined, model: WheelModel, s: WheelStrings, lang: Lang): TemplateResult {
    if (!entry) return html`<div part="tooltip" id="tooltip" role="tooltip" hidden></div>`;
    const competency = model.catalogue.competencies.find((item) => item.id === entry.competencyId);
    const facts = this.spokeFacts(entry, model, lang);
    const rows: [string, string][] = [];
    if (this.shown.target) rows.push([s.short.target, s.levelWithNumber(levelLabel(entry.target, lang), entry.target)]);
    if (this.shown.actual) rows.push([s.short.actual, s.levelWithNumber(levelLabel(entry.actual, lang), entry.actual)]);
    if (this.shown.external) {
      rows.push([s.short.external, entry.external === undefined ? s.notRated : s.levelWithNumber(levelLabel(entry.external, lang), entry.external)]);
    }
    if (this.shown.target && this.shown.actual) rows.push([s.short.gap, s.gapText(entry.gap)]);
    return html`<div part="tooltip" id="tooltip" role="tooltip">
      <strong>${facts.label}</strong> <span class="tip-category">${facts.category}</span>
      ${competency?.description ? html`<p>${competency.description[lang]}</p>` : nothing}
      <dl>${rows.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>
      ${entry.blindSpot ? html`<p>${s.blindSpot}: ${s.blindSpotExplained}</p>` : nothing}
      ${entry.hiddenStrength ? html`<p>${s.hiddenStrength}: ${s.hiddenStrengthExplained}</p>` : nothing}
    </div>`;
  }

  private renderLegend(layout: WheelLayout, model: WheelModel, s: WheelStrings, lang: Lang): TemplateResult {
    const triangle = trianglePath(8);
    const anyMarker = model.analysis.summary.blindSpots + model.analysis.summary.hiddenStrengths > 0;
    const series: TemplateResult[] = [];
    if (this.shown.target) {
      series.push(html`<li data-series="target"><svg class="swatch" width="24" height="12" aria-hidden="true"><line class="target" x1="1" y1="6" x2="23" y2="6"></line></svg>${s.series.target}</li>`);
    }
    if (this.shown.actual) {
      series.push(html`<li data-series="actual"><svg class="swatch" width="24" height="12" aria-hidden="true"><rect class="actual-sector cat-${categorySlot(model.catalogue.categories[0]?.id ?? 'digital', 0)}" x="1" y="1" width="22" height="10"></rect></svg>${s.series.actual}</li>`);
    }
    if (this.shown.target && this.shown.actual) {
      series.push(html`<li data-series="gap"><svg class="swatch" width="24" height="12" aria-hidden="true"><rect class="gap" fill="url(#${this.hatchId})" x="1" y="1" width="22" height="10"></rect></svg>${s.series.gap}</li>`);
    }
    if (this.shown.external) {
      series.push(html`<li data-series="external"><svg class="swatch" width="24" height="12" aria-hidden="true"><line class="external-line" x1="1" y1="6" x2="23" y2="6"></line><circle class="external-marker" cx="12" cy="6" r="4"></circle></svg>${s.series.external}</li>`);
    }
    if (anyMarker) {
      series.push(html`<li data-marker="blind-spot"><svg class="swatch" width="14" height="14" aria-hidden="true"><path class="disagreement blind-spot" transform="translate(7 8)" d=${triangle}></path></svg>${s.blindSpot} <span class="note">(${s.blindSpotExplained})</span></li>`);
      series.push(html`<li data-marker="hidden-strength"><svg class="swatch" width="14" height="14" aria-hidden="true"><path class="disagreement hidden-strength" transform="translate(7 6) rotate(180)" d=${triangle}></path></svg>${s.hiddenStrength} <span class="note">(${s.hiddenStrengthExplained})</span></li>`);
    }
    return html`<div part="legend" class="legend">
      ${series.length ? html`<ul class="series" aria-label=${s.legendTitle}>${series}</ul>` : nothing}
      <ul class="categories" aria-label=${s.categoriesTitle}>
        ${model.catalogue.categories.map(
          (category, position) => html`<li><svg class="swatch" width="14" height="14" aria-hidden="true"><rect class="band cat-${categorySlot(category.id, position)}" width="14" height="14"></rect></svg>${category.label[lang]}</li>`,
        )}
      </ul>
      ${layout.labels.numbered
        ? html`<ol class="numbers" aria-label=${s.numbersTitle}>
            ${model.catalogue.competencies.map((competency, index) => html`<li><span class="number" aria-hidden="true">${index + 1}</span><span class="name">${breakableAfterSlash(competency.label[lang])}</span></li>`)}
          </ol>`
        : nothing}
    </div>`;
  }

  private renderTable(model: WheelModel, s: WheelStrings, lang: Lang): TemplateResult {
    const shown = this.shown;
    const showGap = shown.target && shown.actual;
    const showNote = model.analysis.summary.blindSpots + model.analysis.summary.hiddenStrengths > 0;
    const level = (value: Level | undefined) => (value === undefined ? s.notRated : s.levelWithNumber(levelLabel(value, lang), value));
    return html`<table part="table">
      <caption>${s.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">${s.columns.competency}</th>
          <th scope="col">${s.columns.category}</th>
          ${shown.target ? html`<th scope="col" data-column="target">${s.columns.target}</th>` : nothing}
          ${shown.actual ? html`<th scope="col" data-column="actual">${s.columns.actual}</th>` : nothing}
          ${shown.external ? html`<th scope="col" data-column="external">${s.columns.external}</th>` : nothing}
          ${showGap ? html`<th scope="col" data-column="gap">${s.columns.gap}</th>` : nothing}
          ${showNote ? html`<th scope="col" data-column="note">${s.columns.note}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${model.analysis.entries.map((entry) => {
          const facts = this.spokeFacts(entry, model, lang);
          return html`<tr data-competency=${entry.competencyId}>
            <th scope="row">${facts.label}</th>
            <td>${facts.category}</td>
            ${shown.target ? html`<td data-column="target" data-value=${entry.target}>${level(entry.target)}</td>` : nothing}
            ${shown.actual ? html`<td data-column="actual" data-value=${entry.actual}>${level(entry.actual)}</td>` : nothing}
            ${shown.external ? html`<td data-column="external" data-value=${entry.external ?? ''}>${level(entry.external)}</td>` : nothing}
            ${showGap ? html`<td data-column="gap" data-value=${entry.gap}>${s.gapText(entry.gap)}</td>` : nothing}
            ${showNote
              ? html`<td data-column="note">${entry.blindSpot ? s.blindSpot : entry.hiddenStrength ? s.hiddenStrength : ''}</td>`
              : nothing}
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.placeTooltip();
  }

  /** Puts the detail box next to the outer end of its spoke (CSSOM, allowed under a strict CSP). */
  private placeTooltip(): void {
    const tip = this.tooltipElement;
    const layout = this.layout;
    const svgElement = this.svgElement;
    const index = this.hoverIndex ?? (this.focused ? this.activeIndex : undefined);
    if (!tip || tip.hidden || !layout || !svgElement || index === undefined) return;
    const spoke = layout.spokes[index];
    if (!spoke) return;
    const point = pointAt(spoke.mid, layout.bandOuter);
    const canvas = tip.parentElement as HTMLElement;
    const svgBox = svgElement.getBoundingClientRect();
    const canvasBox = canvas.getBoundingClientRect();
    const x = svgBox.left - canvasBox.left + point.x + layout.width / 2;
    const y = svgBox.top - canvasBox.top + point.y - layout.minY;
    const left = Math.max(0, Math.min(canvas.clientWidth - tip.offsetWidth, x - tip.offsetWidth / 2));
    const top = point.y < 0 ? y + 12 : y - tip.offsetHeight - 12;
    tip.style.setProperty('left', `${Math.round(left)}px`);
    tip.style.setProperty('top', `${Math.round(Math.max(0, top))}px`);
  }

  // ——— interaction ———

  private spokeIndexOf(target: EventTarget | null): number | undefined {
    const spoke = target instanceof Element ? target.closest('.spoke') : null;
    const index = spoke?.getAttribute('data-index');
    return index == null ? undefined : Number(index);
  }

  private focusSpoke(index: number): void {
    const count = this.model?.analysis.entries.length ?? 0;
    if (count === 0) return;
    this.activeIndex = ((index % count) + count) % count;
    this.renderRoot.querySelector<SVGGElement>(`.spoke[data-index="${this.activeIndex}"]`)?.focus();
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const index = this.spokeIndexOf(event.target);
    if (index === undefined) return;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const action = keyAction(event.key, { editable: this.editable, rtl });
    if (!action) return;
    event.preventDefault();
    const entry = this.model?.analysis.entries[index];
    if (action.kind === 'move') this.focusSpoke(index + action.by);
    else if (action.kind === 'jump') this.focusSpoke(action.to === 'first' ? 0 : (this.model?.analysis.entries.length ?? 1) - 1);
    else if (action.kind === 'select') this.select(index);
    else if (entry) {
      const level = action.kind === 'set' ? action.level : Math.max(0, Math.min(3, entry.actual + action.by));
      this.setLevel(index, level as Level);
    }
  };

  private readonly onClick = (event: MouseEvent): void => {
    const index = this.spokeIndexOf(event.target);
    if (index === undefined) return;
    this.focusSpoke(index);
    if (!this.editable) {
      this.select(index);
      return;
    }
    const cell = event.target instanceof Element ? event.target.closest('[data-level]') : null;
    const ring = Number(cell?.getAttribute('data-level'));
    const entry = this.model?.analysis.entries[index];
    if (!entry || !(ring >= 1 && ring <= 3)) return;
    this.setLevel(index, (ring === 1 && entry.actual === 1 ? 0 : ring) as Level);
  };

  private readonly onPointerOver = (event: PointerEvent): void => {
    const index = this.spokeIndexOf(event.target);
    if (index !== undefined && index !== this.hoverIndex) this.hoverIndex = index;
  };

  private readonly onPointerLeave = (): void => {
    this.hoverIndex = undefined;
  };

  private readonly onFocusIn = (event: FocusEvent): void => {
    const index = this.spokeIndexOf(event.target);
    if (index !== undefined) this.activeIndex = index;
    this.focused = true;
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    if (!(next instanceof Node) || !this.svgElement?.contains(next)) this.focused = false;
  };

  private readonly onSlotChange = (): void => {
    this.tableVersion++;
  };

  private readonly toggleTable = (): void => {
    this.tableOpen = !this.tableOpen;
  };

  private select(index: number): void {
    const entry = this.model?.analysis.entries[index];
    if (!entry) return;
    this.selectedId = entry.competencyId;
    this.emit('kr-select', { competencyId: entry.competencyId });
  }

  private setLevel(index: number, level: Level): void {
    const model = this.model;
    const entry = model?.analysis.entries[index];
    if (!model || !entry || !this.editable || level === entry.actual) return;
    this.emit('kr-level-change', { competencyId: entry.competencyId, level, previous: entry.actual, series: this.series });
    // Inside a provider the provider saves (or refuses) the edit; only a wheel on its own keeps it.
    if (!this.context && !this.actualFromContext) this.actual = { ...(model.profiles.actual ?? {}), [entry.competencyId]: level };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kompetenz-rad': KompetenzRad;
  }
}

/** A label with a line-break opportunity after each "/" ("Konfliktlöse-/<wbr>Deeskalationsfähigkeit"). */
function breakableAfterSlash(text: string): (string | TemplateResult)[] {
  return text.split('/').flatMap((part, index) => (index === 0 ? [part] : [html`/<wbr>`, part]));
}
