import { DEFAULT_CATALOGUE, idsForUniqueness, indexCatalogue, labelsForSentence } from './catalogue.js';
import { deepFreezeData } from './frozen.js';
import { describeValue, KompetenzradError, type ValidationIssue } from './errors.js';
import type { GapAnalysis } from './gaps.js';
import { text as t } from './localized.js';
import type { Catalogue, CompetencyId, CostClass, Format, FormatId, LocalizedText, SettingKind, SocialForm } from './types.js';
import {
  checkArray,
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

export const FORMAT_IDS = Object.freeze([
  'selbstlernen',
  'kollegialer-austausch',
  'coaching',
  'mentoring',
  'vortrag-workshop',
  'seminar-schulung',
  'training',
] as const);

export const SETTING_KINDS = Object.freeze(['on-the-job', 'off-the-job', 'both'] as const satisfies readonly SettingKind[]);
export const SOCIAL_FORMS = Object.freeze(['individual', 'group', 'both'] as const satisfies readonly SocialForm[]);
export const COST_CLASSES = Object.freeze([0, 1, 2, 3] as const satisfies readonly CostClass[]);

export const FORMAT_LIMITS = Object.freeze({ maxWeeks: 520, maxHours: 2000, maxCost: 1_000_000, maxDescriptionLength: 1000 });


/**
 * The seven formats of DOMAIN.md §8. `suitsCategories` lists the categories in order of fit
 * (first = best); weeks, hours and costs are typical planning values per person, to be adjusted.
 */
export const DEFAULT_FORMATS: Format[] = deepFreezeData([
  {
    id: 'selbstlernen',
    label: t('Selbstlernen', 'Self-study'),
    description: t(
      'Eigenständig lernen: Das Thema selbst wählen, es bei der Arbeit ausprobieren oder nachlesen. Setzt Motivation voraus; die Führungskraft hat die Belastung im Blick.',
      'Learning on one’s own: choose the topic, try it out at work or read up on it. Requires motivation; the manager keeps an eye on the workload.',
    ),
    setting: 'both',
    social: 'individual',
    suitsCategories: ['digital', 'methode'],
    suitsCompetencies: ['it-anwendung', 'daten', 'projektmanagement', 'innovation'],
    typicalWeeks: 8,
    typicalHours: 16,
    costClass: 0,
    typicalCost: 0,
  },
  {
    id: 'kollegialer-austausch',
    label: t('Kollegialer Austausch', 'Peer exchange'),
    description: t(
      'Erfahrungen mit Kolleg*innen teilen – im eigenen Haus oder mit anderen Kommunen, zwanglos oder als moderierte Fallberatung.',
      'Sharing experience with colleagues – in-house or with other municipalities, informally or as a moderated case discussion.',
    ),
    setting: 'on-the-job',
    social: 'both',
    suitsCategories: ['methode', 'sozial', 'digital', 'personal'],
    suitsCompetencies: ['netzwerk', 'stakeholdermanagement', 'vernetztes-denken', 'team'],
    typicalWeeks: 12,
    typicalHours: 12,
    costClass: 0,
    typicalCost: 0,
  },
  {
    id: 'coaching',
    label: t('Coaching', 'Coaching'),
    description: t(
      'Begleitete Selbstreflexion: Ein Coach – das kann auch die Führungskraft sein – stellt Fragen, statt Antworten vorzugeben, sodass die Person ihren eigenen Weg findet. Freiwillig und nur nach Absprache.',
      'Guided self-reflection: a coach – possibly the manager – asks questions rather than handing out answers, so the person finds their own way. Voluntary and only by agreement.',
    ),
    setting: 'both',
    social: 'individual',
    suitsCategories: ['personal', 'sozial'],
    suitsCompetencies: ['selbstfuehrung', 'veraenderung', 'fuehrung', 'konfliktloesung', 'personalentwicklung'],
    typicalWeeks: 16,
    typicalHours: 12,
    costClass: 3,
    typicalCost: 1800,
  },
  {
    id: 'mentoring',
    label: t('Mentoring', 'Mentoring'),
    description: t(
      'Wer neu in einer Rolle ist, bekommt eine erfahrene Person an die Seite, die Kontakte vermittelt und zeigt, wie Abläufe und Gepflogenheiten im Haus funktionieren; ideal für Quereinsteigende.',
      'Someone new to a role is paired with an experienced person who makes introductions and shows how routines and customs work in the organisation; ideal for career changers.',
    ),
    setting: 'on-the-job',
    social: 'individual',
    suitsCategories: ['sozial'],
    suitsCompetencies: ['netzwerk', 'stakeholdermanagement', 'prozessgestaltung', 'vernetztes-denken'],
    typicalWeeks: 26,
    typicalHours: 12,
    costClass: 0,
    typicalCost: 0,
  },
  {
    id: 'vortrag-workshop',
    label: t('Vortrag und Workshop', 'Talk and workshop'),
    description: t(
      'Kurzer Input von Fachleuten aus dem Haus oder von außen zu aktuellen Digitalthemen und Trends; ein guter Auftakt, um Neugier zu wecken, wenn ein Wandel beginnt.',
      'Short input from in-house or outside experts on current digital topics and trends; a good opener to spark curiosity when a change begins.',
    ),
    setting: 'off-the-job',
    social: 'group',
    suitsCategories: ['digital'],
    suitsCompetencies: ['digitale-medien', 'digitale-loesungen', 'innovation', 'veraenderung', 'changemanagement'],
    typicalWeeks: 1,
    typicalHours: 4,
    costClass: 1,
    typicalCost: 150,
  },
  {
    id: 'seminar-schulung',
    label: t('Seminar und Schulung', 'Seminar and course'),
    description: t(
      'Strukturierter Unterricht für Einstieg oder Vertiefung, mit Übungen für den Transfer in den Arbeitsalltag; Gruppen mit ähnlichem Vorwissen lernen am besten, Nischenthemen übernehmen Fachleute von außen.',
      'Structured teaching for getting started or going deeper, with exercises for transfer to daily work; groups with similar prior knowledge learn best, outside experts cover niche topics.',
    ),
    setting: 'off-the-job',
    social: 'group',
    suitsCategories: ['methode', 'digital'],
    suitsCompetencies: ['fuehrung', 'projektmanagement', 'selbstfuehrung', 'it-anwendung', 'informationssicherheit'],
    typicalWeeks: 2,
    typicalHours: 16,
    costClass: 2,
    typicalCost: 800,
  },
  {
    id: 'training',
    label: t('Training', 'Training'),
    description: t(
      'Lernen am echten Arbeitsauftrag, wochenlang parallel zum Alltag: Aufgaben planen, erledigen und nachbesprechen, unterstützt von Trainer*innen aus dem Haus oder von außen. Der enge Praxisbezug sorgt für schnellen Transfer.',
      'Learning on real assignments, for weeks alongside daily work: plan tasks, complete them and debrief, supported by in-house or outside trainers. The close link to practice means quick transfer.',
    ),
    setting: 'off-the-job',
    social: 'both',
    suitsCategories: ['methode', 'digital'],
    suitsCompetencies: ['problemloesung', 'analyse', 'technik', 'konfliktloesung', 'kommunikation'],
    typicalWeeks: 12,
    typicalHours: 30,
    costClass: 3,
    typicalCost: 2000,
  },
] satisfies Format[]);

export function formatById(formats: readonly Format[], id: FormatId): Format | undefined {
  return Array.isArray(formats) ? formats.find((format) => format.id === id) : undefined;
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
export function validateFormat(value: unknown, catalogue: Catalogue = DEFAULT_CATALOGUE, path = '$'): ValidationIssue[] {
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
      if (checkSlug(issues, id, at) && !index.categoryPosition.has(id)) issues.add(at, 'unknown-category', `${at}: "${id}" is not a category of the catalogue`);
    });
  }
  if (checkArray(issues, value.suitsCompetencies, `${path}.suitsCompetencies`, { max: index.competencyIds.length })) {
    value.suitsCompetencies.forEach((id, i) => {
      const at = `${path}.suitsCompetencies[${i}]`;
      if (checkSlug(issues, id, at) && !index.position.has(id)) issues.add(at, 'unknown-competency', `${at}: "${id}" is not a competency of the catalogue`);
    });
  }
  checkNumber(issues, value.typicalWeeks, `${path}.typicalWeeks`, { min: 0, max: FORMAT_LIMITS.maxWeeks });
  checkNumber(issues, value.typicalHours, `${path}.typicalHours`, { min: 0, max: FORMAT_LIMITS.maxHours });
  checkNumber(issues, value.costClass, `${path}.costClass`, { integer: true, min: 0, max: 3 });
  checkNumber(issues, value.typicalCost, `${path}.typicalCost`, { min: 0, max: FORMAT_LIMITS.maxCost });
  return issues.list;
}

/** Checks a list of formats: each format, and that no id is used twice. */
export function validateFormats(value: unknown, catalogue: Catalogue = DEFAULT_CATALOGUE, path = '$'): ValidationIssue[] {
  const issues = new Issues();
  if (!checkArray(issues, value, path)) return issues.list;
  const nested = value.flatMap((format, i) => validateFormat(format, catalogue, `${path}[${i}]`));
  checkUniqueIds(issues, idsForUniqueness(value), path);
  return [...nested, ...issues.list];
}

export interface FormatRecommendation {
  formatId: FormatId;
  /** 0..1: how well the format fits the competencies (weighted by gap when a gap analysis is given). */
  score: number;
  reason: LocalizedText;
}

export interface RecommendOptions {
  /** Defaults to `DEFAULT_FORMATS`. */
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
      if (position === undefined) issues.add(at, 'unknown-competency', `${at}: ${describeValue(id)} is not a competency of the catalogue`);
      else weights.set(position, 1);
    });
  } else if (isRecord(what) && Array.isArray(what.entries)) {
    what.entries.forEach((entry: unknown, i) => {
      const at = `$.entries[${i}]`;
      if (!isRecord(entry)) return void issues.add(at, 'type', `${at}: expected a gap entry, got ${describeValue(entry)}`);
      const position = typeof entry.competencyId === 'string' ? index.position.get(entry.competencyId) : undefined;
      if (position === undefined) issues.add(`${at}.competencyId`, 'unknown-competency', `${at}.competencyId: ${describeValue(entry.competencyId)} is not a competency of the catalogue`);
      else if (typeof entry.gap !== 'number' || !Number.isInteger(entry.gap)) issues.add(`${at}.gap`, 'type', `${at}.gap: expected a whole number, got ${describeValue(entry.gap)}`);
      else if (entry.gap > 0) weights.set(position, entry.gap);
    });
  } else {
    issues.add('$', 'type', `$: expected a list of competency ids or a gap analysis, got ${describeValue(what)}`);
  }
  if (!issues.ok) throw new KompetenzradError(issues.list);
  return [...weights].sort((a, b) => a[0] - b[0]).map(([position, weight]) => ({ position, weight }));
}

/** Custom formats are checked against the catalogue; the built-in ones may name ids a custom catalogue lacks (they just never match). */
function checkFormatsOption(formats: unknown, catalogue: Catalogue): readonly Format[] {
  if (formats === DEFAULT_FORMATS) return DEFAULT_FORMATS;
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
  const index = indexCatalogue(catalogue);
  const needs = needsFrom(catalogue, competencies);
  const formats = checkFormatsOption(options.formats ?? DEFAULT_FORMATS, catalogue);
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

function reasonFor(catalogue: Catalogue, format: Format, competencyIds: string[], categoryIds: string[]): LocalizedText {
  const sentence = (ids: string[], kind: 'competencies' | 'categories'): LocalizedText => ({
    de: `${format.label.de} eignet sich besonders für ${labelsForSentence(catalogue, ids, 'de', kind)}.`,
    en: `${format.label.en} particularly suits ${labelsForSentence(catalogue, ids, 'en', kind)}.`,
  });
  if (competencyIds.length > 0) return sentence(competencyIds.slice(0, 3), 'competencies');
  if (categoryIds.length > 0) return sentence(categoryIds, 'categories');
  return {
    de: `${format.label.de} ist für diese Kompetenzen nicht eigens vorgesehen, kann sie aber ergänzen.`,
    en: `${format.label.en} is not aimed at these competencies in particular but can complement others.`,
  };
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
): { formatId: FormatId; reason: LocalizedText } {
  const [best] = recommendFormats(catalogue, competencyIds, { ...options, groupOnly: true, limit: 1 });
  if (!best) {
    throw new KompetenzradError([{ path: '$.options.formats', code: 'no-group-format', message: '$.options.formats: no format can be run for a group' }]);
  }
  return { formatId: best.formatId, reason: best.reason };
}
