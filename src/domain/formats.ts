import { DEFAULT_CATALOGUE_LEAN, idsForUniqueness, indexCatalogue, labelOf } from './catalogue.js';
import { DEFAULT_FORMATS_LEAN, isBuiltInFormats } from './default-formats.js';
import { got, issue, KompetenzradError, shortValue, type ValidationIssue } from './errors.js';
import type { GapAnalysis } from './gaps.js';
import type { Catalogue, CompetencyId, CostClass, Format, FormatId, LocalizedText, SettingKind, SocialForm } from './types.js';
import {
  checkArray,
  checkBoolean,
  checkKnownKeys,
  checkLocalized,
  checkNumber,
  checkObject,
  checkOneOf,
  checkSlug,
  checkUniqueIds,
  Issues,
  isRecord,
} from './validate.js';

export {
  DEFAULT_FORMATS_LEAN,
  FORMAT_IDS,
  type DefaultFormatDescriptions,
  type DefaultFormatId,
} from './default-formats.js';
export { DEFAULT_FORMATS } from './described-formats.js';

export const SETTING_KINDS = Object.freeze(['on-the-job', 'off-the-job', 'both'] as const satisfies readonly SettingKind[]);
export const SOCIAL_FORMS = Object.freeze(['individual', 'group', 'both'] as const satisfies readonly SocialForm[]);
export const COST_CLASSES = Object.freeze([0, 1, 2, 3] as const satisfies readonly CostClass[]);

export const FORMAT_LIMITS = Object.freeze({ maxWeeks: 520, maxHours: 2000, maxCost: 1_000_000, maxDescriptionLength: 1000 });

/** The first format of `formats` with the id `id`. */
export function formatById(formats: readonly Format[], id: FormatId): Format | undefined {
  return Array.isArray(formats) ? formats.find((format) => isRecord(format) && format.id === id) : undefined;
}

/** True for formats that can be run for a group (social form `group` or `both`). */
export function isGroupFormat(format: Format): boolean {
  return format.social !== 'individual';
}

const FORMAT_KEYS = [
  'id',
  'label',
  'description',
  'setting',
  'social',
  'suitsCategories',
  'suitsCompetencies',
  'typicalWeeks',
  'typicalHours',
  'costClass',
  'typicalCost',
] as const;

/** Checks a format; its categories and competencies must exist in `catalogue`. */
export function validateFormat(value: unknown, catalogue: Catalogue = DEFAULT_CATALOGUE_LEAN, path = '$'): ValidationIssue[] {
  const index = indexCatalogue(catalogue);
  const issues = new Issues();
  if (!checkObject(issues, value, path)) return issues.list;
  checkKnownKeys(issues, value, path, FORMAT_KEYS);
  checkSlug(issues, value.id, `${path}.id`);
  checkLocalized(issues, value.label, `${path}.label`);
  checkLocalized(issues, value.description, `${path}.description`, { max: FORMAT_LIMITS.maxDescriptionLength });
  checkOneOf(issues, value.setting, `${path}.setting`, SETTING_KINDS);
  checkOneOf(issues, value.social, `${path}.social`, SOCIAL_FORMS);
  if (checkArray(issues, value.suitsCategories, `${path}.suitsCategories`, { max: index.categoryIds.length })) {
    value.suitsCategories.forEach((id, i) => {
      const at = `${path}.suitsCategories[${i}]`;
      if (checkSlug(issues, id, at) && !index.categoryPosition.has(id)) issues.add(at, 'unknown-category', { id });
    });
  }
  if (checkArray(issues, value.suitsCompetencies, `${path}.suitsCompetencies`, { max: index.competencyIds.length })) {
    value.suitsCompetencies.forEach((id, i) => {
      const at = `${path}.suitsCompetencies[${i}]`;
      if (checkSlug(issues, id, at) && !index.position.has(id)) issues.add(at, 'unknown-competency', { id });
    });
  }
  checkNumber(issues, value.typicalWeeks, `${path}.typicalWeeks`, { min: 0, max: FORMAT_LIMITS.maxWeeks });
  checkNumber(issues, value.typicalHours, `${path}.typicalHours`, { min: 0, max: FORMAT_LIMITS.maxHours });
  checkNumber(issues, value.costClass, `${path}.costClass`, { integer: true, min: 0, max: 3 });
  checkNumber(issues, value.typicalCost, `${path}.typicalCost`, { min: 0, max: FORMAT_LIMITS.maxCost });
  return issues.list;
}

/** Checks a list of formats: each format, and that no id is used twice. */
export function validateFormats(value: unknown, catalogue: Catalogue = DEFAULT_CATALOGUE_LEAN, path = '$'): ValidationIssue[] {
  const issues = new Issues();
  if (!checkArray(issues, value, path)) return issues.list;
  const nested = value.flatMap((format, i) => validateFormat(format, catalogue, `${path}[${i}]`));
  checkUniqueIds(issues, idsForUniqueness(value), path);
  return [...nested, ...issues.list];
}

/** What each reason for a recommendation carries: names (labels) of the format and of what it suits. */
export interface FormatReasonParams {
  /** The format names up to three of the competencies itself. */
  'suits-competencies': { format: LocalizedText; competencies: readonly LocalizedText[] };
  /** The format names the competencies' categories. */
  'suits-categories': { format: LocalizedText; categories: readonly LocalizedText[] };
  /** The format names neither. */
  complements: { format: LocalizedText };
}

export type FormatReasonCode = keyof FormatReasonParams;

/** Why a format is recommended, as data; `messages/format-reasons.<lang>` words it. */
export type FormatReason = { [C in FormatReasonCode]: { code: C; params: Readonly<FormatReasonParams[C]> } }[FormatReasonCode];

export interface FormatRecommendation {
  formatId: FormatId;
  /** 0..1: how well the format fits the competencies (weighted by gap when a gap analysis is given). */
  score: number;
  reason: FormatReason;
}

export interface RecommendOptions {
  /** Defaults to the built-in formats. */
  formats?: readonly Format[];
  /** Only formats that can be run for a group. */
  groupOnly?: boolean;
  /** Leave out formats above this cost class. */
  maxCostClass?: CostClass;
  /** At most this many recommendations. */
  limit?: number;
}

/** Points for a format naming the competency itself, and for naming its category (first listed). */
const COMPETENCY_MATCH = 1;
const CATEGORY_MATCH = 0.6;
/** Each further position in `suitsCategories` fits a little less. */
const CATEGORY_RANK_STEP = 0.1;

interface Need {
  position: number;
  weight: number;
}

function needsFrom(catalogue: Catalogue, what: readonly CompetencyId[] | GapAnalysis): Need[] {
  const index = indexCatalogue(catalogue);
  const issues = new Issues();
  const weights = new Map<number, number>();
  if (Array.isArray(what)) {
    what.forEach((id: unknown, i) => {
      const at = `$.competencyIds[${i}]`;
      const position = typeof id === 'string' ? index.position.get(id) : undefined;
      if (position === undefined) issues.add(at, 'unknown-competency', { id: shortValue(id) });
      else weights.set(position, 1);
    });
  } else if (isRecord(what) && Array.isArray(what.entries)) {
    what.entries.forEach((entry: unknown, i) => {
      const at = `$.entries[${i}]`;
      if (!isRecord(entry)) return void issues.add(at, 'type', { expected: 'gap-entry', ...got(entry) });
      const position = typeof entry.competencyId === 'string' ? index.position.get(entry.competencyId) : undefined;
      if (position === undefined) issues.add(`${at}.competencyId`, 'unknown-competency', { id: shortValue(entry.competencyId) });
      else if (typeof entry.gap !== 'number' || !Number.isInteger(entry.gap)) issues.add(`${at}.gap`, 'type', { expected: 'whole-number', ...got(entry.gap) });
      else if (entry.gap > 0) weights.set(position, entry.gap);
    });
  } else {
    issues.add('$', 'type', { expected: 'competencies-or-gaps', ...got(what) });
  }
  if (!issues.ok) throw new KompetenzradError(issues.list);
  return [...weights].sort((a, b) => a[0] - b[0]).map(([position, weight]) => ({ position, weight }));
}

/** Custom formats are checked against the catalogue; the built-in ones may name ids a custom catalogue lacks (they just never match). */
function checkFormatsOption(formats: unknown, catalogue: Catalogue): readonly Format[] {
  if (isBuiltInFormats(formats)) return formats as readonly Format[];
  const issues = validateFormats(formats, catalogue, '$.options.formats');
  if (issues.length > 0) throw new KompetenzradError(issues);
  return formats as readonly Format[];
}

/** How well `format` fits one competency: 1 when named, 0.6 (less for later positions) for its category. */
function fit(format: Format, competencyId: CompetencyId, categoryId: string): { points: number; by: 'competency' | 'category' | null } {
  if (format.suitsCompetencies.includes(competencyId)) return { points: COMPETENCY_MATCH, by: 'competency' };
  const rank = format.suitsCategories.indexOf(categoryId);
  if (rank >= 0) return { points: Math.max(CATEGORY_MATCH - CATEGORY_RANK_STEP * rank, CATEGORY_RANK_STEP), by: 'category' };
  return { points: 0, by: null };
}

/**
 * Ranks formats for a set of competencies, or for the competencies to build in a gap analysis
 * (weighted by their gaps). Score per competency: 1 when the format names the competency, 0.6
 * when it names its category first (0.1 less per later position), else 0; the score is the
 * weighted mean, 0..1. Ties keep the order of `formats`. Each result carries a short reason.
 */
export function recommendFormats(
  catalogue: Catalogue,
  competencies: readonly CompetencyId[] | GapAnalysis,
  options: RecommendOptions = {},
): FormatRecommendation[] {
  checkRecommendOptions(options);
  const index = indexCatalogue(catalogue);
  const needs = needsFrom(catalogue, competencies);
  const formats = checkFormatsOption(options.formats ?? DEFAULT_FORMATS_LEAN, catalogue);
  const totalWeight = needs.reduce((sum, need) => sum + need.weight, 0);

  const ranked = formats
    .filter((format) => !options.groupOnly || isGroupFormat(format))
    .filter((format) => options.maxCostClass === undefined || format.costClass <= options.maxCostClass)
    .map((format, order) => {
      let points = 0;
      const byCompetency: string[] = [];
      const byCategory = new Set<string>();
      for (const need of needs) {
        const competency = catalogue.competencies[need.position];
        const match = fit(format, competency.id, competency.category);
        points += match.points * need.weight;
        if (match.by === 'competency') byCompetency.push(competency.id);
        else if (match.by === 'category') byCategory.add(competency.category);
      }
      const score = totalWeight === 0 ? 0 : Math.round((points / totalWeight) * 1000) / 1000;
      return { format, order, score, reason: reasonFor(index.catalogue, format, byCompetency, [...byCategory]) };
    })
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ format, score, reason }) => ({ formatId: format.id, score, reason }));
  return options.limit === undefined ? ranked : ranked.slice(0, Math.max(0, options.limit));
}

const RECOMMEND_OPTION_KEYS: readonly (keyof RecommendOptions)[] = ['formats', 'groupOnly', 'maxCostClass', 'limit'];

/** Throws a `KompetenzradError` naming an unknown option, a cost class that is not 0..3, a limit that is no whole number from 0 or a `groupOnly` that is no boolean. */
function checkRecommendOptions(options: unknown): void {
  const issues = new Issues();
  if (checkObject(issues, options, '$options')) {
    checkKnownKeys(issues, options, '$options', RECOMMEND_OPTION_KEYS);
    checkNumber(issues, options.maxCostClass, '$options.maxCostClass', { optional: true, integer: true, min: 0, max: 3 });
    checkNumber(issues, options.limit, '$options.limit', { optional: true, integer: true, min: 0 });
    checkBoolean(issues, options.groupOnly, '$options.groupOnly', true);
  }
  if (!issues.ok) throw new KompetenzradError(issues.list);
}

function reasonFor(catalogue: Catalogue, format: Format, competencyIds: string[], categoryIds: string[]): FormatReason {
  const labels = (ids: readonly string[], kind: 'competencies' | 'categories') => ids.map((id) => labelOf(catalogue, id, kind));
  if (competencyIds.length > 0) return { code: 'suits-competencies', params: { format: format.label, competencies: labels(competencyIds.slice(0, 3), 'competencies') } };
  if (categoryIds.length > 0) return { code: 'suits-categories', params: { format: format.label, categories: labels(categoryIds, 'categories') } };
  return { code: 'complements', params: { format: format.label } };
}

/**
 * The best format that can be run for a group (seminar, talk/workshop, peer exchange, training
 * by default) for competencies shared by several people. Throws a `KompetenzradError` when
 * `formats` has no group format.
 */
export function suggestGroupFormat(
  catalogue: Catalogue,
  competencyIds: readonly CompetencyId[],
  options: Pick<RecommendOptions, 'formats' | 'maxCostClass'> = {},
): { formatId: FormatId; reason: FormatReason } {
  const [best] = recommendFormats(catalogue, competencyIds, { ...options, groupOnly: true, limit: 1 });
  if (!best) {
    throw new KompetenzradError([issue('$.options.formats', 'no-group-format')]);
  }
  return { formatId: best.formatId, reason: best.reason };
}
