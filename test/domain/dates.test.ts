import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, addMonths, daysBetween, isIsoDate, MAX_YEAR, MIN_YEAR, monthsOfRange } from '../../src/domain/dates.ts';
import { dayNumber, fromDayNumber, monthIndex, monthOfDay, monthSpans, monthStartDay } from '../../src/domain/day-numbers.ts';
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

test('monthSpans counts the days of a range in each month it touches, across year ends and leap days', () => {
  assert.deepEqual(monthSpans('2024-01-31', '2024-03-01'), [
    ['2024-01', 1],
    ['2024-02', 29],
    ['2024-03', 1],
  ]);
  assert.deepEqual(monthSpans('2025-05-10', '2025-05-10'), [['2025-05', 1]]);
  assert.deepEqual(monthSpans('2025-12-31', '2026-01-01'), [
    ['2025-12', 1],
    ['2026-01', 1],
  ]);
  assert.deepEqual(monthSpans('2025-03-02', '2025-03-01'), [['2025-03', 0]], 'an empty range in one month has no days');
  assert.deepEqual(monthSpans('2025-04-01', '2025-03-31'), []);
  for (let offset = 0; offset < 1200; offset += 37) {
    const start = addDays('2023-11-20', offset);
    const end = addDays(start, (offset * 13) % 500);
    const spans = monthSpans(start, end);
    assert.equal(spans.reduce((sum, [, days]) => sum + days, 0), daysBetween(start, end) + 1, `${start}..${end}`);
    const months: string[] = [];
    for (let first = `${start.slice(0, 7)}-01`; first <= end; first = addMonths(first, 1)) months.push(first.slice(0, 7));
    assert.deepEqual(
      spans.map(([month]) => month),
      months,
    );
  }
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

test('day numbers and month indexes agree with the calendar, leap years and the year limits included', () => {
  assert.equal(dayNumber('1970-01-01'), 0);
  assert.equal(dayNumber('2024-03-01') - dayNumber('2024-02-28'), 2, '2024 is a leap year');
  assert.equal(dayNumber('1900-03-01') - dayNumber('1900-02-28'), 1, '1900 is not');
  assert.equal(dayNumber('2000-03-01') - dayNumber('2000-02-28'), 2, '2000 is');
  for (const date of ['1900-01-01', '1999-12-31', '2024-02-29', '2025-09-01', `${MAX_YEAR}-12-31`]) {
    assert.equal(fromDayNumber(dayNumber(date)), date);
    const month = monthIndex(date);
    assert.equal(fromDayNumber(monthStartDay(month)), `${date.slice(0, 7)}-01`);
    assert.equal(monthOfDay(dayNumber(date)), month);
    assert.equal(monthOfDay(monthStartDay(month + 1) - 1), month, 'the last day of the month');
  }
  assert.equal(monthIndex(`${MIN_YEAR}-01`), 0);
  assert.equal(fromDayNumber(monthStartDay(-1)), `${MIN_YEAR - 1}-12-01`, 'months before MIN_YEAR count back');
  let day = '1999-11-15';
  for (let step = 0; step < 200; step += 1, day = addDays(day, 13)) assert.equal(monthOfDay(dayNumber(day)), monthIndex(day), day);
});
