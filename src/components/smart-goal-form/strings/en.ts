import { FINDINGS_EN } from '../../../domain/messages/findings.en.js';
import { formatterFor } from '../../../internal/format.js';
import type { GoalFormStrings } from './index.js';

const f = formatterFor('en');
const quoted = (labels: readonly string[]) => f.list(labels.map((label) => `“${label}”`));

const strings: GoalFormStrings = {
  heading: 'SMART learning goal',
  headingFor: (name) => `SMART learning goal for ${name}`,
  noPerson: 'No person selected: a goal can be saved only once a person is selected.',
  intro: 'Agree on the goal together. The SMART check shows as you go which criteria are met and what is still missing.',
  letterNames: { S: 'specific', M: 'measurable', A: 'demanding', R: 'realistic', T: 'time-bound' },
  optional: '(optional)',

  competenciesLegend: 'Which competencies are to be built?',
  competenciesHelp: 'Three at most. Each competency shows the level today (actual) and the level the role asks for (target).',
  competenciesHelpNoTarget: 'Three at most. Each competency shows the level today (actual).',
  suggestionsTitle: 'Suggestions – largest gaps first',
  suggestionsCovered: (labels) =>
    labels.length === 1
      ? `${quoted(labels)} already has an open goal, so it is not suggested.`
      : `${labels.length} competencies already have an open goal, so they are not suggested: ${quoted(labels)}.`,
  suggestionsAllCovered: (labels) =>
    labels.length === 1
      ? `No suggestions: the only competency with a gap, ${quoted(labels)}, already has an open goal.`
      : `No suggestions: all ${labels.length} competencies with a gap already have an open goal: ${quoted(labels)}.`,
  suggestionsNoGaps: 'No suggestions: no competency is below its target level today.',
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
  criterionPending: 'still open',
  goToField: (field) => `Go to “${field}”`,
  errorSummaryTitle: (count) => (count === 1 ? 'There is a problem' : `There are ${count} problems`),
  problemPrefix: 'Please change:',
  findings: {
    ...FINDINGS_EN,
    // The due date is a native date field: no format to type, and the example date in words.
    'invalid-due': (p, fmt) => `"${p.got}" is not a valid date. Choose a date, e.g. ${fmt.date(p.suggested)}.`,
  },
  summary: (met, open) =>
    open.length === 0 ? 'SMART check: all five criteria are met.' : `SMART check: ${met} of 5 criteria met. Still open: ${f.list(open)}.`,

  submit: 'Save goal',
  submitted: 'The goal meets all five criteria and has been saved.',
  submittedAnew: 'The goal is saved. The form is now empty for another goal.',
  draftRestored: (savedAt) => `Your draft from ${f.dateTime(savedAt)} is back. You can carry on where you left off.`,
  notSubmitted: (open) =>
    open === 1
      ? 'The goal cannot be saved yet: one criterion is not met. The notes are next to the fields.'
      : `The goal cannot be saved yet: ${open} criteria are not met. The notes are next to the fields.`,
};

export default strings;
