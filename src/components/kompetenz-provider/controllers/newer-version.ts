import { KompetenzradError } from '../../../domain/errors.js';
import { mergePortfolios, type MergeConflict, type MergeResult } from '../../../domain/merge.js';
import { emptyPortfolio } from '../../../domain/portfolio.js';
import type { Portfolio } from '../../../domain/types.js';
import type { ConflictSource } from '../model/conflict.js';
import type { PortfolioChangeReason } from '../model/portfolio-change.js';
import { refusal } from '../model/refusal.js';
import { sameDocument } from '../model/stored-document.js';
import type { ProviderStatus } from '../strings/index.js';
import { storageFailure } from './guarded-adapter.js';
import type { ProblemLog } from './problem-log.js';
import type { UnsavedChanges } from './unsaved-changes.js';

/** What this tab knows about its store. */
export interface StoreState {
  /** The version this tab's state was made from: the one last loaded from or saved to the store (the base of a merge). */
  base: Portfolio | undefined;
  /** The store has held this provider's data since it was last found or made empty. */
  used: boolean;
  /** Automatic saves wait: stored data could not be read (they would destroy it), or could not be merged with. */
  blocked: boolean;
}

/** What taking in a newer version reads and changes on the provider. */
export interface NewerVersionTarget {
  portfolio(): Portfolio;
  /** Makes `next` the state; `store`: save it like a change. */
  commit(next: Portfolio, reason: PortfolioChangeReason, store: boolean): void;
  announce(status: ProviderStatus): void;
  /** Conflicts a merge onto newer stored data left open (possibly none). */
  conflicts(found: readonly MergeConflict[], source: ConflictSource): void;
  /** The data the conflicts were about was deleted. */
  erased(): void;
  readonly problems: ProblemLog;
}

/**
 * Takes in what another tab or client stored. Without changes of this tab that are not stored
 * yet, it becomes the state. With them, they are merged onto it (`mergePortfolios`, three-way
 * from `base`: two tabs rating the same person on the same day merge level by level) and saved
 * again; values both sides changed differently keep this tab's value and are reported as
 * conflicts. Only the deletion of everything stored (`clear()` elsewhere) wins over them, and is
 * reported as `conflict`.
 */
export class NewerVersion {
  constructor(
    private readonly target: NewerVersionTarget,
    private readonly store: StoreState,
    private readonly changes: UnsavedChanges,
    private readonly actions: {
      read(stored: unknown): Portfolio | undefined;
      save(): void;
      /** This tab's changes could not be merged onto the stored version (a status: they are not saved), or no longer wait for that (`undefined`). */
      unmergeable(failed: 'mergeFailed' | 'movedMergeFailed' | undefined): void;
    },
  ) {}

  /** `stored`: what the store holds now (`undefined` or `null`: nothing); `moved`: the page moved the state to this store. */
  take(stored: unknown, moved = false): void {
    const { store, changes, target } = this;
    if (stored == null && !store.used) {
      // Nothing stored before, nothing now (the provider may only have moved in the page): a change still waits to be saved.
      if (changes.dirty) this.actions.save();
      return;
    }
    const theirs = stored == null ? emptyPortfolio() : this.actions.read(stored);
    if (!theirs) return;
    const problems = target.problems;
    problems.forget('storage');
    store.used = stored != null;
    if (changes.dirty && stored != null) {
      this.mergeOnto(theirs, moved);
      return;
    }
    const erased = changes.dirty;
    if (erased) {
      changes.settled();
      problems.forget('save');
      problems.fail({
        code: 'conflict',
        message: 'another tab deleted all stored data while this one had a change that was not saved yet; the deletion wins, so that change was not saved',
        source: 'storage',
      });
    }
    if (stored == null) target.erased();
    store.blocked = false;
    this.actions.unmergeable(undefined);
    store.base = theirs;
    if (sameDocument(theirs, target.portfolio())) return;
    target.commit(theirs, 'external', false);
    target.announce(erased ? 'clearedElsewhere' : 'external');
  }

  /**
   * Merges this tab's unsaved state onto `theirs`; the result is the state, and saved. When they
   * cannot be merged (together they are not a valid portfolio) the state stays and is not saved
   * until the page replaces it or a later version can be merged with.
   */
  private mergeOnto(theirs: Portfolio, moved: boolean): void {
    const { store, changes, target } = this;
    const mine = target.portfolio();
    let merged: MergeResult;
    try {
      merged = mergePortfolios(store.base, mine, theirs);
    } catch (error) {
      const what = 'newer stored data and the changes of this tab cannot be merged; the changes stay here and are not saved';
      const problem = error instanceof KompetenzradError ? refusal('merge-failed', 'storage', error.issues, `${what}: `) : storageFailure(error, 'merge-failed', what);
      store.blocked = true;
      changes.cancelRetry();
      // The notice says so, where everyone sees it, until the changes are saved.
      target.problems.report('storage', problem);
      this.actions.unmergeable(moved ? 'movedMergeFailed' : 'mergeFailed');
      return;
    }
    store.blocked = false;
    this.actions.unmergeable(undefined);
    store.base = theirs;
    changes.dirty = !sameDocument(merged.portfolio, theirs);
    const changed = !sameDocument(merged.portfolio, mine);
    if (changed) target.commit(merged.portfolio, 'merge', false);
    if (merged.conflicts.length > 0) target.announce(moved ? 'movedMergedWithConflicts' : 'mergedWithConflicts');
    else if (changed) target.announce(moved ? 'movedMerged' : 'merged');
    target.conflicts(merged.conflicts, 'storage');
    if (changes.dirty) this.actions.save();
  }
}
