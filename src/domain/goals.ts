import { DEFAULT_CATALOGUE_LEAN, competencyById, labelOf } from './catalogue.js';
import { addDays, addMonths, daysBetween, isIsoDate } from './dates.js';
import { got, issue, KompetenzradError, shortValue, type MessageParam, type ValidationIssue } from './errors.js';
import { levelOf } from './profile.js';
import { checkLevel, isLevel } from './scale.js';
import type { Catalogue, CompetencyId, Goal, GoalStatus, IsoDate, Level, LocalizedText, Profile, SmartLetter } from './types.js';
import {
  checkArray,
  checkDate,
  checkKnownKeys,
  checkNumber,
  checkObject,
  checkOneOf,
  checkRecordId,
  checkSlug,
  checkString,
  Issues,
  isRecord,
  MAX_LABEL_LENGTH,
  MAX_TEXT_LENGTH,
} from './validate.js';

export const SMART_LETTERS: readonly SmartLetter[] = Object.freeze(['S', 'M', 'A', 'R', 'T'] as const);
export const GOAL_STATUSES: readonly GoalStatus[] = Object.freeze(['open', 'reached', 'not-reached', 'dropped'] as const);

/** Average length of a calendar month in days (365.25 / 12); turns hours per month into hours per day. */
export const DAYS_PER_MONTH = 365.25 / 12;

/** Used when neither the person nor the caller says how many hours a month can go into learning. */
export const DEFAULT_CAPACITY_HOURS_PER_MONTH = 8;

/**
 * The rules behind the SMART check and the due-date suggestion. `hoursPerLevelStep` is a rule of
 * thumb, not a measurement: climbing one step on the scale (e.g. Kenner → Könner) takes about
 * 40 hours of learning and practice, roughly one week of full-time work spread over months.
 * `monthsPerLevelStep` keeps suggestions in line with the R rule "no more than two steps in six
 * months": each step of the largest jump needs at least three months.
 */
export const GOAL_LIMITS = Object.freeze({
  maxTextLength: 2000,
  maxCompetencies: 25,
  /** More competencies than this in one goal is no longer specific. */
  maxCompetenciesPerGoal: 3,
  minMeasureWords: 3,
  hoursPerLevelStep: 40,
  /** A jump of more than this many steps ... */
  maxStepsInShortTime: 2,
  /** ... within this many months is not realistic. */
  shortTimeMonths: 6,
  monthsPerLevelStep: 3,
  /** Due dates further away than this cannot be steered by reviews. */
  maxMonthsAhead: 24,
  maxHours: 10_000,
  maxBudget: 10_000_000,
});

const GOAL_KEYS = ['id', 'personId', 'competencyIds', 'targetLevel', 'measure', 'challenge', 'resources', 'due', 'notes', 'createdAt', 'status'] as const;
const RESOURCE_KEYS = ['hours', 'budget', 'supportPerson'] as const;

/**
 * Checks that `value` is a complete, well-formed goal: every field of `Goal`, ids known in the
 * catalogue, a level 0..3, a real date, texts within limits, non-negative hours and budget.
 * Whether the goal is a *good* goal is `checkSmartGoal`'s business.
 */
export function validateGoal(value: unknown, catalogue: Catalogue = DEFAULT_CATALOGUE_LEAN, path = '$'): ValidationIssue[] {
  const issues = new Issues();
  if (!checkObject(issues, value, path)) return issues.list;
  checkKnownKeys(issues, value, path, GOAL_KEYS);
  checkRecordId(issues, value.id, `${path}.id`);
  checkRecordId(issues, value.personId, `${path}.personId`);
  if (checkArray(issues, value.competencyIds, `${path}.competencyIds`, { max: GOAL_LIMITS.maxCompetencies })) {
    const seen = new Set<string>();
    value.competencyIds.forEach((id, index) => {
      const at = `${path}.competencyIds[${index}]`;
      if (!checkSlug(issues, id, at)) return;
      if (seen.has(id)) issues.add(at, 'duplicate-id', { id });
      else if (!competencyById(catalogue, id)) issues.add(at, 'unknown-competency', { id });
      seen.add(id);
    });
  }
  checkLevel(issues, value.targetLevel, `${path}.targetLevel`);
  checkString(issues, value.measure, `${path}.measure`, { max: GOAL_LIMITS.maxTextLength });
  checkString(issues, value.challenge, `${path}.challenge`, { max: GOAL_LIMITS.maxTextLength });
  const resources = value.resources;
  if (checkObject(issues, resources, `${path}.resources`)) {
    checkKnownKeys(issues, resources, `${path}.resources`, RESOURCE_KEYS);
    checkNumber(issues, resources.hours, `${path}.resources.hours`, { optional: true, min: 0, max: GOAL_LIMITS.maxHours });
    checkNumber(issues, resources.budget, `${path}.resources.budget`, { optional: true, min: 0, max: GOAL_LIMITS.maxBudget });
    checkString(issues, resources.supportPerson, `${path}.resources.supportPerson`, { optional: true, max: MAX_LABEL_LENGTH });
  }
  checkDate(issues, value.due, `${path}.due`);
  checkString(issues, value.notes, `${path}.notes`, { optional: true, max: MAX_TEXT_LENGTH });
  checkDate(issues, value.createdAt, `${path}.createdAt`, true);
  checkOneOf(issues, value.status, `${path}.status`, GOAL_STATUSES, true);
  return issues.list;
}

/** Finds `problem`s that make a criterion fail, and `hint`s that only suggest an improvement. */
export type SmartSeverity = 'problem' | 'hint';

/** The goal field a finding is about, so a form can show the message next to it. */
export type SmartField =
  | 'competencyIds'
  | 'targetLevel'
  | 'measure'
  | 'challenge'
  | 'resources.hours'
  | 'resources.budget'
  | 'resources.supportPerson'
  | 'due';

/**
 * What each SMART finding code carries for its message. Dates are ISO dates, names are the
 * catalogue's labels (`LocalizedText`), `suggested` is `suggestDueDate`'s date.
 */
export interface SmartFindingParams {
  'no-competency': NoParams;
  'unknown-competency': { ids: readonly string[] };
  'too-many-competencies': { count: number; max: number };
  /** `got`: the value given that is no level, as written (absent when none was given). */
  'no-target-level': { got?: string };
  'target-level-zero': NoParams;
  'no-measure': NoParams;
  'vague-measure': { minWords: number };
  'nothing-new': { level: Level; competencies: readonly LocalizedText[] };
  'partly-reached': { competencies: readonly LocalizedText[] };
  'no-challenge': NoParams;
  /** `steps` in less than `GOAL_LIMITS.shortTimeMonths`; `level`: the level to aim for first. */
  'jump-too-large': { competencyId: CompetencyId; competency: LocalizedText; steps: number; level: number; suggested: IsoDate };
  'no-hours': NoParams;
  'invalid-hours': NoParams;
  'invalid-budget': NoParams;
  /** `available`: learning hours until `due` (rounded to 0.1), `capacity`: hours per month. */
  'hours-exceed-capacity': { hours: number; due: IsoDate; available: number; capacity: number };
  /** `suggested` is `null` when no later date within the T rule's horizon helps. */
  'estimate-exceeds-capacity': { steps: number; estimate: number; due: IsoDate; available: number; suggested: IsoDate | null };
  'hours-below-estimate': { hours: number; hoursPerStep: number; estimate: number };
  'no-support-person': NoParams;
  'no-due': { suggested: IsoDate };
  /** `got`: the value given (see `shortValue`). */
  'invalid-due': { got: MessageParam; suggested: IsoDate };
  'due-not-future': { due: IsoDate; today: IsoDate; suggested: IsoDate };
  'due-too-far': { months: number; limit: IsoDate };
}

export type SmartFindingCode = keyof SmartFindingParams;

/** The parameters of a code whose message needs none. */
export type NoParams = Readonly<Record<string, never>>;

/** One finding of the SMART check: data only; `messages/findings.<lang>` words it. */
export type SmartFinding = {
  [C in SmartFindingCode]: {
    letter: SmartLetter;
    /** Stable code, e.g. `no-measure`. */
    code: C;
    field: SmartField;
    severity: SmartSeverity;
    /** What the message needs: numbers, ISO dates, names. */
    params: Readonly<SmartFindingParams[C]>;
  };
}[SmartFindingCode];

export interface SmartCriterion {
  /** No finding of severity `problem`. */
  ok: boolean;
  findings: SmartFinding[];
}

export interface SmartCheck {
  ok: boolean;
  criteria: Record<SmartLetter, SmartCriterion>;
}

export interface SmartContext {
  /** The person's current (actual) profile. */
  current: Profile;
  /** Hours per month for learning; without it the capacity rules of R are skipped. */
  capacityHoursPerMonth?: number;
  today: IsoDate;
  catalogue?: Catalogue;
}

/** A goal as a form holds it while it is being written, with fields still missing. */
export type GoalDraft = Partial<Omit<Goal, 'resources'>> & { resources?: Goal['resources'] };

/** The part of a goal that decides how long it takes. */
export type GoalScope = Pick<Goal, 'competencyIds' | 'targetLevel'>;

/**
 * Checks a (possibly unfinished) goal against the five SMART criteria. Each finding names the
 * field concerned and carries what its message needs (`describeFinding` words it). Throws a
 * `KompetenzradError` only when the context itself is unusable (no valid `today`, a broken profile).
 */
export function checkSmartGoal(goal: GoalDraft, context: SmartContext): SmartCheck {
  const ctx = resolveContext(context, '$context');
  if (!isRecord(goal)) {
    throw new KompetenzradError([issue('$goal', 'type', { expected: 'goal', ...got(goal) })]);
  }
  const findings: SmartFinding[] = [];
  const add: AddFinding = (letter, code, field, params, severity = 'problem') => {
    findings.push({ letter, code, field, severity, params } as SmartFinding);
  };
  const read = readGoal(goal, ctx);

  checkSpecific(read, add);
  checkMeasurable(read, add);
  checkAchievable(read, ctx, add);
  checkRealistic(read, ctx, add);
  checkTimed(read, ctx, add);

  const criteria = {} as Record<SmartLetter, SmartCriterion>;
  for (const letter of SMART_LETTERS) {
    const own = findings.filter((finding) => finding.letter === letter);
    criteria[letter] = { ok: own.every((finding) => finding.severity !== 'problem'), findings: own };
  }
  return { ok: SMART_LETTERS.every((letter) => criteria[letter].ok), criteria };
}

/**
 * A realistic due date for a goal: the hours its level steps need (rule of thumb
 * `GOAL_LIMITS.hoursPerLevelStep` per step and competency) at the person's capacity, and at
 * least `GOAL_LIMITS.monthsPerLevelStep` months per step of the largest jump. A goal that
 * raises nothing still gets the time of one step. Capacity defaults to 8 hours a month.
 */
export function suggestDueDate(goal: GoalScope | GoalDraft, context: SmartContext): IsoDate {
  const ctx = resolveContext(context, '$context');
  return suggestFor(readGoal(isRecord(goal) ? goal : {}, ctx), ctx);
}

/**
 * A realistic due date, but never beyond the T rule's horizon (`maxMonthsAhead`): a goal that
 * needs longer is too big for the capacity, which the R check says, and should be split.
 */
function suggestFor(goal: ReadGoal, ctx: ResolvedContext): IsoDate {
  const capacity = ctx.capacity !== undefined && ctx.capacity > 0 ? ctx.capacity : DEFAULT_CAPACITY_HOURS_PER_MONTH;
  const hours = Math.max(goal.totalSteps, 1) * GOAL_LIMITS.hoursPerLevelStep;
  const horizon = addMonths(ctx.today, GOAL_LIMITS.maxMonthsAhead);
  const days = Math.min((hours / capacity) * DAYS_PER_MONTH, GOAL_LIMITS.maxMonthsAhead * 31);
  const byCapacity = addDays(ctx.today, Math.ceil(days));
  const byJump = addMonths(ctx.today, Math.max(goal.largestStep, 1) * GOAL_LIMITS.monthsPerLevelStep);
  const suggested = byCapacity > byJump ? byCapacity : byJump;
  return suggested > horizon ? horizon : suggested;
}

/** Level steps a goal asks for: per competency `max(0, target − current)`; unknown ids count nothing. */
export function goalLevelSteps(goal: GoalScope, current: Profile): { competencyId: CompetencyId; from: Level; steps: number }[] {
  if (!Array.isArray(goal.competencyIds) || !isLevel(goal.targetLevel)) return [];
  return goal.competencyIds
    .filter((id): id is string => typeof id === 'string')
    .map((competencyId) => {
      const from = levelOf(current, competencyId);
      return { competencyId, from, steps: Math.max(0, goal.targetLevel - from) };
    });
}

/** Hours a goal needs by the rule of thumb (40 hours per level step and competency). */
export function estimateGoalHours(goal: GoalScope, current: Profile): number {
  return goalLevelSteps(goal, current).reduce((sum, entry) => sum + entry.steps, 0) * GOAL_LIMITS.hoursPerLevelStep;
}

// ---------------------------------------------------------------------------------------------

interface ResolvedContext {
  current: Profile;
  capacity?: number;
  today: IsoDate;
  catalogue: Catalogue;
}

function resolveContext(context: SmartContext, path: string): ResolvedContext {
  const issues = new Issues();
  if (!checkObject(issues, context, path)) throw new KompetenzradError(issues.list);
  checkDate(issues, context.today, `${path}.today`);
  checkNumber(issues, context.capacityHoursPerMonth, `${path}.capacityHoursPerMonth`, { optional: true, min: 0, max: 744 });
  if (checkObject(issues, context.current, `${path}.current`)) {
    for (const [id, level] of Object.entries(context.current)) checkLevel(issues, level, `${path}.current.${id}`);
  }
  if (!issues.ok) throw new KompetenzradError(issues.list);
  return {
    current: context.current,
    capacity: context.capacityHoursPerMonth,
    today: context.today,
    catalogue: context.catalogue ?? DEFAULT_CATALOGUE_LEAN,
  };
}

interface ReadGoal {
  /** Distinct string ids as given. */
  ids: string[];
  known: string[];
  unknown: string[];
  level?: Level;
  /** A target level given that is no level, as written. */
  badLevel?: string;
  measure: string;
  challenge: string;
  hours: unknown;
  budget: unknown;
  supportPerson: string;
  due: unknown;
  steps: { competencyId: CompetencyId; from: Level; steps: number }[];
  totalSteps: number;
  largestStep: number;
}

function readGoal(goal: GoalDraft | Record<string, unknown>, ctx: ResolvedContext): ReadGoal {
  const rawIds: unknown[] = Array.isArray(goal.competencyIds) ? goal.competencyIds : [];
  const ids = [...new Set(rawIds.filter((id): id is string => typeof id === 'string' && id.trim() !== ''))];
  const known = ids.filter((id) => competencyById(ctx.catalogue, id) !== undefined);
  const unknown = ids.filter((id) => !known.includes(id));
  const level = isLevel(goal.targetLevel) ? goal.targetLevel : undefined;
  const resources = isRecord(goal.resources) ? goal.resources : {};
  const steps = level === undefined ? [] : goalLevelSteps({ competencyIds: known, targetLevel: level }, ctx.current);
  return {
    ids,
    known,
    unknown,
    level,
    ...(level === undefined && goal.targetLevel !== undefined && goal.targetLevel !== null && goal.targetLevel !== '' ? { badLevel: String(shortValue(goal.targetLevel)) } : {}),
    measure: typeof goal.measure === 'string' ? goal.measure.trim() : '',
    challenge: typeof goal.challenge === 'string' ? goal.challenge.trim() : '',
    hours: resources.hours,
    budget: resources.budget,
    supportPerson: typeof resources.supportPerson === 'string' ? resources.supportPerson.trim() : '',
    due: goal.due,
    steps,
    totalSteps: steps.reduce((sum, entry) => sum + entry.steps, 0),
    largestStep: steps.reduce((max, entry) => Math.max(max, entry.steps), 0),
  };
}

type AddFinding = <C extends SmartFindingCode>(letter: SmartLetter, code: C, field: SmartField, params: SmartFindingParams[C], severity?: SmartSeverity) => void;

function checkSpecific(goal: ReadGoal, add: AddFinding): void {
  if (goal.ids.length === 0) {
    add('S', 'no-competency', 'competencyIds', {});
    return;
  }
  if (goal.unknown.length > 0) add('S', 'unknown-competency', 'competencyIds', { ids: goal.unknown });
  if (goal.ids.length > GOAL_LIMITS.maxCompetenciesPerGoal) {
    add('S', 'too-many-competencies', 'competencyIds', { count: goal.ids.length, max: GOAL_LIMITS.maxCompetenciesPerGoal });
  }
}

function checkMeasurable(goal: ReadGoal, add: AddFinding): void {
  if (goal.level === undefined) add('M', 'no-target-level', 'targetLevel', goal.badLevel === undefined ? {} : { got: goal.badLevel });
  else if (goal.level === 0) add('M', 'target-level-zero', 'targetLevel', {});
  if (goal.measure === '') add('M', 'no-measure', 'measure', {});
  else if (countWords(goal.measure) < GOAL_LIMITS.minMeasureWords) add('M', 'vague-measure', 'measure', { minWords: GOAL_LIMITS.minMeasureWords });
}

function checkAchievable(goal: ReadGoal, ctx: ResolvedContext, add: AddFinding): void {
  if (goal.level !== undefined && goal.steps.length > 0) {
    const reached = goal.steps.filter((entry) => entry.steps === 0);
    const competencies = reached.map((entry) => labelOf(ctx.catalogue, entry.competencyId));
    if (reached.length === goal.steps.length) add('A', 'nothing-new', 'targetLevel', { level: goal.level, competencies });
    else if (reached.length > 0) add('A', 'partly-reached', 'competencyIds', { competencies }, 'hint');
  }
  if (goal.challenge === '') add('A', 'no-challenge', 'challenge', {});
}

function checkRealistic(goal: ReadGoal, ctx: ResolvedContext, add: AddFinding): void {
  const due = isIsoDate(goal.due) && goal.due > ctx.today ? goal.due : undefined;
  const suggestion = () => suggestFor(goal, ctx);

  if (due !== undefined && due <= addMonths(ctx.today, GOAL_LIMITS.shortTimeMonths)) {
    for (const entry of goal.steps.filter((step) => step.steps > GOAL_LIMITS.maxStepsInShortTime)) {
      add('R', 'jump-too-large', 'targetLevel', {
        competencyId: entry.competencyId,
        competency: labelOf(ctx.catalogue, entry.competencyId),
        steps: entry.steps,
        level: entry.from + GOAL_LIMITS.maxStepsInShortTime,
        suggested: suggestion(),
      });
    }
  }

  const hours = goal.hours;
  if (hours === undefined || hours === null || hours === 0) add('R', 'no-hours', 'resources.hours', {});
  else if (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 0) add('R', 'invalid-hours', 'resources.hours', {});
  const budget = goal.budget;
  if (budget !== undefined && (typeof budget !== 'number' || !Number.isFinite(budget) || budget < 0)) add('R', 'invalid-budget', 'resources.budget', {});

  const estimate = goal.totalSteps * GOAL_LIMITS.hoursPerLevelStep;
  const validHours = typeof hours === 'number' && Number.isFinite(hours) && hours > 0 ? hours : undefined;
  if (ctx.capacity !== undefined && due !== undefined) {
    const available = availableHours(ctx.capacity, ctx.today, due);
    const shown = Math.round(available * 10) / 10;
    if (validHours !== undefined && validHours > available + 1e-9) {
      add('R', 'hours-exceed-capacity', 'resources.hours', { hours: validHours, due, available: shown, capacity: ctx.capacity });
    }
    if (estimate > available + 1e-9) {
      const date = suggestion();
      // A later date helps only while it stays within the horizon of the T rule.
      add('R', 'estimate-exceeds-capacity', 'resources.hours', { steps: goal.totalSteps, estimate, due, available: shown, suggested: date > due ? date : null });
    }
  }
  if (validHours !== undefined && estimate > 0 && validHours < estimate) {
    add('R', 'hours-below-estimate', 'resources.hours', { hours: validHours, hoursPerStep: GOAL_LIMITS.hoursPerLevelStep, estimate }, 'hint');
  }
  if (goal.supportPerson === '') add('R', 'no-support-person', 'resources.supportPerson', {}, 'hint');
}

function checkTimed(goal: ReadGoal, ctx: ResolvedContext, add: AddFinding): void {
  const due = goal.due;
  if (due === undefined || due === null || due === '') {
    add('T', 'no-due', 'due', { suggested: suggestFor(goal, ctx) });
  } else if (!isIsoDate(due)) {
    add('T', 'invalid-due', 'due', { got: shortValue(due), suggested: suggestFor(goal, ctx) });
  } else if (due <= ctx.today) {
    add('T', 'due-not-future', 'due', { due, today: ctx.today, suggested: suggestFor(goal, ctx) });
  } else if (due > addMonths(ctx.today, GOAL_LIMITS.maxMonthsAhead)) {
    add('T', 'due-too-far', 'due', { months: GOAL_LIMITS.maxMonthsAhead, limit: addMonths(ctx.today, GOAL_LIMITS.maxMonthsAhead) });
  }
}

/** Learning hours available from `today` to `due` at `capacity` hours per month. */
export function availableHours(capacity: number, today: IsoDate, due: IsoDate): number {
  return Math.max(0, (capacity * daysBetween(today, due)) / DAYS_PER_MONTH);
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
