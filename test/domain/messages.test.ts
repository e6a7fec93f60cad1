import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { issue, KompetenzradError, shortValue, type ValidationIssue } from '../../src/domain/errors.ts';
import type { ValidationCode, ValidationParams } from '../../src/domain/validation-codes.ts';
import { parsePortfolio, validatePortfolio } from '../../src/domain/portfolio.ts';
import { validatePerson } from '../../src/domain/assessments.ts';
import { describeIssue, describeIssueIn, describeIssues, describeIssuesIn, describeSynergyReason, fieldName, formatMessage, formatterFor, render } from '../../src/domain/messages/index.ts';
import * as DE from '../../src/domain/messages/de.ts';
import * as EN from '../../src/domain/messages/en.ts';
import { ISSUE_TEXTS_DE, ISSUE_WORDS_DE, VALIDATION_DE } from '../../src/domain/messages/validation.de.ts';
import { ISSUE_TEXTS_EN, ISSUE_WORDS_EN, VALIDATION_EN } from '../../src/domain/messages/validation.en.ts';
import { gapsToCSV, gapsToCSVIn, teamToCSV, teamToCSVIn } from '../../src/domain/csv.ts';
import { CSV_LABELS_DE } from '../../src/domain/messages/file-labels.de.ts';
import { CSV_LABELS_EN } from '../../src/domain/messages/file-labels.en.ts';
import { analyzeGaps } from '../../src/domain/gaps.ts';
import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue.ts';

/** Parameters for every validation code, each variant once; TypeScript fails when a code has none. */
const SAMPLES: { [C in ValidationCode]: readonly ValidationParams[C][] } = {
  type: [{ expected: 'object', got: 'abc' }, { expected: 'portfolio-text' }, { expected: 'list', got: null }],
  'forbidden-key': [{ key: '__proto__' }],
  'unknown-key': [{ key: 'colour', allowed: ['id', 'name'] }],
  empty: [{}],
  'too-long': [{ length: 201, max: 200 }],
  'control-character': [{ codePoint: 'U+202E' }],
  'lone-surrogate': [{ codePoint: 'U+D83D' }],
  id: [{ pattern: 'slug', max: 64, got: 'Bad Id' }, { pattern: 'record', max: 128 }],
  integer: [{ got: 1.5 }],
  range: [{ got: 7, min: 0, max: 3 }, { got: -1, min: 0, max: Infinity }, { variant: 'cohorts', got: 4, min: 5, max: 10000, minGroupSize: 3 }],
  date: [{ got: '2025-02-30' }, { expected: 'timestamp', got: 'soon' }, { expected: 'history-step', got: '{"status":"draft"}' }],
  time: [{ got: '24:00' }, {}],
  email: [{ got: 'jana.gross' }, {}],
  enum: [{ allowed: ['self', 'external'], got: 'boss' }],
  'too-many': [{ count: 501, max: 500 }, { variant: 'full', max: 20000 }, { variant: 'no-final-review', count: 200, max: 200 }],
  'duplicate-id': [{ id: 'p1' }, { id: 'a-1', variant: 'taken' }],
  level: [{ got: 7 }, { variant: 'word', got: 'meister' }],
  'unknown-competency': [{ id: 'zaubern' }],
  'unknown-category': [{ id: 'magie' }],
  'unknown-role': [{ id: 'hausmeister', known: ['cdo', 'cio'] }],
  'unknown-format': [{ id: 'zirkel', known: ['seminar'] }],
  'unknown-item': [{ id: 'i9' }, { id: 'i9', planId: 'plan-1' }],
  'unknown-review': [{ id: 'r9', planId: 'plan-1' }],
  'unknown-person': [{ id: 'p9' }],
  'unknown-goal': [{ id: 'g9' }, { id: 'g9', personId: 'p1' }, { id: 'g9', variant: 'not-given' }],
  'goal-of-other-person': [{ id: 'g1', owner: 'p2', personId: 'p1' }],
  'missing-outcome': [{ goalId: 'g1' }],
  'history-order': [{ date: '2025-01-09', previous: '2025-01-10' }],
  'history-status': [{ status: 'active', last: 'agreed' }],
  'several-final-reviews': [{ count: 2 }],
  'date-order': [
    { end: '2025-03-01', start: '2025-03-05' },
    { variant: 'review', date: '2025-03-01', reviewDate: '2025-03-05' },
    { variant: 'resize', itemId: 'i1', edge: 'end', days: -30, start: '2025-03-01', end: '2025-02-01' },
  ],
  'practice-of': [{ variant: 'kind' }, { variant: 'self' }, { variant: 'not-format', id: 'i2' }],
  'no-capacity': [{ hours: 0.25, min: 0.5 }],
  missing: [{ variant: 'list' }, { variant: 'gap-analysis' }, { variant: 'actual-or-analysis' }],
  'person-mismatch': [{ planPersonId: 'p1', personId: 'p2' }, { planPersonId: 'p1', personId: 'p2', variant: 'context' }],
  'no-group-format': [{}],
  option: [{ option: 'seed', min: 0, max: 4294967295, got: -1 }, { option: 'today', got: 'heute' }, { option: 'departments', got: '[]' }],
  transition: [
    { from: 'draft', to: 'active', allowed: ['agreed', 'cancelled'] },
    { from: 'completed', to: 'active', allowed: [] },
    { variant: 'before-last', date: '2025-01-09', lastStatus: 'draft', lastDate: '2025-01-10' },
  ],
  'owner-change': [{ id: 'g1', owner: 'p1', personId: 'p2' }],
  'plan-closed': [{ status: 'completed', edit: 'move-item' }],
  'roles-needed': [{}],
  version: [{ variant: 'missing' }, { variant: 'not-whole', max: 1, got: 'eins' }, { variant: 'not-current', expected: 1, got: 0 }, { variant: 'no-migration', from: 0 }],
  'version-newer': [{ got: 9, max: 1 }],
  format: [{ expected: 'kompetenzrad-portfolio', got: 'other' }],
  'too-large': [{ length: 60_000_000, max: 50_000_000 }],
  'too-many-issues': [{ more: 50, max: 100 }],
  'too-deep': [{ max: 16 }],
  'too-many-values': [{ max: 12_500_000 }, { variant: 'objects', max: 2_500_000 }],
  cycle: [{}],
  'plan-span': [{ start: '1900-01-01', end: '2999-12-31', maxYears: 10 }],
  html: [{}],
  json: [{ detail: 'Unexpected token' }, { detail: 'Unexpected end of JSON input', line: 4, column: 1 }],
  migration: [{ variant: 'ratings-and-levels' }],
};

const sorted = (keys: Iterable<string>) => [...keys].sort();

function sourcesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'messages' ? [] : sourcesOf(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('validation messages', () => {
  test('German and English have a text for the same codes, and every code has samples here', () => {
    assert.deepEqual(sorted(Object.keys(VALIDATION_EN)), sorted(Object.keys(VALIDATION_DE)));
    assert.deepEqual(sorted(Object.keys(SAMPLES)), sorted(Object.keys(VALIDATION_DE)));
  });

  test('every code the domain passes to issue() or Issues.add has a German and an English text', () => {
    const call = /(?:\bissue|\.add)\(\s*[^,()]+,\s*'([a-z-]+)'/g;
    const found = new Map<string, string>();
    for (const file of sourcesOf('src/domain')) {
      for (const match of readFileSync(file, 'utf8').matchAll(call)) found.set(match[1], file);
    }
    assert.ok(found.size >= 30, `found ${found.size} codes`);
    for (const [code, file] of found) {
      assert.ok(Object.hasOwn(VALIDATION_DE, code) && Object.hasOwn(VALIDATION_EN, code), `${code} (${file}) has no text`);
    }
  });

  test('no domain module builds an issue by hand, past the typed constructors', () => {
    for (const file of sourcesOf('src/domain')) {
      assert.doesNotMatch(readFileSync(file, 'utf8'), /\{\s*path[^{}]*\bcode:\s*['`]/, `${file} builds a ValidationIssue literal; use issue()`);
    }
  });

  test('every code found in the domain as a code literal has a text in some family of both languages', () => {
    const known = (lang: object, code: string) => Object.values(lang).some((table: unknown) => typeof table === 'object' && table !== null && Object.hasOwn(table, code));
    for (const file of sourcesOf('src/domain')) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bcode:\s*'([a-z-]+)'\s*[,}]/g)) {
        assert.ok(known(DE, match[1]) && known(EN, match[1]), `${match[1]} (${file}) has no text`);
      }
    }
  });

  test('every template renders every sample in both languages as a sentence with no raw value', () => {
    for (const [lang, table] of [['de', VALIDATION_DE], ['en', VALIDATION_EN]] as const) {
      const fmt = formatterFor(lang);
      for (const [code, samples] of Object.entries(SAMPLES)) {
        for (const params of samples) {
          const text = render({ code, params } as never, table, fmt);
          assert.match(text, /^\S.{8,}[.)]$|^\S.{8,}$/s, `${lang} ${code}`);
          assert.doesNotMatch(text, /undefined|NaN|\[object Object\]/, `${lang} ${code}: ${text}`);
          assert.doesNotMatch(text, /\b\d{4}-\d{2}-\d{2}\b(?![^„"]*[“"])/, `${lang} ${code} writes dates as people read them: ${text}`);
        }
      }
    }
  });

  test('dates and numbers come out the way the rest of the UI writes them', () => {
    const order = issue('$.plans[0].items[1].end', 'date-order', { end: '2025-03-01', start: '2025-03-05' });
    assert.equal(describeIssue(order, 'de'), 'Lernplan 1, Eintrag 2, Ende: Das Ende (1. März 2025) liegt vor dem Beginn (5. März 2025).');
    assert.equal(describeIssue(order, 'en'), 'Learning plan 1, entry 2, end: The end (1 March 2025) is before the start (5 March 2025).');
    const range = issue('$options.budget', 'range', { got: -1.5, min: 0, max: Infinity });
    assert.equal(describeIssue(range, 'de'), 'Optionen, Budget: -1,5 liegt außerhalb des erlaubten Bereichs (mindestens 0).');
  });
});

describe('describeIssue', () => {
  test('names the person and field of a refused import in German and English, with the path kept as data', () => {
    const result = parsePortfolio(
      JSON.stringify({ format: 'kompetenzrad-portfolio', version: 1, people: [{ id: 'p1', name: 'Erika Musterfrau', roleId: 'hausmeister' }], assessments: [], goals: [], plans: [] }),
    );
    assert.equal(result.ok, false);
    const [first] = result.ok ? [] : result.errors;
    assert.equal(first.path, '$.people[0].roleId');
    assert.equal(first.code, 'unknown-role');
    assert.equal(first.params?.id, 'hausmeister');
    assert.equal(first.subject, 'Erika Musterfrau');
    assert.equal(
      describeIssue(first, 'de'),
      'Person 1 (Erika Musterfrau), Rolle: Die Rolle „hausmeister“ ist unbekannt; bekannt sind „fuehrungskraft“, „cdo“, „cio“, „projektmanager“ und „digitallotse“.',
    );
    assert.match(describeIssue(first, 'en'), /^Person 1 \(Erika Musterfrau\), role: The role "hausmeister" is unknown; known are "fuehrungskraft", /);
  });

  test('names the person behind a refused assessment, goal or plan; never a name it cannot show', () => {
    const person = (id: string, name: string) => ({ id, name, roleId: 'cdo' });
    const document = {
      format: 'kompetenzrad-portfolio',
      version: 1,
      people: [person('p1', 'Jana Groß'), person('p2', 'x'.repeat(100)), { id: 'p3', roleId: 'nope' }],
      assessments: [{ id: 'a1', personId: 'p1', rater: 'self', date: '2026-01-10', levels: { daten: 4 } }],
      goals: [{ id: 'g1', personId: 'p2', competencyIds: ['daten'], targetLevel: 5, measure: 'm', challenge: 'c', resources: {}, due: '2026-12-31' }],
      plans: [],
    };
    const result = validatePortfolio(document);
    assert.equal(result.ok, false);
    const errors = result.ok ? [] : result.errors;
    const at = (path: string) => errors.find((found) => found.path === path)!;
    assert.equal(describeIssue(at('$.assessments[0].levels.daten'), 'de').split(':')[0], 'Einschätzung 1 (Jana Groß), Stufe „daten“');
    assert.equal(at('$.goals[0].targetLevel').subject, `${'x'.repeat(59)}…`, 'a long name is cut');
    assert.equal(at('$.people[2].roleId').subject, undefined, 'a person without a name stays a position');
    assert.equal(describeIssue(at('$.people[2].roleId'), 'en').split(':')[0], 'Person 3, role');
  });

  test('names entries of maps and unknown keys by their key', () => {
    assert.equal(fieldName('$.assessments[2].levels.daten', ISSUE_WORDS_DE), 'Einschätzung 3, Stufe „daten“');
    assert.equal(fieldName('$.people[0].colour', ISSUE_WORDS_EN), 'person 1, "colour"');
    assert.equal(fieldName('$[3]', ISSUE_WORDS_DE), 'Nr. 4');
    assert.equal(fieldName('$', ISSUE_WORDS_DE), '');
    assert.equal(fieldName('$input.competencyId', ISSUE_WORDS_DE), 'Eingabe, Kompetenz');
    assert.equal(fieldName('current.daten', ISSUE_WORDS_DE), 'Stufe „daten“', 'a path rooted at an input name, without $');
  });

  test('the document itself needs no field name', () => {
    assert.equal(describeIssue(issue('$', 'too-deep', { max: 16 }), 'de'), 'Tiefer als 16 Ebenen verschachtelt.');
  });

  test('German and English name the same fields', () => {
    assert.deepEqual(sorted(Object.keys(ISSUE_WORDS_EN.fields)), sorted(Object.keys(ISSUE_WORDS_DE.fields)));
  });

  test('a code without a text comes back as code and path, so nothing is lost', () => {
    const unknown: ValidationIssue = { path: '$.x', code: 'made-up' };
    assert.equal(describeIssue(unknown, 'de'), 'made-up at $.x');
    assert.equal(formatMessage(VALIDATION_DE, { code: 'made-up' }, 'de'), 'made-up');
  });

  test('describeIssues says how many more issues there are', () => {
    const issues = validatePerson({ id: '', name: '', roleId: 'X' }, '$person');
    assert.equal(issues.length, 3);
    assert.match(describeIssues(issues, 'de'), /^Person, ID: .* \(und 2 weitere\)$/);
    assert.match(describeIssues(issues, 'en'), /^Person, id: .* \(and 2 more\)$/);
    assert.equal(describeIssues([], 'de'), '');
  });
});

describe('issues as data', () => {
  test('an issue carries code, path and raw parameters, no text', () => {
    const [found] = validatePerson({ id: 'p1', name: 'x'.repeat(201), roleId: 'cdo' });
    assert.deepEqual(found, { path: '$.name', code: 'too-long', params: { length: 201, max: 200 } });
    assert.deepEqual(issue('$', 'empty'), { path: '$', code: 'empty' });
  });

  test('parameters are short: texts cut at 60 characters, objects as cut JSON, never the whole value', () => {
    const long = 'a'.repeat(100);
    assert.equal(shortValue(long), `${'a'.repeat(59)}…`);
    assert.equal(String(shortValue({ list: Array.from({ length: 1000 }, (_, i) => i) })).length, 60);
    assert.equal(shortValue(7), 7);
    assert.equal(shortValue(null), null);
    assert.deepEqual(issue('$', 'unknown-role', { id: long, known: [long] }).params, { id: shortValue(long), known: [shortValue(long)] });
  });

  test('KompetenzradError says in its message which code is where, for developers', () => {
    const error = new KompetenzradError(validatePerson({ id: '', name: '', roleId: 'X' }, '$person'));
    assert.equal(error.message, 'id at $person.id (and 2 more)');
    assert.equal(new KompetenzradError([issue('$.level', 'level', { got: 7 })]).message, 'level at $.level');
    assert.equal(new KompetenzradError([]).message, 'invalid-input');
  });
});

describe('language modules', () => {
  test('one language table words issues and CSV files as the two-language functions do', () => {
    const issues = validatePerson({ id: '', name: '', roleId: 'X' }, '$person');
    for (const [lang, texts, csv] of [['de', ISSUE_TEXTS_DE, CSV_LABELS_DE], ['en', ISSUE_TEXTS_EN, CSV_LABELS_EN]] as const) {
      assert.equal(describeIssueIn(issues[0]!, texts), describeIssue(issues[0]!, lang));
      assert.equal(describeIssuesIn(issues, texts), describeIssues(issues, lang));
      const analysis = analyzeGaps({ catalogue: DEFAULT_CATALOGUE, target: { daten: 3 }, actual: { daten: 1 } });
      const person = { id: 'p1', name: 'Erika Muster', roleId: 'cdo' };
      assert.equal(gapsToCSVIn(csv, analysis, DEFAULT_CATALOGUE, lang, person), gapsToCSV(analysis, DEFAULT_CATALOGUE, lang, person));
      assert.equal(teamToCSVIn(csv, [person], [{ personId: 'p1', analysis }], DEFAULT_CATALOGUE, lang), teamToCSV([person], [{ personId: 'p1', analysis }], DEFAULT_CATALOGUE, lang));
      // Without a language, the names of competencies and categories are in the module's.
      assert.equal(gapsToCSVIn(csv, analysis, DEFAULT_CATALOGUE, undefined, person), gapsToCSV(analysis, DEFAULT_CATALOGUE, lang, person));
      assert.equal(teamToCSVIn(csv, [person], [{ personId: 'p1', analysis }], DEFAULT_CATALOGUE), teamToCSV([person], [{ personId: 'p1', analysis }], DEFAULT_CATALOGUE, lang));
    }
  });

  test('the German module holds no English table and the English one no German table', () => {
    assert.ok(Object.keys(DE).length > 3);
    assert.deepEqual(
      Object.keys(DE).map((name) => name.replace(/_DE$/, '')),
      Object.keys(EN).map((name) => name.replace(/_EN$/, '')),
    );
    assert.ok(Object.keys(DE).every((name) => name.endsWith('_DE')));
    assert.ok(Object.keys(EN).every((name) => name.endsWith('_EN')));
  });

  test('a synergy group gives its reason as data, worded per language', () => {
    const reason = {
      code: 'shared-need',
      params: {
        people: 4,
        competencies: [{ de: 'Projektmanagement', en: 'Project management' }],
        format: { code: 'complements', params: { format: { de: 'Seminar und Schulung', en: 'Seminar and course' } } },
        cohort: 2,
        cohorts: 3,
      },
    } as const;
    assert.equal(
      describeSynergyReason(reason, 'de'),
      '4 Personen haben Aufbaubedarf bei Projektmanagement; ein gemeinsames Format spart Aufwand. Seminar und Schulung ist für diese Kompetenzen nicht eigens vorgesehen, kann sie aber ergänzen. Gruppe 2 von 3, nach Vorkenntnissen eingeteilt.',
    );
    assert.match(describeSynergyReason(reason, 'en'), /^4 people need to build project management; .* Cohort 2 of 3, grouped by prior knowledge\.$/);
    const many = Array.from({ length: 100 }, (_, i) => issue(`$.assessments[${i}].date`, 'date', { got: 'x' }));
    const cut = [...many, issue('$', 'too-many-issues', { more: 16, max: 100 })];
    assert.match(describeIssues(cut, 'en'), / \(and 115 more\)$/, 'the issues left out of a cut list count too');
    assert.match(describeIssues(many.slice(0, 3), 'en'), / \(and 2 more\)$/);
    // One language's tables, as the README shows: render with that language's formatter from the public entry.
    assert.equal(render(reason, EN.SYNERGY_REASONS_EN, formatterFor('en')), describeSynergyReason(reason, 'en'));
  });
});
