import { FINDINGS_DE } from '../../../domain/messages/findings.de.js';
import { formatterFor } from '../../../internal/format.js';
import type { GoalFormStrings } from './index.js';

const f = formatterFor('de');
const quoted = (labels: readonly string[]) => f.list(labels.map((label) => `„${label}“`));

const strings: GoalFormStrings = {
  heading: 'SMART-Lernziel',
  headingFor: (name) => `SMART-Lernziel für ${name}`,
  noPerson: 'Keine Person ausgewählt: Ein Ziel kann erst gespeichert werden, wenn eine Person ausgewählt ist.',
  intro: 'Legen Sie das Ziel gemeinsam fest. Die SMART-Prüfung zeigt laufend, welche Kriterien schon erfüllt sind und was noch fehlt.',
  letterNames: { S: 'spezifisch', M: 'messbar', A: 'anspruchsvoll', R: 'realistisch', T: 'terminiert' },
  optional: '(freiwillig)',

  competenciesLegend: 'Welche Kompetenzen sollen aufgebaut werden?',
  competenciesHelp: 'Höchstens drei. Bei jeder Kompetenz stehen die heutige Stufe (Ist) und die Stufe, die die Rolle verlangt (Soll).',
  competenciesHelpNoTarget: 'Höchstens drei. Bei jeder Kompetenz steht die heutige Stufe (Ist).',
  suggestionsTitle: 'Vorschläge – größte Lücken zuerst',
  suggestionsCovered: (labels) =>
    labels.length === 1
      ? `Für ${quoted(labels)} gibt es schon ein offenes Ziel; deshalb wird die Kompetenz nicht vorgeschlagen.`
      : `Für ${labels.length} Kompetenzen gibt es schon ein offenes Ziel; deshalb werden sie nicht vorgeschlagen: ${quoted(labels)}.`,
  suggestionsAllCovered: (labels) =>
    labels.length === 1
      ? `Keine Vorschläge: Für die einzige Kompetenz mit Lücke, ${quoted(labels)}, gibt es schon ein offenes Ziel.`
      : `Keine Vorschläge: Für alle ${labels.length} Kompetenzen mit Lücke gibt es schon ein offenes Ziel: ${quoted(labels)}.`,
  suggestionsNoGaps: 'Keine Vorschläge: Bei keiner Kompetenz liegt die heutige Stufe (Ist) unter dem Soll.',
  levels: (current, target) => (target === undefined ? `Ist ${current}` : `Ist ${current} · Soll ${target}`),
  gap: (steps) => (steps === 1 ? 'Lücke 1 Stufe' : `Lücke ${steps} Stufen`),
  unknownGroup: 'Nicht im Katalog',

  targetLevelLegend: 'Welche Stufe soll erreicht werden?',
  targetLevelHelp: 'Die Stufe gilt für alle gewählten Kompetenzen.',

  measureLabel: 'Woran wird der Fortschritt gemessen?',
  measureHelp: 'Ein Ergebnis, das andere sehen können, z. B. „stellt das Konzept für die digitale Antragsannahme im Ausschuss vor“.',
  challengeLabel: 'Warum ist das Ziel anspruchsvoll?',
  challengeHelp: 'Was ist neu daran, was verlangt mehr als bisher?',

  resourcesLegend: 'Was macht das Ziel realistisch?',
  hoursLabel: 'Lernzeit insgesamt (Stunden)',
  hoursHelp: (capacity) => (capacity === undefined ? 'Alle Stunden, die bis zum Termin in das Ziel fließen.' : `Alle Stunden bis zum Termin. Verfügbar sind ${capacity} Stunden pro Monat.`),
  useEstimate: (hours) => `Schätzung übernehmen: ${hours} Stunden`,
  budgetLabel: 'Budget (Euro)',
  supportLabel: 'Wer unterstützt?',
  supportHelp: 'Zum Beispiel die Führungskraft, eine Mentorin oder ein Kollege.',

  dueLabel: 'Bis wann soll das Ziel erreicht sein?',
  dueHelp: 'Ein Datum in der Zukunft.',
  dueChosen: (date) => `Gewählt: ${date}`,
  useSuggestedDue: (date) => `Vorschlag übernehmen: ${date}`,

  notesLabel: 'Notizen',

  checklistTitle: 'SMART-Prüfung',
  criterionMet: 'erfüllt',
  criterionOpen: 'noch nicht erfüllt',
  criterionPending: 'noch offen',
  goToField: (field) => `Zum Feld „${field}“`,
  errorSummaryTitle: (count) => (count === 1 ? 'Es gibt ein Problem' : `Es gibt ${count} Probleme`),
  problemPrefix: 'Bitte ändern:',
  findings: {
    ...FINDINGS_DE,
    // The due date is a native date field: no format to type, and the example date in words.
    'invalid-due': (p, fmt) => `„${p.got}“ ist kein gültiges Datum. Wählen Sie ein Datum, z. B. den ${fmt.date(p.suggested)}.`,
  },
  summary: (met, open) =>
    open.length === 0 ? 'SMART-Prüfung: Alle fünf Kriterien sind erfüllt.' : `SMART-Prüfung: ${met} von 5 Kriterien erfüllt. Noch offen: ${f.list(open)}.`,

  submit: 'Ziel speichern',
  submitted: 'Das Ziel erfüllt alle fünf Kriterien und wurde übernommen.',
  submittedAnew: 'Das Ziel ist gespeichert. Das Formular ist jetzt frei für ein weiteres Ziel.',
  draftRestored: (savedAt) => `Ihr Entwurf vom ${f.dateTime(savedAt)} ist wiederhergestellt. Sie können daran weiterschreiben.`,
  notSubmitted: (open) =>
    open === 1
      ? 'Das Ziel kann noch nicht gespeichert werden: Ein Kriterium ist nicht erfüllt. Die Hinweise stehen bei den Feldern.'
      : `Das Ziel kann noch nicht gespeichert werden: ${open} Kriterien sind nicht erfüllt. Die Hinweise stehen bei den Feldern.`,
};

export default strings;
