import { html, nothing } from 'lit';
import type { GapEntry } from '../../../domain/gaps.js';
import { DEFAULT_ROLES_LEAN } from '../../../domain/roles.js';
import type { Role } from '../../../domain/types.js';
import { wheelSummary } from '../model/shown-series.js';
import { dataTable } from './data-table.js';
import { legend } from './legend.js';
import type { WheelScene } from './scene.js';
import type { ShellParts } from './shell.js';
import { tooltip } from './tooltip.js';
import { wheelSvg, type SpokeStates, type WheelHandlers } from './wheel-svg.js';

/**
 * The pieces of the element's page for a person (see `wheelShell`); `role` is the role whose
 * target is shown; `noPersonToRate`: the wheel would be editable, but its provider selects no person.
 */
export function personParts(scene: WheelScene, states: Omit<SpokeStates, 'label'>, handlers: WheelHandlers, role: Role | undefined, tip: GapEntry | undefined, noPersonToRate = false): ShellParts {
  const { strings: s, lang, shown, model } = scene;
  const roleName = role?.label[lang];
  const roleSource = role && (role.source?.[lang] ?? (DEFAULT_ROLES_LEAN.includes(role) ? s.defaultRoleSource : undefined));
  return {
    lead: noPersonToRate ? html`<p part="no-person" class="lead-notice">${s.noPersonToRate}</p>` : nothing,
    wheel: wheelSvg(scene, { ...states, label: roleName ? `${s.wheelName}: ${roleName}` : s.wheelName }, handlers),
    tooltip: tooltip(scene, tip),
    description: s.describe(wheelSummary(model, shown, roleName)),
    hint: !states.editable ? s.navigationHint : shown.names.actual === 'actual' ? s.editHint : s.edited[shown.names.actual].editHint,
    note: shown.target && roleSource ? html`<p class="role-source">${roleSource}</p>` : nothing,
    legend: legend(scene),
    table: () => dataTable(scene),
    tableName: s.tableCaption,
  };
}
