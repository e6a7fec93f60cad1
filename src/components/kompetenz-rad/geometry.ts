import { scaleBand } from 'd3-scale';
import { arc, lineRadial, curveLinearClosed, symbol, symbolTriangle } from 'd3-shape';
import { planLabels, type LabelPlan, type MeasureText } from './labels.js';

/**
 * The wheel's geometry: angles per spoke (d3 scaleBand), radii per level (linear from the inner
 * edge to ring 3; d3's scaleLinear would pull colour interpolation into the bundle) and
 * the path strings of sectors, outlines and markers (d3-shape). d3 only computes strings here;
 * the element renders them with Lit `svg` templates.
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

const SAMPLES_PER_SPOKE = 8;
const round = (value: number): number => Math.round(value * 100) / 100;

export function layoutWheel({ width, ids, labels, measure }: LayoutRequest): WheelLayout {
  const band = scaleBand<string>().domain(ids).range([0, 2 * Math.PI]);
  const spokes = ids.map((id) => {
    const start = band(id) ?? 0;
    const end = start + band.bandwidth();
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

const sectorGenerator = arc<{ innerRadius: number; outerRadius: number; startAngle: number; endAngle: number }>().digits(2);

/** A ring sector of one spoke between two radii (a small gap keeps neighbours apart). */
export function sectorPath(spoke: Spoke, innerRadius: number, outerRadius: number, pad = 0.006): string {
  return (
    sectorGenerator({
      innerRadius,
      outerRadius,
      startAngle: spoke.start + pad,
      endAngle: spoke.end - pad,
    }) ?? ''
  );
}

const radialLine = lineRadial<[number, number]>().digits(2);
const closedRadialLine = lineRadial<[number, number]>().curve(curveLinearClosed).digits(2);

function arcPoints(spoke: Spoke, radius: number): [number, number][] {
  const points: [number, number][] = [];
  for (let step = 0; step <= SAMPLES_PER_SPOKE; step += 1) {
    points.push([spoke.start + ((spoke.end - spoke.start) * step) / SAMPLES_PER_SPOKE, radius]);
  }
  return points;
}

/** A closed stepped outline: along each spoke at its radius, with radial steps between spokes. */
export function outlinePath(spokes: readonly Spoke[], radii: readonly number[]): string {
  return closedRadialLine(spokes.flatMap((spoke, index) => arcPoints(spoke, radii[index]))) ?? '';
}

/** Open arcs, one per given spoke (for series that rate only some competencies). */
export function segmentsPath(parts: readonly { spoke: Spoke; radius: number }[]): string {
  return parts.map(({ spoke, radius }) => radialLine(arcPoints(spoke, radius)) ?? '').join('');
}

/** Cartesian point of (angle, radius). */
export function pointAt(angle: number, radius: number): { x: number; y: number } {
  return { x: round(radius * Math.sin(angle)), y: round(-radius * Math.cos(angle)) };
}

/** A triangle of the given area-ish size, centred on 0,0, pointing up. */
export function trianglePath(size: number): string {
  return symbol(symbolTriangle, size * size * 1.6).digits(2)() ?? '';
}
