import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ProblemLog } from '../../src/components/kompetenz-provider/controllers/problem-log.ts';
import type { KrErrorDetail } from '../../src/internal/events.ts';

test('the provider reports refused data once, also when its message is worded only later (issue texts loaded lazily)', () => {
  const fired: KrErrorDetail[] = [];
  let changes = 0;
  const log = new ProblemLog((detail) => fired.push(detail), () => (changes += 1));
  const refused = (message: string): KrErrorDetail => ({ code: 'invalid-portfolio', source: 'portfolio', message, path: '$.assessments[0].personId', params: { id: 'ghost' } });
  assert.equal(log.report('portfolio', refused('$.assessments[0].personId: unknown-person at $.assessments[0].personId')), true);
  assert.equal(log.report('portfolio', refused('$.assessments[0].personId: Assessment 1, person: There is no person with the id "ghost".')), false);
  assert.equal(log.report('portfolio', { ...refused('x'), params: { id: 'other' } }), true, 'another value is another problem');
  assert.equal(log.report('today', { code: 'invalid-today', source: 'today', message: 'today: "a"' }), true);
  assert.equal(log.report('today', { code: 'invalid-today', source: 'today', message: 'today: "b"' }), true, 'without a path the message tells problems apart');
  assert.equal(fired.length, 4);
  assert.deepEqual(log.held(['today']).map((held) => held.detail.message), ['today: "a"', 'today: "b"']);
  log.forget('today');
  assert.deepEqual(log.held().map((held) => held.scope), ['portfolio', 'portfolio']);
  assert.equal(changes, 5, 'told of each problem that came and of the ones that went');
});
