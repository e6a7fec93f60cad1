import { test } from 'node:test';
import assert from 'node:assert/strict';
import de from '../../src/components/gap-matrix/strings/de.ts';

test('the matrix says in German that one level above target counts not, in the singular', () => {
  assert.match(de.categoryTotals(1, 0.75, 1), /; 1 Stufe über Soll zählt nicht$/);
  assert.match(de.categoryTotals(1, 0.75, 2), /; 2 Stufen über Soll zählen nicht$/);
  assert.doesNotMatch(de.categoryTotals(1, 0.75, 0), /über Soll/);
});
