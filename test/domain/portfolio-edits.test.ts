import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { removePerson, setAssessmentLevel, upsertGoal, upsertPerson, upsertPlan } from '../../src/domain/portfolio-edits.ts';
import { emptyPortfolio, validatePortfolio } from '../../src/domain/portfolio.ts';
import { currentProfile, dueForRefresh } from '../../src/domain/assessments.ts';
import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue.ts';
import { KompetenzradError } from '../../src/domain/errors.ts';
import type { Goal, Plan, Portfolio } from '../../src/domain/types.ts';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** A small valid portfolio, frozen so that any mutation by an edit throws. */
function base(): Portfolio {
  const data: Portfolio = {
    ...emptyPortfolio(),
    people: [
      { id: 'p1', name: 'Erika Muster', roleId: 'cdo' },
      { id: 'p2', name: 'Max Beispiel', roleId: 'cio' },
    ],
    assessments: [
      { id: 'a1', personId: 'p1', rater: 'self', date: '2025-01-10', levels: { daten: 1, technik: 2 } },
      { id: 'a2', personId: 'p1', rater: 'external', raterRole: 'Vorgesetzte', date: '2025-01-12', levels: { daten: 2 } },
      { id: 'a3', personId: 'p2', rater: 'self', date: '2025-01-10', levels: { daten: 3 } },
    ],
    goals: [
      {
        id: 'g1',
        personId: 'p1',
        competencyIds: ['daten'],
        targetLevel: 3,
        measure: 'Leitet eine Auswertung selbst',
        challenge: 'Neues Werkzeug',
        resources: { hours: 20 },
        due: '2025-12-31',
      },
    ],
    plans: [],
  };
  return deepFreeze(data);
}

function goal(overrides: Partial<Goal> = {}): Goal {
  return {
    id: 'g2',
    personId: 'p1',
    competencyIds: ['technik'],
    targetLevel: 3,
    measure: 'Betreut einen Server',
    challenge: 'Erstmals Verantwortung',
    resources: { hours: 10 },
    due: '2025-10-01',
    ...overrides,
  };
}

function plan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: 'plan1',
    personId: 'p1',
    status: 'draft',
    history: [{ status: 'draft', date: '2025-02-01' }],
    items: [
      {
        id: 'i1',
        kind: 'format',
        formatId: 'selbstlernen',
        competencyIds: ['daten'],
        start: '2025-02-01',
        end: '2025-02-28',
        hours: 8,
        cost: 0,
        status: 'planned',
        goalId: 'g1',
      },
    ],
    reviews: [],
    ...overrides,
  };
}

function issuesOf(fn: () => unknown): { path: string; code: string }[] {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof KompetenzradError)) throw new assert.AssertionError({ message: `expected a KompetenzradError, got ${String(error)}` });
    return error.issues.map(({ path, code }) => ({ path, code }));
  }
  return assert.fail('expected a KompetenzradError');
}

describe('setAssessmentLevel', () => {
  test('creates a new assessment dated today that holds just the level rated and keeps history', () => {
    const before = base();
    const after = setAssessmentLevel(before, { personId: 'p1', rater: 'self', competencyId: 'daten', level: 3, today: '2025-03-01' });
    assert.notEqual(after, before);
    assert.equal(after.assessments.length, 4);
    assert.deepEqual(after.assessments.slice(0, 3), before.assessments, 'old assessments are kept unchanged');
    const created = after.assessments[3]!;
    assert.equal(created.personId, 'p1');
    assert.equal(created.rater, 'self');
    assert.equal(created.date, '2025-03-01');
    assert.deepEqual(created.levels, { daten: 3 });
    assert.equal(created.id, 'p1.self.2025-03-01', 'deterministic id');
    assert.deepEqual(currentProfile(after.assessments, 'p1').self, { daten: 3, technik: 2 });
    assert.ok(validatePortfolio(after).ok, 'the result is a valid portfolio');
  });

  test('updates the same day’s assessment instead of adding another', () => {
    const once = setAssessmentLevel(base(), { personId: 'p1', rater: 'self', competencyId: 'daten', level: 3, today: '2025-03-01' });
    const twice = setAssessmentLevel(once, { personId: 'p1', rater: 'self', competencyId: 'technik', level: 0, today: '2025-03-01' });
    assert.equal(twice.assessments.length, 4);
    assert.deepEqual(twice.assessments[3]!.levels, { technik: 0, daten: 3 });
    assert.deepEqual(Object.keys(twice.assessments[3]!.levels), ['technik', 'daten'], 'levels in wheel order');
    assert.equal(twice.assessments[3]!.id, once.assessments[3]!.id);
    assert.deepEqual(once.assessments[3]!.levels, { daten: 3 }, 'the earlier object is not mutated');
  });

  test('returns the same portfolio when nothing changes', () => {
    const once = setAssessmentLevel(base(), { personId: 'p1', rater: 'self', competencyId: 'daten', level: 3, today: '2025-03-01' });
    assert.equal(setAssessmentLevel(once, { personId: 'p1', rater: 'self', competencyId: 'daten', level: 3, today: '2025-03-01' }), once);
  });

  test('a new external assessment keeps the rater role of that rater’s latest one', () => {
    const after = setAssessmentLevel(base(), { personId: 'p1', rater: 'external', competencyId: 'technik', level: 1, today: '2025-03-01' });
    const created = after.assessments.at(-1)!;
    assert.deepEqual(created.levels, { technik: 1 });
    assert.equal(created.raterRole, 'Vorgesetzte');
  });

  test('a first rating of a person starts a new assessment with just that level', () => {
    const after = setAssessmentLevel(base(), { personId: 'p2', rater: 'external', competencyId: 'daten', level: 1, today: '2025-03-01' });
    assert.deepEqual(after.assessments.at(-1)!.levels, { daten: 1 });
    assert.equal(after.assessments.at(-1)!.raterRole, undefined);
  });

  test('ids stay unique and a passed id is used', () => {
    const taken: Portfolio = {
      ...base(),
      assessments: [...base().assessments, { id: 'p1.self.2025-03-01', personId: 'p2', rater: 'self', date: '2025-01-01', levels: {} }],
    };
    const after = setAssessmentLevel(taken, { personId: 'p1', rater: 'self', competencyId: 'daten', level: 3, today: '2025-03-01' });
    assert.equal(after.assessments.at(-1)!.id, 'p1.self.2025-03-01-2');
    const named = setAssessmentLevel(base(), { personId: 'p1', rater: 'self', competencyId: 'daten', level: 3, today: '2025-03-01', assessmentId: 'mine' });
    assert.equal(named.assessments.at(-1)!.id, 'mine');
    assert.deepEqual(issuesOf(() => setAssessmentLevel(base(), { personId: 'p1', rater: 'self', competencyId: 'daten', level: 3, today: '2025-03-01', assessmentId: 'a1' })), [
      { path: '$input.assessmentId', code: 'duplicate-id' },
    ]);
  });

  test('an assessment dated after today is updated in place so the edit shows', () => {
    const after = setAssessmentLevel(base(), { personId: 'p1', rater: 'external', competencyId: 'daten', level: 3, today: '2025-01-05' });
    assert.equal(after.assessments.length, 3);
    assert.equal(after.assessments[1]!.levels.daten, 3);
    assert.equal(after.assessments[1]!.date, '2025-01-12');
  });

  test('validates every input field with precise issues', () => {
    const found = issuesOf(() =>
      setAssessmentLevel(base(), {
        personId: 'nobody',
        rater: 'boss' as 'self',
        competencyId: 'kochen',
        level: 4 as 3,
        today: '2025-02-30',
      }),
    );
    assert.deepEqual(found, [
      { path: '$input.personId', code: 'unknown-person' },
      { path: '$input.rater', code: 'enum' },
      { path: '$input.competencyId', code: 'unknown-competency' },
      { path: '$input.level', code: 'level' },
      { path: '$input.today', code: 'date' },
    ]);
    assert.deepEqual(issuesOf(() => setAssessmentLevel(base(), null as never)), [{ path: '$input', code: 'type' }]);
    assert.deepEqual(issuesOf(() => setAssessmentLevel({} as Portfolio, { personId: 'p1', rater: 'self', competencyId: 'daten', level: 1, today: '2025-03-01' }))[0], {
      path: '$portfolio.people',
      code: 'type',
    });
  });

  test('uses the given catalogue', () => {
    const catalogue = {
      categories: [{ id: 'eigen', label: { de: 'Eigen', en: 'Own' } }],
      competencies: [{ id: 'kochen', category: 'eigen', label: { de: 'Kochen', en: 'Cooking' }, description: { de: 'Kocht', en: 'Cooks' } }],
    };
    const after = setAssessmentLevel(base(), { personId: 'p2', rater: 'self', competencyId: 'kochen', level: 2, today: '2025-03-01', catalogue });
    assert.deepEqual(after.assessments.at(-1)!.levels, { kochen: 2 });
  });
});

describe('setAssessmentLevel: a new assessment holds only what was rated that day', () => {
  const RATED = '2024-11-25';
  const TODAY = '2027-01-15';
  const ALL = DEFAULT_CATALOGUE.competencies.map((competency) => competency.id);
  /** A line manager rated every competency on RATED; the person rated two of them since. */
  const rated = (): Portfolio =>
    deepFreeze({
      ...emptyPortfolio(),
      people: [{ id: 'p1', name: 'Erika Muster', roleId: 'cdo' }],
      assessments: [
        { id: 'x1', personId: 'p1', rater: 'external', raterRole: 'Vorgesetzte', date: RATED, levels: Object.fromEntries(ALL.map((id) => [id, 2 as const])) },
        { id: 's1', personId: 'p1', rater: 'self', date: '2025-06-01', levels: { informationssicherheit: 1, team: 1 } },
      ],
    });
  const rateTeam = (doc: Portfolio) => setAssessmentLevel(doc, { personId: 'p1', rater: 'external', competencyId: 'team', level: 3, today: TODAY });

  test('rating team leaves the data-protection rating of 2024 due for refreshing', () => {
    const due = (doc: Portfolio) => dueForRefresh(DEFAULT_CATALOGUE, doc.assessments, 'p1', TODAY);
    const expected = [{ competencyId: 'informationssicherheit', lastAssessed: RATED, dueSince: '2026-11-25' }];
    assert.deepEqual(due(rated()), expected);
    assert.deepEqual(due(rateTeam(rated())), expected);
  });

  test('the new assessment holds exactly the competency rated, dated today, with the rater role', () => {
    const after = rateTeam(rated());
    assert.deepEqual(after.assessments.slice(0, 2), rated().assessments);
    assert.deepEqual(after.assessments[2], { id: `p1.external.${TODAY}`, personId: 'p1', rater: 'external', raterRole: 'Vorgesetzte', date: TODAY, levels: { team: 3 } });
    assert.ok(validatePortfolio(after).ok);
  });

  test('currentProfile still gives every competency its level, each dated by the assessment that rated it', () => {
    const { external, sources } = currentProfile(rateTeam(rated()).assessments, 'p1', 'external-only');
    assert.deepEqual(Object.keys(external).sort(), [...ALL].sort());
    for (const id of ALL) {
      const expected = id === 'team' ? { level: 3, date: TODAY, assessmentId: `p1.external.${TODAY}` } : { level: 2, date: RATED, assessmentId: 'x1' };
      assert.deepEqual({ level: external[id], date: sources[id]?.date, assessmentId: sources[id]?.assessmentId }, expected, id);
    }
  });

  test('a second rating the same day adds to the same assessment, and only then is data protection refreshed', () => {
    const once = rateTeam(rated());
    const twice = setAssessmentLevel(once, { personId: 'p1', rater: 'external', competencyId: 'informationssicherheit', level: 1, today: TODAY });
    assert.equal(twice.assessments.length, 3);
    assert.deepEqual(twice.assessments[2], { ...once.assessments[2], levels: { informationssicherheit: 1, team: 3 } });
    assert.deepEqual(Object.keys(twice.assessments[2]!.levels), ['informationssicherheit', 'team'], 'levels in wheel order');
    assert.deepEqual(dueForRefresh(DEFAULT_CATALOGUE, twice.assessments, 'p1', TODAY), []);
  });

  test('the rule `latest` takes per competency the more recent rating: a partial external assessment wins only where it rated', () => {
    const { profile, sources } = currentProfile(rateTeam(rated()).assessments, 'p1', 'latest');
    assert.deepEqual({ level: profile.team, rater: sources.team?.rater }, { level: 3, rater: 'external' });
    assert.deepEqual({ level: profile.informationssicherheit, rater: sources.informationssicherheit?.rater }, { level: 1, rater: 'self' }, 'the self rating of 2025 is newer than the external one of 2024');
    assert.deepEqual({ level: profile.daten, rater: sources.daten?.rater, date: sources.daten?.date }, { level: 2, rater: 'external', date: RATED });
  });
});

describe('upsertGoal', () => {
  test('appends a new goal and replaces one with the same id', () => {
    const before = base();
    const added = upsertGoal(before, goal());
    assert.deepEqual(added.goals.map((g) => g.id), ['g1', 'g2']);
    assert.equal(added.goals[0], before.goals[0], 'unchanged records are shared');
    const replaced = upsertGoal(added, goal({ measure: 'Neu gemessen' }));
    assert.deepEqual(replaced.goals.map((g) => g.id), ['g1', 'g2']);
    assert.equal(replaced.goals[1]!.measure, 'Neu gemessen');
    assert.equal(added.goals[1]!.measure, 'Betreut einen Server');
    assert.ok(validatePortfolio(replaced).ok);
  });

  test('refuses an invalid goal, an unknown person and a change of owner', () => {
    assert.deepEqual(issuesOf(() => upsertGoal(base(), goal({ targetLevel: 5 as 3 }))), [{ path: '$goal.targetLevel', code: 'level' }]);
    assert.deepEqual(issuesOf(() => upsertGoal(base(), goal({ personId: 'nobody' }))), [{ path: '$goal.personId', code: 'unknown-person' }]);
    assert.deepEqual(issuesOf(() => upsertGoal(base(), goal({ id: 'g1', personId: 'p2' }))), [{ path: '$goal.personId', code: 'owner-change' }]);
  });
});

describe('upsertPlan', () => {
  test('appends and replaces plans', () => {
    const added = upsertPlan(base(), plan());
    assert.equal(added.plans.length, 1);
    const replaced = upsertPlan(added, plan({ title: 'Lernplan 2025' }));
    assert.equal(replaced.plans.length, 1);
    assert.equal(replaced.plans[0]!.title, 'Lernplan 2025');
    assert.ok(validatePortfolio(replaced).ok);
  });

  test('refuses goals of another person and unknown people', () => {
    const foreign = plan({ personId: 'p2' });
    assert.deepEqual(issuesOf(() => upsertPlan(base(), foreign)), [{ path: '$plan.items[0].goalId', code: 'unknown-goal' }]);
    assert.deepEqual(issuesOf(() => upsertPlan(base(), plan({ personId: 'nobody', items: [] }))), [{ path: '$plan.personId', code: 'unknown-person' }]);
    assert.equal(issuesOf(() => upsertPlan(base(), plan({ status: 'maybe' as 'draft' })))[0]!.path, '$plan.status');
  });
});

describe('upsertPerson and removePerson', () => {
  test('adds, replaces and validates people', () => {
    const added = upsertPerson(base(), { id: 'p3', name: 'Neu', roleId: 'digitallotse' });
    assert.deepEqual(added.people.map((p) => p.id), ['p1', 'p2', 'p3']);
    const renamed = upsertPerson(added, { id: 'p3', name: 'Umbenannt', roleId: 'digitallotse' });
    assert.equal(renamed.people[2]!.name, 'Umbenannt');
    assert.deepEqual(issuesOf(() => upsertPerson(base(), { id: 'p4', name: '', roleId: 'koch' })), [
      { path: '$person.name', code: 'empty' },
      { path: '$person.roleId', code: 'unknown-role' },
    ]);
  });

  test('removes a person and every record about them', () => {
    const withPlan = upsertPlan(base(), plan());
    const after = removePerson(withPlan, 'p1');
    assert.deepEqual(after.people.map((p) => p.id), ['p2']);
    assert.deepEqual(after.assessments.map((a) => a.id), ['a3']);
    assert.deepEqual(after.goals, []);
    assert.deepEqual(after.plans, []);
    assert.equal(withPlan.people.length, 2, 'the input stays as it was');
    assert.ok(validatePortfolio(after).ok);
    assert.deepEqual(issuesOf(() => removePerson(base(), 'nobody')), [{ path: '$personId', code: 'unknown-person' }]);
  });

  test('keeps the id of an erased person, and nothing else of theirs; the id is not given again', () => {
    const after = removePerson(removePerson(base(), 'p1'), 'p2');
    assert.deepEqual(after.erasedPeople, ['p1', 'p2']);
    assert.equal(JSON.stringify(after).includes(base().people[0]!.name), false, 'no name, no rating: the id only');
    assert.deepEqual(issuesOf(() => upsertPerson(after, { id: 'p1', name: 'Neu', roleId: 'cdo' })), [{ path: '$person.id', code: 'duplicate-id' }]);
    const back = validatePortfolio({ ...after, people: [{ id: 'p2', name: 'Wieder da', roleId: 'cdo' }] });
    assert.deepEqual(!back.ok && back.errors.map((one) => [one.path, one.code, one.params?.variant]), [['$.people[0].id', 'duplicate-id', 'erased']]);
  });
});
