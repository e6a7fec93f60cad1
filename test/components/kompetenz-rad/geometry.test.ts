import { expect } from '@open-wc/testing';
import { scaleBand } from 'd3-scale';
import { arc, curveLinearClosed, lineRadial, symbol, symbolTriangle } from 'd3-shape';
import { layoutWheel, outlinePath, sectorPath, segmentsPath, trianglePath, type Spoke } from '../../../src/components/kompetenz-rad/model/geometry.js';

// The wheel writes its own path strings and spoke angles; d3-shape and d3-scale are the reference.

const SVG_NS = 'http://www.w3.org/2000/svg';
const SIZE = 240;

function spokesOf(count: number): Spoke[] {
  const width = (2 * Math.PI) / count;
  return Array.from({ length: count }, (_, index) => ({ id: `s${index}`, start: index * width, end: (index + 1) * width, mid: (index + 0.5) * width }));
}

function pathIn(svg: SVGSVGElement, d: string): SVGPathElement {
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', d);
  svg.append(path);
  return path;
}

function canvas(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', `${-SIZE / 2} ${-SIZE / 2} ${SIZE} ${SIZE}`);
  svg.setAttribute('width', String(SIZE));
  svg.setAttribute('height', String(SIZE));
  document.body.append(svg);
  return svg;
}

/** Points of a grid where the two filled shapes differ, ignoring points within 1 px of either edge. */
function fillDifferences(ours: string, reference: string): string[] {
  const svg = canvas();
  try {
    const a = pathIn(svg, ours);
    const b = pathIn(svg, reference);
    a.setAttribute('stroke-width', '2');
    b.setAttribute('stroke-width', '2');
    const differences: string[] = [];
    for (let x = -SIZE / 2; x <= SIZE / 2; x += 1.5) {
      for (let y = -SIZE / 2; y <= SIZE / 2; y += 1.5) {
        const point = new DOMPoint(x, y);
        if (a.isPointInStroke(point) || b.isPointInStroke(point)) continue;
        if (a.isPointInFill(point) !== b.isPointInFill(point)) differences.push(`${x},${y}`);
      }
    }
    return differences;
  } finally {
    svg.remove();
  }
}

/** Points along `ours` that lie more than 0.5 px away from the reference's line. */
function strayPoints(ours: string, reference: string): number {
  const svg = canvas();
  try {
    const a = pathIn(svg, ours);
    const b = pathIn(svg, reference);
    b.setAttribute('stroke-width', '1');
    let stray = 0;
    const length = a.getTotalLength();
    expect(length).to.be.greaterThan(0);
    for (let at = 0; at <= length; at += length / 200) {
      const { x, y } = a.getPointAtLength(at);
      if (!b.isPointInStroke(new DOMPoint(x, y))) stray += 1;
    }
    return stray;
  } finally {
    svg.remove();
  }
}

const d3Sector = arc<{ innerRadius: number; outerRadius: number; startAngle: number; endAngle: number }>();

function referenceArc(spoke: Spoke, radius: number, samples = 64): [number, number][] {
  return Array.from({ length: samples + 1 }, (_, step) => [spoke.start + ((spoke.end - spoke.start) * step) / samples, radius]);
}

describe('kompetenz-rad geometry (against d3-shape)', () => {
  it('draws ring sectors like d3.arc for rings, wedges from the centre and a single full-turn spoke', () => {
    const cases: [Spoke, number, number, number][] = [
      [spokesOf(25)[0], 30, 60, 0.006],
      [spokesOf(25)[7], 10, 100, 0.006],
      [spokesOf(25)[24], 0, 80, 0.006],
      [spokesOf(4)[2], 40, 110, 0.01],
      [spokesOf(3)[1], 20, 90, 0],
      [spokesOf(1)[0], 25, 100, 0.006],
    ];
    for (const [spoke, inner, outer, pad] of cases) {
      const ours = sectorPath(spoke, inner, outer, pad);
      const reference = d3Sector({ innerRadius: inner, outerRadius: outer, startAngle: spoke.start + pad, endAngle: spoke.end - pad })!;
      expect(fillDifferences(ours, reference), `${spoke.id} ${inner}–${outer}`).to.deep.equal([]);
    }
  });

  it('takes the radii in either order and a radius that is not a number as 0, like d3.arc', () => {
    const spoke = spokesOf(8)[2];
    const reference = d3Sector({ innerRadius: 30, outerRadius: 80, startAngle: spoke.start + 0.006, endAngle: spoke.end - 0.006 })!;
    expect(fillDifferences(sectorPath(spoke, 80, 30), reference)).to.deep.equal([]);
    const wedge = d3Sector({ innerRadius: 0, outerRadius: 80, startAngle: spoke.start + 0.006, endAngle: spoke.end - 0.006 })!;
    expect(fillDifferences(sectorPath(spoke, Number.NaN, 80), wedge)).to.deep.equal([]);
    expect(sectorPath(spoke, 20, Number.NaN)).to.not.contain('NaN');
  });

  it('draws nothing for an empty sector', () => {
    expect(sectorPath(spokesOf(25)[3], 0, 0)).to.equal('');
    expect(sectorPath({ id: 'x', start: 1, end: 1.005, mid: 1.0025 }, 10, 50)).to.equal('');
  });

  it('draws the stepped outline like a finely sampled closed radial line', function () {
    // ~25,000 hit tests against a 1,600-point reference path per count: slow on a loaded machine.
    this.timeout(60_000);
    for (const count of [25, 5, 1]) {
      const spokes = spokesOf(count);
      const radii = spokes.map((_, index) => 20 + ((index * 37) % 90));
      const reference = lineRadial<[number, number]>().curve(curveLinearClosed)(spokes.flatMap((spoke, index) => referenceArc(spoke, radii[index])))!;
      expect(fillDifferences(outlinePath(spokes, radii), reference), `${count} spokes`).to.deep.equal([]);
    }
  });

  it('draws one open arc per rated spoke along the reference arcs', () => {
    const spokes = spokesOf(25);
    const parts = [
      { spoke: spokes[2], radius: 40 },
      { spoke: spokes[11], radius: 95 },
    ];
    const ours = segmentsPath(parts);
    expect(ours.match(/M/g)).to.have.length(2);
    const reference = parts.map(({ spoke, radius }) => lineRadial()(referenceArc(spoke, radius))!).join('');
    expect(strayPoints(ours, reference)).to.equal(0);
  });

  it('draws the marker triangle like d3.symbolTriangle', () => {
    for (const size of [6, 8, 40]) {
      const reference = symbol(symbolTriangle, size * size * 1.6)()!;
      expect(fillDifferences(trianglePath(size), reference), `size ${size}`).to.deep.equal([]);
    }
  });
});

describe('kompetenz-rad spoke angles (against d3-scale)', () => {
  it('divides the circle like d3.scaleBand, a repeated id sharing the band of its first', () => {
    for (const ids of [['a'], ['a', 'b', 'c'], Array.from({ length: 37 }, (_, index) => `c${index}`), ['a', 'b', 'a', 'c']]) {
      const band = scaleBand<string>().domain(ids).range([0, 2 * Math.PI]);
      const { spokes } = layoutWheel({ width: 600, ids, labels: ids, measure: (text, fontSize) => text.length * fontSize * 0.6 });
      expect(
        spokes.map(({ id, start, end }) => [id, start, end]),
        ids.join(),
      ).to.deep.equal(ids.map((id) => [id, band(id), band(id)! + band.bandwidth()]));
    }
  });
});
