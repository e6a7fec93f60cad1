import type { ValidationIssue } from '../../../domain/errors.js';

/** The worker's answer on a document: usable (with the length of each top-level list), or its issues. */
export type PortfolioCheck = { ok: true; lists: Record<string, number> } | { ok: false; errors: ValidationIssue[] };

/** The length of each list at the top of a document (`people`: 10000 …). */
export function listLengths(document: object): Record<string, number> {
  return Object.fromEntries(Object.entries(document).flatMap(([key, value]) => (Array.isArray(value) ? [[key, value.length]] : [])));
}
