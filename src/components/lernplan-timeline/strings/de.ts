import { FINDINGS_DE } from '../../../domain/messages/findings.de.js';
import { REVIEW_NOTES_DE } from '../../../domain/messages/review-notes.de.js';
import { plainList } from '../../../internal/plain-list.js';
import type { SummaryInfo, TimelineStrings } from './index.js';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);
/** The goals a final review found reached, after a colon (nothing when it had no goals to judge). */
const goalsReached = (reached: number, total: number) => (total > 0 ? `: ${reached} von ${total} ${plural(total, 'Ziel', 'Zielen')} erreicht` : '');
const counted = (count: number, one: string, many: string) => `${count} ${plural(count, one, many)}`;
/** `2 Angebote, 1 Praxisphase und 6 Review-Gespräche`; a kind without entries left out, but for offers and reviews when `all`. */
const entries = (formats: number, practice: number, reviews: number, all?: boolean) =>
  plainList(
    [all || formats ? counted(formats, 'Angebot', 'Angebote') : '', practice ? counted(practice, 'Praxisphase', 'Praxisphasen') : '', all || reviews ? counted(reviews, 'Review-Gespräch', 'Review-Gespräche') : ''].filter(Boolean),
    'de',
    'and',
  );
const span = (start: string | undefined, end: string | undefined) => (start && end ? `vom ${start} bis ${end}` : start ? `ab ${start}` : end ? `bis ${end}` : '');
/** The part of the plan the chart shows and the entries that lie outside it. */
function shownPart({ start, end, formats, practice, reviews }: NonNullable<SummaryInfo['shown']>): string {
  const count = formats + practice + reviews;
  return ` Die Zeitleiste zeigt die Zeit ${span(start, end)}${count ? `; außerhalb ${plural(count, 'liegt', 'liegen')} ${entries(formats, practice, reviews)} (siehe Liste)` : ''}.`;
}
const strings: TimelineStrings = {
  chartLabel: 'Lernplan als Zeitleiste',
  listLabel: 'Lernplan als Liste, nach Datum geordnet',
  viewGroup: 'Ansicht',
  viewChart: 'Zeitleiste',
  viewList: 'Liste',
  lanes: 'Zeilen nach',
  lanesCompetency: 'Kompetenz',
  lanesFormat: 'Format',
  zoom: 'Zeitraum',
  zoomQuarter: 'Quartal',
  zoomYear: 'Jahr',
  zoomPlan: 'Ganzer Plan',
  draft: 'Plan entwerfen',
  redraft: 'Neuen Plan entwerfen',
  replaceDraftTitle: 'Den Entwurf durch einen neuen ersetzen?',
  replaceDraftText:
    'Der neue Entwurf entsteht aus den Zielen und Lücken der Person und tritt an die Stelle des gezeigten, samt Ihren Änderungen daran. Er behält dessen Kennung: Wird die Kalenderdatei erneut geladen und importiert, werden die schon eingetragenen Termine aktualisiert statt verdoppelt. „Rückgängig“ holt den bisherigen Entwurf zurück.',
  replaceDraft: 'Entwurf ersetzen',
  draftBesideTitle: 'Neuen Plan entwerfen?',
  draftBesideText: (status, cancellable) =>
    `Der bisherige Plan (${status}) bleibt unverändert erhalten, wird hier aber nicht mehr gezeigt, solange es den neuen Entwurf gibt.${cancellable ? ' Soll er nicht mehr gelten, setzen Sie zuerst seinen Planstatus auf „abgebrochen“.' : ''} „Rückgängig“ bricht den neuen Entwurf ab und zeigt wieder den bisherigen Plan.`,
  draftBeside: 'Entwurf anlegen',
  addItem: 'Angebot hinzufügen',
  addReview: 'Review-Gespräch hinzufügen',
  undo: 'Rückgängig',
  download: 'Als Kalenderdatei (.ics)',
  planStatus: 'Planstatus',
  applyStatus: 'Status ändern',
  cancelPlanQuestion: {
    title: 'Plan abbrechen?',
    text: (status) =>
      `Der Plan (Status bisher: ${status}) gilt dann nicht mehr und lässt sich nicht weiterführen; in einer Portfolio-Ansicht wird er nicht mehr gezeigt. „Rückgängig“ stellt den bisherigen Status wieder her, bis eine andere Person oder ein anderer Plan gewählt oder die Seite neu geladen wird.`,
    action: 'Plan abbrechen',
  },
  finalReviewForm: {
    title: 'Abschlussgespräch festhalten',
    text: (status) =>
      `Damit ist der Plan (Status bisher: ${status}) abgeschlossen, und sein Status lässt sich nicht mehr ändern. Jedes Ziel, dem ein Angebot des Plans dient, bekommt den Status „erreicht“ oder „nicht erreicht“; der nächste Zyklus beginnt mit einer neuen Bestandsaufnahme. „Rückgängig“ stellt Plan und Ziele wieder her, bis eine andere Person oder ein anderer Plan gewählt oder die Seite neu geladen wird.`,
    date: 'Datum des Abschlussgesprächs',
    goals: 'Ziele des Plans',
    reached: 'erreicht',
    notReached: 'nicht erreicht',
    smartInPractice: 'hat sich als SMART-Ziel in der Praxis bewährt',
    noGoals: 'Kein Angebot des Plans dient einem Lernziel: Es ist kein Ziel zu bewerten.',
    missingGoals: (ids) =>
      `Angebote des Plans dienen Zielen, die hier nicht vorliegen (${ids}). Ohne ihr Ergebnis lässt sich der Plan nicht abschließen: Geben Sie der Zeitleiste die Ziele der Person („goals“) oder ordnen Sie die Angebote anderen Zielen zu.`,
    notes: 'Notizen zum Gespräch (optional; sonst wird eine Zusammenfassung eingetragen)',
    nextStockTaking: 'Nächste Bestandsaufnahme bis',
    nextStockTakingEmpty: '(leer: am Tag des Gesprächs)',
    action: 'Plan abschließen',
  },
  keepPlan: 'Plan behalten',
  planStatuses: { draft: 'Entwurf', agreed: 'vereinbart', active: 'läuft', completed: 'abgeschlossen', cancelled: 'abgebrochen' },
  itemStatuses: { planned: 'geplant', running: 'läuft', done: 'erledigt', dropped: 'entfallen' },
  settings: { 'on-the-job': 'am Arbeitsplatz', 'off-the-job': 'außerhalb des Arbeitsplatzes', both: 'am oder außerhalb des Arbeitsplatzes' },
  practice: 'Praxisphase',
  practiceOf: (format) => `Praxisphase nach ${format}`,
  noCompetency: 'ohne Kompetenz',
  reviews: 'Reviews',
  review: 'Review-Gespräch',
  finalReview: 'Abschlussgespräch',
  goals: 'Zieltermine',
  goalDue: (goal) => `Zieltermin: ${goal}`,
  today: 'Heute',
  week: (week) => `KW ${week}`,
  load: 'Stunden',
  loadCell: (month, hours, capacity, over) =>
    over === undefined ? `${month}: ${hours} von ${capacity} Stunden` : `${month}: ${hours} von ${capacity} Stunden, ${over} Stunden zu viel`,
  overBy: (hours) => `+${hours} h`,
  hoursShort: (hours) => `${hours} h`,
  summary: (s) => {
    if (s.items === 0 && s.reviews === 0) return `${s.person ? `Lernplan von ${s.person}` : 'Lernplan'} (${s.status}): noch keine Angebote und keine Review-Gespräche.`;
    const parts = [`${s.person ? `Lernplan von ${s.person}` : 'Lernplan'} (${s.status}): ${entries(s.items - s.practice, s.practice, s.reviews, true)}`, span(s.start, s.end)].filter(Boolean);
    const reached = s.outcome && goalsReached(s.outcome.reached, s.outcome.total);
    const result = s.outcome ? `${reached ? `${reached},` : ':'} nächste Bestandsaufnahme bis ${s.outcome.nextStockTaking}` : '';
    const final = s.finalReview ? ` Abschlussgespräch am ${s.finalReview}${result}.` : ' Noch kein Abschlussgespräch.';
    const over = s.overMonths > 0 ? ` ${s.overMonths} ${plural(s.overMonths, 'Monat liegt', 'Monate liegen')} über der verfügbaren Zeit.` : ' Kein Monat liegt über der verfügbaren Zeit.';
    const findings = s.findings > 0 ? ` ${s.findings} ${plural(s.findings, 'Hinweis', 'Hinweise')} zum Plan.` : '';
    return `${parts.join(' ')}.${s.shown ? shownPart(s.shown) : ''}${final}${over}${findings}`;
  },
  keyboardHelp: (editable) =>
    editable
      ? 'Pfeil hoch und runter wechseln zwischen den Einträgen. Pfeil links und rechts verschieben um eine Woche, mit Umschalt ändern sie die Dauer. Eingabe öffnet die Details, Entf entfernt, Strg+Z macht die letzte Änderung rückgängig.'
      : 'Pfeiltasten wechseln zwischen den Einträgen, Pos1 und Ende springen zum ersten und letzten. Eingabe öffnet die Details.',
  itemLabel: (i) => `${i.what}${i.competencies ? `, ${i.competencies}` : ''}, ${i.start} bis ${i.end}, ${i.hours} Stunden, ${i.setting}, ${i.status}`,
  reviewLabel: (date, final, participants, outcome) =>
    `${final ? 'Abschlussgespräch' : 'Review-Gespräch'} am ${date}${participants ? ` mit ${participants}` : ''}${outcome ? goalsReached(outcome.reached, outcome.total) : ''}`,
  findingsTitle: 'Hinweise zum Plan',
  noFindings: 'Der Plan ist stimmig: keine Hinweise.',
  severity: { error: 'Problem', warning: 'Hinweis' },
  findings: FINDINGS_DE,
  reviewNotes: REVIEW_NOTES_DE,
  hasFindings: (count) => `${count} ${plural(count, 'Hinweis', 'Hinweise')}`,
  noPerson: 'Wählen Sie eine Person, um ihren Lernplan zu sehen.',
  loading: 'Daten werden geladen …',
  planRefused: 'Der Lernplan kann nicht gezeigt werden; der Hinweis oben nennt den Grund.',
  noPlan: 'Für diese Person gibt es noch keinen Lernplan.',
  noPlanEditable: 'Für diese Person gibt es noch keinen Lernplan. „Plan entwerfen“ erstellt einen Vorschlag aus ihren Zielen und Lücken.',
  columns: {
    when: 'Zeitraum',
    what: 'Eintrag',
    kind: 'Art',
    format: 'Format',
    setting: 'Lernort',
    competencies: 'Kompetenzen',
    hours: 'Aufwand (Stunden)',
    cost: 'Kosten',
    provider: 'Durchführung',
    status: 'Status',
    goal: 'Lernziel',
    participants: 'Teilnehmende',
    notes: 'Notizen',
    findings: 'Hinweise',
    month: 'Monat',
    capacity: 'Verfügbar (Stunden)',
    over: 'Zu viel (Stunden)',
    title: 'Titel',
  },
  kinds: { item: 'Angebot', practice: 'Praxisphase', review: 'Review-Gespräch', finalReview: 'Abschlussgespräch', goalDue: 'Zieltermin' },
  loadTable: 'Geplante Stunden je Monat',
  details: 'Details',
  close: 'Schließen',
  remove: 'Entfernen',
  start: 'Beginn',
  end: 'Ende',
  date: 'Datum',
  final: 'Abschlussgespräch',
  save: 'Hinzufügen',
  cancel: 'Abbrechen',
  format: 'Format',
  goal: 'Lernziel',
  competency: 'Kompetenz',
  noGoal: 'ohne Lernziel',
  titleOptional: 'Titel (optional)',
  euros: (value) => `${value} €`,
  announceMoved: (what, start, end) => `${what} verschoben: ${start} bis ${end}.`,
  announceResized: (what, start, end) => `${what} dauert jetzt vom ${start} bis ${end}.`,
  announceReviewMoved: (date) => `Review-Gespräch verschoben auf ${date}.`,
  announcePracticeAlong: (count) => (count === 1 ? 'Die Praxisphase wurde mitverschoben.' : 'Die Praxisphasen wurden mitverschoben.'),
  announceRemoved: (what) => `${what} entfernt.`,
  announceAdded: (what) => `${what} hinzugefügt.`,
  announceStatus: (what, status) => `${what}: Status ${status}.`,
  announcePlanStatus: (status) => `Planstatus jetzt: ${status}.`,
  announceCompleted: (reached, total, next) =>
    `Plan abgeschlossen${goalsReached(reached, total)}. Nächste Bestandsaufnahme bis ${next}.`,
  announceCalendar: (file) => `Kalenderdatei „${file}“ wird heruntergeladen.`,
  announceUndone: 'Letzte Änderung rückgängig gemacht.',
  announceDrafted: (items, reviews) => `Plan entworfen: ${items} ${plural(items, 'Angebot', 'Angebote')}, ${reviews} ${plural(reviews, 'Review-Gespräch', 'Review-Gespräche')}.`,
  announceReplaced: (items, reviews) => `Entwurf ersetzt: ${items} ${plural(items, 'Angebot', 'Angebote')}, ${reviews} ${plural(reviews, 'Review-Gespräch', 'Review-Gespräche')}.`,
  announceShortest: 'Kürzer geht es nicht: ein Angebot dauert mindestens einen Tag.',
  announceRejected: (reason) => `Änderung nicht möglich: ${reason}`,
  announceNothingToUndo: 'Es gibt nichts rückgängig zu machen.',
  legend: 'Legende',
  legendOn: 'am Arbeitsplatz (oder beides)',
  legendOff: 'außerhalb des Arbeitsplatzes (schraffiert)',
  legendPractice: 'Praxisphase (gestrichelter Rahmen)',
  legendOver: 'Monat über der verfügbaren Zeit (schraffiert, mit Zahl)',
  legendFinding: 'Eintrag mit Hinweis (!)',
  drafting: 'Plan wird entworfen …',
  dateRange: (start, end) => (start === end ? start : `${start} – ${end}`),
};

export default strings;
