import { withSubjects } from './issue-subjects.js';
import { validatePerson, validateAssessment } from './assessments.js';
import { CATALOGUE_LIMITS, DEFAULT_CATALOGUE, DEFAULT_CATALOGUE_LEAN, validateCatalogue } from './catalogue.js';
import { got, issue, KompetenzradError, type Result, type ValidationIssue } from './errors.js';
import { validateGoal } from './goals.js';
import { migratePortfolio } from './migrations.js';
import { validatePlan } from './plan-validation.js';
import type { PortfolioPrecheck } from './portfolio-precheck.js';
import { DEFAULT_ROLES, DEFAULT_ROLES_LEAN, validateRoles } from './roles.js';
import { PORTFOLIO_FORMAT, PORTFOLIO_VERSION, type Catalogue, type Portfolio, type Role } from './types.js';
import { checkArray, checkKnownKeys, checkRecordId, Issues, isRecord, MAX_LABEL_LENGTH } from './validate.js';

/**
 * What a portfolio document may contain at most. A document beyond these limits is refused
 * with a clear message instead of freezing the page that loads it.
 */
export const PORTFOLIO_LIMITS = Object.freeze({
  /**
   * Length of the JSON text in characters (UTF-16 code units), checked before parsing: about
   * 50 MB. 20,000 people with a self- and an external assessment of all 25 competencies come to
   * about 35 MB; 10,000 such people to about 18 MB.
   */
  maxTextLength: 50_000_000,
  maxPeople: 20_000,
  maxRoles: 100,
  maxAssessments: 400_000,
  maxGoals: 200_000,
  maxPlans: 100_000,
  /** Ids of erased people a document remembers (`erasedPeople`). */
  maxErasedPeople: 100_000,
  /** Competencies of a custom catalogue (the catalogue's own limit). */
  maxCompetencies: CATALOGUE_LIMITS.maxCompetencies,
  /** Labels and names, in characters. */
  maxLabelLength: MAX_LABEL_LENGTH,
  /** Nesting of objects and lists; a valid document needs about 6. */
  maxDepth: 16,
  /**
   * Objects and lists a JSON text may hold, counted as `{` and `[` outside strings before it is
   * parsed: parsing builds every one of them, 2.5 million empty objects in about half a second,
   * 16 million in 4.5 s and more. A valid document spends at least 20 characters of JSON on
   * each (a typical one about 150), so every document within `maxTextLength` fits.
   */
  maxObjects: 2_500_000,
  /**
   * Values (objects, lists and the entries of both) a document may hold, counted while it is
   * walked before the field checks, where a part used in several places counts each time: so an
   * object built in code that shares its parts many times cannot freeze the page. A valid
   * document spends about 17 characters of JSON on each value, never fewer than 4, so every
   * document within `maxTextLength` fits.
   */
  maxValues: 12_500_000,
  /** Issues reported in full; the rest are counted in a final `too-many-issues` issue. */
  maxIssues: 100,
});

const TOP_LEVEL_KEYS = ['format', 'version', 'installationId', 'erasedPeople', 'catalogue', 'roles', 'people', 'assessments', 'goals', 'plans'] as const;
const JSON_POSITION = /position (\d+)/;

/** A new, empty document of the current version (built-in catalogue and roles). */
export function emptyPortfolio(): Portfolio {
  return { format: PORTFOLIO_FORMAT, version: PORTFOLIO_VERSION, people: [], assessments: [], goals: [], plans: [] };
}

/** The document's own catalogue, or the built-in one (with the descriptions in both languages; `leanCatalogueOf` leaves them out). */
export function catalogueOf(portfolio: Portfolio): Catalogue {
  return portfolio.catalogue ?? DEFAULT_CATALOGUE;
}

/** The document's own roles, or the built-in five (with tasks and source note in both languages; `leanRolesOf` leaves them out). */
export function rolesOf(portfolio: Portfolio): Role[] {
  return portfolio.roles ?? DEFAULT_ROLES;
}

/**
 * The document's own catalogue, or the built-in one without descriptions (`DEFAULT_CATALOGUE_LEAN`):
 * for code that needs ids and names only, so that a page loads the descriptions in neither language.
 */
export function leanCatalogueOf(portfolio: Portfolio): Catalogue {
  return portfolio.catalogue ?? DEFAULT_CATALOGUE_LEAN;
}

/** The document's own roles, or the built-in five without tasks and source note (`DEFAULT_ROLES_LEAN`); see `leanCatalogueOf`. */
export function leanRolesOf(portfolio: Portfolio): Role[] {
  return portfolio.roles ?? DEFAULT_ROLES_LEAN;
}

/**
 * Reads a portfolio from JSON text: refuses text longer than `PORTFOLIO_LIMITS.maxTextLength` or
 * with more than `PORTFOLIO_LIMITS.maxObjects` objects and lists before parsing it, reports bad
 * JSON with line and column, refuses `__proto__` / `constructor` / `prototype` keys anywhere,
 * upgrades older versions (`migratePortfolio`) and validates the result (`validatePortfolio`).
 * A leading byte order mark is ignored.
 */
export function parsePortfolio(text: string): Result<Portfolio> {
  const parsed = parsePortfolioJson(text);
  return parsed.ok ? portfolioFromJson(parsed.value) : parsed;
}

/**
 * The first half of `parsePortfolio`: the text within its limits, parsed as JSON (not checked
 * any further); the second half is `portfolioFromJson`. For a reader that hands the parsed
 * records on before the checks (the provider's worker for large documents).
 */
export function parsePortfolioJson(text: string): Result<unknown> {
  if (typeof text !== 'string') return fail([issue('$', 'type', { expected: 'portfolio-text', ...got(text) })]);
  if (text.length > PORTFOLIO_LIMITS.maxTextLength) return fail([issue('$', 'too-large', { length: text.length, max: PORTFOLIO_LIMITS.maxTextLength })]);
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!withinObjectBudget(source)) return fail([issue('$', 'too-many-values', { variant: 'objects', max: PORTFOLIO_LIMITS.maxObjects })]);
  try {
    return { ok: true, value: JSON.parse(source) as unknown };
  } catch (error) {
    return fail([jsonIssue(source, error)]);
  }
}

/**
 * What `parsePortfolio` does with the parsed JSON: the checks of every value, the upgrade of older
 * versions, the validation. A `precheck` fed with the document's records while they arrived
 * spares the checks of each record alone; the result is the same with it as without.
 */
export function portfolioFromJson(raw: unknown, precheck?: PortfolioPrecheck): Result<Portfolio> {
  const unsafe = scanDocument(raw, precheck);
  if (unsafe.length > 0) return fail(unsafe);
  const migrated = migratePortfolio(raw);
  if (!migrated.ok) return fail(withSubjects(migrated.errors, raw));
  return named(validateDocument(migrated.value, false, precheck), migrated.value);
}

/** A refusal whose issues name the people their records belong to (`withSubjects`). */
function named(result: Result<Portfolio>, document: unknown): Result<Portfolio> {
  return result.ok ? result : fail(withSubjects(result.errors, document));
}

/**
 * Validates a portfolio document of the current version and returns it typed. Checks every
 * field (types, ids, levels 0..3, real `YYYY-MM-DD` dates, texts within their limits), that ids
 * are unique, that every reference points somewhere (assessments, goals and plans to people,
 * people to roles of the document or the built-in roles, competency ids to the catalogue, plan
 * items and outcomes to goals of the same person), refuses unknown top-level keys and the keys
 * `__proto__`, `constructor` and `prototype` at any depth, and enforces `PORTFOLIO_LIMITS`.
 * It collects all issues (the first 100 in full) instead of stopping at the first. An object
 * built in code is walked first, so that it cannot hang the checks: a cycle is refused
 * (`cycle`), a list longer than any a document may hold is refused by its length alone, and a
 * part shared many times counts each time against `PORTFOLIO_LIMITS.maxValues`.
 *
 * The checks are written by hand rather than compiled from the JSON Schema: no `eval` or
 * generated functions, so it runs under a strict Content Security Policy, and it adds little
 * to the browser bundle. `schema/portfolio.schema.json` describes the same document for
 * other languages.
 */
export function validatePortfolio(value: unknown): Result<Portfolio> {
  return named(validateDocument(value, true), value);
}

/** `serializePortfolio` options. */
export interface SerializeOptions {
  /** Spaces per level of indentation (e.g. 2 for reading); default 0, one line, about a third smaller. */
  indent?: number;
  /** Validate before writing (default `true`), so that only loadable documents are written. */
  validate?: boolean;
}

/**
 * Writes a portfolio as JSON with a stable key order (the top level as in the type, inside
 * records well-known fields in a fixed order, then the rest alphabetically), so that the same data always gives the same text and diffs stay
 * small. Throws a `KompetenzradError` when the document is not valid.
 */
export function serializePortfolio(portfolio: Portfolio, options: SerializeOptions = {}): string {
  const { indent = 0, validate = true } = options ?? {};
  if (validate) {
    const result = validatePortfolio(portfolio);
    if (!result.ok) throw new KompetenzradError(result.errors);
  }
  return JSON.stringify(portfolio, (_key, value: unknown) => (value === portfolio ? orderRoot(portfolio) : orderKeys(value)), indent);
}

function orderRoot(portfolio: Portfolio): Record<string, unknown> {
  const root: Record<string, unknown> = portfolio as unknown as Record<string, unknown>;
  const known = TOP_LEVEL_KEYS.filter((key) => Object.hasOwn(root, key));
  const rest = Object.keys(root).filter((key) => !(TOP_LEVEL_KEYS as readonly string[]).includes(key)).sort(compareKeys);
  return Object.fromEntries([...known, ...rest].map((key) => [key, root[key]]));
}

const KEY_ORDER = [
  'format', 'version', 'id', 'personId', 'name', 'email', 'roleId', 'department', 'lineManager', 'kind', 'formatId', 'title', 'category', 'label', 'description',
  'refreshMonths', 'tasks', 'target', 'source', 'capacityHoursPerMonth', 'budget', 'rater', 'raterRole', 'date', 'time', 'status', 'competencyIds',
  'targetLevel', 'measure', 'challenge', 'resources', 'hours', 'cost', 'provider', 'supportPerson', 'start', 'end', 'due', 'goalId',
  'practiceOf', 'participants', 'final', 'reached', 'smartInPractice', 'nextStockTaking', 'levels', 'notes', 'stockTaking', 'currentTasks',
  'builtCompetencies', 'hiddenCompetencies', 'competenciesToGrow', 'conditions', 'createdAt', 'history', 'items', 'reviews', 'outcome',
  'goals', 'catalogue', 'categories', 'competencies', 'roles', 'people', 'assessments', 'plans',
];
const KEY_RANK = new Map(KEY_ORDER.map((key, index) => [key, index]));

function compareKeys(a: string, b: string): number {
  const rankA = KEY_RANK.get(a);
  const rankB = KEY_RANK.get(b);
  if (rankA !== undefined && rankB !== undefined) return rankA - rankB;
  if (rankA !== undefined) return -1;
  if (rankB !== undefined) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function orderKeys(value: unknown): unknown {
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort(compareKeys)
      .map((key) => [key, value[key]]),
  );
}

/** Keeps the first `maxIssues` issues and counts the rest. */
class IssueCollector {
  readonly list: ValidationIssue[] = [];
  more = 0;

  add(found: readonly ValidationIssue[]): void {
    for (const one of found) {
      if (this.list.length < PORTFOLIO_LIMITS.maxIssues) this.list.push(one);
      else this.more += 1;
    }
  }

  get ok(): boolean {
    return this.list.length === 0;
  }

  /** True when a further issue would only be counted (so it need not be built). */
  get full(): boolean {
    return this.list.length >= PORTFOLIO_LIMITS.maxIssues;
  }

  result(): ValidationIssue[] {
    if (this.more === 0) return this.list;
    return [...this.list, issue('$', 'too-many-issues', { more: this.more, max: PORTFOLIO_LIMITS.maxIssues })];
  }
}

function validateDocument(value: unknown, scan: boolean, precheck?: PortfolioPrecheck): Result<Portfolio> {
  if (!isRecord(value)) return fail([issue('$', 'type', { expected: 'portfolio', ...got(value) })]);
  if (scan) {
    const unsafe = scanDocument(value);
    if (unsafe.length > 0) return fail(unsafe);
  }
  const issues = new IssueCollector();
  const local = new Issues();
  checkKnownKeys(local, value, '$', TOP_LEVEL_KEYS);
  if (value.format !== PORTFOLIO_FORMAT) {
    local.add('$.format', 'format', { expected: PORTFOLIO_FORMAT, ...got(value.format) });
  }
  if (value.version !== PORTFOLIO_VERSION) {
    const newer = typeof value.version === 'number' && value.version > PORTFOLIO_VERSION;
    if (newer) local.add('$.version', 'version-newer', { got: value.version as number, max: PORTFOLIO_VERSION });
    else local.add('$.version', 'version', { variant: 'not-current', expected: PORTFOLIO_VERSION, ...got(value.version) });
  }
  if (value.installationId !== undefined) checkRecordId(local, value.installationId, '$.installationId');
  issues.add(local.list);

  // The catalogue: the document's own (when valid) or the built-in one. Checks that need a
  // catalogue are skipped when the document's own catalogue is broken; its issues say why.
  let catalogue: Catalogue | undefined = DEFAULT_CATALOGUE_LEAN;
  if (value.catalogue !== undefined) {
    const found = validateCatalogue(value.catalogue, '$.catalogue');
    issues.add(found);
    catalogue = found.length === 0 ? (value.catalogue as Catalogue) : undefined;
  }

  let roleIds: string[] = DEFAULT_ROLES_LEAN.map((role) => role.id);
  if (value.roles !== undefined) {
    const rolesIssues = new Issues();
    if (checkArray(rolesIssues, value.roles, '$.roles', { max: PORTFOLIO_LIMITS.maxRoles })) {
      if (catalogue) issues.add(validateRoles(value.roles, catalogue, '$.roles'));
      roleIds = value.roles.flatMap((role) => (isRecord(role) && typeof role.id === 'string' ? [role.id] : []));
    }
    issues.add(rolesIssues.list);
  } else if (catalogue && value.catalogue !== undefined && validateRoles(DEFAULT_ROLES_LEAN, catalogue).length > 0) {
    issues.add([issue('$.roles', 'roles-needed')]);
  }

  // What the precheck found in a record alone holds under the built-in catalogue and roles only.
  const rolesPrecheck = value.roles === undefined ? precheck : undefined;
  const cataloguePrecheck = catalogue === DEFAULT_CATALOGUE_LEAN ? precheck : undefined;
  const people = listOf(value, 'people', PORTFOLIO_LIMITS.maxPeople, issues);
  const personIds = people && idsOf(people, '$.people', issues);
  people?.forEach((person, index) => issues.add(rolesPrecheck?.checked('people', index, person) ?? validatePerson(person, `$.people[${index}]`, roleIds)));
  if (value.erasedPeople !== undefined) checkErasedPeople(value.erasedPeople, people, issues);

  const assessments = listOf(value, 'assessments', PORTFOLIO_LIMITS.maxAssessments, issues);
  if (assessments) {
    idsOf(assessments, '$.assessments', issues);
    assessments.forEach((assessment, index) => {
      const at = `$.assessments[${index}]`;
      if (catalogue) issues.add(cataloguePrecheck?.checked('assessments', index, assessment) ?? validateAssessment(assessment, catalogue, at));
      checkPersonRef(assessment, at, personIds, issues);
    });
  }

  const goals = listOf(value, 'goals', PORTFOLIO_LIMITS.maxGoals, issues);
  /** goal id → the person it belongs to */
  const goalOwners = new Map<string, unknown>();
  if (goals) {
    idsOf(goals, '$.goals', issues);
    goals.forEach((goal, index) => {
      const at = `$.goals[${index}]`;
      if (catalogue) issues.add(cataloguePrecheck?.checked('goals', index, goal) ?? validateGoal(goal, catalogue, at));
      checkPersonRef(goal, at, personIds, issues);
      if (isRecord(goal) && typeof goal.id === 'string' && !goalOwners.has(goal.id)) goalOwners.set(goal.id, goal.personId);
    });
  }

  const plans = listOf(value, 'plans', PORTFOLIO_LIMITS.maxPlans, issues);
  if (plans) {
    idsOf(plans, '$.plans', issues);
    plans.forEach((plan, index) => {
      const at = `$.plans[${index}]`;
      if (catalogue) issues.add(cataloguePrecheck?.checked('plans', index, plan) ?? validatePlan(plan, catalogue, at));
      checkPersonRef(plan, at, personIds, issues);
      if (goals) checkGoalRefs(plan, at, goalOwners, issues);
    });
  }

  if (!issues.ok) return fail(issues.result());
  return { ok: true, value: value as unknown as Portfolio };
}

/** A top-level list, or `undefined` (with an issue) when it is missing, not a list or too long. */
function listOf(doc: Record<string, unknown>, key: string, max: number, issues: IssueCollector): unknown[] | undefined {
  const local = new Issues();
  const value = doc[key];
  const path = `$.${key}`;
  if (value === undefined) local.add(path, 'missing', { variant: 'list' });
  else if (checkArray(local, value, path, { max })) return value;
  issues.add(local.list);
  return undefined;
}

/** The string ids of a list of records; reports each repeated id. */
function idsOf(records: readonly unknown[], path: string, issues: IssueCollector): Set<string> {
  const ids = new Set<string>();
  for (let index = 0; index < records.length; index += 1) {
    const record = records[index];
    if (!isRecord(record) || typeof record.id !== 'string') continue;
    if (ids.has(record.id)) {
      const at = `${path}[${index}].id`;
      issues.add([issue(at, 'duplicate-id', { id: record.id })]);
    }
    ids.add(record.id);
  }
  return ids;
}

/** `erasedPeople`: distinct record ids, none of them a person's of the document. */
function checkErasedPeople(erased: unknown, people: readonly unknown[] | undefined, issues: IssueCollector): void {
  const local = new Issues();
  if (checkArray(local, erased, '$.erasedPeople', { max: PORTFOLIO_LIMITS.maxErasedPeople })) {
    const seen = new Set<string>();
    erased.forEach((id, index) => {
      const at = `$.erasedPeople[${index}]`;
      if (!checkRecordId(local, id, at)) return;
      if (seen.has(id)) local.add(at, 'duplicate-id', { id });
      seen.add(id);
    });
    people?.forEach((person, index) => {
      if (isRecord(person) && typeof person.id === 'string' && seen.has(person.id)) local.add(`$.people[${index}].id`, 'duplicate-id', { id: person.id, variant: 'erased' });
    });
  }
  issues.add(local.list);
}

/** `personId` must name a person of the document (skipped when the people list itself is broken). */
function checkPersonRef(record: unknown, path: string, personIds: Set<string> | undefined, issues: IssueCollector): void {
  if (!personIds || !isRecord(record) || typeof record.personId !== 'string') return;
  if (!personIds.has(record.personId)) {
    issues.add([issue(`${path}.personId`, 'unknown-person', { id: record.personId })]);
  }
}

/** Plan items and final-review outcomes may only name goals of the plan's own person. */
function checkGoalRefs(plan: unknown, path: string, goalOwners: Map<string, unknown>, issues: IssueCollector): void {
  if (!isRecord(plan)) return;
  const check = (goalId: unknown, at: string) => {
    if (typeof goalId !== 'string') return;
    if (!goalOwners.has(goalId)) issues.add([issue(at, 'unknown-goal', { id: goalId })]);
    else if (goalOwners.get(goalId) !== plan.personId) issues.add([issue(at, 'unknown-goal', { id: goalId, personId: String(plan.personId) })]);
  };
  if (Array.isArray(plan.items)) {
    plan.items.forEach((item, index) => {
      if (isRecord(item)) check(item.goalId, `${path}.items[${index}].goalId`);
    });
  }
  if (isRecord(plan.outcome) && Array.isArray(plan.outcome.goals)) {
    plan.outcome.goals.forEach((outcome, index) => {
      if (isRecord(outcome)) check(outcome.goalId, `${path}.outcome.goals[${index}].goalId`);
    });
  }
}

/** The longest list a document may hold, and the limits of its top-level lists. */
const LONGEST_LIST = Math.max(PORTFOLIO_LIMITS.maxPeople, PORTFOLIO_LIMITS.maxAssessments, PORTFOLIO_LIMITS.maxGoals, PORTFOLIO_LIMITS.maxPlans);
const TOP_LEVEL_LIST_LIMITS: Readonly<Record<string, number>> = {
  roles: PORTFOLIO_LIMITS.maxRoles,
  people: PORTFOLIO_LIMITS.maxPeople,
  assessments: PORTFOLIO_LIMITS.maxAssessments,
  goals: PORTFOLIO_LIMITS.maxGoals,
  plans: PORTFOLIO_LIMITS.maxPlans,
};

/**
 * Walks the whole document once before the field checks, so that nothing after it can hang:
 * refuses the keys `__proto__`, `constructor` and `prototype` at any depth (`JSON.parse` turns
 * `"__proto__"` into an own property, which a later spread or assignment could turn into
 * prototype pollution), nesting deeper than `PORTFOLIO_LIMITS.maxDepth`, an object inside itself
 * (`cycle`), a list longer than any list of a document may be (before walking it: a sparse list
 * of four billion holes costs nothing) and more than `PORTFOLIO_LIMITS.maxValues` values, where
 * a part used in several places counts each time. Path strings are only built for what is reported.
 * A record of a top-level list that `precheck` found clean at its place is counted, not walked.
 */
function scanDocument(root: unknown, precheck?: PortfolioPrecheck): ValidationIssue[] {
  if (typeof root !== 'object' || root === null) return [];
  const walk = walkValues(root, [], precheck);
  // A walk that ran out of budget saw only part of the document: its other findings say little.
  return walk.whole ? walk.found.result() : [issue('$', 'too-many-values', { max: PORTFOLIO_LIMITS.maxValues })];
}

/** A record of a top-level list in which the walk of `scanDocument` finds nothing (`scanRecord`). */
export interface RecordScan {
  /** The values it holds, as `scanDocument` counts them. */
  readonly cost: number;
  /**
   * The budget its walk needs to go through: more than `cost` when empty objects come after its
   * last check of the budget, since an empty object is counted but not checked.
   */
  readonly need: number;
}

/**
 * @internal For `PortfolioPrecheck`, not part of the domain's API.
 * The walk of `scanDocument` over `record`, the element `index` of the top-level list `key`, as
 * if that walk came to it (`undefined` when it finds anything or holds more values than a
 * document may), for `PortfolioPrecheck`. It sees a cycle through the document's root or list
 * only when the record already lies in that list (a record parsed from JSON has none).
 */
export function scanRecord(key: string, index: number, record: object): RecordScan | undefined {
  const walk = walkValues(record, [key, index]);
  if (!walk.whole || !walk.found.ok) return undefined;
  return { cost: PORTFOLIO_LIMITS.maxValues - walk.budget, need: PORTFOLIO_LIMITS.maxValues - walk.checked };
}

/**
 * The walk of `scanDocument` from `start`, found at `segments` (the keys and indices from the
 * root, which give its depth), with the full budget: `whole` is false when the budget ran out.
 * Records of top-level lists that `precheck` found clean at their place are counted, not walked.
 */
function walkValues(start: object, segments: (string | number)[], precheck?: PortfolioPrecheck) {
  const found = new IssueCollector();
  /** The objects and lists from `start` to the one being walked (at most `maxDepth` + 1). */
  const ancestors: object[] = [];
  let budget = PORTFOLIO_LIMITS.maxValues;
  /** The budget at its last check (`RecordScan.need`). */
  let checked: number = budget;
  const report = (add: (at: string) => ValidationIssue): void => {
    if (found.full) found.more += 1;
    else found.add([add(pathOf(segments))]);
  };
  /** Walks `value`; false when the budget ran out and the walk ends. */
  const visit = (value: object, depth: number): boolean => {
    if (depth > PORTFOLIO_LIMITS.maxDepth) {
      report((at) => issue(at, 'too-deep', { max: PORTFOLIO_LIMITS.maxDepth }));
      return true;
    }
    ancestors.push(value);
    const going = Array.isArray(value) ? visitList(value, depth) : visitRecord(value as Record<string, unknown>, depth);
    ancestors.pop();
    return going;
  };
  const visitChild = (key: string | number, item: object, depth: number): boolean => {
    segments.push(key);
    let going = true;
    if (ancestors.includes(item)) report((at) => issue(at, 'cycle'));
    else going = visit(item, depth + 1);
    segments.pop();
    return going;
  };
  const visitList = (list: unknown[], depth: number): boolean => {
    const length = list.length;
    if (length > LONGEST_LIST) {
      const max = depth === 1 && typeof segments[0] === 'string' ? (TOP_LEVEL_LIST_LIMITS[segments[0]] ?? LONGEST_LIST) : LONGEST_LIST;
      report((at) => issue(at, 'too-many', { count: length, max }));
      return true;
    }
    if ((checked = budget -= length + 1) < 0) return false;
    const key = precheck && depth === 1 && typeof segments[0] === 'string' ? segments[0] : undefined;
    for (let index = 0; index < length; index += 1) {
      const item = list[index];
      if (typeof item !== 'object' || item === null) continue;
      const clean = key === undefined ? undefined : precheck?.scanned(key, index, item);
      if (clean) {
        if (budget < clean.need) return false;
        budget -= clean.cost;
      } else if (!visitChild(index, item, depth)) return false;
    }
    return true;
  };
  const visitRecord = (record: Record<string, unknown>, depth: number): boolean => {
    budget -= 1;
    // `for...in` walks JSON data about four times faster than `Object.keys`; it also sees an own
    // "__proto__" and would see inherited enumerable keys, which only makes the check stricter.
    for (const key in record) {
      if ((checked = budget -= 1) < 0) return false;
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
        segments.push(key);
        report((at) => issue(at, 'forbidden-key', { key }));
        segments.pop();
        continue;
      }
      const item = record[key];
      if (typeof item === 'object' && item !== null && !visitChild(key, item, depth)) return false;
    }
    return true;
  };
  const whole = visit(start, segments.length);
  return { whole, found, budget, checked };
}

/**
 * Whether a JSON text holds at most `PORTFOLIO_LIMITS.maxObjects` objects and lists, counted as
 * `{` and `[` outside strings without parsing; stops counting at the limit.
 */
function withinObjectBudget(text: string): boolean {
  const max = PORTFOLIO_LIMITS.maxObjects;
  if (text.length <= max) return true;
  // Counted also inside strings, which is quick: when even these are few enough, the text is too.
  if (occurrences(text, '{', max) + occurrences(text, '[', max) <= max) return true;
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) {
      // Skips the string, quote to quote.
      let end = text.indexOf('"', index + 1);
      while (end !== -1 && escaped(text, end)) end = text.indexOf('"', end + 1);
      // An unfinished string: JSON.parse reports it.
      if (end === -1) return true;
      index = end;
    } else if ((code === OPEN_OBJECT || code === OPEN_LIST) && (count += 1) > max) {
      return false;
    }
  }
  return true;
}

/** How often `char` occurs in `text`, counted up to `max` + 1. */
function occurrences(text: string, char: string, max: number): number {
  let count = 0;
  for (let at = text.indexOf(char); at !== -1 && count <= max; at = text.indexOf(char, at + 1)) count += 1;
  return count;
}

const QUOTE = 0x22;
const OPEN_OBJECT = 0x7b;
const OPEN_LIST = 0x5b;
const BACKSLASH = 0x5c;

/** Whether the quote at `index` is escaped: an odd number of backslashes before it. */
function escaped(text: string, index: number): boolean {
  let backslashes = 0;
  for (let at = index - 1; at >= 0 && text.charCodeAt(at) === BACKSLASH; at -= 1) backslashes += 1;
  return backslashes % 2 === 1;
}

function pathOf(segments: readonly (string | number)[]): string {
  let path = '$';
  for (const segment of segments) path += typeof segment === 'number' ? `[${segment}]` : `.${segment}`;
  return path;
}

function jsonIssue(text: string, error: unknown): ValidationIssue {
  if (/^\s*</.test(text)) return issue('$', 'html', {});
  const detail = (error instanceof Error ? error.message : String(error)).slice(0, 200);
  const match = JSON_POSITION.exec(detail);
  const position = match ? Number(match[1]) : /end of JSON input/.test(detail) ? text.length : undefined;
  if (position === undefined) return issue('$', 'json', { detail });
  const before = text.slice(0, position);
  return issue('$', 'json', { line: before.split('\n').length, column: position - before.lastIndexOf('\n'), detail });
}

function fail<T = Portfolio>(errors: ValidationIssue[]): Result<T> {
  return { ok: false, errors };
}
