import { consume } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { DEFAULT_CATALOGUE_LEAN as DEFAULT_CATALOGUE, validateCatalogue } from '../../domain/catalogue.js';
import { addDays, daysBetween, isIsoDate } from '../../domain/dates.js';
import { KompetenzradError, type ValidationIssue } from '../../domain/errors.js';
import { DEFAULT_FORMATS, validateFormats } from '../../domain/formats.js';
import type { GapAnalysis, GapEntry } from '../../domain/gaps.js';
import { toICalendar } from '../../domain/icalendar.js';
import type { PlanFinding } from '../../domain/plan-checks.js';
import { addPlanItem, addReview, applyPlanEdit, newPlanItem, newReview, type PlanEdit } from '../../domain/plan-edits.js';
import { transitionPlan } from '../../domain/plan-status.js';
import { draftPlan } from '../../domain/plans.js';
import type { Catalogue, Format, Goal, IsoDate, ItemStatus, Person, Plan, PlanStatus } from '../../domain/types.js';
import { krElementStyles } from '../../internal/base.styles.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { kompetenzContext, type KompetenzContextValue } from '../../internal/context.js';
import type { KrEvent } from '../../internal/events.js';
import { jsonAttribute } from '../../internal/json-attribute.js';
import { KrElement } from '../../internal/kr-element.js';
import { ResizeController } from '../../internal/resize-controller.js';
import { renderLaneLabels, renderTimeline, type ChartView, type DragPreview, type FindingRefs } from './chart.js';
import { renderAddItem, renderAddReview, renderItemDetails, renderReviewDetails, type DialogState } from './dialogs.js';
import { calendarFileName, downloadText } from './download.js';
import { chartKeyAction } from './keyboard.js';
import { PointerDrag } from './pointer-drag.js';
import { TimelineLabels } from './labels.js';
import { focusOrder, LANE_MODES, layoutTimeline, ZOOMS, type LaneMode, type TimelineLayout, type Zoom } from './layout.js';
import { renderList } from './list-view.js';
import { renderFindings, renderLegend, renderToolbar, type TimelineView } from './panels.js';
import { figuresOf, fromPortfolio, freePlanId, gapsOf, sanitize, systemToday, type PlanFigures, type TimelineData } from './model.js';
import { timelineStyles } from './lernplan-timeline.styles.js';
import { TIMELINE_STRINGS, type TimelineStrings } from './strings.js';

/** What a `kr-plan-change` reports: an edit of the domain (`PlanEdit`), a new draft, or an undo. */
export type TimelineChange = PlanEdit | { type: 'draft' } | { type: 'undo'; undone: TimelineChange };

export interface KrPlanChangeDetail {
  /** The plan after the change (for undoing a draft: the draft, now cancelled). */
  plan: Plan;
  change: TimelineChange;
}

export type { TimelineView };
const VIEWS: readonly TimelineView[] = ['chart', 'list'];

declare module '../../internal/events.js' {
  interface KrEventDetailMap {
    'kr-plan-change': KrPlanChangeDetail;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lernplan-timeline': LernplanTimeline;
  }
  interface GlobalEventHandlersEventMap {
    'kr-plan-change': KrEvent<'kr-plan-change'>;
  }
}

interface UndoEntry {
  before: Plan | undefined;
  after: Plan;
  change: TimelineChange;
}

const MAX_UNDO = 50;
/** Width (CSS px) of the printable part of an A4 sheet in portrait with usual margins. */
const PRINT_WIDTH = 680;

/**
 * A learning plan on a time line: bars for the plan's items in rows by competency or by format,
 * diamonds for review meetings (the final one marked), the goals' due dates, a "today" line
 * and the planned hours of every month against the person's capacity. The domain's plan checks
 * are shown where they apply. With `editable`, items can be moved and resized by pointer and
 * keyboard, added and removed, their status changed; reviews added, moved and removed; the
 * plan's status moved on; a plan drafted for the person; and the last changes undone.
 *
 * Inside a `<kompetenz-provider>` it shows the newest plan of the selected person that is not
 * cancelled, with that person's goals, and every change goes to the provider as
 * `kr-plan-change`. Outside one it shows the `plan` property (or JSON attribute) with `goals`
 * and `person`, and keeps the edited plan in `plan`.
 *
 * Keyboard: the chart is one tab stop; Up/Down (read-only: every arrow), Home and End go from
 * entry to entry; editable, Left/Right move the entry by a week and Shift+Left/Right change the
 * item's length by a week; Enter or Space opens the details; Delete removes; Ctrl+Z undoes.
 *
 * @customElement lernplan-timeline
 * @summary A learning plan as an editable time line, with capacity load, findings, list view and calendar export.
 *
 * @fires {CustomEvent<KrPlanChangeDetail>} kr-plan-change - The user changed the plan: `{plan, change}`; `change` is a `PlanEdit` (`move-item`, `resize-item`, `add-item`, `remove-item`, `set-item-status`, `add-review`, `remove-review`, `move-review`, `set-plan-status`), `{type: 'draft'}` or `{type: 'undo', undone}`.
 * @fires {CustomEvent<KrErrorDetail>} kr-error - An input could not be used: `{code, message, source}` with source `plan`, `goals`, `person`, `catalogue`, `formats`, `start`, `end`, `capacity`, `today`, `view`, `lanes`, `zoom`, `context`, `check`, `draft` or `download`. A provider's selected person that is not in its portfolio is `unknown-person` (source `context`).
 *
 * @csspart notice - The list of input problems.
 * @csspart toolbar - The row of view, zoom and editing controls.
 * @csspart button - Every button.
 * @csspart summary - The text alternative of the chart (a sentence about the plan).
 * @csspart chart - The chart area (fixed row labels and the scrolling time line).
 * @csspart lane-labels - The fixed column with the row names.
 * @csspart scroller - The region in which the time line scrolls.
 * @csspart timeline - The time line `<svg>`.
 * @csspart axis - The months (and weeks) at the top.
 * @csspart bar - A plan item.
 * @csspart review - A review meeting.
 * @csspart final-review - The final review.
 * @csspart goal-marker - A goal's due date.
 * @csspart today - The line of today's date.
 * @csspart load-strip - The monthly load below the lanes.
 * @csspart load-cell - One month of the load strip; months over capacity also have `load-over`.
 * @csspart load-over - A month over capacity.
 * @csspart legend - The legend under the chart.
 * @csspart findings - The list of the plan's findings.
 * @csspart list - The list view.
 * @csspart load-table - The monthly load table of the list view.
 * @csspart dialog - The details and add dialogs.
 * @csspart empty - The message shown without a person or a plan.
 *
 * @cssproperty --kr-color-digital - Bars of digital competencies.
 * @cssproperty --kr-color-methode - Bars of method competencies.
 * @cssproperty --kr-color-sozial - Bars of social competencies.
 * @cssproperty --kr-color-personal - Bars of personal competencies.
 * @cssproperty --kr-timeline-bar-text - Text on filled bars.
 * @cssproperty --kr-timeline-over-color - Months over capacity and error findings.
 * @cssproperty --kr-timeline-warning-color - Findings that are warnings.
 * @cssproperty --kr-timeline-today-color - The today line.
 * @cssproperty --kr-timeline-review-color - Review diamonds.
 * @cssproperty --kr-color-none - Bars of items without a competency.
 * @cssproperty --kr-timeline-load-color - The planned hours of a month within capacity.
 * @cssproperty --kr-font-size - Base font size (default 1rem).
 * @cssproperty --kr-font-family - Font (default: the system font).
 * @cssproperty --kr-text-color - Text.
 * @cssproperty --kr-muted-color - Secondary text.
 * @cssproperty --kr-background - Background.
 * @cssproperty --kr-grid-color - Grid lines.
 * @cssproperty --kr-focus-color - The focus outline.
 */
export class LernplanTimeline extends KrElement {
  static override styles = [krElementStyles, themeStyles, timelineStyles];

  /** The plan to show outside a provider (property, or JSON in the attribute). */
  @property({ converter: jsonAttribute<Plan>() }) plan?: Plan;

  /** The person's goals (for due dates and checks) outside a provider: a list, or JSON in the attribute. */
  @property({ converter: jsonAttribute<Goal[]>({ allowArray: true }) }) goals?: Goal[];

  /** The person the plan belongs to, outside a provider (name for the calendar, capacity, budget, drafting). */
  @property({ converter: jsonAttribute<Person>() }) person?: Person;

  /** The person's prioritised gaps, outside a provider: with `person`, enables "Draft a plan". */
  @property({ attribute: false }) gaps?: GapAnalysis | readonly GapEntry[];

  /** Learning formats of the organisation (default: the built-in seven); checked with `validateFormats`. */
  @property({ attribute: false }) formats?: readonly Format[];

  /** Catalogue outside a provider (property, or JSON in the attribute; default: the built-in one). */
  @property({ converter: jsonAttribute<Catalogue>() }) catalogue?: Catalogue;

  /** First day shown (`YYYY-MM-DD`); default: the plan's first date. */
  @property() start?: string;

  /** Last day shown (`YYYY-MM-DD`); default: the plan's last date. */
  @property() end?: string;

  /** Hours per month for learning; default: the plan's, else the person's, else 8. */
  @property({ type: Number }) capacity?: number;

  /** Today's date (`YYYY-MM-DD`); default: the provider's, else the local date. */
  @property() today?: string;

  /** Lets the user change the plan. */
  @property({ type: Boolean, reflect: true }) editable = false;

  /** `chart` (default) or `list`. */
  @property({ reflect: true }) view: TimelineView = 'chart';

  /** Rows by `competency` (default) or `format`. */
  @property() lanes: LaneMode = 'competency';

  /** `quarter`, `year` or `plan` (default: the whole plan fits the width). */
  @property() zoom: Zoom = 'plan';

  @consume({ context: kompetenzContext, subscribe: true })
  @state()
  private kr?: KompetenzContextValue;

  @state() private focusKey: string | undefined;
  @state() private dialog: DialogState | undefined;
  @state() private dialogError: string | undefined;
  @state() private announcement = '';
  @state() private drag: DragPreview | undefined;
  @state() private undoStack: readonly UndoEntry[] = [];
  /** While the page is printed, the whole plan is laid out for the width of a sheet. */
  @state() private printing = false;

  @query('dialog') private dialogElement?: HTMLDialogElement;

  private readonly size = new ResizeController(this, { fallback: 720, min: 280 });
  private data: TimelineData = { plan: undefined, goals: [], person: undefined, planValid: false, problems: [] };
  private figures: PlanFigures = { findings: [], load: [], capacity: undefined };
  private layoutCache: { key: unknown[]; layout: TimelineLayout } | undefined;
  /** Set while the element itself writes `plan`, so that its undo history survives. */
  private writingPlan = false;
  /** The plan just committed, until the next update shows it (two key presses may come before that). */
  private pending: { plan: Plan | undefined } | undefined;
  private returnFocusTo: string | undefined;
  /** After a new zoom or plan the chart scrolls to today (or its start) once it is drawn. */
  private scrollPending = true;

  private readonly onBeforePrint = (): void => {
    this.printing = true;
  };

  private readonly onAfterPrint = (): void => {
    this.printing = false;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  // -------------------------------------------------------------------------------------------
  // Inputs

  private get inProvider(): boolean {
    return this.kr !== undefined;
  }

  /** The `catalogue` property once it passed `validateCatalogue`. */
  private ownCatalogue: Catalogue | undefined;

  private get activeCatalogue(): Catalogue {
    return this.kr?.catalogue ?? this.ownCatalogue ?? DEFAULT_CATALOGUE;
  }

  /** The `formats` property once it passed `validateFormats`. */
  private ownFormats: readonly Format[] | undefined;

  private get activeFormats(): readonly Format[] {
    return this.ownFormats ?? DEFAULT_FORMATS;
  }

  private get todayDate(): IsoDate {
    if (this.today !== undefined && isIsoDate(this.today)) return this.today;
    return this.kr?.today ?? systemToday();
  }

  private get validCapacity(): number | undefined {
    return typeof this.capacity === 'number' && Number.isFinite(this.capacity) && this.capacity >= 0 ? this.capacity : undefined;
  }

  private get strings(): TimelineStrings {
    return this.localize.of(TIMELINE_STRINGS);
  }

  /** The plan shown now (after every edit), or `undefined`. */
  get currentPlan(): Plan | undefined {
    return this.data.plan;
  }

  /** The findings of the domain's plan check for the plan shown. */
  get findings(): readonly PlanFinding[] {
    return this.figures.findings;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.localize.fallback = this.kr?.lang;
    // Private reactive fields (the context) are not keys of `this`: read the map untyped.
    const all = changed as ReadonlyMap<PropertyKey, unknown>;
    this.pending = undefined;
    if (all.has('catalogue')) this.checkCatalogue();
    if (all.has('formats') || all.has('catalogue') || all.has('kr')) this.checkFormats();
    if (all.has('zoom') || all.has('view')) this.scrollPending = true;
    const inputsChanged = ['plan', 'goals', 'person', 'kr', 'catalogue', 'formats'].some((name) => all.has(name));
    if (inputsChanged) {
      const previous = this.data;
      this.resolveData();
      if (previous.plan?.id !== this.data.plan?.id) this.scrollPending = true;
      if (all.has('plan') && !this.writingPlan && previous.plan?.id !== this.data.plan?.id) this.undoStack = [];
      if (all.has('kr') && (all.get('kr') as KompetenzContextValue | undefined)?.personId !== this.kr?.personId) this.undoStack = [];
    }
    if (inputsChanged || all.has('capacity')) {
      this.figures = figuresOf(this.data, this.validCapacity, { catalogue: this.activeCatalogue, formats: this.activeFormats });
      this.clearErrors('check');
      if (this.figures.checkProblem) this.reportIssues('check', this.figures.checkProblem);
    }
    this.checkOptions(changed);
  }

  private checkCatalogue(): void {
    this.clearErrors('catalogue');
    this.ownCatalogue = undefined;
    if (this.catalogue === undefined || this.catalogue === null) return;
    const issues = validateCatalogue(this.catalogue, '$');
    if (issues.length === 0) this.ownCatalogue = this.catalogue;
    else this.reportError('invalid-catalogue', `catalogue: ${issues[0].message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`, 'catalogue');
  }

  private checkFormats(): void {
    this.clearErrors('formats');
    this.ownFormats = undefined;
    if (this.formats === undefined || this.formats === null) return;
    const issues = validateFormats(this.formats, this.activeCatalogue, '$');
    if (issues.length === 0) this.ownFormats = this.formats;
    else this.reportError(issues[0].code, `formats: ${issues[0].message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`, 'formats', { subject: issues[0].path });
  }

  private resolveData(): void {
    const catalogue = this.activeCatalogue;
    const formats = this.activeFormats;
    const selection = this.kr ? fromPortfolio(this.kr) : undefined;
    this.data = sanitize(selection ?? { plan: this.plan, goals: this.goals, person: this.person }, catalogue, formats);
    for (const scope of ['plan', 'goals', 'person', 'context', 'selected-person']) this.clearErrors(scope);
    for (const problem of selection?.problems ?? []) {
      this.reportError(problem.code, problem.message, problem.source, { scope: 'selected-person', subject: problem.subject });
    }
    const bySource = new Map<string, ValidationIssue[]>();
    for (const problem of this.data.problems) {
      const scope = this.kr ? 'context' : problem.source;
      bySource.set(scope, [...(bySource.get(scope) ?? []), problem.issue]);
    }
    for (const [scope, issues] of bySource) this.reportIssues(scope, issues);
  }

  private reportIssues(source: string, issues: readonly ValidationIssue[]): void {
    for (const issue of issues) this.reportError(issue.code, `${source}: ${issue.message}`, source, { scope: source, subject: issue.path });
  }

  private checkOptions(changed: PropertyValues<this>): void {
    if (changed.has('view')) this.checkEnum('view', this.view, VIEWS);
    if (changed.has('lanes')) this.checkEnum('lanes', this.lanes, LANE_MODES);
    if (changed.has('zoom')) this.checkEnum('zoom', this.zoom, ZOOMS);
    const date = (name: 'start' | 'end' | 'today') => {
      if (!changed.has(name)) return;
      this.clearErrors(name);
      const value = this[name];
      if (value !== undefined && value !== null && !isIsoDate(value)) this.reportError('date', `${name}: expected a date as YYYY-MM-DD, got "${String(value)}"`, name, { subject: String(value) });
    };
    date('start');
    date('end');
    date('today');
    if (changed.has('start') || changed.has('end')) {
      // Its own scope: fixing either date withdraws it.
      this.clearErrors('date-order');
      if (this.validStart && this.validEnd && this.validEnd < this.validStart) {
        this.reportError('date-order', `end: ${this.validEnd} is before start ${this.validStart}`, 'end', { scope: 'date-order', subject: this.validEnd });
      }
    }
    if (changed.has('capacity')) {
      this.clearErrors('capacity');
      if (this.capacity !== undefined && this.capacity !== null && this.validCapacity === undefined) {
        this.reportError('range', `capacity: expected hours per month (a number of at least 0), got "${String(this.capacity)}"`, 'capacity', { subject: String(this.capacity) });
      }
    }
  }

  private get validStart(): IsoDate | undefined {
    return this.start !== undefined && isIsoDate(this.start) ? this.start : undefined;
  }

  private get validEnd(): IsoDate | undefined {
    return this.end !== undefined && isIsoDate(this.end) ? this.end : undefined;
  }

  private get currentView(): TimelineView {
    return VIEWS.includes(this.view) ? this.view : 'chart';
  }

  private get currentLanes(): LaneMode {
    return LANE_MODES.includes(this.lanes) ? this.lanes : 'competency';
  }

  private get currentZoom(): Zoom {
    return ZOOMS.includes(this.zoom) ? this.zoom : 'plan';
  }

  // -------------------------------------------------------------------------------------------
  // Layout

  private get hostWidth(): number {
    return this.printing ? PRINT_WIDTH : this.size.width;
  }

  private get labelWidth(): number {
    return Math.round(Math.min(180, Math.max(84, this.hostWidth * 0.26)));
  }

  private layoutFor(labels: TimelineLabels): TimelineLayout {
    const viewport = Math.max(120, this.hostWidth - this.labelWidth - 2);
    const lanes = this.currentLanes;
    const validEnd = this.validStart && this.validEnd && this.validEnd < this.validStart ? undefined : this.validEnd;
    const zoom = this.printing ? 'plan' : this.currentZoom;
    const key = [this.data, this.figures, zoom, lanes, this.validStart, validEnd, this.todayDate, viewport, labels.lang, this.activeFormats, this.activeCatalogue];
    if (this.layoutCache && this.layoutCache.key.every((part, i) => part === key[i])) return this.layoutCache.layout;
    const formatOrder = new Map(this.activeFormats.map((format, i) => [format.id, i]));
    const layout = layoutTimeline({
      plan: this.data.plan,
      goals: this.data.goals,
      load: this.figures.load,
      capacity: this.figures.capacity,
      today: this.todayDate,
      zoom,
      viewport,
      start: this.validStart,
      end: validEnd,
      laneOf:
        lanes === 'format'
          ? (item) => ({ key: item.formatId, order: formatOrder.get(item.formatId) ?? formatOrder.size })
          : (item) => ({ key: item.competencyIds.join('|'), order: 0 }),
    });
    this.layoutCache = { key, layout };
    return layout;
  }

  private laneLabel(labels: TimelineLabels, key: string): string {
    if (this.currentLanes === 'format') return labels.format(key);
    return key === '' ? this.strings.noCompetency : labels.competencies(key.split('|'));
  }

  private findingRefs(findings: readonly PlanFinding[]): FindingRefs {
    const items = new Map<string, string[]>();
    const reviews = new Map<string, string[]>();
    const goals = new Map<string, string[]>();
    const months = new Map<string, string[]>();
    const add = (map: Map<string, string[]>, key: string | undefined, id: string) => {
      if (key === undefined) return;
      map.set(key, [...(map.get(key) ?? []), id]);
    };
    findings.forEach((finding, i) => {
      const id = `finding-${i}`;
      add(items, finding.itemId, id);
      add(items, finding.otherItemId, id);
      add(reviews, finding.reviewId, id);
      if (finding.itemId === undefined) add(goals, finding.goalId, id);
      if (finding.code === 'over-capacity') add(months, finding.month, id);
    });
    return { items, reviews, goals, months };
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  protected override render(): TemplateResult {
    const s = this.strings;
    const lang = this.localize.lang;
    const labels = new TimelineLabels(this.activeCatalogue, this.activeFormats, lang, s);
    const plan = this.data.plan;
    return html`${this.renderNotice()}
      ${this.renderToolbar(s, plan)}
      ${plan ? this.renderPlan(s, labels, plan) : this.renderEmpty(s)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      <dialog part="dialog" aria-labelledby="dialog-title" @close=${this.onDialogClose}>${this.renderDialog(s, labels)}</dialog>`;
  }

  private renderEmpty(s: TimelineStrings): TemplateResult {
    const text = this.inProvider && this.data.person === undefined ? s.noPerson : this.canDraft ? s.noPlanEditable : s.noPlan;
    return html`<p class="empty" part="empty">${text}</p>`;
  }

  private renderToolbar(s: TimelineStrings, plan: Plan | undefined): TemplateResult {
    return renderToolbar({
      s,
      plan,
      view: this.currentView,
      lanes: this.currentLanes,
      zoom: this.currentZoom,
      editable: this.editable,
      canDraft: this.canDraft,
      canUndo: this.undoStack.length > 0,
      canDownload: plan !== undefined && this.data.planValid,
      onView: (view) => (this.view = view),
      onLanes: (lanes) => (this.lanes = lanes),
      onZoom: (zoom) => (this.zoom = zoom),
      onAddItem: () => this.openDialog({ kind: 'add-item' }),
      onAddReview: () => this.openDialog({ kind: 'add-review' }),
      onPlanStatus: this.onPlanStatus,
      onDraft: this.draft,
      onUndo: this.undo,
      onDownload: this.download,
    });
  }

  private renderPlan(s: TimelineStrings, labels: TimelineLabels, plan: Plan): TemplateResult {
    const layout = this.layoutFor(labels);
    const findings = this.figures.findings;
    const refs = this.findingRefs(findings);
    const order = focusOrder(layout.bars, layout.reviews);
    const activeKey = this.focusKey !== undefined && order.includes(this.focusKey) ? this.focusKey : order[0];
    const finalReview = plan.reviews.find((review) => review.final);
    const summary = s.summary({
      person: this.data.person?.name,
      items: plan.items.length,
      reviews: plan.reviews.length,
      start: plan.items.length > 0 || plan.reviews.length > 0 ? labels.date(layout.start) : undefined,
      end: plan.items.length > 0 || plan.reviews.length > 0 ? labels.date(layout.end) : undefined,
      finalReview: finalReview ? labels.date(finalReview.date) : undefined,
      overMonths: this.figures.load.filter((month) => month.over > 0).length,
      findings: findings.length,
      status: s.planStatuses[plan.status],
    });
    const view: ChartView = {
      layout,
      labels,
      s,
      lang: labels.lang,
      editable: this.editable,
      activeKey,
      findings: refs,
      laneLabel: (key) => this.laneLabel(labels, key),
      drag: this.drag,
      labelWidth: this.labelWidth,
      capacity: this.figures.capacity,
    };
    const isChart = this.currentView === 'chart';
    return html`<p id="summary" class="summary" part="summary">
        ${summary} ${layout.outside.length > 0 ? s.outsideRange(layout.outside.length) : nothing}
      </p>
      ${isChart
        ? html`<div class="chart" part="chart">
              ${renderLaneLabels(view)}
              <div class="scroller" part="scroller" dir="ltr" @keydown=${this.onChartKey} @focusin=${this.onChartFocus}
                @pointerdown=${this.pointerDrag.down} @pointermove=${this.pointerDrag.move} @pointerup=${this.pointerDrag.up} @pointercancel=${this.pointerDrag.cancel}>
                ${renderTimeline(view)}
              </div>
            </div>
            <p id="keyboard-help" class="help">${s.keyboardHelp(this.editable)}</p>
            ${renderLegend(s)}`
        : renderList({
            plan,
            goals: this.data.goals,
            load: this.figures.load,
            findings,
            labels,
            s,
            lang: labels.lang,
            editable: this.editable,
            onOpen: (key) => this.openEntry(key),
          })}
      ${renderFindings(s, labels.lang, findings)}`;
  }

  private renderDialog(s: TimelineStrings, labels: TimelineLabels): TemplateResult | typeof nothing {
    const dialog = this.dialog;
    const plan = this.data.plan;
    if (!dialog || !plan) return nothing;
    const common = { labels, s, lang: labels.lang, error: this.dialogError, onClose: () => this.closeDialog() };
    const findings = this.figures.findings;
    if (dialog.kind === 'item') {
      const item = plan.items.find((candidate) => candidate.id === dialog.id);
      if (!item) return nothing;
      return renderItemDetails({
        ...common,
        item,
        goal: this.data.goals.find((goal) => goal.id === item.goalId),
        findings: findings.filter((finding) => finding.itemId === item.id || finding.otherItemId === item.id),
        editable: this.editable,
        onStart: (date) => this.edit({ type: 'move-item', itemId: item.id, days: daysBetween(item.start, date) }),
        onEnd: (date) => this.edit({ type: 'resize-item', itemId: item.id, days: daysBetween(item.end, date) }),
        onStatus: (status: ItemStatus) => this.edit({ type: 'set-item-status', itemId: item.id, status }),
        onRemove: () => {
          if (this.edit({ type: 'remove-item', itemId: item.id })) this.closeDialog(true);
        },
      });
    }
    if (dialog.kind === 'review') {
      const review = plan.reviews.find((candidate) => candidate.id === dialog.id);
      if (!review) return nothing;
      return renderReviewDetails({
        ...common,
        review,
        findings: findings.filter((finding) => finding.reviewId === review.id),
        editable: this.editable,
        onDate: (date) => this.edit({ type: 'move-review', reviewId: review.id, days: daysBetween(review.date, date) }),
        onRemove: () => {
          if (this.edit({ type: 'remove-review', reviewId: review.id })) this.closeDialog(true);
        },
      });
    }
    if (dialog.kind === 'add-item') {
      const lastEnd = plan.items.reduce<IsoDate | undefined>((last, item) => (last === undefined || item.end > last ? item.end : last), undefined);
      return renderAddItem({
        ...common,
        formats: this.activeFormats,
        goals: this.data.goals.filter((goal) => goal.personId === plan.personId),
        competencies: this.activeCatalogue.competencies,
        defaultStart: lastEnd !== undefined && lastEnd >= this.todayDate ? addDays(lastEnd, 1) : this.todayDate,
        onSubmit: (values) => this.addItem(values),
      });
    }
    return renderAddReview({
      ...common,
      defaultDate: this.todayDate,
      defaultParticipants: this.data.person?.name ?? plan.reviews[0]?.participants.join(', ') ?? '',
      canBeFinal: !plan.reviews.some((review) => review.final),
      onSubmit: (values) => this.addReviewFromForm(values),
    });
  }

  /** The chart entry that had focus when the update began (bars are re-ordered by date, which drops focus). */
  private focusedBeforeUpdate: string | undefined;

  protected override update(changed: PropertyValues<this>): void {
    const active = this.renderRoot?.querySelector?.(':focus');
    this.focusedBeforeUpdate = active?.closest('.scroller') ? (active.getAttribute('data-key') ?? undefined) : undefined;
    super.update(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const key = this.focusedBeforeUpdate;
    this.focusedBeforeUpdate = undefined;
    if (key !== undefined && !this.dialog) {
      const entry = this.entryElement(key);
      if (entry && this.renderRoot.querySelector(':focus') !== entry) entry.focus({ preventScroll: true });
    }
    const dialog = this.dialogElement;
    if (dialog && this.dialog && !dialog.open) {
      dialog.showModal();
    } else if (dialog && !this.dialog && dialog.open) {
      dialog.close();
    }
    if (this.scrollPending) this.scrollToToday();
    // An entry that was open may have been removed (e.g. by undo): close its dialog.
    if (this.dialog && (this.dialog.kind === 'item' || this.dialog.kind === 'review') && dialog && !dialog.querySelector('.dialog-title')) this.closeDialog();
  }

  /** Brings today into view (a quarter of the way in), or the start when today is not in the range. */
  private scrollToToday(): void {
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    const layout = this.layoutCache?.layout;
    if (!scroller || !layout) return;
    this.scrollPending = false;
    scroller.scrollLeft = layout.todayX === undefined ? 0 : Math.max(0, layout.todayX - scroller.clientWidth / 4);
  }

  // -------------------------------------------------------------------------------------------
  // Editing

  /** The plan the next edit starts from: the last one committed, even before the update that shows it. */
  private get editedPlan(): Plan | undefined {
    return this.pending ? this.pending.plan : this.data.plan;
  }

  /** Applies a domain edit to the plan shown; returns whether it went through. */
  private edit(edit: PlanEdit): boolean {
    const plan = this.editedPlan;
    if (!plan || !this.editable) return false;
    let next: Plan;
    try {
      next = applyPlanEdit(plan, edit, { catalogue: this.activeCatalogue, formats: this.activeFormats });
    } catch (error) {
      this.refuse(error, edit.type === 'resize-item');
      return false;
    }
    if (next === plan) return true;
    this.commit(next, edit, plan);
    this.say(this.describeEdit(edit, next));
    return true;
  }

  private commit(next: Plan, change: TimelineChange, before: Plan | undefined, eventPlan: Plan = next): void {
    this.dialogError = undefined;
    this.pending = { plan: next };
    this.undoStack = [...this.undoStack.slice(-(MAX_UNDO - 1)), { before, after: next, change }];
    this.show(next);
    this.emit('kr-plan-change', { plan: eventPlan, change });
  }

  /** Outside a provider the element keeps the plan itself; inside, the provider's new value brings it. */
  private show(plan: Plan | undefined): void {
    if (this.inProvider) return;
    this.writingPlan = true;
    this.plan = plan;
    // `plan` is read in willUpdate; reset once that update is done.
    void this.updateComplete.then(() => {
      this.writingPlan = false;
    });
  }

  private refuse(error: unknown, shortest: boolean): void {
    const s = this.strings;
    const issue = error instanceof KompetenzradError ? error.issues[0] : undefined;
    const text = shortest && issue?.code === 'date-order' ? s.announceShortest : s.announceRejected(issue?.message ?? String(error));
    if (this.dialog) this.dialogError = text;
    this.say(text);
  }

  private describeEdit(edit: PlanEdit, next: Plan): string {
    const s = this.strings;
    const labels = new TimelineLabels(this.activeCatalogue, this.activeFormats, this.localize.lang, s);
    const itemOf = (id: string) => next.items.find((item) => item.id === id);
    switch (edit.type) {
      case 'move-item':
      case 'resize-item': {
        const item = itemOf(edit.itemId);
        if (!item) return '';
        const say = edit.type === 'move-item' ? s.announceMoved : s.announceResized;
        return say(labels.item(item), labels.date(item.start), labels.date(item.end));
      }
      case 'set-item-status': {
        const item = itemOf(edit.itemId);
        return item ? s.announceStatus(labels.item(item), s.itemStatuses[edit.status]) : '';
      }
      case 'remove-item':
        return s.announceRemoved(s.kinds.item);
      case 'add-item':
        return s.announceAdded(labels.item(edit.item));
      case 'add-review':
        return s.announceAdded(edit.review.final ? s.finalReview : s.review);
      case 'remove-review':
        return s.announceRemoved(s.review);
      case 'move-review': {
        const review = next.reviews.find((candidate) => candidate.id === edit.reviewId);
        return review ? s.announceReviewMoved(labels.date(review.date)) : '';
      }
      case 'set-plan-status':
        return s.announcePlanStatus(s.planStatuses[edit.status]);
    }
  }

  /** Undoes the last change (a draft is undone by cancelling it). */
  private readonly undo = (): void => {
    const entry = this.undoStack[this.undoStack.length - 1];
    if (!entry || !this.editable) {
      this.say(this.strings.announceNothingToUndo);
      return;
    }
    let eventPlan: Plan | undefined = entry.before;
    if (entry.change.type === 'draft') {
      try {
        eventPlan = transitionPlan(entry.after, 'cancelled', entry.after.history[entry.after.history.length - 1]?.date ?? this.todayDate);
      } catch (error) {
        this.refuse(error, false);
        return;
      }
    }
    this.undoStack = this.undoStack.slice(0, -1);
    this.pending = { plan: entry.before };
    this.show(entry.before);
    if (eventPlan) this.emit('kr-plan-change', { plan: eventPlan, change: { type: 'undo', undone: entry.change } });
    this.say(this.strings.announceUndone);
  };

  private get draftInput(): { person: Person; gaps: GapAnalysis | readonly GapEntry[] } | undefined {
    const person = this.data.person;
    if (!person) return undefined;
    if (this.kr) {
      const gaps = gapsOf(this.kr.portfolio, this.activeCatalogue, this.kr.roles, person, this.todayDate);
      return gaps ? { person, gaps } : undefined;
    }
    return this.gaps ? { person, gaps: this.gaps } : undefined;
  }

  private get canDraft(): boolean {
    return this.data.person !== undefined && (this.kr ? true : this.gaps !== undefined);
  }

  private readonly draft = (): void => {
    let input: ReturnType<typeof this.draftOrThrow>;
    try {
      input = this.draftOrThrow();
    } catch (error) {
      const issues = error instanceof KompetenzradError ? error.issues : [{ path: '$', code: 'draft-failed', message: String(error) }];
      this.clearErrors('draft');
      this.reportIssues('draft', issues);
      this.say(this.strings.announceRejected(issues[0]?.message ?? ''));
      return;
    }
    if (!input) return;
    this.clearErrors('draft');
    this.commit(input, { type: 'draft' }, this.editedPlan);
    this.say(this.strings.announceDrafted(input.items.length, input.reviews.length));
  };

  private draftOrThrow(): Plan | undefined {
    const draftInput = this.draftInput;
    if (!draftInput || !this.editable) return undefined;
    const plans = this.kr ? this.kr.portfolio.plans : this.data.plan ? [this.data.plan] : [];
    const options: Parameters<typeof draftPlan>[3] = {
      today: this.todayDate,
      catalogue: this.activeCatalogue,
      formats: this.activeFormats,
      planId: freePlanId(plans, draftInput.person.id, this.todayDate),
    };
    if (this.validCapacity !== undefined) options.capacityHoursPerMonth = this.validCapacity;
    return draftPlan(draftInput.person, draftInput.gaps, this.data.goals, options);
  }

  private readonly onPlanStatus = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    const plan = this.data.plan;
    if (!plan || select.value === plan.status) return;
    const ok = this.edit({ type: 'set-plan-status', status: select.value as PlanStatus, date: this.todayDate });
    if (!ok) select.value = plan.status;
  };

  private addItem(values: { formatId: string; goalId: string; competencyId: string; start: string; title: string }): void {
    const plan = this.data.plan;
    if (!plan) return;
    const goal = this.data.goals.find((candidate) => candidate.id === values.goalId);
    const competencyIds = goal ? [...goal.competencyIds] : values.competencyId ? [values.competencyId] : [];
    let item;
    try {
      item = newPlanItem(
        plan,
        { formatId: values.formatId, start: values.start, competencyIds, ...(goal ? { goalId: goal.id } : {}), ...(values.title ? { title: values.title } : {}) },
        this.activeFormats,
      );
      addPlanItem(plan, item, { catalogue: this.activeCatalogue, formats: this.activeFormats });
    } catch (error) {
      this.refuse(error, false);
      return;
    }
    if (this.edit({ type: 'add-item', item })) {
      this.closeDialog(false);
      this.focusKey = `item:${item.id}`;
      this.returnFocusTo = this.focusKey;
    }
  }

  private addReviewFromForm(values: { date: string; final: boolean; participants: string[] }): void {
    const plan = this.data.plan;
    if (!plan) return;
    let review;
    try {
      review = newReview(plan, values);
      addReview(plan, review);
    } catch (error) {
      this.refuse(error, false);
      return;
    }
    if (this.edit({ type: 'add-review', review })) {
      this.closeDialog(false);
      this.focusKey = `review:${review.id}`;
      this.returnFocusTo = this.focusKey;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Calendar export

  private readonly download = (): void => {
    const plan = this.data.plan;
    if (!plan) return;
    const person: Person = this.data.person && this.data.person.id === plan.personId ? this.data.person : { id: plan.personId, name: plan.title ?? plan.personId, roleId: 'person' };
    let text: string;
    try {
      text = toICalendar(plan, person, { lang: this.localize.lang, catalogue: this.activeCatalogue, formats: this.activeFormats });
    } catch (error) {
      const issues = error instanceof KompetenzradError ? error.issues : [{ path: '$', code: 'download-failed', message: String(error) }];
      this.clearErrors('download');
      this.reportIssues('download', issues);
      return;
    }
    downloadText(text, calendarFileName(plan.id), 'text/calendar;charset=utf-8', this.renderRoot);
  };

  // -------------------------------------------------------------------------------------------
  // Views, dialogs, focus

  private openDialog(dialog: DialogState): void {
    this.dialogError = undefined;
    this.dialog = dialog;
  }

  /** Opens the details of a chart entry (`item:<id>` / `review:<id>`). */
  private openEntry(key: string): void {
    const [kind, ...rest] = key.split(':');
    const id = rest.join(':');
    this.returnFocusTo = this.currentView === 'chart' ? key : undefined;
    this.openDialog(kind === 'review' ? { kind: 'review', id } : { kind: 'item', id });
  }

  private closeDialog(entryGone = false): void {
    if (entryGone) this.returnFocusTo = undefined;
    this.dialog = undefined;
    this.dialogError = undefined;
  }

  private readonly onDialogClose = (): void => {
    if (this.dialog) this.dialog = undefined;
    const key = this.returnFocusTo;
    this.returnFocusTo = undefined;
    if (key) void this.focusEntry(key);
  };

  private say(text: string): void {
    // Emptied first, so that the same message twice in a row is announced again.
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  private entryElement(key: string): SVGGElement | null {
    return this.renderRoot.querySelector<SVGGElement>(`.scroller [data-key="${key}"]`);
  }

  private async focusEntry(key: string): Promise<void> {
    this.focusKey = key;
    await this.updateComplete;
    this.entryElement(key)?.focus();
  }

  private keyOf(event: Event): string | undefined {
    const target = event.target instanceof Element ? event.target.closest('[data-key]') : null;
    return target?.getAttribute('data-key') ?? undefined;
  }

  private readonly onChartFocus = (event: FocusEvent): void => {
    const key = this.keyOf(event);
    if (key) this.focusKey = key;
  };

  private readonly onChartKey = (event: KeyboardEvent): void => {
    const key = this.keyOf(event);
    if (!key) return;
    const action = chartKeyAction(event, this.editable && this.data.plan !== undefined);
    if (!action) return;
    event.preventDefault();
    const [kind, ...rest] = key.split(':');
    const id = rest.join(':');
    switch (action.type) {
      case 'focus': {
        const order = focusOrder(this.layoutCache?.layout.bars ?? [], this.layoutCache?.layout.reviews ?? []);
        const index = order.indexOf(key);
        const target = action.to === 'first' ? 0 : action.to === 'last' ? order.length - 1 : action.to === 'next' ? Math.min(order.length - 1, index + 1) : Math.max(0, index - 1);
        if (order[target]) void this.focusEntry(order[target]);
        return;
      }
      case 'move':
        this.edit(kind === 'review' ? { type: 'move-review', reviewId: id, days: action.days } : { type: 'move-item', itemId: id, days: action.days });
        return;
      case 'resize':
        if (kind === 'item') this.edit({ type: 'resize-item', itemId: id, days: action.days });
        return;
      case 'open':
        this.openEntry(key);
        return;
      case 'remove': {
        const order = focusOrder(this.layoutCache?.layout.bars ?? [], this.layoutCache?.layout.reviews ?? []);
        const index = order.indexOf(key);
        const removed = this.edit(kind === 'review' ? { type: 'remove-review', reviewId: id } : { type: 'remove-item', itemId: id });
        const neighbour = order.filter((candidate) => candidate !== key)[Math.max(0, index - 1)];
        if (removed && neighbour) void this.focusEntry(neighbour);
        return;
      }
      case 'undo':
        this.undo();
        return;
    }
  };

  // Pointer: see PointerDrag.

  private readonly pointerDrag = new PointerDrag({
    canEdit: () => this.editable && this.data.plan !== undefined,
    keyOf: (event) => this.keyOf(event),
    pxPerDay: () => this.layoutCache?.layout.pxPerDay ?? 1,
    pressed: (key, editable) => {
      this.focusKey = key;
      if (editable) this.entryElement(key)?.focus();
    },
    preview: (drag) => {
      this.drag = drag;
    },
    clicked: (key) => this.openEntry(key),
    dropped: (drag) => {
      const [kind, ...rest] = drag.key.split(':');
      const id = rest.join(':');
      if (kind === 'review') this.edit({ type: 'move-review', reviewId: id, days: drag.days });
      else if (drag.mode === 'move') this.edit({ type: 'move-item', itemId: id, days: drag.days });
      else this.edit({ type: 'resize-item', itemId: id, days: drag.days, edge: drag.mode });
    },
  });
}
