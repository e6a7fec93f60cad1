import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { MonthStyle } from '../../../internal/format.js';
import type { DragPreview } from '../controllers/pointer-drag.js';
import type { FindingRefs } from '../model/finding-refs.js';
import { GEOMETRY, type Bar, type GoalMark, type LoadCell, type ReviewMark, type TimelineLayout } from '../model/layout.js';
import type { PlanNames } from '../model/plan-names.js';
import type { TimelineStrings } from '../strings/index.js';

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
}

/** Rough width of one character of the 11–12 px labels, to shorten text that would not fit. */
const CHAR_WIDTH = 6.4;

export function fitText(text: string, width: number): string {
  const chars = Math.floor(width / CHAR_WIDTH);
  if (chars >= text.length) return text;
  if (chars < 3) return '';
  return `${text.slice(0, chars - 1).trimEnd()}…`;
}

const describedBy = (ids: readonly string[] | undefined) => (ids && ids.length > 0 ? ids.join(' ') : nothing);

const STATUS_GLYPH: Record<string, string> = { planned: '', running: '▶ ', done: '✓ ', dropped: '✕ ' };

/** The bar's geometry while it is dragged. */
function preview(bar: Bar, drag: DragPreview | undefined, pxPerDay: number): { x: number; width: number } {
  if (!drag || drag.key !== `item:${bar.item.id}`) return { x: bar.x, width: bar.width };
  const shift = drag.days * pxPerDay;
  if (drag.mode === 'move') return { x: bar.x + shift, width: bar.width };
  if (drag.mode === 'end') return { x: bar.x, width: Math.max(pxPerDay, bar.width + shift) };
  const width = Math.max(pxPerDay, bar.width - shift);
  return { x: bar.x + bar.width - width, width };
}

function renderBar(view: ChartView, bar: Bar): SVGTemplateResult {
  const { item } = bar;
  const { names, s, layout } = view;
  const key = `item:${item.id}`;
  const findingIds = view.findings.items.get(item.id);
  const setting = names.setting(item);
  const { x, width } = preview(bar, view.drag, layout.pxPerDay);
  const { y, height } = bar;
  const title = names.item(item);
  const label = s.itemLabel({
    what: title,
    competencies: names.competencies(item.competencyIds),
    start: names.date(item.start),
    end: names.date(item.end),
    hours: names.number(item.hours),
    setting: s.settings[setting],
    status: s.itemStatuses[item.status],
  });
  const badge = findingIds !== undefined;
  // A nested <svg> clips the label to the bar; the whole title stays in the text (and starts the accessible name).
  const textWidth = Math.max(0, width - 2 - (badge ? 14 : 0));
  const classes = ['entry', 'bar', names.categoryClass(item), item.kind, setting, `status-${item.status}`];
  if (badge) classes.push('has-finding');
  if (view.drag?.key === key) classes.push('dragging');
  return svg`<g class=${classes.join(' ')} part="bar" data-key=${key} role="button" tabindex=${view.tabIndex(key)}
      aria-label=${label} aria-describedby=${describedBy(findingIds)}>
    <rect class="bar-fill" x=${x} y=${y} width=${width} height=${height} rx="3"></rect>
    ${setting === 'off-the-job' && item.kind === 'format' ? svg`<rect class="bar-hatch" x=${x} y=${y} width=${width} height=${height} rx="3" fill="url(#kr-hatch)"></rect>` : nothing}
    ${item.status === 'dropped' ? svg`<line class="strike" x1=${x + 2} x2=${x + width - 2} y1=${y + height / 2} y2=${y + height / 2}></line>` : nothing}
    ${textWidth >= 3 * CHAR_WIDTH
      ? svg`<svg class="bar-text" x=${x} y=${y} width=${textWidth} height=${height}><text class="bar-label" x="5" y=${height / 2}>${STATUS_GLYPH[item.status] ?? ''}${title}</text></svg>`
      : nothing}
    ${badge ? svg`<g class="badge"><circle cx=${x + width - 8} cy=${y + height / 2} r="6"></circle><text x=${x + width - 8} y=${y + height / 2}>!</text></g>` : nothing}
    <rect class="focus-ring" x=${x - 3} y=${y - 3} width=${width + 6} height=${height + 6} rx="5"></rect>
    ${view.editable
      ? svg`<rect class="handle" data-edge="start" x=${x - 2} y=${y} width=${Math.min(8, width / 3)} height=${height}></rect>
          <rect class="handle" data-edge="end" x=${x + width - Math.min(8, width / 3) + 2} y=${y} width=${Math.min(8, width / 3)} height=${height}></rect>`
      : nothing}
  </g>`;
}

function diamond(x: number, y: number, r: number): string {
  return `M${x} ${y - r}L${x + r} ${y}L${x} ${y + r}L${x - r} ${y}Z`;
}

function renderReview(view: ChartView, mark: ReviewMark): SVGTemplateResult {
  const { review } = mark;
  const { s, names, layout } = view;
  const key = `review:${review.id}`;
  const shift = view.drag?.key === key ? view.drag.days * layout.pxPerDay : 0;
  const x = mark.x + shift;
  const { y } = mark;
  const findingIds = view.findings.reviews.get(review.id);
  const r = review.final ? 9 : 7;
  // Near the right edge the final review's label goes to the left of the diamond.
  const labelLeft = review.final && x + r + 3 + s.finalReview.length * CHAR_WIDTH > layout.width;
  return svg`<g class="entry review ${review.final ? 'final' : ''} ${findingIds ? 'has-finding' : ''}" part=${review.final ? 'final-review' : 'review'}
      data-key=${key} role="button" tabindex=${view.tabIndex(key)}
      aria-label=${s.reviewLabel(names.date(review.date), review.final, review.participants.join(', '))} aria-describedby=${describedBy(findingIds)}>
    <line class="review-guide" x1=${x} x2=${x} y1=${y + r} y2=${layout.lanesBottom}></line>
    <path class="diamond" d=${diamond(x, y, r)}></path>
    ${review.final ? svg`<path class="diamond-inner" d=${diamond(x, y, r - 4)}></path>` : nothing}
    ${review.final
      ? svg`<text class="final-label" x=${labelLeft ? x - r - 3 : x + r + 3} y=${y} text-anchor=${labelLeft ? 'end' : 'start'}>${s.finalReview}</text>`
      : nothing}
    ${findingIds ? svg`<text class="mark-badge" x=${labelLeft ? x + r + 3 : x - r - 3} y=${y} text-anchor=${labelLeft ? 'start' : 'end'}>!</text>` : nothing}
    <rect class="focus-ring" x=${x - r - 3} y=${y - r - 3} width=${2 * r + 6} height=${2 * r + 6} rx="4"></rect>
  </g>`;
}

function renderGoal(view: ChartView, mark: GoalMark): SVGTemplateResult {
  const { goal } = mark;
  const { x, y } = mark;
  const findingIds = view.findings.goals.get(goal.id);
  const label = view.s.goalDue(view.names.goal(goal));
  // Near the right edge the flag points left, so that it stays inside the chart.
  const side = x + 12 > view.layout.width ? -1 : 1;
  return svg`<g class="goal ${findingIds ? 'has-finding' : ''}" part="goal-marker" role="img" aria-label=${label} aria-describedby=${describedBy(findingIds)}>
    <title>${label}</title>
    <line class="goal-guide" x1=${x} x2=${x} y1=${y} y2=${view.layout.lanesBottom}></line>
    <path class="flag" d=${`M${x} ${y + 8}V${y - 9}L${x + 10 * side} ${y - 5}L${x} ${y - 1}`}></path>
    ${findingIds ? svg`<text class="mark-badge" x=${x - 6 * side} y=${y} text-anchor=${side > 0 ? 'end' : 'start'}>!</text>` : nothing}
  </g>`;
}

function monthStyle(width: number): MonthStyle | undefined {
  if (width >= 74) return 'medium';
  if (width >= 36) return 'short';
  if (width >= 12) return 'narrow';
  return undefined;
}

function renderAxis(view: ChartView): SVGTemplateResult {
  const { layout, names, s } = view;
  const g = GEOMETRY;
  return svg`<g class="axis" part="axis" aria-hidden="true">
    ${layout.months.map((band, i) => {
      const style = monthStyle(band.width);
      return svg`<rect class="month-band ${i % 2 ? 'odd' : 'even'}" x=${band.x} y="0" width=${band.width} height=${layout.height}></rect>
        ${style ? svg`<text class="month-label" x=${band.x + 4} y=${g.monthAxis / 2}>${names.month(band.month, style)}</text>` : nothing}
        <line class="month-line" x1=${band.x} x2=${band.x} y1="0" y2=${layout.height}></line>`;
    })}
    ${layout.weeks.map(
      (week) => svg`<line class="week-line" x1=${week.x} x2=${week.x} y1=${g.monthAxis} y2=${layout.lanesBottom}></line>
        ${week.width >= 22 ? svg`<text class="week-label" x=${week.x + 3} y=${g.monthAxis + g.weekAxis / 2}>${week.width >= 40 ? s.week(week.week) : week.week}</text>` : nothing}`,
    )}
    <line class="axis-line" x1="0" x2=${layout.width} y1=${layout.axisHeight} y2=${layout.axisHeight}></line>
  </g>`;
}

function renderLoadCell(view: ChartView, cell: LoadCell): SVGTemplateResult {
  const { s, names, layout } = view;
  const entry = cell.load;
  const hours = entry?.hours ?? 0;
  const capacity = entry?.capacity ?? view.capacity;
  const over = entry !== undefined && entry.over > 0;
  const findingIds = view.findings.months.get(cell.month);
  const label = s.loadCell(names.month(cell.month, 'long'), names.number(hours), capacity === undefined ? '–' : names.number(capacity), over ? names.number(entry.over) : undefined);
  const top = layout.loadTop;
  const text = over ? s.overBy(names.number(entry.over)) : entry ? s.hoursShort(names.number(hours)) : '';
  const fitted = fitText(text, cell.width - 4);
  return svg`<g class="load-cell ${over ? 'over' : ''}" part=${over ? 'load-cell load-over' : 'load-cell'} role="img" aria-label=${label} aria-describedby=${describedBy(findingIds)}>
    <rect class="load-bg" x=${cell.x} y=${top} width=${cell.width} height=${GEOMETRY.loadStrip}></rect>
    ${cell.barHeight > 0 ? svg`<rect class="load-bar" x=${cell.x + 2} y=${cell.barY} width=${Math.max(1, cell.width - 4)} height=${cell.barHeight}></rect>` : nothing}
    ${over ? svg`<rect class="load-over-hatch" x=${cell.x + 2} y=${cell.barY} width=${Math.max(1, cell.width - 4)} height=${Math.max(0, cell.capacityY - cell.barY)} fill="url(#kr-over-hatch)"></rect>` : nothing}
    ${capacity !== undefined ? svg`<line class="capacity-line" x1=${cell.x} x2=${cell.x + cell.width} y1=${cell.capacityY} y2=${cell.capacityY}></line>` : nothing}
    ${fitted ? svg`<text class="load-label ${over ? 'over' : ''}" x=${cell.x + cell.width / 2} y=${top + 9}>${fitted}</text>` : nothing}
  </g>`;
}

/** The scrolling chart: axis, markers, lanes of bars, today line and the monthly load strip. */
export function renderTimeline(view: ChartView): TemplateResult {
  const { layout, s } = view;
  const g = GEOMETRY;
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
    ${renderAxis(view)}
    ${layout.lanes.map((lane, i) => svg`<rect class="lane ${i % 2 ? 'odd' : 'even'}" aria-hidden="true" x="0" y=${lane.y} width=${layout.width} height=${lane.height}></rect>`)}
    <line class="row-line" aria-hidden="true" x1="0" x2=${layout.width} y1=${layout.goalRowY} y2=${layout.goalRowY}></line>
    <line class="row-line" aria-hidden="true" x1="0" x2=${layout.width} y1=${layout.lanesTop} y2=${layout.lanesTop}></line>
    <g class="goals">${layout.goals.map((mark) => renderGoal(view, mark))}</g>
    <g class="load" part="load-strip">${layout.load.map((cell) => renderLoadCell(view, cell))}</g>
    ${layout.todayX === undefined
      ? nothing
      : svg`<g class="today" part="today" aria-hidden="true">
          <line x1=${layout.todayX} x2=${layout.todayX} y1=${g.monthAxis - 6} y2=${layout.height}></line>
          <text x=${layout.todayX + 3} y=${layout.reviewRowY + 4}>${s.today}</text>
        </g>`}
    <g class="reviews">${repeat(layout.reviews, (mark) => mark.review.id, (mark) => renderReview(view, mark))}</g>
    <g class="bars">${repeat(layout.bars, (bar) => bar.item.id, (bar) => renderBar(view, bar))}</g>
  </svg>`;
}

/** The fixed column on the left with the names of the rows (the chart scrolls beside it). */
export function renderLaneLabels(view: ChartView): TemplateResult {
  const { layout, s, names } = view;
  const g = GEOMETRY;
  const width = view.labelWidth;
  const label = (text: string, y: number, cls = '') => {
    const fitted = fitText(text, width - 10);
    return svg`<text class="lane-label ${cls}" x="6" y=${y}>${fitted === text ? nothing : svg`<title>${text}</title>`}${fitted}</text>`;
  };
  return html`<svg class="lane-labels" part="lane-labels" aria-hidden="true" width=${width} height=${layout.height} viewBox=${`0 0 ${width} ${layout.height}`}>
    ${label(s.reviews, layout.reviewRowY + g.markerRow / 2)}
    ${label(s.goals, layout.goalRowY + g.markerRow / 2)}
    ${layout.lanes.map((lane, i) => svg`<rect class="lane ${i % 2 ? 'odd' : 'even'}" x="0" y=${lane.y} width=${width} height=${lane.height}></rect>
      ${label(view.laneLabel(lane.key), lane.y + g.lanePadding / 2 + g.row / 2)}`)}
    ${label(s.load, layout.loadTop + 14)}
    ${view.capacity === undefined ? nothing : label(`≤ ${names.number(view.capacity)} h`, layout.loadTop + 32, 'muted')}
  </svg>`;
}
