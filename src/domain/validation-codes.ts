import type { MessageParam } from './errors.js';

/** What a `type` issue expected (its `expected` parameter). */
export type ValueKind =
  | 'object'
  | 'string'
  | 'text'
  | 'number'
  | 'whole-number'
  | 'boolean'
  | 'list'
  | 'profile'
  | 'people'
  | 'assessment'
  | 'assessments'
  | 'goals'
  | 'gap-analysis'
  | 'gaps'
  | 'gap-entry'
  | 'competencies-or-gaps'
  | 'rows'
  | 'cells'
  | 'team-member'
  | 'team-members'
  | 'portfolio'
  | 'portfolio-text'
  | 'goal'
  | 'options';

type NoParams = Record<string, never>;
/** The offending value, shortened (`shortValue`); absent when there was no value at all. */
type Got = { got?: MessageParam };

/**
 * Every code a `ValidationIssue` can carry, with the parameters it comes with. The message
 * modules (`messages/validation.<lang>`) have a text for each; a code without one fails the
 * type check. Several texts of one code are told apart by `variant`.
 */
export interface ValidationParams {
  type: { expected: ValueKind } & Got;
  'forbidden-key': { key: string };
  'unknown-key': { key: string; allowed: readonly string[] };
  empty: NoParams;
  'too-long': { length: number; max: number };
  /** A control, bidirectional or invisible formatting character (`UNSAFE_CHARACTER_CLASS`), as `U+202E`. */
  'control-character': { codePoint: string };
  /** Half of a surrogate pair without its other half (`U+D83D`): the text is damaged. */
  'lone-surrogate': { codePoint: string };
  /** `slug`: lower-case letters, digits, `-`, `_`; `record`: also upper case, `.` and `:`; at most `max` characters. */
  id: { pattern: 'slug' | 'record'; max: number } & Got;
  integer: { got: number };
  range:
    | { variant?: undefined; got: number; min: number; max: number }
    /** A largest group too small to split large groups into cohorts of at least `minGroupSize`. */
    | { variant: 'cohorts'; got: number; min: number; max: number; minGroupSize: number };
  /** A date as `YYYY-MM-DD` between `MIN_YEAR` and `MAX_YEAR`, a moment (`timestamp`), or a history step with such a date. */
  date: { expected?: 'timestamp' | 'history-step' } & Got;
  /** A time of day `HH:MM`, 00:00 to 23:59. */
  time: Got;
  /** An ASCII e-mail address (`checkEmail`). */
  email: Got;
  enum: { allowed: readonly string[] } & Got;
  'too-many':
    | { variant?: undefined; count: number; max: number }
    /** The list already holds `max` entries and takes no further one. */
    | { variant: 'full'; count?: number; max: number }
    /** The plan holds `max` reviews, none of them final: no room for a final review. */
    | { variant: 'no-final-review'; count: number; max: number };
  /** `taken`: the id is another record's already; `erased`: it was a person's who has been erased from the document. */
  'duplicate-id': { id: MessageParam; variant?: 'taken' | 'erased' };
  level: { variant?: 'word' } & Got;
  'unknown-competency': { id: MessageParam };
  'unknown-category': { id: string };
  'unknown-role': { id: string; known: readonly string[] };
  'unknown-format': { id: MessageParam; known: readonly string[] };
  'unknown-item': { id: MessageParam; planId?: string };
  'unknown-review': { id: MessageParam; planId: string };
  'unknown-person': { id: MessageParam };
  /** With `personId`: not a goal of that person; `not-given`: not among the goals passed in. */
  'unknown-goal': { id: string; personId?: string; variant?: 'not-given' };
  'goal-of-other-person': { id: string; owner: string; personId: string };
  'missing-outcome': { goalId: string };
  'history-order': { date: string; previous: string };
  'history-status': { status: string; last: MessageParam };
  'several-final-reviews': { count: number };
  'date-order':
    | { variant?: undefined; end: string; start: string }
    /** The next stock-taking (`date`) before the review date. */
    | { variant: 'review'; date: string; reviewDate: string }
    /** Moving an item's `edge` by `days` would end it before it starts. */
    | { variant: 'resize'; itemId: string; edge: 'start' | 'end'; days: number; start: string; end: string };
  'practice-of': { variant: 'kind' | 'self'; id?: undefined } | { variant: 'not-format'; id: string };
  'no-capacity': { hours: number; min: number };
  missing: { variant: 'list' | 'gap-analysis' | 'actual-or-analysis' };
  'person-mismatch': { planPersonId: string; personId: MessageParam; variant?: 'context' };
  'no-group-format': NoParams;
  option: { option: 'seed' | 'people' | 'today' | 'departments'; min?: number; max?: number } & Got;
  transition:
    | { variant?: undefined; from: string; to: string; allowed: readonly string[] }
    | { variant: 'before-last'; date: string; lastStatus: string; lastDate: string };
  'owner-change': { id: string; owner: string; personId: string };
  /** An edit of a plan that is completed or cancelled (on record): only a new plan changes anything. */
  'plan-closed': { status: string; edit: string };
  'roles-needed': NoParams;
  version:
    | { variant: 'missing' }
    | ({ variant: 'not-whole'; max: number } & Got)
    | ({ variant: 'not-current'; expected: number } & Got)
    | { variant: 'no-migration'; from: number };
  'version-newer': { got: number; max: number };
  format: { expected: string } & Got;
  'too-large': { length: number; max: number };
  'too-many-issues': { more: number; max: number };
  'too-deep': { max: number };
  /**
   * More values (objects, lists and their entries; shared parts count each time they occur) than
   * `PORTFOLIO_LIMITS.maxValues`, or with `objects`, more objects and lists in a JSON text than `maxObjects`.
   */
  'too-many-values': { variant?: 'objects'; max: number };
  /** An object that contains itself: live data, never JSON. */
  cycle: NoParams;
  /** Entries and reviews of a plan run from `start` to `end`, beyond `maxYears` years. */
  'plan-span': { start: string; end: string; maxYears: number };
  /** `detail`: the JSON parser's own report. */
  json: { detail: string; line?: number; column?: number };
  /** The text is a web page (a sign-in or error page sent instead of the document). */
  html: NoParams;
  migration: { variant: 'ratings-and-levels' };
}

export type ValidationCode = keyof ValidationParams;
