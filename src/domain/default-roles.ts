import { COMPETENCY_IDS } from './default-catalogue.js';
import { frozenDefault } from './frozen.js';
import { text as t } from './localized.js';
import { ROLE_SOURCE_NOTE_DE } from './messages/role-source-note.de.js';
import { ROLE_SOURCE_NOTE_EN } from './messages/role-source-note.en.js';
import type { CompetencyId, Level, LocalizedText, Role } from './types.js';

// The five default roles' ids, names, targets and source note (re-exported by roles.ts). Their
// tasks are in described-roles.ts, so that views that show none (the wheel) load none of them.

export const ROLE_IDS = Object.freeze(['fuehrungskraft', 'cdo', 'cio', 'projektmanager', 'digitallotse'] as const);

export type DefaultRoleId = (typeof ROLE_IDS)[number];

/** The shape of a per-language module's task lists of the default roles (`messages/role-texts.<lang>.ts`). */
export type DefaultRoleTasks = Readonly<Record<DefaultRoleId, readonly string[]>>;

/** Where the default target profiles come from (DOMAIN.md §4), from both language modules. */
export const ROLE_SOURCE_NOTE: LocalizedText = Object.freeze(t(ROLE_SOURCE_NOTE_DE, ROLE_SOURCE_NOTE_EN));

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

/** The same roles without their tasks, for views that only need names and targets (the wheel loads less). */
export const DEFAULT_ROLES_LEAN: Role[] = /*#__PURE__*/ frozenDefault(() =>
  ROLE_IDS.map((id) => ({ id, label: ROLE_LABELS[id], target: defaultTarget(id), source: ROLE_SOURCE_NOTE })),
);
