import type { Bar } from '../model/layout.js';
import { BAR_RADIUS, barLook, LABEL_INSET, STRIKE_INSET, svgElement } from './bar-layer.js';
import type { ChartView } from './chart.js';

/**
 * From this many bars the first render draws them as a picture (`barSketch`): below, their
 * entries cost a few milliseconds at most and are drawn at once.
 */
export const SKETCH_FROM_BARS = 40;

/** The outline of `<rect x y width height rx=BAR_RADIUS>` as a path: from the same point, in the same direction (a dashed stroke starts where the rect's does). */
function roundedRect({ x, y, width, height }: Pick<Bar, 'x' | 'y' | 'width' | 'height'>): string {
  const rx = Math.min(BAR_RADIUS, width / 2);
  const ry = Math.min(BAR_RADIUS, height / 2);
  const right = x + width;
  const bottom = y + height;
  const corner = `A${rx} ${ry} 0 0 1`;
  return `M${x + rx} ${y}H${right - rx}${corner} ${right} ${y + ry}V${bottom - ry}${corner} ${right - rx} ${bottom}H${x + rx}${corner} ${x} ${bottom - ry}V${y + ry}${corner} ${x + rx} ${y}Z`;
}

/** What a path of the picture has besides its class and outline, as the entry's shape has it. */
const PATH_ATTRIBUTES: Record<string, Record<string, string>> = { 'bar-hatch': { fill: 'url(#kr-hatch)' } };

/** The first render's picture of one kind of entry (`class`), hidden from assistive technology: the entries that replace it are named. */
export function picture(className: string): SVGGElement {
  return svgElement('g', { class: className, 'aria-hidden': 'true' }) as SVGGElement;
}

/** One group of a picture, with the class and part of its entries: a path per shape (`paths`, by class) of all its outlines; none for a shape without any. */
export function pictureGroup(parent: Element, look: { class: string; part: string }, paths: Record<string, readonly string[]>): SVGGElement {
  const group = svgElement('g', look, parent) as SVGGElement;
  for (const [shape, outlines] of Object.entries(paths)) {
    if (outlines.length > 0) svgElement('path', { class: shape, d: outlines.join(''), ...PATH_ATTRIBUTES[shape] }, group);
  }
  return group;
}

interface Shapes {
  fill: string[];
  hatch: string[];
  strike: string[];
  labels: { x: number; y: number; text: string }[];
}

/**
 * The bars of a large plan's first render as a picture (`<g class="bar-sketch">`, hidden from
 * assistive technology): the bars that look alike (same classes and part) share one path for their fill,
 * one for their hatching and one for their strike-through, beside their labels, so that they look
 * as their entries do. Each entry of the bar layer is a group of its own with an accessible name:
 * for 200 bars, about a fifth of a cold first render. The entries replace the picture with the
 * rest of the chart right after the first paint, or at once when the user reaches in (see `FirstScreen`).
 */
export function barSketch(view: Pick<ChartView, 'names' | 'barText' | 'findings'>, bars: readonly Bar[]): SVGGElement {
  const looks = new Map<string, Shapes>();
  for (const bar of bars) {
    const look = barLook(view, bar.item, bar.width);
    const key = look.classes.join(' ');
    let shapes = looks.get(key);
    if (!shapes) looks.set(key, (shapes = { fill: [], hatch: [], strike: [], labels: [] }));
    const outline = roundedRect(bar);
    const middle = bar.y + bar.height / 2;
    shapes.fill.push(outline);
    if (look.hatched) shapes.hatch.push(outline);
    if (look.struck) shapes.strike.push(`M${bar.x + STRIKE_INSET} ${middle}H${bar.x + bar.width - STRIKE_INSET}`);
    if (look.label) shapes.labels.push({ x: bar.x + LABEL_INSET, y: middle, text: look.label });
  }
  const sketch = picture('bar-sketch');
  for (const [classes, shapes] of looks) {
    // The part a page may style each bar by (`::part(bar)`): on a group of bars it looks the same, as bars do not overlap.
    const group = pictureGroup(sketch, { class: classes, part: 'bar' }, { 'bar-fill': shapes.fill, 'bar-hatch': shapes.hatch, strike: shapes.strike });
    for (const label of shapes.labels) svgElement('text', { class: 'bar-label', x: label.x, y: label.y }, group).textContent = label.text;
  }
  return sketch;
}
