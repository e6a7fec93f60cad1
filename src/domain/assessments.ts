// Everything about people's assessments, in modules of their own so that a page loads only what
// its elements call: the wheel reads the actual profile (current-profile.ts) and loads none of the
// checks of records or the refresh dates.
export {
  ACTUAL_RULES,
  assessmentHistory,
  currentProfile,
  RATER_KINDS,
  raterInUse,
  type ActualRule,
  type CurrentProfile,
  type RatingSource,
} from './current-profile.js';
export { validateAssessment } from './assessment-validation.js';
export { PERSON_LIMITS, validatePerson } from './person-validation.js';
export { dueForRefresh, type RefreshDue } from './refresh-due.js';
