import type { ProviderStatus } from '../strings/index.js';
import { UnloadGuard } from './unload-guard.js';

/** Backoff of automatic save retries: 1 s, 2 s, 4 s … at most 30 s (a new change retries at once). */
const RETRY_BASE_MS = 1000;
const RETRY_MAX_MS = 30_000;

/**
 * The bookkeeping of changes that are not stored yet: whether there are any (and a save is on
 * its way), which change a save stored, what to announce once it is stored, the backoff of
 * retries, and the question before the page is left meanwhile (`UnloadGuard`).
 */
export class UnsavedChanges {
  /** Counts changes, so that a save knows which of them it stored. */
  generation = 0;
  /** Saves that failed since the last one that succeeded. */
  failedSaves = 0;
  /** Saves refused for a newer version since the last one that succeeded. */
  conflictsInRow = 0;
  private pending = false;
  private saving = false;
  /** A status to announce once the change of `generation` is stored. */
  private notice: { status: ProviderStatus; generation: number } | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly guard: UnloadGuard;

  /** `flush`: save now, the page goes away. */
  constructor(flush: () => void) {
    this.guard = new UnloadGuard(flush);
  }

  /** The state has changes that are not stored yet. */
  get dirty(): boolean {
    return this.pending;
  }

  set dirty(dirty: boolean) {
    this.pending = dirty;
    this.guard.pending = dirty || this.saving;
  }

  /** A save is on its way (its changes are no longer `dirty`, but not stored either). */
  set inFlight(saving: boolean) {
    this.saving = saving;
    this.guard.pending = this.pending || saving;
  }

  /**
   * The element left the page while its change waits in this browser's unsaved copies, where the
   * next provider of the document finds it: leaving the page loses nothing, so it no longer asks,
   * and `window` no longer holds the element. Saving again (back in a page) asks again.
   */
  leftPage(): void {
    this.guard.pending = false;
  }

  /** A new change. */
  changed(): void {
    this.generation += 1;
    this.dirty = true;
  }

  announceWhenStored(status: ProviderStatus): void {
    this.notice = { status, generation: this.generation };
  }

  /** What was to be announced is no longer about what will be stored. */
  dropNotice(): void {
    this.notice = undefined;
  }

  /** The save of `generation` succeeded: the status to announce now, if any. */
  stored(generation: number): ProviderStatus | undefined {
    this.cancelRetry();
    let status: ProviderStatus | undefined = this.failedSaves > 0 ? 'saved' : undefined;
    if (this.notice && generation >= this.notice.generation) {
      status = this.notice.status;
      this.notice = undefined;
    }
    this.failedSaves = 0;
    this.conflictsInRow = 0;
    return status;
  }

  /** Nothing is waiting any more (stored elsewhere, deleted or given up). */
  settled(): void {
    this.dirty = false;
    this.cancelRetry();
    this.failedSaves = 0;
    this.notice = undefined;
  }

  /** Calls `again` after the backoff of the saves failed so far (`longest`: the longest wait at once), if changes are still waiting then. */
  retry(again: () => void, longest = false): void {
    this.cancelRetry();
    const delay = longest ? RETRY_MAX_MS : Math.min(RETRY_BASE_MS * 2 ** (this.failedSaves - 1), RETRY_MAX_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.dirty) again();
    }, delay);
  }

  cancelRetry(): void {
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }
}
