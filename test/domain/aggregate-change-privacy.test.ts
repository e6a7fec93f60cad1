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

const cell = (group: AggregateGroup, competencyId: string) => group.competencies.find((one) => one.competencyId === competencyId)!;

/** The competencies whose change `group` withholds (null), in order; the summary's change is given only when none is. */
function withheldIn(group: AggregateGroup): string[] {
  const withheld = group.competencies.filter((one) => one.change === null).map((one) => one.competencyId);
  assert.equal(group.changeWithheld ?? false, withheld.length > 0, `changeWithheld of ${group.key}`);
  assert.equal(group.summary.change === null, withheld.length > 0, `the summary of ${group.key} gives a change only when every cell does`);
  return withheld;
}

describe('aggregateTeam: the change of a competency only for none or at least minGroupSize movers in it', () => {
  test('a block of 5 with one person rated again (+2 in daten): the change of daten and the summary withheld, the others given, the levels still shown', () => {
    const portfolio = build(block('p', 5, 1));
    for (const groupBy of ['department', 'role'] as const) {
      const [group] = aggregateTeam(portfolio, { groupBy, previousDate: PREVIOUS }).groups;
      assert.deepEqual(withheldIn(group), ['daten'], groupBy);
      assert.deepEqual(cell(group, 'daten').levels, [0, 4, 0, 1], `${groupBy}: the levels are released as without previousDate`);
      assert.deepEqual(cell(group, 'team').change, { up: 0, same: 5, down: 0, notComparable: 0, meanChange: 0 });
    }
    const [digital, social] = aggregateTeam(portfolio, { groupBy: 'category', previousDate: PREVIOUS }).groups;
    assert.deepEqual(withheldIn(digital), ['daten']);
    assert.deepEqual(withheldIn(social), []);
  });

  test('one person who alone moved in a competency is withheld there, also when others moved elsewhere; every grouping agrees', () => {
    // All five moved in daten; p5 alone also in team (+2).
    const portfolio = build(block('p', 5, 5).map((spec, n) => (n === 4 ? { ...spec, ratings: [spec.ratings[0], [NOW, { ...BASE, daten: 3, team: 3 }]] as Spec['ratings'] } : spec)));
    const [department] = aggregateTeam(portfolio, { groupBy: 'department', previousDate: PREVIOUS }).groups;
    assert.deepEqual(withheldIn(department), ['team']);
    assert.deepEqual(cell(department, 'daten').change, { up: 5, same: 0, down: 0, notComparable: 0, meanChange: 2 });
    const [role] = aggregateTeam(portfolio, { groupBy: 'role', previousDate: PREVIOUS }).groups;
    assert.deepEqual(withheldIn(role), ['team']);
    const [digital, social] = aggregateTeam(portfolio, { groupBy: 'category', previousDate: PREVIOUS }).groups;
    assert.deepEqual([withheldIn(digital), withheldIn(social)], [[], ['team']]);
    assert.deepEqual(digital.summary.change, { up: 5, same: 5, down: 0, notComparable: 0, meanChange: 1 });
  });

  test('five movers of five in a competency: given, with the figures of all five', () => {
    const portfolio = build([
      { id: 'a', ratings: [[THEN, BASE], [NOW, { ...BASE, daten: 3 }]] },
      { id: 'b', ratings: [[THEN, BASE], [NOW, { ...BASE, daten: 2 }]] },
      { id: 'c', ratings: [[THEN, BASE], [NOW, { ...BASE, daten: 2 }]] },
      { id: 'd', ratings: [[THEN, BASE], [NOW, { ...BASE, daten: 0 }]] },
      { id: 'e', ratings: [[THEN, BASE], [NOW, { ...BASE, daten: 2 }]] },
    ]);
    const [group] = aggregateTeam(portfolio, { groupBy: 'department', previousDate: PREVIOUS }).groups;
    assert.deepEqual(withheldIn(group), []);
    assert.deepEqual(cell(group, 'daten').change, { up: 4, same: 0, down: 1, notComparable: 0, meanChange: 0.8 });
    assert.deepEqual(cell(group, 'recht').change, { up: 0, same: 5, down: 0, notComparable: 0, meanChange: 0 });
    assert.deepEqual(group.summary.change, { up: 4, same: 10, down: 1, notComparable: 0, meanChange: 4 / 15 });
  });

  test('nobody moved: given, all the same', () => {
    const [group] = aggregateTeam(build(block('p', 5, 0)), { groupBy: 'role', previousDate: PREVIOUS }).groups;
    assert.deepEqual(withheldIn(group), []);
    assert.deepEqual(group.summary.change, { up: 0, same: 15, down: 0, notComparable: 0, meanChange: 0 });
  });

  test('a group of 8 with 3 movers: withheld at minGroupSize 5, given at 3', () => {
    const portfolio = build(block('p', 8, 3));
    const at = (minGroupSize: number) => aggregateTeam(portfolio, { groupBy: 'department', minGroupSize, previousDate: PREVIOUS }).groups[0];
    assert.deepEqual(withheldIn(at(5)), ['daten']);
    const given = at(3);
    assert.deepEqual(withheldIn(given), []);
    assert.deepEqual(cell(given, 'daten').change, { up: 3, same: 5, down: 0, notComparable: 0, meanChange: 0.75 });
  });

  test('moving previousDate by one day past the day one person was rated withholds the change', () => {
    const portfolio = build([
      ...block('early', 4, 4).map((spec) => ({ ...spec, ratings: [spec.ratings[0], ['2025-01-10', spec.ratings[1][1]]] as Spec['ratings'] })),
      { id: 'late', ratings: [[THEN, BASE], ['2025-01-11', { ...BASE, daten: 3 }]] },
    ]);
    const on = (previousDate: string) => aggregateTeam(portfolio, { groupBy: 'department', previousDate }).groups[0];
    assert.deepEqual(withheldIn(on('2025-01-09')), [], 'all five moved since');
    assert.deepEqual(withheldIn(on('2025-01-10')), ['daten'], 'only the one rated on 2025-01-11 moved since');
    assert.deepEqual(withheldIn(on('2025-01-11')), [], 'nobody moved since');
  });

  test('a first rating since then is no move: four first ratings and one mover are withheld', () => {
    const portfolio = build([
      ...Array.from({ length: 4 }, (_, n): Spec => ({ id: `new${n}`, ratings: [[THEN, { recht: 1, team: 1 }], [NOW, BASE]] })),
      { id: 'moved', ratings: [[THEN, BASE], [NOW, { ...BASE, daten: 3 }]] },
    ]);
    assert.deepEqual(withheldIn(aggregateTeam(portfolio, { groupBy: 'department', previousDate: PREVIOUS }).groups[0]), ['daten']);
  });

  test('decided per block: a department whose one role has a single mover is withheld, though the department has enough, so a role filter cannot difference it out', () => {
    const portfolio = build([...block('l', 5, 5, undefined, { role: 'lead' }), ...block('s', 5, 1, undefined, { role: 'staff' })]);
    const options: AggregateOptions = { groupBy: 'department', previousDate: PREVIOUS };
    const [department] = aggregateTeam(portfolio, options).groups;
    assert.equal(department.people, 10);
    assert.deepEqual(withheldIn(department), ['daten'], 'six movers, one of them alone in the staff block');
    assert.deepEqual(withheldIn(aggregateTeam(portfolio, { ...options, filter: { roleId: 'lead' } }).groups[0]), [], 'the leads alone');
    assert.deepEqual(withheldIn(aggregateTeam(portfolio, { ...options, filter: { roleId: 'staff' } }).groups[0]), ['daten'], 'the staff alone');
  });

  test('without previousDate: no change, nothing withheld', () => {
    const [group] = aggregateTeam(build(block('p', 5, 1)), { groupBy: 'department' }).groups;
    assert.equal(group.changeWithheld, false);
    assert.ok([group.summary, ...group.competencies].every((one) => one.change === null));
  });
});

describe('withholdSmallGroups: the rule on each group’s totals under the page’s minimum', () => {
  const portfolio = build([...block('a', 8, 3, undefined, { department: 'A' }), ...block('b', 8, 5, undefined, { department: 'B' })]);
  const made = aggregateTeam(portfolio, { groupBy: 'department', minGroupSize: 3, previousDate: PREVIOUS });

  test('a higher minimum withholds the change of a competency with too few movers, keeps the group and its other figures', () => {
    const [a, b] = made.groups;
    assert.deepEqual(withheldIn(a), []);
    const shown = withholdSmallGroups(made, 5);
    assert.equal(shown.groups.length, 2);
    assert.equal(shown.people, 16);
    const [shownA, shownB] = shown.groups;
    assert.deepEqual(withheldIn(shownA), ['daten']);
    assert.deepEqual(cell(shownA, 'team').change, cell(a, 'team').change);
    assert.deepEqual(
      shownA.competencies.map(({ change: _, ...rest }) => rest),
      a.competencies.map(({ change: _, ...rest }) => rest),
    );
    assert.equal(shownB, b, 'B has five movers');
    assert.equal(withholdSmallGroups(made, 3), made);
    assert.deepEqual(withheldIn(withholdSmallGroups(made, 6).groups[1]), ['daten']);
  });

  test('fails closed: a change whose movers are no believable count, and a summary change that a cell does not give, are withheld', () => {
    const [a] = made.groups;
    const daten = cell(a, 'daten');
    for (const change of [
      { ...daten.change!, up: Number.NaN },
      { ...daten.change!, up: -1 },
      { ...daten.change!, up: 2.5 },
      { ...daten.change!, up: '3' },
      { ...daten.change!, up: a.people + 1 },
    ] as unknown as AggregateGroup['summary']['change'][]) {
      const given: TeamAggregate = { ...made, groups: [{ ...a, competencies: a.competencies.map((one) => (one === daten ? { ...one, change } : one)) }] };
      assert.deepEqual(withheldIn(withholdSmallGroups(given, 3).groups[0]), ['daten'], `up ${String(change?.up)}`);
    }
    const summaryOnly: TeamAggregate = { ...made, groups: [{ ...a, competencies: a.competencies.map((one) => (one === daten ? { ...one, change: null } : one)) }] };
    assert.equal(withholdSmallGroups(summaryOnly, 3).groups[0].summary.change, null);
  });
});

describe('aggregateTeam: movers as counted person by person', () => {
  const date = fc.constantFrom('2024-01-01', '2024-06-01', '2024-06-02', '2025-01-01');
  const levels = fc.record({ daten: fc.constantFrom(0, 1, 2, 3), recht: fc.constantFrom(0, 1, 2, 3), team: fc.constantFrom(0, 1, 2, 3) }, { requiredKeys: [] });
  const portfolioArb = fc
    .array(fc.record({ role: fc.constantFrom('lead', 'staff'), department: fc.constantFrom('A', 'B'), ratings: fc.array(fc.tuple(date, levels), { maxLength: 3 }) }), { maxLength: 30 })
    .map((people) => build(people.map((p, n) => ({ id: `p${n}`, role: p.role, department: p.department, ratings: p.ratings as Spec['ratings'] }))));

  test('a change given stands for the people whose rating of it moved, none or at least the minimum; too few are withheld; nobody moved is given', () => {
    fc.assert(
      fc.property(portfolioArb, fc.integer({ min: 3, max: 5 }), fc.constantFrom<AggregateGroupBy>('department', 'role', 'category'), date, (portfolio, minGroupSize, groupBy, previousDate) => {
        const options: AggregateOptions = { groupBy, minGroupSize, previousDate };
        const before = portfolio.assessments.filter((assessment) => assessment.date <= previousDate);
        for (const group of aggregateTeam(portfolio, options).groups) {
          withheldIn(group);
          const members = aggregateMembers(portfolio, options, group).map((person) => ({
            now: currentProfile(portfolio.assessments, person.id).profile,
            then: currentProfile(before, person.id).profile,
          }));
          for (const one of group.competencies) {
            const id = one.competencyId;
            const movers = members.filter(({ now, then }) => now[id] !== undefined && then[id] !== undefined && now[id] !== then[id]).length;
            if (one.change !== null) assert.equal(one.change.up + one.change.down, movers);
            if (movers > 0 && movers < minGroupSize) assert.equal(one.change, null);
            if (movers === 0) assert.notEqual(one.change, null, 'nobody moved in it: given');
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
