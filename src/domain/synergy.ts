import { indexCatalogue } from './catalogue.js';
import { issue, KompetenzradError } from './errors.js';
import { suggestGroupFormat, type FormatReason } from './formats.js';
import { gapPriority } from './gaps.js';
import { buildTeamMatrix, type TeamMember } from './team.js';
import type { Catalogue, CompetencyId, Format, FormatId, Level, LocalizedText, PersonId } from './types.js';
import { checkBoolean, checkKnownKeys, checkNumber, checkObject, Issues } from './validate.js';

export interface SynergyOptions {
  /** Smallest group worth a group format (default 3). */
  minGroupSize?: number;
  /** Larger groups are split into cohorts of at most this many people (default 20, or 2 × minGroupSize − 1 if that is larger; never less than that). */
  maxGroupSize?: number;
  /** Competencies one group format may address together (default 2). */
  maxCompetencies?: number;
  /** Only gaps of at least this size count as a need (default 1). */
  minGap?: number;
  /** Per person only the N most urgent needs (by `gapPriority`) take part (default: all). */
  topN?: number;
  /** Combine only competencies of the same category in one group (default true). */
  withinCategory?: boolean;
  /** Formats to choose the group format from (default: the built-in ones). */
  formats?: readonly Format[];
}

/** What a synergy group's reason carries: its size, the competencies and the format's own reason, and which cohort it is. */
export interface SynergyReasonParams {
  'shared-need': { people: number; competencies: readonly LocalizedText[]; format: FormatReason; cohort: number; cohorts: number };
}

export type SynergyReason = { code: 'shared-need'; params: Readonly<SynergyReasonParams['shared-need']> };

export interface SynergyGroup {
  /** Stable for the same input: `syn-<competency ids joined by ".">-<cohort>`. */
  id: string;
  /** In wheel order. */
  competencyIds: CompetencyId[];
  /** In the order of prior knowledge (lowest first), then input order. */
  personIds: PersonId[];
  suggestedFormatId: FormatId;
  /** Why these people form a group, as data; `describeSynergyReason` (`kompetenzrad/domain/messages`) words it. */
  reason: SynergyReason;
  /** 1-based number of this cohort among the groups for the same competencies. */
  cohort: number;
  cohorts: number;
  /** Lowest and highest actual level of the members in the group's competencies. */
  actualRange: { min: Level; max: Level };
}

const DEFAULTS = { minGroupSize: 3, maxGroupSize: 20, maxCompetencies: 2, minGap: 1, withinCategory: true };
const OPTION_KEYS = ['minGroupSize', 'maxGroupSize', 'maxCompetencies', 'minGap', 'topN', 'withinCategory', 'formats'] as const;
const MAX_COMPETENCIES_PER_GROUP = 5;
const MAX_GROUP_SIZE = 10_000;

function readOptions(options: unknown): Required<Omit<SynergyOptions, 'formats' | 'topN'>> & Pick<SynergyOptions, 'formats' | 'topN'> {
  const issues = new Issues();
  const path = '$.options';
  if (!checkObject(issues, options, path)) throw new KompetenzradError(issues.list);
  checkKnownKeys(issues, options, path, OPTION_KEYS);
  const whole = { optional: true, integer: true };
  checkNumber(issues, options.minGroupSize, `${path}.minGroupSize`, { ...whole, min: 2, max: MAX_GROUP_SIZE });
  checkNumber(issues, options.maxGroupSize, `${path}.maxGroupSize`, { ...whole, min: 2, max: MAX_GROUP_SIZE });
  checkNumber(issues, options.maxCompetencies, `${path}.maxCompetencies`, { ...whole, min: 1, max: MAX_COMPETENCIES_PER_GROUP });
  checkNumber(issues, options.minGap, `${path}.minGap`, { ...whole, min: 1, max: 3 });
  checkNumber(issues, options.topN, `${path}.topN`, { ...whole, min: 1, max: 1000 });
  checkBoolean(issues, options.withinCategory, `${path}.withinCategory`, true);
  if (!issues.ok) throw new KompetenzradError(issues.list);
  const given = options as SynergyOptions;
  const minGroupSize = given.minGroupSize ?? DEFAULTS.minGroupSize;
  const read = {
    minGroupSize,
    maxGroupSize: given.maxGroupSize ?? Math.max(DEFAULTS.maxGroupSize, 2 * minGroupSize - 1),
    maxCompetencies: given.maxCompetencies ?? DEFAULTS.maxCompetencies,
    minGap: given.minGap ?? DEFAULTS.minGap,
    withinCategory: given.withinCategory ?? DEFAULTS.withinCategory,
    topN: given.topN,
    formats: given.formats,
  };
  // Below 2 × min − 1 some group sizes cannot be split into cohorts that keep both limits.
  if (read.maxGroupSize < 2 * read.minGroupSize - 1) {
    const at = `${path}.maxGroupSize`;
    throw new KompetenzradError([issue(at, 'range', { got: read.maxGroupSize, min: 2 * read.minGroupSize - 1, max: MAX_GROUP_SIZE, variant: 'cohorts', minGroupSize: read.minGroupSize })]);
  }
  return read;
}

/**
 * Groups people who need to build the same competencies, so that one group format (seminar,
 * workshop, peer exchange, training) can serve them across departments (the paper's use of
 * synergies).
 *
 * Algorithm (greedy set cover, deterministic):
 * 1. A need is a competency with gap ≥ `minGap` (per person only the `topN` most urgent).
 * 2. Count, for every competency and every pair of competencies (of the same category unless
 *    `withinCategory` is false), how many people still have all of them as open needs.
 * 3. Take the set that serves the most open needs (people × competencies) among those with at
 *    least `minGroupSize` people; ties go to the larger set, then to wheel order. While the set
 *    has fewer than `maxCompetencies` members, add the competency that raises the served needs
 *    most (still with at least `minGroupSize` people).
 * 4. Everyone with all needs of the set forms the group; those needs count as served (counts
 *    are updated incrementally). Repeat from 3 until no set has enough people.
 * 5. Groups above `maxGroupSize` are split into balanced cohorts by prior knowledge (sum of
 *    actual levels in the set), because group formats work best with a similar starting level.
 * A person can be in several groups, one per set of competencies.
 */
export function findSynergyGroups(catalogue: Catalogue, members: readonly TeamMember[], options: SynergyOptions = {}): SynergyGroup[] {
  const index = indexCatalogue(catalogue);
  const settings = readOptions(options);
  const matrix = buildTeamMatrix(catalogue, members);
  const width = index.competencyIds.length;
  const count = matrix.personIds.length;
  const { target, actual } = matrix;

  const allowedPair = new Uint8Array(width * width);
  for (let a = 0; a < width; a++) {
    for (let b = a + 1; b < width; b++) {
      allowedPair[a * width + b] = !settings.withinCategory || index.categoryOfPosition[a] === index.categoryOfPosition[b] ? 1 : 0;
    }
  }
  const usePairs = settings.maxCompetencies >= 2;
  // For each competency, the competencies it may be paired with.
  const partners = index.competencyIds.map((_, a) => {
    const list: number[] = [];
    for (let d = 0; d < width; d++) if (d !== a && allowedPair[Math.min(a, d) * width + Math.max(a, d)]) list.push(d);
    return Int32Array.from(list);
  });

  // open[p * width + c] = 1 while person p still needs competency c and no group serves it.
  const open = new Uint8Array(count * width);
  const single = new Int32Array(width);
  const pair = new Int32Array(width * width);
  const list = new Int32Array(width);
  const score = new Float64Array(width);
  for (let p = 0; p < count; p++) {
    const row = p * width;
    let k = 0;
    for (let c = 0; c < width; c++) {
      const gap = target[row + c] - actual[row + c];
      if (gap >= settings.minGap) {
        list[k] = c;
        score[c] = gapPriority({ gap, target: target[row + c] });
        k++;
      }
    }
    if (settings.topN !== undefined && k > settings.topN) {
      // Insertion sort by priority (high first), then wheel position; k ≤ number of competencies.
      for (let i = 1; i < k; i++) {
        const c = list[i];
        let j = i - 1;
        while (j >= 0 && (score[list[j]] < score[c] || (score[list[j]] === score[c] && list[j] > c))) {
          list[j + 1] = list[j];
          j--;
        }
        list[j + 1] = c;
      }
      k = settings.topN;
      list.subarray(0, k).sort();
    }
    for (let i = 0; i < k; i++) {
      const a = list[i];
      open[row + a] = 1;
      single[a]++;
      if (!usePairs) continue;
      for (let j = i + 1; j < k; j++) {
        const b = list[j];
        if (allowedPair[a * width + b]) pair[a * width + b]++;
      }
    }
  }

  const groups: SynergyGroup[] = [];
  const inSet = new Uint8Array(width);
  const formatOf = new Map<string, { formatId: FormatId; reason: FormatReason }>();

  for (;;) {
    const set = bestSeed(single, pair, width, usePairs, settings.minGroupSize);
    if (set.length === 0) break;
    let people = peopleWithAll(open, count, width, set);
    while (set.length < settings.maxCompetencies) {
      const added = bestExtension(open, people, width, set, allowedPair, settings.minGroupSize);
      if (added === null) break;
      set.push(added.competency);
      people = added.people;
    }
    set.sort((a, b) => a - b);

    // Serve the needs: close them and update the counts.
    for (const c of set) inSet[c] = 1;
    for (const p of people) {
      const row = p * width;
      for (const r of set) {
        open[row + r] = 0;
        single[r]--;
      }
      if (!usePairs) continue;
      for (const r of set) {
        for (const d of partners[r]) {
          // Pairs with a need still open, and pairs inside the set (counted once, from the smaller id).
          if (open[row + d] === 1 || (inSet[d] === 1 && d > r)) pair[r < d ? r * width + d : d * width + r]--;
        }
      }
    }
    for (const c of set) inSet[c] = 0;

    const competencyIds = set.map((c) => index.competencyIds[c]);
    const key = competencyIds.join('.');
    let format = formatOf.get(key);
    if (!format) {
      format = suggestGroupFormat(catalogue, competencyIds, settings.formats ? { formats: settings.formats } : {});
      formatOf.set(key, format);
    }
    groups.push(...cohortsOf(index.catalogue, matrix.personIds, actual, width, set, people, settings.maxGroupSize, key, format));
  }
  return groups;
}

/** The singleton or pair with the most open needs served (support × size), or [] if none has enough people. */
function bestSeed(single: Int32Array, pair: Int32Array, width: number, usePairs: boolean, minGroupSize: number): number[] {
  let best: number[] = [];
  let bestServed = 0;
  for (let a = 0; a < width; a++) {
    if (single[a] >= minGroupSize && single[a] > bestServed) {
      best = [a];
      bestServed = single[a];
    }
  }
  if (usePairs) {
    for (let a = 0; a < width; a++) {
      for (let b = a + 1; b < width; b++) {
        const support = pair[a * width + b];
        // `>=` lets a pair win a tie against a singleton; among pairs the first in wheel order wins.
        const served = support * 2;
        if (support >= minGroupSize && (served > bestServed || (served === bestServed && best.length < 2))) {
          best = [a, b];
          bestServed = served;
        }
      }
    }
  }
  return best;
}

function peopleWithAll(open: Uint8Array, count: number, width: number, set: readonly number[]): number[] {
  const people: number[] = [];
  for (let p = 0, row = 0; p < count; p++, row += width) {
    let all = true;
    for (const c of set) {
      if (open[row + c] === 0) {
        all = false;
        break;
      }
    }
    if (all) people.push(p);
  }
  return people;
}

/** The competency whose addition serves the most open needs, if that is more than now. */
function bestExtension(
  open: Uint8Array,
  people: readonly number[],
  width: number,
  set: readonly number[],
  allowedPair: Uint8Array,
  minGroupSize: number,
): { competency: number; people: number[] } | null {
  const support = new Int32Array(width);
  for (const p of people) {
    const row = p * width;
    for (let c = 0; c < width; c++) support[c] += open[row + c];
  }
  let best = -1;
  let bestServed = people.length * set.length;
  for (let c = 0; c < width; c++) {
    if (set.includes(c) || support[c] < minGroupSize) continue;
    if (!set.every((s) => allowedPair[Math.min(s, c) * width + Math.max(s, c)])) continue;
    const served = support[c] * (set.length + 1);
    if (served > bestServed) {
      best = c;
      bestServed = served;
    }
  }
  if (best < 0) return null;
  return { competency: best, people: people.filter((p) => open[p * width + best] === 1) };
}

function cohortsOf(
  catalogue: Catalogue,
  personIds: readonly PersonId[],
  actual: Uint8Array,
  width: number,
  set: readonly number[],
  people: readonly number[],
  maxGroupSize: number,
  key: string,
  format: { formatId: FormatId; reason: FormatReason },
): SynergyGroup[] {
  // Counting sort by prior knowledge (Σ actual levels in the set, 0..3 × |set|); `people` is in
  // input order, so equal prior knowledge keeps input order.
  const priors = new Int32Array(people.length);
  const buckets = new Int32Array(3 * set.length + 2);
  people.forEach((p, i) => {
    let sum = 0;
    for (const c of set) sum += actual[p * width + c];
    priors[i] = sum;
    buckets[sum + 1]++;
  });
  for (let b = 1; b < buckets.length; b++) buckets[b] += buckets[b - 1];
  const ordered = new Int32Array(people.length);
  people.forEach((p, i) => {
    ordered[buckets[priors[i]]++] = p;
  });
  const cohorts = Math.ceil(ordered.length / maxGroupSize);
  const base = Math.floor(ordered.length / cohorts);
  const larger = ordered.length % cohorts;
  const competencyIds = set.map((c) => catalogue.competencies[c].id);
  const labels = set.map((c) => catalogue.competencies[c].label);

  const groups: SynergyGroup[] = [];
  let start = 0;
  for (let k = 0; k < cohorts; k++) {
    const size = base + (k < larger ? 1 : 0);
    const slice = Array.from(ordered.subarray(start, start + size));
    start += size;
    let min = 3;
    let max = 0;
    for (const p of slice) {
      for (const c of set) {
        const level = actual[p * width + c];
        if (level < min) min = level;
        if (level > max) max = level;
      }
    }
    groups.push({
      id: `syn-${key}-${k + 1}`,
      competencyIds: [...competencyIds],
      personIds: slice.map((p) => personIds[p]),
      suggestedFormatId: format.formatId,
      reason: { code: 'shared-need', params: { people: slice.length, competencies: labels, format: format.reason, cohort: k + 1, cohorts } },
      cohort: k + 1,
      cohorts,
      actualRange: { min: min as Level, max: max as Level },
    });
  }
  return groups;
}
