import { test } from 'node:test';
import assert from 'node:assert/strict';
import { currentProfile } from '../../src/domain/assessments.ts';
import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue.ts';
import { analyzeGaps } from '../../src/domain/gaps.ts';
import { analyzePersonGaps } from '../../src/domain/person-gaps.ts';
import type { Assessment, Profile } from '../../src/domain/types.ts';

const assessments: Assessment[] = [
  { id: 's1', personId: 'p1', rater: 'self', date: '2021-01-10', levels: { informationssicherheit: 3, daten: 1 } },
  { id: 'e1', personId: 'p1', rater: 'external', date: '2021-02-10', levels: { informationssicherheit: 1 } },
  { id: 'x1', personId: 'p2', rater: 'self', date: '2025-01-10', levels: { daten: 3 } },
];
const target: Profile = { informationssicherheit: 3, daten: 2 };

test('analyzePersonGaps is the current profile by the rule, compared with the target, with self, external and dates', () => {
  const { current, analysis } = analyzePersonGaps({ catalogue: DEFAULT_CATALOGUE, target, assessments, personId: 'p1', today: '2025-03-01' });
  const expected = currentProfile(assessments, 'p1');
  assert.deepEqual(current, expected);
  assert.deepEqual(
    analysis,
    analyzeGaps({ catalogue: DEFAULT_CATALOGUE, target, actual: expected.profile, self: expected.self, external: expected.external, assessedAt: expected.assessedAt, today: '2025-03-01' }),
  );
  const security = analysis.entries.find((entry) => entry.competencyId === 'informationssicherheit')!;
  assert.equal(security.actual, 1, 'external-first');
  assert.equal(security.blindSpot, true);
  assert.equal(security.stale, true);
});

test('the rule and a missing today are honoured', () => {
  const { analysis } = analyzePersonGaps({ catalogue: DEFAULT_CATALOGUE, target, assessments, personId: 'p1', rule: 'self-first' });
  const security = analysis.entries.find((entry) => entry.competencyId === 'informationssicherheit')!;
  assert.equal(security.actual, 3);
  assert.equal(security.stale, false);
});
