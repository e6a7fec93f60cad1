import { addMonths } from './dates.js';
import { deepFreezeData, frozenDefault } from './frozen.js';
import { text } from './localized.js';
import { CATALOGUE_DESCRIPTIONS_DE } from './messages/catalogue-descriptions.de.js';
import { CATALOGUE_DESCRIPTIONS_EN } from './messages/catalogue-descriptions.en.js';
import { KompetenzradError, type ValidationIssue } from './errors.js';
import type { Catalogue, Category, CategoryId, Competency, CompetencyId, IsoDate, Lang, LocalizedText } from './types.js';
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

export const CATEGORY_IDS = Object.freeze(['digital', 'methode', 'sozial', 'personal'] as const);

/** The 25 competencies of the default catalogue in wheel order. */
export const COMPETENCY_IDS = Object.freeze([
  'it-anwendung',
  'digitale-medien',
  'technik',
  'informationssicherheit',
  'daten',
  'digitale-loesungen',
  'prozessgestaltung',
  'projektmanagement',
  'analyse',
  'stakeholdermanagement',
  'partizipation',
  'changemanagement',
  'kommunikation',
  'team',
  'fuehrung',
  'netzwerk',
  'konfliktloesung',
  'personalentwicklung',
  'kundenorientierung',
  'vernetztes-denken',
  'innovation',
  'lernen',
  'veraenderung',
  'selbstfuehrung',
  'problemloesung',
] as const);

export type DefaultCategoryId = (typeof CATEGORY_IDS)[number];
export type DefaultCompetencyId = (typeof COMPETENCY_IDS)[number];

/** The shape of a per-language module with the default catalogue's descriptions (`messages/catalogue-descriptions.<lang>.ts`). */
export interface DefaultCatalogueDescriptions {
  readonly categories: Readonly<Record<DefaultCategoryId, string>>;
  readonly competencies: Readonly<Record<DefaultCompetencyId, string>>;
}

const CATEGORIES: Record<DefaultCategoryId, Omit<Category, 'id'>> = {
  digital: {
    label: text('Digitale Fachkompetenzen', 'Digital expertise'),
  },
  methode: {
    label: text('Methodenkompetenzen', 'Methodological competencies'),
  },
  sozial: {
    label: text('Sozialkompetenzen', 'Social competencies'),
  },
  personal: {
    label: text('Personale Kompetenzen', 'Personal competencies'),
  },
};

const COMPETENCIES: Record<DefaultCompetencyId, Omit<Competency, 'id'>> = {
  'it-anwendung': {
    category: 'digital',
    label: text('IT-Anwendungskompetenz', 'IT application skills'),
  },
  'digitale-medien': {
    category: 'digital',
    label: text('Umgang mit digitalen Medien', 'Handling digital media'),
    refreshMonths: 36,
  },
  technik: {
    category: 'digital',
    label: text('Technische Kompetenz', 'Technical competence'),
    refreshMonths: 36,
  },
  informationssicherheit: {
    category: 'digital',
    label: text('Informationssicherheit und Datenschutz', 'Information security and data protection'),
    refreshMonths: 24,
  },
  daten: {
    category: 'digital',
    label: text('Datenkompetenz', 'Data literacy'),
  },
  'digitale-loesungen': {
    category: 'digital',
    label: text('Digitale Lösungskompetenz', 'Digital solution competence'),
  },
  prozessgestaltung: {
    category: 'methode',
    label: text('Ganzheitliche Prozessgestaltung', 'Holistic process design'),
  },
  projektmanagement: {
    category: 'methode',
    label: text('Projektmanagement', 'Project management'),
  },
  analyse: {
    category: 'methode',
    label: text('Analysekompetenz', 'Analytical competence'),
  },
  stakeholdermanagement: {
    category: 'methode',
    label: text('Stakeholdermanagement', 'Stakeholder management'),
  },
  partizipation: {
    category: 'methode',
    label: text('Partizipation und Teilhabe', 'Participation and inclusion'),
  },
  changemanagement: {
    category: 'methode',
    label: text('Changemanagement', 'Change management'),
  },
  kommunikation: {
    category: 'sozial',
    label: text('Kommunikationsfähigkeit', 'Communication skills'),
  },
  team: {
    category: 'sozial',
    label: text('Teamfähigkeit', 'Teamwork'),
  },
  fuehrung: {
    category: 'sozial',
    label: text('(Laterale) Führungskompetenz', '(Lateral) leadership'),
  },
  netzwerk: {
    category: 'sozial',
    label: text('Netzwerk- und Beziehungsfähigkeit', 'Networking and relationship skills'),
  },
  konfliktloesung: {
    category: 'sozial',
    label: text('Konfliktlöse-/Deeskalationsfähigkeit', 'Conflict resolution and de-escalation'),
  },
  personalentwicklung: {
    category: 'sozial',
    label: text('Personalentwicklungskompetenz', 'Staff development'),
  },
  kundenorientierung: {
    category: 'sozial',
    label: text('Kunden- und Serviceorientierung', 'Customer and service orientation'),
  },
  'vernetztes-denken': {
    category: 'personal',
    label: text('Vernetztes Denken und Handeln', 'Joined-up thinking and acting'),
  },
  innovation: {
    category: 'personal',
    label: text('Innovationsfähigkeit', 'Capacity for innovation'),
  },
  lernen: {
    category: 'personal',
    label: text('Lernfähigkeit', 'Ability to learn'),
  },
  veraenderung: {
    category: 'personal',
    label: text('Veränderungskompetenz', 'Adaptability to change'),
  },
  selbstfuehrung: {
    category: 'personal',
    label: text('Selbstführung', 'Self-management'),
  },
  problemloesung: {
    category: 'personal',
    label: text('Problemlösungsfähigkeit', 'Problem solving'),
  },
};

/**
 * The built-in catalogue without descriptions: ids, names, categories and refresh intervals.
 * Views that show only names (the wheel) use it so that they load less; deeply frozen.
 */
export const DEFAULT_CATALOGUE_LEAN: Catalogue = deepFreezeData({
  id: 'kompetenzrad-2021',
  categories: CATEGORY_IDS.map((id) => ({ id, ...CATEGORIES[id] })),
  competencies: COMPETENCY_IDS.map((id) => ({ id, ...COMPETENCIES[id] })),
});

/**
 * The built-in catalogue: 4 categories and 25 competencies in wheel order, with the descriptions
 * of both language modules (DOMAIN.md §2, §11). Deeply frozen; copy it (`structuredClone`) to
 * build a custom catalogue from it. A page that needs one language only uses
 * `DEFAULT_CATALOGUE_LEAN` and `messages/catalogue-descriptions.<lang>`.
 */
export const DEFAULT_CATALOGUE: Catalogue = /*#__PURE__*/ frozenDefault(() => {
  const [de, en] = [CATALOGUE_DESCRIPTIONS_DE, CATALOGUE_DESCRIPTIONS_EN];
  return {
    id: 'kompetenzrad-2021',
    categories: CATEGORY_IDS.map((id) => ({ id, label: CATEGORIES[id].label, description: text(de.categories[id], en.categories[id]) })),
    competencies: COMPETENCY_IDS.map((id) => {
      const { refreshMonths, ...rest } = COMPETENCIES[id];
      const description = text(de.competencies[id], en.competencies[id]);
      return { id, ...rest, description, ...(refreshMonths === undefined ? {} : { refreshMonths }) };
    }),
  };
});

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

/**
 * Validates a catalogue once and returns its lookup tables; throws a `KompetenzradError` with
 * every issue when the catalogue is not valid. Catalogues are treated as immutable: the tables
 * are cached per catalogue object, so pass a new object after a change (as the provider does).
 */
export function indexCatalogue(catalogue: Catalogue, path = '$.catalogue'): CatalogueIndex {
  const cached = isRecord(catalogue) ? indexes.get(catalogue) : undefined;
  if (cached) return cached;
  const issues = validateCatalogue(catalogue, path);
  if (issues.length > 0) throw new KompetenzradError(issues);

  const competencyIds = catalogue.competencies.map((competency) => competency.id);
  const categoryIds = catalogue.categories.map((category) => category.id);
  const position = new Map(competencyIds.map((id, index) => [id, index]));
  const categoryPosition = new Map(categoryIds.map((id, index) => [id, index]));
  const categoryOfPosition = new Uint16Array(competencyIds.length);
  const byName = new Map<string, Competency>();
  catalogue.competencies.forEach((competency, index) => {
    categoryOfPosition[index] = categoryPosition.get(competency.category) ?? 0;
    for (const name of [competency.id, competency.label.de, competency.label.en]) {
      const key = normalizeName(name);
      if (!byName.has(key)) byName.set(key, competency);
    }
  });
  const index: CatalogueIndex = { catalogue, competencyIds, categoryIds, position, categoryPosition, categoryOfPosition, byName };
  indexes.set(catalogue, index);
  return index;
}

function normalizeName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');
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

/** German default labels that start with an adjective ("Digitale …", "(Laterale) …"). */
const GERMAN_ADJECTIVE_START = /^\(?[A-ZÄÖÜ][a-zäöüß]+(e|es|er|en)\)? /;
const DEFAULT_GERMAN_LABELS = new Set(
  [...DEFAULT_CATALOGUE_LEAN.categories, ...DEFAULT_CATALOGUE_LEAN.competencies].map((item) => item.label.de),
);

/**
 * A label as it is written inside a sentence: English labels start in lower case unless they
 * begin with an abbreviation ("IT application skills"); German default labels that start with an
 * adjective do too ("für digitale Fachkompetenzen"); other German labels stay as they are.
 */
export function labelInSentence(label: string, lang: Lang): string {
  const lower = (text: string): string => text.replace(/^(\(?)([A-ZÄÖÜ])(?=[a-zäöüß])/, (_, bracket: string, first: string) => bracket + first.toLowerCase());
  if (lang === 'en') return lower(label);
  return DEFAULT_GERMAN_LABELS.has(label) && GERMAN_ADJECTIVE_START.test(label) ? lower(label) : label;
}

/** Items joined for a sentence: "a", "a und b", "a, b und c" (English: "and"). */
export function joinForSentence(items: readonly string[], lang: Lang): string {
  const and = lang === 'de' ? 'und' : 'and';
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** The labels of competencies (or categories) as one phrase for a sentence, in the given order. */
export function labelsForSentence(catalogue: Catalogue, ids: readonly string[], lang: Lang, kind: 'competencies' | 'categories' = 'competencies'): string {
  indexCatalogue(catalogue);
  const items: readonly { id: string; label: LocalizedText }[] = catalogue[kind];
  return joinForSentence(
    ids.map((id) => labelInSentence(items.find((item) => item.id === id)?.label[lang] ?? id, lang)),
    lang,
  );
}
