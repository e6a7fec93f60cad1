import type { Formatter } from '../../internal/format.js';
import { MAX_YEAR, MIN_YEAR } from '../dates.js';
import type { MessageParam } from '../errors.js';
import type { ValidationParams, ValueKind } from '../validation-codes.js';
import type { IssueWords } from './fields.js';
import type { IssueTexts } from './format-message.js';
import { showList, showValue, type ValueStyle } from './show.js';
import type { Templates } from './templates.js';

const STYLE: ValueStyle = { quote: (text) => `„${text}“`, nothing: 'nichts' };
const q = (text: string) => STYLE.quote(text);
const given = (value: MessageParam | undefined, fmt: Formatter) => `angegeben ist ${showValue(value, STYLE, fmt)}`;
const expected = (what: string, value: MessageParam | undefined, fmt: Formatter) => `Erwartet wird ${what}, ${given(value, fmt)}.`;
const DATE = `ein Datum im Format JJJJ-MM-TT zwischen ${MIN_YEAR} und ${MAX_YEAR}`;

const KINDS: Readonly<Record<ValueKind, string>> = {
  object: 'ein Objekt',
  string: 'ein Text',
  text: 'ein nicht leerer Text',
  number: 'eine Zahl',
  'whole-number': 'eine ganze Zahl',
  boolean: 'true oder false',
  list: 'eine Liste',
  profile: 'ein Objekt mit Kompetenzstufen',
  people: 'eine Liste von Personen',
  assessment: 'eine Einschätzung mit einer Personen-ID',
  assessments: 'eine Liste von Einschätzungen',
  goals: 'eine Liste von Zielen',
  'gap-analysis': 'eine Lückenanalyse',
  gaps: 'eine Lückenanalyse oder eine Liste ihrer Einträge',
  'gap-entry': 'ein Eintrag einer Lückenanalyse',
  'competencies-or-gaps': 'eine Liste von Kompetenz-IDs oder eine Lückenanalyse',
  rows: 'eine Liste von Zeilen',
  cells: 'eine Liste von Zellen',
  'team-member': 'ein Teammitglied {personId, target, actual}',
  'team-members': 'eine Liste von Teammitgliedern',
  portfolio: 'ein Portfolio-Objekt',
  'portfolio-text': 'der JSON-Text eines Portfolios',
  goal: 'ein Ziel-Objekt',
  options: 'ein Objekt mit Optionen',
};

function bounds(min: number, max: number, fmt: Formatter): string {
  if (min === -Infinity) return `höchstens ${fmt.number(max, 20)}`;
  if (max === Infinity) return `mindestens ${fmt.number(min, 20)}`;
  return `von ${fmt.number(min, 20)} bis ${fmt.number(max, 20)}`;
}

/** The problems of outside data in German, worded for the people who enter the data. */
export const VALIDATION_DE: Templates<ValidationParams> = {
  type: (p, fmt) => expected(KINDS[p.expected], p.got, fmt),
  'forbidden-key': (p) => `Der Schlüssel ${q(p.key)} ist nicht erlaubt: Er könnte die Grundeigenschaften aller Objekte verändern.`,
  'unknown-key': (p, fmt) => `Das Feld ${q(p.key)} ist unbekannt; erlaubt sind ${showList(p.allowed, STYLE, fmt)}.`,
  empty: () => 'Darf nicht leer sein.',
  'too-long': (p, fmt) => `${fmt.number(p.length)} Zeichen sind zu viele; erlaubt sind höchstens ${fmt.number(p.max)}.`,
  'control-character': (p) =>
    `Enthält das unsichtbare Steuerzeichen ${p.codePoint}; es ist in Texten nicht erlaubt, weil es Teile eines Textes verbergen oder in anderer Reihenfolge anzeigen kann.`,
  'lone-surrogate': (p) =>
    `Enthält ein halbes Zeichen (${p.codePoint} ohne seine zweite Hälfte); der Text ist beschädigt, etwa mitten in einem Emoji abgeschnitten.`,
  id: (p, fmt) => {
    const characters = p.pattern === 'slug' ? 'Kleinbuchstaben, Ziffern, „-“ und „_“' : 'Buchstaben, Ziffern, „.“, „:“, „-“ und „_“';
    return expected(`eine ID aus ${characters} mit höchstens ${fmt.number(p.max)} Zeichen`, p.got, fmt);
  },
  integer: (p, fmt) => expected('eine ganze Zahl', p.got, fmt),
  range: (p, fmt) =>
    p.variant === 'cohorts'
      ? `${fmt.number(p.got)} ist zu wenig für eine Mindestgruppengröße von ${fmt.number(p.minGroupSize)}: Nötig sind mindestens ${fmt.number(p.min)}, damit sich große Gruppen in Kohorten von mindestens ${fmt.number(p.minGroupSize)} Personen teilen lassen.`
      : `${fmt.number(p.got, 20)} liegt außerhalb des erlaubten Bereichs (${bounds(p.min, p.max, fmt)}).`,
  date: (p, fmt) => {
    if (p.expected === 'timestamp') return expected('ein Zeitpunkt (ein Date-Objekt oder ein Zeitstempel nach ISO 8601)', p.got, fmt);
    if (p.expected === 'history-step') return expected('ein Schritt des Verlaufs mit einem Datum im Format JJJJ-MM-TT', p.got, fmt);
    return expected(DATE, p.got, fmt);
  },
  time: (p, fmt) => expected('eine Uhrzeit im Format HH:MM von 00:00 bis 23:59', p.got, fmt),
  email: (p, fmt) => expected('eine E-Mail-Adresse wie „name@beispiel.de“ (ohne Umlaute)', p.got, fmt),
  enum: (p, fmt) => expected(`einer der Werte ${showList(p.allowed, STYLE, fmt, 'or')}`, p.got, fmt),
  'too-many': (p, fmt) => {
    if (p.variant === 'full') return `Hier ist die Höchstzahl von ${fmt.number(p.max)} Einträgen erreicht; ein weiterer passt nicht mehr hinein.`;
    if (p.variant === 'no-final-review') {
      return `Der Lernplan hat bereits ${fmt.number(p.count)} Review-Gespräche, so viele wie erlaubt, und keines davon ist das Abschlussgespräch. Entfernen Sie ein Gespräch oder markieren Sie eines als Abschlussgespräch, bevor Sie das Abschlussgespräch festhalten.`;
    }
    return `${fmt.number(p.count)} Einträge sind zu viele; erlaubt sind höchstens ${fmt.number(p.max)}.`;
  },
  'duplicate-id': (p, fmt) =>
    p.variant === 'erased'
      ? `Die ID ${showValue(p.id, STYLE, fmt)} gehörte einer gelöschten Person und wird nicht wieder vergeben.`
      : p.variant === 'taken'
        ? `Die ID ${showValue(p.id, STYLE, fmt)} ist schon vergeben.`
        : `${showValue(p.id, STYLE, fmt)} kommt mehrfach vor; jede ID darf hier nur einmal vorkommen.`,
  level: (p, fmt) =>
    p.variant === 'word'
      ? expected('eine Stufe als Wort (keine, kenner, koenner oder könner, experte)', p.got, fmt)
      : expected('eine Stufe 0, 1, 2 oder 3', p.got, fmt),
  'unknown-competency': (p, fmt) => `${showValue(p.id, STYLE, fmt)} ist keine Kompetenz des Katalogs.`,
  'unknown-category': (p) => `${q(p.id)} ist keine Kategorie des Katalogs.`,
  'unknown-role': (p, fmt) => `Die Rolle ${q(p.id)} ist unbekannt; bekannt sind ${showList(p.known, STYLE, fmt)}.`,
  'unknown-format': (p, fmt) => `Das Lernformat ${showValue(p.id, STYLE, fmt)} ist unbekannt; bekannt sind ${showList(p.known, STYLE, fmt)}.`,
  'unknown-item': (p, fmt) =>
    `${showValue(p.id, STYLE, fmt)} ist kein Eintrag ${p.planId === undefined ? 'dieses Lernplans' : `des Lernplans ${q(p.planId)}`}.`,
  'unknown-review': (p, fmt) => `${showValue(p.id, STYLE, fmt)} ist kein Review-Gespräch des Lernplans ${q(p.planId)}.`,
  'unknown-person': (p, fmt) => `Eine Person mit der ID ${showValue(p.id, STYLE, fmt)} gibt es nicht.`,
  'unknown-goal': (p) => {
    if (p.variant === 'not-given') return `${q(p.id)} ist keines der übergebenen Ziele.`;
    if (p.personId !== undefined) return `${q(p.id)} ist kein Ziel von ${q(p.personId)}.`;
    return `Ein Ziel mit der ID ${q(p.id)} gibt es nicht.`;
  },
  'goal-of-other-person': (p) => `Das Ziel ${q(p.id)} gehört zu ${q(p.owner)}, der Lernplan aber zu ${q(p.personId)}.`,
  'missing-outcome': (p) => `Der Lernplan dient dem Ziel ${q(p.goalId)}, für das noch kein Ergebnis festgehalten ist.`,
  'history-order': (p, fmt) => `Der ${fmt.date(p.date)} liegt vor dem Datum des vorigen Schritts (${fmt.date(p.previous)}).`,
  'history-status': (p, fmt) => `Der Status ${q(p.status)} weicht vom letzten Schritt des Verlaufs (${showValue(p.last, STYLE, fmt)}) ab.`,
  'several-final-reviews': (p, fmt) => `${fmt.number(p.count)} Review-Gespräche sind als Abschlussgespräch markiert; es darf nur eines sein.`,
  'date-order': (p, fmt) => {
    if (p.variant === 'review') return `Der ${fmt.date(p.date)} liegt vor dem Datum des Abschlussgesprächs (${fmt.date(p.reviewDate)}).`;
    if (p.variant === 'resize') {
      const edge = p.edge === 'start' ? 'den Beginn' : 'das Ende';
      return `Verschiebt man ${edge} um ${fmt.signed(p.days)} Tage, endet ${q(p.itemId)} (${fmt.date(p.end)}) vor seinem Beginn (${fmt.date(p.start)}). Ein Eintrag dauert mindestens einen Tag.`;
    }
    return `Das Ende (${fmt.date(p.end)}) liegt vor dem Beginn (${fmt.date(p.start)}).`;
  },
  'practice-of': (p) => {
    if (p.variant === 'not-format') return `${q(p.id)} ist kein Eintrag mit einem Lernformat (Art „format“).`;
    if (p.variant === 'kind') return 'Nur ein Eintrag der Art „practice“ kann die Praxisphase eines anderen Eintrags sein.';
    return 'Ein Eintrag kann nicht seine eigene Praxisphase sein.';
  },
  'no-capacity': (p, fmt) =>
    `${fmt.hours(p.hours)} im Monat lassen keine Zeit für einen Lernplan; nötig sind mindestens ${fmt.hours(p.min)}. Geben Sie für den Plan eine eigene Lernzeit pro Monat an.`,
  missing: (p) => {
    if (p.variant === 'gap-analysis') return 'Um Lücken auszugeben, wird eine Lückenanalyse gebraucht.';
    if (p.variant === 'actual-or-analysis') return 'Um Ist-Stufen auszugeben, wird ein Ist-Profil oder eine Lückenanalyse gebraucht.';
    return 'Fehlt; wenn es keine Einträge gibt, ist eine leere Liste [] anzugeben.';
  },
  'person-mismatch': (p, fmt) =>
    `Der Lernplan gehört zu ${q(p.planPersonId)}, nicht zu ${showValue(p.personId, STYLE, fmt)}.${p.variant === 'context' ? ' Deren Lernzeit und Budget gelten für ihn nicht.' : ''}`,
  'no-group-format': () => 'Keines der Lernformate lässt sich mit einer Gruppe durchführen.',
  option: (p, fmt) => {
    if (p.option === 'today') return expected(DATE, p.got, fmt);
    if (p.option === 'departments') return expected('eine nicht leere Liste von Abteilungsnamen mit je 1 bis 200 Zeichen', p.got, fmt);
    return expected(`eine ganze Zahl ${bounds(p.min ?? -Infinity, p.max ?? Infinity, fmt)}`, p.got, fmt);
  },
  'plan-closed': (p) => `Ein Lernplan im Status ${q(p.status)} ist abgelegt und wird nicht mehr geändert; für den nächsten Zyklus einen neuen Plan anlegen.`,
  transition: (p, fmt) => {
    if (p.variant === 'before-last') {
      return `Der ${fmt.date(p.date)} liegt vor dem letzten Schritt des Lernplans (${q(p.lastStatus)} am ${fmt.date(p.lastDate)}).`;
    }
    const next = p.allowed.length > 0 ? `möglich ist ${showList(p.allowed, STYLE, fmt, 'or')}` : `${q(p.from)} ist ein Endzustand`;
    return `Ein Lernplan kann nicht von ${q(p.from)} zu ${q(p.to)} wechseln; ${next}.`;
  },
  'owner-change': (p) => `${q(p.id)} gehört zu ${q(p.owner)} und kann nicht zu ${q(p.personId)} wechseln; legen Sie stattdessen einen neuen Eintrag an.`,
  'roles-needed': () =>
    'Das Dokument hat einen eigenen Katalog und braucht deshalb eigene Rollen: Die eingebauten Rollen nennen Kompetenzen, die dieser Katalog nicht kennt.',
  version: (p, fmt) => {
    if (p.variant === 'missing') return 'Die Version fehlt; ein Portfolio nennt die Version seines Formats.';
    if (p.variant === 'not-whole') return expected(`eine ganze Zahl von 0 bis ${p.max}`, p.got, fmt);
    if (p.variant === 'not-current') {
      return `Erwartet wird Version ${p.expected}, ${given(p.got, fmt)}. Ältere Dokumente werden beim Einlesen umgewandelt (parsePortfolio, migratePortfolio).`;
    }
    return `Für Version ${p.from} gibt es keine Umwandlung.`;
  },
  'version-newer': (p) =>
    `Version ${p.got} stammt aus einer neueren Ausgabe von kompetenzrad; diese liest Dokumente bis Version ${p.max}. Aktualisieren Sie kompetenzrad, um das Dokument zu öffnen.`,
  format: (p, fmt) => `Erwartet wird ${q(p.expected)}, ${given(p.got, fmt)}: Das ist kein kompetenzrad-Portfolio.`,
  'too-large': (p, fmt) =>
    `Der Text hat ${fmt.number(p.length)} Zeichen; gelesen werden höchstens ${fmt.number(p.max)} (etwa ${fmt.number(p.max / 1_000_000)} MB).`,
  'too-many-issues': (p, fmt) => `Dazu kommen ${fmt.number(p.more)} weitere Probleme; nur die ersten ${fmt.number(p.max)} werden einzeln aufgeführt.`,
  'too-deep': (p) => `Tiefer als ${p.max} Ebenen verschachtelt.`,
  'too-many-values': (p, fmt) =>
    p.variant === 'objects'
      ? `Der Text enthält mehr als ${fmt.number(p.max)} Objekte und Listen; ein Portfolio innerhalb der Größengrenze enthält weit weniger. Er wird nicht gelesen.`
      : `Das Dokument enthält mehr als ${fmt.number(p.max)} Werte (Objekte, Listen und ihre Einträge; mehrfach verwendete Teile zählen jedes Mal); ein Portfolio innerhalb der Größengrenze enthält weit weniger.`,
  cycle: () => 'Verweist auf ein Objekt, in dem es selbst enthalten ist (ein Zyklus); ein Portfolio muss aus reinen Daten bestehen, die sich als JSON schreiben lassen.',
  'plan-span': (p, fmt) =>
    `Der Lernplan reicht vom ${fmt.date(p.start)} bis zum ${fmt.date(p.end)}; Einträge und Review-Gespräche eines Lernplans dürfen zusammen höchstens ${fmt.number(p.maxYears)} Jahre umfassen.`,
  json: (p, fmt) =>
    `Der Text ist kein gültiges JSON${p.line === undefined ? '' : ` (Zeile ${fmt.number(p.line)}, Spalte ${fmt.number(p.column ?? 0)})`}: ${p.detail}`,
  html: () => 'Der Text ist eine Web-Seite (HTML), kein Portfolio; der Server hat wohl eine Anmelde- oder Fehlerseite geschickt.',
  migration: () => 'Enthält sowohl „ratings“ als auch „levels“; behalten Sie nur eines davon.',
};

/** Where an issue is, in German: the fields of a portfolio document and of the domain functions' arguments. */
export const ISSUE_WORDS_DE: IssueWords = {
  fields: {
    format: 'Formatkennung',
    version: 'Version',
    installationId: 'Installations-ID',
    catalogue: 'Katalog',
    categories: ['Kategorien', 'Kategorie'],
    competencies: ['Kompetenzen', 'Kompetenz'],
    roles: ['Rollen', 'Rolle'],
    people: ['Personen', 'Person'],
    assessments: ['Einschätzungen', 'Einschätzung'],
    goals: ['Ziele', 'Ziel'],
    plans: ['Lernpläne', 'Lernplan'],
    formats: ['Lernformate', 'Lernformat'],
    id: 'ID',
    name: 'Name',
    label: 'Bezeichnung',
    description: 'Beschreibung',
    de: 'deutsch',
    en: 'englisch',
    category: 'Kategorie',
    refreshMonths: 'Auffrischen nach Monaten',
    tasks: ['Aufgaben', 'Aufgabe'],
    target: ['Soll', 'Soll'],
    actual: ['Ist', 'Ist'],
    self: ['Selbsteinschätzung', 'Selbsteinschätzung'],
    external: ['Fremdeinschätzung', 'Fremdeinschätzung'],
    current: ['aktuelle Stufen', 'Stufe'],
    source: 'Quelle',
    roleId: 'Rolle',
    department: 'Abteilung',
    email: 'E-Mail-Adresse',
    lineManager: 'Führungskraft',
    capacityHoursPerMonth: 'Lernzeit pro Monat',
    budget: 'Budget',
    personId: 'Person',
    rater: 'Einschätzung durch',
    raterRole: 'Funktion der einschätzenden Person',
    date: 'Datum',
    levels: ['Stufen', 'Stufe'],
    notes: ['Notizen', 'Notiz'],
    stockTaking: 'Bestandsaufnahme',
    currentTasks: 'aktuelle Aufgaben',
    builtCompetencies: 'aufgebaute Kompetenzen',
    hiddenCompetencies: 'verborgene Kompetenzen',
    competenciesToGrow: 'auszubauende Kompetenzen',
    conditions: 'Rahmenbedingungen',
    competencyIds: ['Kompetenzen', 'Kompetenz'],
    competencyId: 'Kompetenz',
    targetLevel: 'Zielstufe',
    measure: 'Messbarkeit',
    challenge: 'Anspruch',
    resources: 'Ressourcen',
    hours: 'Stunden',
    supportPerson: 'Unterstützung',
    due: 'Termin',
    createdAt: 'angelegt am',
    status: 'Status',
    title: 'Titel',
    history: ['Verlauf', 'Schritt'],
    items: ['Einträge', 'Eintrag'],
    reviews: ['Review-Gespräche', 'Review-Gespräch'],
    outcome: 'Ergebnis',
    kind: 'Art',
    formatId: 'Lernformat',
    start: 'Beginn',
    end: 'Ende',
    cost: 'Kosten',
    provider: 'Durchführung',
    goalId: 'Ziel',
    practiceOf: 'Praxisphase von',
    participants: ['Teilnehmende', 'teilnehmende Person'],
    time: 'Uhrzeit',
    final: 'Abschlussgespräch',
    reached: 'erreicht',
    smartInPractice: 'SMART in der Praxis',
    nextStockTaking: 'nächste Bestandsaufnahme',
    assessedAt: ['Einschätzungsdaten', 'Einschätzungsdatum'],
    today: 'heutiges Datum',
    groupBy: 'Gruppierung',
    minGroupSize: 'Mindestgruppengröße',
    filter: 'Auswahl',
    previousDate: 'Datum der vorigen Bestandsaufnahme',
    rule: 'Regel für die Ist-Stufe',
    person: 'Person',
    plan: 'Lernplan',
    goal: 'Ziel',
    portfolio: 'Portfolio',
    options: 'Optionen',
    input: 'Eingabe',
    context: 'Kontext',
    entries: ['Einträge', 'Eintrag'],
    rows: ['Zeilen', 'Zeile'],
    members: ['Teammitglieder', 'Teammitglied'],
    analysis: 'Lückenanalyse',
    gaps: ['Lücken', 'Lücke'],
    byPriority: ['Lücken nach Dringlichkeit', 'Lücke'],
    gap: 'Lücke',
  },
  unnamed: (key) => `„${key}“`,
  entry: (position) => `Nr. ${position}`,
  andMore: (count) => ` (und ${count} weitere)`,
};

/** The German validation texts and words together, for `describeIssueIn`. */
export const ISSUE_TEXTS_DE: IssueTexts = { lang: 'de', table: VALIDATION_DE, words: ISSUE_WORDS_DE };
