import type { Portfolio } from '../../../domain/types.js';
import type { KrErrorDetail } from '../../../internal/events.js';
import { describeError } from '../../../internal/kr-element.js';
import type { ProblemLog } from './problem-log.js';
import { isStorageTimeout, type StorageAdapter } from './storage-adapter.js';
import { storageFailureCode } from './storage-failures.js';
import { timeLimitOf, withTimeLimit } from './time-limit.js';

/** Codes that a more precise one from the adapter's error replaces (`STORAGE_FAILURE_CODES`): a failed load or save. */
const REFINED = new Set(['storage-load', 'save-failed']);

/**
 * The `kr-error` for a failed storage call: `storage-timeout` when it did not answer in time; for a
 * failed load or save, the adapter's own code when its error names one of `STORAGE_FAILURE_CODES`
 * (`storage-offline` …); else `code`.
 */
export function storageFailure(error: unknown, code: string, what: string, source = 'storage'): KrErrorDetail {
  const refined = REFINED.has(code) ? storageFailureCode(error) : undefined;
  return { code: isStorageTimeout(error) ? 'storage-timeout' : (refined ?? code), message: `${what}: ${describeError(error)}`, source };
}

/**
 * The calls of one adapter as the provider makes them: `load`, `save` and `clear` with a time
 * limit (`StorageTimeoutError`); `watch`, its stop function and `close` report a throw as
 * `kr-error` instead of throwing into the provider.
 */
export class GuardedAdapter {
  private stopWatching: (() => void) | undefined;

  constructor(
    readonly adapter: StorageAdapter,
    private readonly timeLimit: () => number,
    private readonly problems: ProblemLog,
  ) {}

  get watching(): boolean {
    return this.stopWatching !== undefined;
  }

  load(): Promise<unknown> {
    return this.call('load', () => this.adapter.load());
  }

  save(portfolio: Portfolio): Promise<void> {
    return this.call('save', () => this.adapter.save(portfolio));
  }

  clear(): Promise<void> {
    return this.call('clear', () => this.adapter.clear());
  }

  watch(onExternalChange: () => void): void {
    this.guard('storage-watch', 'changes stored elsewhere cannot be followed', () => {
      const stop = this.adapter.watch?.(onExternalChange);
      this.stopWatching = typeof stop === 'function' ? stop : undefined;
    });
  }

  unwatch(): void {
    const stop = this.stopWatching;
    this.stopWatching = undefined;
    if (stop) this.guard('storage-watch', 'following changes stored elsewhere could not be stopped', stop);
  }

  close(): void {
    this.guard('storage-close', 'the storage could not be closed', () => this.adapter.close?.());
  }

  private call<T>(operation: string, run: () => Promise<T>): Promise<T> {
    return withTimeLimit(operation, timeLimitOf(this.timeLimit()), run);
  }

  private guard(code: string, what: string, run: () => void): void {
    try {
      run();
    } catch (error) {
      this.problems.report('storage', storageFailure(error, code, what));
    }
  }
}
