import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ACTUAL_RULES,
  assessmentHistory,
  currentProfile,
  dueForRefresh,
  validateAssessment,
  validatePerson,
  type ActualRule,
} from '../../src/domain/assessments.ts';
import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue.ts';
import { analyzeGaps } from '../../src/domain/gaps.ts';
import { KompetenzradError, type ValidationIssue } from '../../src/domain/errors.ts';
import type { Assessment, Profile } from '../../src/domain/types.ts';
import { FULL_ASSESSMENT } from '../fixtures/assessment.ts';

const pathsAndCodes = (issues: ValidationIssue[]) => issues.map(({ path, code }) => ({ path, code }));

function assessment(id: string, rater: 'self' | 'external', date: string, levels: Profile, personId = 'anna'): Assessment {
  return { id, personId, rater, date, levels };
}

describe('validatePerson', () => {
  test('accepts a minimal and a full person', () => {
    assert.deepEqual(validatePerson({ id: 'p1', name: 'Anna', roleId: 'cdo' }), []);
    assert.deepEqual(
      validatePerson({ id: 'p1', name: 'Anna', roleId: 'cdo', department: 'Amt 10', capacityHoursPerMonth: 200, budget: 0 }),
      [],
    );
  });

  test('reports every bad field with its path and code', () => {
    const person = { id: '', name: 'x'.repeat(201), roleId: 'CDO!', department: 3, capacityHoursPerMonth: 201, budget: -1, age: 40 };
    assert.deepEqual(pathsAndCodes(validatePerson(person, '$.people[0]')), [
      { path: '$.people[0].age', code: 'unknown-key' },
      { path: '$.people[0].id', code: 'id' },
      { path: '$.people[0].name', code: 'too-long' },
      { path: '$.people[0].roleId', code: 'id' },
      { path: '$.people[0].department', code: 'type' },
      { path: '$.people[0].capacityHoursPerMonth', code: 'range' },
      { path: '$.people[0].budget', code: 'range' },
    ]);
  });

  test('rejects an empty name, a negative capacity, a string budget, __proto__ and non-objects', () => {
    assert.deepEqual(pathsAndCodes(validatePerson({ id: 'p', name: '', roleId: 'cdo' })), [{ path: '$.name', code: 'empty' }]);
    assert.deepEqual(pathsAndCodes(validatePerson({ id: 'p', name: 'A', roleId: 'cdo', capacityHoursPerMonth: -1 })), [
      { path: '$.capacityHoursPerMonth', code: 'range' },
    ]);
    assert.deepEqual(pathsAndCodes(validatePerson({ id: 'p', name: 'A', roleId: 'cdo', budget: '100' })), [{ path: '$.budget', code: 'type' }]);
    assert.deepEqual(pathsAndCodes(validatePerson(JSON.parse('{"__proto__": 1}'))), [{ path: '$.__proto__', code: 'forbidden-key' }]);
    assert.deepEqual(pathsAndCodes(validatePerson(null)), [{ path: '$', code: 'type' }]);
  });

  test('checks the role against known role ids when they are given', () => {
    assert.deepEqual(pathsAndCodes(validatePerson({ id: 'p', name: 'A', roleId: 'hausmeister' }, '$', ['cdo', 'cio'])), [
      { path: '$.roleId', code: 'unknown-role' },
    ]);
    assert.deepEqual(validatePerson({ id: 'p', name: 'A', roleId: 'cio' }, '$', ['cdo', 'cio']), []);
  });
});

describe('validateAssessment', () => {
  const valid = FULL_ASSESSMENT;

  test('accepts a complete assessment', () => {
    assert.deepEqual(validateAssessment(valid, DEFAULT_CATALOGUE), []);
    assert.deepEqual(validateAssessment({ id: 'a', personId: 'p', rater: 'self', date: '2025-01-01', levels: {} }, DEFAULT_CATALOGUE), []);
  });

  test('reports bad rater, date, levels, notes and stock-taking with their paths', () => {
    const bad = {
      ...valid,
      rater: 'boss',
      date: '2025-02-30',
      levels: { team: 4, kochen: 1 },
      notes: { kochen: 'x', daten: 5 },
      stockTaking: { currentTasks: 1, mood: 'gut' },
    };
    assert.deepEqual(pathsAndCodes(validateAssessment(bad, DEFAULT_CATALOGUE, '$.assessments[0]')), [
      { path: '$.assessments[0].rater', code: 'enum' },
      { path: '$.assessments[0].date', code: 'date' },
      { path: '$.assessments[0].notes.kochen', code: 'unknown-competency' },
      { path: '$.assessments[0].notes.daten', code: 'type' },
      { path: '$.assessments[0].stockTaking.mood', code: 'unknown-key' },
      { path: '$.assessments[0].stockTaking.currentTasks', code: 'type' },
      { path: '$.assessments[0].levels.team', code: 'level' },
      { path: '$.assessments[0].levels.kochen', code: 'unknown-competency' },
    ]);
  });

  test('rejects missing ids and levels', () => {
    assert.deepEqual(pathsAndCodes(validateAssessment({ rater: 'self', date: '2025-01-01' }, DEFAULT_CATALOGUE)), [
      { path: '$.id', code: 'id' },
      { path: '$.personId', code: 'id' },
      { path: '$.levels', code: 'type' },
    ]);
  });

  // A valid record passes in one pass over its keys; anything that pass cannot vouch for gets the full checks.
  test('reports what the quick pass over the keys could miss', () => {
    const inherited = Object.assign(Object.create({ mood: 'gut' }) as object, valid);
    assert.deepEqual(validateAssessment(inherited, DEFAULT_CATALOGUE), [], 'a key of the prototype is not the record’s own');
    const hidden = { ...valid };
    Object.defineProperty(hidden, 'personId', { value: 'anna', enumerable: false });
    assert.deepEqual(validateAssessment(hidden, DEFAULT_CATALOGUE), [], 'a field that is not enumerable is read as before');
    assert.deepEqual(pathsAndCodes(validateAssessment({ ...hidden }, DEFAULT_CATALOGUE)), [{ path: '$.personId', code: 'id' }]);
    assert.deepEqual(pathsAndCodes(validateAssessment({ ...valid, raterRole: undefined, notes: undefined }, DEFAULT_CATALOGUE)), []);
    assert.deepEqual(pathsAndCodes(validateAssessment({ ...valid, notes: { team: undefined } }, DEFAULT_CATALOGUE)), [{ path: '$.notes.team', code: 'type' }]);
    assert.deepEqual(pathsAndCodes(validateAssessment({ ...valid, id: 'constructor' }, DEFAULT_CATALOGUE)), [{ path: '$.id', code: 'forbidden-key' }]);
    assert.deepEqual(pathsAndCodes(validateAssessment(JSON.parse(`{"__proto__": 1, ${JSON.stringify(valid).slice(1)}`), DEFAULT_CATALOGUE)), [
      { path: '$.__proto__', code: 'forbidden-key' },
    ]);
    assert.deepEqual(pathsAndCodes(validateAssessment({ ...valid, notes: JSON.parse('{"constructor": "x"}') }, DEFAULT_CATALOGUE)), [
      { path: '$.notes.constructor', code: 'forbidden-key' },
    ]);
    assert.deepEqual(pathsAndCodes(validateAssessment({ ...valid, levels: [] }, DEFAULT_CATALOGUE)), [{ path: '$.levels', code: 'type' }]);
    assert.deepEqual(pathsAndCodes(validateAssessment({ ...valid, stockTaking: { conditions: 'a\u202Eb' } }, DEFAULT_CATALOGUE)), [
      { path: '$.stockTaking.conditions', code: 'control-character' },
    ]);
  });

  test('counts characters, not UTF-16 units, at the length limits', () => {
    const emoji = '😀'.repeat(200);
    assert.equal(emoji.length, 400);
    assert.deepEqual(validateAssessment({ ...valid, raterRole: emoji }, DEFAULT_CATALOGUE), []);
    assert.deepEqual(pathsAndCodes(validateAssessment({ ...valid, raterRole: `${emoji}x` }, DEFAULT_CATALOGUE)), [{ path: '$.raterRole', code: 'too-long' }]);
    assert.deepEqual(validateAssessment({ ...valid, notes: { team: 'ä'.repeat(5000) } }, DEFAULT_CATALOGUE), []);
    assert.deepEqual(pathsAndCodes(validateAssessment({ ...valid, notes: { team: 'ä'.repeat(5001) } }, DEFAULT_CATALOGUE)), [{ path: '$.notes.team', code: 'too-long' }]);
  });
});

describe('assessmentHistory', () => {
  test('lists one person\'s assessments oldest first, same-day ones in their given order', () => {
    const list = [
      assessment('c', 'self', '2025-05-01', {}),
      assessment('x', 'self', '2024-01-01', {}, 'bernd'),
      assessment('a', 'external', '2024-02-01', {}),
      assessment('b1', 'self', '2024-03-01', {}),
      assessment('b2', 'external', '2024-03-01', {}),
    ];
    assert.deepEqual(assessmentHistory(list, 'anna').map((a) => a.id), ['a', 'b1', 'b2', 'c']);
    assert.deepEqual(assessmentHistory(list, 'nobody'), []);
    assert.deepEqual(assessmentHistory([], 'anna'), []);
  });

  test('throws with precise issues on malformed assessments', () => {
    const broken = [assessment('a', 'self', '2024-13-01', { team: 5 } as unknown as Profile), { id: 'b', rater: 'chef', levels: null }];
    assert.throws(
      () => assessmentHistory(broken as unknown as Assessment[], 'anna'),
      (error: unknown) =>
        error instanceof KompetenzradError &&
        JSON.stringify(pathsAndCodes(error.issues)) ===
          JSON.stringify([
            { path: '$.assessments[0].date', code: 'date' },
            { path: '$.assessments[0].levels.team', code: 'level' },
            { path: '$.assessments[1].date', code: 'date' },
            { path: '$.assessments[1].rater', code: 'enum' },
            { path: '$.assessments[1].levels', code: 'type' },
          ]),
    );
    assert.throws(() => assessmentHistory('x' as unknown as Assessment[], 'anna'), KompetenzradError);
  });

  test('checks only the person\'s own assessments (and those that name nobody): another person\'s bad record does not stop theirs', () => {
    const others = Array.from({ length: 2000 }, (_, i) => assessment(`o${i}`, 'self', '2024-01-01', { team: 2 }, `p${i}`));
    const broken = { ...assessment('bad', 'self', '2024-13-01', { team: 9 } as unknown as Profile, 'bernd') };
    const list = [...others, broken, assessment('a', 'external', '2024-02-01', { team: 1 })];
    assert.deepEqual(assessmentHistory(list, 'anna').map((a) => a.id), ['a']);
    assert.equal(currentProfile(list, 'anna').profile.team, 1);
    assert.throws(
      () => assessmentHistory(list, 'bernd'),
      (error: unknown) => error instanceof KompetenzradError && error.issues.map((found) => found.path).join() === '$.assessments[2000].date,$.assessments[2000].levels.team',
    );
  });
});

describe('currentProfile', () => {
  const list = [
    assessment('s1', 'self', '2024-01-10', { team: 1, daten: 3, technik: 2 }),
    assessment('e1', 'external', '2024-01-20', { team: 2, daten: 1 }),
    assessment('s2', 'self', '2024-06-01', { team: 3 }),
    assessment('other', 'external', '2024-06-01', { technik: 0 }, 'bernd'),
  ];

  test('external-first (default): the latest external rating, else the latest self rating', () => {
    const current = currentProfile(list, 'anna');
    assert.deepEqual(current.profile, { team: 2, daten: 1, technik: 2 });
    assert.deepEqual(current.self, { team: 3, daten: 3, technik: 2 });
    assert.deepEqual(current.external, { team: 2, daten: 1 });
    assert.deepEqual(current.sources.team, { rater: 'external', date: '2024-01-20', assessmentId: 'e1' });
    assert.deepEqual(current.sources.technik, { rater: 'self', date: '2024-01-10', assessmentId: 's1' });
    assert.deepEqual(current.assessedAt, { team: '2024-01-20', daten: '2024-01-20', technik: '2024-01-10' });
  });

  test('self-first, latest, self-only and external-only', () => {
    const expected: Record<ActualRule, Profile> = {
      'external-first': { team: 2, daten: 1, technik: 2 },
      'self-first': { team: 3, daten: 3, technik: 2 },
      latest: { team: 3, daten: 1, technik: 2 },
      'self-only': { team: 3, daten: 3, technik: 2 },
      'external-only': { team: 2, daten: 1 },
    };
    for (const rule of ACTUAL_RULES) assert.deepEqual(currentProfile(list, 'anna', rule).profile, expected[rule], rule);
  });

  test('latest prefers the external rating when both are of the same day', () => {
    const sameDay = [assessment('s', 'self', '2024-01-01', { team: 3 }), assessment('e', 'external', '2024-01-01', { team: 1 })];
    assert.equal(currentProfile(sameDay, 'anna', 'latest').profile.team, 1);
  });

  test('a later partial assessment updates only what it rates', () => {
    const refreshed = [...list, assessment('e2', 'external', '2025-01-01', { daten: 2 })];
    const current = currentProfile(refreshed, 'anna');
    assert.deepEqual(current.profile, { team: 2, daten: 2, technik: 2 });
    assert.equal(current.sources.daten.assessmentId, 'e2');
  });

  test('is empty for a person without assessments', () => {
    assert.deepEqual(currentProfile(list, 'nobody'), { profile: {}, self: {}, external: {}, sources: {}, assessedAt: {} });
  });

  test('rejects an unknown rule', () => {
    assert.throws(
      () => currentProfile(list, 'anna', 'newest' as ActualRule),
      (error: unknown) => error instanceof KompetenzradError && error.issues[0].path === '$.rule' && error.code === 'enum',
    );
  });
});

describe('dueForRefresh', () => {
  const list = [
    assessment('s1', 'self', '2022-03-15', { informationssicherheit: 2, technik: 2, team: 1 }),
    assessment('e1', 'external', '2023-01-10', { technik: 1 }),
  ];

  test('lists competencies whose latest rating is older than their refresh interval, in wheel order', () => {
    assert.deepEqual(dueForRefresh(DEFAULT_CATALOGUE, list, 'anna', '2024-03-15'), [
      { competencyId: 'informationssicherheit', lastAssessed: '2022-03-15', dueSince: '2024-03-15' },
    ]);
    assert.deepEqual(dueForRefresh(DEFAULT_CATALOGUE, list, 'anna', '2024-03-14'), []);
    assert.deepEqual(dueForRefresh(DEFAULT_CATALOGUE, list, 'anna', '2026-01-10'), [
      { competencyId: 'technik', lastAssessed: '2023-01-10', dueSince: '2026-01-10' },
      { competencyId: 'informationssicherheit', lastAssessed: '2022-03-15', dueSince: '2024-03-15' },
    ]);
  });

  test('judges the rating in use, as analyzeGaps does: an old external rating is due even after a newer self-rating', () => {
    const mixed = [
      assessment('e-old', 'external', '2021-01-10', { informationssicherheit: 2 }),
      assessment('s-new', 'self', '2025-01-10', { informationssicherheit: 3 }),
    ];
    const today = '2025-03-01';
    assert.deepEqual(dueForRefresh(DEFAULT_CATALOGUE, mixed, 'anna', today).map((entry) => entry.lastAssessed), ['2021-01-10']);
    const current = currentProfile(mixed, 'anna');
    const analysis = analyzeGaps({ catalogue: DEFAULT_CATALOGUE, target: { informationssicherheit: 3 }, actual: current.profile, assessedAt: current.assessedAt, today });
    assert.equal(analysis.entries.find((entry) => entry.competencyId === 'informationssicherheit')!.stale, true);
    assert.deepEqual(dueForRefresh(DEFAULT_CATALOGUE, mixed, 'anna', today, 'self-first'), []);
  });

  test('ignores competencies without an interval and those never rated', () => {
    const due = dueForRefresh(DEFAULT_CATALOGUE, list, 'anna', '2040-01-01').map((entry) => entry.competencyId);
    assert.deepEqual(due, ['technik', 'informationssicherheit']);
    assert.deepEqual(dueForRefresh(DEFAULT_CATALOGUE, [], 'anna', '2040-01-01'), []);
  });

  test('rejects a bad date for today', () => {
    assert.throws(
      () => dueForRefresh(DEFAULT_CATALOGUE, list, 'anna', '15.03.2024'),
      (error: unknown) => error instanceof KompetenzradError && error.issues[0].path === '$.today' && error.code === 'date',
    );
  });
});
