import { RATER_KINDS } from './current-profile.js';
import { indexCatalogue } from './catalogue.js';
import type { ValidationIssue } from './errors.js';
import { checkProfile } from './profile.js';
import type { Catalogue } from './types.js';
import { checkDate, checkKnownKeys, checkObject, checkOneOf, checkRecordId, checkString, Issues, MAX_LABEL_LENGTH, MAX_TEXT_LENGTH } from './validate.js';

// Re-exported by assessments.ts; a module of its own so that a page whose elements only read assessments (the wheel) loads none of it.

const ASSESSMENT_KEYS = ['id', 'personId', 'rater', 'raterRole', 'date', 'levels', 'notes', 'stockTaking'] as const;
const STOCK_TAKING_KEYS = ['currentTasks', 'builtCompetencies', 'hiddenCompetencies', 'competenciesToGrow', 'conditions'] as const;

/**
 * Checks an assessment: ids, rater `self` or `external`, a date, levels over `catalogue`,
 * notes keyed by competencies of the catalogue, and the five stock-taking answers as text.
 */
export function validateAssessment(value: unknown, catalogue: Catalogue, path = '$'): ValidationIssue[] {
  const index = indexCatalogue(catalogue);
  const issues = new Issues();
  if (!checkObject(issues, value, path)) return issues.list;
  checkKnownKeys(issues, value, path, ASSESSMENT_KEYS);
  checkRecordId(issues, value.id, `${path}.id`);
  checkRecordId(issues, value.personId, `${path}.personId`);
  checkOneOf(issues, value.rater, `${path}.rater`, RATER_KINDS);
  checkString(issues, value.raterRole, `${path}.raterRole`, { optional: true, max: MAX_LABEL_LENGTH });
  checkDate(issues, value.date, `${path}.date`);
  if (value.notes !== undefined && checkObject(issues, value.notes, `${path}.notes`)) {
    const notes = value.notes;
    for (const key of Object.keys(notes)) {
      const at = `${path}.notes.${key}`;
      if (!index.position.has(key)) issues.add(at, 'unknown-competency', { id: key });
      else checkString(issues, notes[key], at, { max: MAX_TEXT_LENGTH });
    }
  }
  if (value.stockTaking !== undefined && checkObject(issues, value.stockTaking, `${path}.stockTaking`)) {
    checkKnownKeys(issues, value.stockTaking, `${path}.stockTaking`, STOCK_TAKING_KEYS);
    for (const key of STOCK_TAKING_KEYS) {
      const answer = value.stockTaking[key];
      if (answer !== undefined) checkString(issues, answer, `${path}.stockTaking.${key}`, { max: MAX_TEXT_LENGTH });
    }
  }
  checkProfile(issues, value.levels, index, `${path}.levels`);
  return issues.list;
}
