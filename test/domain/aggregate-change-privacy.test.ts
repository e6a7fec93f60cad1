import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { aggregateMembers, aggregateTeam, withholdSmallGroups, type AggregateGroup, type AggregateGroupBy, type AggregateOptions, type TeamAggregate } from '../../src/domain/aggregate.ts';
import { currentProfile } from '../../src/domain/assessments.ts';
import { PORTFOLIO_FORMAT, PORTFOLIO_VERSION, type Assessment, type Catalogue, type Portfolio, type Profile, type Role } from '../../src/domain/types.ts';

const label = { de: 'L', en: 'L' };
const catalogue: Catalogue = {
  categories: [
    { id: 'digital', label },
    { id: 'social', label },
  ],
  competencies: [
    { id: 'daten', category: 'digital', label },
    { id: 'recht', category: 'digital', label },
    { id: 'team', category: 'social', label },
  ],
};
const roles: Role[] = [
  { id: 'staff', label, target: { daten: 2, recht: 1, team: 2 } },
  { id: 'lead', label, target: { daten: 3, recht: 2, team: 3 } },
];

const THEN = '2024-01-15';
const NOW = '2025-01-15';
const PREVIOUS = '2024-06-30';
const BASE: Profile = { daten: 1, recht: 1, team: 1 };

interface Spec {
  id: string;
  role?: string;
  department?: string;
  /** Date and levels of each external rating. */
  ratings: [string, Profile][];
}

function build(specs: readonly Spec[]): Portfolio {
  return {
    format: PORTFOLIO_FORMAT,
    version: PORTFOLIO_VERSION,
    catalogue,
    roles,
    people: specs.map((spec) => ({ id: spec.id, name: spec.id, roleId: spec.role ?? 'staff', department: spec.department ?? 'Amt' })),
    assessments: specs.flatMap((spec) => spec.ratings.map(([date, levels], k): Assessment => ({ id: `${spec.id}-${k}`, personId: spec.id, rater: 'external', date, levels }))),
    goals: [],
    plans: [],
  };
}

/** `count` people rated `BASE` before `PREVIOUS`; the first `movers` of them rated again after it with `moved`, the others with `BASE` again. */
function block(prefix: string, count: number, movers: number, moved: Profile = { ...BASE, daten: 3 }, where: Partial<Spec> = {}): Spec[] {
  return Array.from({ length: count }, (_, n) => ({
    id: `${prefix}${n + 1}`,
    ...where,
    ratings: [
      [THEN, BASE],
      [NOW, n < movers ? moved : BASE],
    ],
  }));
}

const changesOf = (group: AggregateGroup) => [group.summary.change, ...group.competencies.map((cell) => cell.change)];

function assertWithheld(group: AggregateGroup, why: string): void {
  assert.equal(group.changeWithheld, true, why);
  assert.equal(group.movers, null, why);
  assert.deepEqual(changesOf(group), [null, ...group.competencies.map(() => null)], `${why}: every change is null`);
}

function assertReleased(group: AggregateGroup, movers: number, why: string): void {
  assert.equal(group.changeWithheld, false, why);
  assert.equal(group.movers, movers, why);
  assert.ok(changesOf(group).every((change) => change !== null), `${why}: every change is given`);
}

const cell = (group: AggregateGroup, competencyId: string) => group.competencies.find((one) => one.competencyId === competencyId)!;

describe('aggregateTeam: change figures only for none or at least minGroupSize movers', () => {
  test('a block of 5 with one person rated again (+2 in daten): change withheld in every cell and the summary, the levels still shown', () => {
    const portfolio = build(block('p', 5, 1));
    for (const groupBy of ['department', 'role', 'category'] as const) {
      const result = aggregateTeam(portfolio, { groupBy, previousDate: PREVIOUS });
      assert.ok(result.groups.length > 0, groupBy);
      const digital = result.groups[0];
      assertWithheld(digital, groupBy);
      assert.deepEqual(cell(digital, 'daten').levels, [0, 4, 0, 1], `${groupBy}: the levels are released as without previousDate`);
    }
    const social = aggregateTeam(portfolio, { groupBy: 'category', previousDate: PREVIOUS }).groups[1];
    assertReleased(social, 0, 'nobody moved in team');
  });

  test('five movers of five: released, with the figures of all five', () => {
    const portfolio = build([
      { id: 'a', ratings: [[THEN, BASE], [NOW, { ...BASE, daten: 3 }]] },
      { id: 'b', ratings: [[THEN, BASE], [NOW, { ...BASE, daten: 2 }]] },
      { id: 'c', ratings: [[THEN, BASE], [NOW, { ...BASE, daten: 2 }]] },
      { id: 'd', ratings: [[THEN, BASE], [NOW, { ...BASE, daten: 0 }]] },
      { id: 'e', ratings: [[THEN, BASE], [NOW, { ...BASE, team: 3 }]] },
    ]);
    const [group] = aggregateTeam(portfolio, { groupBy: 'department', previousDate: PREVIOUS }).groups;
    assertReleased(group, 5, 'five moved');
    assert.deepEqual(cell(group, 'daten').change, { up: 3, same: 1, down: 1, notComparable: 0, meanChange: 0.6 });
    assert.deepEqual(cell(group, 'recht').change, { up: 0, same: 5, down: 0, notComparable: 0, meanChange: 0 });
    assert.deepEqual(cell(group, 'team').change, { up: 1, same: 4, down: 0, notComparable: 0, meanChange: 0.4 });
    assert.deepEqual(group.summary.change, { up: 4, same: 10, down: 1, notComparable: 0, meanChange: 5 / 15 });
  });

  test('nobody moved: released, all the same', () => {
    const [group] = aggregateTeam(build(block('p', 5, 0)), { groupBy: 'role', previousDate: PREVIOUS }).groups;
    assertReleased(group, 0, 'nobody moved');
    assert.deepEqual(group.summary.change, { up: 0, same: 15, down: 0, notComparable: 0, meanChange: 0 });
  });

  test('a group of 8 with 3 movers: withheld at minGroupSize 5, released at 3', () => {
    const portfolio = build(block('p', 8, 3));
    const at = (minGroupSize: number) => aggregateTeam(portfolio, { groupBy: 'department', minGroupSize, previousDate: PREVIOUS }).groups[0];
    assertWithheld(at(5), 'three movers at 5');
    const released = at(3);
    assertReleased(released, 3, 'three movers at 3');
    assert.deepEqual(cell(released, 'daten').change, { up: 3, same: 5, down: 0, notComparable: 0, meanChange: 0.75 });
  });

  test('moving previousDate by one day past the day one person was rated withholds the change', () => {
    const portfolio = build([
      ...block('early', 4, 4).map((spec) => ({ ...spec, ratings: [spec.ratings[0], ['2025-01-10', spec.ratings[1][1]]] as Spec['ratings'] })),
      { id: 'late', ratings: [[THEN, BASE], ['2025-01-11', { ...BASE, daten: 3 }]] },
    ]);
    const on = (previousDate: string) => aggregateTeam(portfolio, { groupBy: 'department', previousDate }).groups[0];
    assertReleased(on('2025-01-09'), 5, 'all five moved since');
    assertWithheld(on('2025-01-10'), 'only the one rated on 2025-01-11 moved since');
    assertReleased(on('2025-01-11'), 0, 'nobody moved since');
  });

  test('a first rating since then is no move: four first ratings and one mover are withheld', () => {
    const portfolio = build([
      ...Array.from({ length: 4 }, (_, n): Spec => ({ id: `new${n}`, ratings: [[THEN, { recht: 1, team: 1 }], [NOW, BASE]] })),
      { id: 'moved', ratings: [[THEN, BASE], [NOW, { ...BASE, daten: 3 }]] },
    ]);
    assertWithheld(aggregateTeam(portfolio, { groupBy: 'department', previousDate: PREVIOUS }).groups[0], 'one mover among first ratings');
  });

  test('decided per block: a department whose one role has a single mover is withheld, though the department has enough, so a role filter cannot difference it out', () => {
    const portfolio = build([...block('l', 5, 5, undefined, { role: 'lead' }), ...block('s', 5, 1, undefined, { role: 'staff' })]);
    const options: AggregateOptions = { groupBy: 'department', previousDate: PREVIOUS };
    const [department] = aggregateTeam(portfolio, options).groups;
    assert.equal(department.people, 10);
    assertWithheld(department, 'six movers, one of them alone in the staff block');
    assertReleased(aggregateTeam(portfolio, { ...options, filter: { roleId: 'lead' } }).groups[0], 5, 'the leads alone');
    assertWithheld(aggregateTeam(portfolio, { ...options, filter: { roleId: 'staff' } }).groups[0], 'the staff alone');
  });

  test('without previousDate: no change, nothing withheld', () => {
    const [group] = aggregateTeam(build(block('p', 5, 1)), { groupBy: 'department' }).groups;
    assert.deepEqual([group.movers, group.changeWithheld], [null, false]);
    assert.ok(changesOf(group).every((change) => change === null));
  });
});

describe('withholdSmallGroups: the same rule under the page’s minimum', () => {
  const portfolio = build([...block('a', 8, 3, undefined, { department: 'A' }), ...block('b', 8, 5, undefined, { department: 'B' })]);
  const made = aggregateTeam(portfolio, { groupBy: 'department', minGroupSize: 3, previousDate: PREVIOUS });

  test('a higher minimum withholds the change of a group with too few movers, keeps the group and its other figures', () => {
    const [a, b] = made.groups;
    assertReleased(a, 3, 'A at 3');
    const shown = withholdSmallGroups(made, 5);
    assert.equal(shown.groups.length, 2);
    assert.equal(shown.people, 16);
    const [shownA, shownB] = shown.groups;
    assertWithheld(shownA, 'A at 5');
    assert.deepEqual(
      shownA.competencies.map(({ change: _, ...rest }) => rest),
      a.competencies.map(({ change: _, ...rest }) => rest),
    );
    assert.equal(shownB, b, 'B has five movers');
    assert.equal(withholdSmallGroups(made, 3), made);
    assertWithheld(withholdSmallGroups(made, 6).groups[1], 'B at 6');
  });

  test('fails closed: change figures without a usable number of movers are withheld', () => {
    const [a] = made.groups;
    for (const movers of [undefined, null, 2, -1, Number.NaN, '5'] as unknown as number[]) {
      const given: TeamAggregate = { ...made, groups: [{ ...a, movers }] };
      assertWithheld(withholdSmallGroups(given, 3).groups[0], `movers ${String(movers)}`);
    }
  });
});

describe('aggregateTeam: movers as counted person by person', () => {
  const date = fc.constantFrom('2024-01-01', '2024-06-01', '2024-06-02', '2025-01-01');
  const levels = fc.record({ daten: fc.constantFrom(0, 1, 2, 3), recht: fc.constantFrom(0, 1, 2, 3), team: fc.constantFrom(0, 1, 2, 3) }, { requiredKeys: [] });
  const portfolioArb = fc
    .array(fc.record({ role: fc.constantFrom('lead', 'staff'), department: fc.constantFrom('A', 'B'), ratings: fc.array(fc.tuple(date, levels), { maxLength: 3 }) }), { maxLength: 30 })
    .map((people) => build(people.map((p, n) => ({ id: `p${n}`, role: p.role, department: p.department, ratings: p.ratings as Spec['ratings'] }))));

  test('a released group’s movers are its people whose rating moved in its competencies, none or at least the minimum; too few are withheld', () => {
    fc.assert(
      fc.property(portfolioArb, fc.integer({ min: 3, max: 5 }), fc.constantFrom<AggregateGroupBy>('department', 'role', 'category'), date, (portfolio, minGroupSize, groupBy, previousDate) => {
        const options: AggregateOptions = { groupBy, minGroupSize, previousDate };
        const before = portfolio.assessments.filter((assessment) => assessment.date <= previousDate);
        for (const group of aggregateTeam(portfolio, options).groups) {
          const movers = aggregateMembers(portfolio, options, group).filter((person) => {
            const now = currentProfile(portfolio.assessments, person.id).profile;
            const then = currentProfile(before, person.id).profile;
            return group.competencies.some(({ competencyId: id }) => now[id] !== undefined && then[id] !== undefined && now[id] !== then[id]);
          }).length;
          if (group.changeWithheld) assert.ok(changesOf(group).every((change) => change === null));
          else assert.equal(group.movers, movers);
          if (movers > 0 && movers < minGroupSize) assert.ok(group.changeWithheld);
        }
      }),
      { numRuns: 300 },
    );
  });
});
