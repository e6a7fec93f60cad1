import { defineStrings } from '../../../internal/localize.js';

/** Status messages the provider announces in its polite live region. */
export interface ProviderStrings {
  external: string;
  conflict: string;
  saveFailed: string;
  saved: string;
  imported: string;
  importFailed: string;
  cleared: string;
  loadFailed: string;
}

export type ProviderStatus = keyof ProviderStrings;

export const PROVIDER_STRINGS = defineStrings<ProviderStrings>({ de: () => import('./de.js'), en: () => import('./en.js') });
