import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, isIsoDate, MAX_YEAR, MIN_YEAR, monthsOfRange } from '../../src/domain/dates.ts';
import { parsePortfolio } from '../../src/domain/portfolio.ts';

test('isIsoDate accepts real calendar dates in the supported years only', () => {
  assert.equal(isIsoDate('2024-02-29'), true);
  assert.equal(isIsoDate('2025-02-29'), false);
  assert.equal(isIsoDate('2025-13-01'), false);
  assert.equal(isIsoDate(`${MIN_YEAR}-01-01`), true);
  assert.equal(isIsoDate(`${MAX_YEAR}-12-31`), true);
  assert.equal(isIsoDate('9999-12-31'), false, 'plans add years to dates: far-future dates would leave YYYY-MM-DD');
  assert.equal(isIsoDate('0001-01-01'), false);
  assert.equal(isIsoDate('2025-1-01'), false);
});

test('month arithmetic at month ends and leap years', () => {
  assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
  assert.equal(addMonths('2025-01-31', 1), '2025-02-28');
  assert.deepEqual(monthsOfRange('2024-11-15', '2025-02-01'), ['2024-11', '2024-12', '2025-01', '2025-02']);
});

test('a plan dated in year 9999 is refused at import instead of hanging the plan checks', () => {
  const doc = {
    format: 'kompetenzrad-portfolio',
    version: 1,
    people: [{ id: 'p1', name: 'A', roleId: 'cdo' }],
    assessments: [],
    goals: [],
    plans: [
      {
        id: 'pl1', personId: 'p1', status: 'draft', history: [{ status: 'draft', date: '2025-01-01' }], reviews: [],
        items: [{ id: 'i1', kind: 'format', formatId: 'coaching', competencyIds: ['daten'], start: '9999-12-01', end: '9999-12-31', hours: 4, cost: 0, status: 'planned' }],
      },
    ],
  };
  const result = parsePortfolio(JSON.stringify(doc));
  assert.equal(result.ok, false);
  assert.ok(!result.ok && result.errors.some((e) => e.path === '$.plans[0].items[0].start' && e.code === 'date'));
});
