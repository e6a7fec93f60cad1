import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { GEOMETRY, type TimelineLayout } from '../model/layout.js';
import { wrapText } from '../model/text-fit.js';
import type { ChartView } from './chart.js';

/** Line height (px) of the 12 px row names. */
const LINE = 13;
/** Room left and right of a row name. */
const INSET = 6;

/** A row name as drawn in a row `height` px high: on as many lines as fit, broken between words or after a hyphen, the rest cut with "…". */
export function rowNameLines(view: Pick<ChartView, 'labelWidth' | 'laneText'>, text: string, height: number): string[] {
  return wrapText(text, view.labelWidth - 2 * INSET, Math.max(1, Math.floor(height / LINE)), view.laneText);
}

/** Whether a row name is cut where it is drawn (then its full text is in a tooltip). */
export const rowNameCut = (view: Pick<ChartView, 'labelWidth' | 'laneText'>, text: string, height: number): boolean => rowNameLines(view, text, height).join(' ').endsWith('…');

/** Every other lane shaded, as one shape: `width` wide. */
export function shadedLanes(layout: Pick<TimelineLayout, 'lanes'>, width: number): SVGTemplateResult {
  const d = layout.lanes
    .filter((_, i) => i % 2 === 1)
    .map((lane) => `M0 ${lane.y}h${width}v${lane.height}h${-width}z`)
    .join('');
  return svg`<path class="lane odd" aria-hidden="true" d=${d || 'M0 0'}></path>`;
}

/** The rows of the chart by key (`reviews`, `goals`, `lane:<key>`) with their name, top and height. */
export function rows(view: Pick<ChartView, 's' | 'laneLabel'>, layout: TimelineLayout): { key: string; name: string; y: number; height: number }[] {
  const g = GEOMETRY;
  return [
    { key: 'reviews', name: view.s.reviews, y: layout.reviewRowY, height: g.markerRow },
    { key: 'goals', name: view.s.goals, y: layout.goalRowY, height: g.markerRow },
    ...layout.lanes.map((lane) => ({ key: `lane:${lane.key}`, name: view.laneLabel(lane.key), y: lane.y, height: lane.height })),
  ];
}

function label(view: ChartView, text: string, top: number, height: number, center: number, cls = ''): SVGTemplateResult {
  const lines = rowNameLines(view, text, height);
  const cut = lines.join(' ').endsWith('…');
  const title = cut ? svg`<title>${text}</title>` : nothing;
  if (lines.length === 1) return svg`<text class="lane-label ${cls}" x=${INSET} y=${center}>${title}${lines[0]}</text>`;
  const first = Math.max(top + LINE / 2, center - ((lines.length - 1) * LINE) / 2);
  // A line that ends between words keeps its space, so that the name reads whole.
  return svg`<text class="lane-label ${cls}" y=${first}>${title}${lines.map(
    (line, i) => svg`<tspan x=${INSET} dy=${i === 0 ? 0 : LINE}>${i < lines.length - 1 && !line.endsWith('-') ? `${line} ` : line}</tspan>`,
  )}</text>`;
}

/**
 * The fixed column on the left with the names of the rows (the chart scrolls beside it). The
 * names of rows that start below `view.cut` follow with the rest of the chart (see `FirstScreen`).
 */
export function renderLaneLabels(view: ChartView): TemplateResult {
  const { layout, s, names, cut } = view;
  const g = GEOMETRY;
  const width = view.labelWidth;
  const load = layout.loadTop < cut;
  return html`<svg class="lane-labels" part="lane-labels" aria-hidden="true" width=${width} height=${layout.height} viewBox=${`0 0 ${width} ${layout.height}`}>
    ${shadedLanes(layout, width)}
    ${rows(view, layout).map((row, i) =>
      row.y < cut ? label(view, row.name, row.y, row.height, i < 2 ? row.y + row.height / 2 : row.y + g.lanePadding / 2 + g.row / 2) : nothing,
    )}
    ${load ? label(view, s.load, layout.loadTop, LINE, layout.loadTop + 14) : nothing}
    ${load && view.capacity !== undefined ? label(view, `≤ ${names.number(view.capacity)} h`, layout.loadTop + 26, LINE, layout.loadTop + 32, 'muted') : nothing}
  </svg>`;
}
