import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ASSESSMENT_RULES, assessmentFits } from '../../src/domain/assessment-validation.ts';
import { DEFAULT_CATALOGUE, indexCatalogue } from '../../src/domain/catalogue.ts';
import { RecordRules } from '../../src/domain/record-rules.ts';
import { isText, Issues } from '../../src/domain/validate.ts';
import { FULL_ASSESSMENT } from '../fixtures/assessment.ts';

const valid = FULL_ASSESSMENT;

/** Values that break a field in each way the checks know, and some that pass. */
const FIELD_VALUES: unknown[] = [
  undefined,
  null,
  '',
  'x',
  'constructor',
  '__proto__',
  '2025-02-30',
  '2025-03-01',
  'self',
  'a\u202Eb',
  '\uD800',
  'é'.repeat(201),
  '😀'.repeat(200),
  3,
  Number.NaN,
  [],
  {},
  { team: 4 },
  { team: 2 },
  { kochen: 1 },
  { team: 'x' },
  JSON.parse('{"__proto__": 1}'),
  { currentTasks: 1 },
  { mood: 'gut' },
];

/** Every record made from `valid` by setting, adding or removing one field. */
function* variants(): Generator<unknown> {
  const keys = [...Object.keys(valid), 'mood', '__proto__'];
  for (const key of keys) {
    const { [key as keyof typeof valid]: _, ...without } = valid;
    yield without;
    for (const value of FIELD_VALUES) yield key === '__proto__' ? JSON.parse(`{"__proto__": ${JSON.stringify(value ?? null)}, ${JSON.stringify(valid).slice(1)}`) : { ...valid, [key]: value };
  }
}

describe('RecordRules', () => {
  // `validateAssessment` takes the quick pass when a record passes it; the full checks must find nothing then.
  test('an assessment passes in one pass exactly when the full checks find nothing', () => {
    const index = indexCatalogue(DEFAULT_CATALOGUE);
    const context = { index };
    const width = index.competencyIds.length;
    let passed = 0;
    let refused = 0;
    for (const record of variants()) {
      const issues = new Issues();
      const checked = ASSESSMENT_RULES.check(issues, record, '$', context);
      assert.equal(checked, issues.ok);
      assert.equal(ASSESSMENT_RULES.passes(record, context), issues.ok, `${JSON.stringify(record)}: ${JSON.stringify(issues.list)}`);
      // The same answer while keeping the levels, and for a valid record the levels it holds.
      const kept = new Int8Array(width * 2).fill(9);
      assert.equal(assessmentFits(record, index, kept, width), issues.ok);
      assert.deepEqual([...kept.subarray(0, width)], new Array(width).fill(9), 'nothing is written before the offset');
      if (issues.ok) {
        const { levels } = record as { levels: Record<string, number> };
        assert.deepEqual([...kept.subarray(width)], index.competencyIds.map((id) => levels[id] ?? -1));
      }
      if (issues.ok) passed++;
      else refused++;
    }
    assert.ok(passed > 10 && refused > 100, `${passed} passed, ${refused} refused`);
  });

  test('passes and check agree on each field, optional ones included', () => {
    const rules = new RecordRules<undefined>({
      name: { passes: (value) => isText(value, 5, 1), check: (issues, value, path) => !isText(value, 5, 1) && issues.add(path, 'empty') },
      note: { optional: true, passes: (value) => isText(value, 5), check: (issues, value, path) => !isText(value, 5) && issues.add(path, 'too-long', { length: 6, max: 5 }) },
    });
    const cases: [unknown, boolean][] = [
      [{ name: 'Anna' }, true],
      [{ name: 'Anna', note: undefined }, true],
      [{ name: 'Anna', note: 'kurz' }, true],
      [{ name: 'Anna', note: 'zu lang' }, false],
      [{ note: 'kurz' }, false],
      [{ name: '' }, false],
      [{ name: 'Anna', other: 1 }, false],
      [Object.assign(Object.create({ other: 1 }) as object, { name: 'Anna' }), false],
      [['Anna'], false],
      [null, false],
    ];
    for (const [value, expected] of cases) {
      assert.equal(rules.passes(value, undefined), expected, JSON.stringify(value));
      const issues = new Issues();
      const checked = rules.check(issues, value, '$', undefined);
      // The prototype's key is not the record's own: only the quick pass declines it, and the checks then find nothing.
      const own = value !== null && typeof value === 'object' && Object.getPrototypeOf(value) !== Object.prototype && !Array.isArray(value);
      assert.equal(checked, expected || own, JSON.stringify(value));
    }
  });
});
