import { pointAt, sectorPath, type WheelLayout } from '../model/geometry.js';
import { categoryClass, type WheelFrame } from './scene.js';
import { svgNode } from './svg-dom.js';

const grids = new WeakMap<WheelLayout, SVGElement>();

/**
 * The rings, the separators between categories and the coloured category bands
 * (`<g class="grid">`): the same for every wheel of a layout, so built as DOM once per layout and
 * drawn as a copy (`StaticCopies`).
 */
export function wheelGrid(frame: WheelFrame): Node {
  let grid = grids.get(frame.layout);
  if (!grid) grids.set(frame.layout, (grid = buildGrid(frame)));
  return frame.copies.of('grid', grid);
}

function buildGrid({ layout, catalogue }: WheelFrame): SVGElement {
  const grid = svgNode('g', { class: 'grid', 'aria-hidden': 'true' });
  for (const r of [layout.inner, ...[1, 2, 3].map((level) => layout.radius(level))]) svgNode('circle', { class: 'ring', r }, grid);
  const separators = svgNode('path', { class: 'separator' }, grid);
  const competencies = catalogue.competencies;
  let d = '';
  let start = 0;
  competencies.forEach((competency, index) => {
    const last = index === competencies.length - 1 || competencies[index + 1].category !== competency.category;
    if (!last) return;
    const end = layout.spokes[index];
    const from = pointAt(end.end, layout.inner);
    const to = pointAt(end.end, layout.bandOuter);
    d += `M${from.x},${from.y}L${to.x},${to.y}`;
    const band = { id: competency.category, start: layout.spokes[start].start, end: end.end, mid: 0 };
    svgNode('path', { class: `band ${categoryClass(catalogue, competency.category)}`, 'data-category': competency.category, d: sectorPath(band, layout.bandInner, layout.bandOuter, 0.01) }, grid);
    start = index + 1;
  });
  separators.setAttribute('d', d);
  return grid;
}
