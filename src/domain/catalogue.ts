import { normalizeName } from './name-key.js';
import { addMonths } from './dates.js';
import { KompetenzradError, type ValidationIssue } from './errors.js';
import type { Catalogue, Category, CategoryId, Competency, CompetencyId, IsoDate, LocalizedText } from './types.js';
import { isBuiltIn } from './frozen.js';
import {
  checkArray,
  checkKnownKeys,
  checkLocalized,
  checkNumber,
  checkObject,
  checkSlug,
  checkUniqueIds,
  Issues,
  isRecord,
} from './validate.js';

/** Limits for custom catalogues (a catalogue is outside data once it comes from a portfolio). */
export const CATALOGUE_LIMITS = Object.freeze({
  maxCategories: 50,
  maxCompetencies: 200,
  maxDescriptionLength: 1000,
  /** 50 years: anything longer means "never". */
  maxRefreshMonths: 600,
});

export {
  CATEGORY_IDS,
  COMPETENCY_IDS,
  DEFAULT_CATALOGUE_LEAN,
  type DefaultCatalogueDescriptions,
  type DefaultCategoryId,
  type DefaultCompetencyId,
} from './default-catalogue.js';
export { DEFAULT_CATALOGUE } from './described-catalogue.js';

const CATALOGUE_KEYS = ['id', 'categories', 'competencies'] as const;
const CATEGORY_KEYS = ['id', 'label', 'description'] as const;
const COMPETENCY_KEYS = ['id', 'category', 'label', 'description', 'refreshMonths'] as const;

/**
 * Checks a catalogue: an object with at least one category and one competency (at most
 * `CATALOGUE_LIMITS`), unique slug ids, `{de, en}` labels of at most 200 characters, every
 * competency in an existing category, `refreshMonths` a positive whole number.
 */
export function validateCatalogue(value: unknown, path = '$'): ValidationIssue[] {
  const issues = new Issues();
  if (!checkObject(issues, value, path)) return issues.list;
  checkKnownKeys(issues, value, path, CATALOGUE_KEYS);
  if (value.id !== undefined) checkSlug(issues, value.id, `${path}.id`);

  const categoryIds = new Set<unknown>();
  const categoriesPath = `${path}.categories`;
  if (checkArray(issues, value.categories, categoriesPath, { max: CATALOGUE_LIMITS.maxCategories })) {
    if (value.categories.length === 0) issues.add(categoriesPath, 'empty');
    value.categories.forEach((category, index) => {
      const at = `${categoriesPath}[${index}]`;
      if (!checkObject(issues, category, at)) return;
      checkKnownKeys(issues, category, at, CATEGORY_KEYS);
      if (checkSlug(issues, category.id, `${at}.id`)) categoryIds.add(category.id);
      checkLocalized(issues, category.label, `${at}.label`);
      checkLocalized(issues, category.description, `${at}.description`, { optional: true, max: CATALOGUE_LIMITS.maxDescriptionLength });
    });
    checkUniqueIds(issues, idsForUniqueness(value.categories), categoriesPath);
  }

  const competenciesPath = `${path}.competencies`;
  if (checkArray(issues, value.competencies, competenciesPath, { max: CATALOGUE_LIMITS.maxCompetencies })) {
    if (value.competencies.length === 0) issues.add(competenciesPath, 'empty');
    value.competencies.forEach((competency, index) => {
      const at = `${competenciesPath}[${index}]`;
      if (!checkObject(issues, competency, at)) return;
      checkKnownKeys(issues, competency, at, COMPETENCY_KEYS);
      checkSlug(issues, competency.id, `${at}.id`);
      if (checkSlug(issues, competency.category, `${at}.category`) && !categoryIds.has(competency.category)) {
        issues.add(`${at}.category`, 'unknown-category', { id: competency.category });
      }
      checkLocalized(issues, competency.label, `${at}.label`);
      checkLocalized(issues, competency.description, `${at}.description`, { optional: true, max: CATALOGUE_LIMITS.maxDescriptionLength });
      checkNumber(issues, competency.refreshMonths, `${at}.refreshMonths`, {
        optional: true,
        integer: true,
        min: 1,
        max: CATALOGUE_LIMITS.maxRefreshMonths,
      });
    });
    checkUniqueIds(issues, idsForUniqueness(value.competencies), competenciesPath);
  }
  return issues.list;
}

/** Keeps list positions for `checkUniqueIds`; entries without a string id never count as repeats. */
export function idsForUniqueness(records: readonly unknown[]): { id: unknown }[] {
  return records.map((record) => ({ id: isRecord(record) && typeof record.id === 'string' ? record.id : Symbol('no id') }));
}

/** Lookup tables of a catalogue, built once per catalogue object. */
export interface CatalogueIndex {
  readonly catalogue: Catalogue;
  /** Competency ids in wheel order. */
  readonly competencyIds: readonly CompetencyId[];
  readonly categoryIds: readonly CategoryId[];
  /** Wheel position of each competency id. */
  readonly position: ReadonlyMap<CompetencyId, number>;
  readonly categoryPosition: ReadonlyMap<CategoryId, number>;
  /** For each wheel position, the position of its category in `categoryIds`. */
  readonly categoryOfPosition: Uint16Array;
  /** Lower-cased ids and German and English labels → competency. */
  readonly byName: ReadonlyMap<string, Competency>;
}

const indexes = new WeakMap<object, CatalogueIndex>();
let lastIndex: CatalogueIndex | undefined;

/**
 * Validates a catalogue once and returns its lookup tables; throws a `KompetenzradError` with
 * every issue when the catalogue is not valid. Catalogues are treated as immutable: the tables
 * are cached per catalogue object, so pass a new object after a change (as the provider does).
 */
export function indexCatalogue(catalogue: Catalogue, path = '$.catalogue'): CatalogueIndex {
  // The rules look up ids of one catalogue many times in a row.
  if (lastIndex !== undefined && catalogue === lastIndex.catalogue) return lastIndex;
  const cached = isRecord(catalogue) ? indexes.get(catalogue) : undefined;
  if (cached) return (lastIndex = cached);
  const issues = isBuiltIn(catalogue) ? [] : validateCatalogue(catalogue, path);
  if (issues.length > 0) throw new KompetenzradError(issues);

  const competencyIds = catalogue.competencies.map((competency) => competency.id);
  const categoryIds = catalogue.categories.map((category) => category.id);
  const position = new Map(competencyIds.map((id, index) => [id, index]));
  const categoryPosition = new Map(categoryIds.map((id, index) => [id, index]));
  const categoryOfPosition = new Uint16Array(competencyIds.length);
  catalogue.competencies.forEach((competency, index) => {
    categoryOfPosition[index] = categoryPosition.get(competency.category) ?? 0;
  });
  const competencies = [...catalogue.competencies];
  let byName: Map<string, Competency> | undefined;
  const index: CatalogueIndex = {
    catalogue,
    competencyIds,
    categoryIds,
    position,
    categoryPosition,
    categoryOfPosition,
    // Built when a name is first looked up: most pages look up ids only.
    get byName() {
      byName ??= namesOf(competencies);
      return byName;
    },
  };
  indexes.set(catalogue, index);
  return (lastIndex = index);
}

function namesOf(competencies: readonly Competency[]): Map<string, Competency> {
  const byName = new Map<string, Competency>();
  for (const competency of competencies) {
    for (const name of [competency.id, competency.label.de, competency.label.en]) {
      const key = normalizeName(name);
      if (!byName.has(key)) byName.set(key, competency);
    }
  }
  return byName;
}

export function competencyById(catalogue: Catalogue, id: CompetencyId): Competency | undefined {
  const position = indexCatalogue(catalogue).position.get(id);
  return position === undefined ? undefined : catalogue.competencies[position];
}

export function categoryById(catalogue: Catalogue, id: CategoryId): Category | undefined {
  const position = indexCatalogue(catalogue).categoryPosition.get(id);
  return position === undefined ? undefined : catalogue.categories[position];
}

/** The name of a competency (or category) for a message; an unknown id stands for itself in both languages. */
export function labelOf(catalogue: Catalogue, id: string, kind: 'competencies' | 'categories' = 'competencies'): LocalizedText {
  const entry = kind === 'competencies' ? competencyById(catalogue, id) : categoryById(catalogue, id);
  return entry?.label ?? { de: id, en: id };
}

/** The category a competency belongs to. */
export function categoryOf(catalogue: Catalogue, competencyId: CompetencyId): Category | undefined {
  const competency = competencyById(catalogue, competencyId);
  return competency && categoryById(catalogue, competency.category);
}

/** The competencies of one category in wheel order (empty for an unknown category). */
export function competenciesOfCategory(catalogue: Catalogue, categoryId: CategoryId): Competency[] {
  indexCatalogue(catalogue);
  return catalogue.competencies.filter((competency) => competency.category === categoryId);
}

/**
 * Finds a competency by id, German or English label, ignoring case, surrounding blanks and
 * repeated spaces (for tables typed by CMS editors).
 */
export function findCompetency(catalogue: Catalogue, idOrLabel: string): Competency | undefined {
  if (typeof idOrLabel !== 'string') return undefined;
  return indexCatalogue(catalogue).byName.get(normalizeName(idOrLabel));
}

/**
 * The date from which an assessment of `competency` made on `lastAssessed` counts as due for
 * refreshing, or `undefined` when the competency does not go stale.
 */
export function refreshDueDate(competency: Competency, lastAssessed: IsoDate): IsoDate | undefined {
  return competency.refreshMonths === undefined ? undefined : addMonths(lastAssessed, competency.refreshMonths);
}
