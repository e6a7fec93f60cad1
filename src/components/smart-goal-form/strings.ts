import type { SmartLetter } from '../../domain/types.js';
import { defineStrings } from '../../internal/localize.js';

/** The texts of `<smart-goal-form>`. Messages about the goal itself come from the domain (`checkSmartGoal`). */
export interface GoalFormStrings {
  heading: string;
  headingFor: (name: string) => string;
  intro: string;
  letterNames: Record<SmartLetter, string>;
  optional: string;

  competenciesLegend: string;
  competenciesHelp: string;
  competenciesHelpNoTarget: string;
  suggestionsTitle: string;
  /** "Actual 1 (Knowledgeable) · target 3 (Expert)"; `target` undefined when no target profile is known. */
  levels: (current: string, target?: string) => string;
  gap: (steps: number) => string;
  unknownGroup: string;

  targetLevelLegend: string;
  targetLevelHelp: string;

  measureLabel: string;
  measureHelp: string;
  challengeLabel: string;
  challengeHelp: string;

  resourcesLegend: string;
  hoursLabel: string;
  hoursHelp: (capacity: string | undefined) => string;
  useEstimate: (hours: string) => string;
  budgetLabel: string;
  supportLabel: string;
  supportHelp: string;

  dueLabel: string;
  dueHelp: string;
  /** The chosen date in words, next to the date field. */
  dueChosen: (date: string) => string;
  useSuggestedDue: (date: string) => string;

  notesLabel: string;

  checklistTitle: string;
  criterionMet: string;
  criterionOpen: string;
  goToField: (field: string) => string;
  problemPrefix: string;
  /** The polite announcement of the check's state. */
  summary: (met: number, open: readonly string[]) => string;

  submit: string;
  submitted: string;
  notSubmitted: (open: number) => string;
}

const LIST_DE = new Intl.ListFormat('de', { type: 'conjunction' });
const LIST_EN = new Intl.ListFormat('en', { type: 'conjunction' });

export const GOAL_FORM_STRINGS = defineStrings<GoalFormStrings>({
  de: {
    heading: 'SMART-Lernziel',
    headingFor: (name) => `SMART-Lernziel für ${name}`,
    intro: 'Legen Sie das Ziel gemeinsam fest. Die SMART-Prüfung zeigt laufend, welche Kriterien schon erfüllt sind und was noch fehlt.',
    letterNames: { S: 'spezifisch', M: 'messbar', A: 'anspruchsvoll', R: 'realistisch', T: 'terminiert' },
    optional: '(freiwillig)',

    competenciesLegend: 'Welche Kompetenzen sollen aufgebaut werden?',
    competenciesHelp: 'Höchstens drei. Bei jeder Kompetenz stehen die heutige Stufe (Ist) und die Stufe, die die Rolle verlangt (Soll).',
    competenciesHelpNoTarget: 'Höchstens drei. Bei jeder Kompetenz steht die heutige Stufe (Ist).',
    suggestionsTitle: 'Vorschläge – größte Lücken zuerst',
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
    goToField: (field) => `Zum Feld „${field}“`,
    problemPrefix: 'Bitte ändern:',
    summary: (met, open) =>
      open.length === 0 ? 'SMART-Prüfung: Alle fünf Kriterien sind erfüllt.' : `SMART-Prüfung: ${met} von 5 Kriterien erfüllt. Noch offen: ${LIST_DE.format(open)}.`,

    submit: 'Ziel speichern',
    submitted: 'Das Ziel erfüllt alle fünf Kriterien und wurde übernommen.',
    notSubmitted: (open) =>
      open === 1
        ? 'Das Ziel kann noch nicht gespeichert werden: Ein Kriterium ist nicht erfüllt. Die Hinweise stehen bei den Feldern.'
        : `Das Ziel kann noch nicht gespeichert werden: ${open} Kriterien sind nicht erfüllt. Die Hinweise stehen bei den Feldern.`,
  },
  en: {
    heading: 'SMART learning goal',
    headingFor: (name) => `SMART learning goal for ${name}`,
    intro: 'Agree on the goal together. The SMART check shows as you go which criteria are met and what is still missing.',
    letterNames: { S: 'specific', M: 'measurable', A: 'demanding', R: 'realistic', T: 'time-bound' },
    optional: '(optional)',

    competenciesLegend: 'Which competencies are to be built?',
    competenciesHelp: 'Three at most. Each competency shows the level today (actual) and the level the role asks for (target).',
    competenciesHelpNoTarget: 'Three at most. Each competency shows the level today (actual).',
    suggestionsTitle: 'Suggestions – largest gaps first',
    levels: (current, target) => (target === undefined ? `Actual ${current}` : `Actual ${current} · target ${target}`),
    gap: (steps) => (steps === 1 ? 'gap of 1 level' : `gap of ${steps} levels`),
    unknownGroup: 'Not in the catalogue',

    targetLevelLegend: 'Which level is to be reached?',
    targetLevelHelp: 'The level applies to every chosen competency.',

    measureLabel: 'How will progress be measured?',
    measureHelp: 'A result others can see, e.g. "presents the concept for accepting applications online to the committee".',
    challengeLabel: 'Why is the goal demanding?',
    challengeHelp: 'What is new about it, what asks for more than before?',

    resourcesLegend: 'What makes the goal realistic?',
    hoursLabel: 'Learning time in total (hours)',
    hoursHelp: (capacity) => (capacity === undefined ? 'All hours that go into the goal until the due date.' : `All hours until the due date. ${capacity} hours a month are available.`),
    useEstimate: (hours) => `Use the estimate: ${hours} hours`,
    budgetLabel: 'Budget (euros)',
    supportLabel: 'Who supports the learning?',
    supportHelp: 'For example the line manager, a mentor or a colleague.',

    dueLabel: 'When is the goal to be reached?',
    dueHelp: 'A date in the future.',
    dueChosen: (date) => `Chosen: ${date}`,
    useSuggestedDue: (date) => `Use the suggestion: ${date}`,

    notesLabel: 'Notes',

    checklistTitle: 'SMART check',
    criterionMet: 'met',
    criterionOpen: 'not met yet',
    goToField: (field) => `Go to “${field}”`,
    problemPrefix: 'Please change:',
    summary: (met, open) =>
      open.length === 0 ? 'SMART check: all five criteria are met.' : `SMART check: ${met} of 5 criteria met. Still open: ${LIST_EN.format(open)}.`,

    submit: 'Save goal',
    submitted: 'The goal meets all five criteria and has been saved.',
    notSubmitted: (open) =>
      open === 1
        ? 'The goal cannot be saved yet: one criterion is not met. The notes are next to the fields.'
        : `The goal cannot be saved yet: ${open} criteria are not met. The notes are next to the fields.`,
  },
});
