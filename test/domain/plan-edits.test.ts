import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addPlanItem,
  addReview,
  applyPlanEdit,
  movePlanItem,
  moveReview,
  newPlanItem,
  newReview,
  removePlanItem,
  removeReview,
  resizePlanItem,
  setItemStatus,
  type PlanEdit,
} from '../../src/domain/plan-edits.ts';
import { planIdStem, validatePlan } from '../../src/domain/plans.ts';
import { KompetenzradError } from '../../src/domain/errors.ts';
import { checkPlan } from '../../src/domain/plan-checks.ts';
import { DEFAULT_FORMATS, formatById } from '../../src/domain/formats.ts';
import type { Plan, PlanItem } from '../../src/domain/types.ts';

function samplePlan(): Plan {
  return {
    id: 'plan-a',
    personId: 'p1',
    status: 'draft',
    history: [{ status: 'draft', date: '2025-01-01' }],
    items: [
      { id: 'i1', kind: 'format', formatId: 'seminar-schulung', competencyIds: ['projektmanagement'], start: '2025-01-06', end: '2025-01-10', hours: 16, cost: 800, status: 'planned', goalId: 'g1' },
      { id: 'i2', kind: 'practice', formatId: 'seminar-schulung', competencyIds: ['projektmanagement'], start: '2025-01-13', end: '2025-02-09', hours: 8, cost: 0, status: 'planned', goalId: 'g1', practiceOf: 'i1' },
      { id: 'i3', kind: 'format', formatId: 'coaching', competencyIds: ['selbstfuehrung'], start: '2025-02-10', end: '2025-04-06', hours: 10, cost: 900, status: 'planned' },
    ],
    reviews: [
      { id: 'r1', date: '2025-03-01', participants: ['A'], final: false },
      { id: 'r2', date: '2025-04-13', participants: ['A'], final: true },
    ],
    capacityHoursPerMonth: 12,
  };
}

function frozen(plan: Plan): Plan {
  plan.items.forEach((item) => Object.freeze(item));
  plan.reviews.forEach((review) => Object.freeze(review));
  Object.freeze(plan.items);
  Object.freeze(plan.reviews);
  return Object.freeze(plan);
}

const codeOf = (code: string) => (error: unknown) => error instanceof KompetenzradError && error.issues.some((issue) => issue.code === code);

describe('plan edits', () => {
  test('movePlanItem shifts start and end and leaves the original plan untouched', () => {
    const plan = frozen(samplePlan());
    const moved = movePlanItem(plan, 'i1', 7);
    assert.deepEqual([moved.items[0].start, moved.items[0].end], ['2025-01-13', '2025-01-17']);
    assert.equal(plan.items[0].start, '2025-01-06');
    assert.equal(moved.items[2], plan.items[2], 'unchanged items are shared');
    assert.deepEqual(validatePlan(moved), []);
    const back = movePlanItem(moved, 'i1', -7);
    assert.deepEqual(back.items[0], plan.items[0]);
  });

  test('resizePlanItem moves the end (or the start) and keeps at least one day', () => {
    const plan = frozen(samplePlan());
    assert.equal(resizePlanItem(plan, 'i1', 7).items[0].end, '2025-01-17');
    assert.equal(resizePlanItem(plan, 'i1', -4).items[0].end, '2025-01-06');
    const fromStart = resizePlanItem(plan, 'i1', 2, 'start');
    assert.deepEqual([fromStart.items[0].start, fromStart.items[0].end], ['2025-01-08', '2025-01-10']);
    assert.throws(() => resizePlanItem(plan, 'i1', -5), codeOf('date-order'));
    assert.throws(() => resizePlanItem(plan, 'i1', 5, 'start'), codeOf('date-order'));
  });

  test('a practice phase moves with its item, keeps its length, and can still be moved alone', () => {
    const plan = frozen(samplePlan());
    const dates = (current: Plan) => current.items.map((item) => [item.id, item.start, item.end]);
    assert.deepEqual(dates(movePlanItem(plan, 'i1', 7)), [
      ['i1', '2025-01-13', '2025-01-17'],
      ['i2', '2025-01-20', '2025-02-16'],
      ['i3', '2025-02-10', '2025-04-06'],
    ]);
    assert.deepEqual(dates(movePlanItem(plan, 'i1', -3)).slice(0, 2), [
      ['i1', '2025-01-03', '2025-01-07'],
      ['i2', '2025-01-10', '2025-02-06'],
    ]);
    const alone = movePlanItem(plan, 'i2', 7);
    assert.deepEqual(dates(alone).slice(0, 2), [
      ['i1', '2025-01-06', '2025-01-10'],
      ['i2', '2025-01-20', '2025-02-16'],
    ]);
    assert.equal(alone.items[0], plan.items[0], 'the format item stays as it was');
    assert.deepEqual(dates(applyPlanEdit(plan, { type: 'move-item', itemId: 'i1', days: 7 })), dates(movePlanItem(plan, 'i1', 7)));
    // Without the rule the phase would start before its format ends.
    assert.deepEqual(checkPlan(movePlanItem(plan, 'i1', 14), { goals: [] }).filter((finding) => finding.code === 'practice-before-format'), []);
  });

  test('a practice phase keeps its distance from the end of its item when the item is resized', () => {
    const plan = frozen(samplePlan());
    const phase = (current: Plan) => [current.items[1].start, current.items[1].end];
    assert.deepEqual(phase(resizePlanItem(plan, 'i1', 7)), ['2025-01-20', '2025-02-16'], 'a week longer: the phase a week later');
    assert.deepEqual(phase(resizePlanItem(plan, 'i1', -2)), ['2025-01-11', '2025-02-07'], 'two days shorter: the phase two days earlier');
    assert.deepEqual(phase(resizePlanItem(plan, 'i1', -3, 'start')), ['2025-01-13', '2025-02-09'], 'a new start leaves the phase');
    assert.deepEqual(phase(applyPlanEdit(plan, { type: 'resize-item', itemId: 'i1', days: 7, edge: 'end' })), ['2025-01-20', '2025-02-16']);
    assert.deepEqual(phase(resizePlanItem(plan, 'i2', 7)), ['2025-01-13', '2025-02-16'], 'a phase resized by itself');
  });

  test('a practice phase with a broken date stops the move of its item, naming the phase', () => {
    const broken = { ...samplePlan(), items: samplePlan().items.map((item) => (item.id === 'i2' ? { ...item, end: 'soon' } : item)) };
    assert.throws(() => movePlanItem(broken, 'i1', 7), (error: unknown) => error instanceof KompetenzradError && error.issues[0].path === '$plan.items[1].end');
    assert.equal(movePlanItem(broken, 'i3', 7).items[2].start, '2025-02-17', 'other items still move');
  });

  test('rejects unknown ids and days that are not whole numbers in range', () => {
    const plan = samplePlan();
    assert.throws(() => movePlanItem(plan, 'nope', 7), codeOf('unknown-item'));
    assert.throws(() => movePlanItem(plan, 'i1', 1.5), codeOf('integer'));
    assert.throws(() => movePlanItem(plan, 'i1', 100_000), codeOf('range'));
    assert.throws(() => movePlanItem(plan, 'i1', Number.NaN), codeOf('type'));
    assert.throws(() => moveReview(plan, 'nope', 1), codeOf('unknown-review'));
    assert.throws(() => movePlanItem(null as unknown as Plan, 'i1', 1), codeOf('type'));
    const broken = { ...plan, items: [{ ...plan.items[0], start: '2025-13-01' }] };
    assert.throws(() => movePlanItem(broken, 'i1', 1), (error: unknown) => error instanceof KompetenzradError && error.issues[0].path === '$plan.items[0].start');
  });

  test('setItemStatus changes only a known status', () => {
    const plan = frozen(samplePlan());
    const done = setItemStatus(plan, 'i3', 'done');
    assert.equal(done.items[2].status, 'done');
    assert.equal(setItemStatus(plan, 'i3', 'planned'), plan, 'no change, same plan');
    assert.throws(() => setItemStatus(plan, 'i3', 'finished' as PlanItem['status']), codeOf('enum'));
  });

  test('removePlanItem removes the item with its practice phases', () => {
    const plan = frozen(samplePlan());
    const removed = removePlanItem(plan, 'i1');
    assert.deepEqual(removed.items.map((item) => item.id), ['i3']);
    assert.deepEqual(validatePlan(removed), []);
    assert.deepEqual(removePlanItem(plan, 'i2').items.map((item) => item.id), ['i1', 'i3']);
    assert.throws(() => removePlanItem(plan, 'x'), codeOf('unknown-item'));
  });

  test('newPlanItem takes the format’s typical length, effort and cost and a free id', () => {
    const plan = frozen(samplePlan());
    const format = formatById(DEFAULT_FORMATS, 'coaching');
    assert.ok(format);
    const item = newPlanItem(plan, { formatId: 'coaching', start: '2025-05-05', competencyIds: ['fuehrung'], goalId: 'g2' });
    assert.equal(item.id, 'plan-a-item-4');
    assert.equal(item.hours, format.typicalHours);
    assert.equal(item.cost, format.typicalCost);
    assert.equal(item.end, addDaysForTest('2025-05-05', Math.round(format.typicalWeeks * 7) - 1));
    assert.equal(item.status, 'planned');
    const added = addPlanItem(plan, item);
    assert.equal(added.items.length, 4);
    assert.deepEqual(validatePlan(added), []);
    assert.equal(newPlanItem(added, { formatId: 'coaching', start: '2025-05-05' }).id, 'plan-a-item-5');
    assert.equal(newPlanItem(plan, { formatId: 'coaching', start: '2025-05-05', kind: 'practice' }).cost, 0);
    assert.throws(() => newPlanItem(plan, { formatId: 'yoga', start: '2025-05-05' }), codeOf('unknown-format'));
    assert.throws(() => newPlanItem(plan, { formatId: 'coaching', start: 'soon' }), codeOf('date'));
  });

  test('addPlanItem rejects an item that does not fit the plan and names its path', () => {
    const plan = samplePlan();
    const duplicate = { ...plan.items[0] };
    assert.throws(() => addPlanItem(plan, duplicate), codeOf('duplicate-id'));
    const unknown = { ...plan.items[0], id: 'i9', competencyIds: ['astrologie'] };
    assert.throws(
      () => addPlanItem(plan, unknown),
      (error: unknown) => error instanceof KompetenzradError && error.issues[0].path === '$plan.items[3].competencyIds[0]',
    );
    const orphan: PlanItem = { ...plan.items[1], id: 'i9', practiceOf: 'i42' };
    assert.throws(() => addPlanItem(plan, orphan), codeOf('unknown-item'));
  });

  test('reviews: add, move, remove; one final review at most', () => {
    const plan = frozen(samplePlan());
    const review = newReview(plan, { date: '2025-02-01', participants: ['A', 'B'] });
    assert.equal(review.id, 'plan-a-review-3');
    assert.equal(review.final, false);
    const added = addReview(plan, review);
    assert.deepEqual(added.reviews.map((r) => r.id), ['r1', 'r2', 'plan-a-review-3']);
    assert.equal(moveReview(added, 'plan-a-review-3', -7).reviews[2].date, '2025-01-25');
    assert.deepEqual(removeReview(added, 'r1').reviews.map((r) => r.id), ['r2', 'plan-a-review-3']);
    const secondFinal = newReview(plan, { date: '2025-05-01', final: true });
    assert.equal(secondFinal.id, 'plan-a-review-final');
    assert.throws(() => addReview(plan, secondFinal), codeOf('several-final-reviews'));
    assert.deepEqual(addReview(removeReview(plan, 'r2'), secondFinal).reviews.map((r) => r.final), [false, true]);
    assert.throws(() => addReview(plan, { ...review, date: '2025-02-30' }), codeOf('date'));
  });

  test('new items and reviews of a plan with a 128-character id get valid, unique ids from the plan id stem', () => {
    const long = { ...samplePlan(), id: `P${'x'.repeat(127)}` };
    const stem = planIdStem(long.id);
    assert.ok(stem.length < long.id.length);
    long.items = [...long.items, { ...long.items[2], id: `${stem}-item-5` }];
    long.reviews = [long.reviews[0]];
    let plan: Plan = frozen(long);
    for (let n = 0; n < 3; n += 1) plan = addPlanItem(plan, newPlanItem(plan, { formatId: 'coaching', start: '2025-05-05' }));
    for (let n = 0; n < 3; n += 1) plan = addReview(plan, newReview(plan, { date: '2025-05-10' }));
    plan = addReview(plan, newReview(plan, { date: '2025-06-01', final: true }));
    const anotherFinal = newReview(plan, { date: '2025-06-02', final: true });

    assert.deepEqual(plan.items.slice(4).map((item) => item.id), [`${stem}-item-6`, `${stem}-item-7`, `${stem}-item-8`]);
    assert.deepEqual(plan.reviews.slice(1).map((review) => review.id), [`${stem}-review-2`, `${stem}-review-3`, `${stem}-review-4`, `${stem}-review-final`]);
    assert.equal(anotherFinal.id, `${stem}-review-6`, 'the final id is taken, so the next free number');
    const ids = [...plan.items.map((item) => item.id), ...plan.reviews.map((review) => review.id), anotherFinal.id];
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.ok(id.length <= 128, `${id} has ${id.length} characters`);
    assert.deepEqual(validatePlan(plan), []);
    const next = newPlanItem(plan, { formatId: 'coaching', start: '2025-05-05' }).id;
    const nextOfOther = newPlanItem({ ...plan, id: `P${'x'.repeat(126)}y` }, { formatId: 'coaching', start: '2025-05-05' }).id;
    assert.notEqual(nextOfOther, next, 'plan ids that differ only at the end still give different item ids');
  });

  test('applyPlanEdit replays every kind of edit like the matching function', () => {
    const plan = frozen(samplePlan());
    const edits: PlanEdit[] = [
      { type: 'move-item', itemId: 'i3', days: 14 },
      { type: 'resize-item', itemId: 'i3', days: -7 },
      { type: 'resize-item', itemId: 'i3', days: 7, edge: 'start' },
      { type: 'set-item-status', itemId: 'i1', status: 'running' },
      { type: 'add-item', item: newPlanItem(plan, { formatId: 'selbstlernen', start: '2025-06-02' }) },
      { type: 'remove-item', itemId: 'i2' },
      { type: 'add-review', review: newReview(plan, { date: '2025-05-01' }) },
      { type: 'move-review', reviewId: 'r1', days: 3 },
      { type: 'remove-review', reviewId: 'r1' },
      { type: 'set-plan-status', status: 'agreed', date: '2025-01-05' },
    ];
    const result = edits.reduce((current, edit) => applyPlanEdit(current, edit), plan);
    assert.deepEqual(
      result.items.map((item) => [item.id, item.start, item.end, item.status]),
      [
        ['i1', '2025-01-06', '2025-01-10', 'running'],
        ['i3', '2025-03-03', '2025-04-13', 'planned'],
        ['plan-a-item-4', '2025-06-02', result.items[2].end, 'planned'],
      ],
    );
    assert.deepEqual(result.reviews.map((r) => r.id), ['r2', 'plan-a-review-3']);
    assert.equal(result.status, 'agreed');
    assert.deepEqual(result.history.at(-1), { status: 'agreed', date: '2025-01-05' });
    assert.deepEqual(validatePlan(result), []);
    assert.throws(() => applyPlanEdit(plan, { type: 'explode' } as unknown as PlanEdit), codeOf('enum'));
    assert.throws(() => applyPlanEdit(plan, { type: 'set-plan-status', status: 'completed', date: '2025-02-01' }), codeOf('transition'));
  });

  test('a completed or cancelled plan is on record: applyPlanEdit refuses every edit of it (plan-closed)', () => {
    const active = applyPlanEdit(applyPlanEdit(frozen(samplePlan()), { type: 'set-plan-status', status: 'agreed', date: '2025-01-05' }), { type: 'set-plan-status', status: 'active', date: '2025-01-06' });
    assert.notEqual(applyPlanEdit(active, { type: 'move-item', itemId: 'i1', days: 7 }), active, 'an active plan is changed');
    for (const status of ['completed', 'cancelled'] as const) {
      const closed = applyPlanEdit(active, { type: 'set-plan-status', status, date: '2025-06-01' });
      for (const edit of [{ type: 'move-item', itemId: 'i1', days: 7 }, { type: 'remove-review', reviewId: 'r1' }] as PlanEdit[]) {
        assert.throws(
          () => applyPlanEdit(closed, edit),
          (error: unknown) => error instanceof KompetenzradError && error.issues[0].code === 'plan-closed' && error.issues[0].path === '$plan.status' && error.issues[0].params?.status === status,
        );
      }
      assert.throws(() => applyPlanEdit(closed, { type: 'set-plan-status', status: 'active', date: '2025-06-02' }), codeOf('transition'));
    }
  });
});

function addDaysForTest(date: string, days: number): string {
  const time = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}
