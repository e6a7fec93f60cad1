import { findCompetency } from '../../../domain/catalogue.js';
import type { Catalogue } from '../../../domain/types.js';
import type { InputProblem } from '../../../internal/inputs.js';
import { readLevel } from '../../../internal/level-input.js';

/**
 * Reads the wheel's data from a plain `<table>` that a CMS editor wrote into the element:
 *
 *     <kompetenz-rad><table>
 *       <tr><th>Kompetenz</th><th>Soll</th><th>Ist</th><th>Fremd</th></tr>
 *       <tr><td>Datenkompetenz</td><td>3</td><td>Kenner</td><td></td></tr>
 *     </table></kompetenz-rad>
 *
 * Columns: competency (id, German or English label), target, actual, external. A header row is
 * optional; when there is one, its words decide which column is which (never the order), and a
 * header it cannot read is reported and its column left out. A competency's first row counts. Cells hold 0–3 or a
 * level name (Kenner/Könner/Experte, also "Koenner", Knowledgeable/Practitioner/Expert, "—"), or
 * both ("1 (Kenner)", "Könner (2)"); empty = not given. Any other cell is reported as written, with
 * its row's competency, and left out.
 */

export type TableColumn = 'competency' | 'target' | 'actual' | 'external';

export interface TableData {
  target?: Record<string, unknown>;
  actual?: Record<string, unknown>;
  external?: Record<string, unknown>;
  problems: InputProblem[];
}

const POSITIONAL: readonly TableColumn[] = ['competency', 'target', 'actual', 'external'];

/**
 * Header words by column, tried in this order: "Zielstufe laut Vorgesetzten" is the target, "Ist
 * laut Vorgesetzten" the external rating; a category column ("Kompetenzbereich") is left out
 * without a word (the category follows from the competency).
 */
const HEADER_WORDS: readonly [TableColumn | 'category', RegExp][] = [
  ['category', /bereich|kategorie|categor|\barea\b|kompetenzfeld/i],
  ['target', /soll|ziel|target|required|anforderung/i],
  ['external', /fremd|extern|vorgesetzt|f(ü|ue)hrungskraft|manager|supervisor|external/i],
  ['actual', /(^|[^a-zäöüß])ist|selbst|self|actual|current|aktuell/i],
  ['competency', /kompetenz|competenc|name|bezeichnung/i],
];

const cellText = (cell: Element | undefined): string => (cell?.textContent ?? '').replace(/\s+/g, ' ').trim();

const isLevel = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 3;

/**
 * The columns a header row names. A heading that names none stands for its column in the fixed
 * order (competency, target, actual, external) when no other heading names that column; else it,
 * and a heading that names a column named before, is reported and left out. A category column is
 * left out without a word, unless no other column holds the competencies.
 */
function headerColumns(cells: readonly Element[], problems: InputProblem[]): (TableColumn | undefined)[] {
  const named = cells.map((cell) => HEADER_WORDS.find(([, pattern]) => pattern.test(cellText(cell)))?.[0]);
  const seen = new Set<string>(named.filter((column) => column !== undefined));
  const columns = named.map((column, index) => (column === undefined && POSITIONAL[index] && !seen.has(POSITIONAL[index]) ? POSITIONAL[index] : column));
  // "Bereich" over the competencies themselves: a category heading is the competency when no other heading is.
  const area = columns.indexOf('category');
  if (!columns.includes('competency') && area >= 0) columns[area] = 'competency';
  const taken = new Set<TableColumn>();
  return columns.map((column, index) => {
    if (column === 'category') return undefined;
    if (column !== undefined && !taken.has(column)) {
      taken.add(column);
      return column;
    }
    const text = cellText(cells[index]);
    problems.push({ code: 'table-column', source: 'table', subject: text, params: { column: index + 1 }, message: `table: column ${index + 1} ("${text}") names no column or one named before (Kompetenz, Soll, Ist, Fremd); it is not read` });
    return undefined;
  });
}

function isHeaderRow(cells: readonly Element[], catalogue: Catalogue): boolean {
  if (cells.length > 0 && cells.every((cell) => cell.localName === 'th')) return true;
  const first = cellText(cells[0]);
  return !findCompetency(catalogue, first) && cells.slice(1).every((cell) => typeof readLevel(cellText(cell)) !== 'number');
}

export function readTable(table: HTMLTableElement, catalogue: Catalogue): TableData {
  const data: TableData = { problems: [] };
  const rows = Array.from(table.rows);
  let columns: readonly (TableColumn | undefined)[] = POSITIONAL;
  const firstCells = rows[0] ? Array.from(rows[0].cells) : [];
  if (rows.length > 0 && isHeaderRow(firstCells, catalogue)) {
    columns = headerColumns(firstCells, data.problems);
    rows.shift();
  }
  const rowOf = new Map<string, { name: string; row: number }>();
  for (const row of rows) {
    const cells = Array.from(row.cells);
    if (cells.every((cell) => cellText(cell) === '')) continue;
    const byColumn = new Map<TableColumn, string>();
    columns.forEach((column, index) => column && byColumn.set(column, cellText(cells[index])));
    const name = byColumn.get('competency') ?? '';
    const competency = findCompetency(catalogue, name);
    if (!competency) {
      data.problems.push({ code: 'unknown-competency', source: 'table', subject: name, params: { id: name } });
      continue;
    }
    // Rows as the editor counts them: the table's, header included.
    const at = row.rowIndex + 1;
    const earlier = rowOf.get(competency.id);
    if (earlier !== undefined) {
      const params = { id: competency.id, first: earlier.name, row: at, firstRow: earlier.row };
      data.problems.push({ code: 'table-row-twice', source: 'table', subject: name, params, message: `table: row ${at} ("${name}") is ${competency.id} again (row ${earlier.row}, "${earlier.name}", came first); the first row counts` });
      continue;
    }
    rowOf.set(competency.id, { name, row: at });
    for (const series of ['target', 'actual', 'external'] as const) {
      const text = byColumn.get(series) ?? '';
      const level = readLevel(text);
      if (level === undefined) continue;
      if (isLevel(level)) (data[series] ??= {})[competency.id] = level;
      else data.problems.push({ code: 'level', source: 'table', subject: `${name}: ${text}`, params: { got: text, id: competency.id, names: true }, message: `table: "${text}" in the row of "${name}" is no level (0–3 or Kenner, Könner, Experte); it is left out` });
    }
  }
  return data;
}
