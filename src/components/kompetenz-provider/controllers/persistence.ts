import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Result } from '../../../domain/errors.js';
import type { KrErrorDetail } from '../../../internal/events.js';
import { emptyPortfolio, parsePortfolio } from '../../../domain/portfolio.js';
import type { Lang, Portfolio } from '../../../domain/types.js';
import { describeError } from '../../../internal/kr-element.js';
import type { PortfolioChangeReason } from '../model/portfolio-change.js';
import { refusal } from '../model/refusal.js';
import { readStored, sameDocument } from '../model/stored-document.js';
import type { ProviderStatus } from '../strings/index.js';
import { GuardedAdapter, storageFailure } from './guarded-adapter.js';
import { OwnAdapters, type StorageChoice } from './own-adapters.js';
import type { ProblemLog } from './problem-log.js';
import { fetchSource } from './source.js';
import { isStorageConflict } from './storage-adapter.js';

/** Backoff of automatic save retries: 1 s, 2 s, 4 s … at most 30 s (a new change retries at once). */
const RETRY_BASE_MS = 1000;
const RETRY_MAX_MS = 30_000;

/** What persistence reads and changes on the provider. */
export interface PersistenceTarget {
  src(): string | undefined;
  portfolio(): Portfolio;
  lang(): Lang;
  /** The time limit of one storage call, in milliseconds. */
  timeLimit(): number;
  /** Makes `next` the state; `store`: save it like a change. */
  commit(next: Portfolio, reason: PortfolioChangeReason, store: boolean): void;
  announce(status: ProviderStatus): void;
  readonly problems: ProblemLog;
}

/** How the page replaced the state: the `portfolio` property or `importPortfolio()`. */
export type Replacement = 'portfolio' | 'import';

/**
 * Loads the provider's portfolio (storage, else `src`, else empty), saves every change as a whole
 * document (one storage operation at a time, each with a time limit; failed saves retried with
 * backoff), loads what other tabs stored (reload-newer), and clears the store.
 */
export class Persistence implements ReactiveController {
  private readonly own = new OwnAdapters();
  private adapter: GuardedAdapter | undefined;
  /** Increments whenever the adapter changes, so late results of the old one are dropped. */
  private session = 0;
  private isLoaded = false;
  /** The page set or imported a portfolio before the first load finished: it wins over stored data. */
  private replacedBy: Replacement | undefined;
  /** Stored data could not be read: automatic saves would destroy it, so they wait. */
  private storageBlocked = false;
  /** The current portfolio has changes that are not stored yet. */
  private dirty = false;
  /** The store has held this provider's data since it was last found or made empty. */
  private storeUsed = false;
  /** Counts changes, so that a save knows which of them it stored. */
  private generation = 0;
  /** A status to announce once the change of `generation` is stored. */
  private notice: { status: ProviderStatus; generation: number } | undefined;
  private saveQueued = false;
  private failedSaves = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** Storage operations run one after another. */
  private queue: Promise<void> = Promise.resolve();
  private loadWaiters: (() => void)[] = [];

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

  get saveComplete(): Promise<void> {
    return this.queue;
  }

  /** The state changed and is to be stored. */
  changed(): void {
    this.generation += 1;
    this.dirty = true;
    this.queueSave();
  }

  /** The page replaced the state: wins over a load still running, and may overwrite unreadable stored data. */
  replaced(by: Replacement): void {
    if (!this.isLoaded) this.replacedBy = by;
    this.storageBlocked = false;
  }

  /** Announces `status` once the latest change is stored (never before). */
  announceWhenStored(status: ProviderStatus): void {
    this.notice = { status, generation: this.generation };
  }

  /** Starts using the adapter `choice` names: the load order runs again from there (a portfolio set by code is kept and stored). */
  choose(choice: StorageChoice): void {
    const picked = this.own.pick(choice);
    if (picked === this.adapter?.adapter) return;
    const previous = this.adapter;
    if (previous) {
      previous.unwatch();
      // Whatever the old place has not stored yet goes there first.
      if (this.dirty && this.isLoaded) {
        const snapshot = this.target.portfolio();
        this.dirty = false;
        void this.enqueue(() => previous.save(snapshot).catch((error: unknown) => void this.saveFailed(error)));
      }
      void this.enqueue(async () => previous.close());
      this.notice = undefined;
    }
    const adapter = new GuardedAdapter(picked, this.target.timeLimit, this.target.problems);
    this.adapter = adapter;
    this.session += 1;
    if (this.isLoaded) this.replacedBy = undefined;
    this.isLoaded = false;
    this.storageBlocked = false;
    this.storeUsed = false;
    this.target.problems.forget('storage', 'save', 'src');
    if (this.host.isConnected) this.watch(adapter);
    const session = this.session;
    void this.enqueue(() => this.initialLoad(adapter, session));
  }

  /** `src` changed after the first load: its document replaces the state and is stored like an import. */
  sourceChanged(): void {
    if (!this.isLoaded || !this.target.src()) return;
    const session = this.session;
    void this.enqueue(() => this.loadSource(session, true));
  }

  /** Deletes everything stored and empties the portfolio; rejects when the store could not be cleared. */
  async clear(choice: StorageChoice): Promise<void> {
    const adapter = this.adapter ?? new GuardedAdapter(this.own.pick(choice), this.target.timeLimit, this.target.problems);
    await this.enqueue(async () => {
      this.cancelRetry();
      try {
        await adapter.clear();
      } catch (error) {
        this.target.problems.fail(storageFailure(error, 'clear-failed', 'the stored data could not be deleted', 'clear'));
        throw error;
      }
      this.dirty = false;
      this.failedSaves = 0;
      this.storageBlocked = false;
      this.storeUsed = false;
      this.notice = undefined;
      this.target.problems.forget('storage', 'save');
      this.target.commit(emptyPortfolio(), 'clear', false);
      this.target.announce('cleared');
    });
  }

  hostConnected(): void {
    // Back on the page after a move: listen again and catch up with what other tabs stored meanwhile.
    const adapter = this.adapter;
    if (!adapter || adapter.watching) return;
    this.watch(adapter);
    // With a change not stored yet, saving comes first: its revision check tells whether another tab wrote meanwhile.
    if (this.dirty) this.queueSave();
    else if (this.isLoaded) void this.enqueue(() => this.reload(adapter));
  }

  hostDisconnected(): void {
    const adapter = this.adapter;
    adapter?.unwatch();
    this.cancelRetry();
    if (this.dirty) this.queueSave();
    void this.enqueue(async () => {
      if (!this.host.isConnected) adapter?.close();
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
    return result.ok ? result.value : this.blockStorage(refusal('storage-invalid', 'storage', result.errors, this.target.lang(), `${unreadable}: `));
  }

  private blockStorage(problem: KrErrorDetail): undefined {
    this.storageBlocked = true;
    this.target.problems.report('storage', problem);
    return undefined;
  }

  private async initialLoad(adapter: GuardedAdapter, session: number): Promise<void> {
    let stored: unknown;
    try {
      stored = await adapter.load();
    } catch (error) {
      if (session === this.session) {
        this.target.problems.report('storage', storageFailure(error, 'storage-load', 'the stored data could not be read'));
        this.target.announce('loadFailed');
      }
    }
    if (session !== this.session) return;
    if (this.replacedBy) {
      if (stored != null && this.replacedBy === 'portfolio') this.reportReplacedStoredData();
      this.finishLoad();
      this.queueSave();
      return;
    }
    if (stored != null) {
      const loaded = this.read(stored);
      if (loaded) {
        this.storeUsed = true;
        this.finishLoad();
        this.target.commit(loaded, 'load', false);
        return;
      }
      this.target.announce('loadFailed');
    }
    if (this.target.src()) await this.loadSource(session, false);
    if (session !== this.session) return;
    const fromSource = this.isLoaded;
    this.finishLoad();
    if (!fromSource && !this.replacedBy) this.target.commit(this.target.portfolio(), 'load', false);
    else if (this.dirty) this.queueSave();
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

  /**
   * Loads the document at `src`. At start (`store` false) it becomes the state without being
   * stored; a later change of `src` replaces the state and is stored like an import.
   */
  private async loadSource(session: number, store: boolean): Promise<void> {
    const src = this.target.src();
    if (!src) return;
    let text: string;
    try {
      text = await fetchSource(src);
    } catch (error) {
      if (session === this.session) this.target.problems.report('src', { code: 'src-load', message: `src: "${src}" could not be loaded: ${describeError(error)}`, source: 'src' });
      return;
    }
    if (session !== this.session || src !== this.target.src() || (this.replacedBy && !store)) return;
    const result = parsePortfolio(text);
    if (!result.ok) {
      this.target.problems.report('src', refusal('src-invalid', 'src', result.errors, this.target.lang(), `src: "${src}" is not a valid portfolio: `));
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

  private saveFailed(error: unknown): boolean {
    return this.target.problems.report('save', storageFailure(error, 'save-failed', 'the portfolio could not be saved and is kept to be saved again'));
  }

  private async saveNow(): Promise<void> {
    this.saveQueued = false;
    const adapter = this.adapter;
    if (!adapter || !this.dirty || !this.isLoaded || this.storageBlocked) return;
    const snapshot = this.target.portfolio();
    const generation = this.generation;
    this.dirty = false;
    try {
      await adapter.save(snapshot);
    } catch (error) {
      if (adapter !== this.adapter) return;
      // Stays marked as unsaved until it is stored, or the newer state of a conflict has actually been loaded.
      this.dirty = true;
      if (isStorageConflict(error)) {
        await this.reload(adapter);
        return;
      }
      this.failedSaves += 1;
      if (this.saveFailed(error)) this.target.announce('saveFailed');
      this.scheduleRetry();
      return;
    }
    this.cancelRetry();
    this.storeUsed = true;
    this.target.problems.forget('storage', 'save');
    let status: ProviderStatus | undefined = this.failedSaves > 0 ? 'saved' : undefined;
    if (this.notice && generation >= this.notice.generation) {
      status = this.notice.status;
      this.notice = undefined;
    }
    if (status) this.target.announce(status);
    this.failedSaves = 0;
  }

  private scheduleRetry(): void {
    this.cancelRetry();
    if (!this.host.isConnected) return;
    const delay = Math.min(RETRY_BASE_MS * 2 ** (this.failedSaves - 1), RETRY_MAX_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.dirty) this.queueSave();
    }, delay);
  }

  private cancelRetry(): void {
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  /**
   * Loads what `adapter` holds now, after another tab stored it. A change of this tab that is not
   * stored yet is given up for the newer state (reload-newer) and reported as `conflict`.
   */
  private async reload(adapter: GuardedAdapter): Promise<void> {
    let stored: unknown;
    try {
      stored = await adapter.load();
    } catch (error) {
      this.target.problems.report('storage', storageFailure(error, 'storage-load', 'the newer stored data could not be read'));
      return;
    }
    if (adapter !== this.adapter) return;
    // A store that was empty all along has not changed (the provider may only have moved in the page).
    if (stored == null && !this.storeUsed && !this.dirty) return;
    const next = stored == null ? emptyPortfolio() : this.read(stored);
    if (!next) return;
    this.storeUsed = stored != null;
    const problems = this.target.problems;
    problems.forget('storage');
    const lostLocalChanges = this.dirty;
    if (lostLocalChanges) {
      this.dirty = false;
      this.cancelRetry();
      this.failedSaves = 0;
      this.notice = undefined;
      problems.forget('save');
      problems.fail({
        code: 'conflict',
        message: 'another tab saved a newer version while this one had a change that was not saved yet; that change was not saved and the newer version was loaded',
        source: 'storage',
      });
    }
    this.storageBlocked = false;
    if (sameDocument(next, this.target.portfolio())) return;
    this.target.commit(next, 'external', false);
    this.target.announce(lostLocalChanges ? 'conflict' : 'external');
  }
}
