import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { AggregateCell } from '../../../domain/aggregate.js';
import { outlinePath, sectorPath, segmentsPath } from '../model/geometry.js';
import { shareSteps } from '../model/group-figures.js';
import type { GroupChoice } from '../model/group-source.js';
import type { GroupFacts, GroupStrings } from '../strings/group-wheel.js';
import { legendFrame } from './legend.js';
import { categoryClass, type WheelFrame } from './scene.js';
import { optionSpoke, wheelFrame, type SpokeStates, type WheelHandlers } from './wheel-svg.js';

/** What every view of a group's wheel draws from. */
export interface GroupScene extends WheelFrame {
  choice: GroupChoice;
  group: GroupStrings;
  /** The group's name as the wheel shows it. */
  name: string;
  showsTarget: boolean;
}

/** The figures of the competency at `index` with its names, or `undefined` where the group has none. */
export function groupFacts({ catalogue, choice, lang }: GroupScene, index: number): GroupFacts | undefined {
  const cell = choice.cells?.[index];
  if (!cell) return undefined;
  const competency = catalogue.competencies[index];
  const category = catalogue.categories.find((item) => item.id === competency.category);
  const { count, levels, unrated, meanTarget, shareBelowTarget, meanGap } = cell;
  return { label: competency.label[lang], category: category?.label[lang] ?? competency.category, count, levels, unrated, meanTarget, shareBelowTarget, meanGap };
}

/**
 * A group's wheel: per spoke the group's people side by side, ordered by level (unrated and 0
 * first, then 1 to 3), each level as wide as its share and as high as its ring, so the shape
 * reads without colour (in print and forced colours too); the target outline over it. Each spoke
 * is an option named with all its figures.
 */
export function groupWheelSvg(scene: GroupScene, states: SpokeStates, on: WheelHandlers): TemplateResult {
  const { catalogue, choice, layout } = scene;
  const cells = choice.cells ?? [];
  const spokes = catalogue.competencies.map((competency, index) => {
    const facts = groupFacts(scene, index);
    return optionSpoke(scene, states, index, facts ? scene.group.spokeName(facts) : competency.label[scene.lang]);
  });
  const targets = cells.flatMap((cell, index) => (cell ? [{ spoke: layout.spokes[index], radius: layout.radius(cell.meanTarget), level: cell.meanTarget }] : []));
  // Every spoke has figures: one closed outline, as for a person; else an arc on each spoke that has.
  const outline = targets.length === catalogue.competencies.length ? outlinePath(layout.spokes, targets.map((target) => target.radius)) : segmentsPath(targets);
  return wheelFrame(scene, states, on, {
    spokes,
    under: svg`<g class="series-shares" aria-hidden="true">${cells.map((cell, index) => (cell ? shareSectors(scene, cell, index) : nothing))}</g>`,
    over:
      scene.showsTarget && targets.length > 0
        ? svg`<path class="target" aria-hidden="true" data-levels=${targets.map((target) => target.level).join(',')} d=${outline}></path>`
        : nothing,
  });
}

function shareSectors({ layout, catalogue }: GroupScene, cell: AggregateCell, index: number): SVGTemplateResult[] {
  const spoke = layout.spokes[index];
  const pad = 0.006;
  const width = spoke.end - spoke.start - 2 * pad;
  const category = categoryClass(catalogue, catalogue.competencies[index].category);
  return shareSteps(cell)
    .filter((step) => step.level !== 'unrated' && step.level > 0 && step.to > step.from)
    .map((step) => {
      const part = { id: spoke.id, start: spoke.start + pad + width * step.from, end: spoke.start + pad + width * step.to, mid: 0 };
      return svg`<path class="level-share ${category}" data-competency=${cell.competencyId} data-level=${step.level} data-count=${step.count}
        d=${sectorPath(part, layout.radius(0), layout.radius(step.level as number), 0)}></path>`;
    });
}

/** The legend of a group's wheel: how the distribution reads, the target outline, the categories. */
export function groupLegend(scene: GroupScene): TemplateResult {
  const { catalogue, choice, group: g, lang } = scene;
  const first = categoryClass(catalogue, catalogue.categories[0]?.id ?? 'digital');
  const entries: TemplateResult[] = [];
  if (choice.cells) {
    entries.push(
      html`<li data-series="shares"><svg class="swatch" width="24" height="12" aria-hidden="true"><path class="level-share ${first}" d="M1,11V8H8V5H15V2H23V11Z"></path></svg>${g.legendShares}</li>`,
    );
    if (scene.showsTarget) {
      const target = choice.role ? g.legendRoleTarget(choice.role.label[lang]) : g.legendMeanTarget;
      entries.push(html`<li data-series="target"><svg class="swatch" width="24" height="12" aria-hidden="true"><line class="target" x1="1" y1="6" x2="23" y2="6"></line></svg>${target}</li>`);
    }
  }
  return legendFrame(scene, entries);
}
