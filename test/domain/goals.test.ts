import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  availableHours,
  checkSmartGoal,
  DEFAULT_CAPACITY_HOURS_PER_MONTH,
  estimateGoalHours,
  GOAL_LIMITS,
  goalLevelSteps,
  SMART_LETTERS,
  suggestDueDate,
  validateGoal,
  type GoalDraft,
  type SmartCheck,
  type SmartContext,
  type SmartFinding,
} from '../../src/domain/goals.ts';
import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue.ts';
import { addDays, addMonths, daysBetween } from '../../src/domain/dates.ts';
import { KompetenzradError } from '../../src/domain/errors.ts';
import { describeFinding } from '../../src/domain/messages/describe-findings.ts';
import type { Catalogue, Goal, Level, SmartLetter } from '../../src/domain/types.ts';

const TODAY = '2025-03-01';

function goal(overrides: Partial<Goal> = {}): Goal {
  return {
    id: 'g1',
    personId: 'p1',
    competencyIds: ['projektmanagement'],
    targetLevel: 2,
    measure: 'Leitet ein Digitalisierungsprojekt mit eigenem Projektplan',
    challenge: 'Erstes eigenes Projekt mit mehreren Ämtern',
    resources: { hours: 60, budget: 500, supportPerson: 'Frau Meier' },
    due: '2026-01-31',
    status: 'open',
    ...overrides,
  };
}

const CONTEXT: SmartContext = Object.freeze({ current: Object.freeze({ projektmanagement: 1 as Level }), today: TODAY, capacityHoursPerMonth: 8 });

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function allFindings(check: SmartCheck): SmartFinding[] {
  return SMART_LETTERS.flatMap((letter) => check.criteria[letter].findings);
}

function codes(check: SmartCheck): string[] {
  return allFindings(check).map((finding) => finding.code);
}

function finding(check: SmartCheck, code: string): SmartFinding {
  const found = allFindings(check).find((entry) => entry.code === code);
  assert.ok(found, `expected a finding "${code}", got ${codes(check).join(', ') || 'none'}`);
  return found;
}

const FIELDS = ['competencyIds', 'targetLevel', 'measure', 'challenge', 'resources.hours', 'resources.budget', 'resources.supportPerson', 'due'];

describe('validateGoal', () => {
  test('accepts a complete goal and a minimal one', () => {
    assert.deepEqual(validateGoal(goal(), DEFAULT_CATALOGUE), []);
    const minimal = { id: 'g2', personId: 'p1', competencyIds: [], targetLevel: 0, measure: '', challenge: '', resources: {}, due: '2025-12-31' };
    assert.deepEqual(validateGoal(minimal, DEFAULT_CATALOGUE), []);
  });

  test('reports each problem with path and code', () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ competencyIds: ['projektmanagement', 'zaubern'] }, '$.competencyIds[1]', 'unknown-competency'],
      [{ competencyIds: ['team', 'team'] }, '$.competencyIds[1]', 'duplicate-id'],
      [{ competencyIds: 'team' }, '$.competencyIds', 'type'],
      [{ competencyIds: ['Team!'] }, '$.competencyIds[0]', 'id'],
      [{ targetLevel: 4 }, '$.targetLevel', 'level'],
      [{ targetLevel: 1.5 }, '$.targetLevel', 'level'],
      [{ targetLevel: '2' }, '$.targetLevel', 'level'],
      [{ due: '2025-02-30' }, '$.due', 'date'],
      [{ due: undefined }, '$.due', 'date'],
      [{ measure: 'x'.repeat(2001) }, '$.measure', 'too-long'],
      [{ challenge: 'x'.repeat(2001) }, '$.challenge', 'too-long'],
      [{ measure: 42 }, '$.measure', 'type'],
      [{ resources: { hours: -1 } }, '$.resources.hours', 'range'],
      [{ resources: { budget: -5 } }, '$.resources.budget', 'range'],
      [{ resources: { hours: Number.NaN } }, '$.resources.hours', 'type'],
      [{ resources: { helper: 'x' } }, '$.resources.helper', 'unknown-key'],
      [{ resources: null }, '$.resources', 'type'],
      [{ status: 'done' }, '$.status', 'enum'],
      [{ createdAt: 'yesterday' }, '$.createdAt', 'date'],
      [{ id: '' }, '$.id', 'id'],
      [{ personId: '__proto__' }, '$.personId', 'id'],
      [{ colour: 'red' }, '$.colour', 'unknown-key'],
    ];
    for (const [change, path, code] of cases) {
      const issues = validateGoal({ ...goal(), ...change }, DEFAULT_CATALOGUE);
      assert.ok(
        issues.some((issue) => issue.path === path && issue.code === code),
        `${JSON.stringify(change)}: expected ${code} at ${path}, got ${JSON.stringify(issues)}`,
      );
      for (const issue of issues) assert.deepEqual(Object.keys(issue).filter((key) => key !== 'params'), ['path', 'code'], 'an issue is data, without a sentence');
    }
  });

  test('names the offending competency id in the parameters', () => {
    assert.deepEqual(validateGoal(goal({ competencyIds: ['team', 'zaubern', 'team'] }), DEFAULT_CATALOGUE), [
      { path: '$.competencyIds[1]', code: 'unknown-competency', params: { id: 'zaubern' } },
      { path: '$.competencyIds[2]', code: 'duplicate-id', params: { id: 'team' } },
    ]);
  });

  test('uses the given path and rejects what is not an object', () => {
    assert.deepEqual(validateGoal('goal', DEFAULT_CATALOGUE, '$.goals[3]').map((i) => [i.path, i.code]), [['$.goals[3]', 'type']]);
    const issues = validateGoal({ ...goal(), targetLevel: 9 }, DEFAULT_CATALOGUE, '$.goals[3]');
    assert.equal(issues[0].path, '$.goals[3].targetLevel');
  });

  test('checks competency ids against a custom catalogue', () => {
    const custom: Catalogue = {
      categories: [{ id: 'k', label: { de: 'K', en: 'K' } }],
      competencies: [{ id: 'eigene', category: 'k', label: { de: 'Eigene', en: 'Own' }, description: { de: 'd', en: 'd' } }],
    };
    assert.deepEqual(validateGoal(goal({ competencyIds: ['eigene'] }), custom), []);
    assert.equal(validateGoal(goal(), custom)[0].code, 'unknown-competency');
  });
});

describe('checkSmartGoal', () => {
  test('a good goal passes every criterion without findings', () => {
    const check = checkSmartGoal(goal(), CONTEXT);
    assert.equal(check.ok, true);
    assert.deepEqual(codes(check), []);
    for (const letter of SMART_LETTERS) assert.equal(check.criteria[letter].ok, true);
  });

  const PM = { de: 'Projektmanagement', en: 'Project management' };
  const SUGGESTED = '2025-08-01';
  const jump = goal({ competencyIds: ['team'], targetLevel: 3, due: '2025-08-01', resources: { hours: 120, supportPerson: 'X' } });
  const cases: [SmartLetter, GoalDraft, string, string, 'problem' | 'hint', Record<string, unknown>][] = [
    ['S', goal({ competencyIds: [] }), 'no-competency', 'competencyIds', 'problem', {}],
    ['S', goal({ competencyIds: ['projektmanagement', 'zaubern'] }), 'unknown-competency', 'competencyIds', 'problem', { ids: ['zaubern'] }],
    ['S', goal({ competencyIds: ['projektmanagement', 'team', 'analyse', 'daten'] }), 'too-many-competencies', 'competencyIds', 'problem', { count: 4, max: 3 }],
    ['M', { ...goal(), targetLevel: undefined }, 'no-target-level', 'targetLevel', 'problem', {}],
    ['M', goal({ targetLevel: 7 as Level }), 'no-target-level', 'targetLevel', 'problem', { got: '7' }],
    ['M', goal({ targetLevel: 'Experte' as unknown as Level }), 'no-target-level', 'targetLevel', 'problem', { got: 'Experte' }],
    ['M', goal({ targetLevel: { level: 2 } as unknown as Level }), 'no-target-level', 'targetLevel', 'problem', { got: '{"level":2}' }],
    ['M', goal({ targetLevel: Object.create(null) as Level }), 'no-target-level', 'targetLevel', 'problem', { got: '{}' }],
    ['M', goal({ targetLevel: 0 }), 'target-level-zero', 'targetLevel', 'problem', {}],
    ['M', goal({ measure: '' }), 'no-measure', 'measure', 'problem', {}],
    ['M', goal({ measure: '   ' }), 'no-measure', 'measure', 'problem', {}],
    ['M', goal({ measure: 'besser werden' }), 'vague-measure', 'measure', 'problem', { minWords: 3 }],
    ['A', goal({ targetLevel: 1 }), 'nothing-new', 'targetLevel', 'problem', { level: 1, competencies: [PM] }],
    [
      'A',
      goal({ competencyIds: ['projektmanagement', 'team'], targetLevel: 1, resources: { hours: 40, supportPerson: 'X' } }),
      'partly-reached',
      'competencyIds',
      'hint',
      { competencies: [PM] },
    ],
    ['A', goal({ challenge: '' }), 'no-challenge', 'challenge', 'problem', {}],
    [
      'R',
      jump,
      'jump-too-large',
      'targetLevel',
      'problem',
      { competencyId: 'team', competency: { de: 'Teamfähigkeit', en: 'Teamwork' }, steps: 3, level: 2, suggested: suggestDueDate(jump, CONTEXT) },
    ],
    ['R', goal({ resources: { supportPerson: 'X' } }), 'no-hours', 'resources.hours', 'problem', {}],
    ['R', goal({ resources: { hours: 0, supportPerson: 'X' } }), 'no-hours', 'resources.hours', 'problem', {}],
    ['R', goal({ resources: { hours: -3, supportPerson: 'X' } }), 'invalid-hours', 'resources.hours', 'problem', {}],
    ['R', goal({ resources: { hours: 60, budget: -1, supportPerson: 'X' } }), 'invalid-budget', 'resources.budget', 'problem', {}],
    // 336 days at 8 hours a month: 88.3 hours.
    ['R', goal({ resources: { hours: 200, supportPerson: 'X' } }), 'hours-exceed-capacity', 'resources.hours', 'problem', { hours: 200, due: '2026-01-31', available: 88.3, capacity: 8 }],
    // 92 days: 24.2 hours for one step of 40.
    ['R', goal({ due: '2025-06-01' }), 'estimate-exceeds-capacity', 'resources.hours', 'problem', { steps: 1, estimate: 40, due: '2025-06-01', available: 24.2, suggested: SUGGESTED }],
    ['R', goal({ resources: { hours: 20, supportPerson: 'X' } }), 'hours-below-estimate', 'resources.hours', 'hint', { hours: 20, hoursPerStep: 40, estimate: 40 }],
    ['R', goal({ resources: { hours: 60 } }), 'no-support-person', 'resources.supportPerson', 'hint', {}],
    ['T', { ...goal(), due: undefined }, 'no-due', 'due', 'problem', { suggested: SUGGESTED }],
    ['T', goal({ due: '' }), 'no-due', 'due', 'problem', { suggested: SUGGESTED }],
    ['T', goal({ due: '2025-13-01' }), 'invalid-due', 'due', 'problem', { got: '2025-13-01', suggested: SUGGESTED }],
    ['T', goal({ due: TODAY }), 'due-not-future', 'due', 'problem', { due: TODAY, today: TODAY, suggested: SUGGESTED }],
    ['T', goal({ due: '2024-12-24' }), 'due-not-future', 'due', 'problem', { due: '2024-12-24', today: TODAY, suggested: SUGGESTED }],
    ['T', goal({ due: '2027-03-02' }), 'due-too-far', 'due', 'problem', { months: 24, limit: '2027-03-01' }],
  ];

  for (const [letter, draft, code, field, severity, params] of cases) {
    test(`${letter}: ${code} (${field})`, () => {
      const check = checkSmartGoal(draft, CONTEXT);
      const found = finding(check, code);
      assert.equal(found.letter, letter);
      assert.equal(found.field, field);
      assert.equal(found.severity, severity);
      assert.deepEqual(found.params, params);
      assert.ok(check.criteria[letter].findings.includes(found));
      assert.equal(check.criteria[letter].ok, severity === 'hint' ? !check.criteria[letter].findings.some((f) => f.severity === 'problem') : false);
      if (severity === 'problem') assert.equal(check.ok, false);
    });
  }

  test('a finding is data: code, field, severity and parameters, no sentence', () => {
    for (const [, draft] of cases) {
      for (const entry of allFindings(checkSmartGoal(draft, CONTEXT))) {
        assert.ok(FIELDS.includes(entry.field), entry.field);
        assert.deepEqual(Object.keys(entry).sort(), ['code', 'field', 'letter', 'params', 'severity']);
        assert.deepEqual(JSON.parse(JSON.stringify(entry)), entry, 'plain JSON data');
      }
    }
  });

  test('every SMART finding reads as a German and an English sentence', () => {
    for (const [, draft] of cases) {
      for (const entry of allFindings(checkSmartGoal(draft, CONTEXT))) {
        const de = describeFinding(entry, 'de');
        const en = describeFinding(entry, 'en');
        assert.ok(de.length > 20 && en.length > 20, entry.code);
        assert.notEqual(de, en, entry.code);
        assert.doesNotMatch(de + en, /undefined|NaN|\[object/);
      }
    }
  });

  test('messages name the competencies and write dates as the UI does', () => {
    const nothingNew = finding(checkSmartGoal(goal({ targetLevel: 1 }), CONTEXT), 'nothing-new');
    assert.equal(describeFinding(nothingNew, 'de'), 'Die Zielstufe 1 (Kenner) ist bei Projektmanagement schon erreicht; so wird nichts Neues gelernt. Wählen Sie eine höhere Stufe oder eine andere Kompetenz.');
    assert.match(describeFinding(nothingNew, 'en'), /already reached for Project management/);
    const tooShort = finding(checkSmartGoal(goal({ due: '2025-06-01' }), CONTEXT), 'estimate-exceeds-capacity');
    assert.equal(
      describeFinding(tooShort, 'de'),
      'Für 1 Stufenschritt sind erfahrungsgemäß rund 40 Stunden nötig, bis zum 1. Juni 2025 stehen aber nur etwa 24,2 zur Verfügung. Verschieben Sie den Termin auf den 1. August 2025 oder später oder nehmen Sie weniger Kompetenzen auf.',
    );
    assert.equal(
      describeFinding(tooShort, 'en'),
      '1 level step usually take about 40 hours, but only about 24.2 are available until 1 June 2025. Move the due date to 1 August 2025 or later, or include fewer competencies.',
    );
    const past = finding(checkSmartGoal(goal({ due: '2024-12-24' }), CONTEXT), 'due-not-future');
    assert.equal(describeFinding(past, 'de'), 'Der Termin 24. Dezember 2024 liegt nicht in der Zukunft. Wählen Sie ein Datum nach dem 1. März 2025, z. B. den 1. August 2025.');
    const farAway = finding(checkSmartGoal(goal({ due: '2028-01-01' }), CONTEXT), 'due-too-far');
    assert.match(describeFinding(farAway, 'en'), /up to 1 March 2027,/);
    const several = finding(checkSmartGoal(goal({ competencyIds: ['projektmanagement', 'analyse'], targetLevel: 1 }), { ...CONTEXT, current: { projektmanagement: 1, analyse: 2 } }), 'nothing-new');
    assert.match(describeFinding(several, 'de'), /bei Projektmanagement und Analysekompetenz schon/);
  });

  test('a jump of three levels is fine with more than six months', () => {
    const draft = goal({ competencyIds: ['team'], targetLevel: 3, due: '2026-12-31', resources: { hours: 120, supportPerson: 'X' } });
    assert.ok(!codes(checkSmartGoal(draft, CONTEXT)).includes('jump-too-large'));
  });

  test('skips the capacity rules when no capacity is known', () => {
    const check = checkSmartGoal(goal({ due: '2025-04-01', resources: { hours: 500, supportPerson: 'X' } }), { current: { projektmanagement: 1 }, today: TODAY });
    assert.ok(!codes(check).includes('hours-exceed-capacity'));
    assert.ok(!codes(check).includes('estimate-exceeds-capacity'));
  });

  test('works on an unfinished draft from a form', () => {
    const check = checkSmartGoal({}, CONTEXT);
    assert.equal(check.ok, false);
    for (const letter of ['S', 'M', 'A', 'R', 'T'] as const) assert.equal(check.criteria[letter].ok, false, letter);
  });

  test('uses a custom catalogue for known competencies', () => {
    const custom: Catalogue = {
      categories: [{ id: 'k', label: { de: 'K', en: 'K' } }],
      competencies: [{ id: 'eigene', category: 'k', label: { de: 'Eigene', en: 'Own' }, description: { de: 'd', en: 'd' } }],
    };
    const check = checkSmartGoal(goal({ competencyIds: ['eigene'] }), { ...CONTEXT, current: {}, catalogue: custom });
    assert.ok(!codes(check).includes('unknown-competency'));
    assert.ok(codes(checkSmartGoal(goal(), { ...CONTEXT, catalogue: custom })).includes('unknown-competency'));
  });

  test('throws a KompetenzradError for an unusable context', () => {
    assert.throws(() => checkSmartGoal(goal(), { ...CONTEXT, today: '01.03.2025' }), (error: unknown) => error instanceof KompetenzradError && error.issues[0].path === '$context.today');
    assert.throws(
      () => checkSmartGoal(goal(), { ...CONTEXT, current: { projektmanagement: 5 as Level } }),
      (error: unknown) => error instanceof KompetenzradError && error.issues[0].path === '$context.current.projektmanagement' && error.code === 'level',
    );
    assert.throws(() => checkSmartGoal(goal(), { ...CONTEXT, capacityHoursPerMonth: -1 }), KompetenzradError);
    assert.throws(
      () => checkSmartGoal(null as unknown as Goal, CONTEXT),
      (error: unknown) => error instanceof KompetenzradError && JSON.stringify(error.issues) === JSON.stringify([{ path: '$goal', code: 'type', params: { expected: 'goal', got: null } }]),
    );
  });

  test('does not change its input', () => {
    const frozen = deepFreeze(goal({ competencyIds: ['team', 'team'], measure: '' }));
    const before = JSON.stringify(frozen);
    checkSmartGoal(frozen, CONTEXT);
    assert.equal(JSON.stringify(frozen), before);
  });
});

describe('suggestDueDate', () => {
  test('40 hours per level step at the capacity, at least three months per step of the largest jump', () => {
    // 1 step = 40 h at 8 h/month = 5 months; the jump rule asks for 3.
    assert.equal(suggestDueDate(goal(), CONTEXT), addDays(TODAY, Math.ceil(5 * (365.25 / 12))));
    // 0 → 3: 120 h at 40 h/month = 3 months, but three steps need 9 months.
    assert.equal(suggestDueDate({ competencyIds: ['team'], targetLevel: 3 }, { ...CONTEXT, capacityHoursPerMonth: 40 }), addMonths(TODAY, 9));
    // No capacity given: 8 hours a month.
    assert.equal(DEFAULT_CAPACITY_HOURS_PER_MONTH, 8);
    assert.equal(suggestDueDate(goal(), { current: CONTEXT.current, today: TODAY }), suggestDueDate(goal(), CONTEXT));
    // Nothing to learn still gets the time of one step.
    assert.equal(suggestDueDate(goal({ targetLevel: 1 }), CONTEXT), suggestDueDate(goal(), CONTEXT));
  });

  test('suggestions stay within the T rule: a tiny capacity gives the horizon, never an invalid or too-far date', () => {
    const suggested = suggestDueDate(goal({ competencyIds: ['team', 'daten', 'technik'], targetLevel: 3 }), { ...CONTEXT, capacityHoursPerMonth: 0.00001 });
    assert.equal(suggested, addMonths(TODAY, 24));
    const big = goal({ competencyIds: ['team', 'daten', 'technik'], targetLevel: 3, due: suggestDueDate(goal({ competencyIds: ['team', 'daten', 'technik'], targetLevel: 3 }), CONTEXT) });
    assert.equal(checkSmartGoal(big, CONTEXT).criteria.T.ok, true, 'the suggested date passes the T check');
    const check = checkSmartGoal(goal(), { ...CONTEXT, capacityHoursPerMonth: 0.00001 });
    assert.equal(check.criteria.R.ok, false);
  });

  test('more capacity gives an earlier date, more competencies a later one', () => {
    const slow = suggestDueDate(goal(), { ...CONTEXT, capacityHoursPerMonth: 4 });
    const fast = suggestDueDate(goal(), { ...CONTEXT, capacityHoursPerMonth: 16 });
    assert.ok(fast < slow);
    assert.ok(suggestDueDate(goal({ competencyIds: ['projektmanagement', 'team', 'analyse'] }), CONTEXT) > suggestDueDate(goal(), CONTEXT));
  });

  test('a suggested date is in the future, passes T, and passes the R rules whenever the goal fits the horizon', () => {
    const ids = DEFAULT_CATALOGUE.competencies.map((c) => c.id);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 3 }),
        fc.constantFrom<Level>(1, 2, 3),
        fc.array(fc.constantFrom<Level>(0, 1, 2, 3), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 2, max: 60 }),
        (competencyIds, targetLevel, levels, capacity) => {
          const current = Object.fromEntries(competencyIds.map((id, i) => [id, levels[i]]));
          const context = { current, today: TODAY, capacityHoursPerMonth: capacity };
          const due = suggestDueDate({ competencyIds, targetLevel }, context);
          assert.ok(due > TODAY);
          const estimate = estimateGoalHours({ competencyIds, targetLevel }, current);
          const check = checkSmartGoal(goal({ competencyIds, targetLevel, due, resources: { hours: Math.max(estimate, 1), supportPerson: 'X' } }), context);
          assert.equal(check.criteria.T.ok, true);
          const r = check.criteria.R.findings.map((f) => f.code);
          if (availableHours(capacity, TODAY, addMonths(TODAY, 24)) >= estimate) {
            assert.ok(availableHours(capacity, TODAY, due) + 1e-9 >= estimate);
            assert.ok(!r.includes('estimate-exceeds-capacity') && !r.includes('jump-too-large') && !r.includes('hours-exceed-capacity'), r.join());
          } else {
            // Too big for the capacity within the horizon: the date is the horizon and R says so.
            assert.equal(due, addMonths(TODAY, 24));
            assert.ok(r.includes('estimate-exceeds-capacity'), r.join());
            const advice = check.criteria.R.findings.find((f) => f.code === 'estimate-exceeds-capacity')!;
            assert.equal(advice.code === 'estimate-exceeds-capacity' && advice.params.suggested, null, 'no advice to move the date beyond the horizon');
            assert.match(describeFinding(advice, 'de'), /Etappen/);
          }
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe('level steps and estimates', () => {
  test('count the steps per competency, nothing for competencies already at the target', () => {
    const steps = goalLevelSteps({ competencyIds: ['team', 'analyse', 'daten'], targetLevel: 2 }, { team: 0, analyse: 3, daten: 1 });
    assert.deepEqual(steps, [
      { competencyId: 'team', from: 0, steps: 2 },
      { competencyId: 'analyse', from: 3, steps: 0 },
      { competencyId: 'daten', from: 1, steps: 1 },
    ]);
    assert.equal(estimateGoalHours({ competencyIds: ['team', 'analyse', 'daten'], targetLevel: 2 }, { team: 0, analyse: 3, daten: 1 }), 3 * GOAL_LIMITS.hoursPerLevelStep);
  });

  test('available hours grow with the days until the due date', () => {
    assert.equal(availableHours(8, TODAY, TODAY), 0);
    const year = availableHours(8, '2025-01-01', '2026-01-01');
    assert.ok(Math.abs(year - (8 * daysBetween('2025-01-01', '2026-01-01')) / (365.25 / 12)) < 1e-9);
    assert.ok(year > 95 && year < 97);
  });
});
