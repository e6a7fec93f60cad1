import { html, nothing, type TemplateResult } from 'lit';
import { categoryById, competencyById } from '../../domain/catalogue.js';
import type { Assessment, Catalogue, Lang, Level } from '../../domain/types.js';
import { levelLabel } from '../../internal/strings.js';
import { historyLevel, type PersonRow } from './person-model.js';
import { gapClass, gapSymbol, type GapMatrixStrings } from './strings.js';

/** Person mode: competency, target, self, external, actual, gap, priority, due; then the history. */
export const PERSON_COLS = 8;

export interface PersonRowProps {
  /** 0-based grid row (the header is row 0). */
  r: number;
  s: GapMatrixStrings;
  lang: Lang;
  catalogue: Catalogue;
  /** The roving tabindex of a cell: "0" for the focused one, else "-1". */
  tab: (row: number, col: number) => string;
  /** Earlier assessments shown as columns. */
  history: readonly Assessment[];
}

const missing = () => html`<span class="muted">–</span>`;

/** A level as a digit, with its name for assistive technology. */
function named(value: number | undefined, lang: Lang): unknown {
  return value === undefined ? missing() : html`<span aria-hidden="true">${value}</span><span class="visually-hidden">${levelLabel(value as Level, lang)}</span>`;
}

/** A category with the domain's subtotals (Σ target, Σ actual, levels to build). */
export function categoryRow(row: Extract<PersonRow, { kind: 'category' }>, { r, s, lang, catalogue, tab, history }: PersonRowProps): TemplateResult {
  const t = row.totals;
  const cell = (col: number, content: unknown) => html`<div role="gridcell" data-col=${col} tabindex=${tab(r, col)}>${content}</div>`;
  return html`<div role="row" part="category-row" class="row category-row" aria-rowindex=${r + 1} data-category=${t.categoryId}>
    <div role="rowheader" data-col="0" tabindex=${tab(r, 0)}>
      <span>${categoryById(catalogue, t.categoryId)?.label[lang] ?? t.categoryId} <span class="muted">· ${s.categoryTotals(t.toBuild, t.shareReached)}</span></span>
    </div>
    ${cell(1, t.target)} ${cell(2, '')} ${cell(3, '')} ${cell(4, t.actual)} ${cell(5, t.gap > 0 ? `+${t.gap}` : '✓')} ${cell(6, '')} ${cell(7, '')}
    ${history.map((_, h) => cell(PERSON_COLS + h, ''))}
  </div>`;
}

/** One competency: levels, gap (number and heat class), priority rank, refresh due, history. */
export function competencyRow(row: Extract<PersonRow, { kind: 'competency' }>, { r, s, lang, catalogue, tab, history }: PersonRowProps): TemplateResult {
  const e = row.entry;
  const cell = (col: number, content: unknown, cls = '') => html`<div role="gridcell" part="cell" class=${cls} data-col=${col} tabindex=${tab(r, col)}>${content}</div>`;
  const flag = e.disagreement
    ? html`<span class="flag" aria-hidden="true">≠</span><span class="visually-hidden">${e.blindSpot ? s.blindSpot : s.hiddenStrength}</span>`
    : nothing;
  const rank = e.rank === null ? html`<span class="muted">${s.notRanked}</span>` : html`<span aria-hidden="true">${e.rank}</span><span class="visually-hidden">${s.rank(e.rank)}</span>`;
  const due = row.due ? html`<span>⟳ ${s.dueSince(row.due.dueSince)}</span>` : html`<span class="muted">${e.assessedAt ? s.notDue : '–'}</span>`;
  return html`<div role="row" part="row" class="row" aria-rowindex=${r + 1} data-competency=${e.competencyId}>
    <div role="rowheader" data-col="0" tabindex=${tab(r, 0)}><span>${competencyById(catalogue, e.competencyId)?.label[lang] ?? e.competencyId}</span></div>
    ${cell(1, named(e.target, lang))} ${cell(2, html`${named(e.self, lang)}${flag}`)} ${cell(3, named(e.external, lang))} ${cell(4, named(e.actual, lang))}
    ${cell(5, html`<span aria-hidden="true">${gapSymbol(e.gap)}</span><span class="visually-hidden">${s.gapText(e.gap)}</span>`, gapClass(e.gap))}
    ${cell(6, rank)} ${cell(7, due, 'text')}
    ${history.map((assessment, h) => {
      const level = historyLevel(assessment, e.competencyId);
      return cell(PERSON_COLS + h, level === undefined ? missing() : String(level));
    })}
  </div>`;
}
