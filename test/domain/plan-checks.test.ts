import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPlan, checkValidatedPlan, monthlyLoad, planCapacity, planRefreshers, type PlanCheckContext, type PlanFinding } from '../../src/domain/plan-checks.ts';
import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue.ts';
import { DEMO_SAMPLE_OPTIONS, generatePortfolio } from '../../src/domain/sample.ts';
import { addDays } from '../../src/domain/dates.ts';
import { itemMonthlyHours } from '../../src/domain/plan-load.ts';
import { KompetenzradError } from '../../src/domain/errors.ts';
import { describeFinding } from '../../src/domain/messages/describe-findings.ts';
import type { Assessment, Goal, Plan, PlanItem } from '../../src/domain/types.ts';

function goal(id: string, due: string, overrides: Partial<Goal> = {}): Goal {
  return {
    id,
    personId: 'p1',
    competencyIds: ['projektmanagement'],
    targetLevel: 2,
    measure: 'Leitet ein Projekt mit eigenem Projektplan',
    challenge: 'Erstes eigenes Projekt',
    resources: { hours: 40 },
    due,
    status: 'open',
    ...overrides,
  };
}

/** Due on the day of the final review of `plan()`, asking for the 14 hours its items give. */
const GOALS: Goal[] = [goal('g-pm', '2025-03-21', { resources: { hours: 14 } })];

function item(id: string, start: string, end: string, hours: number, overrides: Partial<PlanItem> = {}): PlanItem {
  return { id, kind: 'format', formatId: 'selbstlernen', competencyIds: ['projektmanagement'], start, end, hours, cost: 0, status: 'planned', goalId: 'g-pm', ...overrides };
}

/** A plan without findings (with `GOALS` and capacity 12): seminar, its practice phase, two reviews, within capacity and budget. */
function plan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: 'plan-1',
    personId: 'p1',
    status: 'draft',
    history: [{ status: 'draft', date: '2025-01-10' }],
    items: [
      item('i1', '2025-02-01', '2025-02-14', 8, { formatId: 'seminar-schulung', cost: 800 }),
      item('i2', '2025-02-15', '2025-03-14', 6, { kind: 'practice', formatId: 'seminar-schulung', practiceOf: 'i1' }),
    ],
    reviews: [
      { id: 'r1', date: '2025-02-20', participants: ['Anna'], final: false },
      { id: 'r2', date: '2025-03-21', participants: ['Anna'], final: true },
    ],
    capacityHoursPerMonth: 8,
    budget: 1000,
    ...overrides,
  };
}

function only(findings: PlanFinding[], code: string): PlanFinding[] {
  return findings.filter((finding) => finding.code === code);
}

function one(findings: PlanFinding[], code: string): PlanFinding {
  const found = only(findings, code);
  assert.equal(found.length, 1, `expected one "${code}", got ${JSON.stringify(findings.map((f) => f.code))}`);
  return found[0];
}

const CONTEXT: PlanCheckContext = { goals: GOALS };

const SEMINAR = { de: 'Seminar und Schulung', en: 'Seminar and course' };
const SELF_STUDY = { de: 'Selbstlernen', en: 'Self-study' };
const PM = { de: 'Projektmanagement', en: 'Project management' };
/** The seminar of `plan()` as a message names it. */
const I1 = { item: SEMINAR, itemPractice: false, itemStart: '2025-02-01', itemEnd: '2025-02-14' };
/** Its practice phase. */
const I2 = { item: SEMINAR, itemPractice: true, itemStart: '2025-02-15', itemEnd: '2025-03-14' };
/** German and English with plain spaces (money amounts use no-break spaces). */
const say = (finding: PlanFinding, lang: 'de' | 'en') => describeFinding(finding, lang).replace(/\u00a0/g, ' ');

describe('monthlyLoad', () => {
  test('spreads each item over its days and compares with the capacity', () => {
    const load = monthlyLoad(plan());
    // i1: 8 h in February; i2: 6 h over 28 days, 14 in February and 14 in March.
    assert.deepEqual(load, [
      { month: '2025-02', hours: 11, capacity: 8, over: 3 },
      { month: '2025-03', hours: 3, capacity: 8, over: 0 },
    ]);
    assert.deepEqual(
      monthlyLoad(plan(), 12).map((entry) => [entry.capacity, entry.over]),
      [
        [12, 0],
        [12, 0],
      ],
    );
  });

  test('lists months without load, leaves dropped items out and defaults to 8 hours', () => {
    const p = plan({
      capacityHoursPerMonth: undefined,
      items: [item('a', '2025-01-01', '2025-01-31', 4), item('b', '2025-04-01', '2025-04-30', 20, { status: 'dropped' }), item('c', '2025-04-01', '2025-04-10', 2)],
    });
    assert.deepEqual(
      monthlyLoad(p).map((entry) => [entry.month, entry.hours, entry.capacity]),
      [
        ['2025-01', 4, 8],
        ['2025-02', 0, 8],
        ['2025-03', 0, 8],
        ['2025-04', 2, 8],
      ],
    );
    assert.deepEqual(monthlyLoad(plan({ items: [] })), []);
  });

  test('rounds to hundredths', () => {
    const load = monthlyLoad(plan({ items: [item('a', '2025-01-01', '2025-03-31', 10)] }));
    assert.deepEqual(
      load.map((entry) => entry.hours),
      [3.44, 3.11, 3.44],
    );
  });

  test('throws a KompetenzradError for dates or hours that do not fit', () => {
    assert.throws(() => monthlyLoad(plan({ items: [item('a', '2025-03-01', '2025-01-01', 4)] })), (error: unknown) => error instanceof KompetenzradError && error.issues[0].path === '$plan.items[0].end');
    assert.throws(() => monthlyLoad(plan({ items: [item('a', '2025-01-01', '2025-01-31', Number.NaN)] })), KompetenzradError);
    assert.throws(() => monthlyLoad(plan(), -1), KompetenzradError);
    assert.throws(() => monthlyLoad(null as unknown as Plan), KompetenzradError);
  });
});

describe('checkPlan', () => {
  test('finds nothing in a sound plan', () => {
    const sound = plan({ capacityHoursPerMonth: 12 });
    assert.deepEqual(checkPlan(sound, CONTEXT), []);
  });

  test('a plan on record (completed or cancelled) has no findings: nothing in it can be changed', () => {
    const active = plan();
    assert.ok(checkPlan(active, CONTEXT).length > 0, 'the same plan running has findings');
    for (const status of ['completed', 'cancelled'] as const) {
      const closed = { ...active, status, history: [...active.history, { status, date: '2025-12-31' }] };
      assert.deepEqual(checkPlan(closed, CONTEXT), [], status);
      assert.ok(checkValidatedPlan(closed, CONTEXT).load.some((month) => month.over > 0), 'the load is still given');
    }
  });

  test('over-capacity: a month with more hours than the capacity, by how much', () => {
    const found = one(checkPlan(plan(), CONTEXT), 'over-capacity');
    assert.equal(found.severity, 'error');
    assert.equal(found.month, '2025-02');
    assert.equal(found.amount, 3);
    assert.deepEqual(found.params, { month: '2025-02', hours: 11, over: 3, capacity: 8 });
    assert.equal(say(found, 'de'), 'Im Februar 2025 sind 11 Stunden geplant, 3 mehr als die 8 verfügbaren. Verschieben oder strecken Sie ein Angebot.');
    assert.equal(say(found, 'en'), 'February 2025 has 11 hours planned, 3 more than the 8 available. Move or stretch an activity.');
    assert.deepEqual(only(checkPlan(plan(), { ...CONTEXT, capacityHoursPerMonth: 11 }), 'over-capacity'), []);
    assert.equal(one(checkPlan(plan({ capacityHoursPerMonth: undefined }), { ...CONTEXT, person: { id: 'p1', name: 'A', roleId: 'cdo', capacityHoursPerMonth: 10 } }), 'over-capacity').amount, 1);
  });

  test('overlap-over-capacity: two items that collide in a month', () => {
    const p = plan({
      capacityHoursPerMonth: 8,
      items: [item('a', '2025-05-01', '2025-05-20', 6), item('b', '2025-05-10', '2025-05-31', 6), item('c', '2025-07-01', '2025-07-31', 6)],
    });
    const findings = checkPlan(p, CONTEXT);
    const found = one(findings, 'overlap-over-capacity');
    assert.equal(found.severity, 'warning');
    assert.deepEqual([found.itemId, found.otherItemId, found.month, found.amount], ['a', 'b', '2025-05', 12]);
    assert.deepEqual(found.params, {
      ...{ item: SELF_STUDY, itemPractice: false, itemStart: '2025-05-01', itemEnd: '2025-05-20' },
      ...{ other: SELF_STUDY, otherPractice: false, otherStart: '2025-05-10', otherEnd: '2025-05-31' },
      ...{ month: '2025-05', hours: 12, capacity: 8 },
    });
    assert.equal(
      say(found, 'en'),
      '"Self-study" (1 May 2025 – 20 May 2025) and "Self-study" (10 May 2025 – 31 May 2025) run at the same time and together need 12 hours in May 2025, more than the 8 available. Schedule them one after the other.',
    );
    assert.equal(one(findings, 'over-capacity').month, '2025-05');
  });

  test('overlap-over-capacity: every overlapping pair, in list order, also with shared starts, one-day items and dropped items', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 40; round += 1) {
      const items = Array.from({ length: 5 + random(40) }, (_, index) => {
        const start = addDays('2025-01-01', random(120));
        return item(`x${index}`, start, addDays(start, random(3) === 0 ? 0 : random(60)), 1 + random(5), { status: random(6) === 0 ? 'dropped' : 'planned' });
      });
      const active = items.filter((entry) => entry.status !== 'dropped');
      const expected: string[] = [];
      for (let a = 0; a < active.length; a += 1) {
        for (let b = a + 1; b < active.length; b += 1) {
          if (active[a].start <= active[b].end && active[b].start <= active[a].end) expected.push(`${active[a].id}+${active[b].id}`);
        }
      }
      const found = only(checkPlan(plan({ capacityHoursPerMonth: 0, items }), CONTEXT), 'overlap-over-capacity').map((entry) => `${entry.itemId}+${entry.otherItemId}`);
      assert.deepEqual(found, expected, `round ${round}`);
    }
  });

  test('overlap-over-capacity: with a capacity, the pairs that together exceed it in a month both touch, each at its worst month', () => {
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    let pairs = 0;
    for (let round = 0; round < 40; round += 1) {
      const capacity = 4 + random(12);
      const items = Array.from({ length: 5 + random(40) }, (_, index) => {
        const start = addDays('2025-01-01', random(150));
        return item(`x${index}`, start, addDays(start, random(80)), 1 + random(14));
      });
      const loads = items.map((entry) => itemMonthlyHours(entry));
      const expected: string[] = [];
      for (let a = 0; a < items.length; a += 1) {
        for (let b = a + 1; b < items.length; b += 1) {
          if (items[a].start > items[b].end || items[b].start > items[a].end) continue;
          let worst: [string, number] | undefined;
          for (const [month, hours] of loads[a]) {
            const other = loads[b].get(month);
            if (other !== undefined && hours + other > capacity + 1e-9 && (!worst || hours + other > worst[1])) worst = [month, hours + other];
          }
          if (worst) expected.push(`${items[a].id}+${items[b].id} ${worst[0]}`);
        }
      }
      pairs += expected.length;
      const found = only(checkPlan(plan({ capacityHoursPerMonth: capacity, items }), CONTEXT), 'overlap-over-capacity').map((entry) => `${entry.itemId}+${entry.otherItemId} ${entry.month}`);
      assert.deepEqual(found, expected, `round ${round}`);
    }
    assert.ok(pairs > 100, `the rounds have pairs over capacity (${pairs})`);
  });

  test('overlap-over-capacity: an item without a number of hours beside them hides no pair', () => {
    const items = [item('n', '2025-02-01', '2025-02-28', Number.NaN), item('a', '2025-02-01', '2025-02-28', 6), item('b', '2025-02-01', '2025-02-28', 6)];
    const found = only(checkValidatedPlan(plan({ capacityHoursPerMonth: 8, items }), {}).findings, 'overlap-over-capacity');
    assert.deepEqual(found.map((entry) => `${entry.itemId}+${entry.otherItemId} ${entry.month}`), ['a+b 2025-02']);
  });

  test('item-after-due: an item ending after its goal is due, in days', () => {
    const findings = checkPlan(plan({ capacityHoursPerMonth: 12 }), { goals: [goal('g-pm', '2025-03-01')] });
    const found = one(findings, 'item-after-due');
    assert.deepEqual([found.itemId, found.goalId, found.amount, found.severity], ['i2', 'g-pm', 13, 'warning']);
    assert.deepEqual(found.params, { ...I2, goal: [PM], goalLevel: 2, days: 13, due: '2025-03-01' });
    assert.equal(
      say(found, 'de'),
      '„Praxisphase Seminar und Schulung“ (15. Februar 2025 – 14. März 2025) endet 13 Tage nach dem Termin des Ziels „Projektmanagement auf Stufe 2 (Könner)“ (1. März 2025). Ziehen Sie es vor oder verschieben Sie den Termin.',
    );
  });

  test('goal-without-item: open goals of the person that no item serves', () => {
    const goals = [
      ...GOALS,
      goal('g-open', '2025-12-31'),
      goal('g-reached', '2025-12-31', { status: 'reached' }),
      goal('g-other', '2025-12-31', { personId: 'p2' }),
    ];
    const dropped = plan({ capacityHoursPerMonth: 12 });
    const found = one(checkPlan(dropped, { goals }), 'goal-without-item');
    assert.equal(found.goalId, 'g-open');
    assert.deepEqual(found.params, { goal: [PM], goalLevel: 2 });
    assert.match(say(found, 'de'), /„Projektmanagement auf Stufe 2 \(Könner\)“/);
    assert.match(say(found, 'en'), /"Project management to level 2 \(Practitioner\)"/);
    // A goal whose only item is dropped is not served.
    const withDropped = plan({ capacityHoursPerMonth: 12, items: [...dropped.items, item('i3', '2025-04-01', '2025-04-30', 2, { goalId: 'g-open', status: 'dropped' })] });
    assert.equal(one(checkPlan(withDropped, { goals }), 'goal-without-item').goalId, 'g-open');
  });

  test('item-without-goal: in a plan with goals, a format item that serves none (its practice phase follows it)', () => {
    const p = plan({ capacityHoursPerMonth: 12, items: [...plan().items, item('i3', '2025-03-01', '2025-03-14', 2)] });
    delete p.items[0].goalId;
    delete p.items[1].goalId;
    const findings = checkPlan(p, CONTEXT);
    const found = one(findings, 'item-without-goal');
    assert.equal(found.itemId, 'i1');
    assert.equal(found.severity, 'warning');
    assert.deepEqual(found.params, I1);
    assert.equal(only(findings, 'plan-without-goals').length, 0);
  });

  test('plan-without-goals: a plan none of whose items serves a goal gets one plan-level warning, not one per item', () => {
    const p = plan({ capacityHoursPerMonth: 12, items: [...plan().items, item('i3', '2025-03-01', '2025-03-14', 2)] });
    for (const entry of p.items) delete entry.goalId;
    const findings = checkPlan(p, { goals: [] });
    assert.equal(only(findings, 'item-without-goal').length, 0);
    const found = one(findings, 'plan-without-goals');
    assert.equal(found.severity, 'warning');
    assert.equal(found.itemId, undefined);
    assert.deepEqual(found.params, {});
    assert.match(say(found, 'de'), /Lernziel/);
    assert.match(say(found, 'en'), /learning goal/);
    assert.deepEqual(findings.map((f) => f.code), ['plan-without-goals']);
    assert.equal(only(checkPlan(plan({ items: [] }), { goals: [] }), 'plan-without-goals').length, 0, 'an empty plan gets no hint');
  });

  test('a practice phase without its own goal counts for the goal of its format', () => {
    const p = plan({ capacityHoursPerMonth: 12 });
    delete p.items[1].goalId;
    assert.deepEqual(checkPlan(p, CONTEXT), []);
  });

  test('goal-hours-short: the items of an open goal give it fewer hours than it asks for', () => {
    const sound = plan({ capacityHoursPerMonth: 12 });
    const findings = checkPlan(sound, { goals: [goal('g-pm', '2025-03-21', { resources: { hours: 20 } })] });
    const found = one(findings, 'goal-hours-short');
    assert.deepEqual([found.goalId, found.amount, found.severity, found.itemId], ['g-pm', 6, 'warning', undefined]);
    assert.deepEqual(found.params, { goal: [PM], goalLevel: 2, planned: 14, hours: 20 });
    assert.equal(
      say(found, 'de'),
      'Die Angebote für das Ziel „Projektmanagement auf Stufe 2 (Könner)“ umfassen 14 Stunden, das Ziel sieht 20 vor. Planen Sie weitere Angebote ein oder passen Sie die Stunden des Ziels an.',
    );
    assert.equal(
      say(found, 'en'),
      'The activities for the goal "Project management to level 2 (Practitioner)" add up to 14 hours, but the goal asks for 20. Add activities or adjust the goal\'s hours.',
    );
    const asking = (hours: number | undefined, overrides: Partial<Goal> = {}) => [goal('g-pm', '2025-03-21', { resources: { hours }, ...overrides })];
    // Enough: the practice phase counts, and so does an item already done.
    for (const hours of [14, 10, 0, undefined]) assert.deepEqual(checkPlan(sound, { goals: asking(hours) }), [], `asks for ${hours}`);
    const done = plan({ capacityHoursPerMonth: 12 });
    done.items[0].status = 'done';
    assert.deepEqual(checkPlan(done, { goals: asking(14) }), []);
    // A dropped item gives nothing.
    const droppedPractice = plan({ capacityHoursPerMonth: 12 });
    droppedPractice.items[1].status = 'dropped';
    assert.deepEqual(one(checkPlan(droppedPractice, { goals: asking(14) }), 'goal-hours-short').params, { goal: [PM], goalLevel: 2, planned: 8, hours: 14 });
    // Only open goals, and a goal without items is reported as such alone.
    assert.deepEqual(only(checkPlan(sound, { goals: asking(40, { status: 'reached' }) }), 'goal-hours-short'), []);
    const unserved = checkPlan(sound, { goals: [...GOALS, goal('g-open', '2025-12-31', { resources: { hours: 40 } })] });
    assert.deepEqual(unserved.map((f) => [f.code, f.goalId]), [['goal-without-item', 'g-open']]);
  });

  test('goal-over-budget: the items of an open goal cost more than it sets aside', () => {
    const sound = plan({ capacityHoursPerMonth: 12 });
    const budgeted = (budget: number | undefined, overrides: Partial<Goal> = {}) => [goal('g-pm', '2025-03-21', { resources: { budget }, ...overrides })];
    const found = one(checkPlan(sound, { goals: budgeted(500) }), 'goal-over-budget');
    assert.deepEqual([found.goalId, found.amount, found.severity, found.itemId], ['g-pm', 300, 'warning', undefined]);
    assert.deepEqual(found.params, { goal: [PM], goalLevel: 2, cost: 800, over: 300, budget: 500 });
    assert.equal(
      say(found, 'de'),
      'Die Angebote für das Ziel „Projektmanagement auf Stufe 2 (Könner)“ kosten 800 €, 300 € mehr als die 500 €, die das Ziel vorsieht. Wählen Sie günstigere Formate oder passen Sie das Budget des Ziels an.',
    );
    // Within, or no budget set aside: nothing; the plan's own budget is a check of its own.
    for (const budget of [800, 2000, undefined]) assert.deepEqual(only(checkPlan(sound, { goals: budgeted(budget) }), 'goal-over-budget'), [], `sets aside ${budget}`);
    assert.deepEqual(one(checkPlan(sound, { goals: budgeted(0) }), 'goal-over-budget').amount, 800);
    // A dropped item costs nothing, and only open goals of the plan's person count.
    const dropped = plan({ capacityHoursPerMonth: 12 });
    dropped.items[0].status = 'dropped';
    assert.deepEqual(only(checkPlan(dropped, { goals: budgeted(0) }), 'goal-over-budget'), []);
    assert.deepEqual(only(checkPlan(sound, { goals: budgeted(0, { status: 'reached' }) }), 'goal-over-budget'), []);
    // Without the goals their budgets are not known.
    assert.deepEqual(only(checkPlan(sound, {}), 'goal-over-budget'), []);
  });

  test('final-review-before-due: the final review comes before an open goal of the plan is due', () => {
    const sound = plan({ capacityHoursPerMonth: 12 });
    const found = one(checkPlan(sound, { goals: [goal('g-pm', '2025-04-30', { resources: { hours: 14 } })] }), 'final-review-before-due');
    assert.deepEqual([found.goalId, found.reviewId, found.severity, found.itemId], ['g-pm', 'r2', 'warning', undefined]);
    assert.deepEqual(found.params, { goal: [PM], goalLevel: 2, date: '2025-03-21', due: '2025-04-30' });
    assert.equal(
      say(found, 'de'),
      'Das Abschlussgespräch am 21. März 2025 liegt vor dem Termin des Ziels „Projektmanagement auf Stufe 2 (Könner)“ (30. April 2025); dann lässt sich noch nicht prüfen, ob es erreicht ist. Legen Sie das Gespräch auf den 30. April 2025 oder später.',
    );
    assert.equal(
      say(found, 'en'),
      'The final review on 21 March 2025 comes before the goal "Project management to level 2 (Practitioner)" is due (30 April 2025), too early to tell whether it was reached. Move the review to 30 April 2025 or later.',
    );
    // On the due date or after it: none.
    for (const due of ['2025-03-21', '2025-03-14']) {
      assert.deepEqual(only(checkPlan(sound, { goals: [goal('g-pm', due, { resources: { hours: 14 } })] }), 'final-review-before-due'), [], due);
    }
    // Only the final review counts, only open goals the plan serves, and no final review is a finding of its own.
    const regular = plan({ capacityHoursPerMonth: 12 });
    regular.reviews[0].final = true;
    regular.reviews[1].final = false;
    assert.equal(one(checkPlan(regular, CONTEXT), 'final-review-before-due').reviewId, 'r1');
    assert.deepEqual(only(checkPlan(sound, { goals: [goal('g-pm', '2025-04-30', { resources: { hours: 14 }, status: 'dropped' })] }), 'final-review-before-due'), []);
    const unserved = checkPlan(sound, { goals: [...GOALS, goal('g-open', '2025-12-31', { resources: { hours: 40 } })] });
    assert.deepEqual(unserved.map((f) => f.code), ['goal-without-item']);
    const noFinal = plan({ capacityHoursPerMonth: 12 });
    noFinal.reviews[1].final = false;
    assert.deepEqual(checkPlan(noFinal, { goals: [goal('g-pm', '2025-04-30', { resources: { hours: 14 } })] }).map((f) => f.code), ['no-final-review']);
  });

  test('the drafts of the demo people give their goals the hours they ask for, end by the goals\' due dates and are reviewed once the goals are due', () => {
    const portfolio = generatePortfolio(DEMO_SAMPLE_OPTIONS);
    assert.equal(portfolio.plans.length, DEMO_SAMPLE_OPTIONS.people);
    for (const draft of portfolio.plans) {
      const goals = portfolio.goals.filter((entry) => entry.personId === draft.personId);
      const person = portfolio.people.find((entry) => entry.id === draft.personId)!;
      const codes = checkPlan(draft, { goals, person, catalogue: DEFAULT_CATALOGUE }).map((f) => f.code);
      for (const code of ['goal-hours-short', 'item-after-due', 'final-review-before-due', 'final-review-before-end', 'goal-without-item', 'over-capacity'] as const) {
        assert.ok(!codes.includes(code), `${draft.personId}: ${code}`);
      }
    }
  });

  test('unknown-goal and goal-of-other-person: items that point at the wrong goal', () => {
    const p = plan({ capacityHoursPerMonth: 12 });
    p.items[0].goalId = 'g-nope';
    p.items[1].goalId = 'g-other';
    const findings = checkPlan(p, { goals: [...GOALS, goal('g-other', '2025-12-31', { personId: 'p2' })] });
    assert.deepEqual([one(findings, 'unknown-goal').itemId, one(findings, 'unknown-goal').severity], ['i1', 'error']);
    assert.deepEqual([one(findings, 'goal-of-other-person').itemId, one(findings, 'goal-of-other-person').goalId], ['i2', 'g-other']);
    assert.deepEqual(one(findings, 'unknown-goal').params, { ...I1, goalId: 'g-nope' });
    assert.deepEqual(one(findings, 'goal-of-other-person').params, I2);
  });

  test('without goals in the context the goal references are not checked; with goals, also an empty list, they are', () => {
    // Every goal check would find something here: i1 names a goal nobody gave, i2 another person's,
    // i3 ends after its goal is due, g-open has no item, g-short lacks hours and is due after the final review.
    const p = plan({ capacityHoursPerMonth: 40, items: [...plan().items, item('i3', '2025-03-01', '2025-03-31', 2, { goalId: 'g-late' })] });
    p.items[0].goalId = 'g-nope';
    p.items[1].goalId = 'g-other';
    p.items.push(item('i4', '2025-03-01', '2025-03-10', 1, { goalId: 'g-short' }));
    const goals = [
      goal('g-other', '2025-12-31', { personId: 'p2' }),
      goal('g-late', '2025-03-15'),
      goal('g-open', '2025-12-31'),
      goal('g-short', '2025-12-31', { resources: { hours: 40 } }),
    ];
    const needGoals = ['unknown-goal', 'goal-of-other-person', 'item-after-due', 'goal-without-item', 'goal-hours-short', 'final-review-before-due'];
    const codes = (context: PlanCheckContext) => [...new Set(checkPlan(p, context).map((f) => f.code))].sort();
    assert.deepEqual(codes({ goals }).filter((code) => needGoals.includes(code)), [...needGoals].sort(), 'with the goals, each check finds its case');
    const without = checkPlan(p, {});
    assert.deepEqual(without.filter((f) => needGoals.includes(f.code)), [], 'without them, none of these checks runs');
    assert.deepEqual(without, checkPlan(p, { goals: undefined }));
    assert.deepEqual(checkValidatedPlan(p, {}).findings, without);
    // The checks that read only the plan still run: the goals are only not known.
    const noGoalAtAll = plan({ capacityHoursPerMonth: 12, items: [...plan().items, item('i3', '2025-03-01', '2025-03-14', 2)] });
    delete noGoalAtAll.items[0].goalId;
    delete noGoalAtAll.items[1].goalId;
    assert.equal(one(checkPlan(noGoalAtAll, {}), 'item-without-goal').itemId, 'i1');
    // An empty list is given goals: each goal an item names is unknown.
    const empty = checkPlan(p, { goals: [] });
    assert.deepEqual(only(empty, 'unknown-goal').map((f) => f.itemId), ['i1', 'i2', 'i3', 'i4']);
    // A sound plan without goals has no findings either way (a plan with goals but none given).
    assert.deepEqual(checkPlan(plan({ capacityHoursPerMonth: 12 }), {}), []);
  });

  test('practice-missing and practice-before-format: the practice phase after off-the-job formats', () => {
    const missing = plan({ capacityHoursPerMonth: 12 });
    missing.items = [missing.items[0]];
    assert.equal(one(checkPlan(missing, CONTEXT), 'practice-missing').itemId, 'i1');
    assert.deepEqual(one(checkPlan(missing, CONTEXT), 'practice-missing').params, I1);
    const droppedPractice = plan({ capacityHoursPerMonth: 12 });
    droppedPractice.items[1].status = 'dropped';
    assert.equal(one(checkPlan(droppedPractice, CONTEXT), 'practice-missing').itemId, 'i1');
    const early = plan({ capacityHoursPerMonth: 12 });
    early.items[1].start = '2025-02-10';
    const found = one(checkPlan(early, CONTEXT), 'practice-before-format');
    assert.deepEqual([found.itemId, found.otherItemId], ['i2', 'i1']);
    assert.deepEqual(found.params, { ...I2, itemStart: '2025-02-10', other: SEMINAR, otherPractice: false, otherStart: '2025-02-01', otherEnd: '2025-02-14' });
    assert.equal(
      say(found, 'de'),
      'Die Praxisphase „Praxisphase Seminar und Schulung“ (10. Februar 2025 – 14. März 2025) beginnt, bevor „Seminar und Schulung“ (1. Februar 2025 – 14. Februar 2025) endet. Lassen Sie sie erst danach beginnen.',
    );
    // On-the-job formats need no practice phase.
    const onTheJob = plan({ capacityHoursPerMonth: 12, items: [item('a', '2025-02-01', '2025-03-14', 8, { formatId: 'mentoring' })] });
    assert.deepEqual(only(checkPlan(onTheJob, CONTEXT), 'practice-missing'), []);
  });

  test('planCapacity: the given capacity, else the plan, else its person, else 8; monthlyLoad and checkPlan agree', () => {
    const anna = { id: 'p1', name: 'A', roleId: 'cdo', capacityHoursPerMonth: 4 };
    const p = plan({ capacityHoursPerMonth: undefined });
    assert.equal(planCapacity(p, { capacity: 2, person: anna }), 2);
    assert.equal(planCapacity(plan({ capacityHoursPerMonth: 6 }), { person: anna }), 6);
    assert.equal(planCapacity(p, { person: anna }), 4);
    assert.equal(planCapacity(p, { person: { ...anna, id: 'other' } }), 8, "another person's capacity does not apply");
    assert.equal(planCapacity(p), 8);
    assert.equal(monthlyLoad(p, undefined, anna)[0].capacity, 4);
  });

  test('no-reviews, no-final-review, final-review-before-end', () => {
    const none = one(checkPlan(plan({ capacityHoursPerMonth: 12, reviews: [] }), CONTEXT), 'no-reviews');
    assert.equal(none.severity, 'error');
    assert.deepEqual(none.params, {});
    const noFinal = plan({ capacityHoursPerMonth: 12 });
    noFinal.reviews[1].final = false;
    assert.equal(one(checkPlan(noFinal, CONTEXT), 'no-final-review').severity, 'error');
    assert.deepEqual(one(checkPlan(noFinal, CONTEXT), 'no-final-review').params, { end: '2025-03-14' });
    const early = plan({ capacityHoursPerMonth: 12 });
    early.reviews[1].date = '2025-03-01';
    const found = one(checkPlan(early, CONTEXT), 'final-review-before-end');
    assert.equal(found.reviewId, 'r2');
    assert.deepEqual(found.params, { date: '2025-03-01', end: '2025-03-14' });
    assert.equal(say(found, 'en'), 'The final review on 1 March 2025 comes before the last activity ends (14 March 2025). Move it to a day after that.');
    assert.deepEqual(checkPlan(plan({ capacityHoursPerMonth: 12, items: [], reviews: [] }), { goals: [] }), [], 'an empty plan needs no reviews');
  });

  test('review-gap: more than 12 weeks without a review while items run', () => {
    const p = plan({
      capacityHoursPerMonth: 12,
      items: [item('a', '2025-01-01', '2025-12-31', 24)],
      reviews: [
        { id: 'r1', date: '2025-02-01', participants: ['A'], final: false },
        { id: 'r2', date: '2025-07-01', participants: ['A'], final: false },
        { id: 'r3', date: '2026-01-10', participants: ['A'], final: true },
      ],
    });
    const gaps = only(checkPlan(p, { goals: [goal('g-pm', '2026-01-31')] }), 'review-gap');
    assert.deepEqual(
      gaps.map((g) => [g.reviewId, g.amount]),
      [
        ['r2', 21.4],
        // Counted until the last item ends (2025-12-31), not until the final review.
        ['r3', 26.1],
      ],
    );
    const short = plan({
      capacityHoursPerMonth: 12,
      items: [item('a', '2025-01-01', '2025-02-01', 8)],
      reviews: [{ id: 'r1', date: '2025-06-01', participants: ['A'], final: true }],
    });
    assert.deepEqual(only(checkPlan(short, { goals: [goal('g-pm', '2026-01-31')] }), 'review-gap'), [], 'a final review long after the last item is no gap');
    assert.deepEqual(gaps[0].params, { from: '2025-02-01', to: '2025-07-01', weeks: 21.4, maxWeeks: 12, suggested: '2025-04-26' });
    assert.equal(
      say(gaps[0], 'de'),
      'Zwischen dem 1. Februar 2025 und dem 1. Juli 2025 liegen 21,4 Wochen ohne Review-Gespräch. Planen Sie spätestens alle 12 Wochen eines, zum Beispiel am 26. April 2025.',
    );
    assert.deepEqual(only(checkPlan(p, { goals: [goal('g-pm', '2026-01-31')], maxWeeksBetweenReviews: 30 }), 'review-gap'), []);
  });

  test('review-gap also at the end when the last review comes long before the last item ends', () => {
    const p = plan({
      capacityHoursPerMonth: 12,
      items: [item('a', '2025-01-01', '2025-12-31', 24)],
      reviews: [{ id: 'r1', date: '2025-02-01', participants: ['A'], final: true }],
    });
    const findings = checkPlan(p, { goals: [goal('g-pm', '2026-01-31')] });
    const gap = one(findings, 'review-gap');
    assert.equal(gap.reviewId, undefined);
    one(findings, 'final-review-before-end');
  });

  test('over-budget: costs beyond the budget, by how much', () => {
    const found = one(checkPlan(plan({ capacityHoursPerMonth: 12, budget: 500 }), CONTEXT), 'over-budget');
    assert.deepEqual([found.amount, found.severity], [300, 'error']);
    assert.deepEqual(found.params, { cost: 800, over: 300, budget: 500 });
    assert.match(say(found, 'de'), /kosten 800 €, 300 € mehr als das Budget von 500 €\./);
    assert.match(say(found, 'en'), /cost €800, €300 more than the budget of €500\./);
    assert.equal(one(checkPlan(plan({ capacityHoursPerMonth: 12, budget: undefined }), { ...CONTEXT, budget: 100 }), 'over-budget').amount, 700);
    assert.deepEqual(only(checkPlan(plan({ capacityHoursPerMonth: 12, budget: undefined }), CONTEXT), 'over-budget'), [], 'no budget, no check');
    const fromPerson = checkPlan(plan({ capacityHoursPerMonth: 12, budget: undefined }), { ...CONTEXT, person: { id: 'p1', name: 'A', roleId: 'cdo', budget: 600 } });
    assert.equal(one(fromPerson, 'over-budget').amount, 200);
  });

  test('refresh-not-covered: stale competencies that no item covers', () => {
    const assessments: Assessment[] = [
      { id: 'a1', personId: 'p1', rater: 'self', date: '2022-01-10', levels: { informationssicherheit: 2, projektmanagement: 1 } },
      { id: 'a2', personId: 'p2', rater: 'self', date: '2022-01-10', levels: { technik: 1 } },
    ];
    const today = '2025-01-15';
    const p = plan({ capacityHoursPerMonth: 12 });
    const direct = planRefreshers(DEFAULT_CATALOGUE, assessments, 'p1', p, today);
    assert.equal(direct.length, 1);
    assert.deepEqual([direct[0].code, direct[0].competencyId, direct[0].severity], ['refresh-not-covered', 'informationssicherheit', 'warning']);
    assert.deepEqual(direct[0].params, {
      competency: { de: 'Informationssicherheit und Datenschutz', en: 'Information security and data protection' },
      lastAssessed: '2022-01-10',
      dueSince: '2024-01-10',
    });
    assert.match(say(direct[0], 'de'), /^Informationssicherheit und Datenschutz wurde zuletzt am 10\. Januar 2022 eingeschätzt; das Wissen sollte seit dem 10\. Januar 2024 aufgefrischt/);
    const viaCheck = checkPlan(p, { ...CONTEXT, assessments, today });
    assert.deepEqual(viaCheck, direct);
    assert.deepEqual(checkPlan(p, { ...CONTEXT, assessments }), [], 'needs today');
    const covered = plan({ capacityHoursPerMonth: 12 });
    covered.items[0].competencyIds = ['projektmanagement', 'informationssicherheit'];
    assert.deepEqual(planRefreshers(DEFAULT_CATALOGUE, assessments, 'p1', covered, today), []);
    covered.items[0].status = 'dropped';
    covered.items[1].status = 'dropped';
    assert.equal(planRefreshers(DEFAULT_CATALOGUE, assessments, 'p1', covered, today).length, 1, 'a dropped item covers nothing');
  });

  test('every finding is data that reads as a German and an English sentence', () => {
    const p = plan({
      budget: 10,
      reviews: [],
      items: [
        item('a', '2025-05-01', '2025-05-20', 9, { formatId: 'seminar-schulung', cost: 800 }),
        item('b', '2025-05-10', '2025-05-31', 6, { goalId: undefined }),
        item('c', '2025-05-10', '2025-05-31', 1, { goalId: 'g-x' }),
      ],
    });
    const findings = checkPlan(p, { goals: [goal('g-pm', '2025-05-05'), goal('g-open', '2025-12-31')] });
    const codes = new Set(findings.map((f) => f.code));
    for (const code of ['over-capacity', 'overlap-over-capacity', 'item-after-due', 'goal-without-item', 'goal-hours-short', 'item-without-goal', 'unknown-goal', 'practice-missing', 'no-reviews', 'over-budget']) {
      assert.ok(codes.has(code as PlanFinding['code']), code);
    }
    for (const finding of findings) {
      assert.deepEqual(JSON.parse(JSON.stringify(finding)), finding, 'plain JSON data');
      assert.equal('message' in finding, false);
      const [de, en] = [say(finding, 'de'), say(finding, 'en')];
      assert.ok(de.length > 20 && en.length > 20, finding.code);
      assert.notEqual(de, en);
      assert.doesNotMatch(de + en, /undefined|NaN|\[object/);
      assert.ok(finding.severity === 'error' || finding.severity === 'warning');
    }
  });

  test('does not change the plan or the goals', () => {
    const p = plan();
    const before = JSON.stringify(p);
    const goals = structuredClone(GOALS);
    checkPlan(Object.freeze(p), { goals: Object.freeze(goals) });
    assert.equal(JSON.stringify(p), before);
    assert.deepEqual(goals, GOALS);
  });

  test('throws a KompetenzradError for a plan, goal or person that is not valid', () => {
    const bad = plan();
    bad.items[0].formatId = 'hackathon';
    assert.throws(() => checkPlan(bad, CONTEXT), (error: unknown) => error instanceof KompetenzradError && error.issues[0].path === '$plan.items[0].formatId');
    assert.throws(
      () => checkPlan(plan(), { goals: [{ ...GOALS[0], due: 'soon' }] }),
      (error: unknown) => error instanceof KompetenzradError && error.issues[0].path === '$context.goals[0].due',
    );
    assert.throws(() => checkPlan(plan(), { goals: GOALS, person: { id: 'p1', name: '', roleId: 'cdo' } }), KompetenzradError);
    assert.throws(() => checkPlan(plan(), { goals: 'none' as unknown as Goal[] }), KompetenzradError);
    assert.throws(() => checkPlan(plan(), { goals: null as unknown as Goal[] }), KompetenzradError, 'null is not "not given"');
    assert.throws(
      () => checkPlan(plan(), { goals: GOALS, person: { id: 'someone-else', name: 'B', roleId: 'cdo', capacityHoursPerMonth: 1 } }),
      (error: unknown) => error instanceof KompetenzradError && error.issues.some((issue) => issue.code === 'person-mismatch'),
      "another person's capacity and budget are not used silently",
    );
    assert.throws(
      () => checkPlan({} as unknown as Plan, { goals: GOALS, person: { id: 'p1', name: 'A', roleId: 'cdo' } }),
      (error: unknown) =>
        error instanceof KompetenzradError &&
        error.issues.some((issue) => issue.path === '$plan.personId') &&
        !error.issues.some((issue) => issue.code === 'person-mismatch'),
      'a plan without a person is reported as such, not as belonging to "undefined"',
    );
  });
});
