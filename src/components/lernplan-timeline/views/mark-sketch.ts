import { reviewRadius, type GoalMark, type ReviewMark } from '../model/layout.js';
import { svgElement } from './bar-layer.js';
import type { ChartView } from './chart.js';
import { diamond, flag, flagSide } from './entries.js';

/** One group of the picture (with the class and part of the marks' entries): `shapes` by class, each a path of all the marks' subpaths. */
function pictureGroup(parent: Element, look: { class: string; part: string }, shapes: Record<string, string[]>): void {
  const group = svgElement('g', { ...look, 'aria-hidden': 'true' }, parent);
  for (const [shape, outlines] of Object.entries(shapes)) svgElement('path', { class: shape, d: outlines.join('') }, group);
}

/**
 * The plain reviews of a large plan's first render as a picture, as `barSketch` draws the bars:
 * their guides down to the lanes in one path, their diamonds in another. A final review, one a
 * finding names and one in use are drawn as entries.
 */
export function reviewSketch(view: Pick<ChartView, 'layout'>, marks: readonly ReviewMark[]): SVGGElement {
  const guides: string[] = [];
  const diamonds: string[] = [];
  for (const { review, x, y } of marks) {
    const r = reviewRadius(review);
    guides.push(`M${x} ${y + r}V${view.layout.lanesBottom}`);
    diamonds.push(diamond(x, y, r));
  }
  const sketch = svgElement('g', { class: 'mark-sketch' }) as SVGGElement;
  pictureGroup(sketch, { class: 'review', part: 'review' }, { 'review-guide': guides, diamond: diamonds });
  return sketch;
}

/** The goals of a large plan's first render that no finding names, as a picture: their guides and their flags. */
export function goalSketch(view: Pick<ChartView, 'layout'>, marks: readonly GoalMark[]): SVGGElement {
  const guides: string[] = [];
  const flags: string[] = [];
  for (const { x, y } of marks) {
    guides.push(`M${x} ${y}V${view.layout.lanesBottom}`);
    flags.push(flag(x, y, flagSide(view, x)));
  }
  const sketch = svgElement('g', { class: 'mark-sketch' }) as SVGGElement;
  pictureGroup(sketch, { class: 'goal', part: 'goal-marker' }, { 'goal-guide': guides, flag: flags });
  return sketch;
}
