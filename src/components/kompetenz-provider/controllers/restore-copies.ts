import type { Result } from '../../../domain/errors.js';
import { emptyPortfolio, parsePortfolio } from '../../../domain/portfolio.js';
import type { Portfolio } from '../../../domain/types.js';
import { refusal } from '../model/refusal.js';
import { readStored, sameDocument } from '../model/stored-document.js';
import { storageFailure } from './guarded-adapter.js';
import type { NewerVersion, NewerVersionTarget, StoreState } from './newer-version.js';
import type { StorageAdapter } from './storage-adapter.js';
import { timeLimitOf, withTimeLimit } from './time-limit.js';
import type { UnsavedChanges } from './unsaved-changes.js';
import { keepsUnsavedCopies, type UnsavedCopy } from './unsaved-copies.js';

/** What taking in unsaved copies reads and changes: the parts of `Persistence` that `NewerVersion` works on. */
export interface CopiesContext {
  target: NewerVersionTarget;
  store: StoreState;
  changes: UnsavedChanges;
  newer: NewerVersion;
  timeLimit(): number;
  /** Still the provider's adapter, and no portfolio set by the page in the meantime. */
  current(): boolean;
  save(): void;
}

/** The base of a copy as a portfolio: `null` (nothing was stored) is the empty one; unknown, or not readable: none (a two-way merge). */
function baseOf(copy: UnsavedCopy): Portfolio | undefined {
  if (copy.base === null) return emptyPortfolio();
  if (copy.base === undefined) return undefined;
  const read = parsePortfolio(copy.base);
  return read.ok ? read.value : undefined;
}

function readCopy(copy: UnsavedCopy): Result<Portfolio> {
  try {
    return readStored(copy.portfolio);
  } catch {
    return { ok: false, errors: [] };
  }
}

/**
 * Takes in the changes that earlier pages made with `adapter` and could not store (an adapter
 * that `KeepsUnsavedCopies`, such as the one of `storage="http"`): each becomes an unsaved change
 * of this tab, and is saved. When nothing was loaded from the store and the state has no change
 * of its own, the first copy becomes the state, with the version it was made from as the base
 * (the adapter checks that version against the server before it saves). Otherwise each copy is
 * merged onto the state three-way from its own base, exactly as a newer stored version is
 * (`NewerVersion.take`: conflicts are listed and reported as `kr-conflict`); a copy whose changes
 * are all in the state already is done with. A copy that cannot be read is reported and left
 * where it is.
 */
export async function takeInUnsavedCopies(adapter: StorageAdapter, context: CopiesContext): Promise<void> {
  if (!keepsUnsavedCopies(adapter)) return;
  const { target, store, changes, newer } = context;
  let copies: readonly UnsavedCopy[];
  try {
    copies = await withTimeLimit('load', timeLimitOf(context.timeLimit()), () => adapter.unsavedCopies());
  } catch (error) {
    if (context.current()) target.problems.report('storage', storageFailure(error, 'storage-load', 'changes kept in this browser could not be read; they stay there'));
    return;
  }
  if (!context.current() || store.blocked || copies.length === 0) return;
  let restored = false;
  for (const copy of copies) {
    const mine = readCopy(copy);
    if (!mine.ok) {
      target.problems.report('storage', refusal('storage-invalid', 'storage', mine.errors, 'a change kept in this browser cannot be read and is left there: '));
      continue;
    }
    const base = baseOf(copy);
    if (!store.used && !changes.dirty) {
      // Nothing loaded, nothing changed here: the copy is the state, made from its own base.
      store.base = base;
      target.commit(mine.value, 'load', false);
      target.announce('restored');
      copy.adopt(true);
      changes.changed();
      restored = true;
      continue;
    }
    const onto = target.portfolio();
    copy.adopt(false);
    if (sameDocument(mine.value, onto)) continue;
    const had = changes.dirty;
    const { base: ownBase, used } = store;
    store.base = base;
    target.commit(mine.value, 'load', false);
    changes.changed();
    // Said first: what the merge finds (newer data, conflicts) is said after it, and holds.
    target.announce('restored');
    newer.take(onto);
    // The state is still made from the version it was loaded as.
    store.base = ownBase;
    store.used = used;
    const added = !sameDocument(target.portfolio(), onto);
    if (had || added) changes.changed();
    restored ||= added;
  }
  if (!restored) {
    // Every copy was in the state already.
    if (!changes.dirty) adapter.keep(undefined);
    return;
  }
  adapter.keep(target.portfolio());
  context.save();
}
