import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ratingsInUse, ratingsReader } from '../../src/domain/aggregate-ratings.ts';
import { assessmentFits } from '../../src/domain/assessment-validation.ts';
import { Issues } from '../../src/domain/validate.ts';
import { ACTUAL_RULES, currentProfile } from '../../src/domain/assessments.ts';
import { DEFAULT_CATALOGUE, indexCatalogue } from '../../src/domain/catalogue.ts';
import { generatePortfolio } from '../../src/domain/sample.ts';
import type { Assessment, Level, Profile } from '../../src/domain/types.ts';

describe('ratingsInUse as a batch currentProfile (the team matrix reads everyone this way)', () => {
  const generated = generatePortfolio({ seed: 7, people: 300, today: '2025-09-01' });
  const index = indexCatalogue(DEFAULT_CATALOGUE);
  const ids = index.competencyIds;
  // What the rules disagree on: later partial self ratings, same-day ratings by both raters
  // (in either list order), and people rated by only one rater.
  const partial = (from: number, count: number, level: number): Profile =>
    Object.fromEntries(ids.slice(from, from + count).map((id, k) => [id, ((level + k) % 4) as Level]));
  const extra: Assessment[] = [];
  generated.people.forEach((person, n) => {
    const add = (rater: 'self' | 'external', date: string, levels: Profile) =>
      extra.push({ id: `x-${n}-${extra.length}`, personId: person.id, rater, date, levels });
    if (n % 3 === 0) add('self', '2025-10-01', partial(n % 20, 4, n));
    if (n % 5 === 0) {
      add('external', '2025-10-02', partial(2, 6, n + 1));
      add('self', '2025-10-02', partial(4, 6, n + 2));
    }
    if (n % 7 === 0) add('self', '2025-10-03', partial(0, 3, n + 3));
    if (n % 11 === 0) add('external', '2024-01-01', partial(10, 5, n + 1));
  });
  const newcomers = ['nobody-rated', 'only-self', 'only-external'].map((id) => ({ ...generated.people[0], id }));
  extra.push({ id: 'y-1', personId: 'only-self', rater: 'self', date: '2025-03-01', levels: partial(0, 10, 1) });
  extra.push({ id: 'y-2', personId: 'only-external', rater: 'external', date: '2025-03-01', levels: partial(5, 10, 2) });
  const portfolio = { ...generated, assessments: [...generated.assessments, ...extra], people: [...generated.people, ...newcomers] };
  const rowOf = new Map(portfolio.people.map((person, row) => [person.id, row]));
  const rated = new Set(portfolio.assessments.map((assessment) => assessment.personId));

  for (const rule of ACTUAL_RULES) {
    test(`${rule}: the same profile and "assessed" as currentProfile for every person`, () => {
      const ratings = ratingsInUse({ index, assessments: portfolio.assessments, rowOf, rows: portfolio.people.length, rule });
      let levels = 0;
      portfolio.people.forEach((person, row) => {
        const expected = currentProfile(portfolio.assessments, person.id, rule).profile;
        const actual: Record<string, number> = {};
        index.competencyIds.forEach((id, c) => {
          const level = ratings.level[row * index.competencyIds.length + c];
          if (level >= 0) actual[id] = level;
        });
        assert.deepEqual(actual, { ...expected }, `${person.id} under ${rule}`);
        assert.equal(ratings.assessed[row], rated.has(person.id) ? 1 : 0);
        levels += Object.keys(actual).length;
      });
      assert.ok(levels > 0);
    });
  }

  test('levels kept while checking (assessmentFits) read the same as levels read from the objects', () => {
    const width = ids.length;
    const { assessments } = portfolio;
    const kept = new Int8Array(assessments.length * width);
    assessments.forEach((assessment, k) => assert.ok(assessmentFits(assessment, index, kept, k * width), assessment.id));
    for (const rule of ACTUAL_RULES) {
      const fromObjects = ratingsReader(index, assessments.length, rule, '2025-06-01');
      const fromKept = ratingsReader(index, assessments.length, rule, '2025-06-01');
      const issues = new Issues();
      assessments.forEach((assessment, k) => {
        const record = assessment as unknown as Record<string, unknown>;
        assert.ok(fromObjects.record(k, record, issues) && fromKept.record(k, record, issues));
      });
      for (const person of portfolio.people) {
        fromObjects.begin();
        fromKept.begin();
        assessments.forEach((assessment, k) => {
          if (assessment.personId !== person.id) return;
          fromObjects.read(k, assessment, issues);
          fromKept.readKept(k, assessment, kept, k * width);
        });
        const read = (reader: typeof fromKept) => ids.map((_, c) => [reader.level(c), reader.previous(c)]);
        assert.deepEqual(read(fromKept), read(fromObjects), `${person.id} under ${rule}`);
        const levels = new Int8Array(width);
        const previous = new Int8Array(width);
        fromObjects.levelsInto(levels, 0);
        fromObjects.previousInto(previous, 0);
        assert.deepEqual(ids.map((_, c) => [levels[c], previous[c]]), read(fromObjects), `${person.id} under ${rule}, all at once`);
      }
      assert.ok(issues.ok);
    }
  });

  test('the rules give different profiles on this portfolio (so the comparison means something)', () => {
    const profiles = ACTUAL_RULES.map((rule) => JSON.stringify(ratingsInUse({ index, assessments: portfolio.assessments, rowOf, rows: portfolio.people.length, rule }).level));
    assert.equal(new Set(profiles).size, ACTUAL_RULES.length);
  });
});

