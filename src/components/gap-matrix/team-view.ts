import { html, nothing, svg, type TemplateResult } from 'lit';
import type { SynergyGroup } from '../../domain/synergy.js';
import type { TeamCompetencyStats } from '../../domain/team.js';
import type { TeamValue } from './team-model.js';
import { gapClass } from './strings.js';

const GAP_CLASSES = [-3, -2, -1, 0, 1, 2, 3].map(gapClass);
const LEVEL_CLASSES = ['l0', 'l1', 'l2', 'l3'];

/**
 * A small stacked bar of the distribution of one competency: gaps −3..3 (or levels 0..3),
 * coloured like the cells. Decorative: the cell's text says the numbers.
 */
export function distributionBar(stats: TeamCompetencyStats, value: TeamValue): TemplateResult {
  const counts = value === 'gap' ? stats.gapCounts : stats.actualCounts;
  const classes = value === 'gap' ? GAP_CLASSES : LEVEL_CLASSES;
  const total = counts.reduce((sum, count) => sum + count, 0);
  let x = 0;
  const parts = counts.map((count, index) => {
    if (count === 0 || total === 0) return nothing;
    const width = (count / total) * 100;
    const part = svg`<rect class=${classes[index]} x=${x.toFixed(2)} y="0" width=${width.toFixed(2)} height="10"></rect>`;
    x += width;
    return part;
  });
  return html`<svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">${parts}</svg>`;
}

export interface SynergyListProps {
  groups: readonly SynergyGroup[];
  shown: number;
  selected: string | undefined;
  describe: (group: SynergyGroup) => string;
  onSelect: (group: SynergyGroup) => void;
}

/** The synergy groups as toggle buttons (one pressed at a time). */
export function synergyList({ groups, shown, selected, describe, onSelect }: SynergyListProps): TemplateResult {
  return html`<ul>
    ${groups.slice(0, shown).map(
      (group) =>
        html`<li>
          <button type="button" part="synergy-group" data-group=${group.id} aria-pressed=${group.id === selected ? 'true' : 'false'} @click=${() => onSelect(group)}>
            ${describe(group)}
          </button>
        </li>`,
    )}
  </ul>`;
}
