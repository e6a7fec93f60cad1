/** A stretch of the time line by x (px): `from` inclusive, `to` exclusive. */
export interface XRange {
  from: number;
  to: number;
}

/** Drawn beyond each side of the view: at least a view's width, so that scrolling rarely draws again. */
const MIN_MARGIN = 600;

/** Where the chart scrolls to when it is first shown: today a quarter of the way in, else the start. */
export function initialScroll(todayX: number | undefined, viewport: number): number {
  return todayX === undefined ? 0 : Math.max(0, todayX - viewport / 4);
}

/** What of a chart `width` wide is drawn while the view starts at `scrollLeft`: the view and a margin on both sides (none: the view alone). */
export function drawnRange(scrollLeft: number, viewport: number, width: number, margin = Math.max(viewport, MIN_MARGIN)): XRange {
  const left = Math.min(Math.max(0, scrollLeft), Math.max(0, width - viewport));
  return { from: Math.max(0, left - margin), to: Math.min(width, left + viewport + margin) };
}

/** Whether the view has come within half a margin of an edge of `drawn` that is not the chart's own edge. */
export function leavesRange(drawn: XRange, scrollLeft: number, viewport: number, width: number): boolean {
  const margin = Math.max(viewport, MIN_MARGIN) / 2;
  return (drawn.from > 0 && scrollLeft < drawn.from + margin) || (drawn.to < width && scrollLeft + viewport > drawn.to - margin);
}

/** Whether something from `x` that is `width` wide shows in `range`. */
export const overlaps = (x: number, width: number, range: XRange): boolean => x < range.to && x + width > range.from;

/** The bands (sorted by x, side by side) that touch `range`: found by halving, as a long range has thousands. */
export function bandsIn<T extends { x: number; width: number }>(bands: readonly T[], range: XRange): readonly T[] {
  let low = 0;
  let high = bands.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (bands[middle].x + bands[middle].width <= range.from) low = middle + 1;
    else high = middle;
  }
  let end = low;
  while (end < bands.length && bands[end].x < range.to) end += 1;
  return low === 0 && end === bands.length ? bands : bands.slice(low, end);
}
