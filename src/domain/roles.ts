import { COMPETENCY_IDS, deepFreezeData, idsForUniqueness } from './catalogue.js';
import type { ValidationIssue } from './errors.js';
import { validateProfile } from './profile.js';
import type { Catalogue, CompetencyId, Level, LocalizedText, Role, RoleId } from './types.js';
import { checkArray, checkKnownKeys, checkLocalized, checkObject, checkSlug, checkUniqueIds, Issues, MAX_TEXT_LENGTH } from './validate.js';

export const ROLE_IDS = Object.freeze(['fuehrungskraft', 'cdo', 'cio', 'projektmanager', 'digitallotse'] as const);

type DefaultRoleId = (typeof ROLE_IDS)[number];

export const ROLE_LIMITS = Object.freeze({ maxTasks: 30, maxTaskLength: 500 });

/** Where the default target profiles come from (DOMAIN.md §4). */
export const ROLE_SOURCE_NOTE: LocalizedText = Object.freeze({
  de: 'Aus dem Text der Studie „Smarte.Land.Regionen“ (Prognos 2021) abgeleitet – passen Sie das Profil an Ihre Organisation an.',
  en: "Derived from the paper's text (Smarte.Land.Regionen study, Prognos 2021) – adjust it to your organisation.",
});

/**
 * Target levels per competency (rows, wheel order) and role (columns in `ROLE_IDS` order:
 * Führungskraft, CDO, CIO, Projektmanager*in, Digitalisierungslots*in), as in DOMAIN.md §4.
 */
const TARGETS: Readonly<Record<(typeof COMPETENCY_IDS)[number], readonly [Level, Level, Level, Level, Level]>> = {
  'it-anwendung': [2, 2, 3, 2, 2],
  'digitale-medien': [1, 3, 2, 2, 2],
  technik: [1, 2, 3, 1, 1],
  informationssicherheit: [1, 3, 3, 1, 1],
  daten: [1, 3, 2, 1, 1],
  'digitale-loesungen': [2, 3, 3, 1, 1],
  prozessgestaltung: [3, 3, 3, 2, 1],
  projektmanagement: [1, 2, 2, 3, 1],
  analyse: [1, 2, 2, 2, 1],
  stakeholdermanagement: [1, 2, 2, 3, 1],
  partizipation: [1, 2, 2, 2, 3],
  changemanagement: [2, 2, 2, 1, 2],
  kommunikation: [3, 3, 3, 3, 3],
  team: [3, 3, 3, 3, 3],
  fuehrung: [3, 3, 3, 2, 1],
  netzwerk: [3, 3, 3, 3, 3],
  konfliktloesung: [3, 2, 1, 1, 2],
  personalentwicklung: [3, 1, 1, 1, 2],
  kundenorientierung: [3, 3, 2, 2, 1],
  'vernetztes-denken': [3, 3, 3, 2, 1],
  innovation: [3, 3, 3, 1, 1],
  lernen: [3, 3, 3, 3, 3],
  veraenderung: [3, 3, 2, 2, 3],
  selbstfuehrung: [3, 3, 2, 3, 2],
  problemloesung: [3, 3, 3, 3, 1],
};

function targetOf(role: DefaultRoleId): Record<CompetencyId, Level> {
  const column = ROLE_IDS.indexOf(role);
  return Object.fromEntries(COMPETENCY_IDS.map((id) => [id, TARGETS[id][column]]));
}

const t = (de: string, en: string): LocalizedText => ({ de, en });

const LABELS: Record<DefaultRoleId, LocalizedText> = {
  fuehrungskraft: t('Führungskraft', 'Manager'),
  cdo: t('CDO / Digitalisierungsbeauftragte*r', 'Chief Digital Officer (CDO)'),
  cio: t('CIO / Leitung IT', 'Chief Information Officer (CIO) / head of IT'),
  projektmanager: t('Projektmanager*in', 'Project manager'),
  digitallotse: t('Digitalisierungslots*in', 'Digitalisation pilot'),
};

/** The roles' tasks in the digital transformation, paraphrased from the paper's task boxes (§3.1–3.5). */
const TASKS: Record<DefaultRoleId, LocalizedText[]> = {
  fuehrungskraft: [
    t('Ziele für den eigenen Bereich festlegen und verständlich vermitteln', 'Set goals for the own area and explain them clearly'),
    t('Entscheidungen treffen und nachvollziehbar begründen', 'Make decisions and explain the reasons behind them'),
    t(
      'Den Zuständigkeitsbereich organisieren und in Verwaltung und Region vernetzen',
      'Organise the area of responsibility and connect it within the administration and the region',
    ),
    t(
      'Arbeitsorganisation und Umfeld so gestalten, dass Mitarbeitende ihre Stärken entfalten',
      'Shape how work is organised so that staff can make the most of their strengths',
    ),
    t(
      'Klare Regeln für die Zusammenarbeit setzen und im digitalen Wandel Orientierung geben',
      'Set clear rules for working together and give direction during the digital change',
    ),
    t('Vorbild und Ansprechperson sein und motivierend, auch coachend, führen', 'Be a role model and point of contact and lead in a motivating, coaching way'),
    t(
      'Den Kompetenzaufbau der Mitarbeitenden fördern und das Fachgebiet mit Blick auf digitale Entwicklungen leiten',
      "Support staff development and lead the specialist field with digital developments in mind",
    ),
  ],
  cdo: [
    t(
      'Schwerpunkt digitale Daseinsvorsorge: digitale Angebote für Bürger*innen, Wirtschaft und Region voranbringen',
      'Focus on digital public services: move digital offers for citizens, businesses and the region forward',
    ),
    t(
      'Als zentrale verantwortliche Person die Digitalisierung nach innen und außen vertreten',
      'Act as the person in charge and the public face of digitalisation, inside and outside the administration',
    ),
    t('Den Fortschritt der Verwaltungsdigitalisierung im Blick behalten', "Keep track of how the administration's digitalisation is progressing"),
    t(
      'Digitalisierungsvorhaben quer zu den Ämtern koordinieren und bündeln, ohne einem Silo anzugehören',
      'Coordinate and bundle digitalisation projects across departments without belonging to any one silo',
    ),
    t(
      'Fachbereiche, externe Partner, Wirtschaft, Wissenschaft und Zivilgesellschaft einbinden',
      'Involve departments, external partners, businesses, research and civil society',
    ),
    t('Die Strategie für die digitale Transformation weiterentwickeln und verantworten', 'Own and develop the strategy for the digital transformation'),
    t('Für die Notwendigkeit von Veränderung sensibilisieren und das Changemanagement begleiten', 'Build awareness of why change is needed and accompany change management'),
  ],
  cio: [
    t(
      'Schwerpunkt Verwaltungsmodernisierung: E-Government und Umsetzung des Onlinezugangsgesetzes (OZG)',
      'Focus on modernising the administration: e-government and implementing the Online Access Act (OZG)',
    ),
    t('Zentrale IT-Verantwortung tragen und intern Ansprechperson für die digitale Verwaltung sein', 'Hold central IT responsibility and be the internal contact for the digital administration'),
    t('Die IT der Verwaltung steuern und Standards festlegen', "Steer the administration's IT and set its standards"),
    t('IT-Leistungen beauftragen', 'Commission IT services'),
    t('Technik, Basisinfrastruktur und Fachverfahren im Blick haben', 'Look after technology, base infrastructure and specialist applications'),
    t('Vor allem interne Akteure und IT-Dienstleister einbinden', 'Involve mainly internal stakeholders and IT service providers'),
    t('IT-Strategie und technikgetriebene Innovation verantworten', 'Own the IT strategy and technology-driven innovation'),
  ],
  projektmanager: [
    t('Digitalisierungsprojekte koordinieren und operativ umsetzen', 'Coordinate digitalisation projects and run them day to day'),
    t('Bestand und Bedarf analysieren', 'Analyse the current state and the needs'),
    t(
      'Einen Fahrplan mit messbaren Zielen, Meilensteinen, Beteiligten und Ressourcen aufstellen',
      'Draw up a roadmap with measurable goals, milestones, people involved and resources',
    ),
    t(
      'Stand, Budget und Risiken überwachen und Ergebnisse dokumentieren',
      'Monitor progress, budget and risks and document the results',
    ),
    t('Stakeholder managen sowie Kommunikation und Beteiligung planen und umsetzen', 'Manage stakeholders and plan and carry out communication and participation'),
    t('Ziele in konkrete Maßnahmenpakete übersetzen und umsetzen', 'Turn goals into concrete work packages and deliver them'),
  ],
  digitallotse: [
    t('Die Digitalisierungsstrategie als Multiplikator*in in den eigenen Fachbereich tragen', 'Carry the digitalisation strategy into the own department as a multiplier'),
    t('Ansprechperson im Fachbereich und gegenüber CDO und CIO sein', 'Be the contact person within the department and towards the CDO and CIO'),
    t('Kolleg*innen beim Kompetenzaufbau unterstützen', 'Help colleagues build up their competencies'),
    t('Für den digitalen Wandel sensibilisieren', 'Raise awareness of the digital change'),
    t('Informationen in beide Richtungen vermitteln: vom Fachbereich nach oben und zurück', 'Pass information both ways: from the department upwards and back down'),
  ],
};

/**
 * The five roles of the paper (§3) with their tasks and target profiles over the default
 * catalogue. The targets are derived from the paper's text (the figures are not in it), which
 * `source` says. Deeply frozen.
 */
export const DEFAULT_ROLES: Role[] = deepFreezeData(
  ROLE_IDS.map((id) => ({ id, label: LABELS[id], tasks: TASKS[id], target: targetOf(id), source: ROLE_SOURCE_NOTE })),
);

export function roleById(roles: readonly Role[], id: RoleId): Role | undefined {
  return Array.isArray(roles) ? roles.find((role) => role.id === id) : undefined;
}

const ROLE_KEYS = ['id', 'label', 'tasks', 'target', 'source'] as const;

/** Checks a role: slug id, `{de, en}` label, up to 30 tasks, a target profile over `catalogue`, optional source note. */
export function validateRole(value: unknown, catalogue: Catalogue, path = '$'): ValidationIssue[] {
  const issues = new Issues();
  if (!checkObject(issues, value, path)) return issues.list;
  checkKnownKeys(issues, value, path, ROLE_KEYS);
  checkSlug(issues, value.id, `${path}.id`);
  checkLocalized(issues, value.label, `${path}.label`);
  if (checkArray(issues, value.tasks, `${path}.tasks`, { max: ROLE_LIMITS.maxTasks })) {
    value.tasks.forEach((task, index) => checkLocalized(issues, task, `${path}.tasks[${index}]`, { max: ROLE_LIMITS.maxTaskLength }));
  }
  checkLocalized(issues, value.source, `${path}.source`, { optional: true, max: MAX_TEXT_LENGTH });
  return [...issues.list, ...validateProfile(value.target, catalogue, `${path}.target`)];
}

/** Checks a list of roles: each role, and that no id is used twice. */
export function validateRoles(value: unknown, catalogue: Catalogue, path = '$'): ValidationIssue[] {
  const issues = new Issues();
  if (!checkArray(issues, value, path)) return issues.list;
  const nested = value.flatMap((role, index) => validateRole(role, catalogue, `${path}[${index}]`));
  checkUniqueIds(issues, idsForUniqueness(value), path);
  return [...nested, ...issues.list];
}
