import { indexCatalogue, refreshDueDate } from './catalogue.js';
import { KompetenzradError } from './errors.js';
import { levelOf, validateProfile } from './profile.js';
import type { Catalogue, CategoryId, CompetencyId, IsoDate, Level, Profile } from './types.js';
import { checkDate, checkKnownKeys, checkObject, Issues } from './validate.js';

/** `to-build`: actual below target; `met`: equal; `above`: actual above target. */
export type GapStatus = 'met' | 'to-build' | 'above';

export interface GapInput {
  catalogue: Catalogue;
  /** The role's target profile (Soll). */
  target: Profile;
  /** The actual profile (Ist), e.g. `currentProfile(...).profile`. */
  actual: Profile;
  /** The self rating; only the competencies it lists take part in the comparison. */
  self?: Profile;
  /** The external rating; only the competencies it lists take part in the comparison. */
  external?: Profile;
  /** When each competency was last rated (e.g. `currentProfile(...).assessedAt`). */
  assessedAt?: Readonly<Record<CompetencyId, IsoDate>>;
  /** Needed together with `assessedAt` to find stale ratings. */
  today?: IsoDate;
}

export interface GapEntry {
  competencyId: CompetencyId;
  categoryId: CategoryId;
  target: Level;
  actual: Level;
  self?: Level;
  external?: Level;
  /** target − actual: positive = to build, 0 = met, negative = above target. */
  gap: number;
  status: GapStatus;
  /** Self and external rating differ by 2 levels or more. */
  disagreement: boolean;
  /** The person rates themself at least 2 levels above the external rating. */
  blindSpot: boolean;
  /** The person rates themself at least 2 levels below the external rating. */
  hiddenStrength: boolean;
  /** The rating is older than the competency's `refreshMonths` (needs `assessedAt` and `today`). */
  stale: boolean;
  assessedAt?: IsoDate;
  /** See `gapPriority`; 0 unless the status is `to-build`. */
  priority: number;
  /** 1 = most urgent; `null` unless the status is `to-build`. */
  rank: number | null;
}

/** Sums over a set of competencies (a category or the whole wheel). */
export interface GapTotals {
  competencies: number;
  /** Σ target levels. */
  target: number;
  /** Σ actual levels. */
  actual: number;
  /** Σ min(actual, target): the part of the target that is reached (levels above target do not count). */
  reached: number;
  /** Σ max(0, target − actual): the levels still to build. */
  gap: number;
  /** Competencies with status `to-build`, `met`, `above`. */
  toBuild: number;
  met: number;
  above: number;
  /** Of the `met` ones, those the target does not ask for (0) and that are not there either (actual 0): nothing to compare. */
  unrequired: number;
  /** reached / target, 0..1; 1 when the target is 0 everywhere. */
  shareReached: number;
}

export interface GapCategory extends GapTotals {
  categoryId: CategoryId;
}

export interface GapSummary extends GapTotals {
  disagreements: number;
  blindSpots: number;
  hiddenStrengths: number;
  stale: number;
}

export interface GapAnalysis {
  /** One entry per competency, in wheel order. */
  entries: GapEntry[];
  /** The `to-build` entries, most urgent first. */
  byPriority: GapEntry[];
  /** Per category, in catalogue order. */
  categories: GapCategory[];
  summary: GapSummary;
}

/** A self/external difference of this many levels is flagged. */
export const DISAGREEMENT_THRESHOLD = 2;

/** The weights of `gapPriority`. */
export const PRIORITY_WEIGHTS = Object.freeze({ gap: 10, target: 3, disagreement: 4, stale: 2 });

/**
 * The priority of a competency to build:
 *
 *     priority = 10 × gap + 3 × target + 4 × [self/external disagree by ≥ 2] + 2 × [rating stale]
 *
 * and 0 when gap ≤ 0. The gap always dominates: since the target is at least the gap, a gap of
 * g scores at least 13g, while a gap of g − 1 scores at most 10(g − 1) + 9 + 4 + 2 = 10g + 5,
 * which is less for every g ≥ 2. Within the same gap an Experte target weighs more than a
 * Könner target, and a disagreement more than a stale rating; ties keep wheel order.
 */
export function gapPriority({ gap, target, disagreement = false, stale = false }: { gap: number; target: number; disagreement?: boolean; stale?: boolean }): number {
  if (!(gap > 0)) return 0;
  const w = PRIORITY_WEIGHTS;
  return w.gap * gap + w.target * target + (disagreement ? w.disagreement : 0) + (stale ? w.stale : 0);
}

const INPUT_KEYS = ['catalogue', 'target', 'actual', 'self', 'external', 'assessedAt', 'today'] as const;

function checkInput(input: unknown): asserts input is GapInput {
  const issues = new Issues();
  if (!checkObject(issues, input, '$')) throw new KompetenzradError(issues.list);
  checkKnownKeys(issues, input, '$', INPUT_KEYS);
  const index = indexCatalogue(input.catalogue as Catalogue, '$.catalogue');
  const list = [...issues.list];
  list.push(...validateProfile(input.target, index.catalogue, '$.target'));
  list.push(...validateProfile(input.actual, index.catalogue, '$.actual'));
  if (input.self !== undefined) list.push(...validateProfile(input.self, index.catalogue, '$.self'));
  if (input.external !== undefined) list.push(...validateProfile(input.external, index.catalogue, '$.external'));
  const dates = new Issues();
  if (input.assessedAt !== undefined && checkObject(dates, input.assessedAt, '$.assessedAt')) {
    for (const [id, date] of Object.entries(input.assessedAt)) {
      const at = `$.assessedAt.${id}`;
      if (!index.position.has(id)) dates.add(at, 'unknown-competency', { id });
      else checkDate(dates, date, at);
    }
  }
  checkDate(dates, input.today, '$.today', true);
  list.push(...dates.list);
  if (list.length > 0) throw new KompetenzradError(list);
}

function emptyTotals(): GapTotals {
  return { competencies: 0, target: 0, actual: 0, reached: 0, gap: 0, toBuild: 0, met: 0, above: 0, unrequired: 0, shareReached: 1 };
}

/** Neither asked for by the target nor there (target and actual 0): met, and counted apart as `unrequired`. */
export function isUnrequired(entry: Pick<GapEntry, 'status' | 'target'>): boolean {
  return entry.status === 'met' && entry.target === 0;
}

function addToTotals(totals: GapTotals, entry: GapEntry): void {
  totals.competencies += 1;
  totals.target += entry.target;
  totals.actual += entry.actual;
  totals.reached += Math.min(entry.actual, entry.target);
  totals.gap += Math.max(0, entry.gap);
  if (entry.status === 'to-build') totals.toBuild += 1;
  else if (entry.status === 'met') {
    totals.met += 1;
    if (isUnrequired(entry)) totals.unrequired += 1;
  } else totals.above += 1;
}

function finishTotals<T extends GapTotals>(totals: T): T {
  totals.shareReached = totals.target === 0 ? 1 : totals.reached / totals.target;
  return totals;
}

/**
 * The Ist-Soll comparison of one person: per competency the gap (target − actual), its status,
 * self/external disagreement, staleness and a priority (`gapPriority`); the competencies to
 * build ranked; sums per category and overall. Throws a `KompetenzradError` listing every
 * problem of the input (unknown ids, levels that are not 0..3, bad dates, unknown keys).
 */
export function analyzeGaps(input: GapInput): GapAnalysis {
  checkInput(input);
  const { catalogue, target, actual, self, external, assessedAt, today } = input;
  const index = indexCatalogue(catalogue);
  const canBeStale = assessedAt !== undefined && today !== undefined;

  const entries = catalogue.competencies.map((competency): GapEntry => {
    const id = competency.id;
    const targetLevel = levelOf(target, id);
    const actualLevel = levelOf(actual, id);
    const selfLevel = self && Object.hasOwn(self, id) ? levelOf(self, id) : undefined;
    const externalLevel = external && Object.hasOwn(external, id) ? levelOf(external, id) : undefined;
    const compared = selfLevel !== undefined && externalLevel !== undefined;
    const difference = compared ? selfLevel - externalLevel : 0;
    const rated = assessedAt && Object.hasOwn(assessedAt, id) ? assessedAt[id] : undefined;
    const dueSince = canBeStale && rated !== undefined ? refreshDueDate(competency, rated) : undefined;
    const stale = dueSince !== undefined && today !== undefined && dueSince <= today;
    const gap = targetLevel - actualLevel;
    const disagreement = Math.abs(difference) >= DISAGREEMENT_THRESHOLD;
    const entry: GapEntry = {
      competencyId: id,
      categoryId: competency.category,
      target: targetLevel,
      actual: actualLevel,
      gap,
      status: gap > 0 ? 'to-build' : gap === 0 ? 'met' : 'above',
      disagreement,
      blindSpot: difference >= DISAGREEMENT_THRESHOLD,
      hiddenStrength: difference <= -DISAGREEMENT_THRESHOLD,
      stale,
      priority: gapPriority({ gap, target: targetLevel, disagreement, stale }),
      rank: null,
    };
    if (selfLevel !== undefined) entry.self = selfLevel;
    if (externalLevel !== undefined) entry.external = externalLevel;
    if (rated !== undefined) entry.assessedAt = rated;
    return entry;
  });

  const byPriority = entries
    .map((entry, position) => ({ entry, position }))
    .filter(({ entry }) => entry.status === 'to-build')
    .sort((a, b) => b.entry.priority - a.entry.priority || a.position - b.position)
    .map(({ entry }, rank) => {
      entry.rank = rank + 1;
      return entry;
    });

  const categories: GapCategory[] = index.categoryIds.map((categoryId) => ({ categoryId, ...emptyTotals() }));
  const summary: GapSummary = { ...emptyTotals(), disagreements: 0, blindSpots: 0, hiddenStrengths: 0, stale: 0 };
  entries.forEach((entry, position) => {
    addToTotals(categories[index.categoryOfPosition[position]], entry);
    addToTotals(summary, entry);
    if (entry.disagreement) summary.disagreements += 1;
    if (entry.blindSpot) summary.blindSpots += 1;
    if (entry.hiddenStrength) summary.hiddenStrengths += 1;
    if (entry.stale) summary.stale += 1;
  });
  categories.forEach(finishTotals);
  finishTotals(summary);

  return { entries, byPriority, categories, summary };
}
