import { html, type TemplateResult } from 'lit';
import type { Lang } from '../../../domain/types.js';
import type { GapMatrixStrings } from '../strings/index.js';
import type { TeamModel, TeamValue } from '../model/team.js';
import type { TeamSettings } from '../model/team-selection.js';

/** The settings of team mode that the toolbar shows and changes. */
export interface TeamToolbarState {
  cells: TeamValue;
  sort: string;
  sortDescending: boolean;
  filterRole: string;
  filterDepartment: string;
  filterCompetency: string;
  minGap?: number;
  synergy: boolean;
}

/** Team mode's controls: cell values, sorting, filters and the synergy toggle; the role and competency selects show the ids the filters name (`selected`). */
export function teamToolbar(
  s: GapMatrixStrings,
  model: TeamModel,
  lang: Lang,
  state: TeamToolbarState,
  change: (change: Partial<TeamToolbarState>) => void,
  selected: Pick<TeamSettings, 'roleId' | 'competencyId'>,
): TemplateResult {
  const set = (apply: (value: string) => void) => (event: Event) => apply((event.target as HTMLInputElement | HTMLSelectElement).value);
  return html`<div part="toolbar">
    <label
      >${s.show}
      <select @change=${set((v) => change({ cells: v === 'actual' ? 'actual' : 'gap' }))}>
        <option value="gap" ?selected=${state.cells !== 'actual'}>${s.showGap}</option>
        <option value="actual" ?selected=${state.cells === 'actual'}>${s.showActual}</option>
      </select>
    </label>
    <label
      >${s.sortBy}
      <select @change=${set((v) => change({ sort: v }))}>
        <option value="" ?selected=${!state.sort}>${s.sortNone}</option>
        <option value="name" ?selected=${state.sort === 'name'}>${s.name}</option>
        <option value="role" ?selected=${state.sort === 'role'}>${s.role}</option>
        <option value="department" ?selected=${state.sort === 'department'}>${s.department}</option>
        ${model.catalogue.competencies.map((competency) => html`<option value=${competency.id} ?selected=${state.sort === competency.id}>${competency.label[lang]}</option>`)}
      </select>
    </label>
    <label class="check"
      ><input type="checkbox" .checked=${state.sortDescending} @change=${(e: Event) => change({ sortDescending: (e.target as HTMLInputElement).checked })} />${s.descending}</label
    >
    <label
      >${s.filterRole}
      <select @change=${set((v) => change({ filterRole: v }))}>
        <option value="" ?selected=${!selected.roleId}>${s.anyRole}</option>
        ${model.roles.map((role) => html`<option value=${role.id} ?selected=${selected.roleId === role.id}>${role.label[lang]}</option>`)}
      </select>
    </label>
    <label
      >${s.filterDepartment}
      <input type="search" .value=${state.filterDepartment} @input=${set((v) => change({ filterDepartment: v }))} />
    </label>
    <label
      >${s.filterCompetency}
      <select @change=${set((v) => change({ filterCompetency: v }))}>
        <option value="" ?selected=${!selected.competencyId}>${s.anyCompetency}</option>
        ${model.catalogue.competencies.map(
          (competency) => html`<option value=${competency.id} ?selected=${selected.competencyId === competency.id}>${competency.label[lang]}</option>`,
        )}
      </select>
    </label>
    <label
      >${s.minGap}
      <select @change=${set((v) => change({ minGap: v === '' ? undefined : Number(v) }))}>
        <option value="" ?selected=${state.minGap === undefined}>${s.minGapOff}</option>
        ${[1, 2, 3].map((n) => html`<option value=${n} ?selected=${state.minGap === n}>≥ ${n}</option>`)}
      </select>
    </label>
    <button type="button" aria-expanded=${state.synergy ? 'true' : 'false'} @click=${() => change({ synergy: !state.synergy })}>
      ${state.synergy ? s.synergyHide : s.synergyShow}
    </button>
  </div>`;
}
