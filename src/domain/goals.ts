import { DEFAULT_CATALOGUE, competencyById } from './catalogue.js';
import { addDays, addMonths, daysBetween, isIsoDate } from './dates.js';
import { describeValue, KompetenzradError, type ValidationIssue } from './errors.js';
import { levelOf } from './profile.js';
import { checkLevel, isLevel, LEVEL_NAMES } from './scale.js';
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
export function validateGoal(value: unknown, catalogue: Catalogue = DEFAULT_CATALOGUE, path = '$'): ValidationIssue[] {
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
      if (seen.has(id)) issues.add(at, 'duplicate-id', `${at}: "${id}" is named twice`);
      else if (!competencyById(catalogue, id)) issues.add(at, 'unknown-competency', `${at}: "${id}" is not a competency of the catalogue`);
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

export interface SmartFinding {
  letter: SmartLetter;
  /** Stable code, e.g. `no-measure`. */
  code: string;
  field: SmartField;
  severity: SmartSeverity;
  /** What is wrong and what to change, in both languages. */
  message: LocalizedText;
}

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
 * field concerned and says, in German and English, what to change. Throws a
 * `KompetenzradError` only when the context itself is unusable (no valid `today`, a broken profile).
 */
export function checkSmartGoal(goal: GoalDraft, context: SmartContext): SmartCheck {
  const ctx = resolveContext(context, '$context');
  if (!isRecord(goal)) {
    throw new KompetenzradError([{ path: '$goal', code: 'type', message: `$goal: expected a goal object, got ${describeValue(goal)}` }]);
  }
  const findings: SmartFinding[] = [];
  const add = (letter: SmartLetter, code: string, field: SmartField, message: LocalizedText, severity: SmartSeverity = 'problem') =>
    findings.push({ letter, code, field, severity, message });
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
    catalogue: context.catalogue ?? DEFAULT_CATALOGUE,
  };
}

interface ReadGoal {
  /** Distinct string ids as given. */
  ids: string[];
  known: string[];
  unknown: string[];
  level?: Level;
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

type AddFinding = (letter: SmartLetter, code: string, field: SmartField, message: LocalizedText, severity?: SmartSeverity) => void;

function checkSpecific(goal: ReadGoal, add: AddFinding): void {
  if (goal.ids.length === 0) {
    add('S', 'no-competency', 'competencyIds', {
      de: 'Wählen Sie mindestens eine Kompetenz aus, die aufgebaut werden soll.',
      en: 'Choose at least one competency that is to be built.',
    });
    return;
  }
  if (goal.unknown.length > 0) {
    const list = goal.unknown.map((id) => `„${id}“`).join(', ');
    const listEn = goal.unknown.map((id) => `"${id}"`).join(', ');
    add('S', 'unknown-competency', 'competencyIds', {
      de: `${list} gehört nicht zum Kompetenzkatalog. Wählen Sie eine Kompetenz aus der Liste.`,
      en: `${listEn} is not part of the competency catalogue. Choose a competency from the list.`,
    });
  }
  if (goal.ids.length > GOAL_LIMITS.maxCompetenciesPerGoal) {
    const max = GOAL_LIMITS.maxCompetenciesPerGoal;
    add('S', 'too-many-competencies', 'competencyIds', {
      de: `Das Ziel nennt ${goal.ids.length} Kompetenzen. Beschränken Sie es auf höchstens ${max} und legen Sie für die übrigen ein eigenes Ziel an.`,
      en: `The goal names ${goal.ids.length} competencies. Keep it to ${max} at most and write a separate goal for the others.`,
    });
  }
}

function checkMeasurable(goal: ReadGoal, add: AddFinding): void {
  if (goal.level === undefined) {
    add('M', 'no-target-level', 'targetLevel', {
      de: 'Legen Sie die Zielstufe fest: 1 (Kenner), 2 (Könner) oder 3 (Experte).',
      en: 'Set the target level: 1 (Knowledgeable), 2 (Practitioner) or 3 (Expert).',
    });
  } else if (goal.level === 0) {
    add('M', 'target-level-zero', 'targetLevel', {
      de: 'Stufe 0 bedeutet „nicht vorhanden“ und lässt sich nicht als Fortschritt messen. Wählen Sie Stufe 1, 2 oder 3.',
      en: 'Level 0 means "not present" and cannot show progress. Choose level 1, 2 or 3.',
    });
  }
  if (goal.measure === '') {
    add('M', 'no-measure', 'measure', {
      de: 'Beschreiben Sie, woran man das Erreichen erkennt, z. B. ein Ergebnis, das andere sehen können.',
      en: 'Describe how reaching the goal will show, e.g. a result that others can see.',
    });
  } else if (countWords(goal.measure) < GOAL_LIMITS.minMeasureWords) {
    add('M', 'vague-measure', 'measure', {
      de: 'Die Beschreibung ist zu knapp, um Fortschritt zu prüfen. Nennen Sie ein beobachtbares Ergebnis, z. B. „leitet den Workshop zur Bürgerbeteiligung selbst“.',
      en: 'The description is too short to check progress against. Name an observable result, e.g. "runs the citizen participation workshop on their own".',
    });
  }
}

function checkAchievable(goal: ReadGoal, ctx: ResolvedContext, add: AddFinding): void {
  if (goal.level !== undefined && goal.steps.length > 0) {
    const reached = goal.steps.filter((entry) => entry.steps === 0);
    const names = (lang: 'de' | 'en') => reached.map((entry) => label(ctx.catalogue, entry.competencyId, lang)).join(', ');
    if (reached.length === goal.steps.length) {
      add('A', 'nothing-new', 'targetLevel', {
        de: `Die Zielstufe ${levelText(goal.level, 'de')} ist bei ${names('de')} schon erreicht; so wird nichts Neues gelernt. Wählen Sie eine höhere Stufe oder eine andere Kompetenz.`,
        en: `The target level ${levelText(goal.level, 'en')} is already reached for ${names('en')}, so nothing new is learned. Choose a higher level or another competency.`,
      });
    } else if (reached.length > 0) {
      add(
        'A',
        'partly-reached',
        'competencyIds',
        {
          de: `${names('de')} liegt bereits auf oder über der Zielstufe. Nehmen Sie die Kompetenz aus dem Ziel, damit es sich auf das Neue konzentriert.`,
          en: `${names('en')} is already at or above the target level. Take it out of the goal so that the goal focuses on what is new.`,
        },
        'hint',
      );
    }
  }
  if (goal.challenge === '') {
    add('A', 'no-challenge', 'challenge', {
      de: 'Halten Sie fest, was an diesem Ziel neu oder fordernd ist, z. B. eine Aufgabe, die bisher andere übernommen haben.',
      en: 'Note what is new or demanding about this goal, e.g. a task that others have handled so far.',
    });
  }
}

function checkRealistic(goal: ReadGoal, ctx: ResolvedContext, add: AddFinding): void {
  const due = isIsoDate(goal.due) && goal.due > ctx.today ? goal.due : undefined;
  const suggestion = () => suggestFor(goal, ctx);

  if (due !== undefined && due <= addMonths(ctx.today, GOAL_LIMITS.shortTimeMonths)) {
    for (const entry of goal.steps.filter((step) => step.steps > GOAL_LIMITS.maxStepsInShortTime)) {
      const date = suggestion();
      add('R', 'jump-too-large', 'targetLevel', {
        de: `${label(ctx.catalogue, entry.competencyId, 'de')} soll in weniger als sechs Monaten um ${entry.steps} Stufen steigen. Das ist kaum zu schaffen: Setzen Sie zuerst Stufe ${entry.from + GOAL_LIMITS.maxStepsInShortTime} als Ziel oder verschieben Sie den Termin auf ${date} oder später.`,
        en: `${label(ctx.catalogue, entry.competencyId, 'en')} is to rise by ${entry.steps} levels in less than six months. That is hardly feasible: aim for level ${entry.from + GOAL_LIMITS.maxStepsInShortTime} first, or move the due date to ${date} or later.`,
      });
    }
  }

  const hours = goal.hours;
  if (hours === undefined || hours === null || hours === 0) {
    add('R', 'no-hours', 'resources.hours', {
      de: 'Tragen Sie ein, wie viele Stunden insgesamt für das Ziel eingeplant sind.',
      en: 'Enter how many hours in total are set aside for the goal.',
    });
  } else if (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 0) {
    add('R', 'invalid-hours', 'resources.hours', {
      de: 'Geben Sie die Stunden als Zahl ab 0 ein.',
      en: 'Enter the hours as a number of 0 or more.',
    });
  }
  const budget = goal.budget;
  if (budget !== undefined && (typeof budget !== 'number' || !Number.isFinite(budget) || budget < 0)) {
    add('R', 'invalid-budget', 'resources.budget', {
      de: 'Geben Sie das Budget als Betrag in Euro ab 0 ein oder lassen Sie das Feld leer.',
      en: 'Enter the budget as an amount in euros of 0 or more, or leave the field empty.',
    });
  }

  const estimate = goal.totalSteps * GOAL_LIMITS.hoursPerLevelStep;
  const validHours = typeof hours === 'number' && Number.isFinite(hours) && hours > 0 ? hours : undefined;
  if (ctx.capacity !== undefined && due !== undefined) {
    const available = availableHours(ctx.capacity, ctx.today, due);
    if (validHours !== undefined && validHours > available + 1e-9) {
      add('R', 'hours-exceed-capacity', 'resources.hours', {
        de: `${formatMessageNumber(validHours, 'de')} Stunden passen bis zum ${due} nicht in die verfügbare Lernzeit von etwa ${formatMessageNumber(available, 'de')} Stunden (${formatMessageNumber(ctx.capacity, 'de')} pro Monat). Planen Sie weniger Stunden oder einen späteren Termin.`,
        en: `${formatMessageNumber(validHours, 'en')} hours do not fit into the learning time available until ${due}, about ${formatMessageNumber(available, 'en')} hours (${formatMessageNumber(ctx.capacity, 'en')} a month). Plan fewer hours or a later due date.`,
      });
    }
    if (estimate > available + 1e-9) {
      const date = suggestion();
      const steps = { de: `${goal.totalSteps} Stufenschritt${goal.totalSteps === 1 ? '' : 'e'}`, en: `${goal.totalSteps} level step${goal.totalSteps === 1 ? '' : 's'}` };
      const need = {
        de: `Für ${steps.de} sind erfahrungsgemäß rund ${estimate} Stunden nötig, bis zum ${due} stehen aber nur etwa ${formatMessageNumber(available, 'de')} zur Verfügung.`,
        en: `${steps.en} usually take about ${estimate} hours, but only about ${formatMessageNumber(available, 'en')} are available until ${due}.`,
      };
      // A later date helps only while it stays within the horizon of the T rule.
      add(
        'R',
        'estimate-exceeds-capacity',
        'due',
        date > due
          ? {
              de: `${need.de} Verschieben Sie den Termin auf ${date} oder später oder nehmen Sie weniger Kompetenzen auf.`,
              en: `${need.en} Move the due date to ${date} or later, or include fewer competencies.`,
            }
          : {
              de: `${need.de} Das Ziel ist für die verfügbare Lernzeit zu groß: Teilen Sie es in Etappen, nehmen Sie weniger Kompetenzen auf oder vereinbaren Sie mehr Lernzeit.`,
              en: `${need.en} The goal is too big for the learning time available: split it into stages, include fewer competencies, or agree on more learning time.`,
            },
      );
    }
  }
  if (validHours !== undefined && estimate > 0 && validHours < estimate) {
    add(
      'R',
      'hours-below-estimate',
      'resources.hours',
      {
        de: `${formatMessageNumber(validHours, 'de')} Stunden sind knapp: Als Faustregel braucht jeder Stufenschritt etwa ${GOAL_LIMITS.hoursPerLevelStep} Stunden, hier also rund ${estimate}.`,
        en: `${formatMessageNumber(validHours, 'en')} hours are tight: as a rule of thumb each level step takes about ${GOAL_LIMITS.hoursPerLevelStep} hours, about ${estimate} here.`,
      },
      'hint',
    );
  }
  if (goal.supportPerson === '') {
    add(
      'R',
      'no-support-person',
      'resources.supportPerson',
      {
        de: 'Tipp: Nennen Sie eine Person, die beim Lernen unterstützt, etwa eine Führungskraft, einen Mentor oder eine Kollegin.',
        en: 'Tip: name someone who supports the learning, such as a manager, a mentor or a colleague.',
      },
      'hint',
    );
  }
}

function checkTimed(goal: ReadGoal, ctx: ResolvedContext, add: AddFinding): void {
  const due = goal.due;
  if (due === undefined || due === null || due === '') {
    add('T', 'no-due', 'due', {
      de: `Legen Sie fest, bis wann das Ziel erreicht sein soll, z. B. ${suggestFor(goal, ctx)}.`,
      en: `Set the date by which the goal is to be reached, e.g. ${suggestFor(goal, ctx)}.`,
    });
  } else if (!isIsoDate(due)) {
    add('T', 'invalid-due', 'due', {
      de: `${describeValue(due)} ist kein gültiges Datum. Geben Sie es als JJJJ-MM-TT ein, z. B. ${suggestFor(goal, ctx)}.`,
      en: `${describeValue(due)} is not a valid date. Enter it as YYYY-MM-DD, e.g. ${suggestFor(goal, ctx)}.`,
    });
  } else if (due <= ctx.today) {
    add('T', 'due-not-future', 'due', {
      de: `Der Termin ${due} liegt nicht in der Zukunft. Wählen Sie ein Datum nach dem ${ctx.today}, z. B. ${suggestFor(goal, ctx)}.`,
      en: `The due date ${due} is not in the future. Choose a date after ${ctx.today}, e.g. ${suggestFor(goal, ctx)}.`,
    });
  } else if (due > addMonths(ctx.today, GOAL_LIMITS.maxMonthsAhead)) {
    const limit = addMonths(ctx.today, GOAL_LIMITS.maxMonthsAhead);
    add('T', 'due-too-far', 'due', {
      de: `Der Termin liegt mehr als ${GOAL_LIMITS.maxMonthsAhead} Monate entfernt; so weit lässt sich ein Ziel kaum steuern. Wählen Sie ein Datum bis ${limit} oder teilen Sie das Ziel in Etappen.`,
      en: `The due date is more than ${GOAL_LIMITS.maxMonthsAhead} months away, too far to steer a goal. Choose a date up to ${limit}, or split the goal into stages.`,
    });
  }
}

/** Learning hours available from `today` to `due` at `capacity` hours per month. */
export function availableHours(capacity: number, today: IsoDate, due: IsoDate): number {
  return Math.max(0, (capacity * daysBetween(today, due)) / DAYS_PER_MONTH);
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function label(catalogue: Catalogue, id: CompetencyId, lang: 'de' | 'en'): string {
  return competencyById(catalogue, id)?.label[lang] ?? id;
}

function levelText(level: Level, lang: 'de' | 'en'): string {
  return `${level} (${LEVEL_NAMES[level][lang]})`;
}

/** A number for a message: at most one decimal, German with a decimal comma. */
export function formatMessageNumber(value: number, lang: 'de' | 'en'): string {
  const rounded = Math.round(value * 10) / 10;
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
  return lang === 'de' ? text.replace('.', ',') : text;
}
