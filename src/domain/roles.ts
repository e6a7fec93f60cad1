import { idsForUniqueness } from './catalogue.js';
import { normalizeName } from './name-key.js';
import type { ValidationIssue } from './errors.js';
import { validateProfile } from './profile.js';
import type { Catalogue, Role, RoleId } from './types.js';
import { checkArray, checkKnownKeys, checkLocalized, checkObject, checkSlug, checkUniqueIds, Issues, MAX_TEXT_LENGTH } from './validate.js';

export const ROLE_LIMITS = Object.freeze({ maxTasks: 30, maxTaskLength: 500 });

export { DEFAULT_ROLES_LEAN, ROLE_IDS, type DefaultRoleId, type DefaultRoleTasks } from './default-roles.js';
export { DEFAULT_ROLES, ROLE_SOURCE_NOTE } from './described-roles.js';

export function roleById(roles: readonly Role[], id: RoleId): Role | undefined {
  return Array.isArray(roles) ? roles.find((role) => role.id === id) : undefined;
}

/** Finds a role by id, German or English label, matching names as `findCompetency` does (for attributes typed by CMS editors). */
export function findRole(roles: readonly Role[], idOrName: string): Role | undefined {
  if (typeof idOrName !== 'string' || !Array.isArray(roles)) return undefined;
  const byId = roleById(roles, idOrName);
  if (byId) return byId;
  const wanted = normalizeName(idOrName);
  return roles.find((role) => [role?.id, role?.label?.de, role?.label?.en].some((name) => typeof name === 'string' && normalizeName(name) === wanted));
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
