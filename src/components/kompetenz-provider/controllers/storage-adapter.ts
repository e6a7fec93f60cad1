import type { Portfolio } from '../../../domain/types.js';

/**
 * Where a `<kompetenz-provider>` keeps its portfolio. The built-in adapters keep it in this
 * browser (`IndexedDbAdapter`, attribute `storage="local"`) or in memory only (`MemoryAdapter`,
 * `storage="none"`); a portal that keeps the data on its own server passes its own adapter as the
 * provider's `storageAdapter` property.
 *
 * The provider calls the methods one at a time and validates a copy of what `load()` returns as
 * outside data (older document versions are upgraded). `save()` gets the provider's document
 * frozen: keep it or copy it, do not change it. Each call has a time limit (the provider's
 * `storageTimeout`): a call that does not answer in time counts as failed (`storage-timeout`),
 * and the provider's next call may then overlap with it.
 */
export interface StorageAdapter {
  /** The stored portfolio, or `undefined` / `null` when nothing is stored yet. */
  load(): Promise<unknown>;
  /**
   * Stores the whole document. Resolve only once it is safely stored; reject when it is not, so
   * the provider keeps the change and tries again. Reject with a `StorageConflictError` (or any
   * error whose `code` is `'conflict'`) when someone else stored a newer version meanwhile: the
   * provider then loads that newer version, merges its unsaved changes onto it and saves again.
   */
  save(portfolio: Portfolio): Promise<void>;
  /** Deletes everything stored (right to erasure). */
  clear(): Promise<void>;
  /**
   * Optional: calls `onExternalChange` when another tab or client stored a newer version, so the
   * provider can load it. Returns a function that stops the calls.
   */
  watch?(onExternalChange: () => void): () => void;
  /** Optional: releases connections when the provider leaves the page; the adapter may be used again later. */
  close?(): void;
}

const REQUIRED_METHODS = ['load', 'save', 'clear'] as const;
const OPTIONAL_METHODS = ['watch', 'close'] as const;

/**
 * What keeps `value` from being a `StorageAdapter`: the required methods it lacks, and the
 * optional ones it has that are no functions; empty for a usable adapter.
 */
export function missingAdapterMethods(value: unknown): string[] {
  const methods = typeof value === 'object' || typeof value === 'function' ? (value as Partial<Record<string, unknown>> | null) : null;
  const lacks = (name: string): boolean => typeof methods?.[name] !== 'function';
  return [...REQUIRED_METHODS.filter(lacks), ...OPTIONAL_METHODS.filter((name) => methods?.[name] != null && lacks(name))];
}

/** A save refused because a newer version was stored by someone else (another tab). */
export class StorageConflictError extends Error {
  readonly code = 'conflict';

  constructor(
    message: string,
    /** The revision found in the store, when the adapter knows it. */
    readonly storedRevision?: number,
  ) {
    super(message);
    this.name = 'StorageConflictError';
  }
}

/** True for a `StorageConflictError`, also one made by another copy of the library or by a portal's adapter. */
export function isStorageConflict(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'conflict';
}

/** A storage call that did not answer within the provider's `storageTimeout`; the provider goes on without it. */
export class StorageTimeoutError extends Error {
  readonly code = 'storage-timeout';

  constructor(
    /** `load`, `save` or `clear`. */
    readonly operation: string,
    readonly timeoutMs: number,
  ) {
    super(`${operation}() did not answer within ${timeoutMs} ms`);
    this.name = 'StorageTimeoutError';
  }
}

/** True for a `StorageTimeoutError`, also one made by another copy of the library. */
export function isStorageTimeout(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'storage-timeout';
}
