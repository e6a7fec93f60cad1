import { html, nothing, type TemplateResult } from 'lit';
import { indexCatalogue } from '../../../domain/catalogue.js';
import type { Catalogue, Lang } from '../../../domain/types.js';
import { cssVar } from '../../../internal/css-var.js';
import { fullText } from './full-text.js';

/** The band above rotated competency headers: one label per category over its columns, after `lead` columns. Decorative (the headers name each competency). */
export function categoryBands(catalogue: Catalogue, lang: Lang, lead: number): TemplateResult {
  const index = indexCatalogue(catalogue);
  const width = index.competencyIds.length;
  const bands: TemplateResult[] = [];
  let start = 0;
  index.categoryIds.forEach((_, position) => {
    let count = 0;
    for (let c = 0; c < width; c++) if (index.categoryOfPosition[c] === position) count++;
    if (count === 0) return;
    const label = catalogue.categories[position].label[lang];
    bands.push(html`<span ${cssVar('--kr-band-start', String(lead + start + 1))} ${cssVar('--kr-band-span', String(count))} title=${label}>${label}</span>`);
    start += count;
  });
  return html`<div class="band" aria-hidden="true"><span ${cssVar('--kr-band-start', '1')} ${cssVar('--kr-band-span', String(lead))}></span>${bands}</div>`;
}

/**
 * A label with a line break opportunity after each slash between two words
 * ("Konfliktlöse-/<wbr>Deeskalationsfähigkeit"), which browsers do not offer there by themselves;
 * the text itself is unchanged.
 */
export function breakable(text: string): unknown {
  if (!/\/\S/.test(text)) return text;
  const parts = text.split(/(?<=\/)(?=\S)/);
  return parts.map((part, k) => (k === 0 ? part : html`<wbr />${part}`));
}

/** How a grid is sorted now, and the roving tabindex of its header row (row 0). */
export interface HeaderSort {
  key: string;
  descending: boolean;
  tab: (row: number, col: number) => number;
}

/**
 * A column header that sorts by `key` (Enter, Space or a click, see the element), marked when it
 * is the sort in use. A label that does not fit is cut with an ellipsis and shown whole on hover
 * and focus (`fullText`).
 */
export function sortableHeader(sort: HeaderSort, col: number, key: string, text: string, cls: string): TemplateResult {
  const active = sort.key === key;
  return html`<div role="columnheader" data-col=${col} class="sortable ${cls}" tabindex=${sort.tab(0, col)} ${fullText(text)} aria-sort=${active ? (sort.descending ? 'descending' : 'ascending') : nothing}>
    <span>${breakable(text)}</span>${active ? html`<span class="sort-mark" aria-hidden="true">${sort.descending ? '▼' : '▲'}</span>` : nothing}
  </div>`;
}

/**
 * The tooltip that shows a cut label whole (see `fullText`): one per grid, in the top layer, so
 * that no scroll region clips it; hidden from assistive technology, which reads the cell's own text.
 */
export function labelTip(): TemplateResult {
  return html`<div class="label-tip" part="label-tip" popover="manual" aria-hidden="true"></div>`;
}
