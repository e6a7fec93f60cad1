import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { migratePortfolio, PORTFOLIO_MIGRATIONS } from '../../src/domain/migrations.ts';
import { parsePortfolio, validatePortfolio } from '../../src/domain/portfolio.ts';
import { PORTFOLIO_FORMAT, PORTFOLIO_VERSION } from '../../src/domain/types.ts';

const V0_TEXT = readFileSync(new URL('../fixtures/portfolio-v0.json', import.meta.url), 'utf8');

function errorsOf(value: unknown) {
  const result = migratePortfolio(value);
  assert.equal(result.ok, false, 'expected the migration to fail');
  return result.ok ? [] : result.errors;
}

describe('migratePortfolio', () => {
  test('has one step per version up to the current one', () => {
    assert.deepEqual(
      PORTFOLIO_MIGRATIONS.map((step) => [step.from, step.to]),
      Array.from({ length: PORTFOLIO_VERSION }, (_, from) => [from, from + 1]),
    );
  });

  test('the v0 fixture loads into a valid v1 document', () => {
    const result = parsePortfolio(V0_TEXT);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors, null, 2));
    const doc = result.value;
    assert.equal(doc.format, PORTFOLIO_FORMAT);
    assert.equal(doc.version, PORTFOLIO_VERSION);
    assert.deepEqual(doc.assessments[0].levels, { 'it-anwendung': 2, daten: 1, informationssicherheit: 0, kommunikation: 3 });
    assert.equal(doc.assessments[0].date, '2024-03-15');
    assert.equal(doc.assessments[1].date, '2024-04-02', 'D.M.YYYY is padded');
    assert.equal(doc.assessments[2].date, '2024-05-10', 'ISO dates stay');
    assert.ok(!('ratings' in doc.assessments[0]));
    assert.equal(doc.goals[0].targetLevel, 3);
    assert.equal(doc.goals[0].due, '2024-12-31');
    assert.equal(doc.goals[0].createdAt, '2024-04-02');
    assert.deepEqual(
      doc.plans[0].history.map((step) => step.date),
      ['2024-04-02', '2024-04-10', '2024-04-15'],
    );
    assert.deepEqual([doc.plans[0].items[1].start, doc.plans[0].items[1].end], ['2024-05-09', '2024-09-30']);
    assert.deepEqual(
      doc.plans[0].reviews.map((review) => review.date),
      ['2024-07-01', '2024-12-15'],
    );
    assert.ok(validatePortfolio(doc).ok, 'the migrated document validates on its own');
  });

  test('does not change its input', () => {
    const input = JSON.parse(V0_TEXT);
    const copy = structuredClone(input);
    const result = migratePortfolio(input);
    assert.ok(result.ok);
    assert.deepEqual(input, copy);
    assert.notEqual(result.value, input);
  });

  test('returns a current document as it is', () => {
    const doc = { format: PORTFOLIO_FORMAT, version: PORTFOLIO_VERSION, people: [], assessments: [], goals: [], plans: [] };
    const result = migratePortfolio(doc);
    assert.ok(result.ok);
    assert.equal(result.value, doc);
  });

  test('v0 roles: level words in target profiles, also with the umlaut', () => {
    const result = migratePortfolio({
      version: 0,
      roles: [{ id: 'x', target: { daten: 'Könner', team: ' Experte ', analyse: 'kein' } }],
      people: [],
      assessments: [],
      goals: [],
      plans: [],
    });
    assert.ok(result.ok);
    assert.deepEqual((result.value as { roles: { target: unknown }[] }).roles[0].target, { daten: 2, team: 3, analyse: 0 });
  });

  test('a document from a newer version gives a clear error', () => {
    const [error] = errorsOf({ format: PORTFOLIO_FORMAT, version: PORTFOLIO_VERSION + 1 });
    assert.equal(error.path, '$.version');
    assert.equal(error.code, 'version-newer');
    assert.deepEqual(error.params, { got: PORTFOLIO_VERSION + 1, max: PORTFOLIO_VERSION });
  });

  test('reports a missing, fractional, negative or textual version', () => {
    for (const version of [undefined, 0.5, -1, '1', null]) {
      const [error] = errorsOf({ format: PORTFOLIO_FORMAT, version });
      assert.equal(error.path, '$.version', String(version));
      assert.equal(error.code, 'version');
    }
  });

  test('reports a wrong format marker; v0 may lack it, v1 may not', () => {
    assert.equal(errorsOf({ format: 'something-else', version: 0 })[0].code, 'format');
    assert.equal(errorsOf({ version: 1 })[0].path, '$.format');
    assert.ok(migratePortfolio({ version: 0, people: [] }).ok);
    assert.equal(errorsOf([])[0].code, 'type');
  });

  test('an unknown level word is reported at its v0 path', () => {
    const errors = errorsOf({
      version: 0,
      assessments: [{ id: 'a', ratings: { daten: 'meister' } }],
      goals: [{ id: 'g', targetLevel: 'guru' }],
    });
    assert.deepEqual(
      errors.map((error) => [error.path, error.code]),
      [
        ['$.assessments[0].ratings.daten', 'level'],
        ['$.goals[0].targetLevel', 'level'],
      ],
    );
  });

  test('an impossible German date becomes an ISO date that validation rejects', () => {
    const doc = JSON.parse(V0_TEXT);
    doc.assessments[0].date = '30.02.2024';
    const result = parsePortfolio(JSON.stringify(doc));
    assert.equal(result.ok, false);
    if (!result.ok) assert.deepEqual([result.errors[0].path, result.errors[0].code], ['$.assessments[0].date', 'date']);
  });
});
