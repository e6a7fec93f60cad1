import { html, nothing, type TemplateResult } from 'lit';
import { categoryById, competencyById } from '../../../domain/catalogue.js';
import type { Assessment, Catalogue, Lang, Level } from '../../../domain/types.js';
import { cssVar } from '../../../internal/css-var.js';
import { spokenLevel } from '../../../internal/strings.js';
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

/** What a cell shows: the figure seen (hidden from assistive technology) and the words read instead. */
interface Figure {
  seen: string;
  spoken: string;
  muted?: boolean;
}

const levelFigure = (value: number | undefined, lang: Lang, s: GapMatrixStrings): Figure =>
  value === undefined ? { seen: '–', spoken: s.notRated, muted: true } : { seen: String(value), spoken: spokenLevel(value as Level, lang) };

/** An empty grid cell (a category row under a history column). */
function emptyCell(r: number, col: number, tab: PersonRowProps['tab']): TemplateResult {
  return html`<div role="gridcell" data-col=${col} tabindex=${tab(r, col)}></div>`;
}

/**
 * A category with the domain's subtotals, each figure one meaning: Soll = Σ target levels, Ist =
 * the target levels reached (Σ min(actual, target), so Soll − Ist = Lücke), Lücke = Σ levels to
 * build; levels above target are named in the row header, since they make up for no gap.
 */
function categoryRow(row: Extract<PersonRow, { kind: 'category' }>, { r, s, lang, catalogue, tab, history }: PersonRowProps): TemplateResult {
  const t = row.totals;
  const label = categoryById(catalogue, t.categoryId)?.label[lang] ?? t.categoryId;
  const totals = s.categoryTotals(t.toBuild, t.shareReached, t.actual - t.reached);
  return html`<div role="row" part="category-row" class="row category-row" aria-rowindex=${r + 1} data-category=${t.categoryId}
    ><div role="rowheader" data-col="0" tabindex=${tab(r, 0)} ${fullText(`${label} · ${totals}`)}><span>${breakable(label)} <span class="muted">· ${totals}</span></span></div
    ><div role="gridcell" data-col="1" tabindex=${tab(r, 1)}><span aria-hidden="true">${t.target}</span><span class="visually-hidden">${s.categoryTarget(t.target)}</span></div
    ><div role="gridcell" data-col="2" tabindex=${tab(r, 2)}></div
    ><div role="gridcell" data-col="3" tabindex=${tab(r, 3)}></div
    ><div role="gridcell" data-col="4" tabindex=${tab(r, 4)}><span aria-hidden="true">${t.reached}</span><span class="visually-hidden">${s.categoryReached(t.reached)}</span></div
    ><div role="gridcell" data-col="5" tabindex=${tab(r, 5)}><span aria-hidden="true">${t.gap > 0 ? `+${t.gap}` : '✓'}</span><span class="visually-hidden">${s.categoryGap(t.gap)}</span></div
    ><div role="gridcell" data-col="6" tabindex=${tab(r, 6)}></div
    ><div role="gridcell" data-col="7" tabindex=${tab(r, 7)}></div
    >${history.map((_, h) => emptyCell(r, PERSON_COLS + h, tab))}</div>`;
}

/**
 * One competency: levels, gap (number and heat class), priority rank, refresh due, history. The
 * row's template writes its cells out: a template of its own for each cell and figure (several
 * hundred in a grid) was most of the grid's first render in a fresh page.
 */
function competencyRow(row: Extract<PersonRow, { kind: 'competency' }>, { r, s, lang, catalogue, tab, history }: PersonRowProps): TemplateResult {
  const e = row.entry;
  const label = competencyById(catalogue, e.competencyId)?.label[lang] ?? e.competencyId;
  const [target, self, external, actual] = [e.target, e.self, e.external, e.actual].map((level) => levelFigure(level, lang, s));
  const rank: Figure = e.rank === null ? { seen: s.notRanked, spoken: s.notRankedText, muted: true } : { seen: String(e.rank), spoken: s.rank(e.rank) };
  // A mark seen and not read, a text seen and read, a text only read.
  // Ratings without a date (given as attributes) cannot be due: "no date", not "not rated".
  const undated = e.self !== undefined || e.external !== undefined ? s.noDate : s.notRated;
  const [mark, dueText, dueSpoken] = row.due ? ['⟳ ', s.dueSince(row.due.dueSince), ''] : e.assessedAt ? ['', s.notDue, ''] : ['–', '', undated];
  return html`<div role="row" part="row" class="row" aria-rowindex=${r + 1} data-competency=${e.competencyId}
    ><div role="rowheader" data-col="0" tabindex=${tab(r, 0)} ${fullText(label)}><span>${breakable(label)}</span></div
    ><div role="gridcell" part="cell" data-col="1" tabindex=${tab(r, 1)}><span class=${target.muted ? 'muted' : ''} aria-hidden="true">${target.seen}</span><span class="visually-hidden">${target.spoken}</span></div
    ><div role="gridcell" part="cell" data-col="2" tabindex=${tab(r, 2)}><span class=${self.muted ? 'muted' : ''} aria-hidden="true">${self.seen}</span><span class="visually-hidden">${self.spoken}</span>${
      e.disagreement ? html`<span class="flag" aria-hidden="true">≠</span><span class="visually-hidden">${e.blindSpot ? s.blindSpot : s.hiddenStrength}</span>` : nothing}</div
    ><div role="gridcell" part="cell" data-col="3" tabindex=${tab(r, 3)}><span class=${external.muted ? 'muted' : ''} aria-hidden="true">${external.seen}</span><span class="visually-hidden">${external.spoken}</span></div
    ><div role="gridcell" part="cell" data-col="4" tabindex=${tab(r, 4)}><span class=${actual.muted ? 'muted' : ''} aria-hidden="true">${actual.seen}</span><span class="visually-hidden">${actual.spoken}</span></div
    ><div role="gridcell" part="cell" class=${gapClass(e.gap)} data-col="5" tabindex=${tab(r, 5)}><span aria-hidden="true">${gapSymbol(e.gap)}</span><span class="visually-hidden">${s.gapText(e.gap)}</span></div
    ><div role="gridcell" part="cell" data-col="6" tabindex=${tab(r, 6)}><span class=${rank.muted ? 'muted' : ''} aria-hidden="true">${rank.seen}</span><span class="visually-hidden">${rank.spoken}</span></div
    ><div role="gridcell" part="cell" class="text" data-col="7" tabindex=${tab(r, 7)}><span class=${row.due ? '' : 'muted'}><span aria-hidden="true">${mark}</span>${dueText}<span class="visually-hidden">${dueSpoken}</span></span></div
    >${history.map((assessment, h) => {
      const level = levelFigure(historyLevel(assessment, e.competencyId), lang, s);
      const col = PERSON_COLS + h;
      return html`<div role="gridcell" part="cell" data-col=${col} tabindex=${tab(r, col)}><span class=${level.muted ? 'muted' : ''} aria-hidden="true">${level.seen}</span><span class="visually-hidden">${level.spoken}</span></div>`;
    })}</div>`;
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
  /** How many of the rows are drawn (the first render leaves out those below the scroll region); the grid is busy until all are. */
  shown: number;
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
      <p class="empty-note" part="status">${result.noTarget ? s.noTarget : s.noPerson}</p>`;
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
        aria-busy=${p.shown < rows.length ? 'true' : nothing}
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
          ${rows.slice(0, p.shown).map((row, k) => (row.kind === 'category' ? categoryRow(row, props(k + 1)) : competencyRow(row, props(k + 1))))}
        </div>
      </div>
    </div>
    ${rows.length === 0 ? html`<p class="empty-note">${s.noRows}</p>` : nothing}
    <p part="legend">
      ${s.legendGap} ${sort === 'category' ? s.legendCategory : nothing} ${s.legendRank} ${data.hasSelf && data.hasExternal ? html`<span>≠: ${s.disagreement}.</span>` : nothing}
    </p>`;
}
