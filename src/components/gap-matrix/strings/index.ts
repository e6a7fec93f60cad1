import type { Templates } from '../../../domain/messages/templates.js';
import type { SynergyReasonParams } from '../../../domain/synergy.js';
import type { Level } from '../../../domain/types.js';
import { defineStrings } from '../../../internal/localize.js';

export interface GapMatrixStrings {
  personCaption: (name: string | undefined) => string;
  teamCaption: (count: number) => string;
  competency: string;
  target: string;
  self: string;
  external: string;
  actual: string;
  gap: string;
  priority: string;
  due: string;
  name: string;
  role: string;
  department: string;
  summary: string;
  /** A history column: rater and date. */
  historyColumn: (rater: 'self' | 'external', date: string) => string;
  history: string;
  sortBy: string;
  sortCategory: string;
  sortGap: string;
  sortPriority: string;
  sortNone: string;
  descending: string;
  toBuildOnly: string;
  show: string;
  showGap: string;
  showActual: string;
  filterRole: string;
  filterDepartment: string;
  filterCompetency: string;
  anyRole: string;
  anyCompetency: string;
  minGap: string;
  minGapOff: string;
  /** The notice of a `filter-role` that names no role: the text given and the roles' names. */
  unknownRole: (given: string, roles: readonly string[]) => string;
  /** The notice of a `filter-competency` that names no competency: the text given, the first names and how many are not named. */
  unknownCompetency: (given: string, competencies: readonly string[], more: number) => string;
  /** Accessible text of a gap value. */
  gapText: (gap: number) => string;
  /** Accessible text of a team cell that shows an actual level: the level and its name. */
  levelText: (level: Level) => string;
  /** Accessible text of a team cell whose value is still to come (shown as "…"). */
  pending: string;
  dueSince: (date: string) => string;
  notDue: string;
  rank: (rank: number) => string;
  notRanked: string;
  /** Accessible text of `notRanked`: nothing to build, so no rank. */
  notRankedText: string;
  disagreement: string;
  blindSpot: string;
  hiddenStrength: string;
  notAssessed: string;
  legendGap: string;
  legendActual: string;
  summaryCell: (toBuild: number, averageGap: number, averageActual: number, value: 'gap' | 'actual') => string;
  shown: (shown: number, total: number) => string;
  analysing: (percent: number) => string;
  noPerson: string;
  /** Ratings without a usable target profile. */
  noTarget: string;
  /** While the provider reads its stored data or its `src` and has no one yet. */
  loading: string;
  noRows: string;
  synergy: string;
  synergyHint: string;
  synergyShow: string;
  synergyHide: string;
  synergyNone: string;
  synergyMore: (remaining: number) => string;
  cohort: (cohort: number, cohorts: number) => string;
  synergyOnly: string;
  synergySelected: (count: number) => string;
  clearSelection: string;
  /** Said when a row is chosen (a person in team mode, a group in organisation mode). */
  chosen: (name: string) => string;
  member: string;
  /** Person mode, a category row: what its figures mean. */
  categoryTotals: (toBuild: number, share: number, aboveLevels: number) => string;
  categoryTarget: (levels: number) => string;
  categoryReached: (levels: number) => string;
  categoryGap: (levels: number) => string;
  legendCategory: string;
  legendRank: string;
  /** Synergy cards. */
  synergySummary: (groups: number, people: number) => string;
  synergyFormat: string;
  synergyPeople: (people: number) => string;
  synergyPrior: (min: number, max: number) => string;
  synergyOffices: string;
  synergyOtherOffices: (offices: number) => string;
  synergyMark: string;
  noDepartment: string;
  /** Organisation mode. */
  organisationCaption: (groupBy: 'department' | 'role' | 'category', people: number) => string;
  groupBy: string;
  groupByNames: Readonly<Record<'department' | 'role' | 'category', string>>;
  otherGroup: string;
  otherGroupHint: string;
  peopleCounted: string;
  allCompetencies: string;
  shareCell: (below: number, counted: number, share: number) => string;
  notInGroup: string;
  withheld: (people: number, minGroupSize: number) => string;
  organisationLegend: (minGroupSize: number) => string;
  /** Organisation mode without any data (nobody counted, nobody withheld). */
  /** Team mode without anyone (no provider, no `people`): where the people come from. */
  teamNoData: string;
  organisationNoData: string;
  organisationNone: string;
  drillHint: string;
  drillTitle: (group: string, competency: string) => string;
  drillSummary: (below: number, counted: number) => string;
  drillClose: string;
  drillMore: (remaining: number) => string;
  /** The refresh column of a competency rated without a date (as attributes give it). */
  noDate: string;
  notRated: string;
  /** A CSV header of organisation mode: the share below target in a column. */
  csvShare: (column: string) => string;
  /** The CSV row of the people in no group shown. */
  csvWithheld: (minGroupSize: number) => string;
  /** Why people form the selected synergy group (the domain's table for this language). */
  synergyReasons: Templates<SynergyReasonParams>;
}


export const GAP_MATRIX_STRINGS = defineStrings<GapMatrixStrings>({ de: () => import('./de.js'), en: () => import('./en.js') });
