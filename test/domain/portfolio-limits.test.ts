// Documents that used to freeze the page: live objects with cycles, sparse lists of billions of
// holes and parts shared many times (validatePortfolio), and texts of millions of `{}`
// (parsePortfolio). Each case here took seconds to minutes before the limits; the tests assert
// the issue, not the time, so without the limits they run into the test runner's timeout.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePortfolio, PORTFOLIO_LIMITS, serializePortfolio, validatePortfolio } from '../../src/domain/portfolio.ts';
import { describeIssue } from '../../src/domain/messages/index.ts';
import type { ValidationIssue } from '../../src/domain/errors.ts';
import type { Portfolio } from '../../src/domain/types.ts';
import { base } from '../fixtures/malformed-portfolios.ts';

function errorsOf(result: { ok: boolean; errors?: ValidationIssue[] }): ValidationIssue[] {
  assert.equal(result.ok, false, 'expected the document to be refused');
  return result.errors ?? [];
}

/** A list of `width` references to one and the same list, `depth` levels deep: width^depth paths. */
function sharedTree(width: number, depth: number): unknown {
  let node: unknown = 'x';
  for (let level = 0; level < depth; level += 1) node = Array.from({ length: width }, () => node);
  return node;
}

const live = (change: (doc: Record<string, unknown> & Portfolio) => void): Portfolio => {
  const doc = base() as Record<string, unknown> & Portfolio;
  change(doc);
  return doc;
};

describe('validatePortfolio: live objects that cannot hang it', () => {
  test('an object inside itself, four times over, is a cycle at each place', () => {
    const doc = live((d) => {
      const person = d.people[0] as unknown as Record<string, unknown>;
      for (const key of ['a', 'b', 'c', 'd']) person[key] = person;
    });
    const errors = errorsOf(validatePortfolio(doc));
    assert.deepEqual(
      errors.map((e) => `${e.path} ${e.code}`),
      ['$.people[0].a cycle', '$.people[0].b cycle', '$.people[0].c cycle', '$.people[0].d cycle'],
    );
    assert.match(describeIssue(errors[0], 'en'), /cycle/);
  });

  test('the document among its own people is a cycle', () => {
    const doc = live((d) => (d.people as unknown[]).push(d));
    assert.deepEqual(errorsOf(validatePortfolio(doc)).map((e) => `${e.path} ${e.code}`), ['$.people[2] cycle']);
  });

  test('a part shared by several records is no cycle: the document stays valid', () => {
    const doc = live((d) => {
      d.goals[1].resources = d.goals[0].resources;
      d.assessments[1].levels = d.assessments[0].levels;
    });
    assert.ok(validatePortfolio(doc).ok);
  });

  test('a sparse list of four billion holes is refused by its length, before it is walked', () => {
    const people: unknown[] = [];
    people.length = 4e9;
    const errors = errorsOf(validatePortfolio(live((d) => (d.people = people as Portfolio['people']))));
    assert.deepEqual(errors, [{ path: '$.people', code: 'too-many', params: { count: 4e9, max: PORTFOLIO_LIMITS.maxPeople } }]);

    const deep: unknown[] = [];
    deep.length = 4e9;
    const nested = errorsOf(validatePortfolio(live((d) => set(d.people[1], 'department', deep))));
    assert.deepEqual(nested.map((e) => `${e.path} ${e.code} ${e.params?.count}`), ['$.people[1].department too-many 4000000000']);
  });

  test('a tree 3 wide and 18 deep of one shared list: too deep, and the rest counted, not built', () => {
    const errors = errorsOf(validatePortfolio(live((d) => set(d.people[0], 'department', sharedTree(3, 18)))));
    assert.equal(errors.length, PORTFOLIO_LIMITS.maxIssues + 1);
    assert.ok(errors.slice(0, -1).every((e) => e.code === 'too-deep' && e.path.startsWith('$.people[0].department[')));
    assert.equal(errors[errors.length - 1].code, 'too-many-issues');
  });

  test('a tree 4 wide and 18 deep runs out of the value budget', () => {
    const errors = errorsOf(validatePortfolio(live((d) => set(d.people[0], 'department', sharedTree(4, 18)))));
    assert.deepEqual(errors, [{ path: '$', code: 'too-many-values', params: { max: PORTFOLIO_LIMITS.maxValues } }]);
    assert.match(describeIssue(errors[0], 'de'), /mehr als 12\.500\.000 Werte/);
  });

  test('one list of 400,000 texts shared by 400,000 entries runs out of the value budget', () => {
    const texts = Array.from({ length: 400_000 }, () => 'x');
    const errors = errorsOf(validatePortfolio(live((d) => set(d, 'extra', Array.from({ length: 400_000 }, () => texts)))));
    assert.deepEqual(errors.map((e) => e.code), ['too-many-values']);
  });

  test('serializePortfolio refuses a cycle with an issue instead of a stack overflow', () => {
    const doc = live((d) => set(d.plans[0], 'self', d.plans[0]));
    assert.throws(() => serializePortfolio(doc), (error: Error & { issues?: ValidationIssue[] }) => error.issues?.[0]?.code === 'cycle');
  });
});

describe('parsePortfolio: structure counted before parsing', () => {
  test('16 million empty objects (48 MB) are refused before JSON.parse starts', () => {
    const text = `{"format":"kompetenzrad-portfolio","version":1,"people":[${'{},'.repeat(16_000_000)}{}],"assessments":[],"goals":[],"plans":[]}`;
    assert.ok(text.length < PORTFOLIO_LIMITS.maxTextLength);
    const errors = errorsOf(parsePortfolio(text));
    assert.deepEqual(errors, [{ path: '$', code: 'too-many-values', params: { variant: 'objects', max: PORTFOLIO_LIMITS.maxObjects } }]);
    assert.match(describeIssue(errors[0], 'en'), /more than 2,500,000 objects and lists/);
  });

  test('three million nested lists are refused the same way', () => {
    const text = `${'['.repeat(3_000_000)}${']'.repeat(3_000_000)}`;
    assert.deepEqual(errorsOf(parsePortfolio(text)).map((e) => e.code), ['too-many-values']);
  });

  test('braces inside strings do not count, also after escaped quotes and backslashes', () => {
    const doc = base();
    doc.assessments = Array.from({ length: 600 }, (_, i) => ({
      id: `a-${i}`,
      personId: 'p-1',
      rater: 'self',
      date: '2025-01-10',
      levels: { daten: 1 },
      notes: { daten: `"{[\\${'{'.repeat(4990)}\\` },
    }));
    const text = JSON.stringify(doc);
    assert.ok((text.match(/[{[]/g) ?? []).length > PORTFOLIO_LIMITS.maxObjects, 'more braces than the budget, all inside strings');
    const result = parsePortfolio(text);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors.slice(0, 2)));
  });
});

function set(target: object, key: string, value: unknown): void {
  (target as Record<string, unknown>)[key] = value;
}
