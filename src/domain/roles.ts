import { COMPETENCY_IDS, idsForUniqueness } from './catalogue.js';
import { frozenDefault } from './frozen.js';
import type { ValidationIssue } from './errors.js';
import { validateProfile } from './profile.js';
import type { Catalogue, CompetencyId, Level, LocalizedText, Role, RoleId } from './types.js';
import { text as t } from './localized.js';
import { ROLE_SOURCE_NOTE_DE, ROLE_TASKS_DE } from './messages/role-texts.de.js';
import { ROLE_SOURCE_NOTE_EN, ROLE_TASKS_EN } from './messages/role-texts.en.js';
import { checkArray, checkKnownKeys, checkLocalized, checkObject, checkSlug, checkUniqueIds, Issues, MAX_TEXT_LENGTH } from './validate.js';

export const ROLE_IDS = Object.freeze(['fuehrungskraft', 'cdo', 'cio', 'projektmanager', 'digitallotse'] as const);

export type DefaultRoleId = (typeof ROLE_IDS)[number];

/** The shape of a per-language module's task lists of the default roles (`messages/role-texts.<lang>.ts`). */
export type DefaultRoleTasks = Readonly<Record<DefaultRoleId, readonly string[]>>;

export const ROLE_LIMITS = Object.freeze({ maxTasks: 30, maxTaskLength: 500 });

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

/**
 * The five roles of the paper (§3) with their tasks (from both language modules) and target
 * profiles over the default catalogue. The targets are derived from the paper's text (the
 * figures are not in it), which `source` says. Deeply frozen. A page that needs one language
 * only uses `DEFAULT_ROLES_LEAN` and `messages/role-texts.<lang>`.
 */
export const DEFAULT_ROLES: Role[] = /*#__PURE__*/ frozenDefault(() =>
  ROLE_IDS.map((id) => {
    const tasks = ROLE_TASKS_DE[id].map((de, index) => t(de, ROLE_TASKS_EN[id][index]));
    return { id, label: LABELS[id], tasks, target: targetOf(id), source: ROLE_SOURCE_NOTE };
  }),
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
