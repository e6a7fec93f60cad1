import { raterInUse, RATER_KINDS, type ActualRule } from './assessments.js';
import { refreshDueDate, type CatalogueIndex } from './catalogue.js';
import { isIsoDate } from './dates.js';
import { dayNumber } from './day-numbers.js';
import { got, KompetenzradError } from './errors.js';
import { levelReaderOf } from './profile.js';
import { checkLevel, isLevel } from './scale.js';
import { MAX_REPORTED_ISSUES } from './team.js';
import type { Assessment, IsoDate, Level, PersonId, RaterKind } from './types.js';
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
  rowOf: ReadonlyMap<PersonId, number>;
  rows: number;
  rule: ActualRule;
  today?: IsoDate;
  previousDate?: IsoDate;
  path?: string;
}

/** Per competency two slots, `position * 2 + rater`: the latest self and the latest external rating. */
const SELF = 0;
const EXTERNAL = 1;

/** One person's latest rating per competency and rater: which assessment gave it (its index + 1; 0: none) and its level. */
class LatestRatings {
  readonly from: Int32Array;
  readonly level: Int8Array;

  constructor(width: number) {
    this.from = new Int32Array(width * 2);
    this.level = new Int8Array(width * 2);
  }

  clear(): void {
    this.from.fill(0);
  }

  /** Keeps the rating unless the slot holds a later one; of the same day the later in the list wins, as in `assessmentHistory`. */
  take(slot: number, assessment: number, level: Level, day: number, dayOf: Int32Array): void {
    const last = this.from[slot];
    if (last === 0 || day >= dayOf[last - 1]) {
      this.from[slot] = assessment + 1;
      this.level[slot] = level;
    }
  }

  /** The slot of the competency at `position` whose rating is in use under `rule`, or −1. */
  inUse(position: number, rule: ActualRule, dates: readonly IsoDate[]): number {
    const self = this.from[position * 2 + SELF];
    const external = this.from[position * 2 + EXTERNAL];
    const rater = raterInUse(rule, self === 0 ? undefined : dates[self - 1], external === 0 ? undefined : dates[external - 1]);
    return rater === undefined ? -1 : position * 2 + (rater === 'self' ? SELF : EXTERNAL);
  }

  /** The index of the assessment that gave the rating in `slot`. */
  assessmentOf(slot: number): number {
    return this.from[slot] - 1;
  }
}

/**
 * The rating in use of every person and competency, with the rater rule of `currentProfile`
 * (`raterInUse`) and the refresh rule of `dueForRefresh` (`refreshDueDate`). The assessments are
 * checked and sorted by person in one pass (a stable counting sort, so the list order holds
 * within a person), then read person by person into small tables: no object per person, so
 * 10,000 people take a few milliseconds. Throws a `KompetenzradError` for assessments whose
 * rater, date or levels do not fit (the records' issues first, then those of the levels).
 */
export function ratingsInUse({ index, assessments, rowOf, rows, rule, today, previousDate, path = '$.assessments' }: RatingsInput): RatingsInUse {
  const width = index.competencyIds.length;
  const count = assessments.length;
  const dates: IsoDate[] = new Array<IsoDate>(count);
  const dayOf = new Int32Array(count);
  const dateIdOf = new Int32Array(count);
  const rowOfAssessment = new Int32Array(count).fill(-1);
  const start = new Int32Array(rows + 1);
  const calendar = new Calendar();
  const issues = new Issues();

  for (let i = 0; i < count && issues.list.length < MAX_REPORTED_ISSUES; i++) {
    const assessment: unknown = assessments[i];
    if (!isRecord(assessment)) {
      issues.add(`${path}[${i}]`, 'type', { expected: 'object', ...got(assessment) });
      continue;
    }
    const row = typeof assessment.personId === 'string' ? rowOf.get(assessment.personId) : undefined;
    if (row === undefined) continue;
    const { rater, date, levels } = assessment;
    const dateId = calendar.idOf(date);
    if (rater !== 'self' && rater !== 'external') checkOneOf(issues, rater, `${path}[${i}].rater`, RATER_KINDS);
    else if (dateId < 0) checkDate(issues, date, `${path}[${i}].date`);
    else if (!isRecord(levels)) issues.add(`${path}[${i}].levels`, 'type', { expected: 'profile', ...got(levels) });
    else {
      dates[i] = calendar.dates[dateId];
      dayOf[i] = calendar.days[dateId];
      dateIdOf[i] = dateId;
      rowOfAssessment[i] = row;
      start[row + 1]++;
    }
  }
  for (let row = 0; row < rows; row++) start[row + 1] += start[row];
  const order = new Int32Array(start[rows]);
  const filled = start.slice(0, rows);
  for (let i = 0; i < count; i++) if (rowOfAssessment[i] >= 0) order[filled[rowOfAssessment[i]]++] = i;

  const assessed = new Uint8Array(rows);
  const level = new Int8Array(rows * width);
  const stale = new Uint8Array(rows * width);
  const previous = previousDate === undefined ? null : new Int8Array(rows * width);
  const lastDayBefore = previousDate === undefined ? 0 : dayNumber(previousDate);
  const staleness = today === undefined ? [] : staleRules(index, today, calendar.dates);
  const reader = levelReaderOf(index);
  const now = new LatestRatings(width);
  const before = new LatestRatings(width);
  let i = 0;
  let r = SELF;
  let day = 0;
  let earlier = false;
  const take = (c: number, value: unknown): void => {
    if (!isLevel(value)) {
      if (issues.list.length < MAX_REPORTED_ISSUES) checkLevel(issues, value, `${path}[${i}].levels.${index.competencyIds[c]}`);
      return;
    }
    now.take(c * 2 + r, i, value, day, dayOf);
    if (earlier) before.take(c * 2 + r, i, value, day, dayOf);
  };
  for (let row = 0; row < rows; row++) {
    if (start[row] === start[row + 1]) {
      level.fill(-1, row * width, (row + 1) * width);
      previous?.fill(-1, row * width, (row + 1) * width);
      continue;
    }
    assessed[row] = 1;
    now.clear();
    before.clear();
    for (let k = start[row]; k < start[row + 1]; k++) {
      i = order[k];
      const { rater, levels } = assessments[i] as { rater: RaterKind; levels: Record<string, unknown> };
      r = rater === 'self' ? SELF : EXTERNAL;
      day = dayOf[i];
      earlier = previous !== null && day <= lastDayBefore;
      reader.read(levels, take);
    }
    for (let c = 0, cell = row * width; c < width; c++, cell++) {
      const slot = now.inUse(c, rule, dates);
      level[cell] = slot < 0 ? -1 : now.level[slot];
      if (slot >= 0 && staleness[c]?.(dateIdOf[now.assessmentOf(slot)])) stale[cell] = 1;
      if (previous) {
        const then = before.inUse(c, rule, dates);
        previous[cell] = then < 0 ? -1 : before.level[then];
      }
    }
  }
  if (!issues.ok) throw new KompetenzradError(issues.list);
  return { assessed, level, stale, previous };
}

/** The distinct valid dates seen (see `isIsoDate`), each with an id and its `dayNumber`. */
class Calendar {
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
 * Per competency: whether its rating of the date with id `dateId` is due on `today`, or
 * undefined for a competency that never goes stale; `refreshDueDate` runs once per competency and date.
 */
function staleRules(index: CatalogueIndex, today: IsoDate, dates: readonly IsoDate[]): (((dateId: number) => boolean) | undefined)[] {
  const UNKNOWN = 0;
  const STALE = 1;
  const FRESH = 2;
  return index.catalogue.competencies.map((competency) => {
    if (refreshDueDate(competency, today) === undefined) return undefined;
    const known = new Uint8Array(dates.length);
    return (dateId: number) => {
      if (known[dateId] === UNKNOWN) {
        const dueSince = refreshDueDate(competency, dates[dateId]);
        known[dateId] = dueSince !== undefined && dueSince <= today ? STALE : FRESH;
      }
      return known[dateId] === STALE;
    };
  });
}
