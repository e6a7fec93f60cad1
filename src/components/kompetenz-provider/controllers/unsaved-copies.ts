import type { Portfolio } from '../../../domain/types.js';
import type { StorageAdapter } from './storage-adapter.js';

/** The IndexedDB database in which `storage="http"` keeps changes until the server has them. */
export const DEFAULT_UNSAVED_DATABASE = 'kompetenzrad-unsaved';

/**
 * A change one page made and could not store yet (`storage="http"` keeps it in this browser until
 * a save stores it): the whole document as the page had it, and the stored version it was made
 * from.
 */
export interface UnsavedCopy {
  /** The document with the change. */
  readonly portfolio: unknown;
  /**
   * The stored version the change was made from, as its text (the base of a three-way merge);
   * `null`: nothing was stored; `undefined`: not known (the page never read the store).
   */
  readonly base: string | null | undefined;
  /**
   * The copy's change is part of the provider's state now: the copy is deleted once a save has
   * stored it. `asBase`: the state was made from the copy's base (it had no changes of its own).
   */
  adopt(asBase: boolean): void;
}

/**
 * An adapter that keeps changes in this browser until they are stored, so that closing the page
 * loses nothing (the adapter of `storage="http"`). The provider hands it every change at once,
 * and after loading asks what earlier pages left unsaved.
 */
export interface KeepsUnsavedCopies {
  /**
   * The provider's state with a change that is not stored yet: keep it (until a save stores it);
   * `undefined`: nothing is waiting any more (a merge found it all stored), so this page's copy and
   * the copies it took in are done with. Never throws.
   */
  keep(portfolio: Portfolio | undefined): void;
  /** What earlier pages changed and could not store, oldest first. */
  unsavedCopies(): Promise<readonly UnsavedCopy[]>;
}

export function keepsUnsavedCopies(adapter: StorageAdapter | undefined): adapter is StorageAdapter & KeepsUnsavedCopies {
  const candidate = adapter as Partial<KeepsUnsavedCopies> | undefined;
  return typeof candidate?.keep === 'function' && typeof candidate.unsavedCopies === 'function';
}
