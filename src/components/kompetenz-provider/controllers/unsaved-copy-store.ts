import type { Portfolio } from '../../../domain/types.js';
import { DEFAULT_UNSAVED_DATABASE } from './unsaved-copies.js';
import { noIndexedDb } from './storage-failures.js';

const STORE = 'copies';
const SCHEMA_VERSION = 1;

/** One record of the store: a page's (`writer`) latest unsaved state of one document (`scope`). */
export interface UnsavedRecord {
  scope: string;
  writer: string;
  /** Grows with every record a writer writes, so that only the record a save stored is deleted. */
  stamp: number;
  savedAt: string;
  portfolio: Portfolio;
  base: string | null | undefined;
}

/** A record that is done with: delete it unless it was written again since `stamp`. */
export interface SettledRecord {
  writer: string;
  stamp: number;
}

/**
 * The IndexedDB store of unsaved copies: one record per page (`writer`) and document (`scope`),
 * so that pages never overwrite each other's copies. Each write is one transaction with strict
 * durability.
 */
export class UnsavedCopyStore {
  private connection: Promise<IDBDatabase> | undefined;

  constructor(readonly database: string = DEFAULT_UNSAVED_DATABASE) {}

  async put(record: UnsavedRecord): Promise<void> {
    await this.transaction('readwrite', (store) => void store.put(record));
  }

  /** The records of `scope`, oldest first. */
  async list(scope: string): Promise<UnsavedRecord[]> {
    let found: UnsavedRecord[] = [];
    await this.transaction('readonly', (store) => {
      const request = store.index('scope').getAll(scope);
      request.onsuccess = () => {
        found = request.result as UnsavedRecord[];
      };
    });
    return found.sort((a, b) => a.savedAt.localeCompare(b.savedAt) || a.writer.localeCompare(b.writer));
  }

  /**
   * After a save stored `done` (or nothing waits any more): deletes each of these records that was
   * not written again since; `own`'s record, if written again since, now has the saved text as its base.
   */
  async settle(scope: string, done: readonly SettledRecord[], own?: { writer: string; base: string }): Promise<void> {
    await this.transaction('readwrite', (store) => {
      for (const { writer, stamp } of done) {
        const request = store.get([scope, writer]);
        request.onsuccess = () => {
          const record = request.result as UnsavedRecord | undefined;
          if (!record) return;
          if (record.stamp <= stamp) store.delete([scope, writer]);
          else if (own && writer === own.writer) store.put({ ...record, base: own.base });
        };
      }
    });
  }

  /** Deletes every record of `scope`. */
  async clear(scope: string): Promise<void> {
    await this.transaction('readwrite', (store) => {
      const request = store.index('scope').getAllKeys(scope);
      request.onsuccess = () => request.result.forEach((key) => store.delete(key));
    });
  }

  close(): void {
    const connection = this.connection;
    this.connection = undefined;
    connection?.then((db) => db.close(), () => undefined);
  }

  private async transaction(mode: IDBTransactionMode, work: (store: IDBObjectStore) => void): Promise<void> {
    const db = await this.open();
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode, mode === 'readwrite' ? { durability: 'strict' } : undefined);
      transaction.oncomplete = () => resolve();
      transaction.onabort = () => reject(transaction.error ?? new Error(`a transaction on "${this.database}" was aborted`));
      try {
        work(transaction.objectStore(STORE));
      } catch (error) {
        transaction.abort();
        reject(error);
      }
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
        const db = request.result;
        if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: ['scope', 'writer'] }).createIndex('scope', 'scope');
      };
      request.onsuccess = () => {
        const db = request.result;
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
