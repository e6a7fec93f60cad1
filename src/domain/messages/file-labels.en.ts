import type { CsvLabels } from '../csv.js';
import type { ICalendarLabels } from '../icalendar.js';

/** Column headers and gap statuses of the CSV files, in English. */
export const CSV_LABELS_EN: CsvLabels = {
  lang: 'en',
  headers: {
    person: 'Person',
    personId: 'Person id',
    department: 'Department',
    role: 'Role',
    category: 'Category',
    competency: 'Competency',
    target: 'Target',
    self: 'Self-assessment',
    external: 'External assessment',
    actual: 'Actual',
    gap: 'Gap',
    status: 'Status',
    priority: 'Priority score',
  },
  statuses: { met: 'met', 'to-build': 'to build', above: 'above target' },
};

/** Summaries and descriptions of the calendar file, in English. */
export const ICALENDAR_LABELS_EN: ICalendarLabels = {
  lang: 'en',
  calendar: 'Learning plan',
  practice: 'Practice phase',
  review: 'Review meeting',
  finalReview: 'Final review',
  learningPlan: 'Learning plan',
  person: 'Person',
  competencies: 'Competencies',
  hours: 'Effort (hours)',
  cost: 'Cost (euros)',
  provider: 'Run by',
  status: 'Status',
  participants: 'Participants',
  notes: 'Notes',
  goal: 'Learning goal',
  statuses: { planned: 'planned', running: 'running', done: 'done', dropped: 'dropped' },
};
