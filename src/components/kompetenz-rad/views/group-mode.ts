/**
 * The group wheel, loaded when a wheel first shows a group (`import()`), so that a page with
 * wheels of people only never downloads it: the choice of the group (with the domain's
 * `aggregateTeam`), its texts and its views.
 */
import { html, nothing } from 'lit';
import type { CompetencyId } from '../../../domain/types.js';
import { mostlyBelowTarget } from '../model/group-figures.js';
import type { GroupChoice } from '../model/group-source.js';
import type { GroupStrings } from '../strings/group-wheel.js';
import { groupTable, groupTooltip } from './group-table.js';
import { groupLegend, groupWheelSvg, type GroupScene } from './group-wheel.js';
import type { WheelFrame } from './scene.js';
import type { ShellParts } from './shell.js';
import type { SpokeStates, WheelHandlers } from './wheel-svg.js';

export { chooseGroup } from '../model/group-source.js';
export { GROUP_STRINGS } from '../strings/group-wheel.js';

export interface GroupRender {
  frame: WheelFrame;
  choice: GroupChoice;
  group: GroupStrings;
  hideTarget: boolean;
  states: Omit<SpokeStates, 'label'>;
  handlers: WheelHandlers;
  /** The competency whose details are shown. */
  tip: CompetencyId | undefined;
}

/** The group's name: a department's name, a role's or category's label, or what stands for several. */
function groupName({ catalogue, lang }: WheelFrame, choice: GroupChoice, g: GroupStrings): string {
  const { kind, key } = choice;
  if (kind === 'other') return g.other;
  if (kind === 'role') return choice.role?.label[lang] ?? key ?? '';
  if (kind === 'category') return catalogue.categories.find((category) => category.id === key)?.label[lang] ?? key ?? '';
  if (kind === 'department') return key ?? g.noDepartment;
  return key ?? g.organisation;
}

/** The pieces of the element's page for a group (see `wheelShell`): the figures, or in their place why there are none. */
export function groupParts({ frame, choice, group, hideTarget, states, handlers, tip }: GroupRender): ShellParts & { label: string } {
  const scene: GroupScene = { ...frame, choice, group, name: groupName(frame, choice, group), showsTarget: !hideTarget };
  const label = `${frame.strings.wheelName}: ${scene.name}`;
  // The pooled departments are chosen by the value `other`, and named as elsewhere.
  const choices = choice.choices.map((value) => ({ value, name: value === 'other' ? group.other : value }));
  const withheld = choice.withheld && group.withheld(choice.withheld, scene.name, choice.minGroupSize, choices);
  const cells = choice.cells ?? [];
  return {
    label,
    lead: withheld ? html`<p part="group-notice" class="group-notice">${withheld}</p>` : nothing,
    wheel: groupWheelSvg(scene, { ...states, label }, handlers),
    tooltip: groupTooltip(scene, tip),
    description:
      withheld ||
      group.describe({
        name: scene.name,
        people: choice.people,
        minGroupSize: choice.minGroupSize,
        competencies: cells.filter((cell) => cell !== undefined).length,
        mostlyBelow: mostlyBelowTarget(cells),
        showsTarget: scene.showsTarget,
        notShown: choice.notShown ?? 0,
        ...(choice.role ? { role: choice.role.label[frame.lang] } : {}),
      }),
    hint: frame.strings.navigationHint,
    legend: groupLegend(scene),
    table: choice.cells ? () => groupTable(scene) : undefined,
    tableName: group.caption(scene.name),
  };
}
