import type { Result } from '../../../domain/errors.js';
import { migratePortfolio } from '../../../domain/migrations.js';
import { validatePortfolio } from '../../../domain/portfolio.js';
import type { Portfolio } from '../../../domain/types.js';

/**
 * Reads a stored document as outside data: a copy of it (the adapter keeps its own), upgraded
 * from older versions, then validated. Throws when the value cannot be copied (e.g. a getter
 * that throws).
 */
export function readStored(value: unknown): Result<Portfolio> {
  const migrated = migratePortfolio(structuredClone(value));
  return migrated.ok ? validatePortfolio(migrated.value) : migrated;
}

export function sameDocument(a: Portfolio, b: Portfolio): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** A portfolio that holds nothing of anyone: no people, assessments, goals, plans, and no own catalogue or roles. */
export function holdsNothing(portfolio: Portfolio): boolean {
  const { people, assessments, goals, plans, catalogue, roles } = portfolio;
  return people.length + assessments.length + goals.length + plans.length === 0 && catalogue === undefined && roles === undefined;
}
