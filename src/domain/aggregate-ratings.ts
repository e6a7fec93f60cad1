import { raterInUse, RATER_KINDS, type ActualRule } from './assessments.js';
import { refreshDueDate, type CatalogueIndex } from './catalogue.js';
import { isIsoDate } from './dates.js';
import { dayNumber } from './day-numbers.js';
import { got, KompetenzradError } from './errors.js';
import { levelReaderOf } from './profile.js';
import { checkLevel, isLevel } from './scale.js';
import { MAX_REPORTED_ISSUES } from './team.js';
import type { Assessment, IsoDate, Level, PersonId } from './types.js';
import { checkDate, checkOneOf, isRecord, Issues } from './validate.js';

/**
 * The ratings in use of many people at once, row-major like `TeamMatrix`: the cell of the person
 * in row `r` and the competency at wheel position `c` is `r * width + c`.
 */
export interface RatingsInUse {
  /** 1 for each row with at least one assessment. */
  assessed: Uint8Array;
  /** The level in use (as `currentProfile(…).profile`), −1 where the competency has no rating in use. */
  level: Int8Array;
  /** 1 where the rating in use is due for refreshing on `today` (as `dueForRefresh`); all 0 without `today`. */
  stale: Uint8Array;
  /** The level in use counting only the assessments dated up to `previousDate`, −1 where none; null without it. */
  previous: Int8Array | null;
}

export interface RatingsInput {
  index: CatalogueIndex;
  assessments: readonly Assessment[];
  /** The row of each person; assessments of anyone else are skipped. */
  rowOf: Pick<ReadonlyMap<PersonId, number>, 'get'>;
  rows: number;
  rule: ActualRule;
  today?: IsoDate;
  previousDate?: IsoDate;
  path?: string;
}

/** Per competency two slots, `position * 2 + rater`: the latest self and the latest external rating. */
const SELF = 0;
const EXTERNAL = 1;

/** Which of a competency's two latest ratings exist, and which is the later one. */
const NONE_RATED = 0;
const SELF_ONLY = 1;
const EXTERNAL_ONLY = 2;
const SELF_LATER = 3;
const SAME_DAY = 4;
const EXTERNAL_LATER = 5;

/**
 * Per case of `NONE_RATED` … `EXTERNAL_LATER`, the slot (`SELF`, `EXTERNAL`, −1 for none) that
 * `raterInUse` chooses under `rule`: it decides by which ratings exist and which is later, so
 * asking it once per case spares comparing date texts for every competency of every person.
 */
function choicesOf(rule: ActualRule): Int8Array {
  const earlier = '2000-01-01';
  const later = '2000-01-02';
  const cases: [IsoDate | undefined, IsoDate | undefined][] = [
    [undefined, undefined],
    [earlier, undefined],
    [undefined, earlier],
    [later, earlier],
    [earlier, earlier],
    [earlier, later],
  ];
  return Int8Array.from(cases, ([self, external]) => {
    const rater = raterInUse(rule, self, external);
    return rater === undefined ? -1 : rater === 'self' ? SELF : EXTERNAL;
  });
}

/** One person's latest rating per competency and rater: which assessment gave it (its index + 1; 0: none), its day and its level. */
class LatestRatings {
  readonly width: number;
  readonly from: Int32Array;
  readonly day: Int32Array;
  readonly level: Int8Array;

  constructor(width: number) {
    this.width = width;
    this.from = new Int32Array(width * 2);
    this.day = new Int32Array(width * 2);
    this.level = new Int8Array(width * 2);
  }

  clear(): void {
    this.from.fill(0);
  }

  /** Keeps the rating unless the slot holds a later one; of the same day the later in the list wins, as in `assessmentHistory`. */
  take(slot: number, assessment: number, level: Level, day: number): void {
    if (this.from[slot] === 0 || day >= this.day[slot]) {
      this.from[slot] = assessment + 1;
      this.day[slot] = day;
      this.level[slot] = level;
    }
  }

  /** The slot of the competency at `position` whose rating is in use by the `choices` of a rule (`choicesOf`), or −1. */
  inUse(position: number, choices: Int8Array): number {
    const self = position * 2 + SELF;
    const external = position * 2 + EXTERNAL;
    let rated: number;
    if (this.from[self] === 0) rated = this.from[external] === 0 ? NONE_RATED : EXTERNAL_ONLY;
    else if (this.from[external] === 0) rated = SELF_ONLY;
    else {
      const selfDay = this.day[self];
      const externalDay = this.day[external];
      rated = selfDay > externalDay ? SELF_LATER : selfDay === externalDay ? SAME_DAY : EXTERNAL_LATER;
    }
    const choice = choices[rated];
    return choice < 0 ? -1 : position * 2 + choice;
  }

  /** The level in use (as `inUse`, −1 for none) of every competency into `into`, from `offset` on, in wheel order. */
  levelsInto(choices: Int8Array, into: Int8Array, offset: number): void {
    for (let c = 0; c < this.width; c++) {
      const slot = this.inUse(c, choices);
      into[offset + c] = slot < 0 ? -1 : this.level[slot];
    }
  }

  /** The index of the assessment that gave the rating in `slot`. */
  assessmentOf(slot: number): number {
    return this.from[slot] - 1;
  }
}

/**
 * Reads people's ratings one person at a time. `record` checks an assessment's rater, date and
 * levels object and notes its date; then, per person, `begin`, `read` for each of their recorded
 * assessments in list order, and `level` (and `previous`, `dateInUse`) per competency give the
 * ratings in use, with the rater rule of `currentProfile` (`raterInUse`). `ratingsInUse` reads
 * everyone this way; the team matrix reads its people in slices between frames.
 */
export interface RatingsReader {
  /** The distinct dates recorded, with ids (`dateInUse`). */
  readonly calendar: Calendar;
  /** Checks the rater, date and levels object of assessment `i` (issues under the reader's path) and notes its date; false when they do not fit. */
  record(i: number, assessment: Record<string, unknown>, issues: Issues): boolean;
  /** Starts the next person. */
  begin(): void;
  /** Takes the levels of the recorded assessment `i`; a value that is no level is left out and reported to `issues` (under the reader's path). */
  read(i: number, assessment: Assessment, issues?: Issues): void;
  /** As `read`, with the levels taken from `kept` by wheel position from `offset` on, as `assessmentFits` keeps them. */
  readKept(i: number, assessment: Assessment, kept: Int8Array, offset: number): void;
  /** The level in use of the competency at wheel position `c` for the person read since `begin`, −1 when none. */
  level(c: number): number;
  /** The levels in use of every competency (as `level`) into `into`, from `offset` on, in wheel order. */
  levelsInto(into: Int8Array, offset: number): void;
  /** The date id (in `calendar`) of the rating in use that `level` gave last, −1 when none. */
  dateInUse(): number;
  /** The level in use counting only the assessments dated up to `previousDate`, −1 when none. */
  previous(c: number): number;
  /** The levels as of `previousDate` of every competency (as `previous`) into `into`, from `offset` on, in wheel order. */
  previousInto(into: Int8Array, offset: number): void;
}

/**
 * A `RatingsReader` for a list of `count` assessments; with `previousDate`, also the ratings in
 * use up to that day. Its state lives in the closure: the level of every rating read passes
 * through `take`, half a million times for a district. With `path`, the issues of assessment `i`
 * are reported under `${path}[${i}]` (a text built only for an issue, not twice for each of
 * 20,000 assessments); without, under the field alone (`.rater`), for a caller that words its own.
 */
export function ratingsReader(index: CatalogueIndex, count: number, rule: ActualRule, previousDate?: IsoDate, path?: string): RatingsReader {
  const width = index.competencyIds.length;
  const calendar = new Calendar();
  const choices = choicesOf(rule);
  const dayOf = new Int32Array(count);
  const dateIdOf = new Int32Array(count);
  const now = new LatestRatings(width);
  const before = previousDate === undefined ? null : new LatestRatings(width);
  const lastDayBefore = previousDate === undefined ? 0 : dayNumber(previousDate);
  const levels = levelReaderOf(index);
  let i = 0;
  let r = SELF;
  let day = 0;
  let earlier = false;
  let issues: Issues | undefined;
  let slot = -1;
  const pathOf = (k: number): string => (path === undefined ? '' : `${path}[${k}]`);
  const start = (k: number, assessment: Assessment): void => {
    i = k;
    r = assessment.rater === 'self' ? SELF : EXTERNAL;
    day = dayOf[k];
    earlier = before !== null && day <= lastDayBefore;
  };
  const take = (c: number, value: unknown): void => {
    if (!isLevel(value)) {
      if (issues && issues.list.length < MAX_REPORTED_ISSUES) checkLevel(issues, value, `${pathOf(i)}.levels.${index.competencyIds[c]}`);
      return;
    }
    now.take(c * 2 + r, i, value, day);
    if (earlier) before!.take(c * 2 + r, i, value, day);
  };
  return {
    calendar,
    record(k, assessment, found) {
      const { rater, date, levels: read } = assessment;
      const dateId = calendar.idOf(date);
      if (rater !== 'self' && rater !== 'external') return checkOneOf(found, rater, `${pathOf(k)}.rater`, RATER_KINDS);
      if (dateId < 0) return checkDate(found, date, `${pathOf(k)}.date`);
      if (!isRecord(read)) return found.add(`${pathOf(k)}.levels`, 'type', { expected: 'profile', ...got(read) });
      dayOf[k] = calendar.days[dateId];
      dateIdOf[k] = dateId;
      return true;
    },
    begin() {
      now.clear();
      before?.clear();
    },
    read(k, assessment, found) {
      start(k, assessment);
      issues = found;
      levels.read(assessment.levels, take);
    },
    readKept(k, assessment, kept, offset) {
      start(k, assessment);
      for (let c = 0; c < width; c++) {
        const level = kept[offset + c];
        if (level < 0) continue;
        now.take(c * 2 + r, i, level as Level, day);
        if (earlier) before!.take(c * 2 + r, i, level as Level, day);
      }
    },
    level(c) {
      slot = now.inUse(c, choices);
      return slot < 0 ? -1 : now.level[slot];
    },
    levelsInto(into, offset) {
      now.levelsInto(choices, into, offset);
    },
    dateInUse() {
      return slot < 0 ? -1 : dateIdOf[now.assessmentOf(slot)];
    },
    previous(c) {
      const then = before ? before.inUse(c, choices) : -1;
      return then < 0 ? -1 : before!.level[then];
    },
    previousInto(into, offset) {
      if (before) before.levelsInto(choices, into, offset);
      else into.fill(-1, offset, offset + width);
    },
  };
}

/**
 * The rating in use of every person and competency, with the rater rule of `currentProfile`
 * (`raterInUse`) and the refresh rule of `dueForRefresh` (`refreshDueDate`). The assessments are
 * checked and sorted by person in one pass (a stable counting sort, so the list order holds
 * within a person), then read person by person (`RatingsReader`) into small tables: no object per
 * person, so 10,000 people take a few milliseconds. Throws a `KompetenzradError` for assessments
 * whose rater, date or levels do not fit (the records' issues first, then those of the levels).
 */
export function ratingsInUse({ index, assessments, rowOf, rows, rule, today, previousDate, path = '$.assessments' }: RatingsInput): RatingsInUse {
  const width = index.competencyIds.length;
  const count = assessments.length;
  const rowOfAssessment = new Int32Array(count).fill(-1);
  const start = new Int32Array(rows + 1);
  const reader = ratingsReader(index, count, rule, previousDate, path);
  const issues = new Issues();

  for (let i = 0; i < count && issues.list.length < MAX_REPORTED_ISSUES; i++) {
    const assessment: unknown = assessments[i];
    if (!isRecord(assessment)) {
      issues.add(`${path}[${i}]`, 'type', { expected: 'object', ...got(assessment) });
      continue;
    }
    const row = typeof assessment.personId === 'string' ? rowOf.get(assessment.personId) : undefined;
    if (row === undefined || !reader.record(i, assessment, issues)) continue;
    rowOfAssessment[i] = row;
    start[row + 1]++;
  }
  for (let row = 0; row < rows; row++) start[row + 1] += start[row];
  const order = new Int32Array(start[rows]);
  const filled = start.slice(0, rows);
  for (let i = 0; i < count; i++) if (rowOfAssessment[i] >= 0) order[filled[rowOfAssessment[i]]++] = i;

  const assessed = new Uint8Array(rows);
  const level = new Int8Array(rows * width);
  const stale = new Uint8Array(rows * width);
  const previous = previousDate === undefined ? null : new Int8Array(rows * width);
  const refreshing = today === undefined ? [] : refreshRules(index, today, reader.calendar.dates);
  for (let row = 0; row < rows; row++) {
    if (start[row] === start[row + 1]) {
      level.fill(-1, row * width, (row + 1) * width);
      previous?.fill(-1, row * width, (row + 1) * width);
      continue;
    }
    assessed[row] = 1;
    reader.begin();
    for (let k = start[row]; k < start[row + 1]; k++) {
      const i = order[k];
      reader.read(i, assessments[i], issues);
    }
    reader.levelsInto(level, row * width);
    if (previous) reader.previousInto(previous, row * width);
    for (const { position, isStale } of refreshing) {
      if (reader.level(position) >= 0 && isStale(reader.dateInUse())) stale[row * width + position] = 1;
    }
  }
  if (!issues.ok) throw new KompetenzradError(issues.list);
  return { assessed, level, stale, previous };
}

/** The distinct valid dates seen (see `isIsoDate`), each with an id and its `dayNumber`. */
export class Calendar {
  readonly dates: IsoDate[] = [];
  readonly days: number[] = [];
  readonly #ids = new Map<string, number>();

  /** The id of `value`, or −1 when it is not a valid date. */
  idOf(value: unknown): number {
    if (typeof value !== 'string') return -1;
    let id = this.#ids.get(value);
    if (id === undefined) {
      if (!isIsoDate(value)) return -1;
      id = this.dates.push(value) - 1;
      this.days.push(dayNumber(value));
      this.#ids.set(value, id);
    }
    return id;
  }
}

/**
 * The competencies that go stale, each with its wheel position and whether its rating of the
 * date with id `dateId` is due on `today`; `refreshDueDate` runs once per competency and date.
 */
function refreshRules(index: CatalogueIndex, today: IsoDate, dates: readonly IsoDate[]): { position: number; isStale(dateId: number): boolean }[] {
  const UNKNOWN = 0;
  const STALE = 1;
  const FRESH = 2;
  return index.catalogue.competencies.flatMap((competency, position) => {
    if (refreshDueDate(competency, today) === undefined) return [];
    const known = new Uint8Array(dates.length);
    const isStale = (dateId: number): boolean => {
      if (known[dateId] === UNKNOWN) {
        const dueSince = refreshDueDate(competency, dates[dateId]);
        known[dateId] = dueSince !== undefined && dueSince <= today ? STALE : FRESH;
      }
      return known[dateId] === STALE;
    };
    return [{ position, isStale }];
  });
}
