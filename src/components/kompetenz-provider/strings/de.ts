import type { ProviderStrings } from './index.js';

const strings: ProviderStrings = {
  external: 'Neuere Daten aus einem anderen Fenster wurden geladen.',
  conflict:
    'In einem anderen Fenster wurden neuere Daten gespeichert. Ihre letzte Änderung wurde deshalb nicht gespeichert; die neueren Daten wurden geladen.',
  saveFailed: 'Speichern ist fehlgeschlagen. Ihre Änderungen bleiben erhalten und werden erneut gespeichert.',
  saved: 'Ihre Änderungen sind jetzt gespeichert.',
  imported: 'Die Daten wurden importiert.',
  importFailed: 'Die Daten konnten nicht importiert werden; der bisherige Stand bleibt erhalten.',
  cleared: 'Alle gespeicherten Daten wurden gelöscht.',
  loadFailed: 'Die gespeicherten Daten konnten nicht gelesen werden.',
};

export default strings;
