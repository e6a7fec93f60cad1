import type { MergeConflict } from '../../../domain/merge.js';

/**
 * Where the other version of a conflict came from: `storage` (another tab, or another client of
 * a portal's adapter, saved it) or `import` (`importPortfolio(…, { mode: 'merge' })`).
 */
export type ConflictSource = 'storage' | 'import';

/**
 * A conflict the provider could not merge without a choice, as `mergePortfolios` reports it:
 * `mine` is this tab's value (the value before the import), `theirs` the other version's; an
 * absent side did not have it (removed it). The portfolio holds the value the merge kept (mine
 * for `changed-both`) until `resolveConflict()` picks one.
 */
export interface ProviderConflict extends MergeConflict {
  source: ConflictSource;
}

/** Which value of a conflict is to hold. */
export type ConflictChoice = 'mine' | 'theirs';

export interface KrConflictDetail {
  /**
   * Every conflict still open, oldest first, the new ones at the end; pass a position to
   * `resolveConflict()`. The same list as `provider.conflicts`.
   */
  conflicts: readonly ProviderConflict[];
  /** How many of them this merge added. */
  added: number;
}
