import { html, nothing, svg, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { TeamAnalysis, TeamCompetencyStats } from '../../../domain/team.js';
import type { Lang } from '../../../domain/types.js';
import { cssVar } from '../../../internal/css-var.js';
import { formatterFor } from '../../../internal/format.js';
import { TEAM_HEAD_ROWS, TEAM_LEAD_COLS } from '../model/grid.js';
import type { TeamSelection, TeamSettings } from '../model/team-selection.js';
import type { TeamModel, TeamValue } from '../model/team.js';
import type { RowRange } from '../controllers/row-window.js';
import type { GapMatrixStrings } from '../strings/index.js';
import { cellNames, GAP_CLASSES, LEVEL_CLASSES, type GridListeners } from './cells.js';
import { fullText } from './full-text.js';
import { categoryBands, labelTip, sortableHeader, type HeaderSort } from './headers.js';
import { teamCells } from './team-cells.js';
import { teamToolbar, type TeamToolbarState } from './team-toolbar.js';

/**
 * A small stacked bar of the distribution of one competency: gaps −3..3 (or levels 0..3),
 * coloured like the cells. Decorative: the cell's text says the numbers.
 */
function distributionBar(stats: TeamCompetencyStats, value: TeamValue): TemplateResult {
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

/**
 * The active cell if it is in the head rows (column headers, distribution), as `row:col`, else
 * empty: the head is drawn again only when this or its data changes, not on every scroll.
 */
function headActive(tab: (row: number, col: number) => number, cols: number): string {
  for (let row = 0; row < TEAM_HEAD_ROWS; row++) for (let col = 0; col < cols; col++) if (tab(row, col) === 0) return `${row}:${col}`;
  return '';
}

export interface TeamGridProps {
  s: GapMatrixStrings;
  lang: Lang;
  model: TeamModel;
  /** Who is shown in which order (`view`), whether everyone is analysed, the selected group's rows. */
  selection: Pick<TeamSelection, 'view' | 'complete' | 'groupRows'>;
  settings: TeamSettings;
  /** Positions in the view to draw (the window, see `rowsToDraw`). */
  shown: readonly number[];
  /** The window of `shown`: these rows are drawn in the flow, below a padding of `first` rows; another row of `shown` (the focused one) is placed on its own. */
  range: RowRange;
  rowHeight: number;
  summary: TeamAnalysis | undefined;
  /** The id of the chosen person (`aria-selected`, class `chosen`), if any. */
  chosen: string | undefined;
  tab: (row: number, col: number) => number;
  /** The toolbar's settings, as the element holds them, and how to change them. */
  options: TeamToolbarState;
  change: (change: Partial<TeamToolbarState>) => void;
  grid: GridListeners;
}

/** Team mode: caption, toolbar, the windowed grid of people × competencies, status and legend. */
export function teamGrid(p: TeamGridProps): TemplateResult {
  const { s, lang, model, tab } = p;
  const { view, complete, groupRows } = p.selection;
  const { value, descending } = p.settings;
  const sortKey = p.settings.sort || 'none';
  const catalogue = model.catalogue;
  const width = model.width;
  const roleLabels = model.roles.map((role) => role.label[lang]);
  const f = formatterFor(lang);
  const names = cellNames(s);

  const header: HeaderSort = { key: sortKey, descending, tab };
  const sortable = (col: number, key: string, text: string, cls: string) => sortableHeader(header, col, key, text, cls);

  // Rows are drawn by position, not keyed (no `repeat`): each position's template is reused for
  // whichever row it shows after a scroll, and lit-html 3.3's `repeat` left a comment node behind
  // for every row it removed (lit/lit#5010). The window's rows stand in the flow in view order below
  // the body's padding, set as the padding itself: a custom property is inherited, so changing one on
  // the body restyled every cell in each scroll frame. No row has a custom property of its own either,
  // so cells of all rows share their computed styles and a scroll frame restyles less.
  const { first, last } = p.range;
  // Once a person is chosen, each row says whether it is the chosen one. Members of a synergy group are not selected rows: their name says they are members.
  const selectable = p.chosen !== undefined;
  const row = (k: number, detached = false) => {
    const i = view[k];
    const r = k + TEAM_HEAD_ROWS;
    const person = model.people[i];
    const member = groupRows?.has(i) ?? false;
    const analysed = model.state[i] === 1;
    const chosen = person.id === p.chosen;
    return html`<div
      role="row"
      part="row"
      class=${`row${detached ? ' detached' : ''}${member ? ' selected' : ''}${chosen ? ' chosen' : ''}`}
      aria-rowindex=${r + 1}
      aria-selected=${chosen ? 'true' : selectable ? 'false' : nothing}
      data-person=${person.id}
      ${cssVar('--kr-row-y', detached ? `${k * p.rowHeight}px` : undefined)}
      ${teamCells({ model, person: i, gridRow: r, value, names, tab })}
    >
      <div role="rowheader" data-col="0" tabindex=${tab(r, 0)} ${fullText(person.name)}>
        ${member ? html`<span class="member-mark" aria-hidden="true">●</span><span class="visually-hidden">${s.member}: </span>` : nothing}<span
          >${person.name}${model.assessed[i] || !analysed ? nothing : html` <span class="muted">(${s.notAssessed})</span>`}</span
        >
      </div>
      <div role="gridcell" class="text" data-col="1" tabindex=${tab(r, 1)} ${fullText(roleLabels[model.roleOf[i]])}><span>${roleLabels[model.roleOf[i]]}</span></div>
      <div role="gridcell" class="text" data-col="2" tabindex=${tab(r, 2)} ${fullText(person.department ?? '')}><span>${person.department ?? ''}</span></div>
    </div>`;
  };

  const windowRows: TemplateResult[] = [];
  for (let k = first; k < last; k++) windowRows.push(row(k));
  const above = p.shown.find((k) => k < first);
  const below = p.shown.find((k) => k >= last);

  const summaryCells = () => model.competencyIds.map((id, c) => {
    const col = c + TEAM_LEAD_COLS;
    const stats = p.summary?.competencies[c];
    if (!stats) return html`<div role="gridcell" data-col=${col} tabindex=${tab(1, col)} aria-label=${names.pending}>…</div>`;
    const visible = value === 'gap' ? f.number(stats.toBuild) : f.number(stats.averageActual);
    return html`<div role="gridcell" data-col=${col} data-competency=${id} tabindex=${tab(1, col)}>
      <span aria-hidden="true">${visible}</span>${distributionBar(stats, value)}<span class="visually-hidden"
        >${s.summaryCell(stats.toBuild, stats.averageGap, stats.averageActual, value)}</span
      >
    </div>`;
  });

  return html`<p class="caption" id="caption">${s.teamCaption(model.rowCount)}</p>
    ${teamToolbar(s, model, lang, p.options, p.change, p.settings)}
    <div part="scroller" lang=${lang}>
      ${labelTip()}
      <div
        part="grid"
        role="grid"
        class="grid team"
        aria-labelledby="caption"
        aria-rowcount=${TEAM_HEAD_ROWS + view.length}
        aria-colcount=${TEAM_LEAD_COLS + width}
        aria-busy=${complete ? 'false' : 'true'}
        ${cssVar('--_columns', `var(--_name-w) var(--_role-w) var(--_department-w) repeat(${width}, var(--_cell-w))`)}
        @keydown=${p.grid.keydown}
        @click=${p.grid.click}
      >
        <div role="rowgroup" class="head">
          ${guard([s, model, lang, sortKey, descending, value, p.summary, headActive(tab, TEAM_LEAD_COLS + width)], () => [
            categoryBands(catalogue, lang, TEAM_LEAD_COLS),
            html`<div role="row" part="header-row" class="row header-row" aria-rowindex="1">
                ${sortable(0, 'name', s.name, 'text')} ${sortable(1, 'role', s.role, 'text')} ${sortable(2, 'department', s.department, 'text')}
                ${catalogue.competencies.map((competency, c) => sortable(c + TEAM_LEAD_COLS, competency.id, competency.label[lang], 'competency'))}
              </div>
              <div role="row" part="summary-row" class="row summary-row" aria-rowindex="2">
                <div role="rowheader" data-col="0" tabindex=${tab(1, 0)}><span>${s.summary}</span></div>
                <div role="gridcell" data-col="1" tabindex=${tab(1, 1)}></div>
                <div role="gridcell" data-col="2" tabindex=${tab(1, 2)}></div>
                ${summaryCells()}
              </div>`,
          ])}
        </div>
        <div role="rowgroup" class="body" ${cssVar('--kr-body-height', `${view.length * p.rowHeight}px`)} ${cssVar('padding-block-start', `${first * p.rowHeight}px`)}>
          ${above !== undefined ? row(above, true) : nothing}${windowRows}${below !== undefined ? row(below, true) : nothing}
        </div>
      </div>
    </div>
    ${view.length === 0 && complete ? html`<p class="empty-note">${model.people.length === 0 ? s.teamNoData : s.noRows}</p>` : nothing}
    <p part="status">${complete ? s.shown(view.length, model.rowCount) : model.awaiting ? s.loading : s.analysing(Math.floor(model.progress * 100))}</p>
    <p part="legend">${value === 'gap' ? s.legendGap : s.legendActual}</p>`;
}
