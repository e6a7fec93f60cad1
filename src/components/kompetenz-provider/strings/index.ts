import type { ConflictChoice, ConflictSource } from '../model/conflict.js';
import { defineStrings } from '../../../internal/localize.js';

/**
 * Status messages: the provider announces them in its polite live region, except those of a
 * storage that cannot be read or written, which its notice shows (and screen readers hear) while
 * the problem lasts.
 */
export interface ProviderStatusStrings {
  external: string;
  /** Newer data from elsewhere, with this tab's unsaved changes merged onto it. */
  merged: string;
  /** The same, and some values need a choice. */
  mergedWithConflicts: string;
  /** The page moved the portfolio to a place that held data already: the two were merged. */
  movedMerged: string;
  /** The same, and some values need a choice. */
  movedMergedWithConflicts: string;
  /** Changes could not be merged onto newer data: they stay here and are not saved. */
  mergeFailed: string;
  movedMergeFailed: string;
  /** All data was deleted in another window while this one had a change. */
  clearedElsewhere: string;
  conflictResolved: string;
  /** The choice settled the last open conflict. */
  lastConflictResolved: string;
  saveFailed: string;
  saved: string;
  imported: string;
  importFailed: string;
  cleared: string;
  loadFailed: string;
  /** A save failed because the server could not be reached (`storage-offline`); the change is kept. */
  offline: string;
  /** … because the server asks for a sign-in (`storage-unauthorized`). */
  signInNeeded: string;
  /** … because the server does not allow it (`storage-forbidden`). */
  notAllowed: string;
  /** … because the server has no place for the document (`storage-not-found`). */
  notFoundOnServer: string;
  /** … because the server failed (`storage-server-error`). */
  serverFailed: string;
  /** … because the server refused it otherwise (the other storage failure codes). */
  serverRefused: string;
  /** … and it could not be kept in this browser either (`storage="http"`): it is only in this window. */
  savedNowhere: string;
  /** The browser's storage may not be used (blocked by its settings, a private window, none at all): changes are only in this window. */
  storageBlocked: string;
  /** The browser's storage is full (`QuotaExceededError`): changes are only in this window until space is freed. */
  storageFull: string;
  /** Changes an earlier page could not store were taken in from this browser and are being saved. */
  restored: string;
}

/** The words of the conflict view. */
export interface ConflictStrings {
  /** The name of the region. */
  label: string;
  intro: Readonly<Record<ConflictSource, string>>;
  /** What each side is called, by where the other version came from. */
  side: Readonly<Record<ConflictSource, Readonly<Record<ConflictChoice, string>>>>;
  /** A choice: the side, its value, and whether the portfolio holds it now. */
  choice: (side: string, value: string, holds: boolean) => string;
  /** The value of a side that does not have it (removed it). */
  absent: string;
  quote: (text: string) => string;
  person: (name: string) => string;
  /** `external`: the line manager's rating of the person, else her own. */
  assessment: (name: string, date: string, external: boolean) => string;
  goal: (name: string) => string;
  plan: (name: string) => string;
  catalogue: string;
  roles: string;
  /** A field (`name`, `items` …) and the entry of a list or map field (`i1`), in words. */
  field: (field: string, key: string | undefined) => string;
  /** A level of one competency. */
  level: (competency: string) => string;
  /** Shown (and focused) where the list was, once the last conflict is settled in it. */
  allResolved: string;
}

/** The visible notice of what the provider could not use (its attributes, `src`, a portfolio set by code). */
export interface ProviderNoticeStrings {
  /** `status`: the server's answer (404, 403, 500 …); none when no answer came. */
  srcLoad: (src: string, status?: number) => string;
  /** `why`: the first problem of the data in words (and how many more there are). */
  srcInvalid: (src: string, why: string) => string;
  storage: (value: string) => string;
  /** `missing`: the methods the page's `storageAdapter` lacks (`load`, `save` …). */
  storageAdapter: (missing: readonly string[]) => string;
  /** `value`: the `storageTimeout` given; `seconds`: the default time limit that holds instead. */
  storageTimeout: (value: string, seconds: number) => string;
  /** `value`: the `store-name` given (cut when long); `max`: its longest length; `used`: whether a database in this browser is used now (else the default name holds once one is). */
  storeName: (value: string, max: number, used: boolean) => string;
  today: (value: string) => string;
  person: (id: string) => string;
  portfolio: (why: string) => string;
}

export interface ProviderStrings extends ProviderStatusStrings {
  conflicts: ConflictStrings;
  notice: ProviderNoticeStrings;
}

export type ProviderStatus = keyof ProviderStatusStrings;

export const PROVIDER_STRINGS = defineStrings<ProviderStrings>({ de: () => import('./de.js'), en: () => import('./en.js') });
