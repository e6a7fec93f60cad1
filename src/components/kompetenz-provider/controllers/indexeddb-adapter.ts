import type { Portfolio } from '../../../domain/types.js';
import { StorageConflictError, type StorageAdapter } from './storage-adapter.js';
import { TabSync } from './tab-sync.js';
import { noIndexedDb } from './storage-failures.js';

/** The database a provider with `storage="local"` uses unless its `store-name` says otherwise. */
export const DEFAULT_STORE_NAME = 'kompetenzrad';

const STORE = 'documents';
const KEY = 'portfolio';
/** Beside the portfolio, in the same store: the drafts of new goals (`GoalDrafts`), per person; no revision, last write wins. */
const DRAFTS_KEY = 'drafts';
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
  private drafts: ReadonlyMap<string, unknown> | undefined;
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

  /** The drafts of new goals the last `load()` found beside the portfolio (a stored value that is no `Map` counts as none). */
  get storedDrafts(): ReadonlyMap<string, unknown> | undefined {
    return this.drafts;
  }

  async load(): Promise<unknown> {
    const db = await this.open();
    const [record, drafts] = await new Promise<unknown[]>((resolve, reject) => {
      const transaction = db.transaction(STORE, 'readonly');
      const store = transaction.objectStore(STORE);
      const requests = [store.get(KEY), store.get(DRAFTS_KEY)];
      transaction.oncomplete = () => resolve(requests.map((request) => request.result as unknown));
      transaction.onabort = () => reject(transaction.error ?? new Error(`reading "${this.database}" was aborted`));
    });
    this.drafts = drafts instanceof Map ? (drafts as Map<string, unknown>) : undefined;
    this.revision = revisionOf(record);
    const portfolio = typeof record === 'object' && record !== null ? (record as StoredRecord).portfolio : undefined;
    return portfolio ?? undefined;
  }

  async save(portfolio: Portfolio): Promise<void> {
    this.revision = await this.write(this.revision, (revision) => ({ revision, savedAt: new Date().toISOString(), portfolio }));
    this.sync.announce(this.revision);
  }

  async clear(): Promise<void> {
    // Clearing is never refused: whatever another tab stored is deleted as well, the drafts of new goals too.
    this.revision = await this.write(undefined, (revision) => ({ revision, savedAt: new Date().toISOString() }));
    this.drafts = undefined;
    this.sync.announce(this.revision);
  }

  /**
   * Applies `changes` (person id → draft; `undefined` deletes) to the drafts of new goals stored beside the
   * portfolio, in one transaction. No revision and no announcement: the last write wins, but not
   * over a deletion of everything (`clear()` in another tab) this adapter has not loaded yet.
   */
  async writeDrafts(changes: ReadonlyMap<string, unknown>): Promise<void> {
    const db = await this.open();
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction(STORE, 'readwrite');
      const store = transaction.objectStore(STORE);
      const record = store.get(KEY);
      const current = store.get(DRAFTS_KEY);
      current.onsuccess = () => {
        const stored = record.result as StoredRecord | undefined;
        const cleared = stored !== undefined && stored.portfolio === undefined && revisionOf(stored) > this.revision;
        if (cleared) return;
        const drafts = new Map(current.result instanceof Map ? (current.result as Map<string, unknown>) : []);
        changes.forEach((draft, personId) => (draft === undefined ? drafts.delete(personId) : drafts.set(personId, draft)));
        if (drafts.size === 0) store.delete(DRAFTS_KEY);
        else store.put(drafts, DRAFTS_KEY);
      };
      transaction.oncomplete = () => resolve();
      transaction.onabort = () => reject(transaction.error ?? new Error(`writing drafts to "${this.database}" was aborted`));
    });
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
   * One read-write transaction: checks the stored revision (unless `expected` is undefined: a
   * clear, which empties the whole store, drafts included), writes `record(next revision)`, and
   * resolves with that revision once the transaction is complete.
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
          if (expected === undefined) store.clear();
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
