import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DEMO_SAMPLE_OPTIONS, generatePortfolio, mulberry32, SAMPLE_DEPARTMENTS, SAMPLE_PLANNED_PEOPLE } from '../../src/domain/sample.ts';
import { parsePortfolio, validatePortfolio } from '../../src/domain/portfolio.ts';
import { checkSmartGoal } from '../../src/domain/goals.ts';
import { currentProfile } from '../../src/domain/assessments.ts';
import { ROLE_IDS } from '../../src/domain/roles.ts';
import { KompetenzradError } from '../../src/domain/errors.ts';

describe('mulberry32', () => {
  test('is deterministic, in [0, 1) and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 1000 }, () => a());
    assert.deepEqual(first, Array.from({ length: 1000 }, () => b()));
    assert.ok(first.every((x) => x >= 0 && x < 1));
    assert.notDeepEqual(first.slice(0, 5), Array.from({ length: 5 }, mulberry32(43)));
    const mean = first.reduce((sum, x) => sum + x, 0) / first.length;
    assert.ok(Math.abs(mean - 0.5) < 0.05, `mean ${mean}`);
  });
});

describe('generatePortfolio', () => {
  const options = { seed: 11, people: 40, today: '2025-04-01' };
  const doc = generatePortfolio(options);

  test('same options, same document; another seed, another document', () => {
    assert.deepEqual(generatePortfolio(options), doc);
    assert.notDeepEqual(generatePortfolio({ ...options, seed: 12 }).people, doc.people);
  });

  test('is a valid portfolio', () => {
    const result = validatePortfolio(doc);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors.slice(0, 5)));
  });

  test('people over all five roles and the departments of a Landkreis', () => {
    assert.equal(doc.people.length, 40);
    assert.deepEqual(new Set(doc.people.map((p) => p.roleId)), new Set(ROLE_IDS));
    assert.ok(doc.people.every((p) => p.department && SAMPLE_DEPARTMENTS.includes(p.department)));
    assert.ok(new Set(doc.people.map((p) => p.department)).size >= 4);
    assert.ok(doc.people.some((p) => /[äöüßÄÖÜşı]/.test(p.name)), 'German names with umlauts');
  });

  test('a self and an external assessment per person, the self one first; dates before today', () => {
    for (const person of doc.people) {
      const own = doc.assessments.filter((a) => a.personId === person.id);
      const self = own.filter((a) => a.rater === 'self');
      const external = own.filter((a) => a.rater === 'external');
      assert.equal(external.length, 1);
      assert.ok(self.length >= 1);
      assert.ok(self.every((a) => a.date < external[0].date));
      assert.ok(own.every((a) => a.date < options.today));
    }
    assert.ok(doc.assessments.some((a) => a.notes && Object.keys(a.notes).length > 0), 'some notes');
  });

  test('goals for the top gaps pass the SMART check, and each planned person has a plan', () => {
    assert.ok(doc.goals.length > 0);
    for (const goal of doc.goals) {
      const person = doc.people.find((p) => p.id === goal.personId)!;
      const current = currentProfile(doc.assessments, person.id).profile;
      const check = checkSmartGoal(goal, { current, capacityHoursPerMonth: person.capacityHoursPerMonth, today: options.today });
      const problems = Object.values(check.criteria).flatMap((c) => c.findings.filter((f) => f.severity === 'problem').map((f) => f.code));
      assert.ok(check.ok, `${goal.id}: ${problems.join(', ')}`);
    }
    assert.equal(doc.plans.length, doc.people.length);
    assert.ok(doc.plans.every((plan) => plan.items.length > 0 && plan.reviews.some((review) => review.final)));
    assert.ok(doc.plans.every((plan) => plan.items.every((item) => item.goalId === undefined || doc.goals.some((g) => g.id === item.goalId))));
  });

  test(`beyond ${SAMPLE_PLANNED_PEOPLE} people only assessments are generated`, () => {
    const large = generatePortfolio({ seed: 5, people: SAMPLE_PLANNED_PEOPLE + 20, today: '2025-04-01' });
    assert.equal(large.plans.length, SAMPLE_PLANNED_PEOPLE);
    assert.ok(large.goals.every((goal) => Number(goal.personId.slice(2)) <= SAMPLE_PLANNED_PEOPLE));
    assert.equal(new Set(large.assessments.map((a) => a.personId)).size, SAMPLE_PLANNED_PEOPLE + 20);
  });

  test('an empty sample is valid too', () => {
    assert.ok(validatePortfolio(generatePortfolio({ seed: 1, people: 0, today: '2025-01-01' })).ok);
  });

  test('reports bad options', () => {
    assert.throws(
      () => generatePortfolio({ seed: -1, people: 20_001, today: '2025-02-30', departments: [] }),
      (error: KompetenzradError) =>
        JSON.stringify(error.issues.map((issue) => issue.path)) === JSON.stringify(['$.seed', '$.people', '$.today', '$.departments']),
    );
  });

  test('custom departments', () => {
    const custom = generatePortfolio({ seed: 2, people: 10, today: '2025-01-01', departments: ['Amt für Digitales'] });
    assert.ok(custom.people.every((p) => p.department === 'Amt für Digitales' || p.roleId === 'cio'));
  });
});

describe('demo/data/sample-portfolio.json', () => {
  const text = readFileSync(new URL('../../demo/data/sample-portfolio.json', import.meta.url), 'utf8');

  test('parses as a valid portfolio of about a dozen people', () => {
    const result = parsePortfolio(text);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors.slice(0, 5)));
    assert.equal(result.value.people.length, 12);
  });

  test('equals generatePortfolio with the documented options (npm run sample -- 12 --out …)', () => {
    const result = parsePortfolio(text);
    assert.ok(result.ok);
    assert.deepEqual(result.value, generatePortfolio(DEMO_SAMPLE_OPTIONS));
  });
});
