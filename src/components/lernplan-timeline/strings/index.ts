import type { FindingTexts } from '../../../domain/messages/findings.js';
import type { Templates } from '../../../domain/messages/templates.js';
import type { ReviewNoteParams } from '../../../domain/plan-status.js';
import type { ItemStatus, PlanStatus, SettingKind } from '../../../domain/types.js';
import { defineStrings } from '../../../internal/localize.js';

export interface FinalStatusQuestion {
  title: string;
  text: (status: string) => string;
  action: string;
}

/** The form of the final review that completes a plan. */
export interface FinalReviewFormStrings {
  title: string;
  /** What completing means (`status`: the plan's status so far). */
  text: (status: string) => string;
  date: string;
  /** The heading above the goals. */
  goals: string;
  reached: string;
  notReached: string;
  smartInPractice: string;
  /** In place of the goals when no item of the plan serves one. */
  noGoals: string;
  /** Items of the plan serve goals that are not shown (`ids`, quoted): the plan cannot be completed. */
  missingGoals: (ids: string) => string;
  notes: string;
  nextStockTaking: string;
  /** After `nextStockTaking` in the form: what an empty field means. */
  nextStockTakingEmpty: string;
  action: string;
}

export interface TimelineStrings {
  chartLabel: string;
  listLabel: string;
  viewGroup: string;
  viewChart: string;
  viewList: string;
  lanes: string;
  lanesCompetency: string;
  lanesFormat: string;
  zoom: string;
  zoomQuarter: string;
  zoomYear: string;
  zoomPlan: string;
  draft: string;
  redraft: string;
  /** The question before a new draft takes the place of the draft shown, what it does, and its button. */
  replaceDraftTitle: string;
  replaceDraftText: string;
  replaceDraft: string;
  /** The question before a new draft is added while a plan in another status (`status`) is shown; `cancellable`: that plan can still be cancelled. */
  draftBesideTitle: string;
  draftBesideText: (status: string, cancellable: boolean) => string;
  draftBeside: string;
  addItem: string;
  addReview: string;
  undo: string;
  download: string;
  planStatus: string;
  /** The button beside the plan status field that applies the status chosen there. */
  applyStatus: string;
  /** The question before the plan is cancelled: title, what it means (`status`: the plan's status so far) and the action. */
  cancelPlanQuestion: FinalStatusQuestion;
  finalReviewForm: FinalReviewFormStrings;
  keepPlan: string;
  planStatuses: Record<PlanStatus, string>;
  itemStatuses: Record<ItemStatus, string>;
  settings: Record<SettingKind, string>;
  practice: string;
  practiceOf: (format: string) => string;
  noCompetency: string;
  reviews: string;
  review: string;
  finalReview: string;
  goals: string;
  goalDue: (goal: string) => string;
  today: string;
  /** An ISO week on the axis: long (`KW 37` / `W37`). */
  week: (week: number) => string;
  load: string;
  loadCell: (month: string, hours: string, capacity: string, over: string | undefined) => string;
  overBy: (hours: string) => string;
  hoursShort: (hours: string) => string;
  /** The text alternative of the chart. */
  summary: (info: SummaryInfo) => string;
  keyboardHelp: (editable: boolean) => string;
  itemLabel: (info: ItemLabelInfo) => string;
  /** `outcome`: what the final review of a completed plan found. */
  reviewLabel: (date: string, final: boolean, participants: string, outcome?: { reached: number; total: number }) => string;
  findingsTitle: string;
  noFindings: string;
  severity: Record<'error' | 'warning', string>;
  /** The texts of the plan check's findings. */
  findings: FindingTexts;
  /** The notes a final review gets when none are written (the domain's summary). */
  reviewNotes: Templates<ReviewNoteParams>;
  hasFindings: (count: number) => string;
  noPerson: string;
  /** While the provider reads its stored data or its `src` and has no one yet. */
  loading: string;
  /** The plan given to the element could not be used (the notice says why). */
  planRefused: string;
  noPlan: string;
  noPlanEditable: string;
  columns: {
    when: string;
    what: string;
    kind: string;
    format: string;
    setting: string;
    competencies: string;
    hours: string;
    cost: string;
    provider: string;
    status: string;
    goal: string;
    participants: string;
    notes: string;
    findings: string;
    month: string;
    capacity: string;
    over: string;
    title: string;
  };
  kinds: { item: string; practice: string; review: string; finalReview: string; goalDue: string };
  loadTable: string;
  details: string;
  close: string;
  remove: string;
  start: string;
  end: string;
  date: string;
  final: string;
  save: string;
  cancel: string;
  format: string;
  goal: string;
  competency: string;
  noGoal: string;
  titleOptional: string;
  euros: (value: string) => string;
  announceMoved: (what: string, start: string, end: string) => string;
  announceResized: (what: string, start: string, end: string) => string;
  announceReviewMoved: (date: string) => string;
  /** Said after a move or resize that took the item's practice phases along. */
  announcePracticeAlong: (count: number) => string;
  announceRemoved: (what: string) => string;
  announceAdded: (what: string) => string;
  announceStatus: (what: string, status: string) => string;
  announcePlanStatus: (status: string) => string;
  /** The plan was completed by its final review: `reached` of `total` goals, the next stock-taking's date. */
  announceCompleted: (reached: number, total: number, nextStockTaking: string) => string;
  /** After the calendar file was handed to the browser's download. */
  announceCalendar: (file: string) => string;
  announceUndone: string;
  announceDrafted: (items: number, reviews: number) => string;
  /** Said after a new draft took the place of the draft shown. */
  announceReplaced: (items: number, reviews: number) => string;
  announceShortest: string;
  announceRejected: (reason: string) => string;
  announceNothingToUndo: string;
  legend: string;
  legendOn: string;
  legendOff: string;
  legendPractice: string;
  legendOver: string;
  legendFinding: string;
  drafting: string;
  dateRange: (start: string, end: string) => string;
}

export interface SummaryInfo {
  person: string | undefined;
  /** All items of the plan, the practice phases among them. */
  items: number;
  /** The practice phases among `items`. */
  practice: number;
  reviews: number;
  /** The plan's first and last day (of its items and reviews). */
  start: string | undefined;
  end: string | undefined;
  /**
   * When the chart shows only part of the plan (`start`, `end`): the days given (one may be
   * missing) and how many entries of each kind lie wholly outside them.
   */
  shown: { start: string | undefined; end: string | undefined; formats: number; practice: number; reviews: number } | undefined;
  finalReview: string | undefined;
  /** What the final review recorded, once the plan is completed with it. */
  outcome: { reached: number; total: number; nextStockTaking: string } | undefined;
  overMonths: number;
  findings: number;
  status: string;
}

export interface ItemLabelInfo {
  what: string;
  competencies: string;
  start: string;
  end: string;
  hours: string;
  setting: string;
  status: string;
}

export const TIMELINE_STRINGS = defineStrings<TimelineStrings>({ de: () => import('./de.js'), en: () => import('./en.js') });
