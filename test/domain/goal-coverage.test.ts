import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue.ts';
import { analyzeGaps } from '../../src/domain/gaps.ts';
import { coverGaps, isOpenGoal } from '../../src/domain/goal-coverage.ts';
import type { Goal } from '../../src/domain/types.ts';

const analysis = analyzeGaps({
  catalogue: DEFAULT_CATALOGUE,
  target: { projektmanagement: 3, daten: 2, partizipation: 2, kommunikation: 3 },
  actual: { projektmanagement: 1, daten: 0, partizipation: 1, kommunikation: 3 },
});

function goal(id: string, competencyIds: string[], extra: Partial<Goal> = {}): Goal {
  return {
    id,
    personId: 'p1',
    competencyIds,
    targetLevel: 3,
    measure: 'leitet das Projekt selbst',
    challenge: 'Erstmals mit drei Ämtern',
    resources: { hours: 40 },
    due: '2025-09-01',
    ...extra,
  };
}

const ids = (entries: readonly { competencyId: string }[]) => entries.map((entry) => entry.competencyId);

describe('coverGaps', () => {
  test('keeps the order of the gaps and moves those an open goal of the person names to covered, with the goals', () => {
    const order = ids(analysis.byPriority);
    assert.deepEqual(order.slice().sort(), ['daten', 'partizipation', 'projektmanagement']);
    const goals = [goal('g1', ['daten']), goal('g2', ['daten', 'partizipation'])];
    const coverage = coverGaps(analysis.byPriority, goals, { personId: 'p1' });
    assert.deepEqual(ids(coverage.uncovered), ['projektmanagement']);
    assert.deepEqual(ids(coverage.covered.map((covered) => covered.entry)), order.filter((id) => id !== 'projektmanagement'));
    assert.deepEqual(coverage.covered.find((covered) => covered.entry.competencyId === 'daten')?.goalIds, ['g1', 'g2']);
  });

  test('goals of other people, closed goals and the goal being written cover nothing', () => {
    const goals = [
      goal('other', ['daten'], { personId: 'p2' }),
      goal('reached', ['partizipation'], { status: 'reached' }),
      goal('dropped', ['partizipation'], { status: 'dropped' }),
      goal('not-reached', ['partizipation'], { status: 'not-reached' }),
      goal('editing', ['projektmanagement']),
    ];
    const coverage = coverGaps(analysis.byPriority, goals, { personId: 'p1', exceptGoalId: 'editing' });
    assert.deepEqual(ids(coverage.uncovered), ids(analysis.byPriority));
    assert.deepEqual(coverage.covered, []);
  });

  test('a goal without status is open; a competency named twice in a goal counts that goal once', () => {
    assert.equal(isOpenGoal({}), true);
    assert.equal(isOpenGoal({ status: 'open' }), true);
    assert.equal(isOpenGoal({ status: 'reached' }), false);
    const coverage = coverGaps(analysis.byPriority, [goal('g1', ['daten', 'daten'], { status: undefined })], { personId: 'p1' });
    assert.deepEqual(coverage.covered.map((covered) => covered.goalIds), [['g1']]);
  });

  test('does not change its inputs', () => {
    const goals = Object.freeze([Object.freeze(goal('g1', ['daten']))]);
    const entries = Object.freeze([...analysis.byPriority]);
    const coverage = coverGaps(entries, goals, { personId: 'p1' });
    assert.equal(coverage.covered[0].entry, analysis.byPriority.find((entry) => entry.competencyId === 'daten'));
  });
});
