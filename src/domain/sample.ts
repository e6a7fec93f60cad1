import { DEFAULT_CATALOGUE } from './catalogue.js';
import { addDays, addMonths, isIsoDate, maxDate, minDate } from './dates.js';
import { got, issue, KompetenzradError, type ValidationIssue } from './errors.js';
import { SAMPLE_TEXTS_DE } from './messages/sample-texts.de.js';
import { analyzePersonGaps } from './person-gaps.js';
import { DEFAULT_CAPACITY_HOURS_PER_MONTH, estimateGoalHours, GOAL_LIMITS, suggestDueDate } from './goals.js';
import { draftPlan } from './plan-draft.js';
import { DEFAULT_ROLES } from './roles.js';
import {
  PORTFOLIO_FORMAT,
  PORTFOLIO_VERSION,
  type Assessment,
  type CompetencyId,
  type Goal,
  type IsoDate,
  type Level,
  type Person,
  type Plan,
  type Portfolio,
  type Role,
} from './types.js';

export interface SampleOptions {
  /** Seed of the random generator (an unsigned 32-bit integer); the same seed gives the same document. */
  seed: number;
  /** Number of people, 0..20,000. */
  people: number;
  /** The date the sample is "taken": assessments lie before it, goals and plans after it. */
  today: IsoDate;
  /** Departments to spread people over; by default those of a German district administration. */
  departments?: readonly string[];
}

/** Up to this many people get goals and a learning plan; the others only get assessments. */
export const SAMPLE_PLANNED_PEOPLE = 500;

const MAX_SEED = 0xffffffff;
const MAX_SAMPLE_PEOPLE = 20_000;

/** The options that produce `demo/data/sample-portfolio.json`. */
export const DEMO_SAMPLE_OPTIONS: Readonly<SampleOptions> = Object.freeze({ seed: 2021, people: 12, today: '2025-09-01' });

export const SAMPLE_DEPARTMENTS: readonly string[] = Object.freeze([
  'Hauptamt',
  'Ordnungsamt',
  'Jugendamt',
  'Bauamt',
  'IT',
  'Kämmerei',
  'Sozialamt',
  'Straßenverkehrsamt',
  'Gesundheitsamt',
  'Umweltamt',
]);

const FIRST_NAMES = [
  'Anna', 'Jürgen', 'Sabine', 'Mehmet', 'Katrin', 'Thomas', 'Ayşe', 'Stefan', 'Birgit', 'Lukas', 'Jana', 'Andreas', 'Sören', 'Claudia',
  'Michael', 'Özlem', 'Frank', 'Heike', 'Jörg', 'Monika', 'Tobias', 'Lena', 'Björn', 'Ursula', 'Dariusz', 'Franziska', 'Matthias',
  'Gülşen', 'Peter', 'Marlene',
];
const LAST_NAMES = [
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weiß', 'Wagner', 'Becker', 'Schäfer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf',
  'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hofmann', 'Hartmann', 'Lange', 'Yılmaz', 'Kowalski', 'Günther',
  'Köhler', 'Brandt', 'Vogt', 'Jäger', 'Öztürk',
];
/** Role weights after each role has appeared once: many pilots and leaders, few CDOs and CIOs. */
const ROLE_WEIGHTS: readonly [string, number][] = [
  ['fuehrungskraft', 0.25],
  ['cdo', 0.05],
  ['cio', 0.05],
  ['projektmanager', 0.2],
  ['digitallotse', 0.45],
];

/** Share of ratings that come with a note. */
const NOTE_SHARE = 0.06;

/** mulberry32: a tiny, fast, seedable generator of floats in [0, 1); good enough for sample data. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Generates a plausible portfolio of a district administration (Landkreis) for demos, tests
 * and benchmarks. Pure and reproducible: the same options always give the same document.
 *
 * - People: German names, spread over the departments; the first five take the five roles in
 *   turn, the rest are drawn with weights (mostly digitalisation pilots and leaders).
 * - Per person an external assessment (by the line manager) and a self-assessment a few days
 *   earlier, both around the role's target, with a few notes; every third of the planned
 *   people (below) also has an older self-assessment from a year before, so the history shows
 *   development.
 * - For the first `SAMPLE_PLANNED_PEOPLE` (500) people: goals for the two most urgent gaps (at
 *   most two level steps each, with hours, support person and a due date from
 *   `suggestDueDate` at half the person's capacity, as the two run side by side, moved later
 *   where the plan needs longer; they pass `checkSmartGoal`) and one learning plan drafted by
 *   `draftPlan`. A goal whose drafted items end after the suggested date is due when its last
 *   item ends (as person and line manager would agree on seeing the draft), within the T rule's
 *   horizon, so the demo's plans do not start out late. Larger documents skip goals and plans
 *   for the others to stay quick to build; they exist for size and speed tests.
 *
 * The built-in catalogue and roles are used (the document does not carry its own).
 */
export function generatePortfolio(options: SampleOptions): Portfolio {
  const { seed, people: count, today, departments } = checkOptions(options);
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const width = Math.max(4, String(count).length);

  const people: Person[] = [];
  const assessments: Assessment[] = [];
  const goals: Goal[] = [];
  const plans: Plan[] = [];

  for (let n = 1; n <= count; n += 1) {
    const number = String(n).padStart(width, '0');
    const role = n <= DEFAULT_ROLES.length ? DEFAULT_ROLES[n - 1] : weightedRole(random());
    const person: Person = {
      id: `p-${number}`,
      name: `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`,
      roleId: role.id,
      department: role.id === 'cio' ? 'IT' : pick(departments),
      capacityHoursPerMonth: between(6, 16),
      budget: between(5, 30) * 100,
    };
    people.push(person);

    const externalDate = addDays(today, -between(14, 300));
    const selfDate = addDays(externalDate, -between(1, 10));
    const external = levelsAround(role, random, [0.1, 0.35, 0.4, 0.15]);
    const self = Object.fromEntries(
      Object.entries(external).map(([id, level]) => [id, clamp(level + step(random(), [0.15, 0.55, 0.25, 0.05], -1))]),
    ) as Record<CompetencyId, Level>;
    if (n % 3 === 0 && n <= SAMPLE_PLANNED_PEOPLE) {
      const older = Object.fromEntries(Object.entries(self).map(([id, level]) => [id, clamp(level - (random() < 0.4 ? 1 : 0))]));
      assessments.push({ id: `a-${number}-0`, personId: person.id, rater: 'self', date: addDays(selfDate, -365), levels: older });
    }
    assessments.push({
      id: `a-${number}-s`,
      personId: person.id,
      rater: 'self',
      date: selfDate,
      levels: self,
      ...notesFor(self, random),
      stockTaking: { currentTasks: pick(SAMPLE_TEXTS_DE.tasks), conditions: SAMPLE_TEXTS_DE.conditions(person.capacityHoursPerMonth ?? 0, person.budget ?? 0) },
    });
    assessments.push({
      id: `a-${number}-e`,
      personId: person.id,
      rater: 'external',
      raterRole: SAMPLE_TEXTS_DE.manager,
      date: externalDate,
      levels: external,
      ...notesFor(external, random),
    });

    if (n <= SAMPLE_PLANNED_PEOPLE) {
      const ownGoals = goalsFor(person, role, assessments.slice(-3), today);
      const plan = draftPlan(person, ownGoals.analysis, ownGoals.goals, { today, catalogue: DEFAULT_CATALOGUE, planId: `plan-${number}` });
      goals.push(...ownGoals.goals.map((goal) => dueWhenDrafted(goal, plan, today)));
      plans.push(plan);
    }
  }
  return { format: PORTFOLIO_FORMAT, version: PORTFOLIO_VERSION, people, assessments, goals, plans };
}

/** `goal`, due no earlier than the last item of `plan` that serves it ends, and no later than the T rule allows. */
function dueWhenDrafted(goal: Goal, plan: Plan, today: IsoDate): Goal {
  const ends = plan.items.filter((item) => item.goalId === goal.id).map((item) => item.end);
  const due = minDate(ends.reduce(maxDate, goal.due), addMonths(today, GOAL_LIMITS.maxMonthsAhead));
  return due > goal.due ? { ...goal, due } : goal;
}

function checkOptions(options: SampleOptions): Required<SampleOptions> {
  const issues: ValidationIssue[] = [];
  const report = (key: keyof SampleOptions, value: unknown, limits: { min: number; max: number } | Record<string, never> = {}) =>
    issues.push(issue(`$.${key}`, 'option', { option: key, ...limits, ...got(value) }));
  if (typeof options !== 'object' || options === null) {
    throw new KompetenzradError([issue('$', 'type', { expected: 'options', ...got(options) })]);
  }
  const { seed, people, today, departments = SAMPLE_DEPARTMENTS } = options;
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) report('seed', seed, { min: 0, max: MAX_SEED });
  if (!Number.isInteger(people) || people < 0 || people > MAX_SAMPLE_PEOPLE) report('people', people, { min: 0, max: MAX_SAMPLE_PEOPLE });
  if (!isIsoDate(today)) report('today', today);
  if (!Array.isArray(departments) || departments.length === 0 || !departments.every((d) => typeof d === 'string' && d.length > 0 && d.length <= 200)) {
    report('departments', departments);
  }
  if (issues.length > 0) throw new KompetenzradError(issues);
  return { seed, people, today, departments };
}

function weightedRole(value: number): Role {
  let sum = 0;
  for (const [id, weight] of ROLE_WEIGHTS) {
    sum += weight;
    if (value < sum) return DEFAULT_ROLES.find((role) => role.id === id) ?? DEFAULT_ROLES[0];
  }
  return DEFAULT_ROLES[DEFAULT_ROLES.length - 1];
}

/** -2, -1, 0 or +1 (shifted by `offset` + 2) with the given probabilities. */
function step(value: number, weights: readonly number[], offset = -2): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i += 1) {
    sum += weights[i];
    if (value < sum) return i + offset;
  }
  return weights.length - 1 + offset;
}

function clamp(level: number): Level {
  return Math.max(0, Math.min(3, level)) as Level;
}

/** A level for every competency of the catalogue: the role's target moved by -2..+1. */
function levelsAround(role: Role, random: () => number, weights: readonly number[]): Record<CompetencyId, Level> {
  const levels: Record<CompetencyId, Level> = {};
  for (const competency of DEFAULT_CATALOGUE.competencies) {
    levels[competency.id] = clamp((role.target[competency.id] ?? 0) + step(random(), weights));
  }
  return levels;
}

/** `{ notes }` for a few of the ratings, or nothing when no rating got a note. */
function notesFor(levels: Record<CompetencyId, Level>, random: () => number): { notes?: Record<CompetencyId, string> } {
  const notes: Record<CompetencyId, string> = {};
  for (const id of Object.keys(levels)) {
    if (random() < NOTE_SHARE) notes[id] = SAMPLE_TEXTS_DE.notes[Math.floor(random() * SAMPLE_TEXTS_DE.notes.length)];
  }
  return Object.keys(notes).length > 0 ? { notes } : {};
}

/** Goals for the two most urgent gaps: at most two level steps, hours by the rule of thumb, a realistic due date. */
function goalsFor(person: Person, role: Role, assessments: Assessment[], today: IsoDate) {
  const { current, analysis } = analyzePersonGaps({ catalogue: DEFAULT_CATALOGUE, target: role.target, assessments, personId: person.id, today });
  const goals: Goal[] = analysis.byPriority.slice(0, 2).map((entry, index) => {
    const label = DEFAULT_CATALOGUE.competencies.find((c) => c.id === entry.competencyId)?.label.de ?? entry.competencyId;
    const scope = { competencyIds: [entry.competencyId], targetLevel: clamp(Math.min(entry.target, entry.actual + 2)) };
    // Both goals run side by side: each gets half of the person's learning time.
    const context = { current: current.profile, capacityHoursPerMonth: (person.capacityHoursPerMonth ?? DEFAULT_CAPACITY_HOURS_PER_MONTH) / 2, today, catalogue: DEFAULT_CATALOGUE };
    return {
      id: `g-${person.id.slice(2)}-${index + 1}`,
      personId: person.id,
      ...scope,
      measure: SAMPLE_TEXTS_DE.measure(label),
      challenge: SAMPLE_TEXTS_DE.challenge,
      resources: { hours: estimateGoalHours(scope, current.profile), budget: 400, supportPerson: SAMPLE_TEXTS_DE.manager },
      due: suggestDueDate(scope, context),
      createdAt: today,
      status: 'open',
    };
  });
  return { goals, analysis };
}
