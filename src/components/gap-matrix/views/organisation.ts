import { html, nothing, type TemplateResult } from 'lit';
import type { AggregateCell, AggregateGroup, AggregateGroupBy, TeamAggregate } from '../../../domain/aggregate.js';
import { categoryById } from '../../../domain/catalogue.js';
import type { Catalogue, Lang, Role } from '../../../domain/types.js';
import { cssVar } from '../../../internal/css-var.js';
import { formatterFor } from '../../../internal/format.js';
import { ORGANISATION_LEAD_COLS } from '../model/grid.js';
import { shareClass } from '../model/organisation.js';
import type { GapMatrixStrings } from '../strings/index.js';
import type { GridListeners } from './cells.js';
import { fullText } from './full-text.js';
import { breakable, categoryBands, labelTip, sortableHeader, type HeaderSort } from './headers.js';

/** The name of a group as shown: a department (or none), a role's or a category's label, or the pooled rest. */
export function groupLabel(group: Pick<AggregateGroup, 'kind' | 'key'>, s: GapMatrixStrings, lang: Lang, catalogue: Catalogue, roles: readonly Role[]): string {
  if (group.kind === 'other') return s.otherGroup;
  if (group.key === null) return s.noDepartment;
  if (group.kind === 'role') return roles.find((role) => role.id === group.key)?.label[lang] ?? group.key;
  if (group.kind === 'category') return categoryById(catalogue, group.key)?.label[lang] ?? group.key;
  return group.key;
}

/** The settings of organisation mode that its toolbar shows and changes. */
export interface OrganisationToolbarState {
  groupBy: AggregateGroupBy;
  /** The figures were aggregated elsewhere: grouping and filter are theirs. */
  fixed?: boolean;
  sort: string;
  sortDescending: boolean;
  filterRole: string;
}

export interface OrganisationGridProps {
  s: GapMatrixStrings;
  lang: Lang;
  catalogue: Catalogue;
  roles: readonly Role[];
  aggregate: TeamAggregate | undefined;
  /** Positions of `aggregate.groups` in display order, and their names. */
  order: readonly number[];
  labels: readonly string[];
  sort: HeaderSort;
  /** The host allows opening the people behind a cell. */
  drillDown: boolean;
  /** The chosen group as `kind:key` (as the rows' `data-group`), if any: that row is selected. */
  chosen?: string;
  options: OrganisationToolbarState;
  change: (change: Partial<OrganisationToolbarState>) => void;
  grid: GridListeners;
}

function toolbar(s: GapMatrixStrings, catalogue: Catalogue, roles: readonly Role[], lang: Lang, state: OrganisationToolbarState, change: OrganisationGridProps['change']): TemplateResult {
  const set = (apply: (value: string) => void) => (event: Event) => apply((event.target as HTMLSelectElement).value);
  const option = (value: string, text: string, selected: boolean) => html`<option value=${value} ?selected=${selected}>${text}</option>`;
  const groupBy = html`<label
    >${s.groupBy}
    <select @change=${set((v) => change({ groupBy: v as AggregateGroupBy }))}>
      ${(['department', 'role', 'category'] as const).map((by) => option(by, s.groupByNames[by], state.groupBy === by))}
    </select>
  </label>`;
  const role = html`<label
    >${s.filterRole}
    <select @change=${set((v) => change({ filterRole: v }))}>
      ${option('', s.anyRole, !state.filterRole)} ${roles.map((entry) => option(entry.id, entry.label[lang], state.filterRole === entry.id))}
    </select>
  </label>`;
  return html`<div part="toolbar">
    ${state.fixed ? nothing : groupBy}
    <label
      >${s.sortBy}
      <select @change=${set((v) => change({ sort: v }))}>
        ${option('', s.sortNone, !state.sort)} ${option('name', s.groupByNames[state.groupBy], state.sort === 'name')}
        ${option('people', s.peopleCounted, state.sort === 'people')} ${option('all', s.allCompetencies, state.sort === 'all')}
        ${catalogue.competencies.map((competency) => option(competency.id, competency.label[lang], state.sort === competency.id))}
      </select>
    </label>
    <label class="check"
      ><input type="checkbox" .checked=${state.sortDescending} @change=${(e: Event) => change({ sortDescending: (e.target as HTMLInputElement).checked })} />${s.descending}</label
    >
    ${state.fixed ? nothing : role}
  </div>`;
}

/** A share below target as a percentage, the number of people below it beneath, and one sentence for assistive technology. */
function shareCell(cell: AggregateCell | undefined, col: number, r: number, tab: HeaderSort['tab'], s: GapMatrixStrings, lang: Lang, competencyId: string): TemplateResult {
  if (!cell) {
    return html`<div role="gridcell" class="share none" data-col=${col} tabindex=${tab(r, col)}><span aria-hidden="true">–</span><span class="visually-hidden">${s.notInGroup}</span></div>`;
  }
  const f = formatterFor(lang);
  return html`<div role="gridcell" part="cell" class="share ${shareClass(cell.shareBelowTarget)}" data-col=${col} data-competency=${competencyId} tabindex=${tab(r, col)}>
    <span aria-hidden="true">${f.percent(cell.shareBelowTarget)}</span><span class="count" aria-hidden="true">${f.number(cell.belowTarget)}</span><span class="visually-hidden"
      >${s.shareCell(cell.belowTarget, cell.count, cell.shareBelowTarget)}</span
    >
  </div>`;
}

/**
 * Organisation mode: caption, toolbar, the grid of groups × competencies (share of the people
 * counted who are below target, and their number), the people withheld, legend. Nothing about
 * a single person is drawn here.
 */
export function organisationGrid(p: OrganisationGridProps): TemplateResult {
  const { s, lang, catalogue, roles, aggregate, order, labels, sort } = p;
  const { tab } = sort;
  const groupBy = p.options.groupBy;
  const bar = toolbar(s, catalogue, roles, lang, p.options, p.change);
  if (!aggregate || aggregate.groups.length === 0) {
    return html`<p class="caption">${s.organisationCaption(groupBy, aggregate?.people ?? 0)}</p>
      ${bar}
      <p class="empty-note" part="status">${!aggregate || (aggregate.people === 0 && aggregate.withheld === 0) ? s.organisationNoData : s.organisationNone}</p>
      ${aggregate && aggregate.withheld > 0 ? html`<p part="withheld">${s.withheld(aggregate.withheld, aggregate.minGroupSize)}</p>` : nothing}`;
  }
  const f = formatterFor(lang);
  const width = catalogue.competencies.length;
  const row = (g: number, k: number) => {
    const group = aggregate.groups[g];
    const r = k + 1;
    const cells = new Map(group.competencies.map((cell) => [cell.competencyId, cell]));
    const key = `${group.kind}:${group.key ?? ''}`;
    const chosen = key === p.chosen;
    return html`<div
      role="row"
      part="row"
      class=${chosen ? 'row chosen' : 'row'}
      aria-rowindex=${r + 1}
      aria-selected=${chosen ? 'true' : p.chosen !== undefined ? 'false' : nothing}
      data-group=${key}
    >
      <div role="rowheader" data-col="0" tabindex=${tab(r, 0)} title=${group.kind === 'other' ? s.otherGroupHint : nothing} ${fullText(labels[g])}><span>${breakable(labels[g])}</span></div>
      <div role="gridcell" data-col="1" tabindex=${tab(r, 1)}>${f.number(group.people)}</div>
      <div role="gridcell" part="cell" class="share ${shareClass(group.summary.shareBelowTarget)}" data-col="2" tabindex=${tab(r, 2)}>
        <span aria-hidden="true">${f.percent(group.summary.shareBelowTarget)}</span><span class="visually-hidden"
          >${s.allCompetencies}: ${f.percent(group.summary.shareBelowTarget)}</span
        >
      </div>
      ${catalogue.competencies.map((competency, c) => shareCell(cells.get(competency.id), c + ORGANISATION_LEAD_COLS, r, tab, s, lang, competency.id))}
    </div>`;
  };
  return html`<p class="caption" id="caption">${s.organisationCaption(groupBy, aggregate.people)}</p>
    ${bar}
    <div part="scroller" lang=${lang}>
      ${labelTip()}
      <div
        part="grid"
        role="grid"
        class="grid organisation"
        aria-labelledby="caption"
        aria-rowcount=${1 + order.length}
        aria-colcount=${ORGANISATION_LEAD_COLS + width}
        ${cssVar('--_columns', `var(--_name-w) repeat(${2 + width}, var(--_share-w))`)}
        @keydown=${p.grid.keydown}
        @click=${p.grid.click}
      >
        <div role="rowgroup" class="head">
          ${categoryBands(catalogue, lang, ORGANISATION_LEAD_COLS)}
          <div role="row" part="header-row" class="row header-row" aria-rowindex="1">
            ${sortableHeader(sort, 0, 'name', s.groupByNames[groupBy], 'text')} ${sortableHeader(sort, 1, 'people', s.peopleCounted, 'competency')}
            ${sortableHeader(sort, 2, 'all', s.allCompetencies, 'competency')}
            ${catalogue.competencies.map((competency, c) => sortableHeader(sort, c + ORGANISATION_LEAD_COLS, competency.id, competency.label[lang], 'competency'))}
          </div>
        </div>
        <div role="rowgroup" class="body">${order.map(row)}</div>
      </div>
    </div>
    ${aggregate.withheld > 0 ? html`<p part="withheld">${s.withheld(aggregate.withheld, aggregate.minGroupSize)}</p>` : nothing}
    <p part="legend">${s.organisationLegend(aggregate.minGroupSize)} ${p.drillDown ? s.drillHint : nothing}</p>`;
}
