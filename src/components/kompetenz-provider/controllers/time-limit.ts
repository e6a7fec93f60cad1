import { StorageTimeoutError } from './storage-adapter.js';

/** The longest a storage call may take by default. */
export const DEFAULT_STORAGE_TIMEOUT_MS = 10_000;
const MAX_TIMEOUT_MS = 2_147_483_647;

/** A usable time limit: a positive number of milliseconds, else the default. */
export function timeLimitOf(ms: number): number {
  return Number.isFinite(ms) && ms > 0 ? Math.min(ms, MAX_TIMEOUT_MS) : DEFAULT_STORAGE_TIMEOUT_MS;
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
