import { KompetenzProvider } from '../components/kompetenz-provider/kompetenz-provider.js';
import { defineElement } from '../internal/define-element.js';

export * from '../components/kompetenz-provider/kompetenz-provider.js';
export type { StorageAdapter } from '../components/kompetenz-provider/controllers/storage-adapter.js';
export { isStorageConflict, isStorageTimeout, StorageConflictError, StorageTimeoutError } from '../components/kompetenz-provider/controllers/storage-adapter.js';
export { DEFAULT_STORE_NAME, IndexedDbAdapter, type IndexedDbAdapterOptions } from '../components/kompetenz-provider/controllers/indexeddb-adapter.js';
export { MemoryAdapter } from '../components/kompetenz-provider/controllers/memory-adapter.js';
export { TAB_SYNC_CHANNEL, type TabSyncMessage } from '../components/kompetenz-provider/controllers/tab-sync.js';

/** Registers `<kompetenz-provider>`: once, and with a console warning when another class already has the tag. */
defineElement('kompetenz-provider', KompetenzProvider);
