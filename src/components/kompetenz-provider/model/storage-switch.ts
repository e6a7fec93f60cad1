import type { StorageChoice, StorageMode } from '../controllers/own-adapters.js';
import { missingAdapterMethods, type StorageAdapter } from '../controllers/storage-adapter.js';
import { storeNameFor, usableStoreName } from './store-name.js';

/** What a change of the provider's properties means for where its portfolio is kept. */
export interface StorageSwitch {
  /** The storage may be another one: choose it again. */
  choose: boolean;
  /** Another place for the same portfolio (`storage`, `storageAdapter`), not another portfolio (`src`, `store-name`). */
  samePortfolio: boolean;
}

/** Without a (usable) `store-name` the database follows `src`; with `storage="http"` the storage always does. */
export function storageSwitch(changed: { has(key: string): boolean }, storeName: string | undefined, storage: string): StorageSwitch {
  const followsSrc = changed.has('src') && (!usableStoreName(storeName) || storage === 'http');
  const place = changed.has('storage') || changed.has('storageAdapter');
  return { choose: place || changed.has('storeName') || followsSrc, samePortfolio: place && !changed.has('src') && !changed.has('storeName') };
}

/** The provider's properties that say where its portfolio is kept. */
export interface StorageProperties {
  storageAdapter?: StorageAdapter;
  storage: StorageMode;
  storeName?: string;
  src?: string;
}

/**
 * Where the provider keeps its portfolio, as its properties say, for a page at `baseUrl`. What cannot
 * be used is reported (`AttributeChecks`) and counts as follows: an adapter that lacks a method as
 * `storage="none"`, as a `storage` that names none does (nothing kept where the page did not
 * expect it, nothing lost in the window); an unusable `store-name` as none given.
 */
export function storageChoiceOf({ storageAdapter, storage, storeName, src }: StorageProperties, baseUrl: string): StorageChoice {
  const unusable = storageAdapter != null && missingAdapterMethods(storageAdapter).length > 0;
  const adapter = storageAdapter == null || unusable ? undefined : storageAdapter;
  return { storageAdapter: adapter, storage: unusable ? 'none' : storage, storeName: storeNameFor(storeName, src, baseUrl), src, baseUrl, ownStoreName: usableStoreName(storeName) };
}
