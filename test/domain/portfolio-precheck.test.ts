// The precheck runs the checks of each record alone while the records arrive; the final
// portfolioFromJson(document, precheck) must give exactly what portfolioFromJson(document) gives.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PortfolioPrecheck } from '../../src/domain/portfolio-precheck.ts';
import { parsePortfolioJson, portfolioFromJson, serializePortfolio } from '../../src/domain/portfolio.ts';
import { generatePortfolio } from '../../src/domain/sample.ts';
import { DEFAULT_CATALOGUE_LEAN } from '../../src/domain/catalogue.ts';
import { DEFAULT_ROLES_LEAN } from '../../src/domain/roles.ts';
import { base, CASES } from '../fixtures/malformed-portfolios.ts';

type Doc = Record<string, unknown>;

/** Hands the records of the document's lists to `precheck` in batches of `size`, as the download reader does. */
function feed(doc: unknown, size: number, precheck = new PortfolioPrecheck()): PortfolioPrecheck {
  for (const [key, value] of Object.entries(typeof doc === 'object' && doc !== null ? doc : {})) {
    if (!Array.isArray(value)) continue;
    for (let from = 0; from < value.length; from += size) precheck.add(key, from, value.slice(from, from + size));
  }
  return precheck;
}

/** Asserts that the final check with a precheck fed in batches of each size gives what the check alone gives; returns that. */
function same(doc: unknown, sizes: readonly number[] = [1, 3, 256]): ReturnType<typeof portfolioFromJson> {
  const expected = portfolioFromJson(doc);
  for (const size of sizes) assert.deepEqual(portfolioFromJson(doc, feed(doc, size)), expected, `batches of ${size}`);
  return expected;
}

function refused(doc: unknown, code: string): void {
  const result = same(doc);
  assert.equal(result.ok, false, 'expected the document to be refused');
  if (!result.ok) assert.ok(result.errors.some((found) => found.code === code), `expected ${code}, got ${JSON.stringify(result.errors.slice(0, 3))}`);
}

const sampleText = serializePortfolio(generatePortfolio({ seed: 5, people: 120, today: '2025-09-01' }));
const sample = (): Doc => JSON.parse(sampleText) as Doc;
const list = (doc: Doc, key: string) => doc[key] as Doc[];
/** A fresh copy of the sample, changed by `change`. */
const variant = (change: (doc: Doc) => void): Doc => {
  const doc = sample();
  change(doc);
  return doc;
};
const nested = (depth: number): unknown => (depth === 0 ? 'x' : { a: nested(depth - 1) });

describe('portfolioFromJson with a precheck gives what it gives without', () => {
  test('a valid generated document, in batches of various sizes', () => {
    const doc = sample();
    assert.ok(list(doc, 'goals').length > 0 && list(doc, 'plans').length > 0);
    const result = same(doc, [1, 2, 7, 64, 256, 100_000]);
    assert.equal(result.ok, true);
  });

  test('the malformed-document table', () => {
    for (const one of CASES) {
      let doc: unknown;
      if (one.text === undefined) {
        doc = base();
        one.change?.(doc as never);
      } else {
        const parsed = parsePortfolioJson(one.text);
        if (!parsed.ok) continue;
        doc = parsed.value;
      }
      assert.equal(same(doc, [1, 2]).ok, false, one.name);
    }
  });

  const cases: Record<string, [code: string, doc: () => Doc]> = {
    'bad levels': ['level', () => variant((d) => Object.assign(list(d, 'assessments')[3]!.levels as Doc, { daten: 7, team: '2' }))],
    'an unknown role': ['unknown-role', () => variant((d) => (list(d, 'people')[5]!.roleId = 'hausmeister'))],
    'duplicate ids': ['duplicate-id', () => variant((d) => (list(d, 'people')[9]!.id = list(d, 'people')[2]!.id))],
    'an unknown person': ['unknown-person', () => variant((d) => (list(d, 'goals')[0]!.personId = 'p-nobody'))],
    'an unknown goal': ['unknown-goal', () => variant((d) => ((list(d, 'plans')[0]!.items as Doc[])[0]!.goalId = 'g-nowhere'))],
    'a __proto__ key inside a record': [
      'forbidden-key',
      () => JSON.parse(sampleText.replace('"levels":{', '"levels":{"__proto__":{"polluted":true},')) as Doc,
    ],
    'nesting too deep inside a record': ['too-deep', () => variant((d) => (list(d, 'people')[4]!.department = nested(20)))],
    'a cycle inside a record': ['cycle', () => variant((d) => (list(d, 'goals')[1]!.resources = list(d, 'goals')[1]))],
    'the document among its own people': ['cycle', () => variant((d) => list(d, 'people').push(d))],
    'an own catalogue after the lists, without a competency the records use': [
      'unknown-competency',
      () => variant((d) => (d.catalogue = { ...DEFAULT_CATALOGUE_LEAN, competencies: DEFAULT_CATALOGUE_LEAN.competencies.filter((c) => c.id !== 'daten') })),
    ],
    'own roles after the lists, without a role the people have': ['unknown-role', () => variant((d) => (d.roles = DEFAULT_ROLES_LEAN.slice(1)))],
    'more issues than PORTFOLIO_LIMITS.maxIssues': [
      'too-many-issues',
      () => variant((d) => list(d, 'people').forEach((person) => (person.roleId = 'hausmeister'))),
    ],
    'more forbidden keys than PORTFOLIO_LIMITS.maxIssues': [
      'too-many-issues',
      () => JSON.parse(sampleText.replaceAll('"levels":{', '"levels":{"constructor":1,')) as Doc,
    ],
    'a person where an assessment belongs': ['unknown-key', () => variant((d) => (list(d, 'assessments')[2] = list(d, 'people')[2]!))],
    'not a record among the records': ['type', () => variant((d) => list(d, 'goals').splice(1, 0, null as never, 7 as never))],
  };
  for (const [name, [code, doc]] of Object.entries(cases)) {
    test(name, () => refused(doc(), code));
  }

  test('records fed, then other objects at their places', () => {
    const doc = sample();
    const precheck = feed(doc, 10);
    const people = list(doc, 'people');
    people[3] = { ...people[3], roleId: 'hausmeister' };
    people[4] = JSON.parse('{"__proto__":{},"id":"p-x","name":"X","roleId":"cdo"}') as Doc;
    [people[0], people[1]] = [people[1]!, people[0]!];
    people[1]!.id = people[2]!.id;
    const expected = portfolioFromJson(doc);
    assert.equal(expected.ok, false);
    assert.deepEqual(portfolioFromJson(doc, precheck), expected);
  });

  test('a list given twice: the second replaces the first', () => {
    const doc = sample();
    const first = JSON.parse(JSON.stringify(list(doc, 'people').slice(0, 30))) as Doc[];
    first[2]!.roleId = 'hausmeister';
    const second = list(doc, 'people');
    second[7]!.roleId = 'hausmeisterin';
    const precheck = new PortfolioPrecheck();
    precheck.add('people', 0, first);
    precheck.add('people', 0, second.slice(0, 100));
    precheck.add('people', 100, second.slice(100));
    feed({ ...doc, people: [] }, 50, precheck);
    const expected = portfolioFromJson(doc);
    assert.equal(expected.ok, false);
    assert.deepEqual(portfolioFromJson(doc, precheck), expected);
    assert.deepEqual(portfolioFromJson({ ...doc, people: first }, precheck), portfolioFromJson({ ...doc, people: first }));
  });

  test('an own catalogue equal to the built-in one, and own roles equal to the built-in ones', () => {
    assert.equal(same(variant((d) => Object.assign(d, { catalogue: structuredClone(DEFAULT_CATALOGUE_LEAN), roles: structuredClone(DEFAULT_ROLES_LEAN) }))).ok, true);
  });

  test('a record fed at another place or in another list is checked at its own', () => {
    const doc = sample();
    const precheck = feed(doc, 256);
    const people = list(doc, 'people');
    people[0]!.roleId = 'hausmeister';
    const moved = { ...doc, people: [people[1], people[0], ...people.slice(2)], goals: [...list(doc, 'goals'), people[5]] };
    const expected = portfolioFromJson(moved);
    assert.equal(expected.ok, false);
    assert.deepEqual(portfolioFromJson(moved, precheck), expected);
  });

  test('an older version that is upgraded', () => {
    const doc = JSON.parse(readFileSync('test/fixtures/portfolio-v0.json', 'utf8')) as Doc;
    const result = same(doc);
    assert.equal(result.ok, true);
    refused({ ...doc, people: [{ ...list(doc, 'people')[0], roleId: 'hausmeister' }, list(doc, 'people')[1]] }, 'unknown-role');
  });

  test('a document at the edge of PORTFOLIO_LIMITS.maxValues, its last record ending in an empty object', () => {
    // Parts shared many times count each time: a long list of numbers, shared, fills the budget quickly.
    const numbers = new Array<number>(300_000).fill(0);
    const at = (padding: number): Doc => {
      // The people last, so that nothing is walked after the empty object.
      const { people, ...rest } = base();
      const last = { id: 'p-3', name: 'X', roleId: 'cdo', pad: [...new Array<number[]>(41).fill(numbers), new Array<number>(padding).fill(0)], tail: {} };
      return { ...rest, people: [...people, last] };
    };
    const tooMany = (padding: number) => JSON.stringify(portfolioFromJson(at(padding))).includes('too-many-values');
    let [low, high] = [0, 399_999];
    assert.ok(!tooMany(low) && tooMany(high));
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (tooMany(middle)) high = middle;
      else low = middle;
    }
    // The empty object is counted after the last check: the last padding that passes goes one beyond the budget.
    same(at(low), [1, 4]);
    same(at(high), [1, 4]);
  });
});

describe('the final check takes what the precheck found', () => {
  // A record changed after it was added breaks the precheck's premise; here it shows that the
  // final check does not look at such a record again.
  test('field checks: a person given an unknown role after it was added passes', () => {
    const doc = sample();
    const precheck = feed(doc, 256);
    list(doc, 'people')[0]!.roleId = 'hausmeister';
    list(doc, 'assessments')[0]!.levels = { daten: 9 };
    assert.equal(portfolioFromJson(doc).ok, false);
    assert.equal(portfolioFromJson(doc, precheck).ok, true);
  });

  test('the walk: a forbidden key put into a goal after it was added passes the walk', () => {
    const doc = sample();
    const precheck = feed(doc, 256);
    Object.defineProperty(list(doc, 'goals')[0]!.resources, '__proto__', { value: {}, enumerable: true });
    assert.deepEqual(portfolioFromJson(doc), { ok: false, errors: [{ path: '$.goals[0].resources.__proto__', code: 'forbidden-key', params: { key: '__proto__' } }] });
    assert.equal(portfolioFromJson(doc, precheck).ok, true);
  });

  test('but not under an own catalogue or own roles', () => {
    const doc = sample();
    const precheck = feed(doc, 256);
    list(doc, 'people')[0]!.roleId = 'hausmeister';
    const withRoles = { ...doc, roles: DEFAULT_ROLES_LEAN };
    assert.deepEqual(portfolioFromJson(withRoles, precheck), portfolioFromJson(withRoles));
    assert.equal(portfolioFromJson(withRoles).ok, false);
    list(doc, 'people')[0]!.roleId = 'cdo';
    list(doc, 'assessments')[0]!.levels = { daten: 9 };
    const withCatalogue = { ...doc, catalogue: structuredClone(DEFAULT_CATALOGUE_LEAN), roles: DEFAULT_ROLES_LEAN };
    assert.equal(portfolioFromJson(withCatalogue).ok, false);
    assert.deepEqual(portfolioFromJson(withCatalogue, precheck), portfolioFromJson(withCatalogue));
  });
});
