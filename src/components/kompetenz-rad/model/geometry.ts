import { planLabels, type LabelPlan, type MeasureText } from './label-layout.js';

/**
 * The wheel's geometry: angles per spoke (equal bands around the circle, the maths of d3's
 * scaleBand without padding, which would bring d3-scale and d3-array into the wheel: ~1.3 KB gzip),
 * radii per level (linear from the inner edge to ring 3) and
 * the path strings of sectors, outlines and markers. The paths are written here with SVG arc
 * commands rather than with d3-shape: its arc and line generators cost 4.5 KB gzip of the
 * wheel's 20 KB budget. A test checks the shapes against d3-shape's. The element renders the
 * strings with Lit `svg` templates.
 *
 * Angles are radians, 0 at the top, clockwise (d3's convention); 1 user unit = 1 px.
 */

export interface Spoke {
  id: string;
  start: number;
  end: number;
  mid: number;
}

export interface WheelLayout {
  width: number;
  height: number;
  /** Top of the drawing in user units (the centre is at 0,0). */
  minY: number;
  /** Radius of the empty centre (level 0). */
  inner: number;
  /** Radius of the outer edge of ring 3 (Experte). */
  outer: number;
  bandInner: number;
  bandOuter: number;
  /** Radius at which blind-spot and hidden-strength markers sit. */
  markerRadius: number;
  markerSize: number;
  spokes: Spoke[];
  labels: LabelPlan;
  /** Radius of a level, fractional levels allowed (0 = inner edge, 3 = outer edge). */
  radius: (level: number) => number;
}

export interface LayoutRequest {
  width: number;
  ids: readonly string[];
  labels: readonly string[];
  measure: MeasureText;
}

const round = (value: number): number => Math.round(value * 100) / 100;

export function layoutWheel({ width, ids, labels, measure }: LayoutRequest): WheelLayout {
  // One band per distinct id, as d3's scaleBand: a repeated id shares the band of its first.
  const distinct = [...new Set(ids)];
  const step = (2 * Math.PI) / Math.max(1, distinct.length);
  const spokes = ids.map((id) => {
    const start = step * distinct.indexOf(id);
    const end = start + step;
    return { id, start, end, mid: (start + end) / 2 };
  });
  const bandWidth = Math.max(5, Math.min(10, width * 0.012));
  const markerSize = width < 480 ? 6 : 8;
  const clearance = 3 + bandWidth + 3 + markerSize * 2 + 4;
  const plan = planLabels({
    width,
    angles: spokes.map((spoke) => spoke.mid),
    texts: labels,
    measure,
    clearance,
    minRadius: Math.max(70, width * 0.24),
  });
  const outer = Math.max(20, plan.labelRadius - clearance);
  const inner = Math.max(10, outer * 0.14);
  const bandInner = outer + 3;
  const bandOuter = bandInner + bandWidth;
  const markerRadius = bandOuter + 3 + markerSize;

  const tops = plan.labels.map((label) => label.box.y);
  const bottoms = plan.labels.map((label) => label.box.y + label.box.height);
  const minY = Math.floor(Math.min(-bandOuter, ...tops) - 6);
  const maxY = Math.ceil(Math.max(bandOuter, ...bottoms) + 6);
  return {
    width,
    height: maxY - minY,
    minY,
    inner,
    outer,
    bandInner,
    bandOuter,
    markerRadius,
    markerSize,
    spokes,
    labels: plan,
    radius: (value: number) => inner + ((outer - inner) * value) / 3,
  };
}

/** "x,y" of (angle, radius), two decimals. */
function xy(angle: number, radius: number): string {
  const { x, y } = pointAt(angle, radius);
  return `${x},${y}`;
}

/** An arc command along `radius` to `angle`, clockwise unless `back`. */
function arcTo(radius: number, from: number, to: number, back = false): string {
  // An arc whose ends meet draws nothing: a full turn is split in two.
  if (Math.abs(to - from) >= 2 * Math.PI - 1e-9) return arcTo(radius, from, (from + to) / 2, back) + arcTo(radius, (from + to) / 2, to, back);
  const r = round(radius);
  const large = Math.abs(to - from) > Math.PI ? 1 : 0;
  return `A${r},${r},0,${large},${back ? 0 : 1},${xy(to, radius)}`;
}

/** A ring sector of one spoke between two radii (a small gap keeps neighbours apart). */
export function sectorPath(spoke: Spoke, innerRadius: number, outerRadius: number, pad = 0.006): string {
  const start = spoke.start + pad;
  const end = spoke.end - pad;
  // Like d3's arc: radii in either order; a radius that is not a number counts as 0.
  const [inner, outer] = [Math.max(0, innerRadius || 0), Math.max(0, outerRadius || 0)].sort((a, b) => a - b);
  if (outer === 0 || !(end > start)) return '';
  const inward = inner > 0 ? `L${xy(end, inner)}${arcTo(inner, end, start, true)}` : 'L0,0';
  return `M${xy(start, outer)}${arcTo(outer, start, end)}${inward}Z`;
}

/** "x,y" of the start of `spoke` at `radius` and the arc along the spoke (without a command before it). */
export function arcPath(spoke: Spoke, radius: number): string {
  return `${xy(spoke.start, radius)}${arcTo(radius, spoke.start, spoke.end)}`;
}

/** A closed stepped outline: along each spoke at its radius, with radial steps between spokes. */
export function outlinePath(spokes: readonly Spoke[], radii: readonly number[]): string {
  if (spokes.length === 0) return '';
  return `${spokes.map((spoke, index) => `${index === 0 ? 'M' : 'L'}${arcPath(spoke, radii[index])}`).join('')}Z`;
}

/** Open arcs, one per given spoke (for series that rate only some competencies). */
export function segmentsPath(parts: readonly { spoke: Spoke; radius: number }[]): string {
  return parts.map(({ spoke, radius }) => `M${arcPath(spoke, radius)}`).join('');
}

/** Cartesian point of (angle, radius). */
export function pointAt(angle: number, radius: number): { x: number; y: number } {
  return { x: round(radius * Math.sin(angle)) || 0, y: round(-radius * Math.cos(angle)) || 0 };
}

/** An equilateral triangle pointing up, centred on its centroid, with the area d3's symbolTriangle gives `size² · 1.6`. */
export function trianglePath(size: number): string {
  const area = size * size * 1.6;
  const y = -Math.sqrt(area / (Math.sqrt(3) * 3));
  return `M0,${round(2 * y)}L${round(-Math.sqrt(3) * y)},${round(-y)}L${round(Math.sqrt(3) * y)},${round(-y)}Z`;
}
