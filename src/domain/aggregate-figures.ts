import type { RatingsInUse } from './aggregate-ratings.js';
import type { CatalogueIndex } from './catalogue.js';
import type { CategoryId, CompetencyId } from './types.js';

/** How the rating in use moved since the previous stock-taking. */
export interface LevelChange {
  /** Ratings in use then and now: higher now, the same, lower now. */
  up: number;
  same: number;
  down: number;
  /** No rating in use then, or none now. */
  notComparable: number;
  /** Mean of now − then over `up + same + down`; null when that is 0. */
  meanChange: number | null;
}

export interface AggregateFigures {
  /** Ratings counted: in a cell one per person of the group, in a summary people × competencies. */
  count: number;
  /** Per level 0..3 of the rating in use (index = level). */
  levels: [number, number, number, number];
  /** Without a rating in use; they count as level 0 below (as a missing level does everywhere). */
  unrated: number;
  /** Target above the level in use. */
  belowTarget: number;
  /** `belowTarget / count`. */
  shareBelowTarget: number;
  /** Mean of target − level in use (as `analyzeTeam`'s `averageGap`). */
  meanGap: number;
  meanLevel: number;
  meanTarget: number;
  /** Ratings in use due for refreshing on `today`. */
  stale: number;
  /**
   * Null without `previousDate`, and null where it is withheld (a cell whose movers are too few,
   * and the summary of a group with such a cell): the group's `changeWithheld` tells the two apart.
   */
  change: LevelChange | null;
}

export interface AggregateCell extends AggregateFigures {
  competencyId: CompetencyId;
  categoryId: CategoryId;
}

/**
 * The counts per group and competency, `FIELDS` slots each: first the people per pair of target
 * (0..3) and state (levels 0..3, then unrated) at `target * STATES + state`, as `analyzeTeam`
 * counts pairs, so one increment per cell carries levels, gaps and targets; then the rest.
 */
const STATES = 5;
const UNRATED = 4;
const STALE = 4 * STATES;
const UP = STALE + 1;
const SAME = STALE + 2;
const DOWN = STALE + 3;
const NOT_COMPARABLE = STALE + 4;
const CHANGE = STALE + 5;
const FIELDS = STALE + 6;

export interface GroupSums {
  /** People per group. */
  people: Int32Array;
  /** The slots of group `g`: competency `c` at `c * FIELDS`. */
  of(g: number): Int32Array;
  /**
   * With `previous`: 1 at `row * width + c` when the row's rating in use of competency `c` moved up
   * or down (a first rating does not count); null without.
   */
  moved: Uint8Array | null;
}

/** Adds up every row whose `groupOfRow` is not −1, with `targets[row]` in wheel order. */
export function sumGroups(ratings: RatingsInUse, targets: readonly Uint8Array[], groupOfRow: Int32Array, groupCount: number, width: number): GroupSums {
  const sums = new Int32Array(groupCount * width * FIELDS);
  const people = new Int32Array(groupCount);
  const { level, stale, previous } = ratings;
  const moved = previous ? new Uint8Array(groupOfRow.length * width) : null;
  for (let row = 0; row < groupOfRow.length; row++) {
    const g = groupOfRow[row];
    if (g < 0) continue;
    people[g]++;
    const target = targets[row];
    for (let c = 0, cell = row * width, at = g * width * FIELDS; c < width; c++, cell++, at += FIELDS) {
      const now = level[cell];
      sums[at + target[c] * STATES + (now < 0 ? UNRATED : now)]++;
      sums[at + STALE] += stale[cell];
      if (previous) {
        const then = previous[cell];
        if (now < 0 || then < 0) sums[at + NOT_COMPARABLE]++;
        else {
          sums[at + (now > then ? UP : now < then ? DOWN : SAME)]++;
          sums[at + CHANGE] += now - then;
          if (now !== then) moved![cell] = 1;
        }
      }
    }
  }
  return { people, of: (g) => sums.subarray(g * width * FIELDS, (g + 1) * width * FIELDS), moved };
}

/**
 * The cells of the competencies at `positions` and their pooled summary. `withChange(c)`: whether
 * the change of competency `c` is given; the summary's is given only when every cell's is.
 */
export function groupFigures(
  slots: Int32Array,
  positions: readonly number[],
  index: CatalogueIndex,
  withChange: (c: number) => boolean,
): { competencies: AggregateCell[]; summary: AggregateFigures } {
  const pooled = new Int32Array(FIELDS);
  const competencies = positions.map((c): AggregateCell => {
    const own = slots.subarray(c * FIELDS, (c + 1) * FIELDS);
    for (let f = 0; f < FIELDS; f++) pooled[f] += own[f];
    return {
      competencyId: index.competencyIds[c],
      categoryId: index.categoryIds[index.categoryOfPosition[c]],
      ...figures(own, withChange(c)),
    };
  });
  return { competencies, summary: figures(pooled, positions.every(withChange)) };
}

function figures(slots: Int32Array, withChange: boolean): AggregateFigures {
  const levels: [number, number, number, number] = [0, 0, 0, 0];
  let unrated = 0;
  let belowTarget = 0;
  let gapSum = 0;
  let targetSum = 0;
  for (let target = 0; target < 4; target++) {
    for (let state = 0; state < STATES; state++) {
      const people = slots[target * STATES + state];
      const actual = state === UNRATED ? 0 : state;
      if (state === UNRATED) unrated += people;
      else levels[state] += people;
      if (target > actual) belowTarget += people;
      gapSum += (target - actual) * people;
      targetSum += target * people;
    }
  }
  const count = levels[0] + levels[1] + levels[2] + levels[3] + unrated;
  const mean = (sum: number): number => (count === 0 ? 0 : sum / count);
  const comparable = slots[UP] + slots[SAME] + slots[DOWN];
  return {
    count,
    levels,
    unrated,
    belowTarget,
    shareBelowTarget: mean(belowTarget),
    meanGap: mean(gapSum),
    meanLevel: mean(levels[1] + 2 * levels[2] + 3 * levels[3]),
    meanTarget: mean(targetSum),
    stale: slots[STALE],
    change: withChange
      ? { up: slots[UP], same: slots[SAME], down: slots[DOWN], notComparable: slots[NOT_COMPARABLE], meanChange: comparable === 0 ? null : slots[CHANGE] / comparable }
      : null,
  };
}
