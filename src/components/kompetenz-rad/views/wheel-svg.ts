import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { GapEntry } from '../../../domain/gaps.js';
import { spokenLevel } from '../../../internal/strings.js';
import { pointAt, trianglePath } from '../model/geometry.js';
import { focusSector, levelOutline, levelPoint, levelSector, levelSegments } from '../model/layout-paths.js';
import { filledLevel, gapShown, lineLevel, spokeFacts } from '../model/shown-series.js';
import { categoryClass, type WheelFrame, type WheelScene } from './scene.js';
import { spokeLabels } from './spoke-labels.js';
import { wheelGrid } from './wheel-grid.js';

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
  const focusPath = focusSector(layout, states.activeIndex);
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
    <g class="cells" role="presentation">${layers.spokes}</g>
    ${layers.under ?? nothing}
    ${wheelGrid(frame)}
    ${layers.over ?? nothing}
    ${spokeLabels(frame, states.activeIndex)}
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
    under: svg`<g class="series-actual" aria-hidden="true">${shown.actual ? actualSectors(scene) : nothing}</g>
      <g class="series-gap" aria-hidden="true">${shown.gap ? gapSectors(scene) : nothing}</g>`,
    over: svg`${shown.target
      ? svg`<path class="target" aria-hidden="true" data-levels=${entries.map((entry) => entry.target).join(',')} d=${levelOutline(
          layout,
          entries.map((entry) => entry.target),
        )}></path>`
      : nothing}
    ${shown.external ? external(scene) : nothing} ${shown.markers ? markers(scene) : nothing}`,
  });
}

function spokeClasses(frame: WheelFrame, categoryId: string, active: boolean): string {
  return `spoke ${categoryClass(frame.catalogue, categoryId)} ${active ? 'active' : ''}`;
}

/**
 * A spoke that is an option of the wheel's listbox (read-only), named `label`: one cell from the
 * centre to ring 3 (the rings are drawn over it), so a click anywhere on the spoke selects it.
 */
export function optionSpoke(frame: WheelFrame, states: SpokeStates, index: number, label: string): SVGTemplateResult {
  const { layout } = frame;
  const competency = frame.catalogue.competencies[index];
  const active = index === states.activeIndex;
  return svg`<g part="sector" class=${spokeClasses(frame, competency.category, active)} data-index=${index} data-competency=${competency.id}
    role="option" tabindex=${active ? 0 : -1}
    aria-selected=${states.selectedId === competency.id ? 'true' : 'false'}
    aria-label=${label}><path class="cell" d=${levelSector(layout, index, 0, 3)}></path></g>`;
}

/**
 * A spoke that is a slider (editable): three ring cells, a click on one sets its level. Its name
 * tells the other series, its value the edited one ("nicht eingeschätzt" where that is an
 * external assessment without a level yet).
 */
function sliderSpoke(scene: WheelScene, states: SpokeStates, entry: GapEntry, index: number): SVGTemplateResult {
  const { layout, strings: s, lang } = scene;
  const cell = (level: number) => levelSector(layout, index, level - 1, level);
  const active = index === states.activeIndex;
  const level = filledLevel(entry, scene.model, scene.shown);
  return svg`<g part="sector" class=${spokeClasses(scene, entry.categoryId, active)} data-index=${index} data-competency=${entry.competencyId}
    role="slider" aria-orientation="vertical" tabindex=${active ? 0 : -1}
    aria-label=${s.spokeName(spokeFacts(entry, scene.model, scene.shown, lang, true))}
    aria-valuemin="0" aria-valuemax="3" aria-valuenow=${entry.actual}
    aria-valuetext=${level === undefined ? s.notRated : spokenLevel(level, lang)}
    ><path class="cell" data-level="1" d=${cell(1)}></path><path class="cell" data-level="2" d=${cell(2)}></path><path class="cell" data-level="3" d=${cell(3)}></path></g>`;
}

function spokeCells(scene: WheelScene, states: SpokeStates, entry: GapEntry, index: number): SVGTemplateResult {
  if (states.editable) return sliderSpoke(scene, states, entry, index);
  return optionSpoke(scene, states, index, scene.strings.spokeName(spokeFacts(entry, scene.model, scene.shown, scene.lang)));
}

/** `id:value` pairs, space-separated: what a merged path stands for (`data-levels="daten:2 team:3"`). */
const pairs = (list: readonly [string, number][]): string => list.map(([id, value]) => `${id}:${value}`).join(' ');

/**
 * The actual profile: the sectors of one category in one path (one element per colour, not one
 * per spoke), `data-levels` says which competencies at which level.
 */
function actualSectors({ layout, model }: WheelScene): SVGTemplateResult[] {
  const byCategory = new Map<string, { levels: [string, number][]; d: string }>();
  model.analysis.entries.forEach((entry, index) => {
    if (entry.actual <= 0) return;
    let sectors = byCategory.get(entry.categoryId);
    if (!sectors) byCategory.set(entry.categoryId, (sectors = { levels: [], d: '' }));
    sectors.levels.push([entry.competencyId, entry.actual]);
    sectors.d += levelSector(layout, index, 0, entry.actual);
  });
  return [...byCategory].map(
    ([category, { levels, d }]) => svg`<path class="actual-sector ${categoryClass(model.catalogue, category)}" data-levels=${pairs(levels)} d=${d}></path>`,
  );
}

/** The gaps to the target, hatched, in one path (not where the edited series is not rated: `gapShown`); `data-gaps` says which competencies and how large. */
function gapSectors({ layout, model, shown, hatchId }: WheelScene): unknown {
  const gaps: [string, number][] = [];
  let d = '';
  model.analysis.entries.forEach((entry, index) => {
    if (entry.gap <= 0 || !gapShown(entry, model, shown)) return;
    gaps.push([entry.competencyId, entry.gap]);
    d += levelSector(layout, index, entry.actual, entry.target);
  });
  return gaps.length === 0 ? nothing : svg`<path class="gap" fill="url(#${hatchId})" data-gaps=${pairs(gaps)} d=${d}></path>`;
}

/** A circle of radius `r` around (x, y) as two arcs (many markers then make one path). */
function circlePath({ x, y }: { x: number; y: number }, r: number): string {
  return `M${x - r},${y}a${r},${r},0,1,0,${2 * r},0a${r},${r},0,1,0,${-2 * r},0Z`;
}

/**
 * The line: the external assessment (or, while that is edited, the self-assessment, `data-series`)
 * as dashed arcs on the rated spokes and a marker on each, the markers in one path (`data-levels`).
 */
function external({ layout, model, shown }: WheelScene): SVGTemplateResult {
  const rated = indexed(model.analysis.entries).flatMap(({ entry, index }) => {
    const level = lineLevel(entry, shown);
    return level === undefined ? [] : [{ id: entry.competencyId, index, level }];
  });
  const line = levelSegments(layout, rated);
  const r = layout.markerSize / 2 + 1;
  const markers = rated.map(({ index, level }) => circlePath(levelPoint(layout, index, level), r)).join('');
  return svg`<g class="series-${shown.names.external}" data-series=${shown.names.external} aria-hidden="true">
    <path class="external-line" d=${line}></path>
    <path class="external-marker" data-levels=${pairs(rated.map(({ id, level }) => [id, level]))} d=${markers}></path>
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
