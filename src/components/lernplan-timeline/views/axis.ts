import { nothing, svg, type SVGTemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { MonthStyle } from '../../../internal/format.js';
import { bandsIn } from '../model/chart-window.js';
import { GEOMETRY, type LoadCell } from '../model/layout.js';
import { fitText } from '../model/text-fit.js';
import type { ChartView } from './chart.js';
import { describedBy } from './entries.js';

function monthStyle(width: number): MonthStyle | undefined {
  if (width >= 74) return 'medium';
  if (width >= 36) return 'short';
  if (width >= 12) return 'narrow';
  return undefined;
}

/**
 * The months (every other one shaded, all shaded ones one shape) and, when a week is wide enough,
 * the weeks: only those in the drawn range. One template per month and per week.
 */
export function renderAxis(view: ChartView): SVGTemplateResult {
  const { layout, names, s, range } = view;
  const g = GEOMETRY;
  const weekBottom = layout.lanesBottom;
  const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
  const first = monthIndex(layout.start);
  const bands = bandsIn(layout.months, range);
  const shaded = bands
    .filter((band) => (monthIndex(band.month) - first) % 2 === 1)
    .map((band) => `M${band.x} 0h${band.width}v${layout.height}h${-band.width}z`)
    .join('');
  return svg`<g class="axis" part="axis" aria-hidden="true"><path class="month-band odd" d=${shaded || 'M0 0'}></path>
    ${bands.map((band) => {
      const style = monthStyle(band.width);
      return style
        ? svg`<text class="month-label" x=${band.x + 4} y=${g.monthAxis / 2}>${names.month(band.month, style)}</text
            ><line class="month-line" x1=${band.x} x2=${band.x} y1="0" y2=${layout.height}></line>`
        : svg`<line class="month-line" x1=${band.x} x2=${band.x} y1="0" y2=${layout.height}></line>`;
    })}
    ${layout.weeksIn(range.from, range.to).map((week) =>
      week.width >= 22
        ? svg`<line class="week-line" x1=${week.x} x2=${week.x} y1=${g.monthAxis} y2=${weekBottom}></line
            ><text class="week-label" x=${week.x + 3} y=${g.monthAxis + g.weekAxis / 2}>${week.width >= 40 ? s.week(week.week) : week.week}</text>`
        : svg`<line class="week-line" x1=${week.x} x2=${week.x} y1=${g.monthAxis} y2=${weekBottom}></line>`,
    )}
    <line class="axis-line" x1="0" x2=${layout.width} y1=${layout.axisHeight} y2=${layout.axisHeight}></line>
  </g>`;
}

function renderLoadCell(view: ChartView, cell: LoadCell, findingIds: readonly string[] | undefined): SVGTemplateResult {
  const { s, names, layout } = view;
  const entry = cell.load;
  const hours = entry?.hours ?? 0;
  const capacity = entry?.capacity ?? view.capacity;
  const over = entry !== undefined && entry.over > 0;
  const label = s.loadCell(names.month(cell.month, 'long'), names.number(hours), capacity === undefined ? '–' : names.number(capacity), over ? names.number(entry.over) : undefined);
  const top = layout.loadTop;
  const text = over ? s.overBy(names.number(entry.over)) : entry ? s.hoursShort(names.number(hours)) : '';
  const fitted = text && fitText(text, cell.width - 4, over ? view.loadTextBold : view.loadText);
  const barWidth = Math.max(1, cell.width - 4);
  return svg`<g class="load-cell ${over ? 'over' : ''}" part=${over ? 'load-cell load-over' : 'load-cell'} role="img" aria-label=${label} aria-describedby=${describedBy(view, findingIds)}
    ><rect class="load-bg" x=${cell.x} y=${top} width=${cell.width} height=${GEOMETRY.loadStrip}></rect
    >${cell.barHeight > 0 ? svg`<rect class="load-bar" x=${cell.x + 2} y=${cell.barY} width=${barWidth} height=${cell.barHeight}></rect>` : nothing}${
      over ? svg`<rect class="load-over-hatch" x=${cell.x + 2} y=${cell.barY} width=${barWidth} height=${Math.max(0, cell.capacityY - cell.barY)} fill="url(#kr-over-hatch)"></rect>` : nothing}${
      capacity !== undefined ? svg`<line class="capacity-line" x1=${cell.x} x2=${cell.x + cell.width} y1=${cell.capacityY} y2=${cell.capacityY}></line>` : nothing}${
      fitted ? svg`<text class="load-label ${over ? 'over' : ''}" x=${cell.x + cell.width / 2} y=${top + 9}>${fitted}</text>` : nothing}</g>`;
}

/** The planned hours of the months in the drawn range; a month is drawn again only when its hours or findings changed. */
export function renderLoad(view: ChartView): SVGTemplateResult {
  const { layout } = view;
  return svg`<g class="load" part="load-strip">${bandsIn(layout.load, view.range).map((cell) => {
    const findingIds = view.findings.months.get(cell.month);
    return guard([cell, findingIds?.join(' '), view.names, view.capacity, layout.loadTop, view.loadText, view.cut === Infinity], () => renderLoadCell(view, cell, findingIds));
  })}</g>`;
}
