import { defineStrings } from '../../internal/localize.js';

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

export const PROVIDER_STRINGS = defineStrings<ProviderStrings>({
  de: {
    external: 'Neuere Daten aus einem anderen Fenster wurden geladen.',
    conflict:
      'In einem anderen Fenster wurden neuere Daten gespeichert. Ihre letzte Änderung wurde deshalb nicht gespeichert; die neueren Daten wurden geladen.',
    saveFailed: 'Speichern ist fehlgeschlagen. Ihre Änderungen bleiben erhalten und werden erneut gespeichert.',
    saved: 'Ihre Änderungen sind jetzt gespeichert.',
    imported: 'Die Daten wurden importiert.',
    importFailed: 'Die Daten konnten nicht importiert werden; der bisherige Stand bleibt erhalten.',
    cleared: 'Alle gespeicherten Daten wurden gelöscht.',
    loadFailed: 'Die gespeicherten Daten konnten nicht gelesen werden.',
  },
  en: {
    external: 'Newer data saved in another window has been loaded.',
    conflict: 'Newer data was saved in another window, so your last change was not saved; the newer data has been loaded.',
    saveFailed: 'Saving failed. Your changes are kept and will be saved again.',
    saved: 'Your changes are now saved.',
    imported: 'The data has been imported.',
    importFailed: 'The data could not be imported; the previous state is kept.',
    cleared: 'All stored data has been deleted.',
    loadFailed: 'The stored data could not be read.',
  },
});
