import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeTeam, buildTeamMatrix, GAP_VALUES, MAX_REPORTED_ISSUES, teamGaps, type TeamMember } from '../../src/domain/team.ts';
import { analyzeGaps } from '../../src/domain/gaps.ts';
import { ACTUAL_RULES, currentProfile } from '../../src/domain/assessments.ts';
import { generatePortfolio, mulberry32 } from '../../src/domain/sample.ts';
import { COMPETENCY_IDS, DEFAULT_CATALOGUE } from '../../src/domain/catalogue.ts';
import { DEFAULT_ROLES } from '../../src/domain/roles.ts';
import { KompetenzradError } from '../../src/domain/errors.ts';
import type { Assessment, Catalogue, Level, Profile } from '../../src/domain/types.ts';

const small: Catalogue = {
  categories: [
    { id: 'a', label: { de: 'A', en: 'A' } },
    { id: 'b', label: { de: 'B', en: 'B' } },
  ],
  competencies: [
    { id: 'x', category: 'a', label: { de: 'X', en: 'X' }, description: { de: 'x', en: 'x' } },
    { id: 'y', category: 'b', label: { de: 'Y', en: 'Y' }, description: { de: 'y', en: 'y' } },
  ],
};

function issuesOf(members: unknown, catalogue: Catalogue = small): { path: string; code: string }[] {
  try {
    analyzeTeam(catalogue, members as TeamMember[]);
  } catch (error) {
    assert.ok(error instanceof KompetenzradError);
    return error.issues.map(({ path, code }) => ({ path, code }));
  }
  assert.fail('expected analyzeTeam to throw');
}

describe('analyzeTeam', () => {
  test('counts gaps −3..3, actual and target levels, and averages per competency', () => {
    const target: Profile = { x: 3, y: 1 };
    const team = analyzeTeam(small, [
      { personId: 'a', target, actual: { x: 0, y: 1 } },
      { personId: 'b', target, actual: { x: 2, y: 3 } },
      { personId: 'c', target: { x: 1 }, actual: { x: 1 } },
    ]);
    assert.deepEqual([...GAP_VALUES], [-3, -2, -1, 0, 1, 2, 3]);
    assert.equal(team.memberCount, 3);
    assert.equal(team.peopleToBuild, 2);
    assert.deepEqual(team.competencies[0], {
      competencyId: 'x',
      categoryId: 'a',
      gapCounts: [0, 0, 0, 1, 1, 0, 1],
      actualCounts: [1, 1, 1, 0],
      targetCounts: [0, 1, 0, 2],
      toBuild: 2,
      levelsToBuild: 4,
      averageGap: 4 / 3,
      averageActual: 1,
      averageTarget: 7 / 3,
    });
    assert.deepEqual(team.competencies[1], {
      competencyId: 'y',
      categoryId: 'b',
      gapCounts: [0, 1, 0, 2, 0, 0, 0],
      actualCounts: [1, 1, 0, 1],
      targetCounts: [1, 2, 0, 0],
      toBuild: 0,
      levelsToBuild: 0,
      averageGap: -2 / 3,
      averageActual: 4 / 3,
      averageTarget: 2 / 3,
    });
  });

  test('agrees with analyzeGaps person by person', () => {
    const members: TeamMember[] = DEFAULT_ROLES.map((role, i) => ({
      personId: `p${i}`,
      target: role.target,
      actual: Object.fromEntries(COMPETENCY_IDS.map((id, c) => [id, (c * 7 + i * 3) % 4])) as Profile,
    }));
    const team = analyzeTeam(DEFAULT_CATALOGUE, members);
    const perPerson = members.map((m) => analyzeGaps({ catalogue: DEFAULT_CATALOGUE, target: m.target, actual: m.actual }));
    team.competencies.forEach((stats, c) => {
      const gaps = perPerson.map((analysis) => analysis.entries[c].gap);
      assert.equal(stats.toBuild, gaps.filter((gap) => gap > 0).length);
      assert.equal(stats.averageGap, gaps.reduce((a, b) => a + b, 0) / gaps.length);
      for (const gap of GAP_VALUES) assert.equal(stats.gapCounts[gap + 3], gaps.filter((g) => g === gap).length);
    });
    assert.equal(team.peopleToBuild, perPerson.filter((analysis) => analysis.summary.toBuild > 0).length);
  });

  test('an empty team has zero counts and averages', () => {
    const team = analyzeTeam(DEFAULT_CATALOGUE, []);
    assert.equal(team.memberCount, 0);
    assert.equal(team.peopleToBuild, 0);
    assert.equal(team.competencies.length, 25);
    for (const stats of team.competencies) {
      assert.deepEqual(stats.gapCounts, [0, 0, 0, 0, 0, 0, 0]);
      assert.equal(stats.averageGap, 0);
      assert.equal(stats.averageActual, 0);
    }
  });

  test('reads a target shared by many people only once but gives each person their own row', () => {
    const target: Profile = { x: 2, y: 2 };
    const matrix = buildTeamMatrix(small, [
      { personId: 'a', target, actual: { x: 1 } },
      { personId: 'b', target, actual: { y: 3 } },
      { personId: 'c', target: { y: 1 }, actual: {} },
    ]);
    assert.deepEqual([...matrix.target], [2, 2, 2, 2, 0, 1]);
    assert.deepEqual([...matrix.actual], [1, 0, 0, 3, 0, 0]);
    assert.deepEqual(matrix.personIds, ['a', 'b', 'c']);
  });

  test('handles profiles built key by key (slow objects) and with a null prototype', () => {
    const actual: Record<string, Level> = {};
    for (const id of COMPETENCY_IDS) actual[id] = 2;
    const bare = Object.assign(Object.create(null) as Record<string, Level>, { team: 3 });
    const team = analyzeTeam(DEFAULT_CATALOGUE, [
      { personId: 'a', target: bare, actual },
      { personId: 'b', target: bare, actual: bare },
    ]);
    const teamStats = team.competencies.find((stats) => stats.competencyId === 'team')!;
    assert.deepEqual(teamStats.actualCounts, [0, 0, 1, 1]);
    assert.equal(teamStats.toBuild, 1);
  });

  test('ignores inherited properties of a profile', () => {
    const inherited = Object.create({ x: 3 }) as Record<string, Level>;
    inherited.y = 1;
    const team = analyzeTeam(small, [{ personId: 'a', target: inherited, actual: {} }]);
    assert.deepEqual(team.competencies.map((stats) => stats.averageTarget), [0, 1]);
  });

  test('rejects bad levels, unknown ids and __proto__ keys with the exact path', () => {
    assert.deepEqual(
      issuesOf([
        { personId: 'a', target: { x: 4 }, actual: { y: -1 } },
        { personId: 'b', target: { x: 1.5 }, actual: { y: '2' } },
        { personId: 'c', target: { x: null }, actual: { kochen: 1 } },
        { personId: 'd', target: {}, actual: JSON.parse('{"__proto__": 1}') },
      ]),
      [
        { path: '$.members[0].target.x', code: 'level' },
        { path: '$.members[0].actual.y', code: 'level' },
        { path: '$.members[1].target.x', code: 'level' },
        { path: '$.members[1].actual.y', code: 'level' },
        { path: '$.members[2].target.x', code: 'level' },
        { path: '$.members[2].actual.kochen', code: 'unknown-competency' },
        { path: '$.members[3].actual.__proto__', code: 'forbidden-key' },
      ],
    );
  });

  test('rejects duplicate and bad person ids, non-objects and a missing list', () => {
    assert.deepEqual(
      issuesOf([
        { personId: 'a', target: {}, actual: {} },
        { personId: 'a', target: {}, actual: {} },
        { personId: '', target: {}, actual: {} },
        { personId: '__proto__', target: {}, actual: {} },
        null,
        { personId: 'e', target: [], actual: 'x' },
      ]),
      [
        { path: '$.members[1].personId', code: 'duplicate-id' },
        { path: '$.members[2].personId', code: 'id' },
        { path: '$.members[3].personId', code: 'id' },
        { path: '$.members[4]', code: 'type' },
        { path: '$.members[5].target', code: 'type' },
        { path: '$.members[5].actual', code: 'type' },
      ],
    );
    assert.deepEqual(issuesOf(undefined), [{ path: '$.members', code: 'type' }]);
  });

  test('stops collecting issues after MAX_REPORTED_ISSUES', () => {
    const members = Array.from({ length: 500 }, (_, i) => ({ personId: `p${i}`, target: { x: 9 }, actual: {} }));
    assert.equal(issuesOf(members).length, MAX_REPORTED_ISSUES);
  });

  test('rejects an invalid catalogue', () => {
    assert.throws(() => analyzeTeam({} as Catalogue, []), (error: unknown) => error instanceof KompetenzradError && error.issues[0].path === '$.catalogue.categories');
  });
});

/** A profile with a random subset of `ids` at random levels, keys in random order, sometimes without a prototype. */
function randomProfile(random: () => number, ids: readonly string[]): Profile {
  const profile: Record<string, Level> = random() < 0.2 ? (Object.create(null) as Record<string, Level>) : {};
  const shuffled = [...ids].sort(() => random() - 0.5);
  for (const id of shuffled) if (random() < 0.7) profile[id] = Math.floor(random() * 4) as Level;
  return profile;
}

/** Every person's gaps and levels from the matrix equal the ones of their own `analyzeGaps`. */
function assertSameAsAnalyzeGaps(catalogue: Catalogue, members: readonly TeamMember[]): void {
  const matrix = buildTeamMatrix(catalogue, members);
  const gap = teamGaps(matrix);
  const width = matrix.competencyIds.length;
  assert.equal(gap.length, members.length * width);
  members.forEach((member, p) => {
    const { entries } = analyzeGaps({ catalogue, target: member.target, actual: member.actual });
    const row = (values: ArrayLike<number>) => Array.from(values).slice(p * width, (p + 1) * width);
    assert.deepEqual(row(gap), entries.map((entry) => entry.gap), `gaps of ${member.personId}`);
    assert.deepEqual(row(matrix.actual), entries.map((entry) => entry.actual), `actual levels of ${member.personId}`);
    assert.deepEqual(row(matrix.target), entries.map((entry) => entry.target), `target levels of ${member.personId}`);
  });
}

describe('teamGaps', () => {
  test('gives every person of seeded random teams the gaps of analyzeGaps', () => {
    for (const seed of [1, 7, 2021, 4242]) {
      const random = mulberry32(seed);
      for (const catalogue of [small, DEFAULT_CATALOGUE]) {
        const ids = catalogue.competencies.map((competency) => competency.id);
        const roleTargets = catalogue === DEFAULT_CATALOGUE ? DEFAULT_ROLES.map((role) => role.target) : [];
        const sharedTargets = [...roleTargets, randomProfile(random, ids), randomProfile(random, ids)];
        const members: TeamMember[] = Array.from({ length: 300 }, (_, i) => ({
          personId: `p${seed}-${i}`,
          target: random() < 0.5 ? sharedTargets[Math.floor(random() * sharedTargets.length)] : randomProfile(random, ids),
          actual: randomProfile(random, ids),
        }));
        assertSameAsAnalyzeGaps(catalogue, members);
      }
    }
  });

  test('agrees with analyzeGaps on the sample district, under every rule for the actual profile', () => {
    const portfolio = generatePortfolio({ seed: 2021, people: 150, today: '2025-09-01' });
    const byPerson = new Map<string, Assessment[]>();
    for (const assessment of portfolio.assessments) byPerson.set(assessment.personId, [...(byPerson.get(assessment.personId) ?? []), assessment]);
    const roles = new Map(DEFAULT_ROLES.map((role) => [role.id, role]));
    for (const rule of ACTUAL_RULES) {
      const members = portfolio.people.map((person): TeamMember => ({
        personId: person.id,
        target: roles.get(person.roleId)!.target,
        actual: currentProfile(byPerson.get(person.id) ?? [], person.id, rule).profile,
      }));
      assertSameAsAnalyzeGaps(DEFAULT_CATALOGUE, members);
    }
  });

  test('covers every gap from −3 to 3 and an empty team', () => {
    const matrix = buildTeamMatrix(small, [
      { personId: 'a', target: { x: 3 }, actual: { y: 3 } },
      { personId: 'b', target: { x: 1, y: 2 }, actual: { x: 2, y: 1 } },
      { personId: 'c', target: { y: 2 }, actual: { x: 2, y: 2 } },
    ]);
    assert.deepEqual([...teamGaps(matrix)], [3, -3, -1, 1, -2, 0]);
    assert.deepEqual([...teamGaps(buildTeamMatrix(small, []))], []);
  });

  test('rejects an unknown key that hides behind an inherited level, as analyzeGaps does', () => {
    const actual = Object.create({ x: 3 }) as Record<string, Level>;
    actual.kochen = 1;
    assert.throws(() => analyzeGaps({ catalogue: small, target: {}, actual }), KompetenzradError);
    assert.deepEqual(issuesOf([{ personId: 'a', target: {}, actual }]), [{ path: '$.members[0].actual.kochen', code: 'unknown-competency' }]);
  });

  test('ignores a level that a polluted Object.prototype lends to plain profiles', () => {
    Object.defineProperty(Object.prototype, 'x', { value: 3, configurable: true, writable: true });
    try {
      assert.deepEqual(issuesOf([{ personId: 'a', target: {}, actual: { kochen: 1 } }]), [{ path: '$.members[0].actual.kochen', code: 'unknown-competency' }]);
      const matrix = buildTeamMatrix(small, [{ personId: 'a', target: { y: 2 }, actual: {} }]);
      assert.deepEqual([...matrix.target, ...teamGaps(matrix)], [0, 2, 0, 2]);
    } finally {
      delete (Object.prototype as Record<string, unknown>).x;
    }
  });
});
