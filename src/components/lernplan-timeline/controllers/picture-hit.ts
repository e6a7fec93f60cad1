import { reviewRadius, type TimelineLayout } from '../model/layout.js';

/**
 * The entry a press on the first render's picture (`barSketch`, `reviewSketch`) is meant for, found
 * by where it lands in `layout`: the picture has no entries, and they only come with the next render.
 */
export function pictureKeyAt(event: PointerEvent, layout: TimelineLayout | undefined): string | undefined {
  const target = event.composedPath()[0];
  const svg = target instanceof SVGElement && target.closest('.bar-sketch, .mark-sketch') ? target.ownerSVGElement : null;
  const toChart = svg?.getScreenCTM()?.inverse();
  if (!layout || !toChart) return undefined;
  const { x, y } = new DOMPoint(event.clientX, event.clientY).matrixTransform(toChart);
  const bar = layout.bars.find((entry) => x >= entry.x && x <= entry.x + entry.width && y >= entry.y && y <= entry.y + entry.height);
  if (bar) return `item:${bar.item.id}`;
  const review = layout.reviews.find((mark) => Math.abs(x - mark.x) + Math.abs(y - mark.y) <= reviewRadius(mark.review));
  return review && `review:${review.review.id}`;
}
