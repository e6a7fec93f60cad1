import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capacityProblem, MAX_CAPACITY } from '../../src/internal/capacity-input.ts';
import { minGroupSizeProblems } from '../../src/internal/group-options.ts';
import { SHARED_STRINGS } from '../../src/internal/strings.ts';

const { de, en } = SHARED_STRINGS as unknown as Record<'de' | 'en', { problem: (problem: object) => string }>;

test('the notice says what a date, a choice or a number must be, in both languages', () => {
  const date = { code: 'date', source: 'start', scope: 'start', message: '', subject: '01.10.2025' };
  assert.equal(de.problem(date), 'Ungültiges Datum „01.10.2025“ in „start“ (erwartet: JJJJ-MM-TT, z. B. 2025-03-01).');
  assert.equal(en.problem(date), 'Invalid date “01.10.2025” in “start” (expected: YYYY-MM-DD, e.g. 2025-03-01).');
  const order = { code: 'date-order', source: 'end', scope: 'end', message: '', subject: '2025-06-01', params: { start: '2026-06-01', end: '2025-06-01' } };
  assert.equal(de.problem(order), 'Das Ende „2025-06-01“ in „end“ liegt vor dem Beginn „2026-06-01“.');
  const choice = { code: 'enum', source: 'view', scope: 'view', message: '', subject: 'tabelle', params: { allowed: ['chart', 'list'] } };
  assert.equal(de.problem(choice), 'Ungültiger Wert „tabelle“ in „view“ (möglich: chart, list).');
  assert.equal(en.problem(choice), 'Invalid value “tabelle” in “view” (possible: chart, list).');
  const range = (params: object) => de.problem({ code: 'range', source: 'min-group-size', scope: 'x', message: '', subject: '1', params });
  assert.equal(range({ min: 3, max: Number.POSITIVE_INFINITY }), 'Ungültiger Wert „1“ in „min-group-size“ (erlaubt: mindestens 3).');
  assert.equal(range({ min: 1, max: 3 }), 'Ungültiger Wert „1“ in „min-group-size“ (erlaubt: 1 bis 3).');
  // min-group-size says what is used instead (the default, not the lowest allowed).
  assert.equal(range(minGroupSizeProblems(1)[0].params!), 'Ungültiger Wert „1“ in „min-group-size“ (erlaubt: mindestens 3); es gilt der Standardwert 5.');
  assert.equal(en.problem({ code: 'range', source: 'capacity', scope: 'capacity', message: '', subject: '-5', params: { max: 200 } }), 'Invalid value “-5” in “capacity” (allowed: at most 200).');
  // The goal form's and the time line's `capacity` (one rule, `capacityProblem`), in both languages.
  const capacity = capacityProblem(-5)!;
  assert.equal(capacity.code, 'range');
  assert.equal(de.problem({ ...capacity, scope: 'capacity' }), `Ungültiger Wert „-5“ in „capacity“ (erlaubt: 0 bis ${MAX_CAPACITY}).`);
  assert.equal(en.problem({ ...capacity, scope: 'capacity' }), `Invalid value “-5” in “capacity” (allowed: 0 to ${MAX_CAPACITY}).`);
});
