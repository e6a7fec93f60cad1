import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue.ts';
import { DEFAULT_FORMATS } from '../../src/domain/formats.ts';
import { checkPlan, checkValidatedPlan, monthlyLoad, planCapacity, type PlanCheckContext } from '../../src/domain/plan-checks.ts';
import { validatePlan } from '../../src/domain/plan-validation.ts';
import type { Goal, Person, Plan, PlanItem } from '../../src/domain/types.ts';

const goals: Goal[] = [
  { id: 'g1', personId: 'p1', competencyIds: ['projektmanagement'], targetLevel: 2, measure: 'Leitet ein Projekt', challenge: 'Erstes Projekt', resources: { hours: 40 }, due: '2025-04-30' },
  { id: 'g2', personId: 'p1', competencyIds: ['kommunikation'], targetLevel: 3, measure: 'Moderiert', challenge: 'Workshop', resources: { hours: 20 }, due: '2025-12-31' },
];
const person: Person = { id: 'p1', name: 'Alex Beispiel', roleId: 'projektmanager', capacityHoursPerMonth: 10 };

function item(id: string, start: string, end: string, hours: number, overrides: Partial<PlanItem> = {}): PlanItem {
  return { id, kind: 'format', formatId: 'seminar-schulung', competencyIds: ['projektmanagement'], start, end, hours, cost: 300, status: 'planned', goalId: 'g1', ...overrides };
}

/** A plan with findings of many kinds: months over capacity, overlapping pairs, an item after its goal, no practice phase, a long gap between reviews, over budget. */
const plan: Plan = {
  id: 'plan-1',
  personId: 'p1',
  status: 'active',
  history: [{ status: 'active', date: '2025-01-02' }],
  items: [
    item('i1', '2025-01-06', '2025-02-14', 24),
    item('i2', '2025-01-20', '2025-03-07', 30, { formatId: 'selbstlernen' }),
    item('i3', '2025-04-07', '2025-06-27', 12, { formatId: 'coaching' }),
    item('i4', '2025-02-17', '2025-03-14', 6, { kind: 'practice', practiceOf: 'i1' }),
    item('i5', '2025-09-01', '2025-09-30', 8, { status: 'dropped' }),
  ],
  reviews: [
    { id: 'r1', date: '2025-01-31', participants: ['Alex'], final: false },
    { id: 'r2', date: '2025-07-04', participants: ['Alex'], final: true },
  ],
  budget: 500,
};

test('checkValidatedPlan gives what checkPlan and monthlyLoad give for valid data', () => {
  assert.deepEqual(validatePlan(plan, DEFAULT_CATALOGUE, '$', DEFAULT_FORMATS), []);
  const contexts: PlanCheckContext[] = [
    { goals, catalogue: DEFAULT_CATALOGUE, formats: DEFAULT_FORMATS },
    { goals, catalogue: DEFAULT_CATALOGUE, formats: DEFAULT_FORMATS, person },
    { goals, catalogue: DEFAULT_CATALOGUE, formats: DEFAULT_FORMATS, person, capacityHoursPerMonth: 20 },
    { goals: [], capacityHoursPerMonth: 0 },
  ];
  for (const context of contexts) {
    const checked = checkValidatedPlan(plan, context);
    assert.ok(checked.findings.length > 0);
    assert.deepEqual(checked.findings, checkPlan(plan, context));
    assert.deepEqual(checked.load, monthlyLoad(plan, planCapacity(plan, { capacity: context.capacityHoursPerMonth, person: context.person })));
  }
});

test('checkValidatedPlan of a plan without items has no load', () => {
  const empty: Plan = { ...plan, items: [], reviews: [] };
  const checked = checkValidatedPlan(empty, { goals });
  assert.deepEqual(checked.load, []);
  assert.deepEqual(checked.findings, checkPlan(empty, { goals }));
});
