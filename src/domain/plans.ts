/**
 * The learning plan in one import: its validation (`plan-validation`), the monthly load of items
 * (`plan-load`), drafting (`plan-draft`, scheduling with `plan-scheduler`) and the ids the
 * domain gives a plan's items and reviews (`plan-ids`).
 */
export { ITEM_KINDS, ITEM_STATUSES, PLAN_LIMITS, PLAN_STATUSES, validateFinalReviewOutcome, validatePlan } from './plan-validation.js';
export { itemMonthlyHours } from './plan-load.js';
export { DRAFT_DEFAULTS, draftPlan, type DraftPlanOptions, type PrioritizedGaps } from './plan-draft.js';
export { planIdStem } from './plan-ids.js';
