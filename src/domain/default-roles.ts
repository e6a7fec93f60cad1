import { COMPETENCY_IDS } from './default-catalogue.js';
import { frozenDefault } from './frozen.js';
import { text as t } from './localized.js';
import type { CompetencyId, Level, LocalizedText, Role } from './types.js';

// The five default roles' ids, names and targets (re-exported by roles.ts). Their tasks and
// source note join them in described-roles.ts, so that a view that shows no tasks (the wheel)
// loads none, and takes the note in its page's language only (messages/role-source-note.<lang>).

export const ROLE_IDS = Object.freeze(['fuehrungskraft', 'cdo', 'cio', 'projektmanager', 'digitallotse'] as const);

export type DefaultRoleId = (typeof ROLE_IDS)[number];

/** The shape of a per-language module's task lists of the default roles (`messages/role-texts.<lang>.ts`). */
export type DefaultRoleTasks = Readonly<Record<DefaultRoleId, readonly string[]>>;

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

export function defaultTarget(role: DefaultRoleId): Record<CompetencyId, Level> {
  const column = ROLE_IDS.indexOf(role);
  return Object.fromEntries(COMPETENCY_IDS.map((id) => [id, TARGETS[id][column]]));
}

export const ROLE_LABELS: Record<DefaultRoleId, LocalizedText> = {
  fuehrungskraft: t('Führungskraft', 'Manager'),
  cdo: t('CDO / Digitalisierungsbeauftragte*r', 'Chief Digital Officer (CDO)'),
  cio: t('CIO / Leitung IT', 'Chief Information Officer (CIO) / head of IT'),
  projektmanager: t('Projektmanager*in', 'Project manager'),
  digitallotse: t('Digitalisierungslots*in', 'Digitalisation pilot'),
};

/**
 * The same roles without their tasks and without their source note, for views that only need names
 * and targets (the wheel loads less). A view that shows the note takes it in its language from
 * `messages/role-source-note.<lang>` (`ROLE_SOURCE_NOTE_DE`, `ROLE_SOURCE_NOTE_EN`) for these roles.
 */
export const DEFAULT_ROLES_LEAN: Role[] = /*#__PURE__*/ frozenDefault(() => ROLE_IDS.map((id) => ({ id, label: ROLE_LABELS[id], target: defaultTarget(id) })));
