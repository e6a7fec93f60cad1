import { html, nothing, type TemplateResult } from 'lit';
import { categoryById, competencyById } from '../../../domain/catalogue.js';
import type { Assessment, Catalogue, Lang, Level } from '../../../domain/types.js';
import { cssVar } from '../../../internal/css-var.js';
import { levelLabel } from '../../../internal/strings.js';
import { PERSON_COLS } from '../model/grid.js';
import { historyLevel, PERSON_SORTS, type PersonResult, type PersonRow, type PersonSort } from '../model/person.js';
import type { GapMatrixStrings } from '../strings/index.js';
import { formatterFor } from '../../../internal/format.js';
import { gapClass, gapSymbol, type GridListeners } from './cells.js';
import { fullText } from './full-text.js';
import { breakable, labelTip } from './headers.js';

export interface PersonRowProps {
  /** 0-based grid row (the header is row 0). */
  r: number;
  s: GapMatrixStrings;
  lang: Lang;
  catalogue: Catalogue;
  /** The roving tabindex of a cell: 0 for the active one, else -1. */
  tab: (row: number, col: number) => number;
  /** Earlier assessments shown as columns. */
  history: readonly Assessment[];
}

const missing = () => html`<span class="muted">–</span>`;

/** A level as a digit, with its name for assistive technology. */
function named(value: number | undefined, lang: Lang): unknown {
  return value === undefined ? missing() : html`<span aria-hidden="true">${value}</span><span class="visually-hidden">${levelLabel(value as Level, lang)}</span>`;
}

/**
 * A category with the domain's subtotals, each figure one meaning: Soll = Σ target levels, Ist =
 * the target levels reached (Σ min(actual, target), so Soll − Ist = Lücke), Lücke = Σ levels to
 * build; levels above target are named in the row header, since they make up for no gap.
 */
function categoryRow(row: Extract<PersonRow, { kind: 'category' }>, { r, s, lang, catalogue, tab, history }: PersonRowProps): TemplateResult {
  const t = row.totals;
  const cell = (col: number, content: unknown) => html`<div role="gridcell" data-col=${col} tabindex=${tab(r, col)}>${content}</div>`;
  const figure = (visible: string, spoken: string) => html`<span aria-hidden="true">${visible}</span><span class="visually-hidden">${spoken}</span>`;
  const label = categoryById(catalogue, t.categoryId)?.label[lang] ?? t.categoryId;
  const totals = s.categoryTotals(t.toBuild, t.shareReached, t.actual - t.reached);
  return html`<div role="row" part="category-row" class="row category-row" aria-rowindex=${r + 1} data-category=${t.categoryId}>
    <div role="rowheader" data-col="0" tabindex=${tab(r, 0)} ${fullText(`${label} · ${totals}`)}>
      <span>${breakable(label)} <span class="muted">· ${totals}</span></span>
    </div>
    ${cell(1, figure(String(t.target), s.categoryTarget(t.target)))} ${cell(2, '')} ${cell(3, '')} ${cell(4, figure(String(t.reached), s.categoryReached(t.reached)))}
    ${cell(5, figure(t.gap > 0 ? `+${t.gap}` : '✓', s.categoryGap(t.gap)))} ${cell(6, '')} ${cell(7, '')}
    ${history.map((_, h) => cell(PERSON_COLS + h, ''))}
  </div>`;
}

/** One competency: levels, gap (number and heat class), priority rank, refresh due, history. */
function competencyRow(row: Extract<PersonRow, { kind: 'competency' }>, { r, s, lang, catalogue, tab, history }: PersonRowProps): TemplateResult {
  const e = row.entry;
  const cell = (col: number, content: unknown, cls = '') => html`<div role="gridcell" part="cell" class=${cls} data-col=${col} tabindex=${tab(r, col)}>${content}</div>`;
  const flag = e.disagreement
    ? html`<span class="flag" aria-hidden="true">≠</span><span class="visually-hidden">${e.blindSpot ? s.blindSpot : s.hiddenStrength}</span>`
    : nothing;
  const rank = e.rank === null ? html`<span class="muted">${s.notRanked}</span>` : html`<span aria-hidden="true">${e.rank}</span><span class="visually-hidden">${s.rank(e.rank)}</span>`;
  const label = competencyById(catalogue, e.competencyId)?.label[lang] ?? e.competencyId;
  const due = row.due ? html`<span>⟳ ${s.dueSince(row.due.dueSince)}</span>` : html`<span class="muted">${e.assessedAt ? s.notDue : '–'}</span>`;
  return html`<div role="row" part="row" class="row" aria-rowindex=${r + 1} data-competency=${e.competencyId}>
    <div role="rowheader" data-col="0" tabindex=${tab(r, 0)} ${fullText(label)}><span>${breakable(label)}</span></div>
    ${cell(1, named(e.target, lang))} ${cell(2, html`${named(e.self, lang)}${flag}`)} ${cell(3, named(e.external, lang))} ${cell(4, named(e.actual, lang))}
    ${cell(5, html`<span aria-hidden="true">${gapSymbol(e.gap)}</span><span class="visually-hidden">${s.gapText(e.gap)}</span>`, gapClass(e.gap))}
    ${cell(6, rank)} ${cell(7, due, 'text')}
    ${history.map((assessment, h) => {
      const level = historyLevel(assessment, e.competencyId);
      return cell(PERSON_COLS + h, level === undefined ? missing() : String(level));
    })}
  </div>`;
}

/** The settings of person mode that its toolbar shows and changes. */
export interface PersonOptions {
  sort: string;
  toBuildOnly: boolean;
  showHistory: boolean;
}

export interface PersonGridProps {
  s: GapMatrixStrings;
  lang: Lang;
  catalogue: Catalogue;
  table: { result: PersonResult; rows: readonly PersonRow[] };
  /** The valid sort (`options.sort` may be anything). */
  sort: PersonSort;
  options: PersonOptions;
  tab: (row: number, col: number) => number;
  change: (change: Partial<PersonOptions>) => void;
  grid: GridListeners;
}

/** Person mode: caption, toolbar, the grid of competencies (grouped or sorted) and the legend. */
export function personGrid(p: PersonGridProps): TemplateResult {
  const { s, sort, options, change } = p;
  const { result, rows } = p.table;
  const data = result.data;
  const checked = (name: 'toBuildOnly' | 'showHistory') => (event: Event) => change({ [name]: (event.target as HTMLInputElement).checked });
  const sortNames: Record<PersonSort, string> = { category: s.sortCategory, gap: s.sortGap, priority: s.sortPriority };
  const toolbar = html`<div part="toolbar">
    <label
      >${s.sortBy}
      <select @change=${(e: Event) => change({ sort: (e.target as HTMLSelectElement).value })}>
        ${PERSON_SORTS.map((value) => html`<option value=${value} ?selected=${sort === value}>${sortNames[value]}</option>`)}
      </select>
    </label>
    <label class="check"><input type="checkbox" .checked=${options.toBuildOnly} @change=${checked('toBuildOnly')} />${s.toBuildOnly}</label>
    ${data && data.history.length > 0
      ? html`<label class="check"><input type="checkbox" .checked=${options.showHistory} @change=${checked('showHistory')} />${s.history}</label>`
      : nothing}
  </div>`;
  if (!data) {
    return html`<p class="caption">${s.personCaption(result.person?.name)}</p>
      ${toolbar}
      <p class="empty-note" part="status">${s.noPerson}</p>`;
  }
  const history = options.showHistory ? data.history : [];
  const columns = `var(--_competency-w) repeat(6, var(--_value-w)) var(--_due-w, 10.5rem)${history.length ? ` repeat(${history.length}, var(--_history-w))` : ''}`;
  // Headers wrap between words (hyphenated in the grid's lang where the browser can); what still does not fit is cut and shown whole on hover and focus.
  const header = (col: number, text: string, sortable?: PersonSort, content: unknown = breakable(text)) => {
    const active = sortable !== undefined && sortable === sort;
    return html`<div role="columnheader" data-col=${col} class=${sortable ? 'sortable' : ''} tabindex=${p.tab(0, col)} ${fullText(text)} aria-sort=${active ? (sort === 'category' ? 'other' : sort === 'gap' ? 'descending' : 'ascending') : nothing}>
      <span>${content}</span>${active ? html`<span class="sort-mark" aria-hidden="true">▼</span>` : nothing}
    </div>`;
  };
  // An earlier assessment in two lines, who rated over when: "Selbst" / "19.11.2024".
  const date = formatterFor(p.lang);
  const historyHeader = (assessment: Assessment, col: number) =>
    header(col, s.historyColumn(assessment.rater, assessment.date), undefined, html`<span class="who">${assessment.rater === 'self' ? s.self : s.external}</span> <span class="when">${date.date(assessment.date, 'medium')}</span>`);
  const props = (r: number): PersonRowProps => ({ r, s, lang: p.lang, catalogue: p.catalogue, tab: p.tab, history });
  return html`<p class="caption" id="caption">${s.personCaption(result.person?.name)}</p>
    ${toolbar}
    <div part="scroller" lang=${p.lang}>
      ${labelTip()}
      <div
        part="grid"
        role="grid"
        class="grid person"
        aria-labelledby="caption"
        aria-rowcount=${1 + rows.length}
        aria-colcount=${PERSON_COLS + history.length}
        ${cssVar('--_columns', columns)}
        @keydown=${p.grid.keydown}
        @click=${p.grid.click}
      >
        <div role="rowgroup" class="head">
          <div role="row" part="header-row" class="row header-row" aria-rowindex="1">
            ${header(0, s.competency, 'category')} ${header(1, s.target)} ${header(2, s.self)} ${header(3, s.external)} ${header(4, s.actual)}
            ${header(5, s.gap, 'gap')} ${header(6, s.priority, 'priority')} ${header(7, s.due)}
            ${history.map((assessment, h) => historyHeader(assessment, PERSON_COLS + h))}
          </div>
        </div>
        <div role="rowgroup" class="body">
          ${rows.map((row, k) => (row.kind === 'category' ? categoryRow(row, props(k + 1)) : competencyRow(row, props(k + 1))))}
        </div>
      </div>
    </div>
    ${rows.length === 0 ? html`<p class="empty-note">${s.noRows}</p>` : nothing}
    <p part="legend">
      ${s.legendGap} ${sort === 'category' ? s.legendCategory : nothing} ${s.legendRank} ${data.hasSelf && data.hasExternal ? html`<span>≠: ${s.disagreement}.</span>` : nothing}
    </p>`;
}
