// Values from outside data reach issues as parameters and as names in paths; a message built
// from them stays short however large the value: texts and keys are cut to 60 characters.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { describeValue, issue, KompetenzradError, shortValue, type ValidationIssue } from '../../src/domain/errors.ts';
import { parsePortfolio, validatePortfolio } from '../../src/domain/portfolio.ts';
import { describeIssue } from '../../src/domain/messages/index.ts';
import { validatePlan } from '../../src/domain/plan-validation.ts';
import { DEFAULT_CATALOGUE_LEAN } from '../../src/domain/catalogue.ts';
import type { Portfolio } from '../../src/domain/types.ts';
import { base } from '../fixtures/malformed-portfolios.ts';

const MB = 1_000_000;
const SHORT = 1000;

function issuesOf(doc: unknown): ValidationIssue[] {
  const result = validatePortfolio(doc);
  assert.equal(result.ok, false);
  return result.ok ? [] : result.errors;
}

/** Every issue, its messages in both languages and the error thrown for them stay under 1 KB. */
function assertShort(issues: ValidationIssue[], expectedCodes: string[]): void {
  assert.deepEqual([...new Set(issues.map((one) => one.code))].sort(), [...expectedCodes].sort());
  for (const one of issues) {
    assert.ok(JSON.stringify(one).length < SHORT, `${one.code}: ${JSON.stringify(one).length} characters`);
    for (const lang of ['de', 'en'] as const) assert.ok(describeIssue(one, lang).length < SHORT, `${one.code} in ${lang}`);
  }
  assert.ok(new KompetenzradError(issues).message.length < SHORT);
}

describe('values in issues stay short', () => {
  test('a 1 MB key: the path and the key parameter are cut', () => {
    const doc = base() as Portfolio & Record<string, unknown>;
    (doc.people[0] as unknown as Record<string, unknown>)['k'.repeat(MB)] = 1;
    const issues = issuesOf(doc);
    assertShort(issues, ['unknown-key']);
    assert.equal(issues[0].path, `$.people[0].${'k'.repeat(59)}…`);
    assert.equal(issues[0].params?.key, `${'k'.repeat(59)}…`);
  });

  test('a 1 MB key of dots and brackets: the path keeps its start and end within 200 characters', () => {
    const doc = base() as Portfolio & Record<string, unknown>;
    doc['.['.repeat(MB / 2)] = 1;
    const issues = issuesOf(doc);
    assertShort(issues, ['unknown-key']);
    assert.ok(issues[0].path.length <= 200 && issues[0].path.startsWith('$.'), issues[0].path.slice(0, 80));
  });

  test('a 1 MB key in a JSON text, also a forbidden one deep inside', () => {
    const doc = JSON.parse(JSON.stringify(base()));
    doc.assessments[0].levels['x'.repeat(MB)] = 2;
    assertShort(issuesOf(doc), ['unknown-competency']);
    const text = JSON.stringify(base()).replace('"levels":{', `"levels":{"${'y'.repeat(MB)}":{"__proto__":1},`);
    const result = parsePortfolio(text);
    assert.ok(!result.ok);
    if (!result.ok) assertShort(result.errors, ['forbidden-key']);
  });

  test('a 1 MB id twice: the id issue and the duplicate are short', () => {
    const doc = base();
    doc.people[0].id = 'p'.repeat(MB);
    doc.people[1].id = 'p'.repeat(MB);
    const issues = issuesOf(doc);
    assertShort(issues, ['id', 'duplicate-id', 'unknown-person']);
    assert.equal(issues.find((one) => one.code === 'duplicate-id')?.params?.id, `${'p'.repeat(59)}…`);
  });

  test('a 1 MB reference to an unknown person, goal and role', () => {
    const doc = base();
    doc.assessments[0].personId = 'q'.repeat(MB);
    doc.plans[0].items[0].goalId = 'g'.repeat(MB);
    doc.people[1].roleId = 'r'.repeat(MB);
    assertShort(issuesOf(doc), ['id', 'unknown-person', 'unknown-goal']);
  });

  test('a 1 MB name, and a name that is a large or cyclic object', () => {
    const doc = base();
    doc.people[0].name = 'n'.repeat(MB);
    (doc.people[1] as unknown as Record<string, unknown>).name = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`key${i}`, 'v'.repeat(100)]));
    const issues = issuesOf(doc);
    assertShort(issues, ['too-long', 'type']);
    assert.equal(issues.find((one) => one.path === '$.people[1].name')?.params?.got, `{"key0":"${'v'.repeat(50)}…`);

    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    assert.equal(shortValue(cyclic), `${'{"self":'.repeat(8)}`.slice(0, 59) + '…');
    const withCycle = base();
    (withCycle.goals[0] as unknown as Record<string, unknown>).measure = cyclic;
    assertShort(issuesOf(withCycle), ['cycle']);
  });

  test('NaN and Infinity are given as written, and worded as such', () => {
    assert.deepEqual([NaN, Infinity, -Infinity, 2].map(shortValue), ['NaN', 'Infinity', '-Infinity', 2]);
    const [first] = validatePlan(NaN as never, DEFAULT_CATALOGUE_LEAN, '$');
    assert.deepEqual(first.params, { expected: 'object', got: 'NaN' });
    assert.match(describeIssue(first, 'de'), /^Erwartet wird ein Objekt, angegeben ist .*NaN/);
  });

  test('an error built by hand from a huge path and code still has a short message', () => {
    const error = new KompetenzradError([{ path: `$.${'z'.repeat(MB)}`, code: 'c'.repeat(MB) }, { path: '$', code: 'x' }]);
    assert.ok(error.message.length < SHORT, `${error.message.length}`);
    assert.match(error.message, /\(and 1 more\)$/);
  });
});

describe('shortValue and describeValue read no more of a value than they show', () => {
  test('a sparse list of four billion entries', () => {
    const sparse: unknown[] = [];
    sparse.length = 4e9;
    const start = `[${'null,'.repeat(20)}`;
    assert.equal(shortValue(sparse), `${start.slice(0, 59)}…`);
    assert.equal(describeValue(sparse), `${start.slice(0, 57)}...`);
  });

  test('as JSON.stringify for small values: toJSON, undefined and functions, non-finite numbers', () => {
    const small = { date: new Date('2025-01-02T03:04:05Z'), skip: undefined, fn: () => 1, list: [undefined, NaN, 1, 'a'], nested: { b: true } };
    assert.equal(shortValue(small), JSON.stringify(small).slice(0, 59) + '…');
    for (const value of [{}, [], { a: [1, { b: null }] }, [[]], new Map([[1, 2]])]) assert.equal(shortValue(value), JSON.stringify(value));
  });

  test('a text cut in an emoji keeps no half of it', () => {
    const cut = shortValue(`${'a'.repeat(58)}😀😀`);
    assert.equal(cut, `${'a'.repeat(58)}…`);
    assert.equal(issue(`$.${'b'.repeat(58)}😀😀`, 'empty').path, `$.${'b'.repeat(58)}…`);
  });
});
