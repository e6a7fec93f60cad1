/**
 * Random but valid edits of a portfolio, described as data so that fast-check can generate and
 * shrink them and the merge benchmark can replay them from a seed. Each change goes through the
 * domain's own edit functions; a change those refuse (e.g. a plan status that may not follow) is
 * skipped, so every result is a valid portfolio.
 */
import { COMPETENCY_IDS } from '../../src/domain/catalogue.ts';
import { addDays } from '../../src/domain/dates.ts';
import { KompetenzradError } from '../../src/domain/errors.ts';
import { GOAL_STATUSES } from '../../src/domain/goals.ts';
import { applyPlanEdit, newReview, type PlanEdit } from '../../src/domain/plan-edits.ts';
import { ITEM_STATUSES, PLAN_STATUSES } from '../../src/domain/plans.ts';
import { removePerson, setAssessmentLevel, upsertGoal, upsertPerson, upsertPlan } from '../../src/domain/portfolio-edits.ts';
import type { Goal, Level, Portfolio } from '../../src/domain/types.ts';

/** Day of the edits; the generated samples are taken on 2025-09-01. */
const TODAY = '2025-09-02';

/** `person`, `goal`, `plan`, `item` pick an existing record by position (modulo the list); `tag` makes new ids. */
export type PortfolioChange =
  | { kind: 'rate'; person: number; rater: 'self' | 'external'; competency: number; level: Level; day: number }
  | { kind: 'edit-person'; person: number; field: 'name' | 'department' | 'capacityHoursPerMonth'; value: number }
  | { kind: 'add-person'; tag: string; value: number }
  | { kind: 'remove-person'; person: number }
  | { kind: 'edit-goal'; goal: number; field: 'measure' | 'status' | 'due' | 'hours' | 'notes'; value: number }
  | { kind: 'add-goal'; person: number; tag: string; value: number }
  | { kind: 'remove-goal'; goal: number }
  | { kind: 'edit-plan'; plan: number; edit: 'item-status' | 'move-item' | 'remove-item' | 'add-review' | 'plan-status'; item: number; value: number };

export const CHANGE_KINDS = ['rate', 'edit-person', 'add-person', 'remove-person', 'edit-goal', 'add-goal', 'remove-goal', 'edit-plan'] as const;

/**
 * Applies the changes in turn. With `owns`, a change only picks records of the people it owns
 * (so two sides can be given changes that never touch the same record).
 */
export function applyChanges(portfolio: Portfolio, changes: readonly PortfolioChange[], owns?: (personId: string) => boolean): Portfolio {
  let doc = portfolio;
  for (const change of changes) {
    try {
      doc = applyChange(doc, change, owns);
    } catch (error) {
      if (!(error instanceof KompetenzradError)) throw error;
    }
  }
  return doc;
}

function pick<T>(list: readonly T[], n: number): T | undefined {
  return list.length === 0 ? undefined : list[n % list.length];
}

export function applyChange(whole: Portfolio, change: PortfolioChange, owns?: (personId: string) => boolean): Portfolio {
  const doc = owns ? ownedView(whole, owns) : whole;
  const result = applyToView(doc, change);
  return owns ? merged(whole, doc, result) : result;
}

/** The records of the owned people only; the edit functions then only see those. */
function ownedView(doc: Portfolio, owns: (personId: string) => boolean): Portfolio {
  return {
    ...doc,
    people: doc.people.filter((person) => owns(person.id)),
    assessments: doc.assessments.filter((record) => owns(record.personId)),
    goals: doc.goals.filter((record) => owns(record.personId)),
    plans: doc.plans.filter((record) => owns(record.personId)),
  };
}

/** Puts the edited view back into the whole document: the records of the others as they were, then the owned ones. */
function merged(whole: Portfolio, view: Portfolio, edited: Portfolio): Portfolio {
  if (edited === view) return whole;
  const splice = <T extends { id: string }>(all: readonly T[], before: readonly T[], after: readonly T[]): T[] => {
    const old = new Set(before.map((record) => record.id));
    return [...all.filter((record) => !old.has(record.id)), ...after];
  };
  return {
    ...whole,
    people: splice(whole.people, view.people, edited.people),
    assessments: splice(whole.assessments, view.assessments, edited.assessments),
    goals: splice(whole.goals, view.goals, edited.goals),
    plans: splice(whole.plans, view.plans, edited.plans),
  };
}

function applyToView(doc: Portfolio, change: PortfolioChange): Portfolio {
  switch (change.kind) {
    case 'rate': {
      const person = pick(doc.people, change.person);
      if (!person) return doc;
      const competencyId = COMPETENCY_IDS[change.competency % COMPETENCY_IDS.length];
      return setAssessmentLevel(doc, { personId: person.id, rater: change.rater, competencyId, level: change.level, today: addDays(TODAY, change.day) });
    }
    case 'edit-person': {
      const person = pick(doc.people, change.person);
      if (!person) return doc;
      const value = change.field === 'capacityHoursPerMonth' ? change.value % 100 : `${change.field} ${change.value}`;
      return upsertPerson(doc, { ...person, [change.field]: value });
    }
    case 'add-person':
      return upsertPerson(doc, { id: `${change.tag}-p${change.value}`, name: `Neu ${change.value}`, roleId: 'digitallotse' });
    case 'remove-person': {
      const person = pick(doc.people, change.person);
      return person ? removePerson(doc, person.id) : doc;
    }
    case 'edit-goal': {
      const goal = pick(doc.goals, change.goal);
      return goal ? upsertGoal(doc, editGoal(goal, change.field, change.value)) : doc;
    }
    case 'add-goal': {
      const person = pick(doc.people, change.person);
      if (!person) return doc;
      return upsertGoal(doc, {
        id: `${change.tag}-g${change.value}`,
        personId: person.id,
        competencyIds: [COMPETENCY_IDS[change.value % COMPETENCY_IDS.length]],
        targetLevel: 2,
        measure: `Zeigt es im Projekt ${change.value}`,
        challenge: 'Neue Aufgabe',
        resources: { hours: 10 + change.value },
        due: addDays(TODAY, 120),
      });
    }
    case 'remove-goal': {
      const goal = pick(doc.goals, change.goal);
      return goal ? removeGoal(doc, goal.id) : doc;
    }
    case 'edit-plan': {
      const plan = pick(doc.plans, change.plan);
      if (!plan) return doc;
      const item = pick(plan.items, change.item);
      const edit: PlanEdit | undefined =
        change.edit === 'add-review'
          ? { type: 'add-review', review: newReview(plan, { date: addDays(TODAY, change.value), participants: ['Vorgesetzte*r'] }) }
          : change.edit === 'plan-status'
            ? { type: 'set-plan-status', status: PLAN_STATUSES[change.value % PLAN_STATUSES.length], date: TODAY }
            : !item
              ? undefined
              : change.edit === 'item-status'
                ? { type: 'set-item-status', itemId: item.id, status: ITEM_STATUSES[change.value % ITEM_STATUSES.length] }
                : change.edit === 'move-item'
                  ? { type: 'move-item', itemId: item.id, days: (change.value % 60) - 30 }
                  : { type: 'remove-item', itemId: item.id };
      return edit ? upsertPlan(doc, applyPlanEdit(plan, edit)) : doc;
    }
  }
}

function editGoal(goal: Goal, field: 'measure' | 'status' | 'due' | 'hours' | 'notes', value: number): Goal {
  switch (field) {
    case 'measure':
      return { ...goal, measure: `Zeigt es in Vorhaben ${value}` };
    case 'status':
      return { ...goal, status: GOAL_STATUSES[value % GOAL_STATUSES.length] };
    case 'due':
      return { ...goal, due: addDays(goal.due, (value % 60) - 30) };
    case 'hours':
      return { ...goal, resources: { ...goal.resources, hours: value } };
    case 'notes':
      return { ...goal, notes: `Notiz ${value}` };
  }
}

/** Removes a goal and every mention of it in its person's plans. */
function removeGoal(doc: Portfolio, goalId: string): Portfolio {
  return {
    ...doc,
    goals: doc.goals.filter((goal) => goal.id !== goalId),
    plans: doc.plans.map((plan) => {
      const named = plan.items.some((item) => item.goalId === goalId) || plan.outcome?.goals.some((outcome) => outcome.goalId === goalId);
      if (!named) return plan;
      const items = plan.items.map((item) => {
        if (item.goalId !== goalId) return item;
        const { goalId: _dropped, ...rest } = item;
        return rest;
      });
      const outcome = plan.outcome && { ...plan.outcome, goals: plan.outcome.goals.filter((entry) => entry.goalId !== goalId) };
      return { ...plan, items, ...(outcome ? { outcome } : {}) };
    }),
  };
}
