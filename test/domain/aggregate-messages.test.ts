import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aggregateTeam, type AggregateOptions } from '../../src/domain/aggregate.ts';
import { KompetenzradError } from '../../src/domain/errors.ts';
import { describeIssue } from '../../src/domain/messages/index.ts';
import { generatePortfolio } from '../../src/domain/sample.ts';

test('issues with the options of aggregateTeam name each option in words, not by its key', () => {
  const bad = { groupBy: 'floor', minGroupSize: 2, filter: { roleId: 3 }, previousDate: 'gestern', rule: 'x' } as unknown as AggregateOptions;
  let issues: KompetenzradError['issues'] = [];
  try {
    aggregateTeam(generatePortfolio({ seed: 1, people: 10, today: '2025-01-01' }), bad);
  } catch (error) {
    if (error instanceof KompetenzradError) issues = error.issues;
  }
  const de = issues.map((found) => describeIssue(found, 'de').split(':')[0]);
  const en = issues.map((found) => describeIssue(found, 'en').split(':')[0]);
  assert.deepEqual(de, ['Gruppierung', 'Mindestgruppengröße', 'Regel für die Ist-Stufe', 'Datum der vorigen Bestandsaufnahme', 'Auswahl, Rolle']);
  assert.deepEqual(en, ['Grouping', 'Smallest group size', 'Rule for the rating in use', 'Date of the previous stock-taking', 'Selection, role']);
});
