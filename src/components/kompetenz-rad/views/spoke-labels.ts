import type { WheelLayout } from '../model/geometry.js';
import type { WheelFrame } from './scene.js';

const SVG = 'http://www.w3.org/2000/svg';
const groups = new WeakMap<WheelLayout, SVGGElement>();

/**
 * The spokes' labels (`<g class="labels">`, one `text[part="label"]` per spoke, a `tspan` per
 * line): built as DOM once per layout for every wheel of the page, each wheel draws a copy
 * (`StaticCopies`), in which the active spoke's label is marked (`active`, underlined while the
 * wheel has focus).
 */
export function spokeLabels(frame: WheelFrame, activeIndex: number): Node {
  let group = groups.get(frame.layout);
  if (!group) groups.set(frame.layout, (group = buildLabels(frame.layout)));
  const copy = frame.copies.of('labels', group) as SVGGElement;
  copy.querySelector('.active')?.classList.remove('active');
  copy.children[activeIndex]?.classList.add('active');
  return copy;
}

function buildLabels({ labels, spokes }: WheelLayout): SVGGElement {
  const { fontSize, lineHeight, labels: placed } = labels;
  const group = document.createElementNS(SVG, 'g');
  group.setAttribute('class', 'labels');
  group.setAttribute('aria-hidden', 'true');
  group.setAttribute('font-size', String(fontSize));
  placed.forEach(({ x, top, anchor, lines }, index) => {
    const baseline = top + fontSize * 0.95;
    const text = group.appendChild(document.createElementNS(SVG, 'text'));
    text.setAttribute('part', 'label');
    text.setAttribute('class', 'label');
    text.setAttribute('data-competency', spokes[index]?.id ?? '');
    text.setAttribute('x', String(x));
    text.setAttribute('y', String(baseline));
    text.setAttribute('text-anchor', anchor);
    // The first line starts where the text does; each further one at its own line.
    lines.forEach((line, row) => {
      if (lines.length === 1) return text.append(line);
      const tspan = text.appendChild(document.createElementNS(SVG, 'tspan'));
      tspan.append(line);
      if (row === 0) return;
      tspan.setAttribute('x', String(x));
      tspan.setAttribute('y', String(baseline + row * lineHeight));
    });
  });
  return group;
}
