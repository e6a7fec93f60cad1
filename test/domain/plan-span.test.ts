import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { draftPlan } from '../../src/domain/plans.ts';
import { latestPlanDate, PLAN_LIMITS, validatePlan } from '../../src/domain/plan-validation.ts';
import { analyzeGaps } from '../../src/domain/gaps.ts';
import { DEFAULT_CATALOGUE, indexCatalogue } from '../../src/domain/catalogue.ts';
import { describeIssue } from '../../src/domain/messages/index.ts';
import type { Goal, Plan, PlanItem } from '../../src/domain/types.ts';

const ITEM: PlanItem = {
  id: 'i-1',
  kind: 'format',
  formatId: 'seminar-schulung',
  competencyIds: ['daten'],
  start: '2025-03-01',
  end: '2025-03-03',
  hours: 16,
  cost: 500,
  status: 'planned',
};

function plan(items: PlanItem[], reviewDates: string[] = []): Plan {
  return {
    id: 'plan-1',
    personId: 'p-1',
    status: 'draft',
    history: [{ status: 'draft', date: '2025-02-01' }],
    items,
    reviews: reviewDates.map((date, i) => ({ id: `r-${i}`, date, participants: [], final: false })),
  };
}

describe('the span of a plan', () => {
  test('ten years less a day is the most: from 2025-03-01 up to 2035-02-28', () => {
    assert.equal(PLAN_LIMITS.maxSpanYears, 10);
    assert.equal(latestPlanDate('2025-03-01'), '2035-02-28');
    assert.equal(latestPlanDate('2024-02-29'), '2034-02-27');
    assert.deepEqual(validatePlan(plan([{ ...ITEM, end: '2035-02-28' }])), []);
    assert.deepEqual(validatePlan(plan([ITEM], ['2035-02-28'])), []);
  });

  test('an item from 1900-01-01 to 2999-12-31 is refused at its end', () => {
    const issues = validatePlan(plan([{ ...ITEM, start: '1900-01-01', end: '2999-12-31' }]));
    assert.deepEqual(issues, [{ path: '$.items[0].end', code: 'plan-span', params: { start: '1900-01-01', end: '2999-12-31', maxYears: 10 } }]);
    assert.equal(
      describeIssue(issues[0], 'en'),
      'Entry 1, end: The learning plan runs from 1 January 1900 to 31 December 2999; the entries and reviews of one plan may together span at most 10 years.',
    );
  });

  test('every item end and review date beyond ten years from the earliest date is reported', () => {
    const issues = validatePlan(plan([ITEM, { ...ITEM, id: 'i-2', start: '2030-01-01', end: '2035-03-01' }], ['2025-06-01', '2040-01-01']));
    assert.deepEqual(
      issues.map((one) => `${one.path} ${one.params?.end}`),
      ['$.items[1].end 2035-03-01', '$.reviews[1].date 2040-01-01'],
    );
  });

  test('a draft never spans more: at half an hour a month it fills ten years and leaves the rest out', () => {
    const ids = indexCatalogue(DEFAULT_CATALOGUE).competencyIds;
    const gaps = analyzeGaps({ catalogue: DEFAULT_CATALOGUE, target: Object.fromEntries(ids.map((id) => [id, 3])), actual: {} });
    const goals: Goal[] = ids.map((id, i) => ({ id: `g${i}`, personId: 'p1', competencyIds: [id], targetLevel: 3, measure: 'm', challenge: 'c', resources: {}, due: '2026-01-31' }));
    for (const today of ['2025-01-15', '2990-06-30']) {
      const draft = draftPlan({ id: 'p1', name: 'Anna Beispiel', roleId: 'projektmanager' }, gaps, goals, { today, capacityHoursPerMonth: 0.5 });
      assert.deepEqual(validatePlan(draft), [], today);
      const last = draft.reviews[draft.reviews.length - 1];
      assert.ok(last.final && last.date <= latestPlanDate(today), `${today}: final review on ${last.date}`);
      if (today === '2025-01-15') assert.ok(last.date > '2034-01-15', `the draft uses the ten years (final review on ${last.date})`);
    }
  });
});
