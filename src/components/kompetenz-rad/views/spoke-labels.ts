import type { WheelLayout } from '../model/geometry.js';
import type { WheelFrame } from './scene.js';
import { svgNode } from './svg-dom.js';

const groups = new WeakMap<WheelLayout, SVGElement>();

/**
 * The spokes' labels (`<g class="labels">`, one `text[part="label"]` per spoke, a `tspan` per
 * line): built as DOM once per layout for every wheel of the page, each wheel draws a copy
 * (`StaticCopies`), in which the active spoke's label is marked (`active`, underlined while the
 * wheel has focus).
 */
export function spokeLabels(frame: WheelFrame, activeIndex: number): Node {
  let group = groups.get(frame.layout);
  if (!group) groups.set(frame.layout, (group = buildLabels(frame.layout)));
  const copy = frame.copies.of('labels', group) as SVGElement;
  copy.querySelector('.active')?.classList.remove('active');
  copy.children[activeIndex]?.classList.add('active');
  return copy;
}

function buildLabels({ labels, spokes }: WheelLayout): SVGElement {
  const { fontSize, lineHeight, labels: placed } = labels;
  const group = svgNode('g', { class: 'labels', 'aria-hidden': 'true', 'font-size': fontSize });
  placed.forEach(({ x, top, anchor, lines }, index) => {
    const y = top + fontSize * 0.95;
    const text = svgNode('text', { part: 'label', class: 'label', 'data-competency': spokes[index]?.id ?? '', x, y, 'text-anchor': anchor }, group);
    // The first line starts where the text does; each further one at its own line.
    if (lines.length === 1) text.append(lines[0]);
    else lines.forEach((line, row) => svgNode('tspan', row === 0 ? {} : { x, y: y + row * lineHeight }, text).append(line));
  });
  return group;
}
