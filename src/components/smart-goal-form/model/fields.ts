import type { GoalDraft, SmartField } from '../../../domain/goals.js';
import { isLevel } from '../../../domain/scale.js';
import type { Goal, GoalStatus, Level } from '../../../domain/types.js';
import { isRecord } from '../../../domain/validate.js';

/** A field of the form: the goal fields the SMART check talks about, plus the free notes. */
export type FieldKey = SmartField | 'notes';

/** The fields in the order of the form (and of the messages in the check). */
export const FIELD_ORDER: readonly FieldKey[] = Object.freeze([
  'competencyIds',
  'targetLevel',
  'measure',
  'challenge',
  'resources.hours',
  'resources.budget',
  'resources.supportPerson',
  'due',
  'notes',
] as const);

/** The id of each field's control (or group) inside the shadow root. */
export const CONTROL_ID: Readonly<Record<FieldKey, string>> = Object.freeze({
  competencyIds: 'competencies',
  targetLevel: 'target-level',
  measure: 'measure',
  challenge: 'challenge',
  'resources.hours': 'hours',
  'resources.budget': 'budget',
  'resources.supportPerson': 'support',
  due: 'due',
  notes: 'notes',
});

/** What the controls hold, as they hold it: texts as typed, numbers as the input's text. */
export interface GoalFields {
  competencyIds: string[];
  targetLevel: Level | undefined;
  measure: string;
  challenge: string;
  hours: string;
  /** The number input holds text that is not a number (its `value` is then empty). */
  hoursBad: boolean;
  budget: string;
  budgetBad: boolean;
  supportPerson: string;
  due: string;
  notes: string;
}

/** A change of the fields: the new values, or how to get them from the current ones. */
export type FieldsChange = Partial<GoalFields> | ((fields: GoalFields) => Partial<GoalFields>);

/** Adds competency `id` to the chosen ones (at the end) or takes it out; without `on`, flips it. */
export function toggleCompetency(id: string, on?: boolean): (fields: GoalFields) => Partial<GoalFields> {
  return (fields) => {
    const others = fields.competencyIds.filter((candidate) => candidate !== id);
    return { competencyIds: (on ?? !fields.competencyIds.includes(id)) ? [...others, id] : others };
  };
}

/** What a goal keeps from the record it was loaded from (not edited in the form). */
export interface GoalIdentity {
  id: string;
  personId: string;
  createdAt?: string;
  status?: GoalStatus;
}

export function emptyFields(): GoalFields {
  return {
    competencyIds: [],
    targetLevel: undefined,
    measure: '',
    challenge: '',
    hours: '',
    hoursBad: false,
    budget: '',
    budgetBad: false,
    supportPerson: '',
    due: '',
    notes: '',
  };
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const numberText = (value: unknown): string => (typeof value === 'number' && Number.isFinite(value) ? String(value) : '');

/**
 * The fields for a goal from outside (a property, a stored goal, a restored form state). Only
 * parts of the right type are taken; the caller reports what `validateGoal` finds. Competency
 * ids are kept even when unknown, so that the SMART check can name them at the right field.
 */
export function fieldsFromGoal(value: unknown): GoalFields {
  const fields = emptyFields();
  if (!isRecord(value)) return fields;
  if (Array.isArray(value.competencyIds)) {
    fields.competencyIds = [...new Set(value.competencyIds.filter((id): id is string => typeof id === 'string' && id !== ''))];
  }
  fields.targetLevel = isLevel(value.targetLevel) ? value.targetLevel : undefined;
  fields.measure = text(value.measure);
  fields.challenge = text(value.challenge);
  const resources = isRecord(value.resources) ? value.resources : {};
  fields.hours = numberText(resources.hours);
  fields.budget = numberText(resources.budget);
  fields.supportPerson = text(resources.supportPerson);
  fields.due = text(value.due);
  fields.notes = text(value.notes);
  return fields;
}

/** The identity of a loaded goal, or `undefined` when it has no usable id. */
export function identityFromGoal(value: unknown): Omit<GoalIdentity, 'personId'> & { personId?: string } | undefined {
  if (!isRecord(value) || typeof value.id !== 'string' || value.id === '') return undefined;
  const identity: Omit<GoalIdentity, 'personId'> & { personId?: string } = { id: value.id };
  if (typeof value.personId === 'string' && value.personId !== '') identity.personId = value.personId;
  if (typeof value.createdAt === 'string') identity.createdAt = value.createdAt;
  if (typeof value.status === 'string') identity.status = value.status as GoalStatus;
  return identity;
}

/** An empty number field is "not given"; text the input could not read is NaN (the check then says so). */
function readNumber(textValue: string, bad: boolean): number | undefined {
  if (bad) return Number.NaN;
  const trimmed = textValue.trim();
  return trimmed === '' ? undefined : Number(trimmed);
}

/**
 * The goal as written so far, in the shape of `Goal` (fields still missing are left out).
 * Texts are trimmed; empty optional texts are left out.
 */
export function goalFromFields(fields: GoalFields, identity: GoalIdentity): Goal {
  const resources: Goal['resources'] = {};
  const hours = readNumber(fields.hours, fields.hoursBad);
  const budget = readNumber(fields.budget, fields.budgetBad);
  if (hours !== undefined) resources.hours = hours;
  if (budget !== undefined) resources.budget = budget;
  const support = fields.supportPerson.trim();
  if (support !== '') resources.supportPerson = support;
  const draft: GoalDraft = {
    id: identity.id,
    personId: identity.personId,
    competencyIds: [...fields.competencyIds],
    measure: fields.measure.trim(),
    challenge: fields.challenge.trim(),
    resources,
  };
  if (fields.targetLevel !== undefined) draft.targetLevel = fields.targetLevel;
  if (fields.due !== '') draft.due = fields.due;
  const notes = fields.notes.trim();
  if (notes !== '') draft.notes = notes;
  if (identity.createdAt !== undefined) draft.createdAt = identity.createdAt;
  if (identity.status !== undefined) draft.status = identity.status;
  // The form's value always has the shape of a goal; `validateGoal` decides whether it is one.
  return draft as Goal;
}

/** A new id for a goal that is being written; unique enough for one portfolio and free of any API a CMS page may lack. */
export function newGoalId(today: string): string {
  const random = Math.floor(Math.random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
  return `goal-${today}-${random}`;
}
