import { html, nothing, type TemplateResult } from 'lit';
import { outcomeTally } from '../../../domain/plan-status.js';
import { guard } from 'lit/directives/guard.js';
import type { Plan } from '../../../domain/types.js';
import type { DragPreview } from '../controllers/pointer-drag.js';
import type { XRange } from '../model/chart-window.js';
import type { FindingRefs } from '../model/finding-refs.js';
import type { LaneMode, TimelineLayout, TimelineView } from '../model/layout.js';
import type { PlanNames } from '../model/plan-names.js';
import { summaryFacts } from '../model/plan-summary.js';
import type { Settings } from '../model/sources.js';
import type { PlanFigures, TimelineData } from '../model/timeline-data.js';
import type { TimelineStrings } from '../strings/index.js';
import { renderLaneLabels, renderTimeline, renderTooltip, type ChartView } from './chart.js';
import { renderFindings } from './findings.js';
import { renderLegend } from './legend.js';
import { renderList } from './list.js';

/** Keyboard, pointer, focus and scroll listeners of the scrolling chart. */
export interface ChartListeners {
  keydown: (event: KeyboardEvent) => void;
  pointerdown: (event: PointerEvent) => void;
  pointermove: (event: PointerEvent) => void;
  pointerup: (event: PointerEvent) => void;
  pointercancel: (event: PointerEvent) => void;
  pointerover: (event: PointerEvent) => void;
  pointerleave: (event: PointerEvent) => void;
  focusin: (event: FocusEvent) => void;
  focusout: (event: FocusEvent) => void;
  scroll: (event: Event) => void;
}

/** What the chart needs besides the plan: the part to draw, the text widths and its listeners. */
export interface ChartSetup {
  /** How far down (px) the chart is drawn in full; `Infinity` once all of it is. */
  cut: number;
  /** See `ChartView.sketch`. */
  sketch: boolean;
  range: XRange;
  visible: XRange;
  text: Pick<ChartView, 'barText' | 'laneText' | 'loadText' | 'loadTextBold' | 'smallText'>;
  findings: FindingRefs;
  listeners: ChartListeners;
}

export interface PlanView {
  s: TimelineStrings;
  names: PlanNames;
  plan: Plan;
  data: Pick<TimelineData, 'goals' | 'person'>;
  figures: PlanFigures;
  /** The range given by `start` and `end` (not widened to months). */
  range: Pick<Settings, 'start' | 'end'>;
  layout: TimelineLayout;
  view: TimelineView;
  lanes: LaneMode;
  editable: boolean;
  labelWidth: number;
  /** The chart's entries under keyboard and pointer (`ChartEntries`). */
  entries: { readonly active: string | undefined; readonly drag: DragPreview | undefined; readonly hovered: string | undefined };
  chart: ChartSetup;
  /** Opens the details of an entry (`item:<id>`, `review:<id>`) from the list. */
  onOpen: (key: string) => void;
}

/** The sentence about the plan that stands in for the chart (and heads the list). */
function summary(v: PlanView): string {
  const { s, names, plan, figures, layout } = v;
  // What the chart draws where start or end narrow it: whole months, from the first day of the start's month to the last of the end's.
  const facts = summaryFacts(plan, { start: v.range.start && layout.start, end: v.range.end && layout.end });
  const date = (day: string | undefined) => (day === undefined ? undefined : names.date(day));
  // The list view lists every entry: only the chart leaves some out.
  const shown = v.view === 'chart' ? facts.shown : undefined;
  const finalReview = plan.reviews.find((review) => review.final);
  return s.summary({
    person: v.data.person?.name,
    items: facts.formats + facts.practice,
    practice: facts.practice,
    reviews: facts.reviews,
    start: date(facts.first),
    end: date(facts.last),
    shown: shown && { ...shown, start: date(shown.start), end: date(shown.end) },
    finalReview: finalReview ? names.date(finalReview.date) : undefined,
    outcome: plan.outcome && { ...outcomeTally(plan.outcome), nextStockTaking: names.date(plan.outcome.nextStockTaking) },
    overMonths: figures.load.filter((month) => month.over > 0).length,
    findings: figures.findings.length,
    status: s.planStatuses[plan.status],
  });
}

function laneLabel(v: PlanView, key: string): string {
  if (v.lanes === 'format') return v.names.format(key);
  return key === '' ? v.s.noCompetency : v.names.competencies(key.split('|'));
}

function renderChart(v: PlanView): TemplateResult {
  const { s, layout, entries, chart } = v;
  const on = chart.listeners;
  const active = entries.active;
  const view: ChartView = {
    layout,
    names: v.names,
    s,
    editable: v.editable,
    tabIndex: (key: string) => (key === active ? 0 : -1),
    findings: chart.findings,
    laneLabel: (key: string) => laneLabel(v, key),
    drag: entries.drag,
    labelWidth: v.labelWidth,
    capacity: v.figures.capacity,
    outcome: v.plan.outcome && outcomeTally(v.plan.outcome),
    cut: chart.cut,
    sketch: chart.sketch,
    range: chart.range,
    visible: chart.visible,
    hovered: entries.hovered,
    ...chart.text,
  };
  const { lanes, reviewRowY, goalRowY, loadTop, height } = layout;
  return html`<div class="chart" part="chart">
      ${guard([lanes, reviewRowY, goalRowY, loadTop, height, v.labelWidth, v.names, v.lanes, view.laneText, view.capacity, view.cut], () => renderLaneLabels(view))}
      <div class="scroller" part="scroller" dir="ltr" @keydown=${on.keydown} @scroll=${on.scroll} @focusin=${on.focusin} @focusout=${on.focusout}
        @pointerdown=${on.pointerdown} @pointermove=${on.pointermove} @pointerup=${on.pointerup} @pointercancel=${on.pointercancel}
        @pointerover=${on.pointerover} @pointerleave=${on.pointerleave}>
        ${renderTimeline(view)}
      </div>
      ${renderTooltip(view, on.pointerleave)}
    </div>
    <p id="keyboard-help" class="help">${s.keyboardHelp(v.editable)}</p>
    ${chart.cut === Infinity ? guard([s], () => renderLegend(s)) : nothing}`;
}

/** The plan: its summary, the chart (or the list) and the findings. */
export function renderPlan(v: PlanView): TemplateResult {
  const { s, names, figures } = v;
  return html`<div class="plan" lang=${names.lang}>
    <p id="summary" class="summary" part="summary">${summary(v)}</p>
    ${v.view === 'chart'
      ? renderChart(v)
      : renderList({ plan: v.plan, goals: v.data.goals, load: figures.load, findings: figures.findings, names, s, editable: v.editable, onOpen: v.onOpen })}
    ${v.chart.cut === Infinity ? guard([figures.findings, names], () => renderFindings(s, names.lang, figures.findings)) : nothing}
  </div>`;
}
