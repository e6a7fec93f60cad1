import { nothing, svg, type SVGTemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { reviewRadius, type GoalMark, type ReviewMark } from '../model/layout.js';
import type { ChartView } from './chart.js';

/** The findings that describe an entry (`aria-describedby`): none while the list of findings is not drawn yet (see `FirstScreen`). */
export const describedBy = (view: Pick<ChartView, 'cut'>, ids: readonly string[] | undefined) => (view.cut === Infinity && ids && ids.length > 0 ? ids.join(' ') : nothing);

/** A review's diamond around `x, y`, `r` from its middle to each corner. */
export function diamond(x: number, y: number, r: number): string {
  return `M${x} ${y - r}L${x + r} ${y}L${x} ${y + r}L${x - r} ${y}Z`;
}

/** A goal's flag on its pole at `x, y`, pointing right (`side` 1) or, near the chart's right edge, left (−1). */
export function flag(x: number, y: number, side: 1 | -1): string {
  return `M${x} ${y + 8}V${y - 9}L${x + 10 * side} ${y - 5}L${x} ${y - 1}`;
}

/** Which way a goal's flag at `x` points: left near the chart's right edge, so that it stays inside the chart. */
export const flagSide = (view: Pick<ChartView, 'layout'>, x: number): 1 | -1 => (x + 12 > view.layout.width ? -1 : 1);

/** Room the final review's label takes beside its diamond. */
export const finalLabelWidth = (view: Pick<ChartView, 's' | 'smallText'>) => view.smallText(view.s.finalReview) + 8;

function renderReview(view: ChartView, mark: ReviewMark, tabIndex: number, findingIds: readonly string[] | undefined, shift: number): SVGTemplateResult {
  const { review } = mark;
  const { s, names, layout } = view;
  const key = `review:${review.id}`;
  const x = mark.x + shift;
  const { y } = mark;
  const r = reviewRadius(review);
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
      aria-label=${s.reviewLabel(names.date(review.date), review.final, review.participants.join(', '), review.final ? view.outcome : undefined)} aria-describedby=${describedBy(view, findingIds)}
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
  return guard([mark, tabIndex, findingIds?.join(' '), shift, view.names, view.smallText, view.layout.width, view.layout.lanesBottom, view.layout.reviews, view.cut === Infinity, mark.review.final && view.outcome ? `${view.outcome.reached}/${view.outcome.total}` : ''], () =>
    renderReview(view, mark, tabIndex, findingIds, shift),
  );
}

function renderGoal(view: ChartView, mark: GoalMark, findingIds: readonly string[] | undefined): SVGTemplateResult {
  const { goal } = mark;
  const { x, y } = mark;
  const label = view.s.goalDue(view.names.goal(goal));
  const side = flagSide(view, x);
  return svg`<g class="goal ${findingIds ? 'has-finding' : ''}" part="goal-marker" role="img" aria-label=${label} aria-describedby=${describedBy(view, findingIds)}
    ><title .textContent=${label}></title
    ><line class="goal-guide" x1=${x} x2=${x} y1=${y} y2=${view.layout.lanesBottom}></line
    ><path class="flag" d=${flag(x, y, side)}></path
    >${findingIds ? svg`<text class="mark-badge" x=${x - 6 * side} y=${y} text-anchor=${side > 0 ? 'end' : 'start'}>!</text>` : nothing}</g>`;
}

/** A goal's due date, drawn again only when it changed. */
export function goal(view: ChartView, mark: GoalMark): unknown {
  const findingIds = view.findings.goals.get(mark.goal.id);
  return guard([mark, findingIds?.join(' '), view.names, view.layout.width, view.layout.lanesBottom, view.cut === Infinity], () => renderGoal(view, mark, findingIds));
}
