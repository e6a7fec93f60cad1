import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Result } from '../../../domain/errors.js';
import type { KrErrorDetail } from '../../../internal/events.js';
import { emptyPortfolio } from '../../../domain/portfolio.js';
import type { Person, Portfolio } from '../../../domain/types.js';
import { describeError } from '../../../internal/kr-element.js';
import { refusal } from '../model/refusal.js';
import { holdsNothing, readStored } from '../model/stored-document.js';
import type { ProviderStatus } from '../strings/index.js';
import { GuardedAdapter, storageFailure } from './guarded-adapter.js';
import { OwnAdapters, type StorageChoice } from './own-adapters.js';
import { EarlySource } from './early-source.js';
import { GoalDrafts } from './goal-drafts.js';
import { readSource, requestSource, SourceStatusError } from './portfolio-reading.js';
import { NewerVersion, type NewerVersionTarget, type StoreState } from './newer-version.js';
import { MemoryAdapter } from './memory-adapter.js';
import { takeInUnsavedCopies } from './restore-copies.js';
import { isStorageConflict } from './storage-adapter.js';
import { failedLoadStatus, failedSaveStatus, failureKind } from './storage-failures.js';
import { UnsavedChanges } from './unsaved-changes.js';
import { keepsUnsavedCopies } from './unsaved-copies.js';

/** Conflicts in a row that are merged and saved again at once; after that, saving again waits like a retry. */
const MAX_CONFLICTS_IN_ROW = 8;

/** What persistence reads and changes on the provider. */
export interface PersistenceTarget extends NewerVersionTarget {
  src(): string | undefined;
  /** Where the data are kept, as the provider's attributes and properties say. */
  storageChoice(): StorageChoice;
  /** The people of the first document at `src` while the rest of it is read (see `readSource`); `undefined` once it is read or withdrawn. */
  arriving(people: readonly Person[] | undefined): void;
  /** The time limit of one storage call, in milliseconds. */
  timeLimit(): number;
}

/** How the page replaced the state: the `portfolio` property or `importPortfolio()`. */
export type Replacement = 'portfolio' | 'import';

/** A storage problem that lasts until reading (`load`) or saving (`save`, also ending a failed read) works again. */
interface Trouble {
  status: ProviderStatus;
  from: 'load' | 'save';
}

/**
 * Loads the provider's portfolio (storage, else `src`, else empty), saves every change as a whole
 * document (one storage operation at a time, each with a time limit; failed saves retried with
 * backoff), loads what other tabs stored and merges this tab's unsaved changes onto it, and
 * clears the store.
 */
export class Persistence implements ReactiveController {
  private readonly own = new OwnAdapters();
  private adapter: GuardedAdapter | undefined;
  /** Increments whenever the adapter changes, so late results of the old one are dropped. */
  private session = 0;
  private isLoaded = false;
  /** The page set or imported a portfolio before the first load finished: it wins over stored data. */
  private replacedBy: Replacement | undefined;
  /** The document at `src` of the last start, requested (and read) while the storage is asked. */
  private early: EarlySource | undefined;
  /** The `src` the state started from or was last loaded from: the same `src` again is no change. */
  private source: string | undefined;
  private readonly store: StoreState = { base: undefined, used: false, blocked: false };
  private readonly changes = new UnsavedChanges(() => this.flush());
  private readonly newer = new NewerVersion(this.target, this.store, this.changes, {
    read: (stored) => this.read(stored),
    save: () => this.queueSave(),
    unmergeable: (failed) => {
      if (failed) this.troubled(failed);
      else if (this.lasting?.status === 'mergeFailed' || this.lasting?.status === 'movedMergeFailed') this.troubled(undefined);
    },
  });
  private saveQueued = false;
  private lasting: Trouble | undefined;
  /** Storage operations run one after another. */
  private queue: Promise<void> = Promise.resolve();
  private loadWaiters: (() => void)[] = [];
  /** The drafts of new goals: in the provider's own IndexedDB database with `storage="local"`, else in memory only. */
  readonly drafts = new GoalDrafts(this.host, {
    database: () => (this.adapter !== undefined && this.adapter.adapter === this.own.local ? this.own.local : undefined),
    loaded: () => this.isLoaded,
  });

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly target: PersistenceTarget,
  ) {
    host.addController(this);
  }

  /** The first load (storage, `src` or empty) has finished. */
  get loaded(): boolean {
    return this.isLoaded;
  }

  get hasAdapter(): boolean {
    return this.adapter !== undefined;
  }

  get loadComplete(): Promise<void> {
    if (this.isLoaded) return Promise.resolve();
    return new Promise((resolve) => this.loadWaiters.push(resolve));
  }

  /** Resolves once the queue is idle: an operation may queue more (a save replaced at the same moment merges and saves again). */
  get saveComplete(): Promise<void> {
    const queue = this.queue;
    return queue.then(() => (this.queue === queue ? undefined : this.saveComplete));
  }

  /** What the provider's notice says about the storage while it cannot be read or written; `undefined` while it works. */
  get trouble(): ProviderStatus | undefined {
    return this.lasting?.status;
  }

  /** A failed read does not hide a failed save: the changes not stored matter more. */
  private troubled(status: ProviderStatus | undefined, from: Trouble['from'] = 'save'): void {
    const now = this.lasting;
    if (status !== undefined && from === 'load' && now?.from === 'save') return;
    if (status === now?.status && (status === undefined || from === now?.from)) return;
    this.lasting = status === undefined ? undefined : { status, from };
    this.host.requestUpdate();
  }

  /** The page goes away: a change not stored yet is saved now rather than after a retry's wait. */
  private flush(): void {
    if (!this.changes.dirty) return;
    this.changes.cancelRetry();
    this.queueSave();
  }

  /** The state changed and is to be stored. */
  changed(): void {
    this.changes.changed();
    this.keepLocally();
    this.queueSave();
  }

  /** An adapter that keeps changes in this browser until they are stored (`storage="http"`) gets each state at once. */
  private keepLocally(): void {
    const adapter = this.adapter?.adapter;
    if (keepsUnsavedCopies(adapter)) adapter.keep(this.changes.dirty ? this.target.portfolio() : undefined);
  }

  /** The page replaced the state: wins over a load still running, and may overwrite unreadable stored data. */
  replaced(by: Replacement): void {
    if (!this.isLoaded) this.replacedBy = by;
    this.store.blocked = false;
  }

  /** Announces `status` once the latest change is stored (never before). */
  announceWhenStored(status: ProviderStatus): void {
    this.changes.announceWhenStored(status);
  }

  /** Whether the portfolio is loaded and kept beyond this page (not in memory only). */
  get keepsData(): boolean {
    return this.isLoaded && this.adapter !== undefined && !(this.adapter.adapter instanceof MemoryAdapter);
  }

  /**
   * Starts using the adapter `choice` names: the load order runs again from there (a portfolio
   * set by code is kept and stored). With `samePortfolio` (another place for the portfolio shown,
   * not another portfolio) a loaded state is kept and merged with what the new place holds.
   * Tells whether it is another adapter than before.
   */
  choose(choice: StorageChoice, samePortfolio = false): boolean {
    const picked = this.own.pick(choice);
    if (picked === this.adapter?.adapter) return false;
    const previous = this.adapter;
    if (previous) {
      previous.unwatch();
      // Whatever the old place has not stored yet goes there first.
      if (this.changes.dirty && this.isLoaded) {
        const snapshot = this.target.portfolio();
        this.changes.dirty = false;
        void this.enqueue(() => previous.save(snapshot).catch((error: unknown) => this.saveFailed(error)));
      }
      void this.enqueue(async () => previous.close());
      this.changes.dropNotice();
    }
    // Another place for the same portfolio after the first load (`local` once the user agrees, a portal's adapter after sign-in): the state is kept and merged with what the new place holds.
    const carried = samePortfolio && this.isLoaded && !holdsNothing(this.target.portfolio());
    const adapter = new GuardedAdapter(picked, this.target.timeLimit, this.target.problems);
    this.adapter = adapter;
    this.session += 1;
    if (this.isLoaded) this.replacedBy = undefined;
    this.isLoaded = false;
    this.store.blocked = false;
    this.store.used = false;
    this.store.base = undefined;
    this.changes.conflictsInRow = 0;
    this.troubled(undefined);
    this.target.problems.forget('storage', 'save', 'src');
    if (this.host.isConnected) this.watch(adapter);
    const session = this.session;
    const src = this.target.src();
    this.source = src;
    // The document of an earlier start is read no further.
    this.early?.cancel();
    const early = (this.early = src && !carried ? new EarlySource(src) : undefined);
    void this.enqueue(() => this.initialLoad(adapter, session, early, carried));
    void this.enqueue(() => this.takeInCopies(adapter, session));
    return true;
  }

  /** Changes that earlier pages left in this browser for this adapter (`storage="http"`) join the state once it is loaded. */
  private takeInCopies(adapter: GuardedAdapter, session: number): Promise<void> {
    const current = () => session === this.session && this.isLoaded && !this.replacedBy;
    const { target, store, changes, newer } = this;
    return takeInUnsavedCopies(adapter.adapter, { target, store, changes, newer, timeLimit: target.timeLimit, current, save: () => this.queueSave() });
  }

  /**
   * `src` changed after the first load: its document replaces the state and is stored like an
   * import. The `src` the state started from, set again (a framework that renders the attribute
   * anew), is no change.
   */
  sourceChanged(): void {
    const src = this.target.src();
    if (src === this.source) return;
    this.source = src;
    // The document of the old `src`, read while the storage is asked, is read no further.
    if (this.early && this.early.src !== src) this.early.cancel();
    if (!this.isLoaded || !src) return;
    const session = this.session;
    void this.enqueue(() => this.loadSource(session, true));
  }

  /** Deletes everything stored and empties the portfolio; rejects when the store could not be cleared. */
  async clear(choice: StorageChoice): Promise<void> {
    const adapter = this.adapter ?? new GuardedAdapter(this.own.pick(choice), this.target.timeLimit, this.target.problems);
    // Drafts of new goals go too: those in memory now, those in the database with the portfolio (`IndexedDbAdapter.clear`).
    this.drafts.clear();
    await this.enqueue(async () => {
      this.changes.cancelRetry();
      try {
        await adapter.clear();
      } catch (error) {
        this.target.problems.fail(storageFailure(error, 'clear-failed', 'the stored data could not be deleted', 'clear'));
        throw error;
      }
      this.changes.settled();
      this.store.blocked = false;
      this.store.used = false;
      this.store.base = emptyPortfolio();
      this.troubled(undefined);
      this.target.problems.forget('storage', 'save');
      this.target.erased();
      this.target.commit(this.store.base, 'clear', false);
      this.target.announce('cleared');
    });
  }

  hostConnected(): void {
    const adapter = this.adapter;
    // The first load starts in the host's first update (see `KompetenzProvider.waitsForTexts`).
    if (!adapter) return;
    // Back on the page after a move: listen again and catch up with what other tabs stored meanwhile.
    if (adapter.watching) return;
    this.watch(adapter);
    // With a change not stored yet, saving comes first: its revision check tells whether another tab wrote meanwhile.
    if (this.changes.dirty) this.queueSave();
    else if (this.isLoaded) void this.enqueue(() => this.reload(adapter));
  }

  hostDisconnected(): void {
    const adapter = this.adapter;
    adapter?.unwatch();
    this.changes.cancelRetry();
    if (this.changes.dirty) this.queueSave();
    void this.enqueue(async () => {
      if (this.host.isConnected) return;
      adapter?.close();
      if (keepsUnsavedCopies(adapter?.adapter)) this.changes.leftPage();
    });
  }

  private enqueue(operation: () => Promise<void>): Promise<void> {
    const run = this.queue.then(operation);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private watch(adapter: GuardedAdapter): void {
    adapter.watch(() => {
      void this.enqueue(() => this.reload(adapter));
    });
  }

  /** The stored document as a portfolio; reports it and blocks automatic saves when it cannot be read. */
  private read(stored: unknown): Portfolio | undefined {
    const unreadable = 'the stored data is not a valid portfolio and is kept untouched';
    let result: Result<Portfolio>;
    try {
      result = readStored(stored);
    } catch (error) {
      return this.blockStorage(storageFailure(error, 'storage-invalid', unreadable));
    }
    return result.ok ? result.value : this.blockStorage(refusal('storage-invalid', 'storage', result.errors, `${unreadable}: `));
  }

  private blockStorage(problem: KrErrorDetail): undefined {
    this.store.blocked = true;
    this.troubled('loadFailed', 'load');
    this.target.problems.report('storage', problem);
    return undefined;
  }

  /** `carried`: the state of the adapter before stays and is merged with what this one holds (`src` is not read). */
  private async initialLoad(adapter: GuardedAdapter, session: number, early: EarlySource | undefined, carried = false): Promise<void> {
    let stored: unknown;
    try {
      stored = await adapter.load();
    } catch (error) {
      if (session === this.session) {
        this.target.problems.report('storage', storageFailure(error, 'storage-load', 'the stored data could not be read'));
        this.troubled(failedLoadStatus(error), 'load');
      }
    }
    if (session !== this.session) {
      early?.cancel();
      return;
    }
    if (carried && !this.replacedBy) {
      this.finishLoad();
      // Nothing in common with the new place's data: a two-way merge, conflicts offered (`NewerVersion`).
      this.store.base = undefined;
      this.changes.dirty = true;
      if (stored != null) this.newer.take(stored, true);
      else this.queueSave();
      return;
    }
    if (this.replacedBy) {
      early?.cancel();
      if (stored != null && this.replacedBy === 'portfolio') this.reportReplacedStoredData();
      this.finishLoad();
      this.queueSave();
      return;
    }
    if (stored != null) {
      const loaded = this.read(stored);
      if (loaded) {
        early?.cancel();
        this.store.used = true;
        this.store.base = loaded;
        this.finishLoad();
        this.target.commit(loaded, 'load', false);
        return;
      }
    }
    if (this.target.src()) await this.loadStartSource(session, early);
    else early?.cancel();
    if (session !== this.session) return;
    const fromSource = this.isLoaded;
    this.finishLoad();
    if (!fromSource && !this.replacedBy) this.target.commit(this.target.portfolio(), 'load', false);
    // Not stored: other tabs that start from the same `src` (or empty) share it as the base of a merge.
    if (!this.replacedBy) this.store.base ??= this.target.portfolio();
    if (this.changes.dirty) this.queueSave();
  }

  private reportReplacedStoredData(): void {
    this.target.problems.fail({
      code: 'stored-data-replaced',
      message:
        'portfolio was set before the stored data was loaded, so it replaces the stored data; to keep stored data, await loadComplete first and set portfolio only when it should be replaced',
      source: 'portfolio',
    });
  }

  private finishLoad(): void {
    this.isLoaded = true;
    const waiters = this.loadWaiters;
    this.loadWaiters = [];
    waiters.forEach((resolve) => resolve());
    this.host.requestUpdate();
  }

  /** The document at `src` as the starting state; when `src` changed while it was read, the new one instead. */
  private async loadStartSource(session: number, early: EarlySource | undefined): Promise<void> {
    for (let src = this.target.src(); src; early = undefined) {
      await this.loadSource(session, false, early);
      const now = this.target.src();
      if (session !== this.session || this.isLoaded || now === src) return;
      src = now;
    }
  }

  /**
   * Loads the document at `src`. At start (`store` false) it becomes the state without being
   * stored; a later change of `src` replaces the state and is stored like an import.
   */
  private async loadSource(session: number, store: boolean, early?: EarlySource): Promise<void> {
    const src = this.target.src();
    if (early && early.src !== src) early.cancel();
    if (!src) return;
    try {
      await this.readSourceDocument(src, session, store, early);
    } finally {
      if (early && this.early === early) this.early = undefined;
      // In the same task as the document's commit: the early people are never shown without it after them.
      this.target.arriving(undefined);
    }
  }

  private async readSourceDocument(src: string, session: number, store: boolean, early?: EarlySource): Promise<void> {
    const current = () => session === this.session && src === this.target.src() && !(this.replacedBy && !store);
    // Only the first document's people are shown early: a later one replaces people already shown.
    const offer = store
      ? undefined
      : (people: readonly Person[] | undefined) => {
          if (current()) this.target.arriving(people);
        };
    let result: Result<Portfolio>;
    try {
      result = await (early?.src === src ? early.use(offer) : readSource(await requestSource(src), offer));
    } catch (error) {
      // A document no longer wanted (a new `src`, a new start) ends without a report: its reading was cancelled.
      const status = error instanceof SourceStatusError ? { params: { status: error.status } } : {};
      if (current()) this.target.problems.report('src', { code: 'src-load', message: `src: "${src}" could not be loaded: ${describeError(error)}`, source: 'src', ...status });
      return;
    }
    if (!current()) return;
    if (!result.ok) {
      this.target.problems.report('src', refusal('src-invalid', 'src', result.errors, `src: "${src}" is not a valid portfolio: `), result.errors);
      return;
    }
    if (!store) this.finishLoad();
    this.target.commit(result.value, 'load', store);
  }

  private queueSave(): void {
    if (this.saveQueued || !this.adapter) return;
    this.saveQueued = true;
    void this.enqueue(() => this.saveNow());
  }

  private saveFailed(error: unknown): void {
    this.target.problems.report('save', storageFailure(error, 'save-failed', 'the portfolio could not be saved and is kept to be saved again'));
  }

  private async saveNow(): Promise<void> {
    this.saveQueued = false;
    const adapter = this.adapter;
    const changes = this.changes;
    if (!adapter || !changes.dirty || !this.isLoaded || this.store.blocked) return;
    const snapshot = this.target.portfolio();
    const generation = changes.generation;
    changes.inFlight = true;
    changes.dirty = false;
    try {
      await adapter.save(snapshot);
    } catch (error) {
      if (adapter !== this.adapter) return;
      // Stays marked as unsaved until it is stored.
      changes.dirty = true;
      if (isStorageConflict(error) && (changes.conflictsInRow += 1) <= MAX_CONFLICTS_IN_ROW) {
        await this.reload(adapter);
        return;
      }
      changes.failedSaves += 1;
      if (isStorageConflict(error)) {
        // Someone writes without pause: merge onto their latest after a wait, like a retry.
        this.retry(() => void this.enqueue(() => this.reload(adapter)));
        return;
      }
      this.saveFailed(error);
      this.troubled(failedSaveStatus(error));
      this.retryAfter(error, () => this.queueSave());
      return;
    } finally {
      changes.inFlight = false;
    }
    this.store.used = true;
    this.store.base = snapshot;
    this.troubled(undefined);
    this.target.problems.forget('storage', 'save');
    const status = changes.stored(generation);
    if (status) this.target.announce(status);
  }

  private retry(again: () => void, longest = false): void {
    if (this.host.isConnected) this.changes.retry(again, longest);
  }

  /** Tries `again` later as far as `error` leaves hope: never by itself while the storage is blocked (a new change still tries), slowly while it is full. */
  private retryAfter(error: unknown, again: () => void): void {
    const kind = failureKind(error);
    if (kind !== 'blocked') this.retry(again, kind === 'full');
  }

  /**
   * Loads what `adapter` holds now, after another tab or client stored it, and takes it in (a
   * change not stored yet is merged onto it: `NewerVersion`).
   */
  private async reload(adapter: GuardedAdapter): Promise<void> {
    let stored: unknown;
    try {
      stored = await adapter.load();
    } catch (error) {
      this.target.problems.report('storage', storageFailure(error, 'storage-load', 'the newer stored data could not be read'));
      if (adapter !== this.adapter) return;
      this.troubled(failedLoadStatus(error), 'load');
      // A change that was to be merged onto it is tried again after a backoff, not only with the next change.
      if (this.changes.dirty) {
        this.changes.failedSaves += 1;
        this.retryAfter(error, () => this.queueSave());
      }
      return;
    }
    if (adapter !== this.adapter) return;
    if (this.lasting?.from === 'load') this.troubled(undefined);
    if (stored == null && !this.store.used) {
      // Nothing stored before, nothing now (the provider may only have moved in the page): a change still waits to be saved.
      if (this.changes.dirty) this.queueSave();
      return;
    }
    // Another tab deleted everything: the drafts of new goals held here go too.
    if (stored == null) this.drafts.clear();
    this.newer.take(stored);
    this.keepLocally();
  }
}

