import { builtInDefault } from './frozen.js';
import { text } from './localized.js';
import type { Catalogue, Category, Competency } from './types.js';

// The built-in catalogue's ids, names, categories and refresh intervals (re-exported by
// catalogue.ts). Its descriptions are in described-catalogue.ts, so that views that show names
// only (the wheel) load none of them.

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

export const CATEGORY_NAMES: Record<DefaultCategoryId, Omit<Category, 'id'>> = {
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

export const COMPETENCY_ENTRIES: Record<DefaultCompetencyId, Omit<Competency, 'id'>> = {
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
export const DEFAULT_CATALOGUE_LEAN: Catalogue = /*#__PURE__*/ builtInDefault(() => ({
  id: 'kompetenzrad-2021',
  categories: CATEGORY_IDS.map((id) => ({ id, ...CATEGORY_NAMES[id] })),
  competencies: COMPETENCY_IDS.map((id) => ({ id, ...COMPETENCY_ENTRIES[id] })),
}));
