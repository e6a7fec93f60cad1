import { StorageTimeoutError } from './storage-adapter.js';

/** The longest a storage call may take by default. */
export const DEFAULT_STORAGE_TIMEOUT_MS = 10_000;
/** The longest time limit: the longest delay `setTimeout` keeps (about 24.8 days); a longer one would fire at once. */
export const MAX_STORAGE_TIMEOUT_MS = 2_147_483_647;

/** A usable time limit: a number of milliseconds above 0 and at most `MAX_STORAGE_TIMEOUT_MS`. */
export function isTimeLimit(value: unknown): value is number {
  return typeof value === 'number' && value > 0 && value <= MAX_STORAGE_TIMEOUT_MS;
}

/** The time limit `ms` when it is usable, else the default (the provider reports an unusable `storageTimeout`). */
export function timeLimitOf(ms: unknown): number {
  return isTimeLimit(ms) ? ms : DEFAULT_STORAGE_TIMEOUT_MS;
}

/**
 * Runs one storage call: its answer, or a `StorageTimeoutError` once `ms` have passed without
 * one. A call that throws instead of returning a promise rejects the same way.
 */
export function withTimeLimit<T>(operation: string, ms: number, call: () => Promise<T>): Promise<T> {
  let pending: Promise<T>;
  try {
    pending = Promise.resolve(call());
  } catch (error) {
    return Promise.reject(error);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StorageTimeoutError(operation, ms)), ms);
  });
  const stop = () => clearTimeout(timer);
  pending.then(stop, stop);
  return Promise.race([pending, expired]);
}
