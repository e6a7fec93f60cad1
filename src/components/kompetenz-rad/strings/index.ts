import { defineStrings } from '../../../internal/localize.js';
import type { SpokeFacts, WheelSummary } from '../model/shown-series.js';

export interface WheelStrings {
  wheelName: string;
  describe: (summary: WheelSummary) => string;
  navigationHint: string;
  editHint: string;
  /** An editable wheel inside a provider that has no person selected: why nothing can be rated. */
  noPersonToRate: string;
  series: { target: string; actual: string; external: string; self: string; gap: string };
  short: { target: string; actual: string; external: string; self: string; gap: string };
  /** Explains the gap of one competency: target − actual. */
  gapText: (gap: number) => string;
  /** The gap column of a competency the target does not ask for and the person does not have (both 0): the summary's `unrequired`. */
  unrequired: string;
  notRated: string;
  blindSpot: string;
  hiddenStrength: string;
  blindSpotExplained: string;
  hiddenStrengthExplained: string;
  spokeName: (facts: SpokeFacts) => string;
  legendTitle: string;
  categoriesTitle: string;
  numbersTitle: string;
  /** With `legend="shared"`: where the legend is (`wheel`, the name of the wheel that draws it); `numbered`: this wheel's spokes carry numbers. */
  legendElsewhere(wheel: string, numbered: boolean): string;
  showTable: string;
  hideTable: string;
  tableCaption: string;
  columns: { competency: string; category: string; target: string; actual: string; external: string; self: string; gap: string; note: string };
  /**
   * While an assessment is edited (the line manager's external one, or the provider's person's own
   * self-assessment), what says "Ist" otherwise: the gap's names, `unrequired`, and the hint that
   * names the rating set.
   */
  edited: Record<'external' | 'self', { gap: string; gapColumn: string; unrequired: string; editHint: string }>;
  /** Level with its number, as in the data table. */
  levelWithNumber: (name: string, level: number) => string;
  /** Where the built-in roles' targets come from (`DEFAULT_ROLES_LEAN` leaves the note to the language modules). */
  defaultRoleSource: string;
}

export const WHEEL_STRINGS = defineStrings<WheelStrings>({ de: () => import('./de.js'), en: () => import('./en.js') });
