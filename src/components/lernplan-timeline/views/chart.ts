import { html, nothing, svg, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { DragPreview } from '../controllers/pointer-drag.js';
import { overlaps, type XRange } from '../model/chart-window.js';
import type { FindingRefs } from '../model/finding-refs.js';
import { GEOMETRY, type Bar, type GoalMark, type ReviewMark, type TimelineLayout } from '../model/layout.js';
import type { PlanNames } from '../model/plan-names.js';
import type { WidthOf } from '../model/text-fit.js';
import type { TimelineStrings } from '../strings/index.js';
import { renderAxis, renderLoad } from './axis.js';
import { barLayer } from './bar-layer.js';
import { barSketch } from './bar-sketch.js';
import { finalLabelWidth, goal, review } from './entries.js';
import { goalSketch, reviewSketch } from './mark-sketch.js';
import { shadedLanes } from './lane-labels.js';

export { renderLaneLabels } from './lane-labels.js';
export { renderTooltip } from './tooltip.js';

export interface ChartView {
  layout: TimelineLayout;
  names: PlanNames;
  s: TimelineStrings;
  editable: boolean;
  /** The roving tabindex of an entry: 0 for the chart's one tab stop, -1 for the others. */
  tabIndex: (key: string) => number;
  /** Which findings each entry, goal and month points to. */
  findings: FindingRefs;
  /** The name of a lane, by its key (competency ids joined by `|`, or a format id). */
  laneLabel: (key: string) => string;
  drag: DragPreview | undefined;
  /** Width of the fixed column of lane names. */
  labelWidth: number;
  capacity: number | undefined;
  /** The goals the final review of a completed plan found reached, of those it judged. */
  outcome: { reached: number; total: number } | undefined;
  /** How far down (px) the chart is drawn; below, bars (but those in use) and the load strip are left out (see `FirstScreen`). */
  cut: number;
  /** Whether the bars, plain reviews and goals not in use are drawn as a picture only (`barSketch`, `reviewSketch`, `goalSketch`): a large plan's first render, their entries follow (see `FirstScreen`). */
  sketch: boolean;
  /** The stretch of the time line that is drawn, and the one in view. */
  range: XRange;
  visible: XRange;
  /** The entry under the pointer, else the focused one (its edges and, when its label is cut, a tooltip are drawn). */
  hovered: string | undefined;
  /** Text widths of bar labels, row names and the small labels (load, final review). */
  barText: WidthOf;
  laneText: WidthOf;
  loadText: WidthOf;
  loadTextBold: WidthOf;
  smallText: WidthOf;
}

interface Marks {
  bars: Bar[];
  reviews: ReviewMark[];
  goals: GoalMark[];
}

/**
 * Entries outside the drawn range, and bars below the cut, are left out, except the ones in use
 * (tab stop, pointer, drag): the tab stop must exist. While the chart is sketched, the other bars
 * (but those whose findings' marks are drawn), the plain reviews and the goals no finding names
 * are `sketched` (a picture), not entries.
 */
function drawnEntries(view: ChartView): Readonly<Marks> & { sketched: Readonly<Marks> } {
  const { layout, range, cut, sketch } = view;
  const goals = layout.goals.filter((mark) => overlaps(mark.x - 12, 24, range));
  const sketched: Marks = { bars: [], reviews: [], goals: [] };
  if (range.from <= 0 && range.to >= layout.width && cut === Infinity && !sketch) return { bars: layout.bars, reviews: layout.reviews, goals, sketched };
  const inUse = (key: string) => view.tabIndex(key) === 0 || view.hovered === key || view.drag?.key === key;
  const labelRoom = finalLabelWidth(view);
  const drawn: Marks = { bars: [], reviews: [], goals: [] };
  // Drawn to the bottom, the chart shows the findings' marks from the first render: a bar a finding names is an entry then.
  const marked = (id: string) => cut === Infinity && view.findings.items.has(id);
  for (const entry of layout.bars) {
    if (inUse(`item:${entry.item.id}`)) drawn.bars.push(entry);
    else if (entry.y < cut && overlaps(entry.x, entry.width, range)) (sketch && !marked(entry.item.id) ? sketched : drawn).bars.push(entry);
  }
  for (const mark of layout.reviews) {
    const plain = !mark.review.final && !view.findings.reviews.has(mark.review.id);
    if (inUse(`review:${mark.review.id}`)) drawn.reviews.push(mark);
    else if (overlaps(mark.x - labelRoom, 2 * labelRoom, range)) (sketch && plain ? sketched : drawn).reviews.push(mark);
  }
  for (const mark of goals) (sketch && !view.findings.goals.has(mark.goal.id) ? sketched : drawn).goals.push(mark);
  return { ...drawn, sketched };
}

/** The scrolling chart: axis, markers, lanes of bars, today line and the monthly load strip, drawn for `view.range`. */
export function renderTimeline(view: ChartView): TemplateResult {
  const { layout, s, range } = view;
  const g = GEOMETRY;
  const { bars, reviews, goals, sketched } = drawnEntries(view);
  return html`<svg class="timeline ${view.editable ? 'editable' : ''}" part="timeline" role="group" aria-label=${s.chartLabel}
      aria-describedby="summary keyboard-help" width=${layout.width} height=${layout.height}
      viewBox=${`0 0 ${layout.width} ${layout.height}`}>
    <defs>
      <pattern id="kr-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
      </pattern>
      <pattern id="kr-over-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
        <line class="over-hatch-line" x1="0" y1="0" x2="0" y2="5"></line>
      </pattern>
    </defs>
    ${guard([layout.months, layout.width, layout.height, layout.lanesBottom, layout.showWeeks, range.from, range.to, view.names], () => renderAxis(view))}
    ${guard([layout.lanes, layout.width], () => shadedLanes(layout, layout.width))}
    <line class="row-line" aria-hidden="true" x1="0" x2=${layout.width} y1=${layout.goalRowY} y2=${layout.goalRowY}></line>
    <line class="row-line" aria-hidden="true" x1="0" x2=${layout.width} y1=${layout.lanesTop} y2=${layout.lanesTop}></line>
    <g class="goals">${sketched.goals.length > 0 ? goalSketch(view, sketched.goals) : nothing}${goals.map((mark) => goal(view, mark))}</g>
    ${layout.loadTop < view.cut ? renderLoad(view) : nothing}
    ${layout.todayX === undefined
      ? nothing
      : svg`<g class="today" part="today" aria-hidden="true">
          <line x1=${layout.todayX} x2=${layout.todayX} y1=${g.monthAxis - 6} y2=${layout.showWeeks ? g.monthAxis : layout.height}></line>
          ${layout.showWeeks ? svg`<line x1=${layout.todayX} x2=${layout.todayX} y1=${g.monthAxis + g.weekAxis} y2=${layout.height}></line>` : nothing}
          <text x=${layout.todayX + 3} y=${layout.reviewRowY + 4}>${s.today}</text>
        </g>`}
    <g class="reviews">${sketched.reviews.length > 0 ? reviewSketch(view, sketched.reviews) : nothing}${repeat(reviews, (mark) => mark.review.id, (mark) => review(view, mark))}</g>
    ${sketched.bars.length > 0 ? barSketch(view, sketched.bars) : nothing}
    ${barLayer(view, bars)}
  </svg>`;
}
