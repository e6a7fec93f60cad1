import { fieldName } from '../../../domain/messages/fields.js';
import { ISSUE_WORDS_DE } from '../../../domain/messages/validation.de.js';
import type { ProviderStrings } from './index.js';

const strings: ProviderStrings = {
  external: 'Neuere Daten aus einem anderen Fenster oder von einer anderen Person wurden geladen.',
  merged:
    'In einem anderen Fenster oder von einer anderen Person wurden neuere Daten gespeichert. Ihre Änderungen wurden mit ihnen zusammengeführt und werden gespeichert.',
  mergedWithConflicts:
    'In einem anderen Fenster oder von einer anderen Person wurden neuere Daten gespeichert und mit Ihren Änderungen zusammengeführt. Manche Angaben wurden an beiden Stellen verschieden geändert: Bitte wählen Sie, welcher Wert gilt.',
  movedMerged: 'Am neuen Speicherort lagen schon Daten. Sie wurden mit den Angaben hier zusammengeführt und werden dort gespeichert.',
  movedMergedWithConflicts:
    'Am neuen Speicherort lagen schon Daten. Sie wurden mit den Angaben hier zusammengeführt; manche Angaben sind dort anders: Bitte wählen Sie, welcher Wert gilt.',
  mergeFailed:
    'In einem anderen Fenster oder von einer anderen Person wurden neuere Daten gespeichert, die sich nicht mit Ihren Änderungen zusammenführen lassen. Ihre Änderungen bleiben in diesem Fenster, werden aber nicht gespeichert. Wer die Seite neu lädt, sieht den gespeicherten Stand; die Änderungen hier gehen dann verloren.',
  movedMergeFailed:
    'Am neuen Speicherort liegen Daten, die sich nicht mit den Angaben hier zusammenführen lassen. Die Angaben bleiben in diesem Fenster, werden dort aber nicht gespeichert.',
  clearedElsewhere: 'In einem anderen Fenster wurden alle Daten gelöscht. Ihre letzte Änderung wurde deshalb nicht gespeichert.',
  conflictResolved: 'Ihre Wahl ist übernommen.',
  lastConflictResolved: 'Ihre Wahl ist übernommen. Damit ist über alle widersprüchlichen Änderungen entschieden.',
  saveFailed: 'Speichern ist fehlgeschlagen. Ihre Änderungen bleiben in diesem Fenster erhalten und werden erneut gespeichert.',
  saved: 'Ihre Änderungen sind jetzt gespeichert.',
  imported: 'Die Daten wurden importiert.',
  importFailed: 'Die Daten konnten nicht importiert werden; der bisherige Stand bleibt erhalten.',
  cleared: 'Alle gespeicherten Daten wurden gelöscht.',
  loadFailed: 'Die gespeicherten Daten konnten nicht gelesen werden.',
  offline: 'Der Server ist nicht erreichbar. Ihre Änderungen bleiben in diesem Browser erhalten und werden gespeichert, sobald er wieder erreichbar ist.',
  signInNeeded: 'Der Server verlangt eine Anmeldung. Ihre Änderungen bleiben in diesem Browser erhalten und werden gespeichert, sobald Sie angemeldet sind.',
  notAllowed: 'Sie dürfen die gemeinsame Datei auf dem Server nicht ändern. Ihre Änderungen bleiben in diesem Browser erhalten.',
  notFoundOnServer: 'Die gemeinsame Datei kann an ihrer Adresse auf dem Server nicht gespeichert werden. Ihre Änderungen bleiben in diesem Browser erhalten.',
  serverFailed: 'Der Server hat einen Fehler gemeldet. Ihre Änderungen bleiben in diesem Browser erhalten und werden erneut gespeichert.',
  serverRefused: 'Der Server nimmt Ihre Änderungen nicht an. Sie bleiben in diesem Browser erhalten.',
  savedNowhere:
    'Ihre Änderungen konnten weder auf dem Server noch in diesem Browser gespeichert werden. Es gibt sie nur in diesem Fenster: Lassen Sie es geöffnet, das Speichern wird erneut versucht. Hält das an, wenden Sie sich an Ihre IT-Administration.',
  storageBlocked:
    'Dieser Browser lässt die Seite keine Daten speichern (etwa wegen seiner Einstellungen oder in einem privaten Fenster). Ihre Änderungen gibt es nur in diesem Fenster; beim Schließen gehen sie verloren. Lassen Sie es geöffnet und wenden Sie sich an Ihre IT-Administration.',
  storageFull:
    'Der Speicher dieses Browsers ist voll, Ihre Änderungen wurden nicht gespeichert. Es gibt sie nur in diesem Fenster: Lassen Sie es geöffnet und geben Sie Speicherplatz frei (etwa nicht mehr benötigte Website-Daten löschen) oder wenden Sie sich an Ihre IT-Administration. Danach wird erneut gespeichert.',
  restored: 'Änderungen, die zuletzt nicht mehr gespeichert werden konnten, sind wiederhergestellt und werden jetzt gespeichert.',
  notice: {
    srcLoad: (src, status) =>
      `Die Daten unter „${src}“ konnten nicht geladen werden: ${
        status === undefined
          ? 'Es kam keine Antwort, oder sie war nicht lesbar.'
          : status === 404 || status === 410
            ? `Diese Adresse gibt es auf dem Server nicht (${status}).`
            : status === 401 || status === 403
              ? `Der Server gibt sie nicht heraus, eine Anmeldung oder Berechtigung fehlt (${status}).`
              : status >= 500
                ? `Der Server meldet einen Fehler (${status}).`
                : `Der Server hat sie abgelehnt (${status}).`
      }`,
    srcInvalid: (src, why) => `Die Datei unter „${src}“ ist kein gültiges Portfolio: ${why}`,
    storage: (value) => `„${value}“ ist als storage nicht möglich (möglich: local, none, http); die Daten werden deshalb nirgends gespeichert, nur in diesem Fenster gehalten (none), bis storage korrigiert ist.`,
    storageAdapter: (missing) =>
      `Der storageAdapter der Seite kann keine Daten speichern; es fehlt als Funktion: ${missing.join(', ')}. Die Daten werden deshalb nirgends gespeichert, nur in diesem Fenster gehalten, bis storageAdapter korrigiert ist.`,
    storageTimeout: (value, seconds) =>
      `„${value}“ ist als storageTimeout keine mögliche Wartezeit (erwartet: eine Zahl von Millisekunden, mehr als 0 und höchstens rund 24 Tage); es gilt die Voreinstellung von ${seconds} Sekunden.`,
    storeName: (value, max, used) =>
      `${value.trim() === '' ? 'Ein leerer store-name' : `„${value}“ als store-name`} taugt nicht als Name des Speichers in diesem Browser (erwartet: 1 bis ${max} Zeichen, nicht nur Leerzeichen); ${
        used ? 'es gilt' : 'dieser Speicher ist zurzeit nicht in Gebrauch; sobald er genutzt wird, gilt'
      } der voreingestellte Name.`,
    today: (value) => `„${value}“ ist als today kein Datum der Form JJJJ-MM-TT; es gilt das heutige Datum.`,
    person: (id) => `Eine Person „${id}“ gibt es in den Daten nicht; deshalb ist niemand gewählt.`,
    portfolio: (why) => `Die übergebenen Daten wurden nicht übernommen: ${why}`,
  },
  conflicts: {
    label: 'Widersprüchliche Änderungen',
    intro: {
      storage: 'Diese Angaben wurden hier und an anderer Stelle verschieden geändert. Bitte wählen Sie jeweils, welcher Wert gilt.',
      import: 'Diese Angaben stehen in der importierten Datei anders als hier. Bitte wählen Sie jeweils, welcher Wert gilt.',
    },
    side: {
      storage: { mine: 'Ihre Version', theirs: 'Andere Version' },
      import: { mine: 'Bisher', theirs: 'Aus der Datei' },
    },
    choice: (side, value, holds) => `${side}: ${value}${holds ? ' (gilt jetzt)' : ''}`,
    absent: '(entfernt)',
    quote: (text) => `„${text}“`,
    person: (name) => `Person „${name}“`,
    assessment: (name, date, external) => (external ? `Fremdeinschätzung der Führungskraft für „${name}“ vom ${date}` : `Selbsteinschätzung von „${name}“ vom ${date}`),
    goal: (name) => `Ziel von „${name}“`,
    plan: (name) => `Lernplan von „${name}“`,
    catalogue: 'Katalog',
    roles: 'Rollen',
    field: (field, key) => fieldName(key === undefined ? `$.${field}` : `$.${field}.${key}`, ISSUE_WORDS_DE),
    level: (competency) => `Stufe „${competency}“`,
    allResolved: 'Über alle widersprüchlichen Änderungen ist entschieden. Es bleibt nichts mehr zu wählen.',
  },
};

export default strings;
