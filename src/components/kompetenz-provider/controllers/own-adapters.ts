import { DEFAULT_STORE_NAME, IndexedDbAdapter } from './indexeddb-adapter.js';
import { MemoryAdapter } from './memory-adapter.js';
import type { StorageAdapter } from './storage-adapter.js';

/** `local`: IndexedDB in this browser (default); `none`: in memory only. */
export type StorageMode = 'local' | 'none';

export const STORAGE_MODES: readonly StorageMode[] = ['local', 'none'];

/** Where the provider keeps its portfolio: a portal's adapter, else `storage` in the database `storeName`. */
export interface StorageChoice {
  storageAdapter: StorageAdapter | undefined;
  storage: StorageMode;
  storeName: string;
}

/** The adapters a provider makes for itself: one in memory, one for its IndexedDB database. */
export class OwnAdapters {
  private indexedDb: IndexedDbAdapter | undefined;
  private memory: MemoryAdapter | undefined;

  /** The adapter `choice` names; an unknown `storage` counts as `local`. */
  pick({ storageAdapter, storage, storeName }: StorageChoice): StorageAdapter {
    if (storageAdapter) return storageAdapter;
    if (storage === 'none') return (this.memory ??= new MemoryAdapter());
    const database = storeName || DEFAULT_STORE_NAME;
    if (this.indexedDb?.database !== database) {
      this.indexedDb?.close();
      this.indexedDb = new IndexedDbAdapter({ database });
    }
    return this.indexedDb;
  }
}
