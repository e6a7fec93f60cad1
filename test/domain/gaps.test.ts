import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeGaps, gapPriority, PRIORITY_WEIGHTS, type GapInput } from '../../src/domain/gaps.ts';
import { COMPETENCY_IDS, DEFAULT_CATALOGUE } from '../../src/domain/catalogue.ts';
import { roleById, DEFAULT_ROLES } from '../../src/domain/roles.ts';
import { KompetenzradError, type ValidationIssue } from '../../src/domain/errors.ts';
import type { Catalogue, Profile } from '../../src/domain/types.ts';

const pathsAndCodes = (issues: ValidationIssue[]) => issues.map(({ path, code }) => ({ path, code }));

function issuesOf(input: unknown): { path: string; code: string }[] {
  try {
    analyzeGaps(input as GapInput);
  } catch (error) {
    assert.ok(error instanceof KompetenzradError, `expected a KompetenzradError, got ${String(error)}`);
    return pathsAndCodes(error.issues);
  }
  assert.fail('expected analyzeGaps to throw');
}

const small: Catalogue = {
  categories: [
    { id: 'a', label: { de: 'A', en: 'A' } },
    { id: 'b', label: { de: 'B', en: 'B' } },
  ],
  competencies: [
    { id: 'x', category: 'a', label: { de: 'X', en: 'X' }, description: { de: 'x', en: 'x' }, refreshMonths: 12 },
    { id: 'y', category: 'a', label: { de: 'Y', en: 'Y' }, description: { de: 'y', en: 'y' } },
    { id: 'z', category: 'b', label: { de: 'Z', en: 'Z' }, description: { de: 'z', en: 'z' } },
  ],
};

describe('gapPriority', () => {
  test('follows the documented formula', () => {
    assert.deepEqual(PRIORITY_WEIGHTS, { gap: 10, target: 3, disagreement: 4, stale: 2 });
    assert.equal(gapPriority({ gap: 2, target: 3 }), 29);
    assert.equal(gapPriority({ gap: 1, target: 2, disagreement: true, stale: true }), 22);
    assert.equal(gapPriority({ gap: 0, target: 3, disagreement: true }), 0);
    assert.equal(gapPriority({ gap: -2, target: 1 }), 0);
  });

  test('a larger gap always outranks a smaller one, whatever the other inputs', () => {
    const all: { gap: number; priority: number }[] = [];
    for (let gap = 1; gap <= 3; gap++) {
      for (let target = gap; target <= 3; target++) {
        for (const disagreement of [false, true]) {
          for (const stale of [false, true]) all.push({ gap, priority: gapPriority({ gap, target, disagreement, stale }) });
        }
      }
    }
    for (const a of all) for (const b of all) if (a.gap > b.gap) assert.ok(a.priority > b.priority, `${JSON.stringify(a)} > ${JSON.stringify(b)}`);
  });

  test('with the same gap an Experte target weighs more, and disagreement more than staleness', () => {
    assert.ok(gapPriority({ gap: 1, target: 3 }) > gapPriority({ gap: 1, target: 2 }));
    assert.ok(gapPriority({ gap: 1, target: 2, disagreement: true }) > gapPriority({ gap: 1, target: 2, stale: true }));
  });
});

describe('analyzeGaps', () => {
  test('computes gap = target − actual, status and rank per competency', () => {
    const analysis = analyzeGaps({ catalogue: small, target: { x: 3, y: 2, z: 1 }, actual: { x: 1, y: 2, z: 3 } });
    assert.deepEqual(
      analysis.entries.map(({ competencyId, categoryId, target, actual, gap, status, priority, rank }) => ({ competencyId, categoryId, target, actual, gap, status, priority, rank })),
      [
        { competencyId: 'x', categoryId: 'a', target: 3, actual: 1, gap: 2, status: 'to-build', priority: 29, rank: 1 },
        { competencyId: 'y', categoryId: 'a', target: 2, actual: 2, gap: 0, status: 'met', priority: 0, rank: null },
        { competencyId: 'z', categoryId: 'b', target: 1, actual: 3, gap: -2, status: 'above', priority: 0, rank: null },
      ],
    );
    assert.deepEqual(analysis.byPriority.map((entry) => entry.competencyId), ['x']);
  });

  test('sums per category and overall; shareReached = Σ min(actual, target) / Σ target', () => {
    const analysis = analyzeGaps({ catalogue: small, target: { x: 3, y: 2, z: 1 }, actual: { x: 1, y: 2, z: 3 } });
    assert.deepEqual(analysis.categories, [
      { categoryId: 'a', competencies: 2, target: 5, actual: 3, reached: 3, gap: 2, toBuild: 1, met: 1, above: 0, unrequired: 0, shareReached: 0.6 },
      { categoryId: 'b', competencies: 1, target: 1, actual: 3, reached: 1, gap: 0, toBuild: 0, met: 0, above: 1, unrequired: 0, shareReached: 1 },
    ]);
    assert.deepEqual(analysis.summary, {
      competencies: 3,
      target: 6,
      actual: 6,
      reached: 4,
      gap: 2,
      toBuild: 1,
      met: 1,
      above: 1,
      unrequired: 0,
      shareReached: 4 / 6,
      disagreements: 0,
      blindSpots: 0,
      hiddenStrengths: 0,
      stale: 0,
    });
  });

  test('empty actual profile: everything with a target is to build, share 0', () => {
    const target = roleById(DEFAULT_ROLES, 'cdo')!.target;
    const analysis = analyzeGaps({ catalogue: DEFAULT_CATALOGUE, target, actual: {} });
    assert.equal(analysis.entries.length, 25);
    assert.equal(analysis.summary.toBuild, 25);
    assert.equal(analysis.summary.shareReached, 0);
    assert.equal(analysis.summary.gap, Object.values(target).reduce((a: number, b) => a + b, 0));
    assert.deepEqual(analysis.byPriority.map((entry) => entry.rank), Array.from({ length: 25 }, (_, i) => i + 1));
    // Experte targets (gap 3) come first, in wheel order; Kenner targets last.
    assert.equal(analysis.byPriority[0].competencyId, 'digitale-medien');
    assert.equal(analysis.byPriority.at(-1)!.competencyId, 'personalentwicklung');
  });

  test('all targets met, and everything above target', () => {
    const target = roleById(DEFAULT_ROLES, 'projektmanager')!.target;
    const met = analyzeGaps({ catalogue: DEFAULT_CATALOGUE, target, actual: target });
    assert.equal(met.summary.met, 25);
    assert.equal(met.summary.shareReached, 1);
    assert.deepEqual(met.byPriority, []);

    const experts = Object.fromEntries(COMPETENCY_IDS.map((id) => [id, 3])) as Profile;
    const low = Object.fromEntries(COMPETENCY_IDS.map((id) => [id, 1])) as Profile;
    const above = analyzeGaps({ catalogue: DEFAULT_CATALOGUE, target: low, actual: experts });
    assert.equal(above.summary.above, 25);
    assert.equal(above.summary.gap, 0);
    assert.equal(above.summary.shareReached, 1, 'levels above the target do not push the share beyond 1');
  });

  test('shareReached is 1 when nothing is required', () => {
    const analysis = analyzeGaps({ catalogue: small, target: {}, actual: {} });
    assert.equal(analysis.summary.shareReached, 1);
    assert.equal(analysis.summary.met, 3);
    assert.equal(analysis.summary.unrequired, 3, 'met because nothing is asked, and counted apart');
    assert.ok(analysis.categories.every((category) => category.shareReached === 1));
  });

  test('unrequired counts the met competencies with target 0 and actual 0, not those above a target of 0', () => {
    const analysis = analyzeGaps({ catalogue: small, target: { x: 2 }, actual: { x: 2, y: 1 } });
    assert.deepEqual([analysis.summary.met, analysis.summary.above, analysis.summary.unrequired], [2, 1, 1]);
    assert.deepEqual(analysis.categories.map((category) => category.unrequired), [0, 1]);
  });

  test('flags self/external disagreement of 2 or more as blind spot or hidden strength', () => {
    const analysis = analyzeGaps({
      catalogue: small,
      target: { x: 3, y: 3, z: 3 },
      actual: { x: 1, y: 1, z: 2 },
      self: { x: 3, y: 0, z: 3 },
      external: { x: 1, y: 2, z: 2 },
    });
    assert.deepEqual(
      analysis.entries.map(({ self, external, disagreement, blindSpot, hiddenStrength }) => ({ self, external, disagreement, blindSpot, hiddenStrength })),
      [
        { self: 3, external: 1, disagreement: true, blindSpot: true, hiddenStrength: false },
        { self: 0, external: 2, disagreement: true, blindSpot: false, hiddenStrength: true },
        { self: 3, external: 2, disagreement: false, blindSpot: false, hiddenStrength: false },
      ],
    );
    assert.equal(analysis.summary.disagreements, 2);
    assert.equal(analysis.summary.blindSpots, 1);
    assert.equal(analysis.summary.hiddenStrengths, 1);
    assert.equal(analysis.entries[0].priority, 10 * 2 + 3 * 3 + 4);
  });

  test('compares only competencies that both ratings list', () => {
    const analysis = analyzeGaps({ catalogue: small, target: { x: 3 }, actual: { x: 1 }, self: { x: 3 }, external: {} });
    assert.equal(analysis.entries[0].self, 3);
    assert.equal('external' in analysis.entries[0], false);
    assert.equal(analysis.entries[0].disagreement, false);
  });

  test('marks ratings older than refreshMonths as stale (needs assessedAt and today)', () => {
    const input = { catalogue: small, target: { x: 2, y: 2 } as Profile, actual: { x: 1, y: 1 } as Profile, assessedAt: { x: '2023-05-01', y: '2020-01-01' } };
    const stale = analyzeGaps({ ...input, today: '2024-05-01' });
    assert.deepEqual(stale.entries.map((entry) => entry.stale), [true, false, false], 'y has no refresh interval');
    assert.equal(stale.entries[0].assessedAt, '2023-05-01');
    assert.equal(stale.entries[0].priority, 10 + 6 + 2);
    assert.equal(stale.summary.stale, 1);
    assert.equal(analyzeGaps({ ...input, today: '2024-04-30' }).entries[0].stale, false);
    assert.equal(analyzeGaps(input).entries[0].stale, false, 'without today nothing is stale');
  });

  test('breaks priority ties by wheel order and ranks by priority', () => {
    const analysis = analyzeGaps({ catalogue: small, target: { x: 1, y: 2, z: 2 }, actual: {} });
    assert.deepEqual(analysis.byPriority.map((entry) => [entry.competencyId, entry.rank]), [
      ['y', 1],
      ['z', 2],
      ['x', 3],
    ]);
  });

  test('rejects unknown ids and bad levels with precise issues', () => {
    assert.deepEqual(
      issuesOf({ catalogue: small, target: { x: 4, kochen: 1 }, actual: { y: -1, z: 1.5 }, self: { x: '2' }, external: { y: null } }),
      [
        { path: '$.target.x', code: 'level' },
        { path: '$.target.kochen', code: 'unknown-competency' },
        { path: '$.actual.y', code: 'level' },
        { path: '$.actual.z', code: 'level' },
        { path: '$.self.x', code: 'level' },
        { path: '$.external.y', code: 'level' },
      ],
    );
  });

  test('rejects __proto__ keys, bad dates, unknown input keys and a missing profile', () => {
    assert.deepEqual(issuesOf({ catalogue: small, target: JSON.parse('{"__proto__": 3}'), actual: {} }), [{ path: '$.target.__proto__', code: 'forbidden-key' }]);
    assert.deepEqual(issuesOf({ catalogue: small, target: {}, actual: {}, assessedAt: { x: '2024-02-30', q: '2024-01-01' }, today: 'heute' }), [
      { path: '$.assessedAt.x', code: 'date' },
      { path: '$.assessedAt.q', code: 'unknown-competency' },
      { path: '$.today', code: 'date' },
    ]);
    assert.deepEqual(issuesOf({ catalogue: small, target: {}, actual: {}, soll: {} }), [{ path: '$.soll', code: 'unknown-key' }]);
    assert.deepEqual(issuesOf({ catalogue: small, target: {} }), [{ path: '$.actual', code: 'type' }]);
    assert.deepEqual(issuesOf(null), [{ path: '$', code: 'type' }]);
  });

  test('rejects an invalid catalogue', () => {
    assert.deepEqual(issuesOf({ catalogue: { categories: [], competencies: [] }, target: {}, actual: {} }), [
      { path: '$.catalogue.categories', code: 'empty' },
      { path: '$.catalogue.competencies', code: 'empty' },
    ]);
  });
});
