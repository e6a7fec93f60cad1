import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell, gapsToCSV, teamToCSV, toCSV } from '../../src/domain/csv.ts';
import { analyzeGaps } from '../../src/domain/gaps.ts';
import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue.ts';
import { DEFAULT_ROLES } from '../../src/domain/roles.ts';
import { KompetenzradError } from '../../src/domain/errors.ts';
import type { Person } from '../../src/domain/types.ts';

const BOM = '\uFEFF';

/** Splits CSV text written by `toCSV` back into rows of raw cells (quotes resolved). */
function parseCsv(text: string): string[][] {
  assert.ok(text.startsWith(BOM), 'starts with a byte order mark');
  const body = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  assert.equal(cell, '', 'text ends with CRLF');
  return rows;
}

describe('toCSV', () => {
  test('writes BOM, semicolons and CRLF after every row', () => {
    assert.equal(toCSV([['a', 'b'], ['c', 'd']]), `${BOM}a;b\r\nc;d\r\n`);
  });

  test('quotes cells with separator, comma, quotes, line breaks and outer blanks; doubles inner quotes', () => {
    assert.equal(csvCell('Müller; Meier'), '"Müller; Meier"');
    assert.equal(csvCell('Sie sagte "Hallo"'), '"Sie sagte ""Hallo"""');
    assert.equal(csvCell('Zeile 1\nZeile 2'), '"Zeile 1\nZeile 2"');
    assert.equal(csvCell('a\r\nb'), '"a\r\nb"');
    assert.equal(csvCell(' eingerückt'), '" eingerückt"');
    assert.equal(csvCell('Leerzeichen '), '"Leerzeichen "');
    assert.equal(csvCell('Jürgen Weiß, Kämmerei'), '"Jürgen Weiß, Kämmerei"');
    assert.equal(csvCell('Jürgen Weiß Kämmerei'), 'Jürgen Weiß Kämmerei');
  });

  test('leaves no comma outside quotes, so a comma-separated spreadsheet keeps every cell whole', () => {
    const text = toCSV([['Özdemir, Ayşe', 'Bau-, Ordnungs- und Umweltamt', 2.5, -0.25, 3], ['a,b;c', '"x", y', 1e21, 7]]);
    let quoted = false;
    for (const char of text) {
      if (char === '"') quoted = !quoted;
      else if (char === ',') assert.ok(quoted, `a comma outside quotes in ${JSON.stringify(text)}`);
    }
    assert.deepEqual(parseCsv(text), [
      ['Özdemir, Ayşe', 'Bau-, Ordnungs- und Umweltamt', '2,5', '-0,25', '3'],
      ['a,b;c', '"x", y', '1000000000000000000000', '7'],
    ]);
  });

  test('writes numbers with a decimal comma and empty cells for null and undefined', () => {
    assert.equal(toCSV([[1.5, -2, 0, -0, null, undefined, 1234567.25]]), `${BOM}"1,5";-2;0;0;;;"1234567,25"\r\n`);
    assert.equal(csvCell(1e21), '1000000000000000000000');
    assert.equal(csvCell(Number.NaN), '');
  });

  test('neutralises formula injection with a leading apostrophe', () => {
    for (const payload of ['=HYPERLINK("http://evil.invalid","x")', '+SUM(1,1)', '-2+3', '@SUM(1,1)', '\tcmd', '\rcmd']) {
      const [[cell]] = parseCsv(toCSV([[payload]]));
      assert.equal(cell, `'${payload}`, payload);
    }
    assert.equal(csvCell(-3), '-3', 'numbers are not touched');
  });

  test('round-trips hostile names with a small CSV reader', () => {
    const rows = [
      ['Name', 'Abteilung'],
      ['Meier; "Kalle"', 'Ordnungsamt\nAußenstelle'],
      ['Özdemir, Ayşe', ' Kämmerei '],
    ];
    assert.deepEqual(parseCsv(toCSV(rows)), rows);
  });

  test('rejects what is not a table', () => {
    assert.throws(() => toCSV('a;b' as unknown as string[][]), KompetenzradError);
    assert.throws(() => toCSV([['a'], 'b' as unknown as string[]]), (error: KompetenzradError) => error.issues[0].path === '$[1]');
  });
});

const cdo = DEFAULT_ROLES.find((role) => role.id === 'cdo')!;
const jana: Person = { id: 'p-1', name: 'Jana "JJ" Groß; Hauptamt', roleId: 'cdo', department: 'Hauptamt' };
const analysis = analyzeGaps({
  catalogue: DEFAULT_CATALOGUE,
  target: cdo.target,
  actual: { daten: 1, 'it-anwendung': 3, kommunikation: 2 },
  self: { daten: 3 },
  external: { daten: 1 },
});

describe('gapsToCSV', () => {
  test('one German row per competency in wheel order, with self and external where rated', () => {
    const rows = parseCsv(gapsToCSV(analysis, DEFAULT_CATALOGUE, 'de'));
    assert.deepEqual(rows[0], ['Kategorie', 'Kompetenz', 'Soll', 'Selbsteinschätzung', 'Fremdeinschätzung', 'Ist', 'Lücke', 'Status', 'Prioritätswert']);
    assert.equal(rows.length, 1 + DEFAULT_CATALOGUE.competencies.length);
    const daten = rows.find((row) => row[1] === 'Datenkompetenz')!;
    const entry = analysis.entries.find((e) => e.competencyId === 'daten')!;
    assert.deepEqual(daten, ['Digitale Fachkompetenzen', 'Datenkompetenz', '3', '3', '1', '1', '2', 'aufzubauen', String(entry.priority)]);
    const it = rows.find((row) => row[1] === 'IT-Anwendungskompetenz')!;
    assert.deepEqual(it.slice(2), ['2', '', '', '3', '-1', 'über Soll', '']);
  });

  test('English labels and the person in front of every row', () => {
    const rows = parseCsv(gapsToCSV(analysis, DEFAULT_CATALOGUE, 'en', jana));
    assert.deepEqual(rows[0].slice(0, 4), ['Person', 'Person id', 'Category', 'Competency']);
    assert.ok(rows.slice(1).every((row) => row[0] === jana.name && row[1] === 'p-1'));
    assert.ok(rows.some((row) => row[3] === 'Data literacy' && row[9] === 'to build'));
  });

  test('refuses entries with levels, gaps or statuses that are not valid, naming each path', () => {
    const bad = structuredClone(analysis);
    Object.assign(bad.entries[0], { target: 4, self: 1.5 });
    Object.assign(bad.entries[1], { actual: '2', gap: Number.NaN, status: 'fine' });
    Object.assign(bad.entries[2], { competencyId: 'zaubern' });
    assert.throws(
      () => gapsToCSV(bad, DEFAULT_CATALOGUE),
      (error: unknown) => {
        assert.ok(error instanceof KompetenzradError);
        assert.deepEqual(error.issues.map((issue) => issue.path).sort(), [
          '$.analysis.entries[0].self',
          '$.analysis.entries[0].target',
          '$.analysis.entries[1].actual',
          '$.analysis.entries[1].gap',
          '$.analysis.entries[1].status',
          '$.analysis.entries[2].competencyId',
        ]);
        return true;
      },
    );
  });
});

describe('teamToCSV', () => {
  const people: Person[] = [jana, { id: 'p-2', name: '=Mallory', roleId: 'digitallotse', department: 'IT; Kämmerei' }];
  const lotse = DEFAULT_ROLES.find((role) => role.id === 'digitallotse')!;
  const analysis2 = analyzeGaps({ catalogue: DEFAULT_CATALOGUE, target: lotse.target, actual: { team: 3 } });

  test('gap mode: one row per person, one column per competency', () => {
    const rows = parseCsv(
      teamToCSV(people, [{ personId: 'p-1', analysis }, { personId: 'p-2', analysis: analysis2 }], DEFAULT_CATALOGUE, 'de', 'gap', { roles: DEFAULT_ROLES }),
    );
    assert.equal(rows[0].length, 4 + 25);
    assert.deepEqual(rows[0].slice(0, 5), ['Person', 'Personen-ID', 'Abteilung', 'Rolle', 'IT-Anwendungskompetenz']);
    assert.deepEqual(rows[1].slice(0, 4), [jana.name, 'p-1', 'Hauptamt', cdo.label.de]);
    assert.equal(rows[1][4 + 4], '2', 'daten gap of Jana');
    assert.equal(rows[2][0], "'=Mallory", 'formula guard on names');
    assert.equal(rows[2][2], 'IT; Kämmerei');
    const teamColumn = rows[0].indexOf('Teamfähigkeit');
    assert.equal(rows[2][teamColumn], String(lotse.target.team - 3));
  });

  test('actual mode from a profile, role id without a role list', () => {
    const rows = parseCsv(teamToCSV(people, [{ personId: 'p-2', actual: { team: 3, daten: 1 } }], DEFAULT_CATALOGUE, 'en', 'actual'));
    assert.equal(rows[1][3], 'digitallotse');
    assert.equal(rows[1][rows[0].indexOf('Data literacy')], '1');
    assert.equal(rows[1][rows[0].indexOf('IT application skills')], '0');
  });

  test('refuses levels and gaps that are not valid instead of writing them, naming every path', () => {
    const badAnalysis = structuredClone(analysis);
    badAnalysis.entries[4].gap = 7;
    badAnalysis.entries[5].gap = 1.5;
    Object.assign(badAnalysis.entries[6], { gap: '2' });
    assert.throws(
      () => teamToCSV(people, [{ personId: 'p-1', analysis: badAnalysis }, { personId: 'p-2', analysis: analysis2 }], DEFAULT_CATALOGUE, 'de', 'gap'),
      (error: unknown) => {
        assert.ok(error instanceof KompetenzradError);
        assert.deepEqual(
          error.issues.map((issue) => issue.path),
          ['$.rows[0].analysis.entries[4].gap', '$.rows[0].analysis.entries[5].gap', '$.rows[0].analysis.entries[6].gap'],
        );
        assert.deepEqual(error.issues.map((issue) => [issue.code, issue.params]), [['range', { got: 7, min: -3, max: 3 }], ['integer', { got: 1.5 }], ['type', { expected: 'number', got: '2' }]]);
        return true;
      },
    );

    const badActual = { team: 4, daten: -1, fuehrung: 2.5, kommunikation: '3', analyse: null } as unknown as Record<string, 0 | 1 | 2 | 3>;
    const fromAnalysis = structuredClone(analysis2);
    Object.assign(fromAnalysis.entries[0], { actual: 9 });
    assert.throws(
      () => teamToCSV(people, [{ personId: 'p-1', actual: badActual }, { personId: 'p-2', analysis: fromAnalysis }], DEFAULT_CATALOGUE, 'de', 'actual'),
      (error: unknown) => {
        assert.ok(error instanceof KompetenzradError);
        assert.deepEqual(error.issues.map((issue) => issue.path).sort(), [
          '$.rows[0].actual.analyse',
          '$.rows[0].actual.daten',
          '$.rows[0].actual.fuehrung',
          '$.rows[0].actual.kommunikation',
          '$.rows[0].actual.team',
          '$.rows[1].analysis.entries[0].actual',
        ]);
        assert.ok(error.issues.every((issue) => issue.code === 'level'));
        return true;
      },
    );
  });

  test('reports unknown competencies and every bad row at once', () => {
    assert.throws(
      () =>
        teamToCSV(
          people,
          [
            { personId: 'p-1', actual: { zaubern: 2 } },
            { personId: 'nobody', actual: { team: 1 } },
            null as unknown as { personId: string },
          ],
          DEFAULT_CATALOGUE,
          'en',
          'actual',
        ),
      (error: unknown) => {
        assert.ok(error instanceof KompetenzradError);
        assert.deepEqual(
          error.issues.map((issue) => [issue.path, issue.code]),
          [
            ['$.rows[0].actual.zaubern', 'unknown-competency'],
            ['$.rows[1].personId', 'unknown-person'],
            ['$.rows[2]', 'type'],
          ],
        );
        return true;
      },
    );
  });

  test('reports unknown people and missing data', () => {
    assert.throws(
      () => teamToCSV(people, [{ personId: 'nobody', analysis }], DEFAULT_CATALOGUE),
      (error: KompetenzradError) => error.issues[0].code === 'unknown-person' && error.issues[0].path === '$.rows[0].personId',
    );
    assert.throws(
      () => teamToCSV(people, [{ personId: 'p-1', actual: {} }], DEFAULT_CATALOGUE, 'de', 'gap'),
      (error: KompetenzradError) => error.issues[0].path === '$.rows[0].analysis',
    );
  });
});
