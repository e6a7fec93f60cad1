import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { aggregateMembers, aggregateTeam, AGGREGATE_GROUP_BYS, type AggregateOptions } from '../../src/domain/aggregate.ts';
import { KompetenzradError } from '../../src/domain/errors.ts';
import { generatePortfolio } from '../../src/domain/sample.ts';
import { PORTFOLIO_FORMAT, PORTFOLIO_VERSION, type Portfolio } from '../../src/domain/types.ts';

const label = { de: 'L', en: 'L' };

/** `count` people of `roleId` in `department`, each rated once (or never when `rated` is false). */
function crowd(prefix: string, count: number, department: string | undefined, roleId = 'staff', rated = true) {
  return Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i}`, roleId, department, rated }));
}

function build(specs: ReturnType<typeof crowd>): Portfolio {
  return {
    format: PORTFOLIO_FORMAT,
    version: PORTFOLIO_VERSION,
    catalogue: { categories: [{ id: 'a', label }], competencies: [{ id: 'x', category: 'a', label }] },
    roles: [
      { id: 'lead', label, target: { x: 3 } },
      { id: 'staff', label, target: { x: 1 } },
    ],
    people: specs.map(({ id, roleId, department }) => ({ id, name: `Name ${id}`, roleId, ...(department === undefined ? {} : { department }) })),
    assessments: specs.filter((spec) => spec.rated).map(({ id }) => ({ id: `${id}-a`, personId: id, rater: 'external' as const, date: '2025-01-01', levels: { x: 1 } })),
    goals: [],
    plans: [],
  };
}

const ids = (portfolio: Portfolio, options: AggregateOptions, kind: 'department' | 'role' | 'category' | 'other', key: string | null): string[] =>
  aggregateMembers(portfolio, options, { kind, key }).map((person) => person.id);

describe('aggregateMembers', () => {
  const portfolio = build([...crowd('a', 6, 'A'), ...crowd('b', 2, 'B'), ...crowd('c', 3, 'C'), ...crowd('u', 2, 'A', 'staff', false), ...crowd('l', 2, 'A', 'lead')]);

  test('a department: its released people, in input order; unrated and withheld people are left out', () => {
    assert.deepEqual(ids(portfolio, { groupBy: 'department' }, 'department', 'A'), ['a0', 'a1', 'a2', 'a3', 'a4', 'a5']);
  });

  test('other: the people of the departments too small on their own', () => {
    assert.deepEqual(ids(portfolio, { groupBy: 'department' }, 'other', null), ['b0', 'b1', 'c0', 'c1', 'c2']);
  });

  test('a role, the role filter and a category group (everyone counted)', () => {
    assert.deepEqual(ids(portfolio, { groupBy: 'role' }, 'role', 'staff').length, 11);
    assert.deepEqual(ids(portfolio, { groupBy: 'role' }, 'role', 'lead'), []);
    assert.deepEqual(ids(portfolio, { groupBy: 'department', filter: { roleId: 'lead' } }, 'department', 'A'), []);
    assert.deepEqual(ids(portfolio, { groupBy: 'category' }, 'category', 'a').length, 11);
  });

  test('a group the aggregate does not have has nobody', () => {
    assert.deepEqual(ids(portfolio, { groupBy: 'department' }, 'department', 'B'), []);
    assert.deepEqual(ids(portfolio, { groupBy: 'department' }, 'department', 'nowhere'), []);
  });

  test('options are checked as by aggregateTeam', () => {
    assert.throws(() => aggregateMembers(portfolio, { groupBy: 'department', minGroupSize: 2 }, { kind: 'other', key: null }), KompetenzradError);
  });

  test('each group of aggregateTeam has exactly as many members as it counts, and no one is in two groups (sample district)', () => {
    const sample = generatePortfolio({ seed: 11, people: 400, today: '2025-09-01' });
    for (const groupBy of AGGREGATE_GROUP_BYS) {
      for (const minGroupSize of [3, 5, 12]) {
        const options: AggregateOptions = { groupBy, minGroupSize };
        const aggregate = aggregateTeam(sample, options);
        const seen = new Set<string>();
        for (const group of aggregate.groups) {
          const members = aggregateMembers(sample, options, group);
          assert.equal(members.length, group.people, `${groupBy}/${minGroupSize}/${group.kind}:${group.key}`);
          if (groupBy === 'category') continue;
          for (const member of members) {
            assert.ok(!seen.has(member.id), member.id);
            seen.add(member.id);
          }
        }
        if (groupBy !== 'category') assert.equal(seen.size, aggregate.people);
      }
    }
  });
});
