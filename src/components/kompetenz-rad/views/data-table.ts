import { gapShown, spokeFacts, type ShownSeries } from '../model/shown-series.js';
import type { WheelModel } from '../model/wheel-model.js';
import type { WheelStrings } from '../strings/index.js';
import { gapNames, gapText, hasMarkers, levelText, shownRatings, type WheelScene } from './scene.js';

/** A column after competency and category: its header, and per competency its text and `data-value`. */
interface Column {
  id: 'target' | 'actual' | 'external' | 'self' | 'gap' | 'note';
  header: string;
  text(index: number): string;
  value?(index: number): string;
}

function columnsOf(scene: WheelScene): Column[] {
  const { model, shown, strings: s } = scene;
  const entries = model.analysis.entries;
  const columns: Column[] = [];
  if (shown.target) columns.push({ id: 'target', header: s.columns.target, text: (i) => levelText(scene, entries[i].target), value: (i) => String(entries[i].target) });
  for (const { name, level } of shownRatings(scene)) {
    columns.push({ id: name, header: s.columns[name], text: (i) => levelText(scene, level(entries[i])), value: (i) => String(level(entries[i]) ?? '') });
  }
  if (shown.gap) {
    const value = (i: number) => (gapShown(entries[i], model, shown) ? String(entries[i].gap) : '');
    columns.push({ id: 'gap', header: gapNames(scene).gapColumn, text: (i) => gapText(scene, entries[i]), value });
  }
  if (hasMarkers(scene)) {
    const note = (i: number) => (entries[i].blindSpot ? s.blindSpot : entries[i].hiddenStrength ? s.hiddenStrength : '');
    columns.push({ id: 'note', header: s.columns.note, text: note });
  }
  return columns;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.append(text);
  return node;
}

function columnHeader(text: string, column?: string): HTMLTableCellElement {
  const header = element('th', text);
  header.setAttribute('scope', 'col');
  if (column) header.setAttribute('data-column', column);
  return header;
}

/**
 * The data table with the values the wheel shows, one row per competency. Each row is a copy of
 * one row whose cells hold an empty text: filling them costs less than a template instance per cell.
 */
function buildTable(scene: WheelScene): HTMLTableElement {
  const { model, shown, strings: s, lang } = scene;
  const columns = columnsOf(scene);
  const table = element('table');
  table.setAttribute('part', 'table');
  table.append(element('caption', s.tableCaption));
  const head = element('tr');
  const proto = element('tr');
  const rowHeader = element('th', '');
  rowHeader.setAttribute('scope', 'row');
  proto.append(rowHeader, element('td', ''));
  head.append(columnHeader(s.columns.competency), columnHeader(s.columns.category));
  for (const column of columns) {
    head.append(columnHeader(column.header, column.id));
    const cell = element('td', '');
    cell.setAttribute('data-column', column.id);
    proto.append(cell);
  }
  table.createTHead().append(head);
  const body = table.createTBody();
  model.analysis.entries.forEach((entry, index) => {
    const facts = spokeFacts(entry, model, shown, lang);
    const row = proto.cloneNode(true) as HTMLTableRowElement;
    row.setAttribute('data-competency', entry.competencyId);
    let cell = row.firstChild as Element;
    (cell.firstChild as Text).data = facts.label;
    cell = cell.nextSibling as Element;
    (cell.firstChild as Text).data = facts.category;
    for (const column of columns) {
      cell = cell.nextSibling as Element;
      if (column.value) cell.setAttribute('data-value', column.value(index));
      (cell.firstChild as Text).data = column.text(index);
    }
    body.append(row);
  });
  return table;
}

/** The table last built for a model, with what it was built from. */
interface Built {
  shown: ShownSeries;
  strings: WheelStrings;
  lang: string;
  table: HTMLTableElement;
}
const built = new WeakMap<WheelModel, Built>();

/** The data table of the scene: the same element as long as the model, series and language are the same (Lit then keeps it). */
export function dataTable(scene: WheelScene): HTMLTableElement {
  const { model, shown, strings, lang } = scene;
  const known = built.get(model);
  if (known && known.shown === shown && known.strings === strings && known.lang === lang) return known.table;
  const table = buildTable(scene);
  built.set(model, { shown, strings, lang, table });
  return table;
}
