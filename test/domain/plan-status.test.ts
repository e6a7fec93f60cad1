import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { canTransition, goalsNeedingOutcome, isFinalPlanStatus, outcomeTally, PLAN_TRANSITIONS, recordFinalReview, recordFinalReviewIn, transitionPlan, type FinalReviewInput } from '../../src/domain/plan-status.ts';
import { PLAN_LIMITS, PLAN_STATUSES, validatePlan } from '../../src/domain/plans.ts';
import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue.ts';
import { KompetenzradError } from '../../src/domain/errors.ts';
import { describeIssue } from '../../src/domain/messages/index.ts';
import { REVIEW_NOTES_EN } from '../../src/domain/messages/review-notes.en.ts';
import type { Goal, Plan, PlanStatus } from '../../src/domain/types.ts';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function goal(id: string, personId = 'p1'): Goal {
  return {
    id,
    personId,
    competencyIds: ['projektmanagement'],
    targetLevel: 2,
    measure: 'Leitet ein Projekt mit eigenem Plan',
    challenge: 'Neu',
    resources: { hours: 40 },
    due: '2025-12-31',
    status: 'open',
  };
}

const GOALS: Goal[] = [goal('g1'), goal('g2'), goal('g3'), goal('g-other', 'p2')];

function plan(status: PlanStatus = 'active'): Plan {
  const order: PlanStatus[] = ['draft', 'agreed', 'active'];
  const history = order.slice(0, order.indexOf(status) + 1).map((step, i) => ({ status: step, date: `2025-01-1${i}` }));
  return {
    id: 'plan-1',
    personId: 'p1',
    status,
    history: history.length > 0 ? history : [{ status, date: '2025-01-10' }],
    items: [
      { id: 'i1', kind: 'format', formatId: 'coaching', competencyIds: ['projektmanagement'], start: '2025-02-01', end: '2025-05-31', hours: 12, cost: 0, status: 'done', goalId: 'g1' },
      { id: 'i2', kind: 'format', formatId: 'mentoring', competencyIds: ['projektmanagement'], start: '2025-02-01', end: '2025-05-31', hours: 12, cost: 0, status: 'done', goalId: 'g2' },
      { id: 'i3', kind: 'format', formatId: 'mentoring', competencyIds: ['projektmanagement'], start: '2025-02-01', end: '2025-05-31', hours: 12, cost: 0, status: 'dropped', goalId: 'g3' },
    ],
    reviews: [
      { id: 'r1', date: '2025-03-01', participants: ['Anna'], final: false },
      { id: 'r2', date: '2025-06-10', participants: ['Anna', 'Herr Vogt'], final: true },
    ],
  };
}

const OUTCOME: FinalReviewInput = {
  date: '2025-06-12',
  goals: [
    { goalId: 'g1', reached: true, smartInPractice: true },
    { goalId: 'g2', reached: false, smartInPractice: false, notes: 'Zu wenig Zeit' },
  ],
};

function transitionError(code = 'transition') {
  return (error: unknown) => {
    assert.ok(error instanceof KompetenzradError);
    assert.equal(error.code, code);
    assert.equal(error.issues[0].code, code);
    return true;
  };
}

describe('plan transitions', () => {
  test('follow draft → agreed → active → completed, and every open plan may be cancelled', () => {
    assert.deepEqual(PLAN_TRANSITIONS, {
      draft: ['agreed', 'cancelled'],
      agreed: ['active', 'cancelled'],
      active: ['completed', 'cancelled'],
      completed: [],
      cancelled: [],
    });
    const allowed: [PlanStatus, PlanStatus][] = [
      ['draft', 'agreed'],
      ['agreed', 'active'],
      ['active', 'completed'],
      ['draft', 'cancelled'],
      ['agreed', 'cancelled'],
      ['active', 'cancelled'],
    ];
    for (const from of PLAN_STATUSES) {
      for (const to of PLAN_STATUSES) {
        assert.equal(canTransition(from, to), allowed.some(([a, b]) => a === from && b === to), `${from} → ${to}`);
      }
    }
    assert.equal(canTransition('toString' as PlanStatus, 'draft'), false);
  });

  test('completed and cancelled are the final statuses: nothing follows them', () => {
    assert.deepEqual(PLAN_STATUSES.filter(isFinalPlanStatus), ['completed', 'cancelled']);
    assert.equal(isFinalPlanStatus('toString' as PlanStatus), false, 'not a status at all');
  });

  test('transitionPlan returns a new plan with the step appended', () => {
    const draft = deepFreeze(plan('draft'));
    const agreed = transitionPlan(draft, 'agreed', '2025-01-20');
    assert.notEqual(agreed, draft);
    assert.equal(draft.status, 'draft');
    assert.equal(draft.history.length, 1);
    assert.equal(agreed.status, 'agreed');
    assert.deepEqual(agreed.history, [...draft.history, { status: 'agreed', date: '2025-01-20' }]);
    assert.equal(agreed.items, draft.items, 'unchanged parts are shared');
    const active = transitionPlan(agreed, 'active', '2025-01-20');
    assert.equal(active.history.length, 3, 'the same day as the last step is allowed');
    assert.deepEqual(validatePlan(active, DEFAULT_CATALOGUE), []);
    assert.equal(transitionPlan(active, 'cancelled', '2025-04-01').status, 'cancelled');
  });

  test('refuses moves that skip a step, leave a final status or go back', () => {
    const refused: [PlanStatus, PlanStatus][] = [
      ['draft', 'active'],
      ['draft', 'completed'],
      ['agreed', 'draft'],
      ['active', 'agreed'],
      ['draft', 'draft'],
    ];
    for (const [from, to] of refused) {
      assert.throws(() => transitionPlan(plan(from), to, '2025-06-01'), transitionError(), `${from} → ${to}`);
    }
    const completed = recordFinalReview(plan('active'), OUTCOME, GOALS).plan;
    for (const to of PLAN_STATUSES) assert.throws(() => transitionPlan(completed, to, '2025-07-01'), transitionError());
    const cancelled = transitionPlan(plan('draft'), 'cancelled', '2025-02-01');
    assert.throws(() => transitionPlan(cancelled, 'draft', '2025-02-02'), (error: unknown) => {
      assert.ok(error instanceof KompetenzradError);
      assert.deepEqual(error.issues, [{ path: '$status', code: 'transition', params: { from: 'cancelled', to: 'draft', allowed: [] } }]);
      return true;
    });
    assert.throws(() => transitionPlan(plan('draft'), 'active', '2025-06-01'), (error: unknown) => {
      assert.ok(error instanceof KompetenzradError);
      assert.deepEqual(error.issues, [{ path: '$status', code: 'transition', params: { from: 'draft', to: 'active', allowed: ['agreed', 'cancelled'] } }]);
      assert.equal(describeIssue(error.issues[0], 'en'), 'Status: A learning plan cannot move from "draft" to "active"; possible next: "agreed" or "cancelled".');
      return true;
    });
  });

  test('refuses a date before the last step', () => {
    assert.throws(() => transitionPlan(plan('draft'), 'agreed', '2025-01-09'), (error: unknown) => {
      assert.ok(error instanceof KompetenzradError);
      assert.equal(error.code, 'transition');
      assert.deepEqual(error.issues[0].params, { variant: 'before-last', date: '2025-01-09', lastStatus: 'draft', lastDate: '2025-01-10' });
      assert.equal(describeIssue(error.issues[0], 'de'), 'Datum: Der 9. Januar 2025 liegt vor dem letzten Schritt des Lernplans („draft“ am 10. Januar 2025).');
      return true;
    });
  });

  test('reports arguments that are not valid', () => {
    assert.throws(() => transitionPlan(plan('draft'), 'agreed', '20.01.2025'), transitionError('date'));
    assert.throws(() => transitionPlan(plan('draft'), 'done' as PlanStatus, '2025-01-20'), transitionError('enum'));
    assert.throws(() => transitionPlan({ ...plan('draft'), status: 'open' as PlanStatus }, 'agreed', '2025-01-20'), transitionError('enum'));
    assert.throws(() => transitionPlan(null as unknown as Plan, 'agreed', '2025-01-20'), transitionError('type'));
  });
});

describe('recordFinalReview', () => {
  test('asks for the outcome of every goal an item serves that is not dropped, once each, in the order of the items', () => {
    const p = plan('active');
    assert.deepEqual(goalsNeedingOutcome(p), ['g1', 'g2'], 'g3 only has a dropped item');
    p.items = [{ ...p.items[1] }, { ...p.items[0] }, { ...p.items[0], id: 'i4' }, { ...p.items[0], id: 'i5', goalId: undefined }];
    assert.deepEqual(goalsNeedingOutcome(p), ['g2', 'g1']);
    assert.deepEqual(goalsNeedingOutcome({ ...p, items: [] }), []);
  });

  test('completes the plan, keeps the outcome and updates the goals', () => {
    const active = deepFreeze(plan('active'));
    const goals = deepFreeze(structuredClone(GOALS));
    const result = recordFinalReview(active, OUTCOME, goals);
    assert.equal(result.plan.status, 'completed');
    assert.deepEqual(result.plan.history[result.plan.history.length - 1], { status: 'completed', date: '2025-06-12' });
    assert.deepEqual(result.plan.outcome, { date: '2025-06-12', goals: OUTCOME.goals, nextStockTaking: '2025-06-12' });
    assert.equal(result.nextStockTaking, '2025-06-12', 'the next cycle starts right away');
    assert.deepEqual(
      result.goals.map((g) => [g.id, g.status]),
      [
        ['g1', 'reached'],
        ['g2', 'not-reached'],
        ['g3', 'open'],
        ['g-other', 'open'],
      ],
    );
    assert.equal(result.goals[2], goals[2], 'goals without an outcome stay the same objects');
    assert.equal(active.status, 'active');
    assert.equal(goals[0].status, 'open');
    assert.deepEqual(validatePlan(result.plan, DEFAULT_CATALOGUE), []);
  });

  test('moves the final review to the review date and writes its notes', () => {
    const result = recordFinalReview(plan('active'), OUTCOME, GOALS);
    const final = result.plan.reviews.filter((review) => review.final);
    assert.equal(final.length, 1);
    assert.equal(final[0].id, 'r2');
    assert.equal(final[0].date, '2025-06-12');
    assert.deepEqual(final[0].participants, ['Anna', 'Herr Vogt']);
    assert.equal(final[0].notes, '1 von 2 Zielen erreicht; 1 von 2 haben sich in der Praxis als SMART bewährt. Nächste Bestandsaufnahme: 12. Juni 2025.');
    const english = recordFinalReview(plan('active'), OUTCOME, GOALS, { lang: 'en' });
    assert.match(english.plan.reviews[1].notes ?? '', /^1 of 2 goals reached; 1 of 2 proved SMART in practice/);
    assert.deepEqual(outcomeTally(english.plan.outcome!), { reached: 1, smart: 1, total: 2 }, 'the figures the summary gives');
    const oneLanguage = recordFinalReviewIn({ lang: 'en', notes: REVIEW_NOTES_EN }, plan('active'), OUTCOME, GOALS);
    assert.deepEqual(oneLanguage, english, 'with the notes of one language, as with both');
    const own = recordFinalReview(plan('active'), { ...OUTCOME, notes: 'Gutes Gespräch' }, GOALS);
    assert.equal(own.plan.reviews[1].notes, 'Gutes Gespräch');
  });

  test('adds a final review when the plan had none', () => {
    const p = plan('active');
    p.reviews = [{ ...p.reviews[0] }, { id: 'plan-1-review-final', date: '2025-04-01', participants: [], final: false }];
    const result = recordFinalReview(p, OUTCOME, GOALS);
    const final = result.plan.reviews.filter((review) => review.final);
    assert.equal(final.length, 1);
    assert.equal(final[0].id, 'plan-1-review-final-2');
    assert.equal(final[0].date, '2025-06-12');
    assert.equal(result.plan.reviews.length, 3);
    assert.deepEqual(validatePlan(result.plan, DEFAULT_CATALOGUE), []);
  });

  test('gives an added final review a valid id when the plan id is 128 characters long', () => {
    const longId = `plan-${'z'.repeat(123)}`;
    const p = plan('active');
    p.id = longId;
    p.reviews = [{ ...p.reviews[0] }];
    const first = recordFinalReview(p, OUTCOME, GOALS).plan;
    const added = first.reviews[first.reviews.length - 1];
    assert.ok(added.final && added.id.length <= 128 && added.id.endsWith('-review-final'), added.id);
    assert.deepEqual(validatePlan(first, DEFAULT_CATALOGUE), []);
    assert.equal(recordFinalReview(p, OUTCOME, GOALS).plan.reviews[1].id, added.id, 'same plan, same id');

    p.reviews = [{ ...p.reviews[0] }, { id: added.id, date: '2025-04-01', participants: [], final: false }];
    const second = recordFinalReview(p, OUTCOME, GOALS).plan;
    const ids = second.reviews.map((review) => review.id);
    assert.equal(new Set(ids).size, 3);
    assert.ok(ids[2].length <= 128 && ids[2].endsWith('-review-final-2'), ids[2]);
    assert.deepEqual(validatePlan(second, DEFAULT_CATALOGUE), []);
  });

  test('takes a given next stock-taking date', () => {
    const result = recordFinalReview(plan('active'), { ...OUTCOME, nextStockTaking: '2025-09-01' }, GOALS);
    assert.equal(result.nextStockTaking, '2025-09-01');
    assert.equal(result.plan.outcome?.nextStockTaking, '2025-09-01');
  });

  test('refuses outcome goals that are not goals of the plan’s person, and served goals without an outcome', () => {
    const expectIssue = (outcome: FinalReviewInput, path: string, code: string) =>
      assert.throws(() => recordFinalReview(plan('active'), outcome, GOALS), (error: unknown) => {
        assert.ok(error instanceof KompetenzradError);
        assert.ok(error.issues.some((issue) => issue.path === path && issue.code === code), JSON.stringify(error.issues));
        return true;
      });
    expectIssue({ ...OUTCOME, goals: [...OUTCOME.goals, { goalId: 'g-nope', reached: true, smartInPractice: true }] }, '$outcome.goals[2].goalId', 'unknown-goal');
    expectIssue({ ...OUTCOME, goals: [...OUTCOME.goals, { goalId: 'g-other', reached: true, smartInPractice: true }] }, '$outcome.goals[2].goalId', 'goal-of-other-person');
    expectIssue({ ...OUTCOME, goals: [OUTCOME.goals[0]] }, '$outcome.goals', 'missing-outcome');
    expectIssue({ ...OUTCOME, goals: [OUTCOME.goals[0], OUTCOME.goals[0], OUTCOME.goals[1]] }, '$outcome.goals[1].goalId', 'duplicate-id');
    expectIssue({ ...OUTCOME, nextStockTaking: '2025-01-01' }, '$outcome.nextStockTaking', 'date-order');
    expectIssue({ ...OUTCOME, date: 'June' }, '$outcome.date', 'date');
    // A goal whose only item was dropped may, but need not, get an outcome.
    assert.equal(recordFinalReview(plan('active'), { ...OUTCOME, goals: [...OUTCOME.goals, { goalId: 'g3', reached: false, smartInPractice: true }] }, GOALS).goals[2].status, 'not-reached');
  });

  test('only an active plan can be completed, not before its last step', () => {
    assert.throws(() => recordFinalReview(plan('agreed'), OUTCOME, GOALS), transitionError());
    assert.throws(() => recordFinalReview(plan('active'), { ...OUTCOME, date: '2025-01-01' }, GOALS), transitionError());
  });

  test('refuses a plan that already has the most reviews and none final, and changes nothing', () => {
    const full = plan('active');
    full.reviews = Array.from({ length: PLAN_LIMITS.maxReviews }, (_, i) => ({ id: `r${i + 1}`, date: '2025-03-01', participants: [], final: false }));
    deepFreeze(full);
    const before = structuredClone(full);
    assert.deepEqual(validatePlan(full, DEFAULT_CATALOGUE), []);
    assert.throws(() => recordFinalReview(full, OUTCOME, GOALS), (error: unknown) => {
      assert.ok(error instanceof KompetenzradError);
      assert.equal(error.code, 'too-many');
      assert.deepEqual(error.issues.map((issue) => issue.path), ['$plan.reviews']);
      assert.deepEqual(error.issues[0].params, { count: 200, max: 200, variant: 'no-final-review' });
      return true;
    });
    assert.deepEqual(full, before);

    const withFinal = structuredClone(before);
    withFinal.reviews[PLAN_LIMITS.maxReviews - 1].final = true;
    const closed = recordFinalReview(withFinal, OUTCOME, GOALS).plan;
    assert.equal(closed.reviews.length, PLAN_LIMITS.maxReviews, 'the final review among them is reused');
    assert.deepEqual(validatePlan(closed, DEFAULT_CATALOGUE), []);

    const roomForOne = structuredClone(before);
    roomForOne.reviews.pop();
    const added = recordFinalReview(roomForOne, OUTCOME, GOALS).plan;
    assert.equal(added.reviews.length, PLAN_LIMITS.maxReviews);
    assert.deepEqual(validatePlan(added, DEFAULT_CATALOGUE), []);
  });

  test('refuses a further step when the history is full', () => {
    const long = plan('active');
    long.history = Array.from({ length: PLAN_LIMITS.maxHistory }, () => ({ status: 'active' as const, date: '2025-01-12' }));
    assert.deepEqual(validatePlan(long, DEFAULT_CATALOGUE), []);
    assert.throws(() => transitionPlan(long, 'cancelled', '2025-02-01'), (error: unknown) => {
      assert.ok(error instanceof KompetenzradError);
      assert.equal(error.code, 'too-many');
      assert.equal(error.issues[0].path, '$plan.history');
      return true;
    });
    assert.throws(() => recordFinalReview(long, OUTCOME, GOALS), transitionError('too-many'));
    long.history.pop();
    assert.deepEqual(validatePlan(recordFinalReview(long, OUTCOME, GOALS).plan, DEFAULT_CATALOGUE), []);
  });

  test('validates the plan', () => {
    const bad = plan('active');
    bad.items[0].formatId = 'hackathon';
    assert.throws(() => recordFinalReview(bad, OUTCOME, GOALS), (error: unknown) => error instanceof KompetenzradError && error.issues[0].path === '$plan.items[0].formatId');
  });
});
