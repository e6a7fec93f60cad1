import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { GapAnalysis, GapEntry } from '../../domain/gaps.js';
import type { PlanFinding } from '../../domain/plan-checks.js';
import { hasGapsShape } from '../../domain/plan-draft.js';
import { isFinalPlanStatus } from '../../domain/plan-status.js';
import type { Catalogue, Format, Goal, Person, Plan } from '../../domain/types.js';
import { krElementStyles } from '../../internal/base.styles.js';
import { consumeProvider, waitsForProvider, type KompetenzContextValue } from '../../internal/context.js';
import { Announcer } from '../../internal/controllers/announcer.js';
import type { KrEvent } from '../../internal/events.js';
import { jsonAttribute } from '../../internal/json-attribute.js';
import { KrElement } from '../../internal/kr-element.js';
import { Memo } from '../../internal/memo.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { calendarFileName, downloadCalendar } from './controllers/calendar-export.js';
import { requestInstallationId } from '../../internal/installation-id.js';
import { ChartEntries } from './controllers/chart-entries.js';
import { ChartWidth } from './controllers/chart-width.js';
import { ChartWindow } from './controllers/chart-window.js';
import { EntryDialog } from './controllers/entry-dialog.js';
import { FirstScreen } from '../../internal/controllers/first-screen.js';
import { PlanDrafting } from './controllers/plan-drafting.js';
import { PlanEditing, type KrPlanChangeDetail } from './controllers/plan-editing.js';
import { PlanStatusChoice } from './controllers/plan-status.js';
import { TextWidth } from './controllers/text-width.js';
import { timelineLaterStyles, timelineStyles } from './lernplan-timeline.styles.js';
import { parseEntryKey } from './model/entry-keys.js';
import { findingRefs } from './model/finding-refs.js';
import { ChartLayouts, LANE_MODES, shownSettings, VIEWS, ZOOMS, type LaneMode, type TimelineLayout, type TimelineView, type Zoom } from './model/layout.js';
import { PlanNames } from './model/plan-names.js';
import { gapsProblems, TimelineSources, type Resolved, type Settings } from './model/sources.js';
import { planDraft, replacedGoals, type TimelineData } from './model/timeline-data.js';
import { TIMELINE_STRINGS } from './strings/index.js';
import { SKETCH_FROM_BARS } from './views/bar-sketch.js';
import { renderDialog } from './views/dialogs.js';
import { renderPlan, type ChartSetup } from './views/plan.js';
import { renderToolbar } from './views/toolbar.js';

export type { KrPlanChangeDetail, TimelineChange } from './controllers/plan-editing.js';
export type { LaneMode, TimelineView, Zoom };

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

/**
 * A learning plan on a time line: bars for the plan's items in rows by competency or by format,
 * diamonds for review meetings (the final one marked), the goals' due dates, a "today" line
 * and the planned hours of every month against the person's capacity. The domain's plan checks
 * are shown where they apply. With `editable`, items can be moved and resized by pointer and
 * keyboard, added and removed, their status changed; reviews added, moved and removed; the
 * plan's status moved on; a plan drafted for the person (with a plan shown, a question first: a
 * draft is replaced in place, keeping its id; a plan in another status stays); the plan completed
 * with its final review (the goals reached or not); and the last changes undone.
 *
 * Inside a `<kompetenz-provider>` it shows the newest plan of the selected person that is not
 * cancelled, with that person's goals, and every change goes to the provider as
 * `kr-plan-change`. Outside one it shows the `plan` property (or JSON attribute) with `goals`
 * and `person`, and keeps the edited plan in `plan`. `catalogue` and `today` follow the rule of
 * every element: its own when given and valid, else the provider's, else the default.
 *
 * Keyboard: the chart is one tab stop; Up/Down (read-only: every arrow), Home and End go from
 * entry to entry; editable, Left/Right move the entry by a week and Shift+Left/Right change the
 * item's length by a week; Enter or Space opens the details; Delete removes; Ctrl+Z undoes.
 * A label that is cut (a short bar, a long row name) shows in full in a tooltip while its entry
 * is under the pointer or has focus; Escape hides it. Only the months near the view are drawn,
 * so a plan over many years costs no more than one over a few. Right after the first paint (at
 * once on focus, a press or print) a chart taller than the screen draws its lower part, load strip,
 * legend and findings, and a plan of 40 bars or more its entries in place of their first picture.
 *
 * @customElement lernplan-timeline
 * @summary A learning plan as an editable time line, with capacity load, findings, list view and calendar export.
 *
 * @fires {CustomEvent<KrPlanChangeDetail>} kr-plan-change - The user changed the plan: `{plan, change}`; `change` is a `PlanEdit` (`move-item`, `resize-item`, `add-item`, `remove-item`, `set-item-status`, `add-review`, `remove-review`, `move-review`, `set-plan-status`), `{type: 'draft'}` (`replaced: true` when it took the place of the draft shown, with its id), `{type: 'final-review', outcome}` (then `goals` holds the goals it marked reached or not reached; its undo gives back the status each had, keeping later edits of the goals) or `{type: 'undo', undone}`.
 * @fires {CustomEvent<KrErrorDetail>} kr-error - An input could not be used: `{code, message, source}` with source `plan`, `goals`, `person`, `gaps`, `catalogue`, `formats`, `start`, `end`, `capacity`, `today`, `view`, `lanes`, `zoom`, `editable`, `lang`, `context`, `check`, `draft` or `download`; a bad value is named as written (`capacity="abc"` gives `got "abc"`). A provider's selected person that is not in its portfolio is `unknown-person` (source `context`).
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
 * @csspart tooltip - The full text of a cut bar label or row name, for the entry under the pointer or with focus.
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
 * @csspart dialog - The details and add dialogs, the questions before drafting over a plan and cancelling it, and the form of the final review.
 * @csspart empty - The message shown without a person or a plan, or while the provider loads.
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
  /** The person's goals (for due dates and checks) outside a provider: a list, or JSON in the attribute. Without it the goals the plan's items name are not checked. */
  @property({ converter: jsonAttribute<Goal[]>({ allowArray: true }) }) goals?: Goal[];
  /** The person the plan belongs to, outside a provider (name for the calendar, capacity, budget, drafting). */
  @property({ converter: jsonAttribute<Person>() }) person?: Person;
  /** The person's prioritised gaps, outside a provider: with `person`, enables "Draft a plan". */
  @property({ attribute: false }) gaps?: GapAnalysis | readonly GapEntry[];
  /** Learning formats of the organisation (default: the built-in seven); checked with `validateFormats`. */
  @property({ attribute: false }) formats?: readonly Format[];
  /** The catalogue (property, or JSON in the attribute); default: the provider's, else the built-in one. */
  @property({ converter: jsonAttribute<Catalogue>() }) catalogue?: Catalogue;
  /** First day shown (`YYYY-MM-DD`); default: the plan's first date. */
  @property() start?: string;
  /** Last day shown (`YYYY-MM-DD`); default: the plan's last date. */
  @property() end?: string;
  /** Hours per month for learning, 0 to 200; default: the plan's, else the person's, else 8. Another value is reported (`kr-error` `range`) and not used. */
  @property({ type: Number }) capacity?: number;
  /** Today's date (`YYYY-MM-DD`); default: the provider's, else the local date. */
  @property() today?: string;
  /** Lets the user change the plan. */
  @property({ type: Boolean }) editable = false;
  /** `chart` (default) or `list`. */
  @property({ reflect: true }) view: TimelineView = 'chart';
  /** Rows by `competency` (default) or `format`. */
  @property() lanes: LaneMode = 'competency';
  /** `quarter`, `year` or `plan` (default: the whole plan fits the width). */
  @property() zoom: Zoom = 'plan';

  @consumeProvider()
  @state()
  private kr?: KompetenzContextValue;

  private readonly width = new ChartWidth(this);
  private readonly announcer = new Announcer(this);
  private readonly entries = new ChartEntries(this, {
    layout: () => this.chartLayout,
    canEdit: () => this.changeable,
    edit: (edit) => this.editing.edit(edit),
    open: (key) => this.openEntry(key),
    undo: () => this.editing.undo(),
  });
  private readonly dialogs = new EntryDialog(this, (key) => this.entries.focus(key), () => this.status.focusToolbar());
  private readonly editing = new PlanEditing(this, {
    plan: () => this.data.plan,
    goals: () => this.data.goals,
    editable: () => this.editable,
    settings: () => this.settings,
    names: () => this.names(),
    keep: (plan, goals) => {
      if (!this.kr) Object.assign(this, { plan }, goals && { goals: replacedGoals(this.goals, goals) });
    },
    changed: (detail) => this.emit('kr-plan-change', detail),
    say: (text) => this.announcer.announce(text),
    refused: (text, path) => this.dialogs.showError(text, path),
    // Ctrl+Z in the chart: focus to the entry that is back; the toolbar's button keeps it.
    restored: (key) => this.renderRoot.querySelector('[part~="chart"]')?.contains((this.renderRoot as ShadowRoot).activeElement) && this.entries.restore(key),
  });
  private readonly drafting = new PlanDrafting(this.editing, this.dialogs, {
    maker: (planId) => (this.editable ? planDraft(this.data, this.kr, this.gaps, this.settings, planId) : undefined),
    problems: (problems) => this.setProblems('draft', problems),
  });
  private readonly status = new PlanStatusChoice(this, this.dialogs, {
    plan: () => this.editing.plan,
    apply: (status) => this.editing.edit({ type: 'set-plan-status', status, date: this.settings.today }),
    complete: (outcome) => this.editing.finalReview(outcome),
  });
  private readonly sources = new TimelineSources();
  private readonly layout = new ChartLayouts();
  private readonly window = new ChartWindow(this, () => this.entries.hovered !== undefined);
  private readonly text = new TextWidth(this);
  private readonly firstScreen = new FirstScreen(this, timelineLaterStyles);
  private readonly planNames = new Memo((...args: ConstructorParameters<typeof PlanNames>) => new PlanNames(...args));
  private readonly findingRefs = new Memo(findingRefs);
  private resolved: Resolved | undefined;
  /** The layout of the chart last drawn. */
  private chartLayout: TimelineLayout | undefined;

  /** The plan shown now (after every edit), or `undefined`. */
  get currentPlan(): Plan | undefined {
    return this.data.plan;
  }

  /** The findings of the domain's plan check for the plan shown. */
  get findings(): readonly PlanFinding[] {
    return this.resolve().figures.findings;
  }

  /** The inputs as the last update read them (read now before the first). */
  private resolve(): Resolved {
    this.resolved ??= this.sources.read(this, this.kr, this.localize.resolvedLang);
    return this.resolved;
  }

  private get settings(): Settings {
    return this.resolve().settings;
  }

  private get data(): TimelineData {
    return this.resolve().data;
  }

  private names(): PlanNames {
    return this.planNames.get(this.settings.catalogue, this.settings.formats, this.localize.lang, this.localize.of(TIMELINE_STRINGS));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.localize.fallback = this.kr?.lang;
    const previous = this.resolved;
    const resolved = (this.resolved = this.sources.read(this, this.kr, this.localize.resolvedLang));
    if (resolved.problems !== previous?.problems) this.setProblems('inputs', resolved.problems);
    if (previous && resolved.data !== previous.data) this.dataChanged(changed, previous.data);
    if (changed.has('zoom') || changed.has('view')) this.window.startAtToday();
    if (changed.has('view')) this.checkEnum('view', this.view, VIEWS);
    if (changed.has('lanes')) this.checkEnum('lanes', this.lanes, LANE_MODES);
    if (changed.has('zoom')) this.checkEnum('zoom', this.zoom, ZOOMS);
    if (changed.has('gaps')) this.setProblems('gaps', gapsProblems(this.gaps));
  }

  /** Another plan scrolls to today; another plan given from outside, or another person, ends the undo history. */
  private dataChanged(changed: PropertyValues<this>, previous: TimelineData): void {
    const otherPlan = previous.plan?.id !== this.data.plan?.id;
    if (otherPlan) this.window.startAtToday();
    const all = changed as ReadonlyMap<PropertyKey, unknown>;
    const otherPerson = all.has('kr') && (all.get('kr') as KompetenzContextValue | undefined)?.personId !== this.kr?.personId;
    if ((changed.has('plan') && otherPlan && !this.editing.wrote(this.plan)) || otherPerson) this.editing.reset();
  }

  private get shown(): ReturnType<typeof shownSettings> {
    return shownSettings(this);
  }

  /** Whether the plan shown can be changed: `editable`, and not completed or cancelled (on record). */
  private get changeable(): boolean {
    return this.editable && this.data.plan !== undefined && !isFinalPlanStatus(this.data.plan.status);
  }

  private get canDraft(): boolean {
    return this.data.person !== undefined && (this.kr !== undefined || hasGapsShape(this.gaps));
  }

  protected override render(): TemplateResult {
    const names = this.names();
    const { s } = names;
    const { plan, goals } = this.data;
    const { load, capacity } = this.resolve().figures;
    const zoom = this.width.printing ? 'plan' : this.shown.zoom;
    this.chartLayout = plan && this.layout.get(plan, goals, load, capacity, this.settings, zoom, this.shown.lanes, this.width.viewport);
    const loading = waitsForProvider(this.kr);
    const refused = this.problems.some((problem) => problem.source === 'plan');
    const empty = loading ? s.loading : refused ? s.planRefused : this.kr && this.data.person === undefined ? s.noPerson : this.canDraft ? s.noPlanEditable : s.noPlan;
    return html`${this.renderNotice()}
      ${renderToolbar({
        s,
        plan,
        view: this.shown.view,
        lanes: this.shown.lanes,
        zoom: this.shown.zoom,
        editable: this.editable,
        canDraft: this.canDraft,
        canUndo: this.editing.canUndo,
        canDownload: plan !== undefined && this.data.planValid,
        onChange: (change) => Object.assign(this, change),
        onAddItem: () => this.dialogs.open({ kind: 'add-item' }),
        onAddReview: () => this.dialogs.open({ kind: 'add-review' }),
        planStatus: plan && this.status.shown(plan),
        onPickStatus: this.status.pick,
        onApplyStatus: this.status.request,
        onDraft: this.drafting.request,
        onUndo: this.editing.undo,
        onDownload: this.download,
      })}
      ${plan && this.chartLayout ? this.renderPlan(names, plan, this.chartLayout) : html`<p class="empty" part="empty" role=${loading ? 'status' : nothing}>${empty}</p>`}
      ${this.announcer.render()}
      <dialog part="dialog" aria-labelledby="dialog-title" aria-describedby=${this.dialogs.state?.kind === 'draft' || this.dialogs.state?.kind === 'final-status' ? 'dialog-text' : nothing} @close=${this.dialogs.onClose}>${plan ? this.renderDialog(names, plan) : nothing}</dialog>`;
  }

  private renderPlan(names: PlanNames, plan: Plan, layout: TimelineLayout): TemplateResult {
    const { data, figures, settings } = this.resolve();
    const { editable, entries } = this;
    const view = this.shown.view;
    const labelWidth = this.width.labelWidth;
    return renderPlan({ s: names.s, names, plan, data, figures, range: settings, layout, view, lanes: this.shown.lanes, editable, labelWidth, entries, chart: this.chartSetup(layout, figures.findings), onOpen: (key) => this.openEntry(key) });
  }

  /** The part of the chart to draw (from where it is scrolled to, or will be), the text widths and the listeners. */
  private chartSetup(layout: TimelineLayout, findings: Resolved['figures']['findings']): ChartSetup {
    const viewport = this.width.viewport;
    this.window.beforeDrawing(layout.todayX, viewport);
    const chart = this.shown.view === 'chart';
    const range = this.window.range(layout.width, viewport, chart && this.firstScreen.firstOnly(layout.width > viewport));
    const text = this.text;
    return {
      cut: chart ? this.firstScreen.cutInHost(layout.height) : Infinity,
      sketch: chart && this.firstScreen.firstOnly(layout.bars.length >= SKETCH_FROM_BARS),
      range,
      visible: this.window.visible,
      text: { barText: text.of(11, 600), laneText: text.of(12, 400), loadText: text.of(10, 400), loadTextBold: text.of(10, 700), smallText: text.of(11, 700) },
      findings: this.findingRefs.get(findings),
      listeners: { ...this.entries.listeners, scroll: this.window.onScroll },
    };
  }

  private renderDialog(names: PlanNames, plan: Plan): TemplateResult | typeof nothing {
    const dialog = this.dialogs.state;
    if (!dialog) return nothing;
    const { settings, data, figures } = this.resolve();
    return renderDialog({
      dialog,
      plan,
      data,
      findings: figures.findings,
      settings,
      names,
      editable: this.changeable,
      error: this.dialogs.error,
      errorPath: this.dialogs.errorPath,
      onEdit: (edit) => this.editing.edit(edit),
      // Focus goes to the entry before the removed one, as with Delete (the layout is still the one drawn).
      onRemove: (edit) => this.editing.edit(edit) && this.dialogs.closeTo(this.shown.view === 'chart' ? this.entries.neighbour(this.dialogs.entryKey) : undefined),
      onAddItem: (values) => this.added(this.editing.addItem(values, data.goals)),
      onAddReview: (values) => this.added(this.editing.addReview(values)),
      onDraft: this.drafting.confirm,
      onConfirmStatus: this.status.confirm,
      onFinalReview: this.status.completeWith,
      onClose: () => this.dialogs.close(),
    });
  }

  /** A new entry was added from its form: the form closes and focus goes to the entry. */
  private added(key: string | undefined): void {
    if (key === undefined) return;
    this.entries.setActive(key);
    this.dialogs.closeTo(key);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.window.afterDrawing(() => this.renderRoot.querySelector<HTMLElement>('.scroller'), this.chartLayout);
  }

  /** Opens the details of a chart entry (`item:<id>` / `review:<id>`). */
  private openEntry(key: string): void {
    const { kind, id } = parseEntryKey(key);
    this.dialogs.open({ kind, id }, this.shown.view === 'chart' ? key : undefined);
  }

  private readonly download = (): void => {
    const plan = this.data.plan;
    if (!plan) return;
    const { catalogue, formats } = this.settings;
    const installationId = this.kr && (this.kr.portfolio.installationId ?? requestInstallationId(this));
    const options = { lang: this.localize.lang, catalogue, formats, installationId, goals: this.data.goals };
    const problems = downloadCalendar(plan, this.data.person, options, this.renderRoot);
    this.setProblems('download', problems);
    if (problems.length === 0) this.announcer.announce(this.names().s.announceCalendar(calendarFileName(plan.id)));
  };
}
