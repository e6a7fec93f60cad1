import type { ValidationIssue } from './errors.js';
import { checkEmail, checkKnownKeys, checkNumber, checkObject, checkRecordId, checkSlug, checkString, Issues, MAX_LABEL_LENGTH } from './validate.js';

// Re-exported by assessments.ts; a module of its own so that a page whose elements check no people (the wheel) loads none of it.

export const PERSON_LIMITS = Object.freeze({ maxCapacityHoursPerMonth: 200 });

const PERSON_KEYS = ['id', 'name', 'roleId', 'department', 'email', 'lineManager', 'capacityHoursPerMonth', 'budget'] as const;
const CONTACT_KEYS = ['name', 'email'] as const;

/**
 * Checks a person: record id, name (1..200 characters), role id (a slug; when `roleIds` is given
 * it must be one of them), optional department, e-mail address and line manager (a name and
 * an optional e-mail address), learning capacity 0..200 hours per month and a budget of at
 * least 0 euros.
 */
export function validatePerson(value: unknown, path = '$', roleIds?: readonly string[]): ValidationIssue[] {
  const issues = new Issues();
  if (!checkObject(issues, value, path)) return issues.list;
  checkKnownKeys(issues, value, path, PERSON_KEYS);
  checkRecordId(issues, value.id, `${path}.id`);
  checkString(issues, value.name, `${path}.name`, { min: 1, max: MAX_LABEL_LENGTH });
  if (checkSlug(issues, value.roleId, `${path}.roleId`) && roleIds && !roleIds.includes(value.roleId)) {
    issues.add(`${path}.roleId`, 'unknown-role', { id: value.roleId, known: roleIds });
  }
  checkString(issues, value.department, `${path}.department`, { optional: true, max: MAX_LABEL_LENGTH });
  checkEmail(issues, value.email, `${path}.email`, true);
  if (value.lineManager !== undefined && checkObject(issues, value.lineManager, `${path}.lineManager`)) {
    checkKnownKeys(issues, value.lineManager, `${path}.lineManager`, CONTACT_KEYS);
    checkString(issues, value.lineManager.name, `${path}.lineManager.name`, { min: 1, max: MAX_LABEL_LENGTH });
    checkEmail(issues, value.lineManager.email, `${path}.lineManager.email`, true);
  }
  checkNumber(issues, value.capacityHoursPerMonth, `${path}.capacityHoursPerMonth`, {
    optional: true,
    min: 0,
    max: PERSON_LIMITS.maxCapacityHoursPerMonth,
  });
  checkNumber(issues, value.budget, `${path}.budget`, { optional: true, min: 0 });
  return issues.list;
}
