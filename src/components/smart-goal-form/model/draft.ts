import type { Goal } from '../../../domain/types.js';
import { isRecord } from '../../../domain/validate.js';
import type { GoalDraftStore } from '../../../internal/context.js';
import { emptyFields, fieldsFromGoal, identityFromGoal, type GoalFields } from './fields.js';

/**
 * A new goal not submitted yet, as the form keeps it: its state (the form's value, the goal as
 * JSON), when it was written, and the name of its person then (another portfolio may give the
 * same id to someone else).
 */
export interface KeptDraft {
  savedAt: string;
  state: string;
  name?: string;
}

export function keptDraft(goal: Goal, name: string | undefined, now: Date = new Date()): KeptDraft {
  return { savedAt: now.toISOString(), state: JSON.stringify(goal), ...(name === undefined ? {} : { name }) };
}

/** A state the form was given back (a draft, the browser's restore): the goal it holds, or `undefined` when it is no JSON. */
export function parseState(state: string): unknown {
  try {
    return JSON.parse(state) as unknown;
  } catch {
    return undefined;
  }
}

export function holdsNothing(fields: GoalFields): boolean {
  return JSON.stringify(fields) === JSON.stringify(emptyFields());
}

/**
 * The goal of a kept draft of `personId` (named `name` now) and when it was written; `undefined`
 * when the value is not one (no `KeptDraft`, no goal with an id, another person's, also one of
 * the same id and another name, no longer open, nothing written).
 */
export function draftGoal(value: unknown, personId: string, name: string | undefined): { goal: Record<string, unknown>; savedAt: Date } | undefined {
  if (!isRecord(value) || typeof value.state !== 'string' || typeof value.savedAt !== 'string') return undefined;
  if (typeof value.name === 'string' && name !== undefined && value.name !== name) return undefined;
  const savedAt = new Date(value.savedAt);
  const goal = parseState(value.state);
  const identity = identityFromGoal(goal);
  if (Number.isNaN(savedAt.getTime()) || !isRecord(goal) || !identity) return undefined;
  if ((identity.personId ?? personId) !== personId || (identity.status ?? 'open') !== 'open') return undefined;
  return holdsNothing(fieldsFromGoal(goal)) ? undefined : { goal, savedAt };
}

/** Drafts kept in the form itself (outside a provider), per person, while the page is open. */
export function draftsInMemory(): GoalDraftStore {
  const kept = new Map<string, unknown>();
  return {
    read: (personId) => kept.get(personId),
    write: (personId, draft) => {
      if (draft === undefined) kept.delete(personId);
      else kept.set(personId, draft);
    },
  };
}
