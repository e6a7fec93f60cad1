import { categoryOf, competencyById, indexCatalogue } from './catalogue.js';
import { got, issue, KompetenzradError, shortValue } from './errors.js';
import { CSV_LABELS_DE } from './messages/file-labels.de.js';
import { CSV_LABELS_EN } from './messages/file-labels.en.js';
import type { GapAnalysis, GapEntry, GapStatus } from './gaps.js';
import { validateProfile } from './profile.js';
import { roleById } from './roles.js';
import { checkLevel, MAX_LEVEL } from './scale.js';
import { neutralizeText } from './unsafe-characters.js';
import { langOrDefault } from '../internal/lang.js';
import { checkArray, checkNumber, checkObject, checkOneOf, Issues, isRecord } from './validate.js';
import type { Catalogue, CompetencyId, Lang, Person, PersonId, Profile, Role } from './types.js';

/** One cell: text, a number (written with a decimal comma), or empty. */
export type CsvCell = string | number | null | undefined;

const BOM = '\uFEFF';
const SEPARATOR = ';';
const CRLF = '\r\n';
/** A cell that starts with one of these may be run as a formula by a spreadsheet. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[;,"\r\n]|^[ \t]|[ \t]$/;

/**
 * Writes a table as CSV the way German Excel reads it on a double click: a UTF-8 byte order
 * mark (so umlauts survive), `;` between cells, CRLF after every row, numbers with a decimal
 * comma, and double quotes around a cell that contains `;`, `,`, `"`, a line break or leading or
 * trailing blanks (a quote inside is doubled). Quoting `,` keeps a cell whole in a spreadsheet
 * set to a comma-separated locale; numbers with a decimal comma are quoted too (spreadsheets take
 * the quotes as delimiters only, so they still read a number).
 *
 * Guard against CSV formula injection (OWASP): a text cell that starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows it as text
 * instead of running it. Numbers are never changed (a negative gap stays a number).
 *
 * Control, bidirectional and invisible formatting characters (`UNSAFE_CHARACTER_CLASS`), which
 * validation refuses, are dropped from text cells that arrive without it, so no cell can show a
 * name reversed or hide a formula behind them; half a surrogate pair becomes U+FFFD.
 */
export function toCSV(rows: readonly (readonly CsvCell[])[]): string {
  if (!Array.isArray(rows)) {
    throw new KompetenzradError([issue('$', 'type', { expected: 'rows', ...got(rows) })]);
  }
  let out = BOM;
  rows.forEach((row, index) => {
    if (!Array.isArray(row)) {
      throw new KompetenzradError([issue(`$[${index}]`, 'type', { expected: 'cells', ...got(row) })]);
    }
    out += row.map(csvCell).join(SEPARATOR) + CRLF;
  });
  return out;
}

/** One cell as CSV text (see `toCSV`). */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? formatNumber(value) : neutralizeText(String(value));
  if (typeof value !== 'number' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Object.is(value, -0)) return '0';
  let text = String(value);
  if (text.includes('e')) text = value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
  return text.replace('.', ',');
}

/** The shape of a per-language module with the words of the CSV files (`messages/file-labels.<lang>.ts`). */
export interface CsvLabels {
  /** The language of these words: the names of competencies and categories follow it unless a language is given. */
  readonly lang?: Lang;
  readonly headers: Readonly<Record<'person' | 'personId' | 'department' | 'role' | 'category' | 'competency' | 'target' | 'self' | 'external' | 'actual' | 'gap' | 'status' | 'priority', string>>;
  readonly statuses: Readonly<Record<GapStatus, string>>;
}

const LABELS: Readonly<Record<Lang, CsvLabels>> = { de: CSV_LABELS_DE, en: CSV_LABELS_EN };

const GAP_STATUSES: readonly GapStatus[] = ['met', 'to-build', 'above'];

/**
 * A person's gap analysis as CSV, one row per competency in wheel order: category, competency,
 * target, self, external, actual, gap, status and priority (self/external empty when not
 * assessed). With `person`, each row starts with the person's name and id.
 * Throws a `KompetenzradError` naming every entry with an unknown competency, a level that is
 * not 0..3, a gap that is not a whole number from −3 to 3 or an unknown status.
 */
export function gapsToCSV(analysis: GapAnalysis, catalogue: Catalogue, lang: Lang = 'de', person?: Person): string {
  const language = langOrDefault(lang);
  return gapsToCSVIn(LABELS[language], analysis, catalogue, language, person);
}

/**
 * `gapsToCSV` with the words of one language module (`CSV_LABELS_DE`, `…_EN` from
 * `messages/file-labels.<lang>`), in their language unless `given` names another: a page that
 * speaks one language loads only its own.
 */
export function gapsToCSVIn(labels: CsvLabels, analysis: GapAnalysis, catalogue: Catalogue, given?: Lang, person?: Person): string {
  const lang = langOrDefault(given ?? labels.lang);
  const { headers, statuses: statusNames } = labels;
  const issues = new Issues();
  checkEntries(issues, analysis, '$.analysis', indexCatalogue(catalogue).position, ['target', 'actual', 'self', 'external', 'gap', 'status']);
  if (!issues.ok) throw new KompetenzradError(issues.list);
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
 * Throws a `KompetenzradError` with every problem of every row: a person who is unknown, the
 * data the mode needs missing, an unknown competency, a level that is not 0..3 or a gap that
 * is not a whole number from −3 to 3 (each issue names the JSON path of the bad value).
 */
export function teamToCSV(
  people: readonly Person[],
  rows: readonly TeamCsvRow[],
  catalogue: Catalogue,
  lang: Lang = 'de',
  mode: 'gap' | 'actual' = 'gap',
  options: TeamCsvOptions = {},
): string {
  const language = langOrDefault(lang);
  return teamToCSVIn(LABELS[language], people, rows, catalogue, language, mode, options);
}

/** `teamToCSV` with the words of one language module (see `gapsToCSVIn`). */
export function teamToCSVIn(
  labels: CsvLabels,
  people: readonly Person[],
  rows: readonly TeamCsvRow[],
  catalogue: Catalogue,
  given?: Lang,
  mode: 'gap' | 'actual' = 'gap',
  options: TeamCsvOptions = {},
): string {
  const { headers } = labels;
  const lang = langOrDefault(given ?? labels.lang);
  const { competencyIds, position } = indexCatalogue(catalogue);
  const issues = new Issues();
  if (!checkOneOf(issues, mode, '$mode', ['gap', 'actual'])) throw new KompetenzradError(issues.list);
  const peopleOk = checkArray(issues, people, '$.people');
  const rowsOk = checkArray(issues, rows, '$.rows');
  if (!peopleOk || !rowsOk) throw new KompetenzradError(issues.list);
  people.forEach((person, index) => checkObject(issues, person, `$.people[${index}]`));
  const byId = new Map(people.filter(isRecord).map((person) => [person.id, person]));
  rows.forEach((row, index) => checkTeamRow(issues, row, `$.rows[${index}]`, byId, position, catalogue, mode));
  if (!issues.ok) throw new KompetenzradError(issues.list);
  const table: CsvCell[][] = [
    [
      headers.person,
      headers.personId,
      headers.department,
      headers.role,
      ...competencyIds.map((id) => competencyById(catalogue, id)?.label[lang] ?? id),
    ],
  ];
  for (const row of rows) {
    const person = byId.get(row.personId) as Person;
    const values = mode === 'gap' ? gapValues(row) : actualValues(row);
    const role = options.roles ? roleById(options.roles, person.roleId)?.label[lang] : undefined;
    table.push([person.name, person.id, person.department, role ?? person.roleId, ...competencyIds.map((id) => values.get(id) ?? 0)]);
  }
  return toCSV(table);
}

/** Checks one row of `teamToCSV`: a known person and, for `mode`, the values that would be written. */
function checkTeamRow(
  issues: Issues,
  row: unknown,
  at: string,
  people: ReadonlyMap<PersonId, Person>,
  competencies: ReadonlyMap<string, number>,
  catalogue: Catalogue,
  mode: 'gap' | 'actual',
): void {
  if (!checkObject(issues, row, at)) return;
  if (typeof row.personId !== 'string' || !people.has(row.personId)) {
    issues.add(`${at}.personId`, 'unknown-person', { id: shortValue(row.personId) });
  }
  if (mode === 'gap') {
    if (row.analysis === undefined) issues.add(`${at}.analysis`, 'missing', { variant: 'gap-analysis' });
    else checkEntries(issues, row.analysis, `${at}.analysis`, competencies, ['gap']);
  } else if (row.actual !== undefined) {
    issues.list.push(...validateProfile(row.actual, catalogue, `${at}.actual`));
  } else if (row.analysis !== undefined) {
    checkEntries(issues, row.analysis, `${at}.analysis`, competencies, ['actual']);
  } else {
    issues.add(`${at}.actual`, 'missing', { variant: 'actual-or-analysis' });
  }
}

type CheckedField = 'target' | 'actual' | 'self' | 'external' | 'gap' | 'status';

/** Checks the entries of a gap analysis: a known competency each, and the `fields` that are written. */
function checkEntries(issues: Issues, analysis: unknown, at: string, competencies: ReadonlyMap<string, number>, fields: readonly CheckedField[]): void {
  if (!isRecord(analysis) || !Array.isArray(analysis.entries)) {
    issues.add(at, 'type', { expected: 'gap-analysis', ...got(analysis) });
    return;
  }
  analysis.entries.forEach((entry: unknown, i) => {
    const path = `${at}.entries[${i}]`;
    if (!checkObject(issues, entry, path)) return;
    if (typeof entry.competencyId !== 'string' || !competencies.has(entry.competencyId)) {
      issues.add(`${path}.competencyId`, 'unknown-competency', { id: shortValue(entry.competencyId) });
    }
    for (const field of fields) {
      const value: unknown = entry[field];
      const notRated = (field === 'self' || field === 'external') && value === undefined;
      if (field === 'gap') checkNumber(issues, value, `${path}.gap`, { integer: true, min: -MAX_LEVEL, max: MAX_LEVEL });
      else if (field === 'status') checkOneOf(issues, value, `${path}.status`, GAP_STATUSES);
      else if (!notRated) checkLevel(issues, value, `${path}.${field}`);
    }
  });
}

function gapValues(row: TeamCsvRow): Map<CompetencyId, number> {
  return new Map((row.analysis as GapAnalysis).entries.map((entry: GapEntry) => [entry.competencyId, entry.gap]));
}

function actualValues(row: TeamCsvRow): Map<CompetencyId, number> {
  if (row.actual) return new Map(Object.entries(row.actual));
  return new Map((row.analysis as GapAnalysis).entries.map((entry: GapEntry) => [entry.competencyId, entry.actual]));
}
