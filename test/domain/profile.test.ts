import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertProfile, completeProfile, levelOf, parseProfile, validateProfile } from '../../src/domain/profile.ts';
import { COMPETENCY_IDS, DEFAULT_CATALOGUE } from '../../src/domain/catalogue.ts';
import { KompetenzradError, type ValidationIssue } from '../../src/domain/errors.ts';
import type { Profile } from '../../src/domain/types.ts';

const pathsAndCodes = (issues: ValidationIssue[]) => issues.map(({ path, code }) => ({ path, code }));

describe('validateProfile', () => {
  test('accepts a full profile, a partial one and an empty one', () => {
    const full = Object.fromEntries(COMPETENCY_IDS.map((id, i) => [id, i % 4]));
    assert.deepEqual(validateProfile(full, DEFAULT_CATALOGUE), []);
    assert.deepEqual(validateProfile({ team: 3, daten: 0 }, DEFAULT_CATALOGUE), []);
    assert.deepEqual(validateProfile({}, DEFAULT_CATALOGUE), []);
  });

  test('reports every bad level with the code "level" and the exact path', () => {
    const profile = { team: 4, daten: -1, technik: 1.5, analyse: '2', lernen: null, innovation: true };
    assert.deepEqual(pathsAndCodes(validateProfile(profile, DEFAULT_CATALOGUE, '$.target')), [
      { path: '$.target.team', code: 'level' },
      { path: '$.target.daten', code: 'level' },
      { path: '$.target.technik', code: 'level' },
      { path: '$.target.analyse', code: 'level' },
      { path: '$.target.lernen', code: 'level' },
      { path: '$.target.innovation', code: 'level' },
    ]);
    assert.deepEqual(validateProfile({ team: 4 }, DEFAULT_CATALOGUE)[0], { path: '$.team', code: 'level', params: { got: 4 } });
  });

  test('reports unknown competencies and forbidden keys', () => {
    const profile = JSON.parse('{"kochen": 2, "__proto__": 1, "constructor": 2, "team": 2}');
    assert.deepEqual(pathsAndCodes(validateProfile(profile, DEFAULT_CATALOGUE)), [
      { path: '$.kochen', code: 'unknown-competency' },
      { path: '$.__proto__', code: 'forbidden-key' },
      { path: '$.constructor', code: 'forbidden-key' },
    ]);
  });

  test('rejects values that are not objects', () => {
    for (const value of [null, undefined, [], 'team', 3]) {
      assert.deepEqual(pathsAndCodes(validateProfile(value, DEFAULT_CATALOGUE, '$.p')), [{ path: '$.p', code: 'type' }]);
    }
  });
});

describe('parseProfile', () => {
  test('keeps the valid entries in wheel order and reports the rest', () => {
    const { profile, issues } = parseProfile({ team: 2, kochen: 3, daten: 5, 'it-anwendung': 1 }, DEFAULT_CATALOGUE);
    assert.deepEqual(profile, { 'it-anwendung': 1, team: 2 });
    assert.deepEqual(Object.keys(profile), ['it-anwendung', 'team']);
    assert.deepEqual(pathsAndCodes(issues), [
      { path: '$.kochen', code: 'unknown-competency' },
      { path: '$.daten', code: 'level' },
    ]);
  });

  test('returns an empty profile for a value that is not an object', () => {
    const { profile, issues } = parseProfile('nope', DEFAULT_CATALOGUE, '$.levels');
    assert.deepEqual(profile, {});
    assert.deepEqual(pathsAndCodes(issues), [{ path: '$.levels', code: 'type' }]);
  });

  test('never lets a __proto__ key through', () => {
    const { profile, issues } = parseProfile(JSON.parse('{"__proto__": {"polluted": 1}, "team": 1}'), DEFAULT_CATALOGUE);
    assert.deepEqual(profile, { team: 1 });
    assert.equal(Object.getPrototypeOf(profile), Object.prototype);
    assert.equal(issues[0].code, 'forbidden-key');
  });
});

describe('levelOf and completeProfile', () => {
  test('levelOf reads a level and counts a missing competency as 0', () => {
    assert.equal(levelOf({ team: 3 }, 'team'), 3);
    assert.equal(levelOf({ team: 3 }, 'daten'), 0);
    assert.equal(levelOf({}, 'constructor'), 0, 'inherited properties do not count');
  });

  test('levelOf throws on a stored value that is not a level', () => {
    assert.throws(
      () => levelOf({ team: 7 } as unknown as Profile, 'team'),
      (error: unknown) => error instanceof KompetenzradError && error.issues[0].path === '$.team' && error.code === 'level',
    );
    assert.throws(() => levelOf(null as unknown as Profile, 'team'), KompetenzradError);
  });

  test('completeProfile lists every competency in wheel order', () => {
    const complete = completeProfile({ team: 2 }, DEFAULT_CATALOGUE);
    assert.deepEqual(Object.keys(complete), [...COMPETENCY_IDS]);
    assert.equal(complete.team, 2);
    assert.equal(complete.daten, 0);
  });

  test('assertProfile returns a valid profile and throws with every issue otherwise', () => {
    const profile = { team: 1 };
    assert.equal(assertProfile(profile, DEFAULT_CATALOGUE), profile);
    assert.throws(
      () => assertProfile({ team: 9, kochen: 1 }, DEFAULT_CATALOGUE, '$.actual'),
      (error: unknown) =>
        error instanceof KompetenzradError &&
        error.issues.length === 2 &&
        error.issues[0].path === '$.actual.team' &&
        error.issues[1].code === 'unknown-competency',
    );
  });
});
