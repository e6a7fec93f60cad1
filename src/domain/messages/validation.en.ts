import type { Formatter } from '../../internal/format.js';
import { MAX_YEAR, MIN_YEAR } from '../dates.js';
import type { MessageParam } from '../errors.js';
import type { ValidationParams, ValueKind } from '../validation-codes.js';
import type { IssueWords } from './fields.js';
import type { IssueTexts } from './format-message.js';
import { showList, showValue, type ValueStyle } from './show.js';
import type { Templates } from './templates.js';

const STYLE: ValueStyle = { quote: (text) => `"${text}"`, nothing: 'nothing' };
const q = (text: string) => STYLE.quote(text);
const given = (value: MessageParam | undefined, fmt: Formatter) => `got ${showValue(value, STYLE, fmt)}`;
const expected = (what: string, value: MessageParam | undefined, fmt: Formatter) => `Expected ${what}, ${given(value, fmt)}.`;
const DATE = `a date as YYYY-MM-DD between ${MIN_YEAR} and ${MAX_YEAR}`;

const KINDS: Readonly<Record<ValueKind, string>> = {
  object: 'an object',
  string: 'a text',
  text: 'a text that is not empty',
  number: 'a number',
  'whole-number': 'a whole number',
  boolean: 'true or false',
  list: 'a list',
  profile: 'an object of competency levels',
  people: 'a list of people',
  assessment: 'an assessment with a person id',
  assessments: 'a list of assessments',
  goals: 'a list of goals',
  'gap-analysis': 'a gap analysis',
  gaps: 'a gap analysis or a list of its entries',
  'gap-entry': 'an entry of a gap analysis',
  'competencies-or-gaps': 'a list of competency ids or a gap analysis',
  rows: 'a list of rows',
  cells: 'a list of cells',
  'team-member': 'a team member {personId, target, actual}',
  'team-members': 'a list of team members',
  portfolio: 'a portfolio object',
  'portfolio-text': 'the JSON text of a portfolio',
  goal: 'a goal object',
  options: 'an object of options',
};

function bounds(min: number, max: number, fmt: Formatter): string {
  if (min === -Infinity) return `at most ${fmt.number(max, 20)}`;
  if (max === Infinity) return `at least ${fmt.number(min, 20)}`;
  return `from ${fmt.number(min, 20)} to ${fmt.number(max, 20)}`;
}

/** The problems of outside data in English. */
export const VALIDATION_EN: Templates<ValidationParams> = {
  type: (p, fmt) => expected(KINDS[p.expected], p.got, fmt),
  'forbidden-key': (p) => `The key ${q(p.key)} is not allowed: it could change the basic properties of all objects.`,
  'unknown-key': (p, fmt) => `The field ${q(p.key)} is unknown; allowed are ${showList(p.allowed, STYLE, fmt)}.`,
  empty: () => 'Must not be empty.',
  'too-long': (p, fmt) => `${fmt.number(p.length)} characters are too many; at most ${fmt.number(p.max)} are allowed.`,
  'control-character': (p) =>
    `Contains the invisible control character ${p.codePoint}, which is not allowed in texts: it can hide parts of a text or show them in another order.`,
  'lone-surrogate': (p) =>
    `Contains half a character (${p.codePoint} without its other half); the text is damaged, for example cut off in the middle of an emoji.`,
  id: (p, fmt) => {
    const characters = p.pattern === 'slug' ? 'lower-case letters, digits, "-" and "_"' : 'letters, digits, ".", ":", "-" and "_"';
    return expected(`an id of ${characters} with at most ${fmt.number(p.max)} characters`, p.got, fmt);
  },
  integer: (p, fmt) => expected('a whole number', p.got, fmt),
  range: (p, fmt) =>
    p.variant === 'cohorts'
      ? `${fmt.number(p.got)} is too few for a smallest group of ${fmt.number(p.minGroupSize)}: it takes at least ${fmt.number(p.min)} so that large groups can be split into cohorts of at least ${fmt.number(p.minGroupSize)} people.`
      : `${fmt.number(p.got, 20)} is outside the allowed range (${bounds(p.min, p.max, fmt)}).`,
  date: (p, fmt) => {
    if (p.expected === 'timestamp') return expected('a moment (a Date object or an ISO 8601 timestamp)', p.got, fmt);
    if (p.expected === 'history-step') return expected('a history step with a date as YYYY-MM-DD', p.got, fmt);
    return expected(DATE, p.got, fmt);
  },
  time: (p, fmt) => expected('a time of day as HH:MM from 00:00 to 23:59', p.got, fmt),
  email: (p, fmt) => expected('an e-mail address such as "name@example.org" (ASCII letters only)', p.got, fmt),
  enum: (p, fmt) => expected(`one of ${showList(p.allowed, STYLE, fmt, 'or')}`, p.got, fmt),
  'too-many': (p, fmt) => {
    if (p.variant === 'full') return `This already holds the most entries allowed (${fmt.number(p.max)}); no further one fits.`;
    if (p.variant === 'no-final-review') {
      return `The learning plan already has ${fmt.number(p.count)} reviews, the most allowed, and none of them is the final review. Remove a review or mark one as final before recording the final review.`;
    }
    return `${fmt.number(p.count)} entries are too many; at most ${fmt.number(p.max)} are allowed.`;
  },
  'duplicate-id': (p, fmt) =>
    p.variant === 'erased'
      ? `The id ${showValue(p.id, STYLE, fmt)} belonged to a person who was erased and is not given again.`
      : p.variant === 'taken'
        ? `The id ${showValue(p.id, STYLE, fmt)} is already taken.`
        : `${showValue(p.id, STYLE, fmt)} occurs more than once; each id may occur only once here.`,
  level: (p, fmt) =>
    p.variant === 'word'
      ? expected('a level word (keine, kenner, koenner or könner, experte)', p.got, fmt)
      : expected('a level 0, 1, 2 or 3', p.got, fmt),
  'unknown-competency': (p, fmt) => `${showValue(p.id, STYLE, fmt)} is not a competency of the catalogue.`,
  'unknown-category': (p) => `${q(p.id)} is not a category of the catalogue.`,
  'unknown-role': (p, fmt) => `The role ${q(p.id)} is unknown; known are ${showList(p.known, STYLE, fmt)}.`,
  'unknown-format': (p, fmt) => `The learning format ${showValue(p.id, STYLE, fmt)} is unknown; known are ${showList(p.known, STYLE, fmt)}.`,
  'unknown-item': (p, fmt) =>
    `${showValue(p.id, STYLE, fmt)} is not an entry of ${p.planId === undefined ? 'this learning plan' : `the learning plan ${q(p.planId)}`}.`,
  'unknown-review': (p, fmt) => `${showValue(p.id, STYLE, fmt)} is not a review of the learning plan ${q(p.planId)}.`,
  'unknown-person': (p, fmt) => `There is no person with the id ${showValue(p.id, STYLE, fmt)}.`,
  'unknown-goal': (p) => {
    if (p.variant === 'not-given') return `${q(p.id)} is not one of the goals passed in.`;
    if (p.personId !== undefined) return `${q(p.id)} is not a goal of ${q(p.personId)}.`;
    return `There is no goal with the id ${q(p.id)}.`;
  },
  'goal-of-other-person': (p) => `The goal ${q(p.id)} belongs to ${q(p.owner)}, but the learning plan to ${q(p.personId)}.`,
  'missing-outcome': (p) => `The learning plan serves the goal ${q(p.goalId)}, which has no outcome yet.`,
  'history-order': (p, fmt) => `${fmt.date(p.date)} is before the date of the previous step (${fmt.date(p.previous)}).`,
  'history-status': (p, fmt) => `The status ${q(p.status)} differs from the last step of the history (${showValue(p.last, STYLE, fmt)}).`,
  'several-final-reviews': (p, fmt) => `${fmt.number(p.count)} reviews are marked as the final review; only one may be.`,
  'date-order': (p, fmt) => {
    if (p.variant === 'review') return `${fmt.date(p.date)} is before the date of the final review (${fmt.date(p.reviewDate)}).`;
    if (p.variant === 'resize') {
      return `Moving the ${p.edge} by ${fmt.signed(p.days)} days would let ${q(p.itemId)} end (${fmt.date(p.end)}) before it starts (${fmt.date(p.start)}). An entry lasts at least one day.`;
    }
    return `The end (${fmt.date(p.end)}) is before the start (${fmt.date(p.start)}).`;
  },
  'practice-of': (p) => {
    if (p.variant === 'not-format') return `${q(p.id)} is not an entry of a learning format (kind "format").`;
    if (p.variant === 'kind') return 'Only an entry of kind "practice" can be the practice phase of another entry.';
    return 'An entry cannot be its own practice phase.';
  },
  'no-capacity': (p, fmt) =>
    `${fmt.hours(p.hours)} a month leave no time for a learning plan; it takes at least ${fmt.hours(p.min)}. Give the plan its own learning time per month.`,
  missing: (p) => {
    if (p.variant === 'gap-analysis') return 'Writing gaps takes a gap analysis.';
    if (p.variant === 'actual-or-analysis') return 'Writing actual levels takes an actual profile or a gap analysis.';
    return 'Missing; when there are no entries, give an empty list [].';
  },
  'person-mismatch': (p, fmt) =>
    `The learning plan belongs to ${q(p.planPersonId)}, not to ${showValue(p.personId, STYLE, fmt)}.${p.variant === 'context' ? ' Their learning time and budget do not apply to it.' : ''}`,
  'no-group-format': () => 'None of the learning formats can be run with a group.',
  option: (p, fmt) => {
    if (p.option === 'today') return expected(DATE, p.got, fmt);
    if (p.option === 'departments') return expected('a list of department names of 1 to 200 characters each, not empty', p.got, fmt);
    return expected(`a whole number ${bounds(p.min ?? -Infinity, p.max ?? Infinity, fmt)}`, p.got, fmt);
  },
  'plan-closed': (p) => `A learning plan that is ${q(p.status)} is on record and no longer changed; start a new plan for the next cycle.`,
  transition: (p, fmt) => {
    if (p.variant === 'before-last') return `${fmt.date(p.date)} is before the learning plan's last step (${q(p.lastStatus)} on ${fmt.date(p.lastDate)}).`;
    const next = p.allowed.length > 0 ? `possible next: ${showList(p.allowed, STYLE, fmt, 'or')}` : `${q(p.from)} is final`;
    return `A learning plan cannot move from ${q(p.from)} to ${q(p.to)}; ${next}.`;
  },
  'owner-change': (p) => `${q(p.id)} belongs to ${q(p.owner)} and cannot move to ${q(p.personId)}; create a new entry instead.`,
  'roles-needed': () =>
    'The document has its own catalogue, so it needs its own roles: the built-in roles name competencies this catalogue does not have.',
  version: (p, fmt) => {
    if (p.variant === 'missing') return 'The version is missing; a portfolio states the version of its format.';
    if (p.variant === 'not-whole') return expected(`a whole number from 0 to ${p.max}`, p.got, fmt);
    if (p.variant === 'not-current') return `Expected version ${p.expected}, ${given(p.got, fmt)}. Older documents are upgraded when read (parsePortfolio, migratePortfolio).`;
    return `There is no upgrade from version ${p.from}.`;
  },
  'version-newer': (p) =>
    `Version ${p.got} was written by a newer release of kompetenzrad; this one reads documents up to version ${p.max}. Update kompetenzrad to open it.`,
  format: (p, fmt) => `Expected ${q(p.expected)}, ${given(p.got, fmt)}: this is not a kompetenzrad portfolio.`,
  'too-large': (p, fmt) =>
    `The text has ${fmt.number(p.length)} characters; at most ${fmt.number(p.max)} (about ${fmt.number(p.max / 1_000_000)} MB) can be read.`,
  'too-many-issues': (p, fmt) => `And ${fmt.number(p.more)} more problems; only the first ${fmt.number(p.max)} are listed one by one.`,
  'too-deep': (p) => `Nested deeper than ${p.max} levels.`,
  'too-many-values': (p, fmt) =>
    p.variant === 'objects'
      ? `The text holds more than ${fmt.number(p.max)} objects and lists; a portfolio within the size limit holds far fewer. It is not read.`
      : `The document holds more than ${fmt.number(p.max)} values (objects, lists and their entries; parts used in several places count each time); a portfolio within the size limit holds far fewer.`,
  cycle: () => 'Refers to an object that contains it (a cycle); a portfolio must be plain data that can be written as JSON.',
  'plan-span': (p, fmt) =>
    `The learning plan runs from ${fmt.date(p.start)} to ${fmt.date(p.end)}; the entries and reviews of one plan may together span at most ${fmt.number(p.maxYears)} years.`,
  json: (p, fmt) =>
    `The text is not valid JSON${p.line === undefined ? '' : ` (line ${fmt.number(p.line)}, column ${fmt.number(p.column ?? 0)})`}: ${p.detail}`,
  html: () => 'The text is a web page (HTML), not a portfolio; the server probably sent a sign-in or error page.',
  migration: () => 'Has both "ratings" and "levels"; keep only one of them.',
};

/** Where an issue is, in English: the fields of a portfolio document and of the domain functions' arguments. */
export const ISSUE_WORDS_EN: IssueWords = {
  fields: {
    format: 'format marker',
    version: 'version',
    installationId: 'installation id',
    catalogue: 'catalogue',
    categories: ['categories', 'category'],
    competencies: ['competencies', 'competency'],
    roles: ['roles', 'role'],
    people: ['people', 'person'],
    assessments: ['assessments', 'assessment'],
    goals: ['goals', 'goal'],
    plans: ['learning plans', 'learning plan'],
    formats: ['learning formats', 'learning format'],
    id: 'id',
    name: 'name',
    label: 'label',
    description: 'description',
    de: 'German',
    en: 'English',
    category: 'category',
    refreshMonths: 'refresh after months',
    tasks: ['tasks', 'task'],
    target: ['target', 'target'],
    actual: ['actual', 'actual'],
    self: ['self-assessment', 'self-assessment'],
    external: ['external assessment', 'external assessment'],
    current: ['current levels', 'level'],
    source: 'source',
    roleId: 'role',
    department: 'department',
    email: 'e-mail address',
    lineManager: 'line manager',
    capacityHoursPerMonth: 'learning time per month',
    budget: 'budget',
    personId: 'person',
    rater: 'rated by',
    raterRole: 'function of the rater',
    date: 'date',
    levels: ['levels', 'level'],
    notes: ['notes', 'note'],
    stockTaking: 'stock-taking',
    currentTasks: 'current tasks',
    builtCompetencies: 'competencies built',
    hiddenCompetencies: 'hidden competencies',
    competenciesToGrow: 'competencies to grow',
    conditions: 'conditions',
    competencyIds: ['competencies', 'competency'],
    competencyId: 'competency',
    targetLevel: 'target level',
    measure: 'measure',
    challenge: 'challenge',
    resources: 'resources',
    hours: 'hours',
    supportPerson: 'support',
    due: 'due date',
    createdAt: 'created on',
    status: 'status',
    title: 'title',
    history: ['history', 'step'],
    items: ['entries', 'entry'],
    reviews: ['reviews', 'review'],
    outcome: 'outcome',
    kind: 'kind',
    formatId: 'learning format',
    start: 'start',
    end: 'end',
    cost: 'cost',
    provider: 'run by',
    goalId: 'goal',
    practiceOf: 'practice phase of',
    participants: ['participants', 'participant'],
    time: 'time',
    final: 'final review',
    reached: 'reached',
    smartInPractice: 'SMART in practice',
    nextStockTaking: 'next stock-taking',
    assessedAt: ['assessment dates', 'assessment date'],
    today: "today's date",
    groupBy: 'grouping',
    minGroupSize: 'smallest group size',
    filter: 'selection',
    previousDate: 'date of the previous stock-taking',
    rule: 'rule for the rating in use',
    person: 'person',
    plan: 'learning plan',
    goal: 'goal',
    portfolio: 'portfolio',
    options: 'options',
    input: 'input',
    context: 'context',
    entries: ['entries', 'entry'],
    rows: ['rows', 'row'],
    members: ['team members', 'team member'],
    analysis: 'gap analysis',
    gaps: ['gaps', 'gap'],
    byPriority: ['gaps by urgency', 'gap'],
    gap: 'gap',
  },
  unnamed: (key) => `"${key}"`,
  entry: (position) => `no. ${position}`,
  andMore: (count) => ` (and ${count} more)`,
};

/** The English validation texts and words together, for `describeIssueIn`. */
export const ISSUE_TEXTS_EN: IssueTexts = { lang: 'en', table: VALIDATION_EN, words: ISSUE_WORDS_EN };
