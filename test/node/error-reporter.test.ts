import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ErrorReporter } from '../../src/internal/error-reporter.ts';
import type { InputProblem } from '../../src/internal/inputs.ts';

function reporter(): ErrorReporter {
  const host = { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true), addEventListener() {}, removeEventListener() {}, dispatchEvent: () => true };
  return new ErrorReporter(host as never);
}

const unknownKeys = (source: string, n: number): InputProblem[] => Array.from({ length: n }, (_, i) => ({ code: 'unknown-competency', source, subject: `k${i}` }));

test('a long list of one input is cut after ten with the count of the rest; another input in the same scope keeps its problem', () => {
  const errors = reporter();
  errors.setProblems('inputs', [...unknownKeys('plan', 5000), { code: 'range', source: 'capacity', subject: '-3' }, ...unknownKeys('goals', 11)]);
  const shown = errors.problems.map((problem) => [problem.source, problem.code]);
  assert.deepEqual(shown.filter(([source]) => source === 'plan').length, 11, 'ten and the count');
  assert.deepEqual(errors.problems.find((problem) => problem.code === 'more-issues' && problem.source === 'plan')?.params, { more: 4990 });
  assert.ok(shown.some(([source, code]) => source === 'capacity' && code === 'range'), 'the problem of another input is not hidden');
  assert.deepEqual(shown.filter(([source]) => source === 'goals').map(([, code]) => code), Array(11).fill('unknown-competency'), 'eleven are listed whole: a count of one says no more than the problem itself');
});
