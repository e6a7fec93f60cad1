import { test } from 'node:test';
import assert from 'node:assert/strict';
import { currentProfile } from '../../src/domain/assessments.ts';
import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue.ts';
import { analyzeGaps } from '../../src/domain/gaps.ts';
import { analyzePersonGaps } from '../../src/domain/person-gaps.ts';
import { KompetenzradError } from '../../src/domain/errors.ts';
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

test('reports every issue of its input at once, at the paths the caller gave', () => {
  const paths = (run: () => unknown): string[] => {
    try {
      run();
    } catch (error) {
      return (error as KompetenzradError).issues.map((issue) => `${issue.path} ${issue.code}`);
    }
    assert.fail('expected a KompetenzradError');
  };
  const unknown: Assessment = { id: 'x1', personId: 'p1', rater: 'self', date: '2025-01-10', levels: { daten: 2, hausmeistern: 3 } };
  assert.deepEqual(
    paths(() => analyzePersonGaps({ catalogue: DEFAULT_CATALOGUE, target, assessments: [unknown], personId: 'p1' })),
    ['$.assessments[0].levels.hausmeistern unknown-competency'],
    'the competency the assessment rates, not the profiles made from it',
  );
  assert.deepEqual(
    paths(() =>
      analyzePersonGaps({
        catalogue: DEFAULT_CATALOGUE,
        target: { nope: 1 },
        assessments: [{ id: 'a' } as unknown as Assessment],
        personId: 5 as unknown as string,
        rule: 'bogus' as unknown as 'latest',
        today: 'x',
      }),
    ),
    ['$.personId id', '$.rule enum', '$.today date', '$.target.nope unknown-competency'],
  );
  assert.ok(
    paths(() => analyzePersonGaps({ catalogue: DEFAULT_CATALOGUE, target: { nope: 1 }, assessments: [{ id: 'a', personId: 'p1' } as unknown as Assessment], personId: 'p1' })).includes('$.assessments[0].date date'),
    'the target and the person’s broken assessment together',
  );
});
