import { got, issue, type Result, type ValidationIssue } from './errors.js';
import { PORTFOLIO_FORMAT, PORTFOLIO_VERSION } from './types.js';
import { isRecord } from './validate.js';

/**
 * What a migration changes: `level-words` level words become numbers, `ratings-to-levels` an
 * assessment's `ratings` become its `levels`, `german-dates` `DD.MM.YYYY` becomes `YYYY-MM-DD`,
 * `format-marker` the `format` marker is added.
 */
export type MigrationChange = 'level-words' | 'ratings-to-levels' | 'german-dates' | 'format-marker';

/** One upgrade of a portfolio document from version `from` to `from + 1`. */
export interface PortfolioMigration {
  from: number;
  to: number;
  changes: readonly MigrationChange[];
  /** Returns the upgraded document (never changes its input) and reports what it cannot convert. */
  migrate(source: Readonly<Record<string, unknown>>, issues: ValidationIssue[]): Record<string, unknown>;
}

/** Level words of version 0, lower-cased, with and without umlaut. */
const LEVEL_WORDS: Readonly<Record<string, number>> = Object.freeze({
  keine: 0,
  kein: 0,
  kenner: 1,
  koenner: 2,
  könner: 2,
  experte: 3,
});
const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * Version 0 is the format of the early prototype (before the `format` marker existed):
 * - `version: 0`, the `format` marker may be missing;
 * - levels are words: `"keine"` 0, `"kenner"` 1, `"koenner"` or `"könner"` 2, `"experte"` 3
 *   (any case; numbers 0..3 are kept), in role targets, assessment ratings and goal target levels;
 * - an assessment keeps its levels under `ratings` instead of `levels`;
 * - dates may be written the German way, `DD.MM.YYYY` (also `D.M.YYYY`).
 * Everything else already has the shape of version 1.
 */
const V0_TO_V1: PortfolioMigration = {
  from: 0,
  to: 1,
  changes: ['level-words', 'ratings-to-levels', 'german-dates', 'format-marker'],
  migrate(source, issues) {
    const out: Record<string, unknown> = { ...source, format: PORTFOLIO_FORMAT, version: 1 };
    if (Array.isArray(source.roles)) {
      out.roles = source.roles.map((role, index) =>
        isRecord(role) ? { ...role, target: levelWords(role.target, `$.roles[${index}].target`, issues) } : role,
      );
    }
    if (Array.isArray(source.assessments)) {
      out.assessments = source.assessments.map((assessment, index) => {
        if (!isRecord(assessment)) return assessment;
        const at = `$.assessments[${index}]`;
        const { ratings, ...rest } = assessment;
        const migrated: Record<string, unknown> = { ...rest, date: germanDate(assessment.date) };
        if (ratings !== undefined) {
          if (assessment.levels !== undefined) issues.push(issue(`${at}.ratings`, 'migration', { variant: 'ratings-and-levels' }));
          migrated.levels = levelWords(ratings, `${at}.ratings`, issues);
        } else {
          migrated.levels = levelWords(assessment.levels, `${at}.levels`, issues);
        }
        return migrated;
      });
    }
    if (Array.isArray(source.goals)) {
      out.goals = source.goals.map((goal, index) =>
        isRecord(goal)
          ? withDates(
              { ...goal, targetLevel: levelWord(goal.targetLevel, `$.goals[${index}].targetLevel`, issues) },
              ['due', 'createdAt'],
            )
          : goal,
      );
    }
    if (Array.isArray(source.plans)) out.plans = source.plans.map(migratePlanDates);
    return out;
  },
};

function migratePlanDates(plan: unknown): unknown {
  if (!isRecord(plan)) return plan;
  const out: Record<string, unknown> = { ...plan };
  if (Array.isArray(plan.history)) out.history = plan.history.map((step) => withDates(step, ['date']));
  if (Array.isArray(plan.items)) out.items = plan.items.map((item) => withDates(item, ['start', 'end']));
  if (Array.isArray(plan.reviews)) out.reviews = plan.reviews.map((review) => withDates(review, ['date']));
  if (plan.outcome !== undefined) out.outcome = withDates(plan.outcome, ['date', 'nextStockTaking']);
  return out;
}

/** The upgrade steps in order; step `n` turns version `n` into version `n + 1`. */
export const PORTFOLIO_MIGRATIONS: readonly PortfolioMigration[] = Object.freeze([V0_TO_V1]);

/**
 * Brings a parsed portfolio document up to `PORTFOLIO_VERSION`, one step at a time, without
 * changing the input. A current document is returned as it is. Reports a missing or
 * non-integer `version`, a wrong `format` marker, and a document from a newer version of
 * kompetenzrad (which this version cannot read safely). The result still has to be validated
 * (`validatePortfolio`).
 */
export function migratePortfolio(value: unknown): Result<unknown> {
  if (!isRecord(value)) return fail([issue('$', 'type', { expected: 'portfolio', ...got(value) })]);
  const version = value.version;
  if (version === undefined) return fail([issue('$.version', 'version', { variant: 'missing' })]);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail([issue('$.version', 'version', { variant: 'not-whole', max: PORTFOLIO_VERSION, ...got(version) })]);
  }
  if (version > PORTFOLIO_VERSION) {
    return fail([issue('$.version', 'version-newer', { got: version, max: PORTFOLIO_VERSION })]);
  }
  const formatMissingAllowed = version === 0;
  if (value.format !== PORTFOLIO_FORMAT && !(formatMissingAllowed && value.format === undefined)) {
    return fail([issue('$.format', 'format', { expected: PORTFOLIO_FORMAT, ...got(value.format) })]);
  }

  let current: Record<string, unknown> = value;
  for (let from = version; from < PORTFOLIO_VERSION; from += 1) {
    const step = PORTFOLIO_MIGRATIONS.find((migration) => migration.from === from);
    if (!step) return fail([issue('$.version', 'version', { variant: 'no-migration', from })]);
    const issues: ValidationIssue[] = [];
    current = step.migrate(current, issues);
    if (issues.length > 0) return fail(issues);
  }
  return { ok: true, value: current };
}

function levelWords(profile: unknown, path: string, issues: ValidationIssue[]): unknown {
  if (!isRecord(profile)) return profile;
  return Object.fromEntries(Object.entries(profile).map(([key, level]) => [key, levelWord(level, `${path}.${key}`, issues)]));
}

function levelWord(level: unknown, path: string, issues: ValidationIssue[]): unknown {
  if (typeof level !== 'string') return level;
  const word = level.normalize('NFC').trim().toLowerCase();
  const value = Object.hasOwn(LEVEL_WORDS, word) ? LEVEL_WORDS[word] : undefined;
  if (value === undefined) {
    issues.push(issue(path, 'level', { variant: 'word', ...got(level) }));
    return level;
  }
  return value;
}

function withDates(record: unknown, keys: readonly string[]): unknown {
  if (!isRecord(record)) return record;
  const out: Record<string, unknown> = { ...record };
  for (const key of keys) if (key in out) out[key] = germanDate(out[key]);
  return out;
}

/** `DD.MM.YYYY` → `YYYY-MM-DD`; anything else is returned unchanged (validation judges it). */
function germanDate(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const match = GERMAN_DATE.exec(value.trim());
  if (!match) return value;
  const [, day, month, year] = match;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

function fail(errors: ValidationIssue[]): Result<unknown> {
  return { ok: false, errors };
}
