import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue.ts';
import { KompetenzradError } from '../../src/domain/errors.ts';
import { mergePortfolios, type MergeConflict } from '../../src/domain/merge.ts';
import { emptyPortfolio, validatePortfolio } from '../../src/domain/portfolio.ts';
import { removePerson, setAssessmentLevel, upsertGoal, upsertPerson, upsertPlan } from '../../src/domain/portfolio-edits.ts';
import { DEFAULT_ROLES } from '../../src/domain/roles.ts';
import { generatePortfolio } from '../../src/domain/sample.ts';
import type { Assessment, Plan, Portfolio, Review } from '../../src/domain/types.ts';
import { applyChanges, type PortfolioChange } from './portfolio-changes.ts';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** A sample of six people (goals and plans for each), frozen so that a merge that mutates its input throws. */
const BASE: Portfolio = deepFreeze(generatePortfolio({ seed: 7, people: 6, today: '2025-09-01' }));
const [P1, P2] = BASE.people;

function valid(portfolio: Portfolio): void {
  const result = validatePortfolio(portfolio);
  assert.ok(result.ok, JSON.stringify(result.ok ? [] : result.errors.slice(0, 3)));
}

function planOf(doc: Portfolio, personId: string): Plan {
  const plan = doc.plans.find((one) => one.personId === personId);
  assert.ok(plan);
  return plan;
}

function person(doc: Portfolio, id: string) {
  return doc.people.find((one) => one.id === id);
}

describe('mergePortfolios (three-way)', () => {
  test('takes the changes of both sides when they touch different things', () => {
    const mine = upsertPerson(BASE, { ...P1, department: 'Kämmerei' });
    const theirs = upsertPerson(setAssessmentLevel(BASE, { personId: P2.id, rater: 'external', competencyId: 'daten', level: 3, today: '2025-09-02' }), {
      ...P1,
      name: 'Anna Neu',
    });
    const { portfolio, conflicts } = mergePortfolios(BASE, mine, theirs);
    assert.deepEqual(conflicts, []);
    assert.deepEqual(person(portfolio, P1.id), { ...P1, department: 'Kämmerei', name: 'Anna Neu' });
    assert.equal(portfolio.assessments.length, BASE.assessments.length + 1);
    valid(portfolio);
  });

  test('a field both sides changed differently is a conflict; mine stays in the result', () => {
    const mine = upsertPerson(BASE, { ...P1, name: 'Mine' });
    const theirs = upsertPerson(BASE, { ...P1, name: 'Theirs', department: 'IT' });
    const { portfolio, conflicts } = mergePortfolios(BASE, mine, theirs);
    assert.deepEqual(conflicts, [{ code: 'changed-both', entity: 'person', id: P1.id, field: 'name', mine: 'Mine', theirs: 'Theirs', base: P1.name }]);
    assert.deepEqual(person(portfolio, P1.id), { ...P1, name: 'Mine', department: 'IT' });
  });

  test('the same change on both sides is no conflict', () => {
    const edited = upsertPerson(BASE, { ...P1, name: 'Gleich' });
    const { portfolio, conflicts } = mergePortfolios(BASE, edited, upsertPerson(BASE, { ...P1, name: 'Gleich' }));
    assert.deepEqual(conflicts, []);
    assert.equal(person(portfolio, P1.id)?.name, 'Gleich');
  });

  test('assessments join by id: each side’s new assessment is kept', () => {
    const rate = (doc: Portfolio, level: 0 | 1 | 2 | 3, rater: 'self' | 'external') =>
      setAssessmentLevel(doc, { personId: P1.id, rater, competencyId: 'daten', level, today: '2025-09-02' });
    const joined = mergePortfolios(BASE, rate(BASE, 3, 'self'), rate(BASE, 2, 'external'));
    assert.deepEqual(joined.conflicts, []);
    assert.equal(joined.portfolio.assessments.length, BASE.assessments.length + 2);
  });

  test('a removed record stays removed, unless the other side changed it', () => {
    const goal = BASE.goals.find((one) => one.personId === P1.id);
    assert.ok(goal);
    const withoutGoal: Portfolio = {
      ...BASE,
      goals: BASE.goals.filter((one) => one !== goal),
      plans: BASE.plans.map((plan) => ({ ...plan, items: plan.items.map(({ goalId, ...item }) => (goalId === goal.id ? item : { ...item, ...(goalId ? { goalId } : {}) })) })),
    };
    valid(withoutGoal);
    const untouched = mergePortfolios(BASE, withoutGoal, upsertPerson(BASE, { ...P2, name: 'Egal' }));
    assert.deepEqual(untouched.conflicts, []);
    assert.equal(untouched.portfolio.goals.some((one) => one.id === goal.id), false);

    const changed = upsertGoal(BASE, { ...goal, measure: 'Stellt das Ergebnis im Amt vor' });
    const { portfolio, conflicts } = mergePortfolios(BASE, withoutGoal, changed);
    assert.deepEqual(conflicts, [{ code: 'removed-changed', entity: 'goal', id: goal.id, theirs: changed.goals.find((one) => one.id === goal.id), base: goal }]);
    assert.equal(portfolio.goals.find((one) => one.id === goal.id)?.measure, 'Stellt das Ergebnis im Amt vor');
    valid(portfolio);
  });

  test('a person removed on one side stays removed with all their records when the other side did not touch them', () => {
    const { portfolio, conflicts } = mergePortfolios(BASE, removePerson(BASE, P1.id), upsertPerson(BASE, { ...P2, name: 'Anders' }));
    assert.deepEqual(conflicts, []);
    assert.equal(person(portfolio, P1.id), undefined);
    assert.equal([...portfolio.assessments, ...portfolio.goals, ...portfolio.plans].some((record) => record.personId === P1.id), false);
    valid(portfolio);
  });

  test('a person one side removed while the other added a record of theirs comes back whole, reported, without a dangling reference', () => {
    // Removed without an erasure record (a copy cut by hand): the other side's change brings them back.
    const cut: Portfolio = { ...BASE, people: BASE.people.filter((one) => one.id !== P1.id), assessments: BASE.assessments.filter((one) => one.personId !== P1.id), goals: BASE.goals.filter((one) => one.personId !== P1.id), plans: BASE.plans.filter((one) => one.personId !== P1.id) };
    const theirs = setAssessmentLevel(BASE, { personId: P1.id, rater: 'external', competencyId: 'daten', level: 3, today: '2025-09-02' });
    const { portfolio, conflicts } = mergePortfolios(BASE, cut, theirs);
    assert.deepEqual(conflicts, [{ code: 'removed-used', entity: 'person', id: P1.id, theirs: P1, base: P1 }]);
    const ofP1 = (doc: Portfolio) => [...doc.assessments, ...doc.goals, ...doc.plans].filter((record) => record.personId === P1.id);
    assert.deepEqual(ofP1(portfolio), ofP1(theirs));
    valid(portfolio);

    const renamed = mergePortfolios(BASE, upsertPerson(BASE, { ...P1, name: 'Umbenannt' }), cut);
    assert.deepEqual(renamed.conflicts, [{ code: 'removed-changed', entity: 'person', id: P1.id, mine: { ...P1, name: 'Umbenannt' }, base: P1 }]);
    valid(renamed.portfolio);
  });

  test('a person erased on one side (removePerson) stays erased, also when the other side changed them or added to their records: no conflict carries their data', () => {
    const theirs = setAssessmentLevel(upsertPerson(BASE, { ...P1, name: 'Umbenannt' }), { personId: P1.id, rater: 'external', competencyId: 'daten', level: 3, today: '2025-09-02' });
    for (const [mine, other] of [[removePerson(BASE, P1.id), theirs], [theirs, removePerson(BASE, P1.id)]]) {
      const { portfolio, conflicts } = mergePortfolios(BASE, mine, other);
      assert.deepEqual(conflicts, []);
      assert.equal(person(portfolio, P1.id), undefined);
      assert.equal([...portfolio.assessments, ...portfolio.goals, ...portfolio.plans].some((record) => record.personId === P1.id), false);
      assert.deepEqual(portfolio.erasedPeople, [P1.id]);
      valid(portfolio);
    }
  });

  test('plan items and reviews merge entry by entry', () => {
    const plan = planOf(BASE, P1.id);
    const [first, second] = plan.items;
    const mine = upsertPlan(BASE, { ...plan, items: plan.items.map((item) => (item === first ? { ...item, status: 'done' as const } : item)) });
    const review: Review = { id: 'r-extra', date: '2025-10-01', participants: ['Vorgesetzte*r'], final: false };
    const theirs = upsertPlan(BASE, {
      ...plan,
      items: plan.items.map((item) => (item === second ? { ...item, title: 'Verschoben' } : item)),
      reviews: [...plan.reviews, review],
    });
    const { portfolio, conflicts } = mergePortfolios(BASE, mine, theirs);
    assert.deepEqual(conflicts, []);
    const merged = planOf(portfolio, P1.id);
    assert.equal(merged.items[0].status, 'done');
    assert.equal(merged.items[1].title, 'Verschoben');
    assert.deepEqual(merged.reviews.at(-1), review);

    const clash = mergePortfolios(BASE, mine, upsertPlan(BASE, { ...plan, items: plan.items.map((item) => (item === first ? { ...item, status: 'dropped' as const } : item)) }));
    assert.deepEqual(
      clash.conflicts.map(({ code, entity, id, field, key }) => ({ code, entity, id, field, key })),
      [{ code: 'changed-both', entity: 'plan', id: plan.id, field: 'items', key: first.id }],
    );
    assert.equal(planOf(clash.portfolio, P1.id).items[0].status, 'done');
  });

  test('changes that are valid alone but not together keep my plan whole and report it', () => {
    const plan = planOf(BASE, P1.id);
    const final = (id: string): Review => ({ id, date: '2026-06-01', participants: [], final: true });
    const mine = upsertPlan(BASE, { ...plan, reviews: [...plan.reviews.filter((one) => !one.final), final('r-mine')] });
    const theirs = upsertPlan(BASE, { ...plan, reviews: [...plan.reviews.filter((one) => !one.final), final('r-theirs')] });
    const { portfolio, conflicts } = mergePortfolios(BASE, mine, theirs);
    assert.deepEqual(conflicts, [{ code: 'invalid-combined', entity: 'plan', id: plan.id, mine: planOf(mine, P1.id), theirs: planOf(theirs, P1.id), base: plan }]);
    assert.deepEqual(planOf(portfolio, P1.id), planOf(mine, P1.id));
    valid(portfolio);
  });

  test('a goal one side removed is restored when the other side starts using it in a plan', () => {
    const goal = BASE.goals.find((one) => one.personId === P1.id);
    assert.ok(goal);
    const plan = planOf(BASE, P1.id);
    const unlinked = { ...plan, items: plan.items.map(({ goalId, ...item }) => (goalId === goal.id ? item : { ...item, ...(goalId ? { goalId } : {}) })) };
    const base = upsertPlan(BASE, unlinked);
    const mine: Portfolio = { ...base, goals: base.goals.filter((one) => one.id !== goal.id) };
    const theirs = upsertPlan(base, { ...unlinked, items: unlinked.items.map((item, i) => (i === 0 ? { ...item, goalId: goal.id } : item)) });
    const { portfolio, conflicts } = mergePortfolios(base, mine, theirs);
    assert.deepEqual(conflicts, [{ code: 'removed-used', entity: 'goal', id: goal.id, theirs: goal, base: goal }]);
    assert.ok(portfolio.goals.some((one) => one.id === goal.id));
    valid(portfolio);
  });

  test('a plan that would name a goal the other side moved to someone else is kept whole, as the side whose goals fit', () => {
    const plan = planOf(BASE, P1.id);
    const linked = plan.items.find((item) => item.goalId !== undefined);
    assert.ok(linked?.goalId);
    const goal = BASE.goals.find((one) => one.id === linked.goalId);
    assert.ok(goal);
    const unlink = (one: Plan): Plan => ({ ...one, items: one.items.map(({ goalId, ...item }) => (goalId === goal.id ? item : { ...item, ...(goalId ? { goalId } : {}) })) });
    const mine: Portfolio = { ...BASE, goals: BASE.goals.map((one) => (one === goal ? { ...one, personId: P2.id } : one)), plans: BASE.plans.map((one) => (one === plan ? unlink(one) : one)) };
    valid(mine);
    const added = { ...linked, id: 'item-new', start: '2026-03-01', end: '2026-03-31' };
    const theirs = upsertPlan(BASE, { ...plan, items: [...plan.items, added] });
    const { portfolio, conflicts } = mergePortfolios(BASE, mine, theirs);
    assert.deepEqual(
      conflicts.map(({ code, entity, id }) => ({ code, entity, id })),
      [{ code: 'invalid-combined', entity: 'plan', id: plan.id }],
    );
    assert.deepEqual(planOf(portfolio, P1.id), planOf(mine, P1.id));
    valid(portfolio);
  });

  test('a record whose person neither side has (a broken input) is left out and reported', () => {
    const orphan = { ...BASE.assessments[0], id: 'a-orphan', personId: 'p-gone' };
    const mine: Portfolio = { ...BASE, assessments: [...BASE.assessments, orphan] };
    const { portfolio, conflicts } = mergePortfolios(BASE, mine, BASE);
    assert.deepEqual(conflicts, [{ code: 'unresolved-reference', entity: 'assessment', id: 'a-orphan', mine: orphan }]);
    valid(portfolio);
  });

  test('another catalogue on one side that does not fit the other side’s new ratings: the first side whose catalogue fits, reported', () => {
    const dropped = 'daten';
    const catalogue = { ...DEFAULT_CATALOGUE, competencies: DEFAULT_CATALOGUE.competencies.filter((one) => one.id !== dropped) };
    const roles = DEFAULT_ROLES.map((role) => ({ ...role, target: Object.fromEntries(Object.entries(role.target).filter(([id]) => id !== dropped)) }));
    const strip = <T extends { levels: Record<string, unknown>; notes?: Record<string, string> }>(record: T): T => ({
      ...record,
      levels: Object.fromEntries(Object.entries(record.levels).filter(([id]) => id !== dropped)),
      ...(record.notes ? { notes: Object.fromEntries(Object.entries(record.notes).filter(([id]) => id !== dropped)) } : {}),
    });
    const base: Portfolio = { ...emptyPortfolio(), people: [P1, P2], assessments: BASE.assessments.filter((one) => one.personId === P1.id || one.personId === P2.id).map(strip) };
    valid(base);
    const theirs: Portfolio = { ...base, catalogue, roles };
    valid(theirs);
    const fits = mergePortfolios(base, upsertPerson(base, { ...P2, name: 'Passt' }), theirs);
    assert.deepEqual(fits.conflicts, []);
    assert.deepEqual(fits.portfolio.catalogue, catalogue);

    const mine = setAssessmentLevel(base, { personId: P1.id, rater: 'self', competencyId: dropped, level: 2, today: '2025-09-02' });
    const { portfolio, conflicts } = mergePortfolios(base, mine, theirs);
    assert.deepEqual(
      conflicts.map(({ code, entity, field }) => ({ code, entity, field })),
      [
        { code: 'invalid-combined', entity: 'document', field: 'catalogue' },
        { code: 'invalid-combined', entity: 'document', field: 'roles' },
      ],
    );
    assert.equal(portfolio.catalogue, undefined);
    valid(portfolio);
  });

  test('leaves its inputs unchanged and shares the records that did not change', () => {
    const mine = deepFreeze(upsertPerson(BASE, { ...P1, name: 'Mine' }));
    const theirs = deepFreeze(upsertPerson(BASE, { ...P2, name: 'Theirs' }));
    const { portfolio } = mergePortfolios(BASE, mine, theirs);
    assert.equal(portfolio.assessments[0], BASE.assessments[0]);
    assert.equal(person(portfolio, P1.id), person(mine, P1.id));
  });
});

describe('mergePortfolios: one day’s assessment of a rater on both sides merges level by level', () => {
  const DAY = '2025-09-02';
  /** A person without assessments: their first assessment holds only the levels rated. */
  const FRESH = upsertPerson(BASE, { id: 'p-neu', name: 'Neu', roleId: 'cdo' });
  const rate = (doc: Portfolio, competencyId: string, level: 0 | 1 | 2 | 3, personId = 'p-neu', rater: 'self' | 'external' = 'self') =>
    setAssessmentLevel(doc, { personId, rater, competencyId, level, today: DAY });
  const levelsOf = (doc: Portfolio, id: string) => doc.assessments.find((one) => one.id === id)?.levels;
  const level = (id: string, key: string, mine: number, theirs: number, base?: number): MergeConflict => ({
    code: 'changed-both',
    entity: 'assessment',
    id,
    field: 'levels',
    key,
    mine,
    theirs,
    ...(base !== undefined ? { base } : {}),
  });
  const NEW = `p-neu.self.${DAY}`;

  test('two-way: a level only one side has is kept, the same level on both is no conflict', () => {
    const mine = rate(rate(FRESH, 'daten', 3), 'technik', 2);
    const theirs = rate(rate(FRESH, 'daten', 3), 'kommunikation', 1);
    const { portfolio, conflicts } = mergePortfolios(undefined, mine, theirs);
    assert.deepEqual(conflicts, []);
    assert.deepEqual(levelsOf(portfolio, NEW), { technik: 2, daten: 3, kommunikation: 1 });
    valid(portfolio);
  });

  test('two-way: a level the sides hold differently is a conflict keyed by the competency; mine stays, the other levels merge', () => {
    const mine = rate(rate(FRESH, 'daten', 3), 'technik', 2);
    const theirs = rate(rate(FRESH, 'daten', 0), 'kommunikation', 1);
    const { portfolio, conflicts } = mergePortfolios(undefined, mine, theirs);
    assert.deepEqual(conflicts, [level(NEW, 'daten', 3, 0)]);
    assert.deepEqual(levelsOf(portfolio, NEW), { technik: 2, daten: 3, kommunikation: 1 });
    valid(portfolio);
  });

  test('three-way: a level one side changed is taken; one both changed differently is a conflict with the base’s level', () => {
    const base = rate(FRESH, 'daten', 1);
    const taken = mergePortfolios(base, rate(base, 'technik', 2), rate(base, 'daten', 3));
    assert.deepEqual(taken.conflicts, []);
    assert.deepEqual(levelsOf(taken.portfolio, NEW), { technik: 2, daten: 3 });

    const { portfolio, conflicts } = mergePortfolios(base, rate(rate(base, 'daten', 2), 'technik', 2), rate(base, 'daten', 3));
    assert.deepEqual(conflicts, [level(NEW, 'daten', 2, 3, 1)]);
    assert.deepEqual(levelsOf(portfolio, NEW), { technik: 2, daten: 2 });
    valid(portfolio);
  });

  test('three-way, an assessment both sides made since the base starts with no levels: each side’s rating is kept, one both rated differently is a conflict without a base level', () => {
    const id = `${P1.id}.self.${DAY}`;
    const apart = mergePortfolios(BASE, rate(BASE, 'daten', 3, P1.id), rate(BASE, 'technik', 0, P1.id));
    assert.deepEqual(apart.conflicts, []);
    assert.deepEqual(levelsOf(apart.portfolio, id), { technik: 0, daten: 3 });

    const again = mergePortfolios(BASE, rate(BASE, 'daten', 3, P1.id), rate(rate(BASE, 'technik', 0, P1.id), 'technik', 1, P1.id));
    assert.deepEqual(again.conflicts, []);
    assert.deepEqual(levelsOf(again.portfolio, id), { technik: 1, daten: 3 });

    const clash = mergePortfolios(BASE, rate(BASE, 'daten', 3, P1.id), rate(BASE, 'daten', 2, P1.id));
    assert.deepEqual(clash.conflicts, [level(id, 'daten', 3, 2)]);
    const external = mergePortfolios(BASE, rate(BASE, 'daten', 3, P1.id, 'external'), rate(BASE, 'daten', 2, P1.id, 'external'));
    assert.deepEqual(external.conflicts, [level(`${P1.id}.external.${DAY}`, 'daten', 3, 2)]);
    valid(clash.portfolio);
    valid(external.portfolio);
  });

  test('an assessment that differs in more than its levels (notes, rater role, date) stays one conflict as a whole', () => {
    const edit = (doc: Portfolio, id: string, patch: Partial<Assessment>): Portfolio => ({ ...doc, assessments: doc.assessments.map((one) => (one.id === id ? { ...one, ...patch } : one)) });
    const id = `${P1.id}.external.${DAY}`;
    const theirs = rate(BASE, 'technik', 0, P1.id, 'external');
    for (const patch of [{ notes: { daten: 'Im Kurs gezeigt' } }, { raterRole: 'Amtsleitung' }, { date: '2025-09-03' }]) {
      const mine = edit(rate(BASE, 'daten', 3, P1.id, 'external'), id, patch);
      valid(mine);
      for (const base of [BASE, undefined]) {
        const { portfolio, conflicts } = mergePortfolios(base, mine, theirs);
        const whole = (doc: Portfolio) => doc.assessments.find((one) => one.id === id);
        assert.deepEqual(conflicts, [{ code: 'changed-both', entity: 'assessment', id, mine: whole(mine), theirs: whole(theirs) }], JSON.stringify(patch));
        assert.deepEqual(whole(portfolio), whole(mine));
      }
    }
  });

  test('a person erased on one side drops out with their assessments, without a conflict about their levels', () => {
    const theirs = rate(BASE, 'daten', 2, P1.id);
    for (const base of [BASE, undefined]) {
      for (const [mine, other] of [[removePerson(rate(BASE, 'daten', 3, P1.id), P1.id), theirs], [theirs, removePerson(rate(BASE, 'daten', 3, P1.id), P1.id)]]) {
        const { portfolio, conflicts } = mergePortfolios(base, mine, other);
        assert.deepEqual(conflicts, []);
        assert.equal(portfolio.assessments.some((one) => one.personId === P1.id), false);
        assert.deepEqual(portfolio.erasedPeople, [P1.id]);
        valid(portfolio);
      }
    }
  });

  test('levels that would not fit the merged catalogue (the sides have different ones) leave the assessment one conflict as a whole', () => {
    const dropped = 'daten';
    const catalogue = { ...DEFAULT_CATALOGUE, competencies: DEFAULT_CATALOGUE.competencies.filter((one) => one.id !== dropped) };
    const roles = DEFAULT_ROLES.map((role) => ({ ...role, target: Object.fromEntries(Object.entries(role.target).filter(([id]) => id !== dropped)) }));
    const start: Portfolio = { ...emptyPortfolio(), people: [{ id: 'p-neu', name: 'Neu', roleId: 'cdo' }] };
    const mine = rate({ ...start, catalogue, roles }, 'technik', 2);
    const theirs = rate(start, dropped, 3);
    const { portfolio, conflicts } = mergePortfolios(undefined, mine, theirs);
    assert.deepEqual(
      conflicts.map(({ entity, field }) => [entity, field]),
      [
        ['document', 'catalogue'],
        ['document', 'roles'],
        ['assessment', undefined],
      ],
    );
    assert.deepEqual(portfolio.catalogue, catalogue);
    assert.deepEqual(levelsOf(portfolio, NEW), { technik: 2 });
    valid(portfolio);
  });
});

describe('mergePortfolios (two-way, no base)', () => {
  test('keeps what only one side has and reports every field that differs', () => {
    const withoutP2: Portfolio = { ...BASE, people: BASE.people.filter((one) => one.id !== P2.id), assessments: BASE.assessments.filter((one) => one.personId !== P2.id), goals: BASE.goals.filter((one) => one.personId !== P2.id), plans: BASE.plans.filter((one) => one.personId !== P2.id) };
    const mine = upsertPerson(withoutP2, { ...P1, name: 'Mine' });
    const theirs = setAssessmentLevel(BASE, { personId: P1.id, rater: 'external', competencyId: 'daten', level: 3, today: '2025-09-02' });
    const { portfolio, conflicts } = mergePortfolios(undefined, mine, theirs);
    assert.deepEqual(conflicts, [{ code: 'changed-both', entity: 'person', id: P1.id, field: 'name', mine: 'Mine', theirs: P1.name }]);
    assert.ok(person(portfolio, P2.id), 'a person only one side has is kept: without a base a removal looks like an addition');
    assert.equal(portfolio.assessments.length, BASE.assessments.length + 1);
    valid(portfolio);
  });

  test('an older copy (a file a line manager kept) does not bring back a person erased since, and the erasures of both sides are kept', () => {
    const erased = removePerson(BASE, P1.id);
    const older = setAssessmentLevel(BASE, { personId: P1.id, rater: 'external', competencyId: 'daten', level: 2, today: '2025-09-03' });
    const elsewhere = { ...older, erasedPeople: ['p-gone'] };
    for (const [mine, theirs] of [[erased, elsewhere], [elsewhere, erased]]) {
      const { portfolio, conflicts } = mergePortfolios(undefined, mine, theirs);
      assert.deepEqual(conflicts, []);
      assert.equal(person(portfolio, P1.id), undefined);
      assert.equal(portfolio.assessments.some((record) => record.personId === P1.id), false);
      assert.deepEqual([...portfolio.erasedPeople!].sort(), [P1.id, 'p-gone'].sort());
      valid(portfolio);
    }
  });

  test('a file of another person adds to the portfolio without conflicts', () => {
    const stranger = generatePortfolio({ seed: 8, people: 2, today: '2025-09-01' });
    const renamed: Portfolio = JSON.parse(JSON.stringify(stranger).replaceAll('p-0001', 'x-0001').replaceAll('p-0002', 'x-0002').replaceAll('-0001', '-x001').replaceAll('-0002', '-x002'));
    valid(renamed);
    const { portfolio, conflicts } = mergePortfolios(undefined, BASE, renamed);
    assert.deepEqual(conflicts, []);
    assert.equal(portfolio.people.length, BASE.people.length + 2);
    valid(portfolio);
  });
});

describe('mergePortfolios: bad input', () => {
  test('throws a KompetenzradError that names each problem', () => {
    const broken = { ...BASE, people: 'none', goals: [BASE.goals[0], BASE.goals[0]] } as unknown as Portfolio;
    assert.throws(
      () => mergePortfolios(BASE, broken, { ...BASE, version: 0 }),
      (error: unknown) =>
        error instanceof KompetenzradError &&
        JSON.stringify(error.issues.map(({ path, code }) => ({ path, code }))) ===
          JSON.stringify([
            { path: '$mine.people', code: 'type' },
            { path: '$mine.goals[1].id', code: 'duplicate-id' },
            { path: '$theirs.version', code: 'version' },
          ]),
    );
    assert.throws(() => mergePortfolios(undefined, null as unknown as Portfolio, BASE), KompetenzradError);
  });

  test('refuses a result beyond the document limits', () => {
    const many = (prefix: string): Portfolio => ({
      ...emptyPortfolio(),
      people: Array.from({ length: 10_001 }, (_, i) => ({ id: `${prefix}${i}`, name: 'N', roleId: 'cdo' })),
    });
    assert.throws(
      () => mergePortfolios(undefined, many('a'), many('b')),
      (error: unknown) => error instanceof KompetenzradError && error.issues[0].path === '$.people' && error.issues[0].code === 'too-many',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const index = fc.nat({ max: 1000 });
const tag = fc.constantFrom('a', 'b');
const rating = (person: fc.Arbitrary<number>, day: fc.Arbitrary<number>) =>
  fc.record({ kind: fc.constant('rate' as const), person, rater: fc.constantFrom('self' as const, 'external' as const), competency: index, level: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const), day });
const change: fc.Arbitrary<PortfolioChange> = fc.oneof(
  { weight: 4, arbitrary: rating(index, fc.nat({ max: 2 })) },
  // Ratings of the first two people on one day: both sides then often rate in the same assessment.
  { weight: 3, arbitrary: rating(fc.nat({ max: 1 }), fc.constant(1)) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('edit-person' as const), person: index, field: fc.constantFrom('name' as const, 'department' as const, 'capacityHoursPerMonth' as const), value: fc.nat({ max: 3 }) }) },
  fc.record({ kind: fc.constant('add-person' as const), tag, value: fc.nat({ max: 3 }) }),
  fc.record({ kind: fc.constant('remove-person' as const), person: index }),
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('edit-goal' as const), goal: index, field: fc.constantFrom('measure' as const, 'status' as const, 'due' as const, 'hours' as const, 'notes' as const), value: fc.nat({ max: 40 }) }) },
  fc.record({ kind: fc.constant('add-goal' as const), person: index, tag, value: fc.nat({ max: 3 }) }),
  fc.record({ kind: fc.constant('remove-goal' as const), goal: index }),
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('edit-plan' as const),
      plan: index,
      edit: fc.constantFrom('item-status' as const, 'move-item' as const, 'remove-item' as const, 'add-review' as const, 'plan-status' as const),
      item: index,
      value: fc.nat({ max: 90 }),
    }),
  },
);
const changes = fc.array(change, { maxLength: 8 });
const seed = fc.nat({ max: 50 });
const samples = new Map<number, Portfolio>();
function sample(n: number): Portfolio {
  let doc = samples.get(n);
  if (!doc) {
    doc = deepFreeze(generatePortfolio({ seed: n, people: 5, today: '2025-09-01' }));
    samples.set(n, doc);
  }
  return doc;
}

/** Checks a property of merging two random edits of a sample, three-way (`withBase`) or two-way. */
function mergeProperty(check: (sides: { base: Portfolio; mine: Portfolio; other: Portfolio; withBase: boolean }) => void): void {
  fc.assert(
    fc.property(seed, changes, changes, fc.boolean(), (n, ours, theirs, withBase) => {
      const base = sample(n);
      check({ base, mine: applyChanges(base, ours), other: applyChanges(base, theirs), withBase });
    }),
    { numRuns: 150 },
  );
}

/** The document with every list (and every plan's items and reviews) in id order: equal up to order. */
function canonical(doc: Portfolio): Portfolio {
  const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    ...doc,
    people: byId(doc.people),
    assessments: byId(doc.assessments),
    goals: byId(doc.goals),
    plans: byId(doc.plans).map((plan) => ({ ...plan, items: byId(plan.items), reviews: byId(plan.reviews) })),
  };
}

function mirrored(conflicts: readonly MergeConflict[]): MergeConflict[] {
  return conflicts.map(({ mine, theirs, ...rest }) => ({ ...rest, ...(theirs !== undefined ? { mine: theirs } : {}), ...(mine !== undefined ? { theirs: mine } : {}) }));
}

const sortConflicts = (list: readonly MergeConflict[]) =>
  list.map(({ code, entity, id, field, key, mine, theirs, base }) => JSON.stringify([code, entity, id, field, key, mine, theirs, base])).sort();

describe('mergePortfolios: properties', () => {
  test('merging with yourself changes nothing', () => {
    fc.assert(
      fc.property(seed, changes, changes, (n, ours, theirs) => {
        const base = sample(n);
        const mine = applyChanges(base, ours);
        const other = applyChanges(base, theirs);
        for (const [b, m, t, expected] of [
          [mine, mine, mine, mine],
          [undefined, mine, mine, mine],
          [base, mine, base, mine],
          [base, base, other, other],
        ] as const) {
          const result = mergePortfolios(b, m, t);
          assert.deepEqual(result.conflicts, []);
          assert.deepEqual(result.portfolio, expected);
        }
      }),
      { numRuns: 60 },
    );
  });

  test('the result is always a valid portfolio, three-way and two-way', () => {
    fc.assert(
      fc.property(seed, changes, changes, (n, ours, theirs) => {
        const base = sample(n);
        const mine = applyChanges(base, ours);
        const other = applyChanges(base, theirs);
        valid(mergePortfolios(base, mine, other).portfolio);
        valid(mergePortfolios(undefined, mine, other).portfolio);
      }),
      { numRuns: 150 },
    );
  });

  test('unrelated changes merge without conflicts, in either order to the same document', () => {
    fc.assert(
      fc.property(seed, changes, changes, (n, ours, theirs) => {
        const base = sample(n);
        const half = new Set(base.people.filter((_, i) => i % 2 === 0).map((one) => one.id));
        const mine = applyChanges(base, ours.map((one) => ('tag' in one ? { ...one, tag: 'm' } : one)), (id) => half.has(id) || id.startsWith('m-'));
        const other = applyChanges(base, theirs.map((one) => ('tag' in one ? { ...one, tag: 't' } : one)), (id) => (!half.has(id) && !id.startsWith('m-')) || id.startsWith('t-'));
        const there = mergePortfolios(base, mine, other);
        const back = mergePortfolios(base, other, mine);
        assert.deepEqual(there.conflicts, []);
        assert.deepEqual(back.conflicts, []);
        assert.deepEqual(canonical(there.portfolio), canonical(back.portfolio));
      }),
      { numRuns: 100 },
    );
  });

  // Where both sides changed the same thing, mine stays; what follows from that choice (a goal
  // restored because my version of a plan item names it, a plan that only together breaks a rule)
  // may differ with the sides swapped. The conflicts about the changes themselves do not.
  test('swapping the sides mirrors the conflicts about the changes', () => {
    const direct = (list: readonly MergeConflict[]) =>
      list.filter((one) => one.code === 'changed-both' || one.code === 'removed-changed' || (one.code === 'removed-used' && one.entity === 'person'));
    mergeProperty(({ base, mine, other, withBase }) => {
      const b = withBase ? base : undefined;
      const there = mergePortfolios(b, mine, other).conflicts;
      const back = mergePortfolios(b, other, mine).conflicts;
      assert.deepEqual(sortConflicts(direct(there)), sortConflicts(mirrored(direct(back))));
    });
  });

  // A level of an assessment counts as one field: changed when it differs from where both sides
  // started (the base's assessment; one made since started with no levels).
  test('no change is lost: every field and level a side changed is in the result, or in a conflict (a level’s own, or its record’s), or its person was erased', () => {
    const lists = [
      ['person', 'people'],
      ['assessment', 'assessments'],
      ['goal', 'goals'],
      ['plan', 'plans'],
    ] as const;
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    mergeProperty(({ base, mine, other, withBase }) => {
      const { portfolio, conflicts } = mergePortfolios(withBase ? base : undefined, mine, other);
      const reported = new Set(conflicts.map((one) => (one.field === 'levels' ? `${one.entity} ${one.id} levels ${one.key}` : `${one.entity} ${one.id}`)));
      const erased = new Set(portfolio.erasedPeople);
      for (const side of [mine, other]) {
        for (const [entity, key] of lists) {
          const before = new Map<string, Record<string, unknown>>(withBase ? base[key].map((one) => [one.id, { ...one }]) : []);
          const after = new Map<string, Record<string, unknown>>(portfolio[key].map((one) => [one.id, { ...one }]));
          for (const record of side[key] as readonly { id: string }[]) {
            if (reported.has(`${entity} ${record.id}`)) continue;
            if (erased.has(entity === 'person' ? record.id : (record as unknown as { personId: string }).personId)) continue;
            const was = before.get(record.id);
            const now = after.get(record.id);
            for (const [field, value] of Object.entries(record)) {
              if (field === 'items' || field === 'reviews') {
                const entries = new Map((now?.[field] as { id: string }[] | undefined)?.map((entry) => [entry.id, entry]));
                const old = new Map((was?.[field] as { id: string }[] | undefined)?.map((entry) => [entry.id, entry]));
                for (const entry of value as unknown as { id: string }[]) {
                  if (!same(entry, old.get(entry.id))) assert.ok(same(entry, entries.get(entry.id)), `${entity} ${record.id} ${field} ${entry.id}`);
                }
              } else if (entity === 'assessment' && field === 'levels') {
                const started = (was?.levels ?? {}) as Record<string, unknown>;
                const merged = now?.levels as Record<string, unknown> | undefined;
                for (const [competency, level] of Object.entries(value as unknown as Record<string, unknown>)) {
                  if (level === started[competency] || reported.has(`${entity} ${record.id} levels ${competency}`)) continue;
                  assert.equal(merged?.[competency], level, `${entity} ${record.id} levels ${competency}`);
                }
              } else if (!same(value, was?.[field])) {
                assert.ok(same(value, now?.[field]), `${entity} ${record.id} ${field}`);
              }
            }
          }
        }
      }
    });
  });

  // The generated edits rate through setAssessmentLevel only, so two sides' versions of one
  // assessment differ in nothing but their levels.
  test('one day’s ratings on both sides conflict only level by level: each assessment conflict names a level the sides hold differently, and the result holds mine', () => {
    mergeProperty(({ base, mine, other, withBase }) => {
      const { portfolio, conflicts } = mergePortfolios(withBase ? base : undefined, mine, other);
      const levels = (doc: Portfolio, id: string | undefined) => doc.assessments.find((one) => one.id === id)?.levels;
      for (const conflict of conflicts.filter((one) => one.entity === 'assessment' && one.code === 'changed-both')) {
        assert.equal(conflict.field, 'levels', JSON.stringify(conflict));
        const key = conflict.key as string;
        assert.equal(conflict.mine, levels(mine, conflict.id)?.[key]);
        assert.equal(conflict.theirs, levels(other, conflict.id)?.[key]);
        assert.notEqual(conflict.mine, conflict.theirs);
        assert.equal(levels(portfolio, conflict.id)?.[key], conflict.mine);
      }
    });
  });

  test('no assessment is lost: each is in the result or in a conflict, unless the other side removed it unchanged or its person was erased', () => {
    mergeProperty(({ base, mine, other, withBase }) => {
      const { portfolio, conflicts } = mergePortfolios(withBase ? base : undefined, mine, other);
      const kept = new Set(portfolio.assessments.map((one) => one.id));
      const reported = new Set(conflicts.filter((one) => one.entity === 'assessment').map((one) => one.id));
      const baseIds = new Map(base.assessments.map((one) => [one.id, JSON.stringify(one)]));
      const erased = new Set(portfolio.erasedPeople);
      for (const [side, otherSide] of [
        [mine, other],
        [other, mine],
      ]) {
        const otherIds = new Set(otherSide.assessments.map((one) => one.id));
        for (const assessment of side.assessments) {
          const removedUnchanged = withBase && !otherIds.has(assessment.id) && baseIds.get(assessment.id) === JSON.stringify(assessment);
          assert.ok(kept.has(assessment.id) || reported.has(assessment.id) || removedUnchanged || erased.has(assessment.personId), assessment.id);
        }
      }
    });
  });
});

test('mergePortfolios keeps an installation id once set, and copies that each made one settle on the same', () => {
  const base = BASE;
  const kept = { ...base, installationId: 'inst-kept' };
  // Set once: the base's id stays, whatever a side made since.
  assert.equal(mergePortfolios(kept, kept, { ...kept, installationId: 'inst-new' }).portfolio.installationId, 'inst-kept');
  assert.equal(mergePortfolios(kept, { ...kept, installationId: 'inst-new' }, kept).portfolio.installationId, 'inst-kept');
  // Both sides made one since the base: both tabs end with the same one, whichever merges.
  const mine = { ...base, installationId: 'inst-b' };
  const theirs = { ...base, installationId: 'inst-a' };
  assert.equal(mergePortfolios(base, mine, theirs).portfolio.installationId, 'inst-a');
  assert.equal(mergePortfolios(base, theirs, mine).portfolio.installationId, 'inst-a');
  // One side made one: it is taken.
  assert.equal(mergePortfolios(base, base, theirs).portfolio.installationId, 'inst-a');
  assert.equal(mergePortfolios(base, mine, base).portfolio.installationId, 'inst-b');
  // Two-way (an imported file): this copy keeps its own.
  assert.equal(mergePortfolios(undefined, mine, theirs).portfolio.installationId, 'inst-b');
  assert.equal(mergePortfolios(undefined, base, theirs).portfolio.installationId, 'inst-a');
});
