import { categoryOf, competencyById, indexCatalogue } from './catalogue.js';
import { describeValue, KompetenzradError } from './errors.js';
import type { GapAnalysis, GapStatus } from './gaps.js';
import { roleById } from './roles.js';
import { isRecord } from './validate.js';
import type { Catalogue, CompetencyId, Lang, Person, PersonId, Profile, Role } from './types.js';

/** One cell: text, a number (written with a decimal comma), or empty. */
export type CsvCell = string | number | null | undefined;

const BOM = '\uFEFF';
const SEPARATOR = ';';
const CRLF = '\r\n';
/** A cell that starts with one of these may be run as a formula by a spreadsheet. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[;"\r\n]|^[ \t]|[ \t]$/;

/**
 * Writes a table as CSV the way German Excel reads it on a double click: a UTF-8 byte order
 * mark (so umlauts survive), `;` between cells, CRLF after every row, numbers with a decimal
 * comma, and double quotes around a cell that contains `;`, `"`, a line break or leading or
 * trailing blanks (a quote inside is doubled).
 *
 * Guard against CSV formula injection (OWASP): a text cell that starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows it as text
 * instead of running it. Numbers are never changed (a negative gap stays a number).
 */
export function toCSV(rows: readonly (readonly CsvCell[])[]): string {
  if (!Array.isArray(rows)) {
    throw new KompetenzradError([{ path: '$', code: 'type', message: `$: expected a list of rows, got ${describeValue(rows)}` }]);
  }
  let out = BOM;
  rows.forEach((row, index) => {
    if (!Array.isArray(row)) {
      throw new KompetenzradError([{ path: `$[${index}]`, code: 'type', message: `$[${index}]: expected a list of cells, got ${describeValue(row)}` }]);
    }
    out += row.map(csvCell).join(SEPARATOR) + CRLF;
  });
  return out;
}

/** One cell as CSV text (see `toCSV`). */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value);
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Object.is(value, -0)) return '0';
  let text = String(value);
  if (text.includes('e')) text = value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
  return text.replace('.', ',');
}

const HEADERS = {
  de: {
    person: 'Person',
    personId: 'Personen-ID',
    department: 'Abteilung',
    role: 'Rolle',
    category: 'Kategorie',
    competency: 'Kompetenz',
    target: 'Soll',
    self: 'Selbsteinschätzung',
    external: 'Fremdeinschätzung',
    actual: 'Ist',
    gap: 'Lücke',
    status: 'Status',
    priority: 'Priorität',
  },
  en: {
    person: 'Person',
    personId: 'Person id',
    department: 'Department',
    role: 'Role',
    category: 'Category',
    competency: 'Competency',
    target: 'Target',
    self: 'Self-assessment',
    external: 'External assessment',
    actual: 'Actual',
    gap: 'Gap',
    status: 'Status',
    priority: 'Priority',
  },
} as const;

const STATUS_NAMES: Record<Lang, Record<GapStatus, string>> = {
  de: { met: 'erreicht', 'to-build': 'aufzubauen', above: 'über Soll' },
  en: { met: 'met', 'to-build': 'to build', above: 'above target' },
};

/**
 * A person's gap analysis as CSV, one row per competency in wheel order: category, competency,
 * target, self, external, actual, gap, status and priority (self/external empty when not
 * assessed). With `person`, each row starts with the person's name and id.
 */
export function gapsToCSV(analysis: GapAnalysis, catalogue: Catalogue, lang: Lang = 'de', person?: Person): string {
  const headers = HEADERS[lang] ?? HEADERS.de;
  const statusNames = STATUS_NAMES[lang] ?? STATUS_NAMES.de;
  if (!isRecord(analysis) || !Array.isArray(analysis.entries)) {
    throw new KompetenzradError([{ path: '$.analysis', code: 'type', message: `$.analysis: expected a gap analysis, got ${describeValue(analysis)}` }]);
  }
  const label = (id: CompetencyId) => competencyById(catalogue, id)?.label[lang] ?? id;
  const personCells: CsvCell[] = person ? [person.name, person.id] : [];
  const rows: CsvCell[][] = [
    [
      ...(person ? [headers.person, headers.personId] : []),
      headers.category,
      headers.competency,
      headers.target,
      headers.self,
      headers.external,
      headers.actual,
      headers.gap,
      headers.status,
      headers.priority,
    ],
  ];
  for (const entry of analysis.entries) {
    rows.push([
      ...personCells,
      categoryOf(catalogue, entry.competencyId)?.label[lang] ?? entry.categoryId,
      label(entry.competencyId),
      entry.target,
      entry.self,
      entry.external,
      entry.actual,
      entry.gap,
      statusNames[entry.status],
      entry.status === 'to-build' ? entry.priority : undefined,
    ]);
  }
  return toCSV(rows);
}

/** One person's data for `teamToCSV`: their actual profile and/or their gap analysis. */
export interface TeamCsvRow {
  personId: PersonId;
  /** Used in mode `actual`; taken from `analysis` when absent. */
  actual?: Profile;
  /** Needed in mode `gap`. */
  analysis?: GapAnalysis;
}

export interface TeamCsvOptions {
  /** For role labels; the role id is written when a role is not found. */
  roles?: readonly Role[];
}

/**
 * A team table as CSV: one row per person (name, id, department, role) and one column per
 * competency in wheel order holding either the gap (mode `gap`, from each person's gap
 * analysis: positive = to build) or the actual level (mode `actual`).
 * Throws a `KompetenzradError` for a row whose person is unknown or which lacks the data the mode needs.
 */
export function teamToCSV(
  people: readonly Person[],
  rows: readonly TeamCsvRow[],
  catalogue: Catalogue,
  lang: Lang = 'de',
  mode: 'gap' | 'actual' = 'gap',
  options: TeamCsvOptions = {},
): string {
  const headers = HEADERS[lang] ?? HEADERS.de;
  const { competencyIds } = indexCatalogue(catalogue);
  for (const [name, list] of [['people', people], ['rows', rows]] as const) {
    if (!Array.isArray(list)) {
      throw new KompetenzradError([{ path: `$.${name}`, code: 'type', message: `$.${name}: expected a list, got ${describeValue(list)}` }]);
    }
  }
  const byId = new Map(people.map((person) => [person.id, person]));
  const table: CsvCell[][] = [
    [
      headers.person,
      headers.personId,
      headers.department,
      headers.role,
      ...competencyIds.map((id) => competencyById(catalogue, id)?.label[lang] ?? id),
    ],
  ];
  rows.forEach((row, index) => {
    if (!isRecord(row)) {
      throw new KompetenzradError([{ path: `$.rows[${index}]`, code: 'type', message: `$.rows[${index}]: expected an object, got ${describeValue(row)}` }]);
    }
    const person = byId.get(row.personId);
    if (!person) {
      throw new KompetenzradError([
        { path: `$.rows[${index}].personId`, code: 'unknown-person', message: `$.rows[${index}].personId: no person with id ${describeValue(row.personId)}` },
      ]);
    }
    const values = mode === 'gap' ? gapValues(row, index) : actualValues(row, index);
    const role = options.roles ? roleById(options.roles, person.roleId)?.label[lang] : undefined;
    table.push([person.name, person.id, person.department, role ?? person.roleId, ...competencyIds.map((id) => values.get(id) ?? 0)]);
  });
  return toCSV(table);
}

function gapValues(row: TeamCsvRow, index: number): Map<CompetencyId, number> {
  if (!row.analysis) throw missing(index, 'analysis', 'a gap analysis is needed in mode "gap"');
  return new Map(row.analysis.entries.map((entry) => [entry.competencyId, entry.gap]));
}

function actualValues(row: TeamCsvRow, index: number): Map<CompetencyId, number> {
  if (row.actual) return new Map(Object.entries(row.actual));
  if (row.analysis) return new Map(row.analysis.entries.map((entry) => [entry.competencyId, entry.actual]));
  throw missing(index, 'actual', 'an actual profile or a gap analysis is needed in mode "actual"');
}

function missing(index: number, key: string, what: string): KompetenzradError {
  const path = `$.rows[${index}].${key}`;
  return new KompetenzradError([{ path, code: 'missing', message: `${path}: ${what}` }]);
}
