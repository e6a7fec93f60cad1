import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findSynergyGroups, type SynergyOptions } from '../../src/domain/synergy.ts';
import type { TeamMember } from '../../src/domain/team.ts';
import { COMPETENCY_IDS, DEFAULT_CATALOGUE } from '../../src/domain/catalogue.ts';
import { DEFAULT_FORMATS, isGroupFormat } from '../../src/domain/formats.ts';
import { DEFAULT_ROLES } from '../../src/domain/roles.ts';
import { KompetenzradError } from '../../src/domain/errors.ts';
import { describeSynergyReason } from '../../src/domain/messages/index.ts';
import type { Catalogue, Profile } from '../../src/domain/types.ts';

const catalogue: Catalogue = {
  categories: [
    { id: 'a', label: { de: 'A', en: 'A' } },
    { id: 'b', label: { de: 'B', en: 'B' } },
  ],
  competencies: [
    { id: 'x', category: 'a', label: { de: 'Iks', en: 'Ex' }, description: { de: 'x', en: 'x' } },
    { id: 'y', category: 'a', label: { de: 'Ypsilon', en: 'Why' }, description: { de: 'y', en: 'y' } },
    { id: 'w', category: 'a', label: { de: 'We', en: 'Double' }, description: { de: 'w', en: 'w' } },
    { id: 'z', category: 'b', label: { de: 'Zett', en: 'Zed' }, description: { de: 'z', en: 'z' } },
  ],
};

const target: Profile = { x: 2, y: 2, w: 2, z: 3 };
const full: Profile = { x: 2, y: 2, w: 2, z: 3 };
/** A member whose actual profile meets the target except where `below` says how many levels are missing. */
function member(personId: string, below: Record<string, number>): TeamMember {
  const actual: Record<string, number> = { ...full };
  for (const [id, missing] of Object.entries(below)) actual[id] = target[id] - missing;
  return { personId, target, actual: actual as Profile };
}

function issuesOf(fn: () => unknown): { path: string; code: string }[] {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof KompetenzradError, String(error));
    return error.issues.map(({ path, code }) => ({ path, code }));
  }
  assert.fail('expected a KompetenzradError');
}

const summary = (groups: ReturnType<typeof findSynergyGroups>) => groups.map((g) => ({ id: g.id, competencyIds: g.competencyIds, personIds: g.personIds }));

describe('findSynergyGroups', () => {
  const team = [
    member('p1', { x: 1, y: 1 }),
    member('p2', { x: 2, y: 1 }),
    member('p3', { x: 1, y: 2 }),
    member('p4', { x: 1, y: 1 }),
    member('p5', { x: 1 }),
    member('p6', { x: 1 }),
    member('p7', { z: 1 }),
    member('p8', { z: 3 }),
    member('p9', { z: 2 }),
    member('p10', { w: 1 }),
  ];

  test('groups people by the competencies they need to build, pairs first when they serve more needs', () => {
    assert.deepEqual(summary(findSynergyGroups(catalogue, team)), [
      { id: 'syn-x.y-1', competencyIds: ['x', 'y'], personIds: ['p2', 'p3', 'p1', 'p4'] },
      { id: 'syn-z-1', competencyIds: ['z'], personIds: ['p8', 'p9', 'p7'] },
    ]);
  });

  test('orders members by prior knowledge, lowest first', () => {
    const [, zGroup] = findSynergyGroups(catalogue, team);
    assert.deepEqual(zGroup.actualRange, { min: 0, max: 2 });
    assert.deepEqual(zGroup.personIds, ['p8', 'p9', 'p7']);
  });

  test('suggests a group format and explains the group in both languages', () => {
    const [group] = findSynergyGroups(catalogue, team);
    const groupFormats = DEFAULT_FORMATS.filter(isGroupFormat).map((format) => format.id);
    assert.ok(groupFormats.includes(group.suggestedFormatId));
    assert.equal(group.reason.code, 'shared-need');
    assert.equal(group.reason.params.people, 4);
    assert.equal(group.reason.params.format.params.format, DEFAULT_FORMATS.find((format) => format.id === group.suggestedFormatId)?.label);
    assert.match(describeSynergyReason(group.reason, 'de'), /^4 Personen haben Aufbaubedarf bei Iks und Ypsilon; ein gemeinsames Format spart Aufwand\./);
    assert.match(describeSynergyReason(group.reason, 'en'), /^4 people need to build ex and why; one shared format saves effort\./);
    assert.equal(group.cohort, 1);
    assert.equal(group.cohorts, 1);
  });

  test('leaves needs shared by fewer than minGroupSize people ungrouped; minGroupSize 2 groups them', () => {
    const groups = findSynergyGroups(catalogue, team, { minGroupSize: 2 });
    assert.deepEqual(
      groups.map((g) => g.id),
      ['syn-x.y-1', 'syn-z-1', 'syn-x-1'],
    );
    assert.deepEqual(groups[2].personIds, ['p5', 'p6']);
  });

  test('combines competencies of different categories only when withinCategory is false', () => {
    const mixed = [member('a', { x: 1, z: 1 }), member('b', { x: 1, z: 1 }), member('c', { x: 1, z: 1 })];
    assert.deepEqual(findSynergyGroups(catalogue, mixed).map((g) => g.competencyIds), [['x'], ['z']]);
    assert.deepEqual(findSynergyGroups(catalogue, mixed, { withinCategory: false }).map((g) => g.competencyIds), [['x', 'z']]);
  });

  test('maxCompetencies 1 makes single-competency groups; 3 lets a group grow to three', () => {
    const three = [member('a', { x: 1, y: 1, w: 1 }), member('b', { x: 1, y: 1, w: 1 }), member('c', { x: 1, y: 1, w: 1 })];
    assert.deepEqual(findSynergyGroups(catalogue, three, { maxCompetencies: 1 }).map((g) => g.competencyIds), [['x'], ['y'], ['w']]);
    assert.deepEqual(findSynergyGroups(catalogue, three, { maxCompetencies: 3 }).map((g) => g.competencyIds), [['x', 'y', 'w']]);
    assert.deepEqual(findSynergyGroups(catalogue, three).map((g) => g.competencyIds), [['x', 'y'], ['w']]);
  });

  test('splits large groups into balanced cohorts of at most maxGroupSize', () => {
    const many = Array.from({ length: 7 }, (_, i) => member(`p${i}`, { z: (i % 3) + 1 }));
    const groups = findSynergyGroups(catalogue, many, { minGroupSize: 2, maxGroupSize: 3 });
    assert.deepEqual(
      groups.map((g) => [g.id, g.cohort, g.cohorts, g.personIds.length]),
      [
        ['syn-z-1', 1, 3, 3],
        ['syn-z-2', 2, 3, 2],
        ['syn-z-3', 3, 3, 2],
      ],
    );
    assert.deepEqual(groups[0].personIds, ['p2', 'p5', 'p1'], 'the least prior knowledge (actual 0) comes first');
    assert.deepEqual([groups[1].reason.params.cohort, groups[1].reason.params.cohorts], [2, 3]);
    assert.match(describeSynergyReason(groups[1].reason, 'en'), /Cohort 2 of 3, grouped by prior knowledge\.$/);
    assert.match(describeSynergyReason(groups[1].reason, 'de'), /Gruppe 2 von 3, nach Vorkenntnissen eingeteilt\.$/);
  });

  test('minGap leaves out small gaps', () => {
    const groups = findSynergyGroups(catalogue, team, { minGap: 2 });
    assert.deepEqual(summary(groups), []);
    const bigGaps = findSynergyGroups(catalogue, [...team, member('p11', { z: 2 })], { minGap: 2 });
    assert.deepEqual(summary(bigGaps), [{ id: 'syn-z-1', competencyIds: ['z'], personIds: ['p8', 'p9', 'p11'] }]);
  });

  test('topN keeps only each person\'s most urgent needs', () => {
    const people = [member('a', { x: 1, z: 3 }), member('b', { x: 1, z: 2 }), member('c', { x: 1, z: 1 })];
    assert.deepEqual(findSynergyGroups(catalogue, people, { topN: 1 }).map((g) => g.competencyIds), [['z']]);
    assert.deepEqual(findSynergyGroups(catalogue, people).map((g) => g.competencyIds), [['x'], ['z']]);
  });

  test('an empty team, or a team that meets every target, has no groups', () => {
    assert.deepEqual(findSynergyGroups(catalogue, []), []);
    assert.deepEqual(findSynergyGroups(catalogue, [member('a', {}), member('b', {}), member('c', {})]), []);
  });

  test('holds its invariants on a larger team and is deterministic', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const members: TeamMember[] = Array.from({ length: 600 }, (_, i) => {
      const role = DEFAULT_ROLES[i % DEFAULT_ROLES.length];
      const actual = Object.fromEntries(COMPETENCY_IDS.map((id) => [id, Math.max(0, Math.min(3, role.target[id] + Math.floor(random() * 4) - 2))]));
      return { personId: `p${i}`, target: role.target, actual: actual as Profile };
    });
    const options: SynergyOptions = { minGroupSize: 4, maxGroupSize: 12 };
    const groups = findSynergyGroups(DEFAULT_CATALOGUE, members, options);
    assert.ok(groups.length > 10);
    assert.deepEqual(findSynergyGroups(DEFAULT_CATALOGUE, members, options), groups, 'same input, same groups');
    assert.equal(new Set(groups.map((g) => g.id)).size, groups.length, 'ids are unique');
    const byId = new Map(members.map((m) => [m.personId, m]));
    const served = new Set<string>();
    for (const group of groups) {
      assert.ok(group.personIds.length >= 4 && group.personIds.length <= 12, `${group.id} has ${group.personIds.length}`);
      assert.ok(group.competencyIds.length >= 1 && group.competencyIds.length <= 2);
      const categories = new Set(group.competencyIds.map((id) => DEFAULT_CATALOGUE.competencies.find((c) => c.id === id)!.category));
      assert.equal(categories.size, 1, 'within one category');
      for (const personId of group.personIds) {
        const m = byId.get(personId)!;
        for (const id of group.competencyIds) {
          assert.ok(m.target[id] - m.actual[id] >= 1, `${personId} needs ${id}`);
          const need = `${personId}/${id}`;
          assert.ok(!served.has(need), `${need} is served once`);
          served.add(need);
        }
      }
    }
  });

  test('matches a plain recount of the greedy choice at every step (the counts are updated correctly)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const members: TeamMember[] = Array.from({ length: 300 }, (_, i) => {
      const role = DEFAULT_ROLES[i % DEFAULT_ROLES.length];
      const actual = Object.fromEntries(COMPETENCY_IDS.map((id) => [id, Math.max(0, Math.min(3, role.target[id] + Math.floor(random() * 4) - 2))]));
      return { personId: `p${i}`, target: role.target, actual: actual as Profile };
    });
    const ids: string[] = [...COMPETENCY_IDS];
    const category = (id: string) => DEFAULT_CATALOGUE.competencies.find((c) => c.id === id)!.category;
    const open = members.map((m) => new Set(ids.filter((id) => m.target[id] - m.actual[id] >= 1)));
    const expected: { competencyIds: string[]; personIds: string[] }[] = [];
    for (;;) {
      const candidates: string[][] = [...ids.map((id) => [id])];
      ids.forEach((a, i) => ids.slice(i + 1).forEach((b) => category(a) === category(b) && candidates.push([a, b])));
      let best: string[] | null = null;
      let bestServed = 0;
      for (const set of candidates) {
        const support = open.filter((needs) => set.every((id) => needs.has(id))).length;
        const served = support * set.length;
        if (support >= 3 && (served > bestServed || (served === bestServed && best !== null && set.length > best.length))) {
          best = set;
          bestServed = served;
        }
      }
      if (!best) break;
      const chosen = best;
      const people = members.filter((_, p) => chosen.every((id) => open[p].has(id)));
      people.forEach((m) => chosen.forEach((id) => open[members.indexOf(m)].delete(id)));
      expected.push({ competencyIds: chosen, personIds: people.map((m) => m.personId).sort() });
    }
    const actual = findSynergyGroups(DEFAULT_CATALOGUE, members, { maxGroupSize: 1000 }).map((g) => ({
      competencyIds: g.competencyIds,
      personIds: [...g.personIds].sort(),
    }));
    assert.ok(expected.length > 5);
    assert.deepEqual(actual, expected);
  });

  test('rejects bad options with their paths', () => {
    assert.deepEqual(
      issuesOf(() =>
        findSynergyGroups(catalogue, team, { minGroupSize: 1, maxCompetencies: 6, minGap: 0, topN: 1.5, withinCategory: 'yes', size: 3 } as unknown as SynergyOptions),
      ),
      [
        { path: '$.options.size', code: 'unknown-key' },
        { path: '$.options.minGroupSize', code: 'range' },
        { path: '$.options.maxCompetencies', code: 'range' },
        { path: '$.options.minGap', code: 'range' },
        { path: '$.options.topN', code: 'integer' },
        { path: '$.options.withinCategory', code: 'type' },
      ],
    );
    assert.deepEqual(issuesOf(() => findSynergyGroups(catalogue, team, { minGroupSize: 5, maxGroupSize: 8 })), [
      { path: '$.options.maxGroupSize', code: 'range' },
    ]);
    assert.equal(findSynergyGroups(catalogue, team, { minGroupSize: 15 }).length, 0, 'the default maximum grows with the minimum');
    assert.deepEqual(issuesOf(() => findSynergyGroups(catalogue, team, null as unknown as SynergyOptions)), [{ path: '$.options', code: 'type' }]);
  });

  test('rejects bad members and custom formats without a group format', () => {
    assert.deepEqual(issuesOf(() => findSynergyGroups(catalogue, [member('a', {}), { personId: 'b', target: { x: 4 } as unknown as Profile, actual: { q: 1 } }])), [
      { path: '$.members[1].target.x', code: 'level' },
      { path: '$.members[1].actual.q', code: 'unknown-competency' },
    ]);
    const individual = DEFAULT_FORMATS.filter((format) => !isGroupFormat(format)).map((format) => ({ ...format, suitsCategories: ['a'], suitsCompetencies: [] }));
    assert.deepEqual(issuesOf(() => findSynergyGroups(catalogue, team, { formats: individual })), [
      { path: '$.options.formats', code: 'no-group-format' },
    ]);
  });
});
