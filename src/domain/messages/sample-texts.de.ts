/** The shape of the module with the sample portfolio's texts (`messages/sample-texts.de.ts`). */
export interface SampleTexts {
  /** Notes on single ratings. */
  readonly notes: readonly string[];
  /** Current tasks for the stock-taking. */
  readonly tasks: readonly string[];
  readonly conditions: (hoursPerMonth: number, budget: number) => string;
  /** The rater role of external assessments and the support person of goals. */
  readonly manager: string;
  readonly measure: (competency: string) => string;
  readonly challenge: string;
}

/** The texts of the sample portfolio (`generateSamplePortfolio`): a German district administration. */
export const SAMPLE_TEXTS_DE: SampleTexts = {
  notes: [
  'Im letzten Projekt sicher angewendet, braucht aber noch Routine.',
  'Eigene Einschätzung nach dem Fortbildungstag im Frühjahr.',
  'Im Team gefragt; gibt das Wissen gern an Kolleginnen und Kollegen weiter.',
  'Bisher vor allem theoretisch; eine Praxisaufgabe würde helfen.',
  'Hat die Umstellung auf die E-Akte im Fachbereich begleitet.',
  'Unsicher bei neuen Vorgaben, hier lohnt ein Auffrischungskurs.',
  'Übernimmt seit kurzem die Abstimmung mit dem Rechenzentrum.',
  'Moderiert regelmäßig Besprechungen mit anderen Ämtern.',
  ],
  tasks: [
  'Sachbearbeitung und Abstimmung mit anderen Ämtern',
  'Begleitung der Einführung digitaler Antragsverfahren',
  'Führung eines Teams von acht Mitarbeitenden',
  'Ansprechperson für Fragen zur E-Akte',
  ],
  conditions: (hoursPerMonth, budget) => `Etwa ${hoursPerMonth} Stunden im Monat, Budget ${budget} Euro je Lernplan.`,
  manager: 'Vorgesetzte*r',
  measure: (competency) => `Setzt ${competency} in einem laufenden Vorhaben des Amts selbstständig ein und stellt das Ergebnis im Review vor`,
  challenge: 'Übernimmt dafür erstmals eine Aufgabe, die bisher andere erledigt haben',
};
