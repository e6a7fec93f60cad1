import { addDays, addMonths, daysBetween, fromTime, maxDate, minDate, toTime } from '../../../domain/dates.js';
import type { MonthLoad } from '../../../domain/plan-checks.js';
import type { Format, Goal, IsoDate, Plan, PlanItem, Review } from '../../../domain/types.js';
import { Memo } from '../../../internal/memo.js';

/** The plan as a time line (`chart`) or as a list in date order (`list`). */
export type TimelineView = 'chart' | 'list';
export const VIEWS: readonly TimelineView[] = Object.freeze(['chart', 'list'] as const);

/** How much time fills the visible width: about three months, a year, or the whole plan. */
export type Zoom = 'quarter' | 'year' | 'plan';
export const ZOOMS: readonly Zoom[] = Object.freeze(['quarter', 'year', 'plan'] as const);

/** What the rows of the chart stand for. */
export type LaneMode = 'competency' | 'format';
export const LANE_MODES: readonly LaneMode[] = Object.freeze(['competency', 'format'] as const);

/** The view, rows and zoom in force: each as set when it is one of its values, else its default (a bad one is reported by `checkEnum`). */
export function shownSettings({ view, lanes, zoom }: { view: TimelineView; lanes: LaneMode; zoom: Zoom }): { view: TimelineView; lanes: LaneMode; zoom: Zoom } {
  return {
    view: VIEWS.includes(view) ? view : 'chart',
    lanes: LANE_MODES.includes(lanes) ? lanes : 'competency',
    zoom: ZOOMS.includes(zoom) ? zoom : 'plan',
  };
}

/** Sizes in px (SVG user units). */
export const GEOMETRY = Object.freeze({
  monthAxis: 24,
  weekAxis: 18,
  markerRow: 26,
  row: 28,
  bar: 22,
  lanePadding: 8,
  loadStrip: 52,
  minBarWidth: 6,
  /** Weeks get ticks once a week is at least this wide. */
  minWeekWidth: 14,
  /** Days in the visible width per zoom. */
  quarterDays: 92,
  yearDays: 366,
  /** A month is at least this wide (its initial readable, a month-long bar a 24 px target): a longer plan than the width holds at that scrolls (and only the months near the view are drawn). */
  minMonthWidth: 24,
});

/** The half-width of a review's diamond: a final review's is larger. */
export const reviewRadius = (review: { final: boolean }) => (review.final ? 9 : 7);

export interface Lane {
  key: string;
  y: number;
  height: number;
  rows: number;
}

export interface Bar {
  item: PlanItem;
  lane: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ReviewMark {
  review: Review;
  x: number;
  y: number;
}

export interface GoalMark {
  goal: Goal;
  x: number;
  y: number;
}

export interface MonthBand {
  month: string;
  x: number;
  width: number;
}

export interface WeekTick {
  /** The Monday that starts the week. */
  date: IsoDate;
  x: number;
  width: number;
  /** ISO week number. */
  week: number;
}

export interface LoadCell extends MonthBand {
  load: MonthLoad | undefined;
  /** Height of the hours bar and the y of its top. */
  barY: number;
  barHeight: number;
  /** y of the capacity line. */
  capacityY: number;
}

export interface TimelineLayout {
  start: IsoDate;
  /** Inclusive. */
  end: IsoDate;
  width: number;
  height: number;
  pxPerDay: number;
  months: MonthBand[];
  /** Whether weeks get ticks (a week is wide enough). */
  showWeeks: boolean;
  /** The week ticks from x `from` to x `to` (made when asked: a long range has many). */
  weeksIn: (from: number, to: number) => WeekTick[];
  axisHeight: number;
  reviewRowY: number;
  goalRowY: number;
  lanesTop: number;
  lanesBottom: number;
  lanes: Lane[];
  bars: Bar[];
  reviews: ReviewMark[];
  goals: GoalMark[];
  todayX: number | undefined;
  loadTop: number;
  load: LoadCell[];
  /** The x of a date's start. */
  x: (date: IsoDate) => number;
}

export interface LayoutInput {
  plan: Plan | undefined;
  goals: readonly Goal[];
  load: readonly MonthLoad[];
  capacity: number | undefined;
  today: IsoDate;
  zoom: Zoom;
  /** Width of the visible part of the chart. */
  viewport: number;
  /** Fixed range (`start` / `end` attributes); otherwise the plan's. */
  start?: IsoDate;
  end?: IsoDate;
  /** The lane of an item and the order of lanes (lower first; ties: first appearance). */
  laneOf: (item: PlanItem) => { key: string; order: number };
}

/** The lanes of a chart: by the items' competencies, or by their formats in the order of `formats`. */
export function laneBy(mode: LaneMode, formats: readonly Format[]): LayoutInput['laneOf'] {
  if (mode === 'competency') return (item) => ({ key: item.competencyIds.join('|'), order: 0 });
  const formatOrder = new Map(formats.map((format, i) => [format.id, i]));
  return (item) => ({ key: item.formatId, order: formatOrder.get(item.formatId) ?? formatOrder.size });
}

/** What of the time line's settings the layout reads. */
export interface LayoutSettings {
  today: IsoDate;
  start: IsoDate | undefined;
  end: IsoDate | undefined;
  formats: readonly Format[];
}

/** The layout of `plan` with `goals` and the monthly `load` for the settings, zoom, lanes and visible width (arguments `Memo` can compare). */
export function planLayout(
  plan: Plan | undefined,
  goals: readonly Goal[],
  load: readonly MonthLoad[],
  capacity: number | undefined,
  settings: LayoutSettings,
  zoom: Zoom,
  lanes: LaneMode,
  viewport: number,
  previous?: TimelineLayout,
): TimelineLayout {
  const { today, start, end, formats } = settings;
  return layoutTimeline({ plan, goals, load, capacity, today, zoom, viewport, start, end, laneOf: laneBy(lanes, formats) }, previous);
}

/** `planLayout` for one chart: again only when an argument changed, and then keeping what did not change of the last one. */
export class ChartLayouts {
  private last: TimelineLayout | undefined;
  private readonly memo = new Memo((...args: LayoutArguments) => (this.last = planLayout(...args, this.last)));

  get(...args: LayoutArguments): TimelineLayout {
    return this.memo.get(...args);
  }
}

type LayoutArguments = [plan: Plan | undefined, goals: readonly Goal[], load: readonly MonthLoad[], capacity: number | undefined, settings: LayoutSettings, zoom: Zoom, lanes: LaneMode, viewport: number];

/** The range a plan needs: its items, reviews and the goals' due dates, widened to whole months. */
export function planRange(plan: Plan | undefined, goals: readonly Goal[], today: IsoDate, fixed: { start?: IsoDate; end?: IsoDate } = {}): { start: IsoDate; end: IsoDate } {
  const dates: IsoDate[] = [];
  for (const item of plan?.items ?? []) dates.push(item.start, item.end);
  for (const review of plan?.reviews ?? []) dates.push(review.date);
  for (const goal of goals) dates.push(goal.due);
  let first = dates.length > 0 ? dates.reduce(minDate) : today;
  let last = dates.length > 0 ? dates.reduce(maxDate) : addMonths(today, 3);
  if (fixed.start !== undefined) first = fixed.start;
  if (fixed.end !== undefined) last = fixed.end;
  if (last < first) last = first;
  const start = `${first.slice(0, 7)}-01`;
  const end = addDays(addMonths(`${last.slice(0, 7)}-01`, 1), -1);
  return { start, end };
}

/** Pixels per day for a zoom: the visible width holds a quarter, a year or the whole range. */
export function pixelsPerDay(zoom: Zoom, days: number, viewport: number): number {
  const visible = zoom === 'quarter' ? GEOMETRY.quarterDays : zoom === 'year' ? GEOMETRY.yearDays : days;
  // A range shorter than the zoom still fills the width instead of leaving it half empty.
  return Math.max(Math.max(viewport, 1) / Math.max(1, Math.min(visible, days)), GEOMETRY.minMonthWidth / DAYS_PER_MONTH);
}

const DAYS_PER_MONTH = 30.44;
const DAY_MS = 86_400_000;

/** ISO 8601 week number of a date. */
export function isoWeek(date: IsoDate): number {
  const time = toTime(date);
  const day = (new Date(time).getUTCDay() + 6) % 7; // Monday 0
  const thursday = time + (3 - day) * DAY_MS;
  const yearStart = Date.UTC(new Date(thursday).getUTCFullYear(), 0, 1);
  return 1 + Math.floor((thursday - yearStart) / (7 * DAY_MS));
}

/** Chronological order of items: start, then end, then id. */
export function compareItems(a: PlanItem, b: PlanItem): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The months from `start` to `end` (inclusive) with their x; by numbers, as a long range has many. */
function monthBands(start: IsoDate, end: IsoDate, x: (date: IsoDate) => number): MonthBand[] {
  const bands: MonthBand[] = [];
  let year = Number(start.slice(0, 4));
  let month = Number(start.slice(5, 7));
  const last = end.slice(0, 7);
  let key = `${year}-${String(month).padStart(2, '0')}`;
  let from = x(`${key}-01`);
  while (key <= last) {
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    const next = `${year}-${String(month).padStart(2, '0')}`;
    const to = x(`${next}-01`);
    bands.push({ month: key, x: from, width: to - from });
    key = next;
    from = to;
  }
  return bands;
}

/** The Mondays from x `from` to x `to` as week ticks. */
function weekTicks(range: { start: IsoDate; end: IsoDate }, pxPerDay: number, x: (date: IsoDate) => number, from: number, to: number): WeekTick[] {
  const origin = toTime(range.start);
  const last = Math.min(toTime(range.end), origin + Math.ceil(to / pxPerDay) * DAY_MS);
  let time = Math.max(origin, origin + Math.floor(from / pxPerDay - 7) * DAY_MS);
  time += ((8 - new Date(time).getUTCDay()) % 7) * DAY_MS; // to the next Monday
  const weeks: WeekTick[] = [];
  for (; time <= last; time += 7 * DAY_MS) {
    const monday = fromTime(time);
    weeks.push({ date: monday, x: x(monday), width: 7 * pxPerDay, week: isoWeek(monday) });
  }
  return weeks;
}

/** Two values with equal fields (one level deep). */
function sameFields<T extends object>(a: T, b: T): boolean {
  for (const key of Object.keys(a) as (keyof T)[]) if (!Object.is(a[key], b[key])) return false;
  return Object.keys(a).length === Object.keys(b).length;
}

/** The objects of `next` that equal one of `previous` by key are replaced by that one, so unchanged entries keep their identity. */
function keepUnchanged<T extends object>(next: T[], previous: readonly T[] | undefined, key: (value: T) => string): T[] {
  if (!previous || previous.length === 0) return next;
  const before = new Map(previous.map((value) => [key(value), value]));
  let reused = 0;
  const kept = next.map((value) => {
    const old = before.get(key(value));
    if (!old || !sameFields(old, value)) return value;
    reused += 1;
    return old;
  });
  return reused === previous.length && kept.length === previous.length && kept.every((value, i) => value === previous[i]) ? (previous as T[]) : kept;
}

/**
 * The chart's geometry. With `previous` (the layout before an edit), bars, marks and load cells
 * that did not change are the very objects of `previous`, so a view can skip them.
 */
export function layoutTimeline(input: LayoutInput, previous?: TimelineLayout): TimelineLayout {
  const { plan, goals, today, zoom } = input;
  const range = planRange(plan, goals, today, { start: input.start, end: input.end });
  const days = daysBetween(range.start, range.end) + 1;
  const pxPerDay = pixelsPerDay(zoom, days, input.viewport);
  const width = Math.round(days * pxPerDay);
  // A linear time scale by hand: d3's scaleUtc would bring d3-time, d3-time-format and colour
  // interpolation into the bundle for one multiplication. Rounded to 0.1 px: finer positions
  // only make the DOM longer.
  const origin = toTime(range.start);
  const perMs = width / (toTime(addDays(range.end, 1)) - origin);
  const xAt = (time: number) => Math.round((time - origin) * perMs * 10) / 10;
  const x = (date: IsoDate) => xAt(toTime(date));
  const g = GEOMETRY;
  const sameScale = previous !== undefined && previous.start === range.start && previous.end === range.end && previous.width === width;

  const months = sameScale ? previous.months : monthBands(range.start, range.end, x);
  const showWeeks = pxPerDay * 7 >= g.minWeekWidth;
  const axisHeight = g.monthAxis + (showWeeks ? g.weekAxis : 0);
  const reviewRowY = axisHeight;
  const goalRowY = reviewRowY + g.markerRow;
  const lanesTop = goalRowY + g.markerRow;

  // Lanes, each with as many rows as its overlapping items need.
  const items = [...(plan?.items ?? [])].sort(compareItems);
  const visible = items.filter((item) => item.end >= range.start && item.start <= range.end);
  const laneInfo = new Map<string, { order: number; first: number; rowEnds: IsoDate[]; placed: { item: PlanItem; row: number }[] }>();
  visible.forEach((item, position) => {
    const { key, order } = input.laneOf(item);
    let lane = laneInfo.get(key);
    if (!lane) {
      lane = { order, first: position, rowEnds: [], placed: [] };
      laneInfo.set(key, lane);
    }
    let row = lane.rowEnds.findIndex((end) => end < item.start);
    if (row < 0) {
      row = lane.rowEnds.length;
      lane.rowEnds.push(item.end);
    } else lane.rowEnds[row] = item.end;
    lane.placed.push({ item, row });
  });
  const lanes: Lane[] = [];
  const bars: Bar[] = [];
  let y = lanesTop;
  const ordered = [...laneInfo].sort(([, a], [, b]) => a.order - b.order || a.first - b.first);
  for (const [key, lane] of ordered) {
    const rows = Math.max(1, lane.rowEnds.length);
    const height = rows * g.row + g.lanePadding;
    lanes.push({ key, y, height, rows });
    for (const { item, row } of lane.placed) {
      const from = Math.max(0, x(item.start));
      const to = Math.min(width, xAt(toTime(item.end) + DAY_MS));
      const barWidth = Math.max(g.minBarWidth, to - from);
      bars.push({
        item,
        lane: key,
        x: Math.min(from, width - barWidth),
        y: y + g.lanePadding / 2 + row * g.row + (g.row - g.bar) / 2,
        width: barWidth,
        height: g.bar,
      });
    }
    y += height;
  }
  // Chronological in the document too, so that reading order and keyboard order agree.
  bars.sort((a, b) => compareItems(a.item, b.item));
  if (lanes.length === 0) y += g.row;
  const lanesBottom = y;
  const loadTop = lanesBottom + 4;

  const inRange = (date: IsoDate) => date >= range.start && date <= range.end;
  const mid = (date: IsoDate) => Math.round((x(date) + pxPerDay / 2) * 10) / 10;
  const reviews = (plan?.reviews ?? []).filter((review) => inRange(review.date)).map((review) => ({ review, x: mid(review.date), y: reviewRowY + g.markerRow / 2 }));
  const goalMarks = goals.filter((goal) => inRange(goal.due)).map((goal) => ({ goal, x: mid(goal.due), y: goalRowY + g.markerRow / 2 }));

  const loadByMonth = new Map(input.load.map((entry) => [entry.month, entry]));
  const maxHours = Math.max(input.capacity ?? 0, ...input.load.map((entry) => entry.hours), 1);
  const barSpace = g.loadStrip - 20; // room above for the numbers
  const bottom = loadTop + g.loadStrip - 4;
  const load = months.map((band) => {
    const entry = loadByMonth.get(band.month);
    const barHeight = entry ? (entry.hours / maxHours) * barSpace : 0;
    const capacity = entry?.capacity ?? input.capacity;
    return {
      ...band,
      load: entry,
      barY: bottom - barHeight,
      barHeight,
      capacityY: capacity === undefined ? bottom : bottom - (capacity / maxHours) * barSpace,
    };
  });
  const sameLoad = (a: LoadCell, b: LoadCell) =>
    a.x === b.x && a.width === b.width && a.barY === b.barY && a.capacityY === b.capacityY && (a.load === b.load || (a.load !== undefined && b.load !== undefined && sameFields(a.load, b.load)));
  const before = sameScale ? previous.load : [];

  return {
    start: range.start,
    end: range.end,
    width,
    height: loadTop + g.loadStrip,
    pxPerDay,
    months,
    showWeeks,
    weeksIn: (from, to) => (showWeeks ? weekTicks(range, pxPerDay, x, from, to) : []),
    axisHeight,
    reviewRowY,
    goalRowY,
    lanesTop,
    lanesBottom,
    lanes: keepUnchanged(lanes, previous?.lanes, (lane) => lane.key),
    bars: keepUnchanged(bars, previous?.bars, (bar) => bar.item.id),
    reviews: keepUnchanged(reviews, previous?.reviews, (mark) => mark.review.id),
    goals: keepUnchanged(goalMarks, previous?.goals, (mark) => mark.goal.id),
    todayX: inRange(today) ? mid(today) : undefined,
    loadTop,
    load: load.map((cell, i) => (before[i] && before[i].month === cell.month && sameLoad(before[i], cell) ? before[i] : cell)),
    x,
  };
}

/**
 * The order in which the keyboard visits the chart: items and reviews by date (an item by its
 * start; on the same day items before reviews). Keys are `item:<id>` and `review:<id>`.
 */
export function focusOrder(bars: readonly Bar[], reviews: readonly ReviewMark[]): string[] {
  const entries = [
    ...bars.map((bar) => ({ date: bar.item.start, rank: 0, key: `item:${bar.item.id}`, tie: bar.item.end })),
    ...reviews.map((mark) => ({ date: mark.review.date, rank: 1, key: `review:${mark.review.id}`, tie: mark.review.date })),
  ];
  entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.rank - b.rank || (a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : a.key < b.key ? -1 : 1)));
  return entries.map((entry) => entry.key);
}
