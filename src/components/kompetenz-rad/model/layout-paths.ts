import { arcPath, pointAt, sectorPath, type WheelLayout } from './geometry.js';

/**
 * Path pieces of one layout, computed once: every wheel drawn with that layout (the same width,
 * language and font) uses the same sectors, arcs and marker points, so a page of many wheels and
 * each redraw only joins strings.
 */
interface Pieces {
  focus: Map<number, string>;
  sectors: Map<number, string>;
  arcs: Map<number, string>;
  points: Map<number, { x: number; y: number }>;
}

const cache = new WeakMap<WheelLayout, Pieces>();

function piecesOf(layout: WheelLayout): Pieces {
  let pieces = cache.get(layout);
  if (!pieces) cache.set(layout, (pieces = { focus: new Map(), sectors: new Map(), arcs: new Map(), points: new Map() }));
  return pieces;
}

function remembered<T>(map: Map<number, T>, key: number, make: () => T): T {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

/** Key of (spoke, level, level); levels are whole numbers 0–3. */
const keyOf = (index: number, a: number, b = 0) => (index * 4 + a) * 4 + b;

/** The ring sector of spoke `index` between two levels. */
export function levelSector(layout: WheelLayout, index: number, from: number, to: number): string {
  return remembered(piecesOf(layout).sectors, keyOf(index, from, to), () => sectorPath(layout.spokes[index], layout.radius(from), layout.radius(to)));
}

/** The focus outline around spoke `index`: from the inner edge to the category band. */
export function focusSector(layout: WheelLayout, index: number): string {
  return remembered(piecesOf(layout).focus, index, () => sectorPath(layout.spokes[index] ?? layout.spokes[0], layout.inner - 2, layout.bandOuter + 2, 0));
}

/** "x,y" of the start of spoke `index` at `level` and the arc along it (see `arcPath`). */
function levelArc(layout: WheelLayout, index: number, level: number): string {
  return remembered(piecesOf(layout).arcs, keyOf(index, level), () => arcPath(layout.spokes[index], layout.radius(level)));
}

/** The middle of spoke `index` at `level`. */
export function levelPoint(layout: WheelLayout, index: number, level: number): { x: number; y: number } {
  return remembered(piecesOf(layout).points, keyOf(index, level), () => pointAt(layout.spokes[index].mid, layout.radius(level)));
}

/** A closed stepped outline through every spoke at its level (as `outlinePath`). */
export function levelOutline(layout: WheelLayout, levels: readonly number[]): string {
  return `${levels.map((level, index) => `${index === 0 ? 'M' : 'L'}${levelArc(layout, index, level)}`).join('')}Z`;
}

/** Open arcs on the given spokes at their levels (as `segmentsPath`). */
export function levelSegments(layout: WheelLayout, parts: readonly { index: number; level: number }[]): string {
  return parts.map(({ index, level }) => `M${levelArc(layout, index, level)}`).join('');
}
