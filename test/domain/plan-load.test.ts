import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { itemMonthlyHours, monthlyHoursOf } from '../../src/domain/plan-load.ts';

describe('monthlyHoursOf', () => {
  it('gives what itemMonthlyHours gives, once per item object', () => {
    const item = { start: '2025-09-15', end: '2025-10-14', hours: 30 };
    const first = monthlyHoursOf(item);
    assert.deepEqual([...first], [...itemMonthlyHours(item)]);
    assert.equal(monthlyHoursOf(item), first, 'remembered');
  });

  it('computes again when the item object was changed in place', () => {
    const item = { start: '2025-09-01', end: '2025-09-30', hours: 10 };
    assert.deepEqual([...monthlyHoursOf(item)], [['2025-09', 10]]);
    item.end = '2025-10-31';
    assert.deepEqual([...monthlyHoursOf(item).keys()], ['2025-09', '2025-10']);
    item.hours = 20;
    assert.equal(Math.round([...monthlyHoursOf(item).values()].reduce((a, b) => a + b)), 20);
  });

  it('hands out a fresh map from itemMonthlyHours, so a caller that changes it changes nothing remembered', () => {
    const item = { start: '2025-09-01', end: '2025-09-30', hours: 10 };
    itemMonthlyHours(item).set('2025-09', 999);
    assert.equal(monthlyHoursOf(item).get('2025-09'), 10);
  });
});
