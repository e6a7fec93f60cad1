import { reviewRadius, type GoalMark, type ReviewMark } from '../model/layout.js';
import { picture, pictureGroup } from './bar-sketch.js';
import type { ChartView } from './chart.js';
import { diamond, flag, flagSide } from './entries.js';

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
  const sketch = picture('mark-sketch');
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
  const sketch = picture('mark-sketch');
  pictureGroup(sketch, { class: 'goal', part: 'goal-marker' }, { 'goal-guide': guides, flag: flags });
  return sketch;
}
