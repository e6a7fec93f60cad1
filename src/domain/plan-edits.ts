import { DEFAULT_CATALOGUE_LEAN } from './catalogue.js';
import { addDays } from './dates.js';
import { issue, KompetenzradError, shortValue, type ValidationIssue } from './errors.js';
import { DEFAULT_FORMATS_LEAN, formatById } from './formats.js';
import { isFinalPlanStatus, transitionPlan } from './plan-status.js';
import { planIdStem } from './plan-ids.js';
import { ITEM_STATUSES, validatePlan } from './plan-validation.js';
import type { Catalogue, CompetencyId, Format, FormatId, IsoDate, ItemStatus, Plan, PlanItem, PlanStatus, Review } from './types.js';
import { checkArray, checkDate, checkNumber, checkObject, checkOneOf, checkRecordId, Issues, isRecord } from './validate.js';

/**
 * Hand edits of a learning plan. Every function returns a new plan and leaves the one passed in
 * untouched (items and reviews that do not change are shared), so an editor can keep the old
 * plan for undo. Bad input throws a `KompetenzradError` that names the field.
 */

export const PLAN_EDIT_LIMITS = Object.freeze({
  /** The furthest an item or review can be moved (or an item stretched) in one edit: ten years. */
  maxShiftDays: 3660,
});

/** One edit, as data: what an editor reports with the new plan, and what `applyPlanEdit` replays. */
export type PlanEdit =
  | { type: 'move-item'; itemId: string; days: number }
  | { type: 'resize-item'; itemId: string; days: number; edge?: 'start' | 'end' }
  | { type: 'add-item'; item: PlanItem }
  | { type: 'remove-item'; itemId: string }
  | { type: 'set-item-status'; itemId: string; status: ItemStatus }
  | { type: 'add-review'; review: Review }
  | { type: 'remove-review'; reviewId: string }
  | { type: 'move-review'; reviewId: string; days: number }
  | { type: 'set-plan-status'; status: PlanStatus; date: IsoDate };

export type PlanEditType = PlanEdit['type'];

export const PLAN_EDIT_TYPES: readonly PlanEditType[] = Object.freeze([
  'move-item',
  'resize-item',
  'add-item',
  'remove-item',
  'set-item-status',
  'add-review',
  'remove-review',
  'move-review',
  'set-plan-status',
] as const);

/** Catalogue and formats against which added items are checked (defaults: the built-in ones). */
export interface PlanEditOptions {
  catalogue?: Catalogue;
  formats?: readonly Format[];
}

/**
 * Applies one edit; the same as calling the matching function below, except that a plan that is
 * completed or cancelled is on record: every edit of it is refused (`plan-closed`), its status
 * has no step left either.
 */
export function applyPlanEdit(plan: Plan, edit: PlanEdit, options: PlanEditOptions = {}): Plan {
  const issues = new Issues();
  if (!checkObject(issues, edit, '$edit') || !checkOneOf(issues, edit.type, '$edit.type', PLAN_EDIT_TYPES)) {
    throw new KompetenzradError(issues.list);
  }
  if (edit.type !== 'set-plan-status' && isRecord(plan) && isFinalPlanStatus(plan.status)) {
    throw new KompetenzradError([issue('$plan.status', 'plan-closed', { status: plan.status, edit: edit.type })]);
  }
  switch (edit.type) {
    case 'move-item':
      return movePlanItem(plan, edit.itemId, edit.days);
    case 'resize-item':
      return resizePlanItem(plan, edit.itemId, edit.days, edit.edge);
    case 'add-item':
      return addPlanItem(plan, edit.item, options);
    case 'remove-item':
      return removePlanItem(plan, edit.itemId);
    case 'set-item-status':
      return setItemStatus(plan, edit.itemId, edit.status);
    case 'add-review':
      return addReview(plan, edit.review);
    case 'remove-review':
      return removeReview(plan, edit.reviewId);
    case 'move-review':
      return moveReview(plan, edit.reviewId, edit.days);
    case 'set-plan-status':
      return transitionPlan(plan, edit.status, edit.date);
  }
}

// ---------------------------------------------------------------------------------------------
// Items

/**
 * Moves an item `days` days later (earlier when negative); its length stays the same. Its
 * practice phases (items whose `practiceOf` names it) move along by as many days; a practice
 * phase moved by itself moves alone.
 */
export function movePlanItem(plan: Plan, itemId: string, days: number): Plan {
  const { index, item } = findItem(plan, itemId, days);
  return shiftPracticeOf(replaceItem(plan, index, { ...item, start: addDays(item.start, days), end: addDays(item.end, days) }), itemId, days);
}

/**
 * Makes an item `days` days longer (shorter when negative) by moving its end, or its start
 * with `edge: 'start'` (then a positive `days` moves the start later, so the item gets shorter).
 * An item lasts at least one day: an edit that would end it before it starts throws (code `date-order`).
 * Its practice phases keep their distance from its end and their own length: a new end moves
 * them by as many days, a new start leaves them where they are.
 */
export function resizePlanItem(plan: Plan, itemId: string, days: number, edge: 'start' | 'end' = 'end'): Plan {
  const { index, item } = findItem(plan, itemId, days);
  const issues = new Issues();
  checkOneOf(issues, edge, '$edge', ['start', 'end'] as const);
  if (!issues.ok) throw new KompetenzradError(issues.list);
  const start = edge === 'start' ? addDays(item.start, days) : item.start;
  const end = edge === 'end' ? addDays(item.end, days) : item.end;
  if (end < start) {
    const at = `$plan.items[${index}]`;
    throw new KompetenzradError([issue(`${at}.${edge}`, 'date-order', { variant: 'resize', itemId: item.id, edge, days, start, end })], 'date-order');
  }
  return shiftPracticeOf(replaceItem(plan, index, { ...item, start, end }), itemId, edge === 'end' ? days : 0);
}

/** Sets an item's status (planned, running, done, dropped). */
export function setItemStatus(plan: Plan, itemId: string, status: ItemStatus): Plan {
  const { index, item } = findItem(plan, itemId, 0);
  const issues = new Issues();
  checkOneOf(issues, status, '$status', ITEM_STATUSES);
  if (!issues.ok) throw new KompetenzradError(issues.list);
  return item.status === status ? plan : replaceItem(plan, index, { ...item, status });
}

/**
 * Adds an item at the end of the list. The item must be valid in this plan: a known format and
 * competencies, a free id, start not after end, and for a practice phase a format item it follows.
 */
export function addPlanItem(plan: Plan, item: PlanItem, options: PlanEditOptions = {}): Plan {
  checkPlanShape(plan);
  const next: Plan = { ...plan, items: [...plan.items, item] };
  throwIssuesAt(next, `$plan.items[${plan.items.length}]`, options);
  return next;
}

/**
 * Removes an item together with its practice phases (items whose `practiceOf` names it), which
 * would otherwise point at nothing.
 */
export function removePlanItem(plan: Plan, itemId: string): Plan {
  findItem(plan, itemId, 0);
  return { ...plan, items: plan.items.filter((item) => item.id !== itemId && !isPracticeOf(item, itemId)) };
}

export interface NewItemInput {
  formatId: FormatId;
  start: IsoDate;
  competencyIds?: CompetencyId[];
  goalId?: string;
  kind?: PlanItem['kind'];
  practiceOf?: string;
  title?: string;
  provider?: string;
}

/**
 * A new planned item of a format with the format's typical length, effort and cost (a practice
 * phase costs nothing), and an id that is free in `plan` (`<stem>-item-<n>`, the stem as in
 * `planIdStem`). It is not yet part of the plan: pass it to `addPlanItem`.
 */
export function newPlanItem(plan: Plan, input: NewItemInput, formats: readonly Format[] = DEFAULT_FORMATS_LEAN): PlanItem {
  checkPlanShape(plan);
  const issues = new Issues();
  if (!checkObject(issues, input, '$input')) throw new KompetenzradError(issues.list);
  checkDate(issues, input.start, '$input.start');
  const format = typeof input.formatId === 'string' ? formatById(formats, input.formatId) : undefined;
  if (!format) {
    issues.add('$input.formatId', 'unknown-format', { id: shortValue(input.formatId), known: formats.map((f) => f.id) });
  }
  if (!issues.ok || !format) throw new KompetenzradError(issues.list);
  const kind = input.kind ?? 'format';
  const item: PlanItem = {
    id: freeId(plan.items, `${planIdStem(plan.id)}-item-`, plan.items.length + 1),
    kind,
    formatId: format.id,
    competencyIds: [...(input.competencyIds ?? [])],
    start: input.start,
    end: addDays(input.start, Math.max(1, Math.round(format.typicalWeeks * 7)) - 1),
    hours: format.typicalHours,
    cost: kind === 'practice' ? 0 : format.typicalCost,
    status: 'planned',
  };
  if (input.goalId !== undefined) item.goalId = input.goalId;
  if (input.practiceOf !== undefined) item.practiceOf = input.practiceOf;
  if (input.title !== undefined) item.title = input.title;
  if (input.provider !== undefined) item.provider = input.provider;
  return item;
}

// ---------------------------------------------------------------------------------------------
// Reviews

/** Adds a review meeting; at most one review of a plan can be the final one. */
export function addReview(plan: Plan, review: Review): Plan {
  checkPlanShape(plan);
  const next: Plan = { ...plan, reviews: [...plan.reviews, review] };
  throwIssuesAt(next, `$plan.reviews[${plan.reviews.length}]`, {});
  return next;
}

export function removeReview(plan: Plan, reviewId: string): Plan {
  findReview(plan, reviewId, 0);
  return { ...plan, reviews: plan.reviews.filter((review) => review.id !== reviewId) };
}

/** Moves a review meeting `days` days later (earlier when negative). */
export function moveReview(plan: Plan, reviewId: string, days: number): Plan {
  const { index, review } = findReview(plan, reviewId, days);
  const reviews = [...plan.reviews];
  reviews[index] = { ...review, date: addDays(review.date, days) };
  return { ...plan, reviews };
}

/**
 * A new review meeting with an id that is free in `plan` (`<stem>-review-<n>`, or
 * `<stem>-review-final` for a final one while that is free; the stem as in `planIdStem`); pass it to `addReview`.
 */
export function newReview(plan: Plan, input: { date: IsoDate; final?: boolean; participants?: string[]; notes?: string }): Review {
  checkPlanShape(plan);
  const issues = new Issues();
  if (!checkObject(issues, input, '$input')) throw new KompetenzradError(issues.list);
  checkDate(issues, input.date, '$input.date');
  if (!issues.ok) throw new KompetenzradError(issues.list);
  const final = input.final === true;
  const stem = planIdStem(plan.id);
  const finalId = `${stem}-review-final`;
  const review: Review = {
    id: final && !plan.reviews.some((r) => r.id === finalId) ? finalId : freeId(plan.reviews, `${stem}-review-`, plan.reviews.length + 1),
    date: input.date,
    participants: [...(input.participants ?? [])],
    final,
  };
  if (input.notes !== undefined) review.notes = input.notes;
  return review;
}

// ---------------------------------------------------------------------------------------------
// Shared checks

function checkPlanShape(plan: Plan): void {
  const issues = new Issues();
  if (checkObject(issues, plan, '$plan')) {
    checkRecordId(issues, plan.id, '$plan.id');
    checkArray(issues, plan.items, '$plan.items');
    checkArray(issues, plan.reviews, '$plan.reviews');
  }
  if (!issues.ok) throw new KompetenzradError(issues.list);
}

function checkDays(issues: Issues, days: number): void {
  checkNumber(issues, days, '$days', { integer: true, min: -PLAN_EDIT_LIMITS.maxShiftDays, max: PLAN_EDIT_LIMITS.maxShiftDays });
}

function findItem(plan: Plan, itemId: string, days: number): { index: number; item: PlanItem } {
  checkPlanShape(plan);
  const issues = new Issues();
  checkDays(issues, days);
  const index = plan.items.findIndex((item: unknown) => isRecord(item) && item.id === itemId);
  if (index < 0) {
    issues.add('$itemId', 'unknown-item', { id: shortValue(itemId), planId: plan.id });
    throw new KompetenzradError(issues.list);
  }
  const item = plan.items[index];
  checkDate(issues, item.start, `$plan.items[${index}].start`);
  checkDate(issues, item.end, `$plan.items[${index}].end`);
  if (!issues.ok) throw new KompetenzradError(issues.list);
  return { index, item };
}

function findReview(plan: Plan, reviewId: string, days: number): { index: number; review: Review } {
  checkPlanShape(plan);
  const issues = new Issues();
  checkDays(issues, days);
  const index = plan.reviews.findIndex((review: unknown) => isRecord(review) && review.id === reviewId);
  if (index < 0) {
    issues.add('$reviewId', 'unknown-review', { id: shortValue(reviewId), planId: plan.id });
    throw new KompetenzradError(issues.list);
  }
  const review = plan.reviews[index];
  checkDate(issues, review.date, `$plan.reviews[${index}].date`);
  if (!issues.ok) throw new KompetenzradError(issues.list);
  return { index, review };
}

function replaceItem(plan: Plan, index: number, item: PlanItem): Plan {
  const items = [...plan.items];
  items[index] = item;
  return { ...plan, items };
}

/** Moves the practice phases of `itemId` by `days` (other items stay shared); their dates must be dates. */
function shiftPracticeOf(plan: Plan, itemId: string, days: number): Plan {
  if (days === 0 || !plan.items.some((item) => isPracticeOf(item, itemId))) return plan;
  const issues = new Issues();
  plan.items.forEach((item, i) => {
    if (!isPracticeOf(item, itemId)) return;
    checkDate(issues, item.start, `$plan.items[${i}].start`);
    checkDate(issues, item.end, `$plan.items[${i}].end`);
  });
  if (!issues.ok) throw new KompetenzradError(issues.list);
  const items = plan.items.map((item) => (isPracticeOf(item, itemId) ? { ...item, start: addDays(item.start, days), end: addDays(item.end, days) } : item));
  return { ...plan, items };
}

/** Whether `item` is a practice phase of `itemId` (`practiceOf` names it). */
function isPracticeOf(item: unknown, itemId: string): boolean {
  return isRecord(item) && item.practiceOf === itemId;
}

/** Validates the edited plan and throws the issues found in the new entry at `path` (older problems of the plan are not this edit's business). */
function throwIssuesAt(plan: Plan, path: string, options: PlanEditOptions): void {
  const issues: ValidationIssue[] = validatePlan(plan, options.catalogue ?? DEFAULT_CATALOGUE_LEAN, '$plan', options.formats ?? DEFAULT_FORMATS_LEAN).filter(
    (issue) => issue.path === path || issue.path.startsWith(`${path}.`) || issue.path.startsWith(`${path}[`),
  );
  if (issues.length > 0) throw new KompetenzradError(issues);
}

/** `<prefix><n>` for the first n ≥ `from` that no record uses. */
function freeId(records: readonly unknown[], prefix: string, from: number): string {
  const taken = new Set(records.map((record) => (isRecord(record) ? record.id : undefined)));
  let n = from;
  while (taken.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}
