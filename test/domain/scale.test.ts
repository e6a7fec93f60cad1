import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkLevel, isLevel, LEVEL_DESCRIPTIONS, LEVEL_NAMES, LEVELS, levelDescription, levelName, MAX_LEVEL } from '../../src/domain/scale.ts';
import { KompetenzradError } from '../../src/domain/errors.ts';
import { Issues } from '../../src/domain/validate.ts';
import type { Level } from '../../src/domain/types.ts';

describe('scale', () => {
  test('has the levels 0..3, frozen, with 3 as the highest', () => {
    assert.deepEqual([...LEVELS], [0, 1, 2, 3]);
    assert.equal(MAX_LEVEL, 3);
    assert.ok(Object.isFrozen(LEVELS));
    assert.ok(Object.isFrozen(LEVEL_NAMES) && Object.isFrozen(LEVEL_NAMES[1]));
  });

  test('names the three stages of expertise in German and English', () => {
    assert.deepEqual(
      LEVELS.map((level) => levelName(level, 'de')),
      ['—', 'Kenner', 'Könner', 'Experte'],
    );
    assert.deepEqual(
      LEVELS.map((level) => levelName(level, 'en')),
      ['none', 'Knowledgeable', 'Practitioner', 'Expert'],
    );
    assert.equal(levelName(2), 'Könner', 'German is the default language');
  });

  test('describes every level in both languages', () => {
    for (const level of LEVELS) {
      assert.ok(LEVEL_DESCRIPTIONS[level].de.length > 10);
      assert.ok(LEVEL_DESCRIPTIONS[level].en.length > 10);
      assert.equal(levelDescription(level, 'en'), LEVEL_DESCRIPTIONS[level].en);
    }
    assert.match(levelDescription(3), /anderen/);
  });

  test('isLevel accepts only the integers 0..3', () => {
    for (const level of [0, 1, 2, 3, -0]) assert.equal(isLevel(level), true);
    for (const bad of [4, -1, 7, 1.5, 3.0000001, '2', '', null, undefined, NaN, Infinity, -Infinity, 2 ** 32 + 1, 2 ** 31 + 2, -(2 ** 32) + 3, [1], { level: 1 }, { valueOf: () => 2 }, 2n, true, false]) {
      assert.equal(isLevel(bad), false, `isLevel(${String(bad)})`);
    }
  });

  test('checkLevel reports the path with the code "level"', () => {
    const issues = new Issues();
    assert.equal(checkLevel(issues, 2, '$.a'), true);
    assert.equal(checkLevel(issues, '2', '$.b'), false);
    assert.equal(checkLevel(issues, 4, '$.c'), false);
    assert.deepEqual(
      issues.list.map(({ path, code }) => ({ path, code })),
      [
        { path: '$.b', code: 'level' },
        { path: '$.c', code: 'level' },
      ],
    );
    assert.deepEqual(issues.list[0].params, { got: '2' });
  });

  test('levelName rejects a value that is not a level', () => {
    assert.throws(() => levelName(4 as Level), (error: unknown) => error instanceof KompetenzradError && error.code === 'level');
    assert.throws(() => levelDescription(1.5 as Level), KompetenzradError);
  });
});
