import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DRAFT_DEFAULTS, draftPlan, itemMonthlyHours, PLAN_LIMITS, planIdStem, validateFinalReviewOutcome, validatePlan, type DraftPlanOptions } from '../../src/domain/plans.ts';
import { checkPlan, monthlyLoad } from '../../src/domain/plan-checks.ts';
import { analyzeGaps, type GapAnalysis } from '../../src/domain/gaps.ts';
import { DEFAULT_CATALOGUE, indexCatalogue } from '../../src/domain/catalogue.ts';
import { DEFAULT_FORMATS, formatById } from '../../src/domain/formats.ts';
import { DEFAULT_ROLES } from '../../src/domain/roles.ts';
import { addDays, daysBetween, MAX_YEAR } from '../../src/domain/dates.ts';
import { latestPlanDate } from '../../src/domain/plan-validation.ts';
import { KompetenzradError } from '../../src/domain/errors.ts';
import type { Format, Goal, Level, Person, Plan, Profile } from '../../src/domain/types.ts';

const TODAY = '2025-01-15';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function person(overrides: Partial<Person> = {}): Person {
  return { id: 'p1', name: 'Anna Beispiel', roleId: 'projektmanager', capacityHoursPerMonth: 8, ...overrides };
}

function gapsFor(roleId: string, actual: Profile): GapAnalysis {
  const role = DEFAULT_ROLES.find((entry) => entry.id === roleId);
  assert.ok(role);
  return analyzeGaps({ catalogue: DEFAULT_CATALOGUE, target: role.target, actual });
}

function goal(id: string, competencyIds: string[], targetLevel: Level, due: string, overrides: Partial<Goal> = {}): Goal {
  return {
    id,
    personId: 'p1',
    competencyIds,
    targetLevel,
    measure: 'Ein beobachtbares Ergebnis bei der Arbeit',
    challenge: 'Neue Aufgabe',
    resources: { hours: 40 },
    due,
    status: 'open',
    ...overrides,
  };
}

const PM_GAPS = gapsFor('projektmanager', { projektmanagement: 1, kommunikation: 2, team: 2, analyse: 1 });
const GOALS: Goal[] = [
  goal('g-pm', ['projektmanagement'], 3, '2026-06-30'),
  goal('g-stake', ['stakeholdermanagement', 'kommunikation'], 2, '2025-12-31'),
  goal('g-self', ['selbstfuehrung'], 2, '2026-03-31'),
];

function validPlan(): Plan {
  return {
    id: 'plan-1',
    personId: 'p1',
    status: 'draft',
    history: [{ status: 'draft', date: '2025-01-10' }],
    items: [
      { id: 'i1', kind: 'format', formatId: 'seminar-schulung', competencyIds: ['projektmanagement'], start: '2025-02-01', end: '2025-02-14', hours: 8, cost: 800, status: 'planned', goalId: 'g-pm' },
      { id: 'i2', kind: 'practice', formatId: 'seminar-schulung', competencyIds: ['projektmanagement'], start: '2025-02-15', end: '2025-03-14', hours: 6, cost: 0, status: 'planned', goalId: 'g-pm', practiceOf: 'i1' },
    ],
    reviews: [
      { id: 'r1', date: '2025-02-20', participants: ['Anna Beispiel', 'Herr Vogt'], final: false },
      { id: 'r2', date: '2025-03-21', participants: ['Anna Beispiel'], final: true, notes: 'Abschluss' },
    ],
    capacityHoursPerMonth: 8,
    budget: 1000,
  };
}

describe('validatePlan', () => {
  test('accepts a well-formed plan', () => {
    assert.deepEqual(validatePlan(validPlan(), DEFAULT_CATALOGUE), []);
  });

  const cases: [string, (plan: Plan & Record<string, unknown>) => void, string, string][] = [
    ['status', (p) => void (p.status = 'finished' as Plan['status']), '$.status', 'enum'],
    ['history status', (p) => void (p.history[0].status = 'agreed'), '$.status', 'history-status'],
    ['history order', (p) => void p.history.push({ status: 'agreed', date: '2025-01-01' }), '$.history[1].date', 'history-order'],
    ['unknown key', (p) => void (p.colour = 'red'), '$.colour', 'unknown-key'],
    ['item dates', (p) => void (p.items[0].end = '2025-01-31'), '$.items[0].end', 'date-order'],
    ['item date', (p) => void (p.items[0].start = '2025-02-30'), '$.items[0].start', 'date'],
    ['item format', (p) => void (p.items[0].formatId = 'hackathon'), '$.items[0].formatId', 'unknown-format'],
    ['item competency', (p) => void (p.items[0].competencyIds = ['zaubern']), '$.items[0].competencyIds[0]', 'unknown-competency'],
    ['item kind', (p) => void (p.items[0].kind = 'course' as 'format'), '$.items[0].kind', 'enum'],
    ['item status', (p) => void (p.items[0].status = 'later' as 'planned'), '$.items[0].status', 'enum'],
    ['item hours', (p) => void (p.items[0].hours = -2), '$.items[0].hours', 'range'],
    ['item cost', (p) => void (p.items[0].cost = Number.POSITIVE_INFINITY), '$.items[0].cost', 'type'],
    ['duplicate item', (p) => void (p.items[1].id = 'i1'), '$.items[1].id', 'duplicate-id'],
    ['practice of unknown', (p) => void (p.items[1].practiceOf = 'i9'), '$.items[1].practiceOf', 'unknown-item'],
    ['practice on a format item', (p) => void (p.items[0].practiceOf = 'i2'), '$.items[0].practiceOf', 'practice-of'],
    ['practice of itself', (p) => void (p.items[1].practiceOf = 'i2'), '$.items[1].practiceOf', 'practice-of'],
    ['practice of a practice', (p) => {
      p.items.push({ ...p.items[1], id: 'i3', practiceOf: 'i2' });
    }, '$.items[2].practiceOf', 'practice-of'],
    ['review date', (p) => void (p.reviews[0].date = 'soon'), '$.reviews[0].date', 'date'],
    ['review participants', (p) => void (p.reviews[0].participants = ['']), '$.reviews[0].participants[0]', 'empty'],
    ['review final', (p) => void (p.reviews[0].final = 'yes' as unknown as boolean), '$.reviews[0].final', 'type'],
    ['duplicate review', (p) => void (p.reviews[1].id = 'r1'), '$.reviews[1].id', 'duplicate-id'],
    ['two final reviews', (p) => void (p.reviews[0].final = true), '$.reviews[1].final', 'several-final-reviews'],
    ['capacity', (p) => void (p.capacityHoursPerMonth = -1), '$.capacityHoursPerMonth', 'range'],
    ['budget', (p) => void (p.budget = -1), '$.budget', 'range'],
    ['outcome', (p) => void (p.outcome = { date: '2025-04-01', goals: [{ goalId: 'g-pm', reached: 'yes' as unknown as boolean, smartInPractice: true }], nextStockTaking: '2025-04-01' }), '$.outcome.goals[0].reached', 'type'],
    ['items list', (p) => void (p.items = {} as Plan['items']), '$.items', 'type'],
  ];
  for (const [name, change, path, code] of cases) {
    test(`reports ${name} (${code} at ${path})`, () => {
      const plan = validPlan() as Plan & Record<string, unknown>;
      change(plan);
      const issues = validatePlan(plan, DEFAULT_CATALOGUE);
      assert.ok(
        issues.some((issue) => issue.path === path && issue.code === code),
        `expected ${code} at ${path}, got ${JSON.stringify(issues)}`,
      );
    });
  }

  test('accepts custom formats when they are passed', () => {
    const plan = validPlan();
    plan.items[0].formatId = 'hackathon';
    plan.items[1].formatId = 'hackathon';
    const hackathon: Format = { ...DEFAULT_FORMATS[4], id: 'hackathon', label: { de: 'Hackathon', en: 'Hackathon' } };
    assert.notDeepEqual(validatePlan(plan, DEFAULT_CATALOGUE), []);
    assert.deepEqual(validatePlan(plan, DEFAULT_CATALOGUE, '$', [...DEFAULT_FORMATS, hackathon]), []);
  });

  test('uses the given path and rejects what is not an object', () => {
    assert.deepEqual(validatePlan(null, DEFAULT_CATALOGUE, '$.plans[2]').map((issue) => [issue.path, issue.code]), [['$.plans[2]', 'type']]);
  });

  test('validates final review outcomes', () => {
    const ok = { date: '2025-04-01', goals: [{ goalId: 'g1', reached: true, smartInPractice: false }], nextStockTaking: '2025-04-01' };
    assert.deepEqual(validateFinalReviewOutcome(ok), []);
    const bad = validateFinalReviewOutcome({ ...ok, nextStockTaking: '2025-03-01', goals: [ok.goals[0], ok.goals[0]] });
    assert.deepEqual(bad.map((issue) => issue.code).sort(), ['date-order', 'duplicate-id']);
    assert.equal(validateFinalReviewOutcome({ date: '2025-04-01', goals: [] })[0].path, '$.nextStockTaking');
    assert.deepEqual(validateFinalReviewOutcome({ date: '2025-04-01', goals: [] }, '$', { nextStockTakingOptional: true }), []);
  });
});

describe('itemMonthlyHours', () => {
  test('spreads the hours evenly over the days of the item', () => {
    const load = itemMonthlyHours({ start: '2025-01-17', end: '2025-02-15', hours: 30 });
    assert.deepEqual([...load.keys()], ['2025-01', '2025-02']);
    assert.ok(Math.abs((load.get('2025-01') ?? 0) - 15) < 1e-9);
    assert.ok(Math.abs((load.get('2025-02') ?? 0) - 15) < 1e-9);
    const oneDay = itemMonthlyHours({ start: '2025-12-31', end: '2025-12-31', hours: 4 });
    assert.deepEqual([...oneDay], [['2025-12', 4]]);
    const long = itemMonthlyHours({ start: '2024-11-20', end: '2026-02-03', hours: 100 });
    assert.ok(Math.abs([...long.values()].reduce((a, b) => a + b, 0) - 100) < 1e-9);
    assert.equal(long.size, 16);
  });
});

function offTheJob(formatId: string): boolean {
  return formatById(DEFAULT_FORMATS, formatId)?.setting === 'off-the-job';
}

function draft(options: Partial<DraftPlanOptions> = {}, goals: readonly Goal[] = GOALS, who: Person = person(), gaps: GapAnalysis = PM_GAPS): Plan {
  return draftPlan(who, gaps, goals, { today: TODAY, ...options });
}

describe('draftPlan', () => {
  const scenarios: { name: string; who: Person; gaps: GapAnalysis; goals: Goal[] }[] = [
    { name: 'project manager with three goals', who: person(), gaps: PM_GAPS, goals: GOALS },
    { name: 'project manager without goals', who: person(), gaps: PM_GAPS, goals: [] },
    { name: 'new CDO without goals', who: person({ roleId: 'cdo' }), gaps: gapsFor('cdo', {}), goals: [] },
    {
      name: 'leader with many goals',
      who: person({ roleId: 'fuehrungskraft', budget: 3000 }),
      gaps: gapsFor('fuehrungskraft', { kommunikation: 1 }),
      goals: [
        goal('a', ['kommunikation', 'team'], 3, '2025-09-30'),
        goal('b', ['fuehrung'], 3, '2026-01-31'),
        goal('c', ['konfliktloesung', 'personalentwicklung', 'innovation'], 2, '2026-01-31'),
        goal('d', ['it-anwendung'], 1, '2025-06-30'),
      ],
    },
  ];

  test('plans nothing for a goal that is already reached, with the full analysis or only byPriority', () => {
    const gaps = gapsFor('projektmanager', { daten: 3 });
    const reached = goal('done', ['daten'], 3, '2025-12-31');
    for (const given of [gaps, gaps.byPriority]) {
      const drafted = draftPlan(person(), given, [reached], { today: TODAY });
      assert.deepEqual(drafted.items.filter((item) => item.goalId === 'done'), []);
    }
  });

  for (const capacity of [2, 4, 8, 16, 40]) {
    test(`never puts more than ${capacity} hours on a month`, () => {
      for (const scenario of scenarios) {
        const plan = draftPlan(scenario.who, scenario.gaps, scenario.goals, { today: TODAY, capacityHoursPerMonth: capacity });
        assert.ok(plan.items.length > 0, scenario.name);
        const load = monthlyLoad(plan);
        assert.ok(load.length > 0);
        for (const month of load) {
          assert.equal(month.capacity, capacity);
          assert.equal(month.over, 0, `${scenario.name}: ${month.month} has ${month.hours} h`);
          assert.ok(month.hours <= capacity, `${scenario.name}: ${month.month}`);
        }
        const errors = checkPlan(plan, { goals: scenario.goals, person: scenario.who }).filter((f) => f.severity === 'error');
        assert.deepEqual(errors, [], scenario.name);
        assert.deepEqual(validatePlan(plan, DEFAULT_CATALOGUE), [], scenario.name);
      }
    });
  }

  test('uses the person’s capacity, else 8 hours a month', () => {
    assert.equal(draft({}, GOALS, person({ capacityHoursPerMonth: 12 })).capacityHoursPerMonth, 12);
    assert.equal(draft({}, GOALS, person({ capacityHoursPerMonth: undefined })).capacityHoursPerMonth, 8);
    assert.equal(draft({ capacityHoursPerMonth: 5 }, GOALS, person({ capacityHoursPerMonth: 12 })).capacityHoursPerMonth, 5);
  });

  test('meets for every review on a workday: a Saturday or Sunday moves to the Monday after', () => {
    const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
    let moved = 0;
    for (const { who, gaps, goals } of scenarios) {
      for (let shift = 0; shift < 7; shift += 1) {
        const today = addDays('2025-03-01', shift);
        const plan = draftPlan(who, gaps, goals, { today });
        assert.ok(plan.reviews.length > 1);
        for (const review of plan.reviews) {
          assert.ok(weekday(review.date) >= 1 && weekday(review.date) <= 5, `${today}: review ${review.id} on ${review.date}`);
          if (weekday(today) === 0 || weekday(today) === 6) moved += review.final ? 0 : 1;
        }
        assert.deepEqual(validatePlan(plan, DEFAULT_CATALOGUE), []);
      }
    }
    assert.ok(moved > 0, 'drafts made on a weekend had reviews to move');
  });

  test('is a draft that starts today with a history of one step', () => {
    const plan = draft();
    assert.equal(plan.status, 'draft');
    assert.deepEqual(plan.history, [{ status: 'draft', date: TODAY }]);
    assert.equal(plan.personId, 'p1');
    assert.equal(plan.id, `plan-p1-${TODAY}`);
    assert.ok(plan.items.every((item) => item.start >= TODAY && item.status === 'planned'));
    assert.ok(plan.items.some((item) => item.start === TODAY));
  });

  test('places a practice phase after every off-the-job format, for the same goal', () => {
    for (const scenario of scenarios) {
      const plan = draftPlan(scenario.who, scenario.gaps, scenario.goals, { today: TODAY, capacityHoursPerMonth: 6 });
      const formats = plan.items.filter((item) => item.kind === 'format');
      assert.ok(formats.some((item) => offTheJob(item.formatId)), `${scenario.name} has an off-the-job format`);
      for (const item of formats) {
        const practice = plan.items.filter((entry) => entry.practiceOf === item.id);
        if (!offTheJob(item.formatId)) {
          const lastOfGoal = plan.items.filter((entry) => entry.kind === 'format' && entry.goalId === item.goalId).pop();
          assert.equal(practice.length, item.goalId !== undefined && item === lastOfGoal ? practice.length : 0, `${item.id}: only a goal's last format may get practice for the goal's hours`);
          continue;
        }
        assert.equal(practice.length, 1, `${item.id} has one practice phase`);
        assert.equal(practice[0].kind, 'practice');
        assert.ok(practice[0].start > item.end, `${practice[0].id} starts after ${item.id} ends`);
        assert.equal(practice[0].goalId, item.goalId);
        assert.deepEqual(practice[0].competencyIds, item.competencyIds);
        assert.equal(practice[0].cost, 0);
        assert.ok(practice[0].hours >= DRAFT_DEFAULTS.minPracticeHours);
      }
      assert.ok(plan.items.filter((item) => item.kind === 'practice').every((item) => item.practiceOf !== undefined));
      assert.ok(!checkPlan(plan, { goals: scenario.goals }).some((f) => f.code === 'practice-missing' || f.code === 'practice-before-format'));
    }
  });

  test('gives each goal the hours it sets aside: what its formats leave goes to practice after its last format', () => {
    let grown = 0;
    let added = 0;
    for (const scenario of scenarios.filter(({ goals }) => goals.length > 0)) {
      for (const capacity of [4, 8, 16]) {
        const plan = draftPlan(scenario.who, scenario.gaps, scenario.goals, { today: TODAY, capacityHoursPerMonth: capacity });
        const where = `${scenario.name}, ${capacity} h a month`;
        assert.deepEqual(checkPlan(plan, { goals: scenario.goals, person: scenario.who }).filter((f) => f.code === 'goal-hours-short'), [], where);
        for (const served of scenario.goals) {
          const items = plan.items.filter((item) => item.goalId === served.id);
          if (items.length === 0) continue;
          const hours = items.reduce((sum, item) => sum + item.hours, 0);
          const formats = items.filter((item) => item.kind === 'format');
          assert.ok(hours >= (served.resources.hours ?? 0), `${where}: ${served.id} has ${hours} h of ${served.resources.hours}`);
          const lastFormat = formats[formats.length - 1];
          const lastPractice = items.find((item) => item.practiceOf === lastFormat.id);
          if (lastPractice && lastPractice.hours > Math.max(DRAFT_DEFAULTS.minPracticeHours, Math.ceil((formatById(DEFAULT_FORMATS, lastFormat.formatId)?.typicalHours ?? 0) * DRAFT_DEFAULTS.practiceHoursShare))) {
            assert.equal(hours, served.resources.hours, `${where}: ${served.id} gets exactly the hours it asks for, no more`);
            if (offTheJob(lastFormat.formatId)) grown += 1;
            else added += 1;
          }
        }
        assert.deepEqual(validatePlan(plan, DEFAULT_CATALOGUE), [], where);
        for (const month of monthlyLoad(plan)) assert.equal(month.over, 0, `${where}: ${month.month}`);
      }
    }
    assert.ok(grown > 0, 'a practice phase grew');
    assert.ok(added > 0, 'an on-the-job format got a practice phase');
    const noHours = GOALS.map((entry) => ({ ...entry, resources: {} }));
    const plain = draft({}, noHours);
    const withHours = draft({}, GOALS);
    assert.ok(plain.items.reduce((sum, item) => sum + item.hours, 0) < withHours.items.reduce((sum, item) => sum + item.hours, 0), 'without hours set aside nothing is added');
  });

  test('holds the final review on or after the latest due date of the goals it serves (on a workday)', () => {
    for (const scenario of scenarios.filter(({ goals }) => goals.length > 0)) {
      const plan = draftPlan(scenario.who, scenario.gaps, scenario.goals, { today: TODAY });
      const final = plan.reviews.find((review) => review.final);
      assert.ok(final, scenario.name);
      const served = scenario.goals.filter((entry) => plan.items.some((item) => item.goalId === entry.id));
      const latestDue = served.map((entry) => entry.due).sort().pop() as string;
      const lastEnd = plan.items.map((item) => item.end).sort().pop() as string;
      const expected = [addDays(lastEnd, DRAFT_DEFAULTS.finalReviewAfterDays), latestDue].sort().pop() as string;
      const weekday = new Date(`${expected}T00:00:00Z`).getUTCDay();
      assert.equal(final.date, addDays(expected, weekday === 6 ? 2 : weekday === 0 ? 1 : 0), scenario.name);
      assert.deepEqual(checkPlan(plan, { goals: scenario.goals }).filter((f) => f.code === 'final-review-before-due' || f.code === 'final-review-before-end'), [], scenario.name);
      assert.deepEqual(validatePlan(plan, DEFAULT_CATALOGUE), [], scenario.name);
    }
    const far = [goal('g-far', ['projektmanagement'], 3, '2040-12-31')];
    const plan = draft({}, far);
    assert.deepEqual(validatePlan(plan, DEFAULT_CATALOGUE), [], 'a due date beyond the plan span keeps the plan valid');
    const last = plan.reviews[plan.reviews.length - 1];
    assert.ok(last.final && last.date <= latestPlanDate(TODAY) && last.date > addDays(latestPlanDate(TODAY), -14), `the final review as late as the plan may reach, got ${last.date}`);
    assert.ok(plan.reviews.length <= PLAN_LIMITS.maxReviews);
  });

  for (const everyWeeks of [2, 4, 8, 12]) {
    test(`schedules a review every ${everyWeeks} weeks and exactly one final review after the last item`, () => {
      const plan = draft({ reviewEveryWeeks: everyWeeks });
      const finals = plan.reviews.filter((review) => review.final);
      assert.equal(finals.length, 1);
      const lastEnd = plan.items.map((item) => item.end).sort().pop() as string;
      assert.ok(finals[0].date > lastEnd);
      assert.equal(finals[0].date, addDays(lastEnd, DRAFT_DEFAULTS.finalReviewAfterDays));
      assert.equal(plan.reviews[plan.reviews.length - 1], finals[0], 'the final review comes last');
      const regular = plan.reviews.filter((review) => !review.final);
      assert.ok(regular.length > 0);
      regular.forEach((review, k) => {
        assert.equal(review.date, addDays(TODAY, (k + 1) * everyWeeks * 7));
        assert.ok(daysBetween(review.date, finals[0].date) >= DRAFT_DEFAULTS.minDaysBeforeFinalReview);
        assert.deepEqual(review.participants, ['Anna Beispiel']);
      });
      const next = addDays(TODAY, (regular.length + 1) * everyWeeks * 7);
      assert.ok(daysBetween(next, finals[0].date) < DRAFT_DEFAULTS.minDaysBeforeFinalReview, 'no regular review is left out too early');
      const reviewFindings = checkPlan(plan, { goals: GOALS }).filter((f) => ['no-reviews', 'no-final-review', 'final-review-before-end'].includes(f.code));
      assert.deepEqual(reviewFindings, []);
    });
  }

  test('stays valid at 0.5 hours a month with weekly reviews and a goal for every competency: the review interval widens to fit', () => {
    const ids = indexCatalogue(DEFAULT_CATALOGUE).competencyIds;
    const gaps = analyzeGaps({ catalogue: DEFAULT_CATALOGUE, target: Object.fromEntries(ids.map((id) => [id, 3])), actual: {} });
    const goals = ids.map((id, i) => goal(`g${i}`, [id], 3, '2026-01-31'));
    const plan = draftPlan(person(), gaps, goals, { today: TODAY, capacityHoursPerMonth: 0.5, reviewEveryWeeks: 1 });
    assert.deepEqual(validatePlan(plan, DEFAULT_CATALOGUE), []);
    assert.ok(plan.items.length > 5, `${plan.items.length} items`);
    assert.ok(plan.reviews.length <= PLAN_LIMITS.maxReviews, `${plan.reviews.length} reviews`);
    assert.ok(plan.reviews[plan.reviews.length - 1].date <= latestPlanDate(TODAY), 'the draft keeps within PLAN_LIMITS.maxSpanYears');

    const final = plan.reviews[plan.reviews.length - 1];
    const lastEnd = plan.items.map((item) => item.end).sort().pop() as string;
    assert.ok(final.final && plan.reviews.filter((review) => review.final).length === 1);
    assert.equal(final.date, addDays(lastEnd, DRAFT_DEFAULTS.finalReviewAfterDays));
    const regular = plan.reviews.slice(0, -1);
    const interval = daysBetween(TODAY, regular[0].date);
    assert.ok(interval > 7 && interval % 7 === 0, `a widened interval of whole weeks, got ${interval} days`);
    regular.forEach((review, k) => assert.equal(review.date, addDays(TODAY, (k + 1) * interval)));
    assert.ok(daysBetween(addDays(regular[regular.length - 1].date, interval), final.date) < DRAFT_DEFAULTS.minDaysBeforeFinalReview, 'the reviews reach the end of the plan');
    assert.ok(
      regularCount(TODAY, final.date, interval - 7) > PLAN_LIMITS.maxReviews - 1,
      'one week less and the reviews would not fit, so the interval is the narrowest that does',
    );
    assert.ok(checkPlan(plan, { goals }).some((f) => f.code === 'goal-without-item'), 'the goals left out for time are reported');
  });

  test('at 0.5 hours a month with a goal for every competency, from 2025 and from 2900: within capacity every month, valid, the same plan twice', () => {
    const ids = indexCatalogue(DEFAULT_CATALOGUE).competencyIds;
    const gaps = analyzeGaps({ catalogue: DEFAULT_CATALOGUE, target: Object.fromEntries(ids.map((id) => [id, 3])), actual: {} });
    const goals = ids.map((id, i) => goal(`g${i}`, [id], 3, '2026-01-31'));
    for (const today of [TODAY, '2900-01-15']) {
      const options = { today, capacityHoursPerMonth: 0.5, reviewEveryWeeks: 1 };
      const plan = draftPlan(person(), gaps, goals, options);
      assert.deepEqual(validatePlan(plan, DEFAULT_CATALOGUE), [], today);
      assert.ok(plan.items.length > 5, `${today}: ${plan.items.length} items`);
      for (const month of monthlyLoad(plan)) assert.equal(month.over, 0, `${today}: ${month.month} has ${month.hours} h`);
      assert.deepEqual(checkPlan(plan, { goals, person: person() }).filter((f) => f.severity === 'error'), [], today);
      assert.deepEqual(draftPlan(person(), gaps, goals, options), plan, `${today}: same input, same plan`);
    }
  });

  const slotScenarios: { name: string; options: Partial<DraftPlanOptions>; formats?: Format[]; goals?: Goal[] }[] = [
    { name: '8 h a month', options: {} },
    { name: '2 h a month, from the end of a month', options: { capacityHoursPerMonth: 2, today: '2025-01-29' } },
    { name: '5.5 h a month, from mid-June', options: { capacityHoursPerMonth: 5.5, today: '2026-06-17' } },
    { name: '1 h a month, no goals', options: { capacityHoursPerMonth: 1, topGaps: 4 }, goals: [] },
    {
      name: 'odd formats at 3 h a month',
      options: { capacityHoursPerMonth: 3, today: '2024-02-27' },
      formats: DEFAULT_FORMATS.map((format, i) => ({ ...format, typicalWeeks: [0.3, 1.3, 5, 9.6][i % 4], typicalHours: [1, 7, 30, 2.5][i % 3] })),
    },
  ];
  for (const { name, options, formats, goals = GOALS } of slotScenarios) {
    test(`puts every item where a week-by-week search puts it (${name})`, () => {
      const plan = draft({ ...options, ...(formats ? { formats } : {}) }, goals);
      assert.ok(plan.items.length > 3, `${plan.items.length} items`);
      const capacity = plan.capacityHoursPerMonth ?? 8;
      const today = plan.history[0].date;
      const load = new Map<string, number>();
      const lastOfStrand = new Map<string, string>();
      for (const item of plan.items) {
        const strand = item.goalId ?? item.competencyIds.join(',');
        const format = formatById(formats ?? DEFAULT_FORMATS, item.formatId);
        assert.ok(format);
        const days = item.kind === 'practice' ? DRAFT_DEFAULTS.practiceWeeks * 7 : Math.max(1, Math.round(format.typicalWeeks * 7));
        const earliest = lastOfStrand.has(strand) ? addDays(lastOfStrand.get(strand) as string, 1) : today;
        assert.deepEqual({ start: item.start, end: item.end }, weekByWeekSlot(load, capacity, earliest, days, item.hours), item.id);
        for (const [month, hours] of itemMonthlyHours(item)) load.set(month, (load.get(month) ?? 0) + hours);
        lastOfStrand.set(strand, item.end);
      }
    });
  }

  test('leaves out what could not end, with its final review, by the last valid year', () => {
    const late = `${MAX_YEAR}-09-01`;
    const plan = draftPlan(person(), PM_GAPS, GOALS, { today: late });
    assert.deepEqual(validatePlan(plan, DEFAULT_CATALOGUE), []);
    assert.ok(plan.items.length > 0, 'what fits is planned');
    assert.ok(plan.items.length < draft().items.length, 'what does not fit is left out');
    assert.ok(plan.items.every((item) => item.end <= addDays(`${MAX_YEAR}-12-31`, -DRAFT_DEFAULTS.finalReviewAfterDays)));
    assert.ok(plan.items.filter((item) => item.kind === 'format' && offTheJob(item.formatId)).every((item) => plan.items.some((other) => other.practiceOf === item.id)));
    assert.ok(checkPlan(plan, { goals: GOALS }).some((f) => f.code === 'goal-without-item'), 'a goal left without items is reported');

    const none = draftPlan(person(), PM_GAPS, GOALS, { today: `${MAX_YEAR}-12-30` });
    assert.deepEqual(none.items, []);
    assert.deepEqual(validatePlan(none, DEFAULT_CATALOGUE), []);
  });

  test('keeps within the budget by choosing cheaper formats', () => {
    const unlimited = draft({ capacityHoursPerMonth: 16 });
    const unlimitedCost = unlimited.items.reduce((sum, item) => sum + item.cost, 0);
    assert.ok(unlimitedCost > 1000, 'without a budget the plan uses costly formats');
    assert.equal(unlimited.budget, undefined);
    for (const budget of [0, 150, 1000, 2500]) {
      const plan = draft({ capacityHoursPerMonth: 16, budget });
      const cost = plan.items.reduce((sum, item) => sum + item.cost, 0);
      assert.ok(cost <= budget, `${cost} within ${budget}`);
      assert.equal(plan.budget, budget);
      assert.ok(plan.items.length > 0);
      assert.ok(!checkPlan(plan, { goals: GOALS }).some((f) => f.code === 'over-budget'));
    }
    const free = draft({ budget: 0 });
    assert.ok(free.items.every((item) => item.cost === 0));
    const fromPerson = draft({}, GOALS, person({ budget: 800 }));
    assert.equal(fromPerson.budget, 800);
    assert.ok(fromPerson.items.reduce((sum, item) => sum + item.cost, 0) <= 800);
  });

  test("keeps each goal's formats within the budget the goal sets aside (resources.budget), beside the plan's", () => {
    const costOf = (plan: ReturnType<typeof draft>, goalId: string) => plan.items.filter((item) => item.goalId === goalId).reduce((sum, item) => sum + item.cost, 0);
    const unlimited = draft({ capacityHoursPerMonth: 16 });
    const pmCost = costOf(unlimited, 'g-pm');
    assert.ok(pmCost > 300, 'without a budget of its own the goal gets costly formats');
    for (const budget of [0, 300, pmCost]) {
      const goals = GOALS.map((entry) => (entry.id === 'g-pm' ? { ...entry, resources: { ...entry.resources, budget } } : entry));
      const plan = draft({ capacityHoursPerMonth: 16 }, goals);
      assert.ok(costOf(plan, 'g-pm') <= budget, `${costOf(plan, 'g-pm')} within ${budget}`);
      assert.ok(plan.items.some((item) => item.goalId === 'g-pm'), 'a free format still serves it');
      assert.deepEqual(checkPlan(plan, { goals }).filter((f) => f.code === 'goal-over-budget'), []);
      // The other goals are drafted as without it.
      assert.equal(costOf(plan, 'g-stake'), costOf(unlimited, 'g-stake'));
    }
  });

  test('links items to the open goals of the person, earliest due first', () => {
    const others = [...GOALS, goal('g-other', ['daten'], 2, '2025-10-01', { personId: 'p2' }), goal('g-done', ['analyse'], 2, '2025-10-01', { status: 'reached' })];
    const plan = draft({}, others);
    const goalIds = new Set(plan.items.map((item) => item.goalId));
    assert.deepEqual([...goalIds].sort(), ['g-pm', 'g-self', 'g-stake']);
    assert.equal(plan.items[0].goalId, 'g-stake', 'the goal due first is planned first');
    for (const item of plan.items) {
      const linked = GOALS.find((entry) => entry.id === item.goalId);
      assert.ok(linked);
      assert.deepEqual(item.competencyIds, linked.competencyIds);
    }
    const byGoal = (id: string) => plan.items.filter((item) => item.goalId === id && item.kind === 'format').length;
    assert.equal(byGoal('g-pm'), 2, 'two level steps (1 → 3): two formats');
    assert.equal(byGoal('g-self'), 2, 'two level steps (0 → 2)');
    assert.ok(!checkPlan(plan, { goals: others }).some((f) => ['goal-without-item', 'item-without-goal', 'unknown-goal'].includes(f.code)));
  });

  test('without goals plans for the most urgent gaps', () => {
    const plan = draft({}, []);
    const top = PM_GAPS.byPriority.slice(0, DRAFT_DEFAULTS.topGaps).map((entry) => entry.competencyId);
    assert.deepEqual([...new Set(plan.items.map((item) => item.competencyIds[0]))].sort(), [...top].sort());
    assert.ok(plan.items.every((item) => item.goalId === undefined && item.competencyIds.length === 1));
    const one = draft({ topGaps: 1 }, []);
    assert.deepEqual([...new Set(one.items.map((item) => item.competencyIds[0]))], [top[0]]);
    const goalFindings = checkPlan(plan, { goals: [] }).filter((f) => f.code === 'item-without-goal' || f.code === 'plan-without-goals');
    assert.deepEqual(goalFindings.map((f) => f.code), ['plan-without-goals'], 'one hint for the plan, none per item');
  });

  test('accepts the prioritised gap entries as a list', () => {
    const fromList = draftPlan(person(), PM_GAPS.byPriority, [], { today: TODAY });
    const fromAnalysis = draftPlan(person(), PM_GAPS, [], { today: TODAY });
    assert.deepEqual(fromList, fromAnalysis);
  });

  test('respects maxItems and uses custom formats', () => {
    const small = draft({ maxItems: 3 });
    assert.ok(small.items.length <= 3 && small.items.length > 0);
    assert.ok(small.items.every((item) => item.kind === 'format' || small.items.some((other) => other.id === item.practiceOf)));
    const peer: Format = { ...DEFAULT_FORMATS[1], id: 'kaffeerunde', label: { de: 'Kaffeerunde', en: 'Coffee round' }, suitsCompetencies: ['projektmanagement'] };
    const plan = draft({ formats: [peer] });
    assert.ok(plan.items.every((item) => item.formatId === 'kaffeerunde'));
    assert.deepEqual(validatePlan(plan, DEFAULT_CATALOGUE, '$', [peer]), []);
  });

  test('gives deterministic ids and the same plan for the same input', () => {
    const a = draft({ planId: 'lernplan-2025' });
    const b = draft({ planId: 'lernplan-2025' });
    assert.deepEqual(a, b);
    a.items.forEach((item, i) => assert.equal(item.id, `lernplan-2025-item-${i + 1}`));
    assert.equal(a.reviews[a.reviews.length - 1].id, 'lernplan-2025-review-final');
    assert.deepEqual(draft({ reviewParticipants: ['A', 'B'] }).reviews[0].participants, ['A', 'B']);
  });

  test('keeps every generated id within 128 characters, unique and the same for the same input', () => {
    const longPerson = person({ id: `P${'x'.repeat(127)}` });
    const longGoals = GOALS.map((entry) => ({ ...entry, personId: longPerson.id }));
    const longPlanId = `L${'y'.repeat(127)}`;
    const cases: { name: string; who: Person; goals: Goal[]; options: Partial<DraftPlanOptions> }[] = [
      { name: '128-character person id, default plan id', who: longPerson, goals: longGoals, options: {} },
      { name: '128-character plan id and person id', who: longPerson, goals: longGoals, options: { planId: longPlanId } },
      { name: '128-character plan id, no goals', who: longPerson, goals: [], options: { planId: longPlanId, reviewEveryWeeks: 2 } },
    ];
    for (const { name, who, goals, options } of cases) {
      const plan = draft(options, goals, who);
      assert.ok(plan.items.length > 0 && plan.reviews.length > 2, name);
      assert.deepEqual(validatePlan(plan, DEFAULT_CATALOGUE), [], name);
      const ids = [plan.id, ...plan.items.map((item) => item.id), ...plan.reviews.map((review) => review.id)];
      assert.equal(new Set(ids).size, ids.length, `${name}: ids unique`);
      for (const id of ids) assert.ok(id.length <= 128, `${name}: ${id} has ${id.length} characters`);
      assert.deepEqual(draft(options, goals, who), plan, `${name}: same input, same plan`);
    }
    const defaultId = draft({}, longGoals, longPerson).id;
    assert.ok(defaultId.startsWith(`plan-P${'x'.repeat(20)}`) && defaultId.endsWith(`-${TODAY}`), defaultId);
  });

  test('plan id stems: short ids stay as they are, long ones are cut and told apart by a hash', () => {
    assert.equal(planIdStem('plan-1'), 'plan-1');
    assert.equal(planIdStem('a'.repeat(108)), 'a'.repeat(108));
    const a = planIdStem(`${'a'.repeat(120)}-1`);
    const b = planIdStem(`${'a'.repeat(120)}-2`);
    assert.notEqual(a, b, 'ids that differ only at the end get different stems');
    assert.equal(a, planIdStem(`${'a'.repeat(120)}-1`));
    assert.ok(a.length <= 108 && a.startsWith('a'.repeat(90)), a);
    assert.match(a, /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/);
    const draftedWithLongId = draft({ planId: `${'a'.repeat(120)}-1` });
    assert.equal(draftedWithLongId.items[0].id, `${a}-item-1`);
    assert.equal(draftedWithLongId.reviews[draftedWithLongId.reviews.length - 1].id, `${a}-review-final`);
    for (const bad of [undefined, '', 42]) {
      assert.throws(() => planIdStem(bad as unknown as string), (error: unknown) => error instanceof KompetenzradError && error.issues[0].path === '$planId');
    }
  });

  test('does not change its input', () => {
    const gaps = deepFreeze(structuredClone(PM_GAPS));
    const goals = deepFreeze(structuredClone(GOALS));
    const who = deepFreeze(person());
    const options = deepFreeze({ today: TODAY, capacityHoursPerMonth: 4 });
    const plan = draftPlan(who, gaps, goals, options);
    assert.ok(plan.items.length > 0);
    assert.deepEqual(goals, GOALS);
  });

  test('an empty plan when there is nothing to build', () => {
    const none = analyzeGaps({ catalogue: DEFAULT_CATALOGUE, target: {}, actual: {} });
    const plan = draftPlan(person(), none, [], { today: TODAY });
    assert.deepEqual(plan.items, []);
    assert.deepEqual(plan.reviews, []);
  });

  test('throws a KompetenzradError with every problem of the input', () => {
    const expectIssues = (fn: () => unknown, paths: string[]) =>
      assert.throws(fn, (error: unknown) => {
        assert.ok(error instanceof KompetenzradError);
        for (const path of paths) assert.ok(error.issues.some((issue) => issue.path === path), `${path} in ${JSON.stringify(error.issues)}`);
        return true;
      });
    expectIssues(() => draftPlan(person(), PM_GAPS, GOALS, { today: '15.01.2025' }), ['$options.today']);
    expectIssues(() => draftPlan(person(), PM_GAPS, GOALS, { today: TODAY, capacityHoursPerMonth: 0, reviewEveryWeeks: 0.5, budget: -1 }), [
      '$options.capacityHoursPerMonth',
      '$options.reviewEveryWeeks',
      '$options.budget',
    ]);
    expectIssues(() => draftPlan(person({ name: '' }), PM_GAPS, [{ ...GOALS[0], targetLevel: 7 as Level }], { today: TODAY }), ['$person.name', '$goals[0].targetLevel']);
    expectIssues(() => draftPlan(person(), [{ ...PM_GAPS.byPriority[0], competencyId: 'zaubern' }], [], { today: TODAY }), ['$gaps[0].competencyId']);
    expectIssues(() => draftPlan(person(), 'gaps' as unknown as GapAnalysis, [], { today: TODAY }), ['$gaps']);
    expectIssues(() => draftPlan(person({ capacityHoursPerMonth: 0 }), PM_GAPS, [], { today: TODAY }), ['$person.capacityHoursPerMonth']);
    assert.ok(draftPlan(person({ capacityHoursPerMonth: 0 }), PM_GAPS, [], { today: TODAY, capacityHoursPerMonth: 2 }).items.length > 0);
  });
});

function regularCount(from: string, finalDate: string, intervalDays: number): number {
  return Math.floor((daysBetween(from, finalDate) - DRAFT_DEFAULTS.minDaysBeforeFinalReview) / intervalDays);
}

const TOLERANCE = 1e-9;
const STRETCH = [1, 1.25, 1.5, 2, 3, 4, 6, 8];

/**
 * The slot `draftPlan` promises, found the slow way: starts every week from `earliest` (from
 * the first of the next month when a month is full), for each the shortest of the stretched
 * lengths that keeps every month within `capacity`; of all, the slot that ends soonest.
 */
function weekByWeekSlot(load: ReadonlyMap<string, number>, capacity: number, earliest: string, days: number, hours: number): { start: string; end: string } | undefined {
  const latestEnd = addDays(`${MAX_YEAR}-12-31`, -DRAFT_DEFAULTS.finalReviewAfterDays);
  const fitsAlone = hours <= capacity ? days : Math.max(days, Math.ceil((hours * 31) / capacity));
  const lengths = [...new Set([...STRETCH.map((f) => Math.ceil(days * f)).filter((d) => d < fitsAlone), fitsAlone])];
  const fits = (start: string, end: string) => [...itemMonthlyHours({ start, end, hours })].every(([month, h]) => (load.get(month) ?? 0) + h <= capacity + TOLERANCE);
  let best: { start: string; end: string } | undefined;
  for (let start = earliest; start <= (best?.end ?? latestEnd); start = addDays(start, 7)) {
    const month = start.slice(0, 7);
    if ((load.get(month) ?? 0) >= capacity - TOLERANCE) {
      start = addDays(`${addDays(`${month}-01`, 31).slice(0, 7)}-01`, -7);
      continue;
    }
    for (const length of lengths) {
      const end = addDays(start, length - 1);
      if (end >= (best?.end ?? addDays(latestEnd, 1))) break;
      if (fits(start, end)) {
        best = { start, end };
        break;
      }
    }
  }
  return best;
}
