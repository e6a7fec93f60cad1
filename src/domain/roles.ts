import { COMPETENCY_IDS, idsForUniqueness } from './catalogue.js';
import { frozenDefault } from './frozen.js';
import type { ValidationIssue } from './errors.js';
import { validateProfile } from './profile.js';
import type { Catalogue, CompetencyId, Level, LocalizedText, Role, RoleId } from './types.js';
import { text as t } from './localized.js';
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


const LABELS: Record<DefaultRoleId, LocalizedText> = {
  fuehrungskraft: t('Führungskraft', 'Manager'),
  cdo: t('CDO / Digitalisierungsbeauftragte*r', 'Chief Digital Officer (CDO)'),
  cio: t('CIO / Leitung IT', 'Chief Information Officer (CIO) / head of IT'),
  projektmanager: t('Projektmanager*in', 'Project manager'),
  digitallotse: t('Digitalisierungslots*in', 'Digitalisation pilot'),
};

/** The roles' tasks in the digital transformation, in our own words after the paper's task boxes (§3.1–3.5). */
const TASKS: Record<DefaultRoleId, LocalizedText[]> = {
  fuehrungskraft: [
    t('Richtung vorgeben: Ziele des Bereichs setzen und dem Team erklären', 'Give direction: set the unit’s goals and explain them to the team'),
    t('Klar entscheiden und die Gründe offenlegen', 'Decide clearly and make the reasons transparent'),
    t(
      'Den eigenen Bereich aufstellen und ihn mit anderen Ämtern und – je nach Zuständigkeit – mit Partnern im Landkreis vernetzen',
      'Organise the own unit and link it with other offices and, depending on the remit, with partners across the district',
    ),
    t(
      'Abläufe und Arbeitsplatz so einrichten, dass die Stärken des Teams zur Geltung kommen',
      'Set up workflows and the workplace so that the team’s strengths come to the fore',
    ),
    t(
      'Verlässliche Spielregeln für die Zusammenarbeit vereinbaren und im digitalen Wandel Halt geben',
      'Agree reliable ground rules for working together and offer stability amid digital change',
    ),
    t(
      'Mit gutem Beispiel vorangehen, erreichbar bleiben und Mitarbeitende coachend motivieren',
      'Lead by example, stay approachable and motivate staff with a coaching style',
    ),
    t(
      'Die Weiterentwicklung der Mitarbeitenden fördern und fachlich führen, ohne digitale Trends aus dem Blick zu verlieren',
      'Foster staff development and give subject-matter lead while keeping digital trends in view',
    ),
  ],
  cdo: [
    t(
      'Kernthema digitale Daseinsvorsorge: Angebote für Menschen, Betriebe und Region ausbauen',
      'Core theme digital public services: expand offers for residents, companies and the region',
    ),
    t(
      'Die Digitalisierung verantworten und ihr Gesicht sein – im Haus wie in der Öffentlichkeit',
      'Own digitalisation and be its face, both within the organisation and to the public',
    ),
    t('Jederzeit wissen, wo die Verwaltung bei der Digitalisierung steht', 'Know at all times where the administration stands with digitalisation'),
    t(
      'Digitale Vorhaben ämterübergreifend steuern und bündeln, unabhängig von einzelnen Ressorts',
      'Steer and pool digital projects across offices, independent of any single department',
    ),
    t(
      'Fachämter, Partner von außen sowie Wirtschaft, Wissenschaft und Gesellschaft im Kreis ins Boot holen',
      'Bring specialist offices, outside partners, business, research and local society on board',
    ),
    t('Digitalstrategie des Hauses entwickeln und fortschreiben', 'Develop the organisation’s digital strategy and keep it up to date'),
    t('Verständnis dafür wecken, warum sich etwas ändern muss, und den Wandel begleiten', 'Explain why things need to change and guide the change process'),
  ],
  cio: [
    t(
      'Die Verwaltung modernisieren: E-Government voranbringen, das OZG umsetzen',
      'Modernise the administration: advance e-government and deliver the Online Access Act (OZG)',
    ),
    t(
      'Gesamtverantwortung für die IT tragen; im Haus erste Adresse für Fragen der digitalen Verwaltung',
      'Carry overall responsibility for IT; first port of call in-house for questions on digital administration',
    ),
    t('Die IT des Hauses lenken und verbindliche Standards vorgeben', 'Direct the organisation’s IT and define binding standards'),
    t('IT-Leistungen in Auftrag geben', 'Commission IT services'),
    t(
      'Technik, Grundinfrastruktur und Software der Fachämter eng im Blick behalten',
      'Keep a close eye on technology, core infrastructure and the offices’ specialist software',
    ),
    t('Vor allem mit internen Stellen und den IT-Dienstleistern der Kommune zusammenarbeiten', 'Work chiefly with internal units and the municipality’s IT providers'),
    t('Die IT-Strategie verantworten und technische Neuerungen anstoßen', 'Own the IT strategy and initiate technology-led innovation'),
  ],
  projektmanager: [
    t('Digitalisierungsprojekte steuern und praktisch umsetzen', 'Steer digitalisation projects and deliver them in practice'),
    t('Ausgangslage und Bedarfe erheben', 'Assess the starting point and what is needed'),
    t(
      'Umsetzungsplan erstellen: messbare Ziele, Meilensteine, Beteiligte, Ressourcen',
      'Draw up a delivery plan: measurable goals, milestones, people involved, resources',
    ),
    t('Projektstand, Budget und Risiken verfolgen; Ergebnisse festhalten und aufbereiten', 'Track status, budget and risks; record and prepare the results'),
    t('Interessengruppen einbinden sowie Kommunikation und Beteiligung planen und durchführen', 'Involve stakeholders; plan and run communication and participation'),
    t('Digitale Maßnahmen konkret in die Tat umsetzen', 'Put digital measures into practice'),
  ],
  digitallotse: [
    t('Die Digitalstrategie in den eigenen Fachbereich hineintragen und dort verbreiten', 'Carry the digital strategy into the own department and spread it there'),
    t('Ansprechperson für Kolleg*innen sowie für CDO und CIO sein', 'Serve as contact for colleagues as well as for the CDO and CIO'),
    t('Kolleg*innen beim Aufbau digitaler Kompetenzen helfen', 'Help colleagues build digital competencies'),
    t('Offenheit für den digitalen Wandel wecken', 'Foster openness to digital change'),
    t('Informationen zwischen Fachbereich und Leitung in beide Richtungen weitergeben', 'Relay information between the department and management in both directions'),
  ],
};

/**
 * The five roles of the paper (§3) with their tasks and target profiles over the default
 * catalogue. The targets are derived from the paper's text (the figures are not in it), which
 * `source` says. Deeply frozen.
 */
export const DEFAULT_ROLES: Role[] = /*#__PURE__*/ frozenDefault(() =>
  ROLE_IDS.map((id) => ({ id, label: LABELS[id], tasks: TASKS[id], target: targetOf(id), source: ROLE_SOURCE_NOTE })),
);

/** The same roles without their tasks, for views that only need names and targets (the wheel loads less). */
export const DEFAULT_ROLES_LEAN: Role[] = /*#__PURE__*/ frozenDefault(() =>
  ROLE_IDS.map((id) => ({ id, label: LABELS[id], target: targetOf(id), source: ROLE_SOURCE_NOTE })),
);

export function roleById(roles: readonly Role[], id: RoleId): Role | undefined {
  return Array.isArray(roles) ? roles.find((role) => role.id === id) : undefined;
}

const ROLE_KEYS = ['id', 'label', 'tasks', 'target', 'source'] as const;

/** Checks a role: slug id, `{de, en}` label, up to 30 tasks (optional), a target profile over `catalogue`, optional source note. */
export function validateRole(value: unknown, catalogue: Catalogue, path = '$'): ValidationIssue[] {
  const issues = new Issues();
  if (!checkObject(issues, value, path)) return issues.list;
  checkKnownKeys(issues, value, path, ROLE_KEYS);
  checkSlug(issues, value.id, `${path}.id`);
  checkLocalized(issues, value.label, `${path}.label`);
  if (value.tasks !== undefined && checkArray(issues, value.tasks, `${path}.tasks`, { max: ROLE_LIMITS.maxTasks })) {
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
