import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue.ts';
import { KompetenzradError } from '../../src/domain/errors.ts';
import { validatePortfolio } from '../../src/domain/portfolio.ts';
import { portfolioOfPeople } from '../../src/domain/portfolio-of-people.ts';
import { DEFAULT_ROLES } from '../../src/domain/roles.ts';
import { generatePortfolio } from '../../src/domain/sample.ts';
import type { Portfolio } from '../../src/domain/types.ts';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

const ORG: Portfolio = deepFreeze({ ...generatePortfolio({ seed: 3, people: 8, today: '2025-09-01' }), catalogue: DEFAULT_CATALOGUE, roles: DEFAULT_ROLES });
const ids = ORG.people.map((person) => person.id);

function valid(portfolio: Portfolio): void {
  const result = validatePortfolio(portfolio);
  assert.ok(result.ok, JSON.stringify(result.ok ? [] : result.errors.slice(0, 3)));
}

/** Every string anywhere in the document. */
function strings(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') found.add(value);
  else if (typeof value === 'object' && value !== null) for (const child of Object.values(value)) strings(child, found);
  return found;
}

describe('portfolioOfPeople', () => {
  test('keeps only the given person, with all of their records, and the organisation’s catalogue and roles', () => {
    const [one] = ORG.people;
    const part = portfolioOfPeople(ORG, [one.id]);
    assert.deepEqual(part.people, [one]);
    const own = <T extends { personId: string }>(list: readonly T[]) => list.filter((record) => record.personId === one.id);
    assert.deepEqual(part.assessments, own(ORG.assessments));
    assert.deepEqual(part.goals, own(ORG.goals));
    assert.deepEqual(part.plans, own(ORG.plans));
    assert.ok(part.goals.length > 0 && part.plans.length > 0 && part.assessments.length >= 2);
    assert.equal(part.catalogue, ORG.catalogue);
    assert.equal(part.roles, ORG.roles);
    valid(part);
  });

  test('names no one else anywhere in the document', () => {
    const chosen = [ids[1], ids[4]];
    const part = portfolioOfPeople(ORG, chosen);
    const text = strings(part);
    const chosenNames = new Set(ORG.people.filter((person) => chosen.includes(person.id)).map((person) => person.name));
    for (const other of ORG.people.filter((person) => !chosen.includes(person.id))) {
      assert.equal(text.has(other.id), false, other.id);
      if (!chosenNames.has(other.name)) assert.equal(text.has(other.name), false, other.name);
    }
    for (const record of [...part.assessments, ...part.goals, ...part.plans]) assert.ok(chosen.includes(record.personId));
    valid(part);
  });

  test('carries nothing of the document beyond the known fields', () => {
    const extended = { ...ORG, lineManagers: { [ids[0]]: ids[1] } } as unknown as Portfolio;
    assert.deepEqual(Object.keys(portfolioOfPeople(extended, [ids[0]])), ['format', 'version', 'catalogue', 'roles', 'people', 'assessments', 'goals', 'plans']);
  });

  test('no one: an empty, valid document; the same person twice counts once', () => {
    const none = portfolioOfPeople(ORG, []);
    assert.deepEqual([none.people, none.assessments, none.goals, none.plans], [[], [], [], []]);
    valid(none);
    assert.deepEqual(portfolioOfPeople(ORG, [ids[2], ids[2]]), portfolioOfPeople(ORG, [ids[2]]));
  });

  test('refuses an id that is not a person of the portfolio, and a portfolio without its lists', () => {
    assert.throws(
      () => portfolioOfPeople(ORG, [ids[0], 'p-9999', 7 as unknown as string]),
      (error: unknown) =>
        error instanceof KompetenzradError &&
        JSON.stringify(error.issues) ===
          JSON.stringify([
            { path: '$personIds[1]', code: 'unknown-person', params: { id: 'p-9999' } },
            { path: '$personIds[2]', code: 'type', params: { expected: 'string', got: 7 } },
          ]),
    );
    assert.throws(
      () => portfolioOfPeople(ORG, ['p-9999'], '$options.people'),
      (error: unknown) => error instanceof KompetenzradError && JSON.stringify(error.issues) === JSON.stringify([{ path: '$options.people[0]', code: 'unknown-person', params: { id: 'p-9999' } }]),
      'the ids named as the caller wrote them',
    );
    assert.throws(
      () => portfolioOfPeople(ORG, 'p-9999' as unknown as string[], '$options.people'),
      (error: unknown) => error instanceof KompetenzradError && error.issues[0].path === '$options.people' && error.issues[0].code === 'type',
    );
    assert.throws(
      () => portfolioOfPeople({ ...ORG, plans: undefined } as unknown as Portfolio, [ids[0]]),
      (error: unknown) => error instanceof KompetenzradError && error.issues[0].path === '$portfolio.plans' && error.issues[0].code === 'missing',
    );
  });

  test('property: any choice of people gives a valid document with only their records', () => {
    fc.assert(
      fc.property(fc.subarray(ids), (chosen) => {
        const part = portfolioOfPeople(ORG, chosen);
        valid(part);
        assert.deepEqual(part.people.map((person) => person.id), ids.filter((id) => chosen.includes(id)));
        for (const record of [...part.assessments, ...part.goals, ...part.plans]) assert.ok(chosen.includes(record.personId));
        const count = (list: readonly { personId: string }[]) => list.filter((record) => chosen.includes(record.personId)).length;
        assert.equal(part.assessments.length + part.goals.length + part.plans.length, count(ORG.assessments) + count(ORG.goals) + count(ORG.plans));
      }),
      { numRuns: 50 },
    );
  });
});

test('portfolioOfPeople keeps the installation id, so the extract\'s calendar UIDs match the full portfolio\'s', () => {
  const extract = portfolioOfPeople({ ...ORG, installationId: 'inst-1' }, [ids[0]]);
  assert.equal(extract.installationId, 'inst-1');
  valid(extract);
});
