import { RATER_KINDS } from './current-profile.js';
import { indexCatalogue, type CatalogueIndex } from './catalogue.js';
import { isIsoDate } from './dates.js';
import type { ValidationIssue } from './errors.js';
import { checkProfile, levelReaderOf } from './profile.js';
import { RecordRules, type FieldRule } from './record-rules.js';
import type { Catalogue } from './types.js';
import { checkDate, checkObject, checkOneOf, checkRecordId, checkString, isRecord, isRecordId, isText, Issues, MAX_LABEL_LENGTH, MAX_TEXT_LENGTH } from './validate.js';

// Re-exported by assessments.ts; a module of its own so that a page whose elements only read assessments (the wheel) loads none of it.

const ASSESSMENT_KEYS = ['id', 'personId', 'rater', 'raterRole', 'date', 'levels', 'notes', 'stockTaking'] as const;

const recordId: FieldRule<unknown> = { passes: isRecordId, check: checkRecordId };
const answer: FieldRule<unknown> = {
  optional: true,
  passes: (value) => isText(value, MAX_TEXT_LENGTH),
  check: (issues, value, path) => checkString(issues, value, path, { max: MAX_TEXT_LENGTH }),
};

const STOCK_TAKING = new RecordRules({
  currentTasks: answer,
  builtCompetencies: answer,
  hiddenCompetencies: answer,
  competenciesToGrow: answer,
  conditions: answer,
});

/** What an assessment is checked against: the catalogue, and where `assessmentFits` keeps the levels it reads. */
export interface AssessmentContext {
  readonly index: CatalogueIndex;
  /** Levels by wheel position, `into[offset + position]`, −1 for a competency left out. */
  readonly into?: Int8Array;
  readonly offset?: number;
}

/** Notes keyed by competencies of the catalogue. */
function notesPass(value: unknown, { index }: AssessmentContext): boolean {
  if (!isRecord(value)) return false;
  for (const key in value) if (!index.position.has(key) || !isText(value[key], MAX_TEXT_LENGTH)) return false;
  return true;
}

/** The fields of an assessment and their rules (exported for tests). */
export const ASSESSMENT_RULES = new RecordRules<AssessmentContext>(
  {
    id: recordId,
    personId: recordId,
    rater: { passes: (value) => (RATER_KINDS as readonly unknown[]).includes(value), check: (issues, value, path) => checkOneOf(issues, value, path, RATER_KINDS) },
    raterRole: {
      optional: true,
      passes: (value) => isText(value, MAX_LABEL_LENGTH),
      check: (issues, value, path) => checkString(issues, value, path, { max: MAX_LABEL_LENGTH }),
    },
    date: { passes: isIsoDate, check: (issues, value, path) => checkDate(issues, value, path) },
    notes: {
      optional: true,
      passes: notesPass,
      check(issues, notes, path, { index }) {
        if (!checkObject(issues, notes, path)) return;
        for (const key of Object.keys(notes)) {
          if (!index.position.has(key)) issues.add(`${path}.${key}`, 'unknown-competency', { id: key });
          else checkString(issues, notes[key], `${path}.${key}`, { max: MAX_TEXT_LENGTH });
        }
      },
    },
    stockTaking: {
      optional: true,
      passes: (value) => STOCK_TAKING.passes(value, undefined),
      check: (issues, value, path) => STOCK_TAKING.check(issues, value, path, undefined),
    },
    levels: {
      passes: (value, { index, into, offset }) => isRecord(value) && levelReaderOf(index).fits(value, into, offset),
      check: (issues, value, path, { index }) => checkProfile(issues, value, index, path),
    },
  },
  ASSESSMENT_KEYS,
);

/**
 * Checks an assessment: ids, rater `self` or `external`, a date, levels over `catalogue`,
 * notes keyed by competencies of the catalogue, and the five stock-taking answers as text.
 */
export function validateAssessment(value: unknown, catalogue: Catalogue, path = '$'): ValidationIssue[] {
  const context = { index: indexCatalogue(catalogue) };
  if (ASSESSMENT_RULES.passes(value, context)) return [];
  const issues = new Issues();
  ASSESSMENT_RULES.check(issues, value, path, context);
  return issues.list;
}

/**
 * Whether `value` is a valid assessment (`validateAssessment` finds nothing), checked without
 * building a path. The levels of a valid one are written to `into` by wheel position from
 * `offset` on (−1 for a competency it leaves out): a reader of many assessments then reads each
 * assessment's levels once, not once to check and once to use.
 */
export function assessmentFits(value: unknown, index: CatalogueIndex, into: Int8Array, offset: number): boolean {
  return ASSESSMENT_RULES.passes(value, { index, into, offset });
}
