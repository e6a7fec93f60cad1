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

/** Synergy groups of the same competencies (the domain splits large groups into cohorts). */
export interface SynergySet {
  key: string;
  groups: SynergyGroup[];
  people: number;
}

/** The groups gathered by their competencies, in the domain's order. */
export function synergySets(groups: readonly SynergyGroup[]): SynergySet[] {
  const sets = new Map<string, SynergySet>();
  for (const group of groups) {
    const key = group.competencyIds.join('.');
    let set = sets.get(key);
    if (!set) sets.set(key, (set = { key, groups: [], people: 0 }));
    set.groups.push(group);
    set.people += group.personIds.length;
  }
  return [...sets.values()];
}

export interface SynergyListProps {
  sets: readonly SynergySet[];
  shown: number;
  selected: string | undefined;
  /** Competencies, people and format of a set. */
  describe: (set: SynergySet) => string;
  /** The name of one cohort's button, e.g. "Gruppe 2 von 5, 20 Personen". */
  cohortName: (group: SynergyGroup) => string;
  onSelect: (group: SynergyGroup) => void;
}

/** One entry per set of competencies; each cohort is a toggle button (one pressed at a time). */
export function synergyList({ sets, shown, selected, describe, cohortName, onSelect }: SynergyListProps): TemplateResult {
  return html`<ul>
    ${sets.slice(0, shown).map(
      (set) =>
        html`<li class="synergy-set" data-set=${set.key}>
          <span>${describe(set)}</span>
          <span class="cohorts">
            ${set.groups.map(
              (group) =>
                html`<button
                  type="button"
                  part="synergy-group"
                  data-group=${group.id}
                  aria-pressed=${group.id === selected ? 'true' : 'false'}
                  aria-label=${cohortName(group)}
                  @click=${() => onSelect(group)}
                >
                  ${set.groups.length > 1 ? group.cohort : cohortName(group)}
                </button>`,
            )}
          </span>
        </li>`,
    )}
  </ul>`;
}
