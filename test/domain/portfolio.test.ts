import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  catalogueOf,
  emptyPortfolio,
  leanCatalogueOf,
  leanRolesOf,
  parsePortfolio,
  PORTFOLIO_LIMITS,
  rolesOf,
  serializePortfolio,
  validatePortfolio,
} from '../../src/domain/portfolio.ts';
import { generatePortfolio } from '../../src/domain/sample.ts';
import { DEFAULT_CATALOGUE, DEFAULT_CATALOGUE_LEAN } from '../../src/domain/catalogue.ts';
import { DEFAULT_ROLES, DEFAULT_ROLES_LEAN } from '../../src/domain/roles.ts';
import { KompetenzradError, type ValidationIssue } from '../../src/domain/errors.ts';
import { PORTFOLIO_VERSION, type Catalogue, type Portfolio } from '../../src/domain/types.ts';
import { HOSTILE_JSON } from '../fixtures/hostile-payloads.ts';
import { base, CASES, set } from '../fixtures/malformed-portfolios.ts';
import { describeIssue, fieldName } from '../../src/domain/messages/index.ts';
import { ISSUE_WORDS_DE } from '../../src/domain/messages/validation.de.ts';

function errorsOf(result: ReturnType<typeof parsePortfolio>): ValidationIssue[] {
  assert.equal(result.ok, false, 'expected the document to be refused');
  return result.ok ? [] : result.errors;
}

describe('parsePortfolio: malformed documents', () => {
  test('the base document is valid', () => {
    const result = parsePortfolio(JSON.stringify(base()));
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
  });

  test(`the table has at least 30 cases (${CASES.length})`, () => assert.ok(CASES.length >= 30));

  for (const one of CASES) {
    test(`${one.name} → ${one.path} ${one.code}`, () => {
      let text = one.text;
      if (text === undefined) {
        const doc = base();
        one.change?.(doc);
        text = JSON.stringify(doc);
      }
      const errors = errorsOf(parsePortfolio(text));
      const hit = errors.find((error) => error.path === one.path && error.code === one.code);
      assert.ok(hit, `expected ${one.path} ${one.code}, got ${JSON.stringify(errors.slice(0, 5))}`);
      const field = fieldName(hit.path, ISSUE_WORDS_DE, hit.subject);
      const sentence = describeIssue(hit, 'de');
      assert.ok(sentence.toLowerCase().startsWith(`${field.toLowerCase()}: `) || hit.path === '$', `the message names where: ${sentence}`);
      assert.doesNotMatch(sentence, /undefined|\$\./, sentence);
      assert.ok(errors.length <= PORTFOLIO_LIMITS.maxIssues + 1);
    });
  }

  test('bad JSON names line and column', () => {
    const [error] = errorsOf(parsePortfolio('{\n  "format": "kompetenzrad-portfolio",\n  "version": 1,\n}'));
    assert.deepEqual([error.path, error.code, error.params?.line, error.params?.column], ['$', 'json', 4, 1]);
    assert.match(describeIssue(error, 'de'), /^Der Text ist kein gültiges JSON \(Zeile 4, Spalte 1\): /);
  });

  test('a web page (a sign-in or error page sent instead of the document) is named as such', () => {
    for (const page of ['<!doctype html><html><body>Anmeldung</body></html>', '\n  <html lang="de">…']) {
      const errors = errorsOf(parsePortfolio(page));
      assert.deepEqual(errors.map((error) => [error.path, error.code]), [['$', 'html']]);
      assert.equal(describeIssue(errors[0], 'de'), 'Der Text ist eine Web-Seite (HTML), kein Portfolio; der Server hat wohl eine Anmelde- oder Fehlerseite geschickt.');
    }
  });

  test('text beyond the size limit is refused before parsing', () => {
    const [error] = errorsOf(parsePortfolio(' '.repeat(PORTFOLIO_LIMITS.maxTextLength + 1)));
    assert.deepEqual([error.path, error.code], ['$', 'too-large']);
    assert.deepEqual(error.params, { length: PORTFOLIO_LIMITS.maxTextLength + 1, max: PORTFOLIO_LIMITS.maxTextLength });
    assert.match(describeIssue(error, 'en'), /\(about 50 MB\) can be read/);
  });

  test('a text that is not a string is reported, not thrown', () => {
    const [error] = errorsOf(parsePortfolio(42 as unknown as string));
    assert.equal(error.code, 'type');
  });

  test('collects many issues and caps the list with "and N more"', () => {
    const doc = base();
    doc.people = Array.from({ length: 150 }, (_, i) => ({ id: `p-${i}`, name: `N${i}`, roleId: 'hausmeister' }));
    doc.assessments = [];
    doc.goals = [];
    doc.plans = [];
    const errors = errorsOf(parsePortfolio(JSON.stringify(doc)));
    assert.equal(errors.length, PORTFOLIO_LIMITS.maxIssues + 1);
    assert.ok(errors.slice(0, 100).every((error) => error.code === 'unknown-role'));
    assert.deepEqual([errors[100].path, errors[100].code], ['$', 'too-many-issues']);
    assert.deepEqual(errors[100].params, { more: 50, max: 100 });
  });

  test('several independent problems are all reported', () => {
    const doc = base();
    doc.people[0].roleId = 'x-role';
    set(doc, 'assessments.0.levels.daten', 7);
    doc.goals[0].due = '2025-13-01';
    const codes = errorsOf(parsePortfolio(JSON.stringify(doc))).map((error) => error.code);
    assert.deepEqual(codes.sort(), ['date', 'level', 'unknown-role']);
  });

  test('hostile JSON never throws and never pollutes Object.prototype', () => {
    for (const text of HOSTILE_JSON) {
      const result = parsePortfolio(text);
      assert.equal(result.ok, false, text.slice(0, 40));
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(({} as Record<string, unknown>).isAdmin, undefined);
  });
});

describe('validatePortfolio', () => {
  test('accepts a valid object and returns it', () => {
    const doc = base();
    const result = validatePortfolio(doc);
    assert.ok(result.ok);
    assert.equal(result.value, doc);
  });

  test('refuses an own __proto__ property on an object built in code', () => {
    const doc = base();
    Object.defineProperty(doc.people[0], '__proto__', { value: {}, enumerable: true });
    const result = validatePortfolio(doc);
    assert.ok(!result.ok && result.errors[0].path === '$.people[0].__proto__');
  });

  test('points older documents to the migration', () => {
    const result = validatePortfolio({ ...base(), version: 0 });
    assert.ok(!result.ok);
    const error = result.errors.find((e) => e.path === '$.version')!;
    assert.equal(error.code, 'version');
    assert.deepEqual(error.params, { variant: 'not-current', expected: PORTFOLIO_VERSION, got: 0 });
    assert.match(describeIssue(error, 'en'), /migratePortfolio/);
  });

  test('a document with its own catalogue and roles', () => {
    const doc = base();
    const catalogue = structuredClone(DEFAULT_CATALOGUE) as Catalogue;
    catalogue.competencies.push({ id: 'kgst-egov', category: 'digital', label: { de: 'E-Government', en: 'E-government' }, description: { de: 'x', en: 'x' } });
    doc.catalogue = catalogue;
    doc.roles = [{ id: 'cdo', label: { de: 'CDO', en: 'CDO' }, tasks: [], target: { 'kgst-egov': 3 } }, { id: 'digitallotse', label: { de: 'Lotse', en: 'Pilot' }, tasks: [], target: {} }];
    set(doc, 'assessments.0.levels.kgst-egov', 2);
    const result = validatePortfolio(doc);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
    assert.equal(catalogueOf(result.value).competencies.length, 26);
    assert.deepEqual(rolesOf(result.value).map((role) => role.id), ['cdo', 'digitallotse']);
    assert.equal(leanCatalogueOf(result.value), result.value.catalogue, "the document's own, descriptions and all");
    assert.equal(leanRolesOf(result.value), result.value.roles);
  });

  test('an empty portfolio is valid and uses the built-in catalogue and roles', () => {
    const empty = emptyPortfolio();
    assert.ok(validatePortfolio(empty).ok);
    assert.equal(catalogueOf(empty), DEFAULT_CATALOGUE);
    assert.equal(rolesOf(empty), DEFAULT_ROLES);
    assert.equal(leanCatalogueOf(empty), DEFAULT_CATALOGUE_LEAN, 'without descriptions');
    assert.equal(leanRolesOf(empty), DEFAULT_ROLES_LEAN, 'without tasks and source note');
    assert.notEqual(emptyPortfolio(), empty, 'a new object each time');
  });
});

describe('serializePortfolio', () => {
  const sample = generatePortfolio({ seed: 7, people: 8, today: '2025-05-15' });

  test('round trip: serialize → parse gives a deep-equal document', () => {
    for (const indent of [0, 2]) {
      const result = parsePortfolio(serializePortfolio(sample, { indent }));
      assert.ok(result.ok);
      assert.deepEqual(result.value, sample);
    }
    const hand = parsePortfolio(serializePortfolio(base() as Portfolio));
    assert.ok(hand.ok);
    assert.deepEqual(hand.value, base());
  });

  test('stable key order: the insertion order of keys does not matter', () => {
    const reversed = JSON.parse(JSON.stringify(sample), (_key, value) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    );
    assert.equal(serializePortfolio(reversed), serializePortfolio(sample));
    const text = serializePortfolio(sample, { indent: 2 });
    assert.ok(text.startsWith('{\n  "format": "kompetenzrad-portfolio",\n  "version": 1,'));
    assert.match(text, /\{\n {6}"id": "p-0001",\n {6}"name"/);
  });

  test('refuses to write an invalid document', () => {
    const doc = base();
    doc.people[0].roleId = 'nobody';
    assert.throws(() => serializePortfolio(doc as Portfolio), (error: KompetenzradError) => error.issues[0].code === 'unknown-role');
    assert.doesNotThrow(() => serializePortfolio(doc as Portfolio, { validate: false }));
  });
});
