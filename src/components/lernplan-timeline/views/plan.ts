import { html, nothing, type TemplateResult } from 'lit';
import type { Plan } from '../../../domain/types.js';
import type { DragPreview } from '../controllers/pointer-drag.js';
import { findingRefs } from '../model/finding-refs.js';
import type { LaneMode, TimelineLayout, TimelineView } from '../model/layout.js';
import type { PlanNames } from '../model/plan-names.js';
import type { PlanFigures, TimelineData } from '../model/timeline-data.js';
import type { TimelineStrings } from '../strings/index.js';
import { renderLaneLabels, renderTimeline } from './chart.js';
import { renderFindings } from './findings.js';
import { renderLegend } from './legend.js';
import { renderList } from './list.js';

/** Keyboard and pointer listeners of the scrolling chart. */
export interface ChartListeners {
  keydown: (event: KeyboardEvent) => void;
  pointerdown: (event: PointerEvent) => void;
  pointermove: (event: PointerEvent) => void;
  pointerup: (event: PointerEvent) => void;
  pointercancel: (event: PointerEvent) => void;
}

export interface PlanView {
  s: TimelineStrings;
  names: PlanNames;
  plan: Plan;
  data: Pick<TimelineData, 'goals' | 'person'>;
  figures: PlanFigures;
  layout: TimelineLayout;
  view: TimelineView;
  lanes: LaneMode;
  editable: boolean;
  labelWidth: number;
  /** The chart's entries under keyboard and pointer (`ChartEntries`). */
  entries: { tabIndex(key: string): number; readonly drag: DragPreview | undefined; readonly listeners: ChartListeners };
  /** Opens the details of an entry (`item:<id>`, `review:<id>`) from the list. */
  onOpen: (key: string) => void;
}

/** The sentence about the plan that stands in for the chart (and heads the list). */
function summary(v: PlanView): string {
  const { s, names, plan, layout, figures } = v;
  const hasEntries = plan.items.length > 0 || plan.reviews.length > 0;
  const finalReview = plan.reviews.find((review) => review.final);
  return s.summary({
    person: v.data.person?.name,
    items: plan.items.length,
    reviews: plan.reviews.length,
    start: hasEntries ? names.date(layout.start) : undefined,
    end: hasEntries ? names.date(layout.end) : undefined,
    finalReview: finalReview ? names.date(finalReview.date) : undefined,
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
  const { s, layout, entries } = v;
  const chart = entries.listeners;
  const view = {
    layout,
    names: v.names,
    s,
    editable: v.editable,
    tabIndex: (key: string) => entries.tabIndex(key),
    findings: findingRefs(v.figures.findings),
    laneLabel: (key: string) => laneLabel(v, key),
    drag: entries.drag,
    labelWidth: v.labelWidth,
    capacity: v.figures.capacity,
  };
  return html`<div class="chart" part="chart">
      ${renderLaneLabels(view)}
      <div class="scroller" part="scroller" dir="ltr" @keydown=${chart.keydown}
        @pointerdown=${chart.pointerdown} @pointermove=${chart.pointermove} @pointerup=${chart.pointerup} @pointercancel=${chart.pointercancel}>
        ${renderTimeline(view)}
      </div>
    </div>
    <p id="keyboard-help" class="help">${s.keyboardHelp(v.editable)}</p>
    ${renderLegend(s)}`;
}

/** The plan: its summary, the chart (or the list) and the findings. */
export function renderPlan(v: PlanView): TemplateResult {
  const { s, names, figures, layout } = v;
  return html`<p id="summary" class="summary" part="summary">
      ${summary(v)} ${layout.outside.length > 0 ? s.outsideRange(layout.outside.length) : nothing}
    </p>
    ${v.view === 'chart'
      ? renderChart(v)
      : renderList({ plan: v.plan, goals: v.data.goals, load: figures.load, findings: figures.findings, names, s, editable: v.editable, onOpen: v.onOpen })}
    ${renderFindings(s, names.lang, figures.findings)}`;
}
