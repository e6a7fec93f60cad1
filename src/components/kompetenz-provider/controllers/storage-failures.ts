import type { ProviderStatus } from '../strings/index.js';

/**
 * The more precise codes a failed `load()` or `save()` may report instead of `storage-load` and
 * `save-failed`: the adapter's error carries one as its `code` (`StorageFailure`, or any error
 * with such a code, also from a portal's adapter). `storage="http"` uses them for what the server
 * answered.
 */
export const STORAGE_FAILURE_CODES = [
  /** The server asks for a sign-in (HTTP 401, or a redirect, usually to a sign-in page). */
  'storage-unauthorized',
  /** The server does not allow it (HTTP 403). */
  'storage-forbidden',
  /** There is no place for the document at that address (HTTP 404, 410; 409 for a PUT into a missing WebDAV folder). */
  'storage-not-found',
  /** The server failed (HTTP 5xx). */
  'storage-server-error',
  /** The server could not be reached (no network, or it is down without a proxy in front). */
  'storage-offline',
  /** Any other refusal (HTTP 405, 413, 423 …). */
  'storage-refused',
  /** The server sends no strong `ETag`, so a save could overwrite someone else's change; it is not sent. */
  'storage-no-etag',
  /** `storage="http"` and `src` names another origin: only the page's own server is used. */
  'storage-cross-origin',
  /** `storage="http"` without `src`. */
  'storage-no-src',
] as const;

export type StorageFailureCode = (typeof STORAGE_FAILURE_CODES)[number];

/** A storage call that failed for a reason named by `code`. */
export class StorageFailure extends Error {
  constructor(
    readonly code: StorageFailureCode,
    message: string,
    /** The HTTP status, when a server answered. */
    readonly status?: number,
    /** Why the change could not be kept in this browser either (`storage="http"`), when that failed too. */
    readonly localFailure?: unknown,
  ) {
    super(message);
    this.name = 'StorageFailure';
  }
}

/** The code of `error` when it is one of `STORAGE_FAILURE_CODES`, also from another copy of the library or a portal's adapter. */
export function storageFailureCode(error: unknown): StorageFailureCode | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return (STORAGE_FAILURE_CODES as readonly unknown[]).includes(code) ? (code as StorageFailureCode) : undefined;
}

/**
 * How long a failure of the storage lasts: `blocked` for as long as the page is open (storage
 * switched off by the browser's settings or a private window, or not there at all) or keeps its
 * settings (`storage="http"` without `src`, or with one on another origin), `full` until space is
 * freed, `passing` when trying again may help.
 */
export type FailureKind = 'blocked' | 'full' | 'passing';

/** The names IndexedDB gives to a storage the page may not use at all (Chrome with storage blocked, Firefox's private windows, no IndexedDB). */
const BLOCKED = new Set(['SecurityError', 'InvalidStateError', 'NotSupportedError']);

/** The error of a browser without IndexedDB: blocked, as one whose IndexedDB is switched off. */
export const noIndexedDb = (): DOMException => new DOMException('IndexedDB is not available in this browser', 'NotSupportedError');

const nameOf = (error: unknown): unknown => (typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined);

/** The failures of the page's own settings, refused before any request. */
const SETTINGS: ReadonlySet<unknown> = new Set<StorageFailureCode>(['storage-cross-origin', 'storage-no-src']);

const browserStorageBlocked = (error: unknown): boolean => BLOCKED.has(nameOf(error) as string);

export function failureKind(error: unknown): FailureKind {
  if (nameOf(error) === 'QuotaExceededError') return 'full';
  return browserStorageBlocked(error) || SETTINGS.has(storageFailureCode(error)) ? 'blocked' : 'passing';
}

/** The change could be kept neither where it belongs nor in this browser: it lives only in this window. */
function keptNowhere(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { localFailure?: unknown }).localFailure !== undefined;
}

const STATUS_OF: Partial<Record<StorageFailureCode, ProviderStatus>> = {
  'storage-unauthorized': 'signInNeeded',
  'storage-forbidden': 'notAllowed',
  'storage-not-found': 'notFoundOnServer',
  'storage-server-error': 'serverFailed',
  'storage-offline': 'offline',
};

const STATUS_OF_KIND: Readonly<Record<FailureKind, ProviderStatus>> = { blocked: 'storageBlocked', full: 'storageFull', passing: 'saveFailed' };

/** What the notice says while a save that failed with `error` is not made good: the change is kept, where, and why it is not stored. */
export function failedSaveStatus(error: unknown): ProviderStatus {
  const code = storageFailureCode(error);
  if (code === undefined) return STATUS_OF_KIND[failureKind(error)];
  if (keptNowhere(error)) return 'savedNowhere';
  return STATUS_OF[code] ?? 'serverRefused';
}

/** What the notice says while the stored data cannot be read after a load failed with `error`. */
export function failedLoadStatus(error: unknown): ProviderStatus {
  return browserStorageBlocked(error) ? 'storageBlocked' : 'loadFailed';
}
