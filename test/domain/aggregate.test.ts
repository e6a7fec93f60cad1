import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  aggregateTeam,
  DEFAULT_MIN_GROUP_SIZE,
  MIN_GROUP_SIZE_FLOOR,
  standsForTooFew,
  withholdSmallGroups,
  type AggregateCell,
  type AggregateFilter,
  type AggregateGroup,
  type AggregateGroupBy,
  type AggregateOptions,
  type TeamAggregate,
} from '../../src/domain/aggregate.ts';
import { ACTUAL_RULES, currentProfile, dueForRefresh } from '../../src/domain/assessments.ts';
import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue.ts';
import { KompetenzradError } from '../../src/domain/errors.ts';
import { generatePortfolio } from '../../src/domain/sample.ts';
import { DEFAULT_ROLES } from '../../src/domain/roles.ts';
import { analyzeTeam } from '../../src/domain/team.ts';
import { PORTFOLIO_FORMAT, PORTFOLIO_VERSION, type Assessment, type Catalogue, type Portfolio, type Profile, type RaterKind, type Role } from '../../src/domain/types.ts';

const label = { de: 'L', en: 'L' };
const catalogue: Catalogue = {
  categories: [
    { id: 'a', label },
    { id: 'b', label },
  ],
  competencies: [
    { id: 'x', category: 'a', label },
    { id: 'y', category: 'a', label, refreshMonths: 12 },
    { id: 'z', category: 'b', label },
  ],
};
const roles: Role[] = [
  { id: 'lead', label, target: { x: 3, y: 2, z: 1 } },
  { id: 'staff', label, target: { x: 1, y: 1 } },
];

type Rating = [RaterKind, string, Profile];

interface Spec {
  id: string;
  role?: string;
  department?: string;
  ratings?: Rating[];
}

const ext = (date: string, levels: Profile): Rating => ['external', date, levels];
const self = (date: string, levels: Profile): Rating => ['self', date, levels];

function build(specs: readonly Spec[]): Portfolio {
  return {
    format: PORTFOLIO_FORMAT,
    version: PORTFOLIO_VERSION,
    catalogue,
    roles,
    people: specs.map((spec) => ({ id: spec.id, name: spec.id, roleId: spec.role ?? 'staff', ...(spec.department === undefined ? {} : { department: spec.department }) })),
    assessments: specs.flatMap((spec) =>
      (spec.ratings ?? []).map(([rater, date, levels], k): Assessment => ({ id: `${spec.id}-${k}`, personId: spec.id, rater, date, levels })),
    ),
    goals: [],
    plans: [],
  };
}

/** `count` people of one role and department, each rated once with `levels`. */
function crowd(prefix: string, count: number, department: string | undefined, role = 'staff', levels: Profile = { x: 1, y: 1, z: 1 }): Spec[] {
  return Array.from({ length: count }, (_, n) => ({
    id: `${prefix}${n + 1}`,
    role,
    ...(department === undefined ? {} : { department }),
    ratings: [ext('2025-01-10', levels)],
  }));
}

const cellOf = (result: TeamAggregate, group: number, competencyId: string): AggregateCell => {
  const cell = result.groups[group].competencies.find((entry) => entry.competencyId === competencyId);
  assert.ok(cell, `no cell for ${competencyId}`);
  return cell;
};

const groupsOf = (result: TeamAggregate) => result.groups.map(({ kind, key, people }) => ({ kind, key, people }));

function issuesOf(run: () => unknown): { path: string; code: string }[] {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof KompetenzradError);
    return error.issues.map(({ path, code }) => ({ path, code }));
  }
  assert.fail('expected a KompetenzradError');
}

describe('aggregateTeam: figures', () => {
  const amt = build([
    { id: 's1', department: 'Amt', ratings: [ext('2025-01-10', { x: 0, y: 2, z: 1 })] },
    { id: 's2', department: 'Amt', ratings: [ext('2025-01-10', { x: 1, y: 1, z: 3 })] },
    { id: 's3', department: 'Amt', ratings: [ext('2025-01-10', { x: 2, y: 0 })] },
    { id: 's4', department: 'Amt', ratings: [self('2025-02-01', { x: 1, y: 1, z: 0 }), ext('2025-01-05', { x: 3 })] },
    { id: 's5', department: 'Amt', ratings: [ext('2023-06-01', { x: 0, y: 1, z: 2 })] },
  ]);

  test('counts levels, unrated, below target, means and stale ratings per competency', () => {
    const result = aggregateTeam(amt, { groupBy: 'department', today: '2025-06-01' });
    assert.deepEqual(groupsOf(result), [{ kind: 'department', key: 'Amt', people: 5 }]);
    assert.equal(result.people, 5);
    assert.equal(result.withheld, 0);
    assert.equal(result.minGroupSize, DEFAULT_MIN_GROUP_SIZE);
    assert.deepEqual(cellOf(result, 0, 'x'), {
      competencyId: 'x',
      categoryId: 'a',
      count: 5,
      levels: [2, 1, 1, 1],
      unrated: 0,
      belowTarget: 2,
      shareBelowTarget: 0.4,
      meanGap: -0.2,
      meanLevel: 1.2,
      meanTarget: 1,
      stale: 0,
      change: null,
    });
    const y = cellOf(result, 0, 'y');
    assert.deepEqual([y.levels, y.belowTarget, y.meanGap, y.stale], [[1, 3, 1, 0], 1, 0, 1]);
    const z = cellOf(result, 0, 'z');
    assert.deepEqual([z.levels, z.unrated, z.belowTarget, z.meanGap, z.meanTarget], [[1, 1, 1, 1], 1, 0, -1.2, 0]);
  });

  test('the summary pools every competency of the group', () => {
    const { summary } = aggregateTeam(amt, { groupBy: 'department', today: '2025-06-01' }).groups[0];
    assert.equal(summary.count, 15);
    assert.deepEqual(summary.levels, [4, 5, 3, 2]);
    assert.equal(summary.unrated, 1);
    assert.equal(summary.belowTarget, 3);
    assert.equal(summary.shareBelowTarget, 0.2);
    assert.equal(summary.meanGap, -7 / 15);
    assert.equal(summary.stale, 1);
  });

  test('stale ratings agree with dueForRefresh, levels with currentProfile', () => {
    const result = aggregateTeam(amt, { groupBy: 'category', today: '2025-06-01' });
    const due = amt.people.flatMap((person) => dueForRefresh(catalogue, amt.assessments, person.id, '2025-06-01'));
    const stale = result.groups.flatMap((group) => group.competencies).reduce((sum, cell) => sum + cell.stale, 0);
    assert.equal(stale, due.length);
    for (const cell of result.groups.flatMap((group) => group.competencies)) {
      const levels = [0, 0, 0, 0];
      let unrated = 0;
      for (const person of amt.people) {
        const level = currentProfile(amt.assessments, person.id).profile[cell.competencyId];
        if (level === undefined) unrated++;
        else levels[level]++;
      }
      assert.deepEqual([cell.levels, cell.unrated], [levels, unrated], cell.competencyId);
    }
  });

  test('without today nothing is stale; the rating in use follows the rule', () => {
    const five = build(
      Array.from({ length: 5 }, (_, n) => ({ id: `p${n}`, ratings: [ext('2025-01-01', { x: 1 }), self('2025-03-01', { x: 3 })] })),
    );
    const levelsBy = (rule?: AggregateOptions['rule']) => cellOf(aggregateTeam(five, { groupBy: 'role', ...(rule ? { rule } : {}) }), 0, 'x').levels;
    assert.deepEqual(levelsBy(), [0, 5, 0, 0]);
    assert.deepEqual(levelsBy('external-only'), [0, 5, 0, 0]);
    assert.deepEqual(levelsBy('latest'), [0, 0, 0, 5]);
    assert.deepEqual(levelsBy('self-first'), [0, 0, 0, 5]);
    assert.equal(cellOf(aggregateTeam(amt, { groupBy: 'role' }), 0, 'y').stale, 0);
  });

  test('change since the previous stock-taking: the rating in use then against now', () => {
    const round = (then: Profile, now?: Profile): Rating[] => [ext('2024-01-15', then), ...(now ? [ext('2025-01-15', now)] : [])];
    const result = aggregateTeam(
      build([
        { id: 'up', ratings: round({ x: 1 }, { x: 2 }) },
        { id: 'up2', ratings: round({ x: 2 }, { x: 3 }) },
        { id: 'down', ratings: round({ x: 3 }, { x: 1 }) },
        { id: 'new', ratings: [ext('2025-01-15', { x: 2 })] },
        { id: 'kept', ratings: round({ x: 1 }, { y: 2 }) },
      ]),
      // Three people moved in x: given at a minimum of 3 (see aggregate-change-privacy.test.ts for the rule).
      { groupBy: 'category', previousDate: '2024-06-30', minGroupSize: 3 },
    );
    assert.deepEqual(cellOf(result, 0, 'x').change, { up: 2, same: 1, down: 1, notComparable: 1, meanChange: 0 });
    assert.deepEqual(cellOf(result, 0, 'y').change, { up: 0, same: 0, down: 0, notComparable: 5, meanChange: null });
    assert.deepEqual(result.groups[0].summary.change, { up: 2, same: 1, down: 1, notComparable: 6, meanChange: 0 });
    assert.deepEqual(
      result.groups.map((group) => group.changeWithheld),
      result.groups.map(() => false),
    );
  });

  test('groupBy category: one group per category with its competencies, over everyone', () => {
    const result = aggregateTeam(amt, { groupBy: 'category' });
    assert.deepEqual(groupsOf(result), [
      { kind: 'category', key: 'a', people: 5 },
      { kind: 'category', key: 'b', people: 5 },
    ]);
    assert.deepEqual(result.groups.map((group) => group.competencies.map((cell) => cell.competencyId)), [['x', 'y'], ['z']]);
    assert.equal(result.groups[1].summary.count, 5);
  });

  test('agrees with analyzeTeam over the current profiles, for every rule (sample district)', () => {
    const sample = generatePortfolio({ seed: 7, people: 300, today: '2025-09-01' });
    for (const rule of ACTUAL_RULES) {
      const result = aggregateTeam(sample, { groupBy: 'category', rule, minGroupSize: 3 });
      assert.equal(result.withheld, 0);
      const team = analyzeTeam(
        DEFAULT_CATALOGUE,
        sample.people.map((person) => ({
          personId: person.id,
          target: DEFAULT_ROLES.find((role) => role.id === person.roleId)?.target ?? {},
          actual: currentProfile(sample.assessments, person.id, rule).profile,
        })),
      );
      const cells = result.groups.flatMap((group) => group.competencies);
      for (const stats of team.competencies) {
        const cell = cells.find((entry) => entry.competencyId === stats.competencyId);
        assert.ok(cell);
        assert.deepEqual([cell.levels[0] + cell.unrated, ...cell.levels.slice(1)], stats.actualCounts, `${rule} ${stats.competencyId}`);
        assert.equal(cell.belowTarget, stats.toBuild);
        assert.ok(Math.abs(cell.meanGap - stats.averageGap) < 1e-12);
        assert.ok(Math.abs(cell.meanTarget - stats.averageTarget) < 1e-12);
      }
    }
  });

  test('people without any assessment are not counted', () => {
    const result = aggregateTeam(build([...crowd('s', 5, 'Amt'), { id: 'never', department: 'Amt' }]), { groupBy: 'department' });
    assert.deepEqual(groupsOf(result), [{ kind: 'department', key: 'Amt', people: 5 }]);
    assert.equal(result.withheld, 0);
  });

  test('an id listed twice: its assessments count for the later person, rows without a text id for no one', () => {
    const twice = build([...crowd('a', 5, 'A'), ...crowd('b', 5, 'B')]);
    const people = [...twice.people, { ...twice.people[0], department: 'C' }, { ...twice.people[1], id: 7 as unknown as string }];
    const result = aggregateTeam({ ...twice, people }, { groupBy: 'department', minGroupSize: 3 });
    assert.deepEqual(groupsOf(result), [
      { kind: 'department', key: 'A', people: 4 },
      { kind: 'department', key: 'B', people: 5 },
    ]);
    assert.equal(result.withheld, 1, 'the one rated person in C');
  });
});

describe('aggregateTeam: minimum group size', () => {
  test('small departments are merged into other', () => {
    const result = aggregateTeam(build([...crowd('a', 6, 'A'), ...crowd('b', 5, 'B'), ...crowd('c', 2, 'C'), ...crowd('d', 2, 'D'), ...crowd('e', 1, undefined)]), {
      groupBy: 'department',
    });
    assert.deepEqual(groupsOf(result), [
      { kind: 'department', key: 'A', people: 6 },
      { kind: 'department', key: 'B', people: 5 },
      { kind: 'other', key: null, people: 5 },
    ]);
    assert.deepEqual([result.people, result.withheld], [16, 0]);
  });

  test('departments come in the order the people list them', () => {
    const result = aggregateTeam(build([...crowd('a', 1, 'A'), ...crowd('b', 5, 'B', 'lead'), ...crowd('c', 5, 'C')]), { groupBy: 'department' });
    assert.deepEqual(result.groups.map((group) => group.key), ['B', 'C']);
  });

  test('people without a department form their own group when there are enough of them', () => {
    const result = aggregateTeam(build([...crowd('a', 5, 'A'), ...crowd('n', 5, undefined)]), { groupBy: 'department' });
    assert.deepEqual(groupsOf(result), [
      { kind: 'department', key: 'A', people: 5 },
      { kind: 'department', key: null, people: 5 },
    ]);
  });

  test('an other group that would still be too small is withheld', () => {
    const result = aggregateTeam(build([...crowd('a', 6, 'A'), ...crowd('c', 2, 'C'), ...crowd('e', 1, 'E')]), { groupBy: 'department' });
    assert.deepEqual(groupsOf(result), [{ kind: 'department', key: 'A', people: 6 }]);
    assert.deepEqual([result.people, result.withheld], [6, 3]);
  });

  test('fewer people than the minimum in all: nothing is shown', () => {
    for (const groupBy of ['department', 'role', 'category'] as const) {
      const result = aggregateTeam(build(crowd('a', 4, 'A')), { groupBy });
      assert.deepEqual([result.groups, result.people, result.withheld], [[], 0, 4], groupBy);
    }
  });

  test('a role too small in a department joins the role in the other departments; a role too small in all is withheld', () => {
    const portfolio = build([...crowd('a', 6, 'A'), ...crowd('al', 2, 'A', 'lead'), ...crowd('b', 5, 'B'), ...crowd('bl', 3, 'B', 'lead')]);
    assert.deepEqual(groupsOf(aggregateTeam(portfolio, { groupBy: 'department' })), [
      { kind: 'department', key: 'A', people: 6 },
      { kind: 'department', key: 'B', people: 5 },
      { kind: 'other', key: null, people: 5 },
    ]);
    assert.deepEqual(groupsOf(aggregateTeam(portfolio, { groupBy: 'role' })), [
      { kind: 'role', key: 'lead', people: 5 },
      { kind: 'role', key: 'staff', people: 11 },
    ]);
    const oneLead = aggregateTeam(build([...crowd('a', 6, 'A'), ...crowd('al', 1, 'A', 'lead')]), { groupBy: 'role' });
    assert.deepEqual(groupsOf(oneLead), [{ kind: 'role', key: 'staff', people: 6 }]);
    assert.equal(oneLead.withheld, 1);
  });

  test('minGroupSize: 3 is allowed, anything below is refused', () => {
    const result = aggregateTeam(build([...crowd('a', 3, 'A'), ...crowd('b', 2, 'B')]), { groupBy: 'department', minGroupSize: 3 });
    assert.deepEqual(groupsOf(result), [{ kind: 'department', key: 'A', people: 3 }]);
    assert.equal(result.minGroupSize, 3);
    const portfolio = build(crowd('a', 6, 'A'));
    for (const [minGroupSize, code] of [
      [2, 'range'],
      [0, 'range'],
      [-5, 'range'],
      [4.5, 'integer'],
      ['5', 'type'],
      [Number.NaN, 'type'],
    ] as const) {
      assert.deepEqual(
        issuesOf(() => aggregateTeam(portfolio, { groupBy: 'department', minGroupSize: minGroupSize as number })),
        [{ path: '$.minGroupSize', code }],
        String(minGroupSize),
      );
    }
  });

  test('a filter keeps only whole blocks', () => {
    const portfolio = build([...crowd('a', 6, 'A'), ...crowd('al', 2, 'A', 'lead'), ...crowd('b', 5, 'B'), ...crowd('bl', 3, 'B', 'lead')]);
    const inA = aggregateTeam(portfolio, { groupBy: 'role', filter: { department: 'A' } });
    assert.deepEqual(groupsOf(inA), [{ kind: 'role', key: 'staff', people: 6 }]);
    assert.deepEqual([inA.people, inA.withheld], [6, 2]);
    const leads = aggregateTeam(portfolio, { groupBy: 'department', filter: { roleId: 'lead' } });
    assert.deepEqual(groupsOf(leads), [{ kind: 'other', key: null, people: 5 }]);
    const nobody = aggregateTeam(portfolio, { groupBy: 'category', filter: { department: 'Z' } });
    assert.deepEqual([nobody.groups, nobody.people, nobody.withheld], [[], 0, 0]);
  });
});

describe('aggregateTeam: differencing attacks', () => {
  // Department X: six staff and P, its only lead. Department Y: four leads (Q and three more) and five staff.
  const specs = (pLevels: Profile): Spec[] => [
    ...crowd('x', 6, 'X', 'staff', { x: 1, y: 1, z: 0 }),
    { id: 'P', role: 'lead', department: 'X', ratings: [ext('2025-01-10', pLevels)] },
    { id: 'Q', role: 'lead', department: 'Y', ratings: [ext('2025-01-10', { x: 2, y: 2, z: 1 })] },
    ...crowd('yl', 3, 'Y', 'lead', { x: 3, y: 1, z: 2 }),
    ...crowd('y', 5, 'Y', 'staff', { x: 0, y: 2, z: 1 }),
  ];
  const filters: AggregateFilter[] = [{}, { department: 'X' }, { department: 'Y' }, { roleId: 'lead' }, { roleId: 'staff' }];
  for (const department of ['X', 'Y']) for (const roleId of ['lead', 'staff']) filters.push({ department, roleId });
  const everyQuery = (portfolio: Portfolio) =>
    (['department', 'role', 'category'] as const).flatMap((groupBy) => filters.map((filter) => aggregateTeam(portfolio, { groupBy, filter, today: '2025-06-01' })));

  test('all of X minus (X without P, by a role filter) reveals nothing about P', () => {
    const portfolio = build(specs({ x: 0, y: 0, z: 3 }));
    const a = aggregateTeam(portfolio, { groupBy: 'category', filter: { department: 'X' } });
    const b = aggregateTeam(portfolio, { groupBy: 'category', filter: { department: 'X', roleId: 'staff' } });
    assert.deepEqual(a.groups, b.groups, 'the difference A − B is empty');
    assert.equal(a.people, 6);
    assert.equal(a.withheld, 1, 'P is withheld from a query about X');
    const alternatives: Profile[] = [{ x: 3, y: 3, z: 0 }, { x: 1 }, {}];
    for (const levels of alternatives) {
      const other = build(specs(levels));
      assert.deepEqual(aggregateTeam(other, { groupBy: 'category', filter: { department: 'X' } }), a);
      assert.deepEqual(aggregateTeam(other, { groupBy: 'category', filter: { department: 'X', roleId: 'staff' } }), b);
    }
  });

  test('P is only ever counted with the leads of Y, and swapping P with one of them (Q) changes no output', () => {
    const portfolio = build(specs({ x: 0, y: 0, z: 3 }));
    const leads = aggregateTeam(portfolio, { groupBy: 'role', filter: { roleId: 'lead' } });
    assert.deepEqual(groupsOf(leads), [{ kind: 'role', key: 'lead', people: 5 }]);
    const swapped: Portfolio = {
      ...portfolio,
      assessments: portfolio.assessments.map((assessment) =>
        assessment.personId === 'P' ? { ...assessment, personId: 'Q' } : assessment.personId === 'Q' ? { ...assessment, personId: 'P' } : assessment,
      ),
    };
    assert.deepEqual(everyQuery(swapped), everyQuery(portfolio));
  });

  test('a narrower filter removes no one or at least minGroupSize people', () => {
    const portfolio = build(specs({ x: 2 }));
    const people = (filter: AggregateFilter) => aggregateTeam(portfolio, { groupBy: 'category', filter }).people;
    for (const wide of filters) {
      for (const narrow of filters) {
        const narrower = Object.entries(wide).every(([key, value]) => narrow[key as keyof AggregateFilter] === value);
        if (!narrower) continue;
        const removed = people(wide) - people(narrow);
        assert.ok(removed === 0 || removed >= DEFAULT_MIN_GROUP_SIZE, `${JSON.stringify(wide)} → ${JSON.stringify(narrow)}: ${removed}`);
      }
    }
  });
});

describe('aggregateTeam: bad input', () => {
  const portfolio = build(crowd('a', 5, 'A'));

  test('options are checked', () => {
    const bad = (options: unknown) => issuesOf(() => aggregateTeam(portfolio, options as AggregateOptions));
    assert.deepEqual(bad(null), [{ path: '$', code: 'type' }]);
    assert.deepEqual(bad({ groupBy: 'office' }), [{ path: '$.groupBy', code: 'enum' }]);
    assert.deepEqual(bad({}), [{ path: '$.groupBy', code: 'enum' }]);
    assert.deepEqual(bad({ groupBy: 'role', rule: 'newest' }), [{ path: '$.rule', code: 'enum' }]);
    assert.deepEqual(bad({ groupBy: 'role', today: '2025-02-30', previousDate: 'soon' }), [
      { path: '$.today', code: 'date' },
      { path: '$.previousDate', code: 'date' },
    ]);
    assert.deepEqual(bad({ groupBy: 'role', minSize: 5 }), [{ path: '$.minSize', code: 'unknown-key' }]);
    assert.deepEqual(bad({ groupBy: 'role', filter: { role: 'lead', department: 7 } }), [
      { path: '$.filter.role', code: 'unknown-key' },
      { path: '$.filter.department', code: 'type' },
    ]);
  });

  test('issues are data: path, code and parameters, no prose', () => {
    try {
      aggregateTeam(portfolio, { groupBy: 'role', minGroupSize: 2 });
      assert.fail('expected a KompetenzradError');
    } catch (error) {
      assert.ok(error instanceof KompetenzradError);
      assert.equal(error.issues.length, 1);
      const [issue] = error.issues;
      assert.deepEqual([issue.path, issue.code, issue.params?.got, issue.params?.min], ['$.minGroupSize', 'range', 2, 3]);
      assert.deepEqual(Object.keys(issue).sort(), ['code', 'params', 'path']);
    }
  });

  test('people with an unknown role and assessments that do not fit are reported', () => {
    assert.deepEqual(
      issuesOf(() => aggregateTeam(build([{ id: 'p', role: 'boss' }]), { groupBy: 'role' })),
      [{ path: '$.people[0].roleId', code: 'unknown-role' }],
    );
    const broken: Portfolio = {
      ...portfolio,
      assessments: [
        { id: 'b1', personId: 'a1', rater: 'boss' as RaterKind, date: '2025-01-01', levels: {} },
        { id: 'b2', personId: 'a2', rater: 'self', date: '2025-13-01', levels: {} },
        { id: 'b3', personId: 'a3', rater: 'self', date: '2025-01-01', levels: { x: 4 } as unknown as Profile },
        { id: 'b4', personId: 'a4', rater: 'self', date: '2025-01-01', levels: null as unknown as Profile },
        { id: 'b5', personId: 'nobody', rater: 'self', date: 'never', levels: {} },
      ],
    };
    assert.deepEqual(issuesOf(() => aggregateTeam(broken, { groupBy: 'role' })), [
      { path: '$.assessments[0].rater', code: 'enum' },
      { path: '$.assessments[1].date', code: 'date' },
      { path: '$.assessments[3].levels', code: 'type' },
      { path: '$.assessments[2].levels.x', code: 'level' },
    ]);
  });

  test('levels are read however the profiles are built: key order, extra keys, no or another prototype', () => {
    const inherited = Object.assign(Object.create({ z: 3 }) as Record<string, number>, { x: 1 });
    const bare = Object.assign(Object.create(null) as Record<string, number>, { y: 2, x: 0 });
    const profiles = [{ x: 1, y: 2, z: 3 }, { z: 0, x: 2 }, { x: 3, y: 1, z: 2, extra: 1 }, { y: 3 }, { x: 2, z: 1 }, inherited, bare, { x: 2, y: 2, z: 2 }] as Profile[];
    const portfolio = build(profiles.map((levels, n) => ({ id: `p${n}`, ratings: [ext('2025-01-10', levels)] })));
    const result = aggregateTeam(portfolio, { groupBy: 'category' });
    for (const cell of result.groups.flatMap((group) => group.competencies)) {
      const levels = [0, 0, 0, 0];
      for (const person of portfolio.people) {
        const level = currentProfile(portfolio.assessments, person.id).profile[cell.competencyId];
        if (level !== undefined) levels[level]++;
      }
      assert.deepEqual(cell.levels, levels, cell.competencyId);
    }
    assert.deepEqual([cellOf(result, 1, 'z').levels, cellOf(result, 1, 'z').unrated], [[1, 1, 2, 1], 3], 'the inherited z is not a rating');
  });

  test('levels outside the catalogue are ignored, as by the team analysis', () => {
    const extra = build(crowd('a', 5, 'A', 'staff', { x: 2, unknown: 3 } as Profile));
    assert.deepEqual(cellOf(aggregateTeam(extra, { groupBy: 'role' }), 0, 'x').levels, [0, 0, 5, 0]);
  });
});

describe('aggregateTeam: properties', () => {
  const departments = ['A', 'B', 'C', undefined];
  const rating = fc.record({
    rater: fc.constantFrom<RaterKind>('self', 'external'),
    date: fc.constantFrom('2024-01-01', '2024-06-01', '2025-01-01'),
    levels: fc.record({ x: fc.constantFrom(0, 1, 2, 3), y: fc.constantFrom(0, 1, 2, 3), z: fc.constantFrom(0, 1, 2, 3) }, { requiredKeys: [] }),
  });
  const person = fc.record({
    role: fc.constantFrom('lead', 'staff'),
    department: fc.constantFrom(...departments),
    ratings: fc.array(rating, { maxLength: 2 }),
  });
  const portfolioArb = fc.array(person, { maxLength: 40 }).map((people) =>
    build(
      people.map((p, n) => ({
        id: `p${n}`,
        role: p.role,
        ...(p.department === undefined ? {} : { department: p.department }),
        ratings: p.ratings.map((r): Rating => [r.rater, r.date, r.levels as Profile]),
      })),
    ),
  );
  const filterArb = fc.record({ department: fc.constantFrom('A', 'B'), roleId: fc.constantFrom('lead', 'staff') }, { requiredKeys: [] });
  const groupByArb = fc.constantFrom<AggregateGroupBy>('department', 'role', 'category');

  test('no group is smaller than minGroupSize; the groups add up to the people counted; counted + withheld = assessed and matching', () => {
    fc.assert(
      fc.property(portfolioArb, fc.integer({ min: 3, max: 7 }), groupByArb, filterArb, (portfolio, minGroupSize, groupBy, filter) => {
        const result = aggregateTeam(portfolio, { groupBy, minGroupSize, filter, previousDate: '2024-03-01', today: '2025-06-01' });
        const assessed = new Set(portfolio.assessments.map((assessment) => assessment.personId));
        const matching = portfolio.people.filter(
          (p) => assessed.has(p.id) && (filter.department === undefined || p.department === filter.department) && (filter.roleId === undefined || p.roleId === filter.roleId),
        );
        assert.equal(result.people + result.withheld, matching.length);
        for (const group of result.groups) {
          assert.ok(group.people >= minGroupSize);
          for (const cell of group.competencies) assert.equal(cell.count, group.people);
          assert.equal(group.summary.count, group.people * group.competencies.length);
        }
        if (groupBy === 'category') assert.ok(result.groups.every((group) => group.people === result.people));
        else assert.equal(result.groups.reduce((sum, group) => sum + group.people, 0), result.people);
      }),
      { numRuns: 300 },
    );
  });

  test('swapping the assessments of two people of the same role and department changes no output', () => {
    fc.assert(
      fc.property(portfolioArb, fc.nat(), groupByArb, filterArb, (portfolio, i, groupBy, filter) => {
        const { people } = portfolio;
        const a = people[i % Math.max(1, people.length)];
        const b = people.find((other) => other !== a && other.roleId === a?.roleId && other.department === a.department);
        if (!a || !b) return;
        const swapped = {
          ...portfolio,
          assessments: portfolio.assessments.map((x) => (x.personId === a.id ? { ...x, personId: b.id } : x.personId === b.id ? { ...x, personId: a.id } : x)),
        };
        const options: AggregateOptions = { groupBy, filter, minGroupSize: 3, previousDate: '2024-03-01', today: '2025-06-01' };
        assert.deepEqual(aggregateTeam(swapped, options), aggregateTeam(portfolio, options));
      }),
      { numRuns: 300 },
    );
  });
});

describe('withholdSmallGroups: an aggregate made elsewhere, under the page’s minimum', () => {
  const district = generatePortfolio({ seed: 42, people: 300, today: '2025-09-01' });

  test('leaves out the groups that stand for fewer people than the page’s minimum or the aggregate’s, and counts their people as withheld', () => {
    const made = aggregateTeam(district, { groupBy: 'department', minGroupSize: 3 });
    const tiny: AggregateGroup = { ...made.groups[0], key: 'Eine Person', people: 1, competencies: made.groups[0].competencies.map((cell) => ({ ...cell, count: 1 })) };
    const thin: AggregateGroup = { ...made.groups[0], key: 'Dünn', competencies: made.groups[0].competencies.map((cell, index) => (index === 2 ? { ...cell, count: 2 } : cell)) };
    const given: TeamAggregate = { ...made, people: made.people + 1 + thin.people, groups: [...made.groups, tiny, thin] };
    for (const minGroupSize of [3, 5, 12]) {
      const shown = withholdSmallGroups(given, minGroupSize);
      const kept = given.groups.filter((group) => group.people >= minGroupSize && group !== tiny && group !== thin);
      assert.deepEqual(shown.groups, kept);
      assert.equal(shown.minGroupSize, minGroupSize);
      assert.equal(shown.people, kept.reduce((sum, group) => sum + group.people, 0));
      assert.equal(shown.people + shown.withheld, given.people + given.withheld, 'nobody is lost from the count');
    }
    assert.equal(withholdSmallGroups(given, 2).minGroupSize, 5, 'a page minimum below 3 counts as the default');
  });

  test('gives the same object when nothing is left out; a category view of too few people shows no category', () => {
    const made = aggregateTeam(district, { groupBy: 'role', minGroupSize: 5 });
    assert.equal(withholdSmallGroups(made, 5), made);
    const organisation = aggregateTeam(generatePortfolio({ seed: 3, people: 8, today: '2025-09-01' }), { groupBy: 'category', minGroupSize: 3 });
    assert.ok(organisation.people >= 3 && organisation.people < 30, `${organisation.people} people counted`);
    const withheld = withholdSmallGroups(organisation, 30);
    assert.deepEqual(withheld.groups, []);
    assert.equal(withheld.people, 0);
    assert.equal(withheld.withheld, organisation.withheld + organisation.people);
    assert.deepEqual(withholdSmallGroups(organisation, 3).groups, organisation.groups);
  });

  test('fails closed: a minimum that is missing, not a whole number or below 3 never lets a small group through', () => {
    const made = aggregateTeam(district, { groupBy: 'department', minGroupSize: 3 });
    const one: AggregateGroup = { ...made.groups[0], key: 'Eine Person', people: 1, competencies: made.groups[0].competencies.map((cell) => ({ ...cell, count: 1, levels: [0, 0, 0, 1], unrated: 0 })) };
    const given = { ...made, groups: [...made.groups, one] };
    const bad = [undefined, Number.NaN, 1, 2.5, '7', null] as unknown as number[];
    for (const minimum of bad) {
      const label = String(minimum);
      assert.ok(!withholdSmallGroups({ ...given, minGroupSize: minimum }, 5).groups.includes(one), `the aggregate's minimum ${label}`);
      assert.ok(!withholdSmallGroups({ ...given, minGroupSize: 3 }, minimum).groups.includes(one), `the page's minimum ${label}`);
      assert.ok(standsForTooFew(one, minimum), `standsForTooFew with ${label}`);
    }
    const { minGroupSize: _, ...withoutMinimum } = given;
    const shown = withholdSmallGroups(withoutMinimum as TeamAggregate, 1);
    assert.equal(shown.minGroupSize, DEFAULT_MIN_GROUP_SIZE, 'no minimum: the default');
    assert.ok(shown.groups.every((group) => group.people >= DEFAULT_MIN_GROUP_SIZE));
    assert.equal(withholdSmallGroups({ ...given, minGroupSize: 1 }, 1).minGroupSize, DEFAULT_MIN_GROUP_SIZE, 'below 3: the default');
    assert.equal(withholdSmallGroups({ ...given, minGroupSize: MIN_GROUP_SIZE_FLOOR }, MIN_GROUP_SIZE_FLOOR).minGroupSize, MIN_GROUP_SIZE_FLOOR);
    assert.ok(standsForTooFew({ people: '9' as unknown as number, competencies: one.competencies }, 3), 'a count that is no number is too few');
  });
});
