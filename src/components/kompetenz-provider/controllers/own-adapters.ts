import { DEFAULT_STORE_NAME, IndexedDbAdapter } from './indexeddb-adapter.js';
import { LazyHttpAdapter } from './lazy-http-adapter.js';
import { MemoryAdapter } from './memory-adapter.js';
import type { StorageAdapter } from './storage-adapter.js';
import { DEFAULT_UNSAVED_DATABASE } from './unsaved-copies.js';

/** `local`: IndexedDB in this browser (default); `none`: in memory only; `http`: the document at `src` on the page's own server. */
export type StorageMode = 'local' | 'none' | 'http';

export const STORAGE_MODES: readonly StorageMode[] = ['local', 'none', 'http'];

/**
 * The storage a `storage` value names: none given (a removed attribute) is `local`, the default;
 * a value that names none of them is `none`, so that a typo never keeps personal data in the browser.
 */
export function storageModeOf(value: unknown): StorageMode {
  if (value === undefined || value === null) return 'local';
  return STORAGE_MODES.includes(value as StorageMode) ? (value as StorageMode) : 'none';
}

/** Where the provider keeps its portfolio: a portal's adapter, else `storage` in the database `storeName`. */
export interface StorageChoice {
  storageAdapter: StorageAdapter | undefined;
  storage: StorageMode;
  storeName: string;
  /** `storage="http"`: the document's address (`src` as given) … */
  src?: string | undefined;
  /** … relative to this address (the page's base URL). */
  baseUrl?: string;
  /** `storage="http"`: the `store-name` attribute as given (names the database of unsaved copies). */
  ownStoreName?: string | undefined;
}

/** The adapters a provider makes for itself: one in memory, one for its IndexedDB database, one for its document on the server. */
export class OwnAdapters {
  private indexedDb: IndexedDbAdapter | undefined;
  private memory: MemoryAdapter | undefined;
  private http: { key: string; adapter: LazyHttpAdapter } | undefined;

  private last: StorageAdapter | undefined;

  /** The IndexedDB adapter of `storage="local"` while it is the one picked last. */
  get local(): IndexedDbAdapter | undefined {
    return this.last === this.indexedDb ? this.indexedDb : undefined;
  }

  /** The adapter `choice` names (its `storage` read by `storageModeOf`). */
  pick(choice: StorageChoice): StorageAdapter {
    this.last = this.adapterFor(choice);
    return this.last;
  }

  private adapterFor({ storageAdapter, storage, storeName, src, baseUrl, ownStoreName }: StorageChoice): StorageAdapter {
    if (storageAdapter) return storageAdapter;
    const mode = storageModeOf(storage);
    // Back in the window after another place: what the window held before is an old copy, not another side to merge with.
    if (mode === 'none') return this.memory && this.last === this.memory ? this.memory : (this.memory = new MemoryAdapter());
    if (mode === 'http') {
      // Changes wait for the server in `kompetenzrad-unsaved`, or in `<store-name>-unsaved`.
      const database = ownStoreName ? `${ownStoreName}-unsaved` : DEFAULT_UNSAVED_DATABASE;
      const key = JSON.stringify([src ?? null, baseUrl ?? null, database]);
      if (this.http?.key !== key) {
        this.http?.adapter.close();
        this.http = { key, adapter: new LazyHttpAdapter({ url: src, ...(baseUrl === undefined ? {} : { baseUrl }), database }) };
      }
      return this.http.adapter;
    }
    const database = storeName || DEFAULT_STORE_NAME;
    if (this.indexedDb?.database !== database) {
      this.indexedDb?.close();
      this.indexedDb = new IndexedDbAdapter({ database });
    }
    return this.indexedDb;
  }
}
