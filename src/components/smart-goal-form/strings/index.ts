import type { FindingTexts } from '../../../domain/messages/findings.js';
import type { SmartLetter } from '../../../domain/types.js';
import { defineStrings } from '../../../internal/localize.js';

/** The texts of `<smart-goal-form>`; messages about the goal itself word the findings of `checkSmartGoal` (`findings`). */
export interface GoalFormStrings {
  heading: string;
  headingFor: (name: string) => string;
  /** Above the form inside a provider that selects no person: why no goal can be saved yet. */
  noPerson: string;
  intro: string;
  letterNames: Record<SmartLetter, string>;
  optional: string;

  competenciesLegend: string;
  competenciesHelp: string;
  competenciesHelpNoTarget: string;
  suggestionsTitle: string;
  /** Under the suggestions: the competencies to build left out because another open goal covers them (labels, most urgent first). */
  suggestionsCovered: (labels: readonly string[]) => string;
  /** Instead of suggestions: every competency to build already has an open goal (labels, most urgent first). */
  suggestionsAllCovered: (labels: readonly string[]) => string;
  /** Instead of suggestions: no competency is below its target level. */
  suggestionsNoGaps: string;
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
  /** A criterion that does not hold yet, before any of its messages shows. */
  criterionPending: string;
  goToField: (field: string) => string;
  /** The heading of the list of problems shown at the top after a failed submission, with their number. */
  errorSummaryTitle: (count: number) => string;
  problemPrefix: string;
  /** The texts of the SMART check's findings. */
  findings: FindingTexts;
  /** The polite announcement of the check's state. */
  summary: (met: number, open: readonly string[]) => string;

  submit: string;
  submitted: string;
  /** A new goal submitted inside a provider is stored, and the form holds an empty new goal. */
  submittedAnew: string;
  /** A new goal started from the draft kept from before (written at `savedAt`). */
  draftRestored: (savedAt: Date) => string;
  notSubmitted: (open: number) => string;
}

export const GOAL_FORM_STRINGS = defineStrings<GoalFormStrings>({ de: () => import('./de.js'), en: () => import('./en.js') });
