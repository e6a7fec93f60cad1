import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { GapEntry } from '../../../domain/gaps.js';
import { levelLabel } from '../../../internal/strings.js';
import { outlinePath, pointAt, sectorPath, segmentsPath, trianglePath } from '../model/geometry.js';
import { spokeFacts } from '../model/shown-series.js';
import { categoryClass, type WheelFrame, type WheelScene } from './scene.js';

export interface SpokeStates {
  editable: boolean;
  /** The index of the active spoke (the tab stop, outlined while the wheel has focus). */
  activeIndex: number;
  selectedId: string | undefined;
  /** The accessible name of the wheel. */
  label: string;
}

export interface WheelHandlers {
  keydown(event: KeyboardEvent): void;
  click(event: MouseEvent): void;
  pointerover(event: PointerEvent): void;
  pointerleave(event: PointerEvent): void;
  focusin(event: FocusEvent): void;
  focusout(event: FocusEvent): void;
}

type Indexed = { entry: GapEntry; index: number };
const indexed = (entries: readonly GapEntry[]): Indexed[] => entries.map((entry, index) => ({ entry, index }));

/** What a wheel draws into its frame (see `wheelFrame`). */
export interface WheelLayers {
  defs?: unknown;
  /** One focusable spoke per competency (`optionSpoke`, or a slider). */
  spokes: readonly SVGTemplateResult[];
  /** Over the spokes' ring cells, under the rings. */
  under?: unknown;
  /** Over the rings, under the labels. */
  over?: unknown;
}

/**
 * The wheel's frame, the same for a person and a group: the focusable spokes, the rings,
 * separators and category bands, the labels and the focus ring, with the layers in between.
 */
export function wheelFrame(frame: WheelFrame, states: SpokeStates, on: WheelHandlers, layers: WheelLayers): TemplateResult {
  const { layout } = frame;
  const focusSpoke = layout.spokes[states.activeIndex] ?? layout.spokes[0];
  const focusPath = sectorPath(focusSpoke, layout.inner - 2, layout.bandOuter + 2, 0);
  return html`<svg
    part="wheel"
    tabindex="-1"
    class="wheel ${states.editable ? 'editable' : ''}"
    role=${states.editable ? 'group' : 'listbox'}
    aria-label=${states.label}
    aria-describedby="description hint"
    width=${layout.width}
    height=${layout.height}
    viewBox="${-layout.width / 2} ${layout.minY} ${layout.width} ${layout.height}"
    @keydown=${on.keydown}
    @click=${on.click}
    @pointerover=${on.pointerover}
    @pointerleave=${on.pointerleave}
    @focusin=${on.focusin}
    @focusout=${on.focusout}
  >
    <defs>${layers.defs ?? nothing}</defs>
    <g class="cells">${layers.spokes}</g>
    ${layers.under ?? nothing}
    <g class="grid" aria-hidden="true">${grid(frame)}</g>
    ${layers.over ?? nothing}
    <g class="labels" aria-hidden="true">${labels(frame, states.activeIndex)}</g>
    <path class="focus-halo" aria-hidden="true" d=${focusPath}></path>
    <path class="focus-ring" aria-hidden="true" d=${focusPath}></path>
  </svg>`;
}

/**
 * A person's wheel: the series drawn over the frame, each spoke a slider when editable, else an
 * option.
 */
export function wheelSvg(scene: WheelScene, states: SpokeStates, on: WheelHandlers): TemplateResult {
  const { layout, shown } = scene;
  const entries = scene.model.analysis.entries;
  return wheelFrame(scene, states, on, {
    defs: svg`<pattern id=${scene.hatchId} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
        <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
      </pattern>`,
    spokes: entries.map((entry, index) => spokeCells(scene, states, entry, index)),
    under: svg`<g class="series-actual" aria-hidden="true">${shown.actual ? entries.map((entry, index) => actualSector(scene, entry, index)) : nothing}</g>
      <g class="series-gap" aria-hidden="true">${shown.gap ? entries.map((entry, index) => gapSector(scene, entry, index)) : nothing}</g>`,
    over: svg`${shown.target
      ? svg`<path class="target" aria-hidden="true" data-levels=${entries.map((entry) => entry.target).join(',')} d=${outlinePath(
          layout.spokes,
          entries.map((entry) => layout.radius(entry.target)),
        )}></path>`
      : nothing}
    ${shown.external ? external(scene) : nothing} ${shown.markers ? markers(scene) : nothing}`,
  });
}

/** The three ring cells of spoke `index` (a click on one sets its level). */
function ringCells({ layout }: WheelFrame, index: number): SVGTemplateResult[] {
  const spoke = layout.spokes[index];
  return [1, 2, 3].map((level) => svg`<path class="cell" data-level=${level} d=${sectorPath(spoke, layout.radius(level - 1), layout.radius(level))}></path>`);
}

function spokeClasses(frame: WheelFrame, categoryId: string, active: boolean): string {
  return `spoke ${categoryClass(frame.catalogue, categoryId)} ${active ? 'active' : ''}`;
}

/** A spoke that is an option of the wheel's listbox (read-only), named `label`. */
export function optionSpoke(frame: WheelFrame, states: SpokeStates, index: number, label: string): SVGTemplateResult {
  const competency = frame.catalogue.competencies[index];
  const active = index === states.activeIndex;
  return svg`<g part="sector" class=${spokeClasses(frame, competency.category, active)} data-index=${index} data-competency=${competency.id}
    role="option" tabindex=${active ? 0 : -1}
    aria-selected=${states.selectedId === competency.id ? 'true' : 'false'}
    aria-label=${label}>${ringCells(frame, index)}</g>`;
}

function spokeCells(scene: WheelScene, states: SpokeStates, entry: GapEntry, index: number): SVGTemplateResult {
  const { model, strings: s, lang } = scene;
  const facts = spokeFacts(entry, model, scene.shown, lang);
  if (!states.editable) return optionSpoke(scene, states, index, s.spokeName(facts));
  const active = index === states.activeIndex;
  return svg`<g part="sector" class=${spokeClasses(scene, entry.categoryId, active)} data-index=${index} data-competency=${entry.competencyId}
    role="slider" tabindex=${active ? 0 : -1}
    aria-label=${s.spokeName({ ...facts, actual: undefined })}
    aria-valuemin="0" aria-valuemax="3" aria-valuenow=${entry.actual}
    aria-valuetext=${levelLabel(entry.actual, lang)}>${ringCells(scene, index)}</g>`;
}

function actualSector({ layout, model }: WheelScene, entry: GapEntry, index: number): unknown {
  if (entry.actual <= 0) return nothing;
  return svg`<path class="actual-sector ${categoryClass(model.catalogue, entry.categoryId)}" data-competency=${entry.competencyId}
    data-level=${entry.actual} d=${sectorPath(layout.spokes[index], layout.radius(0), layout.radius(entry.actual))}></path>`;
}

function gapSector({ layout, hatchId }: WheelScene, entry: GapEntry, index: number): unknown {
  if (entry.gap <= 0) return nothing;
  return svg`<path class="gap" fill="url(#${hatchId})" data-competency=${entry.competencyId} data-gap=${entry.gap}
    d=${sectorPath(layout.spokes[index], layout.radius(entry.actual), layout.radius(entry.target))}></path>`;
}

/** Rings, the separators between categories and the coloured category bands. */
function grid({ layout, catalogue }: WheelFrame): SVGTemplateResult[] {
  const rings = [1, 2, 3].map((level) => svg`<circle class="ring" r=${layout.radius(level)}></circle>`);
  const boundaries: SVGTemplateResult[] = [];
  const bands: SVGTemplateResult[] = [];
  const competencies = catalogue.competencies;
  let start = 0;
  competencies.forEach((competency, index) => {
    const last = index === competencies.length - 1 || competencies[index + 1].category !== competency.category;
    if (!last) return;
    const first = layout.spokes[start];
    const end = layout.spokes[index];
    const from = pointAt(end.end, layout.inner);
    const to = pointAt(end.end, layout.bandOuter);
    boundaries.push(svg`<line class="separator" x1=${from.x} y1=${from.y} x2=${to.x} y2=${to.y}></line>`);
    bands.push(
      svg`<path class="band ${categoryClass(catalogue, competency.category)}" data-category=${competency.category}
        d=${sectorPath({ id: competency.category, start: first.start, end: end.end, mid: 0 }, layout.bandInner, layout.bandOuter, 0.01)}></path>`,
    );
    start = index + 1;
  });
  return [svg`<circle class="ring" r=${layout.inner}></circle>`, ...rings, ...boundaries, ...bands];
}

function external({ layout, model }: WheelScene): SVGTemplateResult {
  const rated = indexed(model.analysis.entries).filter(({ entry }) => entry.external !== undefined);
  const line = segmentsPath(rated.map(({ entry, index }) => ({ spoke: layout.spokes[index], radius: layout.radius(entry.external ?? 0) })));
  return svg`<g class="series-external" aria-hidden="true">
    <path class="external-line" d=${line}></path>
    ${rated.map(({ entry, index }) => {
      const point = pointAt(layout.spokes[index].mid, layout.radius(entry.external ?? 0));
      return svg`<circle class="external-marker" data-competency=${entry.competencyId} data-level=${entry.external ?? 0}
        cx=${point.x} cy=${point.y} r=${layout.markerSize / 2 + 1}></circle>`;
    })}
  </g>`;
}

/** Blind spots (triangle up, filled) and hidden strengths (triangle down, outlined) beyond the band. */
function markers({ layout, model }: WheelScene): unknown {
  const marked = indexed(model.analysis.entries).filter(({ entry }) => entry.blindSpot || entry.hiddenStrength);
  if (marked.length === 0) return nothing;
  const triangle = trianglePath(layout.markerSize);
  return svg`<g class="series-markers" aria-hidden="true">${marked.map(({ entry, index }) => {
    const point = pointAt(layout.spokes[index].mid, layout.markerRadius);
    const kind = entry.blindSpot ? 'blind-spot' : 'hidden-strength';
    return svg`<path class="disagreement ${kind}" data-competency=${entry.competencyId} data-kind=${kind} d=${triangle}
      transform="translate(${point.x} ${point.y}) rotate(${entry.blindSpot ? 0 : 180})"></path>`;
  })}</g>`;
}

function labels({ layout, catalogue }: WheelFrame, activeIndex: number): SVGTemplateResult[] {
  const { fontSize, lineHeight, labels: placed } = layout.labels;
  return placed.map((label, index) => {
    const competency = catalogue.competencies[index];
    const baseline = label.top + fontSize * 0.95;
    return svg`<text part="label" class="label ${index === activeIndex ? 'active' : ''}" data-competency=${competency?.id ?? ''}
      x=${label.x} y=${baseline} font-size=${fontSize} text-anchor=${label.anchor}
      >${label.lines.map((line, row) => svg`<tspan x=${label.x} y=${baseline + row * lineHeight}>${line}</tspan>`)}</text>`;
  });
}
