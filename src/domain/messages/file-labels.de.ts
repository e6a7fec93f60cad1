import type { CsvLabels } from '../csv.js';
import type { ICalendarLabels } from '../icalendar.js';

/** Column headers and gap statuses of the CSV files, in German. */
export const CSV_LABELS_DE: CsvLabels = {
  lang: 'de',
  headers: {
    person: 'Person',
    personId: 'Personen-ID',
    department: 'Abteilung',
    role: 'Rolle',
    category: 'Kategorie',
    competency: 'Kompetenz',
    target: 'Soll',
    self: 'Selbsteinschätzung',
    external: 'Fremdeinschätzung',
    actual: 'Ist',
    gap: 'Lücke',
    status: 'Status',
    priority: 'Prioritätswert',
  },
  statuses: { met: 'erreicht', 'to-build': 'aufzubauen', above: 'über Soll' },
};

/** Summaries and descriptions of the calendar file, in German. */
export const ICALENDAR_LABELS_DE: ICalendarLabels = {
  lang: 'de',
  calendar: 'Lernplan',
  practice: 'Praxisphase',
  review: 'Review-Gespräch',
  finalReview: 'Abschluss-Review',
  learningPlan: 'Lernplan',
  person: 'Person',
  competencies: 'Kompetenzen',
  hours: 'Aufwand (Stunden)',
  cost: 'Kosten (Euro)',
  provider: 'Durchführung',
  status: 'Status',
  participants: 'Teilnehmende',
  notes: 'Notizen',
  goal: 'Lernziel',
  statuses: { planned: 'geplant', running: 'läuft', done: 'erledigt', dropped: 'entfallen' },
};
