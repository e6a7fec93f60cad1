import type { Portfolio } from '../../../domain/types.js';
import { StorageConflictError, type StorageAdapter } from './storage-adapter.js';
import { TabSync } from './tab-sync.js';
import { noIndexedDb } from './storage-failures.js';

/** The database a provider with `storage="local"` uses unless its `store-name` says otherwise. */
export const DEFAULT_STORE_NAME = 'kompetenzrad';

const STORE = 'documents';
const KEY = 'portfolio';
const SCHEMA_VERSION = 1;

/** The one record in the store: the whole document and its revision. After `clear()` only the revision is left. */
interface StoredRecord {
  revision: number;
  savedAt: string;
  portfolio?: unknown;
}

function revisionOf(record: unknown): number {
  const revision = typeof record === 'object' && record !== null ? (record as { revision?: unknown }).revision : undefined;
  return typeof revision === 'number' && Number.isInteger(revision) && revision >= 0 ? revision : 0;
}

export interface IndexedDbAdapterOptions {
  /** Name of the IndexedDB database (default `kompetenzrad`); adapters with the same name share the data. */
  database?: string;
}

/**
 * Keeps the portfolio in this browser's IndexedDB. Each save is one transaction that writes the
 * whole document together with a revision number and resolves only when the transaction is
 * `complete` (with strict durability), so a write either lands entirely or leaves the previous
 * state. The save transaction first checks that the stored revision is still the one this adapter
 * last loaded or wrote; if another tab wrote in between, the save is refused with a
 * `StorageConflictError` and nothing is written. After a save or clear the new revision is
 * announced on the BroadcastChannel `kompetenzrad`, so other tabs load it at once (`watch`).
 *
 * `clear()` deletes the document; only the revision counter stays, so a tab that still holds the
 * old data cannot write it back without noticing.
 */
export class IndexedDbAdapter implements StorageAdapter {
  readonly database: string;
  private revision = 0;
  private connection: Promise<IDBDatabase> | undefined;
  private readonly sync: TabSync;

  constructor({ database = DEFAULT_STORE_NAME }: IndexedDbAdapterOptions = {}) {
    this.database = database;
    this.sync = new TabSync(database);
  }

  /** The revision this adapter last loaded or stored (0: nothing yet). */
  get knownRevision(): number {
    return this.revision;
  }

  async load(): Promise<unknown> {
    const db = await this.open();
    const record = await new Promise<unknown>((resolve, reject) => {
      const transaction = db.transaction(STORE, 'readonly');
      const request = transaction.objectStore(STORE).get(KEY);
      transaction.oncomplete = () => resolve(request.result);
      transaction.onabort = () => reject(transaction.error ?? new Error(`reading "${this.database}" was aborted`));
    });
    this.revision = revisionOf(record);
    const portfolio = typeof record === 'object' && record !== null ? (record as StoredRecord).portfolio : undefined;
    return portfolio ?? undefined;
  }

  async save(portfolio: Portfolio): Promise<void> {
    this.revision = await this.write(this.revision, (revision) => ({ revision, savedAt: new Date().toISOString(), portfolio }));
    this.sync.announce(this.revision);
  }

  async clear(): Promise<void> {
    // Clearing is never refused: whatever another tab stored is deleted as well.
    this.revision = await this.write(undefined, (revision) => ({ revision, savedAt: new Date().toISOString() }));
    this.sync.announce(this.revision);
  }

  watch(onExternalChange: () => void): () => void {
    return this.sync.listen((revision) => {
      if (revision > this.revision) onExternalChange();
    });
  }

  close(): void {
    this.sync.close();
    const connection = this.connection;
    this.connection = undefined;
    connection?.then((db) => db.close(), () => undefined);
  }

  /**
   * One read-write transaction: checks the stored revision (unless `expected` is undefined),
   * replaces the store's content with `record(next revision)`, and resolves with that revision
   * once the transaction is complete.
   */
  private async write(expected: number | undefined, record: (revision: number) => StoredRecord): Promise<number> {
    const db = await this.open();
    return new Promise<number>((resolve, reject) => {
      const transaction = db.transaction(STORE, 'readwrite', { durability: 'strict' });
      const store = transaction.objectStore(STORE);
      let failure: Error | undefined;
      let next = 0;
      const current = store.get(KEY);
      current.onsuccess = () => {
        const found = revisionOf(current.result);
        if (expected !== undefined && found !== expected) {
          failure = new StorageConflictError(
            `another tab stored revision ${found} of "${this.database}" after this one read revision ${expected}; nothing was written`,
            found,
          );
          transaction.abort();
          return;
        }
        next = found + 1;
        try {
          store.clear();
          store.put(record(next), KEY);
        } catch (error) {
          failure = error instanceof Error ? error : new Error(String(error));
          transaction.abort();
        }
      };
      transaction.oncomplete = () => resolve(next);
      transaction.onabort = () => reject(failure ?? transaction.error ?? new Error(`writing "${this.database}" was aborted`));
    });
  }

  private open(): Promise<IDBDatabase> {
    if (this.connection) return this.connection;
    const connection = new Promise<IDBDatabase>((resolve, reject) => {
      if (typeof indexedDB === 'undefined') {
        reject(noIndexedDb());
        return;
      }
      const request = indexedDB.open(this.database, SCHEMA_VERSION);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
      };
      request.onsuccess = () => {
        const db = request.result;
        // Another page wants to upgrade or delete the database: let it, and reopen on next use.
        db.onversionchange = () => {
          db.close();
          if (this.connection === connection) this.connection = undefined;
        };
        db.onclose = () => {
          if (this.connection === connection) this.connection = undefined;
        };
        resolve(db);
      };
      request.onerror = () => reject(request.error ?? new Error(`could not open the IndexedDB database "${this.database}"`));
    });
    this.connection = connection;
    connection.catch(() => {
      if (this.connection === connection) this.connection = undefined;
    });
    return connection;
  }
}
