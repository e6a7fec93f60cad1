import { frozenDefault } from './frozen.js';
import { text as t } from './localized.js';
import type { Format } from './types.js';

// The built-in formats' ids, names, settings, fit and planning values (re-exported by formats.ts).
// Their descriptions join them in described-formats.ts, so that a page that shows none (every
// element) loads none, in either language.

export const FORMAT_IDS = Object.freeze([
  'selbstlernen',
  'kollegialer-austausch',
  'coaching',
  'mentoring',
  'vortrag-workshop',
  'seminar-schulung',
  'training',
] as const);

export type DefaultFormatId = (typeof FORMAT_IDS)[number];

/** The shape of a per-language module with the default formats' descriptions (`messages/format-descriptions.<lang>.ts`). */
export type DefaultFormatDescriptions = Readonly<Record<DefaultFormatId, string>>;

/**
 * The seven formats of DOMAIN.md §8 without their descriptions. `suitsCategories` lists the
 * categories in order of fit (first = best); weeks, hours and costs are typical planning values
 * per person, to be adjusted.
 */
export const FORMATS = [
  {
    id: 'selbstlernen',
    label: t('Selbstlernen', 'Self-study'),
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
    setting: 'off-the-job',
    social: 'both',
    suitsCategories: ['methode', 'digital'],
    suitsCompetencies: ['problemloesung', 'analyse', 'technik', 'konfliktloesung', 'kommunikation'],
    typicalWeeks: 12,
    typicalHours: 30,
    costClass: 3,
    typicalCost: 2000,
  },
] satisfies (Omit<Format, 'description'> & { id: DefaultFormatId })[];

/** The built-in format lists, which are used without checking them against a catalogue. */
const BUILT_IN_LISTS = new WeakSet<object>();

/** Marks `formats` as a built-in list (see `isBuiltInFormats`). */
export function builtInFormats<T extends readonly Format[]>(formats: T): T {
  BUILT_IN_LISTS.add(formats);
  return formats;
}

/** True for `DEFAULT_FORMATS_LEAN` and `DEFAULT_FORMATS`: they may name ids a custom catalogue lacks (those just never match). */
export function isBuiltInFormats(formats: unknown): boolean {
  return typeof formats === 'object' && formats !== null && BUILT_IN_LISTS.has(formats);
}

/**
 * The seven formats of DOMAIN.md §8 with their names as descriptions: what the elements use, which
 * show no descriptions, so that a page loads none. `DEFAULT_FORMATS` has the descriptions of both
 * language modules, `messages/format-descriptions.<lang>` those of one. Deeply frozen.
 */
export const DEFAULT_FORMATS_LEAN: Format[] = /*#__PURE__*/ frozenDefault(() =>
  builtInFormats(FORMATS.map(({ id, label, ...rest }) => ({ id, label, description: label, ...rest }))),
);
