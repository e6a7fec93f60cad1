import { nothing, svg, type SVGTemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { edgeWidth, type DragPreview } from '../controllers/pointer-drag.js';
import type { Bar, GoalMark, ReviewMark } from '../model/layout.js';
import { fitText } from '../model/text-fit.js';
import type { ChartView } from './chart.js';

/** The findings that describe an entry (`aria-describedby`): none while the list of findings is not drawn yet (see `FirstScreen`). */
export const describedBy = (view: Pick<ChartView, 'cut'>, ids: readonly string[] | undefined) => (view.cut === Infinity && ids && ids.length > 0 ? ids.join(' ') : nothing);

const STATUS_GLYPH: Record<string, string> = { planned: '', running: '▶ ', done: '✓ ', dropped: '✕ ' };

/** Room for the "!" of a finding at the end of a bar. */
const BADGE_ROOM = 14;
/** Room before the label and after it. */
const LABEL_INSET = 5;

/** The bar's geometry while it is dragged. */
function preview(bar: Bar, drag: DragPreview | undefined, pxPerDay: number): { x: number; width: number } {
  if (!drag || drag.key !== `item:${bar.item.id}`) return { x: bar.x, width: bar.width };
  const shift = drag.days * pxPerDay;
  if (drag.mode === 'move') return { x: bar.x + shift, width: bar.width };
  if (drag.mode === 'end') return { x: bar.x, width: Math.max(pxPerDay, bar.width + shift) };
  const width = Math.max(pxPerDay, bar.width - shift);
  return { x: bar.x + bar.width - width, width };
}

/** The label of a bar: its full text (status and title) and what of it fits the bar (`''` when nothing does). */
export function barLabel(view: Pick<ChartView, 'names' | 'barText' | 'findings'>, item: Bar['item'], width: number): { full: string; shown: string } {
  const full = `${STATUS_GLYPH[item.status] ?? ''}${view.names.item(item)}`;
  const badge = view.findings.items.has(item.id);
  return { full, shown: fitText(full, width - 2 * LABEL_INSET - (badge ? BADGE_ROOM : 0), view.barText, true) };
}

function renderBar(view: ChartView, bar: Bar, tabIndex: number, edges: boolean, findingIds: readonly string[] | undefined, drag: DragPreview | undefined): SVGTemplateResult {
  const { item } = bar;
  const { names, s, layout } = view;
  const key = `item:${item.id}`;
  const setting = names.setting(item);
  const { x, width } = preview(bar, drag, layout.pxPerDay);
  const { y, height } = bar;
  const label = s.itemLabel({
    what: names.item(item),
    competencies: names.competencies(item.competencyIds),
    start: names.date(item.start),
    end: names.date(item.end),
    hours: names.number(item.hours),
    setting: s.settings[setting],
    status: s.itemStatuses[item.status],
  });
  const badge = findingIds !== undefined;
  const { shown } = barLabel(view, item, width);
  const classes = ['entry', 'bar', names.categoryClass(item), item.kind, setting, `status-${item.status}`];
  if (badge) classes.push('has-finding');
  if (drag) classes.push('dragging');
  const handle = edgeWidth(width);
  const middle = y + height / 2;
  const hatch = setting === 'off-the-job' && item.kind === 'format';
  const shape = { x, y, width, height, middle };
  const inside = item.status === 'dropped' ? droppedInside(shape, hatch, shown, badge) : barInside(shape, hatch, shown, badge);
  // One part for the bar's shape and, seldom, its focus ring and handles: a part costs a node for each of 200 bars.
  const onTop = edges
    ? svg`${inside}<rect class="focus-ring" x=${x - 3} y=${y - 3} width=${width + 6} height=${height + 6} rx="5"></rect>${
        view.editable
          ? svg`<rect class="handle" data-edge="start" x=${x - 2} y=${y} width=${handle} height=${height}></rect
          ><rect class="handle" data-edge="end" x=${x + width - handle + 2} y=${y} width=${handle} height=${height}></rect>`
          : nothing}`
    : inside;
  // No white space between the tags: a chart of 200 bars would carry thousands of empty text nodes.
  return svg`<g class=${classes.join(' ')} part="bar" data-key=${key} role="button" tabindex=${tabIndex}
      aria-label=${label} aria-describedby=${describedBy(view, findingIds)}
    >${onTop}</g>`;
}

interface BarShape {
  x: number;
  y: number;
  width: number;
  height: number;
  middle: number;
}

/**
 * The bar's filled shape and what lies on it (hatch for off the job, label, "!" of a finding) as
 * one template per combination: one part and one template for a bar instead of a part for each
 * piece that may be there and a template for each that is; 200 bars are built a good deal faster.
 */
function barInside({ x, y, width, height, middle }: BarShape, hatch: boolean, shown: string, badge: boolean): SVGTemplateResult {
  const tx = x + LABEL_INSET;
  const bx = x + width - 8;
  if (hatch) {
    if (shown && badge)
      return svg`<rect class="bar-fill" x=${x} y=${y} width=${width} height=${height} rx="3"></rect
        ><rect class="bar-hatch" x=${x} y=${y} width=${width} height=${height} rx="3" fill="url(#kr-hatch)"></rect
        ><text class="bar-label" x=${tx} y=${middle}>${shown}</text
        ><g class="badge"><circle cx=${bx} cy=${middle} r="6"></circle><text x=${bx} y=${middle}>!</text></g>`;
    if (shown)
      return svg`<rect class="bar-fill" x=${x} y=${y} width=${width} height=${height} rx="3"></rect
        ><rect class="bar-hatch" x=${x} y=${y} width=${width} height=${height} rx="3" fill="url(#kr-hatch)"></rect
        ><text class="bar-label" x=${tx} y=${middle}>${shown}</text>`;
    if (badge)
      return svg`<rect class="bar-fill" x=${x} y=${y} width=${width} height=${height} rx="3"></rect
        ><rect class="bar-hatch" x=${x} y=${y} width=${width} height=${height} rx="3" fill="url(#kr-hatch)"></rect
        ><g class="badge"><circle cx=${bx} cy=${middle} r="6"></circle><text x=${bx} y=${middle}>!</text></g>`;
    return svg`<rect class="bar-fill" x=${x} y=${y} width=${width} height=${height} rx="3"></rect
      ><rect class="bar-hatch" x=${x} y=${y} width=${width} height=${height} rx="3" fill="url(#kr-hatch)"></rect>`;
  }
  if (shown && badge)
    return svg`<rect class="bar-fill" x=${x} y=${y} width=${width} height=${height} rx="3"></rect
      ><text class="bar-label" x=${tx} y=${middle}>${shown}</text
      ><g class="badge"><circle cx=${bx} cy=${middle} r="6"></circle><text x=${bx} y=${middle}>!</text></g>`;
  if (shown)
    return svg`<rect class="bar-fill" x=${x} y=${y} width=${width} height=${height} rx="3"></rect
      ><text class="bar-label" x=${tx} y=${middle}>${shown}</text>`;
  if (badge)
    return svg`<rect class="bar-fill" x=${x} y=${y} width=${width} height=${height} rx="3"></rect
      ><g class="badge"><circle cx=${bx} cy=${middle} r="6"></circle><text x=${bx} y=${middle}>!</text></g>`;
  return svg`<rect class="bar-fill" x=${x} y=${y} width=${width} height=${height} rx="3"></rect>`;
}

/** The same for a dropped item, which is struck through (seldom: a template per piece). */
function droppedInside({ x, y, width, height, middle }: BarShape, hatch: boolean, shown: string, badge: boolean): SVGTemplateResult {
  return svg`<rect class="bar-fill" x=${x} y=${y} width=${width} height=${height} rx="3"></rect
    >${hatch ? svg`<rect class="bar-hatch" x=${x} y=${y} width=${width} height=${height} rx="3" fill="url(#kr-hatch)"></rect>` : nothing}<line
      class="strike" x1=${x + 2} x2=${x + width - 2} y1=${middle} y2=${middle}></line
    >${shown ? svg`<text class="bar-label" x=${x + LABEL_INSET} y=${middle}>${shown}</text>` : nothing}${
      badge ? svg`<g class="badge"><circle cx=${x + width - 8} cy=${middle} r="6"></circle><text x=${x + width - 8} y=${middle}>!</text></g>` : nothing}`;
}

/**
 * A bar, drawn again only when something it shows changed (its layout, tab stop, findings, drag,
 * or whether its edges are shown): moving one of 200 items redraws one bar. The focus ring and
 * the resize handles are drawn only for the entry that holds the tab stop, is under the pointer
 * or is dragged.
 */
export function bar(view: ChartView, bar: Bar): unknown {
  const key = `item:${bar.item.id}`;
  const tabIndex = view.tabIndex(key);
  const edges = tabIndex === 0 || view.hovered === key || view.drag?.key === key;
  // A first render that leaves out the list of findings (see `FirstScreen`) leaves out their marks on the bars as well.
  const findingIds = view.cut === Infinity ? view.findings.items.get(bar.item.id) : undefined;
  const drag = view.drag?.key === key ? view.drag : undefined;
  return guard([bar, tabIndex, edges, findingIds?.join(' '), drag, view.editable, view.names, view.barText, view.cut === Infinity], () =>
    renderBar(view, bar, tabIndex, edges, findingIds, drag),
  );
}

function diamond(x: number, y: number, r: number): string {
  return `M${x} ${y - r}L${x + r} ${y}L${x} ${y + r}L${x - r} ${y}Z`;
}

/** Room the final review's label takes beside its diamond. */
export const finalLabelWidth = (view: Pick<ChartView, 's' | 'smallText'>) => view.smallText(view.s.finalReview) + 8;

function renderReview(view: ChartView, mark: ReviewMark, tabIndex: number, findingIds: readonly string[] | undefined, shift: number): SVGTemplateResult {
  const { review } = mark;
  const { s, names, layout } = view;
  const key = `review:${review.id}`;
  const x = mark.x + shift;
  const { y } = mark;
  const r = review.final ? 9 : 7;
  const side = review.final ? finalLabelSide(view, mark, x, r) : undefined;
  const labelLeft = side === 'left';
  // What only some reviews have goes into one part: a part costs a node for each review.
  const extras =
    review.final || findingIds || tabIndex === 0
      ? svg`${review.final ? svg`<path class="diamond-inner" d=${diamond(x, y, r - 4)}></path>` : nothing}${
          side ? svg`<text class="final-label" x=${labelLeft ? x - r - 3 : x + r + 3} y=${y} text-anchor=${labelLeft ? 'end' : 'start'}>${s.finalReview}</text>` : nothing}${
          findingIds ? svg`<text class="mark-badge" x=${labelLeft ? x + r + 3 : x - r - 3} y=${y} text-anchor=${labelLeft ? 'start' : 'end'}>!</text>` : nothing}${
          tabIndex === 0 ? svg`<rect class="focus-ring" x=${x - r - 3} y=${y - r - 3} width=${2 * r + 6} height=${2 * r + 6} rx="4"></rect>` : nothing}`
      : nothing;
  return svg`<g class="entry review ${review.final ? 'final' : ''} ${findingIds ? 'has-finding' : ''}" part=${review.final ? 'final-review' : 'review'}
      data-key=${key} role="button" tabindex=${tabIndex}
      aria-label=${s.reviewLabel(names.date(review.date), review.final, review.participants.join(', '))} aria-describedby=${describedBy(view, findingIds)}
    ><line class="review-guide" x1=${x} x2=${x} y1=${y + r} y2=${layout.lanesBottom}></line
    ><path class="diamond" d=${diamond(x, y, r)}></path
    >${extras}</g>`;
}

/** The half-width of a plain review's diamond with some air: what a final review's label must not cover. */
const REVIEW_CLEARANCE = 9;

/**
 * Where the final review's label goes: right of its diamond, else left (near the chart's right
 * edge), wherever it covers no other review's diamond; nowhere when neither side is free (the
 * larger diamond and its name still say what it is).
 */
function finalLabelSide(view: ChartView, mark: ReviewMark, x: number, r: number): 'left' | 'right' | undefined {
  const { layout } = view;
  const width = finalLabelWidth(view);
  const free = (from: number, to: number) =>
    from >= 0 && to <= layout.width && !layout.reviews.some((other) => other !== mark && other.x + REVIEW_CLEARANCE > from && other.x - REVIEW_CLEARANCE < to);
  if (free(x + r + 3, x + r + width)) return 'right';
  if (free(x - r - width, x - r - 3)) return 'left';
  return undefined;
}

/** A review diamond, drawn again only when it changed (as `bar`). */
export function review(view: ChartView, mark: ReviewMark): unknown {
  const key = `review:${mark.review.id}`;
  const tabIndex = view.tabIndex(key);
  const findingIds = view.findings.reviews.get(mark.review.id);
  const shift = view.drag?.key === key ? view.drag.days * view.layout.pxPerDay : 0;
  return guard([mark, tabIndex, findingIds?.join(' '), shift, view.names, view.smallText, view.layout.width, view.layout.lanesBottom, view.layout.reviews, view.cut === Infinity], () =>
    renderReview(view, mark, tabIndex, findingIds, shift),
  );
}

function renderGoal(view: ChartView, mark: GoalMark, findingIds: readonly string[] | undefined): SVGTemplateResult {
  const { goal } = mark;
  const { x, y } = mark;
  const label = view.s.goalDue(view.names.goal(goal));
  // Near the right edge the flag points left, so that it stays inside the chart.
  const side = x + 12 > view.layout.width ? -1 : 1;
  return svg`<g class="goal ${findingIds ? 'has-finding' : ''}" part="goal-marker" role="img" aria-label=${label} aria-describedby=${describedBy(view, findingIds)}
    ><title .textContent=${label}></title
    ><line class="goal-guide" x1=${x} x2=${x} y1=${y} y2=${view.layout.lanesBottom}></line
    ><path class="flag" d=${`M${x} ${y + 8}V${y - 9}L${x + 10 * side} ${y - 5}L${x} ${y - 1}`}></path
    >${findingIds ? svg`<text class="mark-badge" x=${x - 6 * side} y=${y} text-anchor=${side > 0 ? 'end' : 'start'}>!</text>` : nothing}</g>`;
}

/** A goal's due date, drawn again only when it changed. */
export function goal(view: ChartView, mark: GoalMark): unknown {
  const findingIds = view.findings.goals.get(mark.goal.id);
  return guard([mark, findingIds?.join(' '), view.names, view.layout.width, view.layout.lanesBottom, view.cut === Infinity], () => renderGoal(view, mark, findingIds));
}
