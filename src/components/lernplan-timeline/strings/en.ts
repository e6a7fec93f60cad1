import { FINDINGS_EN } from '../../../domain/messages/findings.en.js';
import { REVIEW_NOTES_EN } from '../../../domain/messages/review-notes.en.js';
import { plainList } from '../../../internal/plain-list.js';
import type { SummaryInfo, TimelineStrings } from './index.js';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);
/** The goals a final review found reached, after a colon (nothing when it had no goals to judge). */
const goalsReached = (reached: number, total: number) => (total > 0 ? `: ${reached} of ${total} ${plural(total, 'goal', 'goals')} reached` : '');
const counted = (count: number, one: string, many: string) => `${count} ${plural(count, one, many)}`;
/** `2 activities, 1 practice phase and 6 review meetings`; a kind without entries left out, but for activities and reviews when `all`. */
const entries = (formats: number, practice: number, reviews: number, all?: boolean) =>
  plainList(
    [all || formats ? counted(formats, 'activity', 'activities') : '', practice ? counted(practice, 'practice phase', 'practice phases') : '', all || reviews ? counted(reviews, 'review meeting', 'review meetings') : ''].filter(Boolean),
    'en',
    'and',
  );
const span = (start: string | undefined, end: string | undefined) => (start && end ? `from ${start} to ${end}` : start ? `from ${start} on` : end ? `up to ${end}` : '');
/** The part of the plan the chart shows and the entries that lie outside it. */
function shownPart({ start, end, formats, practice, reviews }: NonNullable<SummaryInfo['shown']>): string {
  const count = formats + practice + reviews;
  return ` The timeline shows ${span(start, end)}${count ? `; ${entries(formats, practice, reviews)} ${plural(count, 'lies', 'lie')} outside it (see the list)` : ''}.`;
}
const strings: TimelineStrings = {
  chartLabel: 'Learning plan as a timeline',
  listLabel: 'Learning plan as a list, in date order',
  viewGroup: 'View',
  viewChart: 'Timeline',
  viewList: 'List',
  lanes: 'Rows by',
  lanesCompetency: 'Competency',
  lanesFormat: 'Format',
  zoom: 'Period',
  zoomQuarter: 'Quarter',
  zoomYear: 'Year',
  zoomPlan: 'Whole plan',
  draft: 'Draft a plan',
  redraft: 'Draft a new plan',
  replaceDraftTitle: 'Replace the draft with a new one?',
  replaceDraftText:
    'The new draft is made from the person’s goals and gaps and takes the place of the one shown, along with your changes to it. It keeps that draft’s identifier: when the calendar file is downloaded and imported again, the events already there are updated rather than doubled. “Undo” brings the previous draft back.',
  replaceDraft: 'Replace draft',
  draftBesideTitle: 'Draft a new plan?',
  draftBesideText: (status, cancellable) =>
    `The current plan (${status}) is kept as it is, but is no longer shown here while the new draft exists.${cancellable ? ' If it should no longer apply, set its plan status to “cancelled” first.' : ''} “Undo” cancels the new draft and shows the current plan again.`,
  draftBeside: 'Create draft',
  addItem: 'Add activity',
  addReview: 'Add review meeting',
  undo: 'Undo',
  download: 'As calendar file (.ics)',
  planStatus: 'Plan status',
  applyStatus: 'Change status',
  cancelPlanQuestion: {
    title: 'Cancel the plan?',
    text: (status) =>
      `The plan (${status} so far) then no longer applies and cannot be carried on; in a portfolio view it is no longer shown. “Undo” restores its previous status until another person or plan is chosen or the page is reloaded.`,
    action: 'Cancel plan',
  },
  finalReviewForm: {
    title: 'Record the final review',
    text: (status) =>
      `The plan (${status} so far) is then completed, and its status can no longer change. Every goal an activity of the plan serves is marked “reached” or “not reached”; the next cycle starts with a new stock-taking. “Undo” restores the plan and the goals until another person or plan is chosen or the page is reloaded.`,
    date: 'Date of the final review',
    goals: 'Goals of the plan',
    reached: 'reached',
    notReached: 'not reached',
    smartInPractice: 'proved a SMART goal in practice',
    noGoals: 'No activity of the plan serves a learning goal: there is no goal to assess.',
    missingGoals: (ids) =>
      `Activities of the plan serve goals that are not available here (${ids}). Without their outcome the plan cannot be completed: give the time line the person's goals (“goals”), or assign the activities to other goals.`,
    notes: 'Notes on the meeting (optional; else a summary is written)',
    nextStockTaking: 'Next stock-taking by',
    nextStockTakingEmpty: '(empty: on the day of the meeting)',
    action: 'Complete plan',
  },
  keepPlan: 'Keep plan',
  planStatuses: { draft: 'draft', agreed: 'agreed', active: 'active', completed: 'completed', cancelled: 'cancelled' },
  itemStatuses: { planned: 'planned', running: 'running', done: 'done', dropped: 'dropped' },
  settings: { 'on-the-job': 'on the job', 'off-the-job': 'off the job', both: 'on or off the job' },
  practice: 'Practice phase',
  practiceOf: (format) => `Practice phase after ${format}`,
  noCompetency: 'no competency',
  reviews: 'Reviews',
  review: 'Review meeting',
  finalReview: 'Final review',
  goals: 'Goal dates',
  goalDue: (goal) => `Goal due: ${goal}`,
  today: 'Today',
  week: (week) => `W${week}`,
  load: 'Hours',
  loadCell: (month, hours, capacity, over) =>
    over === undefined ? `${month}: ${hours} of ${capacity} hours` : `${month}: ${hours} of ${capacity} hours, ${over} hours too many`,
  overBy: (hours) => `+${hours} h`,
  hoursShort: (hours) => `${hours} h`,
  summary: (s) => {
    if (s.items === 0 && s.reviews === 0) return `${s.person ? `Learning plan of ${s.person}` : 'Learning plan'} (${s.status}): no activities and no review meetings yet.`;
    const parts = [`${s.person ? `Learning plan of ${s.person}` : 'Learning plan'} (${s.status}): ${entries(s.items - s.practice, s.practice, s.reviews, true)}`, span(s.start, s.end)].filter(Boolean);
    const reached = s.outcome && goalsReached(s.outcome.reached, s.outcome.total);
    const result = s.outcome ? `${reached ? `${reached},` : ':'} next stock-taking by ${s.outcome.nextStockTaking}` : '';
    const final = s.finalReview ? ` Final review on ${s.finalReview}${result}.` : ' No final review yet.';
    const over = s.overMonths > 0 ? ` ${s.overMonths} ${plural(s.overMonths, 'month is', 'months are')} over the time available.` : ' No month is over the time available.';
    const findings = s.findings > 0 ? ` ${s.findings} ${plural(s.findings, 'finding', 'findings')} about the plan.` : '';
    return `${parts.join(' ')}.${s.shown ? shownPart(s.shown) : ''}${final}${over}${findings}`;
  },
  keyboardHelp: (editable) =>
    editable
      ? 'Up and down arrows go from entry to entry. Left and right arrows move by a week; with Shift they change the length. Enter opens the details, Delete removes, Ctrl+Z undoes the last change.'
      : 'Arrow keys go from entry to entry, Home and End jump to the first and last. Enter opens the details.',
  itemLabel: (i) => `${i.what}${i.competencies ? `, ${i.competencies}` : ''}, ${i.start} to ${i.end}, ${i.hours} hours, ${i.setting}, ${i.status}`,
  reviewLabel: (date, final, participants, outcome) =>
    `${final ? 'Final review' : 'Review meeting'} on ${date}${participants ? ` with ${participants}` : ''}${outcome ? goalsReached(outcome.reached, outcome.total) : ''}`,
  findingsTitle: 'Findings about the plan',
  noFindings: 'The plan adds up: no findings.',
  severity: { error: 'Problem', warning: 'Note' },
  findings: FINDINGS_EN,
  reviewNotes: REVIEW_NOTES_EN,
  hasFindings: (count) => `${count} ${plural(count, 'finding', 'findings')}`,
  noPerson: 'Choose a person to see their learning plan.',
  loading: 'Loading data …',
  planRefused: 'The learning plan cannot be shown; the notice above says why.',
  noPlan: 'There is no learning plan for this person yet.',
  noPlanEditable: 'There is no learning plan for this person yet. “Draft a plan” proposes one from their goals and gaps.',
  columns: {
    when: 'Period',
    what: 'Entry',
    kind: 'Kind',
    format: 'Format',
    setting: 'Setting',
    competencies: 'Competencies',
    hours: 'Effort (hours)',
    cost: 'Cost',
    provider: 'Run by',
    status: 'Status',
    goal: 'Learning goal',
    participants: 'Participants',
    notes: 'Notes',
    findings: 'Findings',
    month: 'Month',
    capacity: 'Available (hours)',
    over: 'Too many (hours)',
    title: 'Title',
  },
  kinds: { item: 'Activity', practice: 'Practice phase', review: 'Review meeting', finalReview: 'Final review', goalDue: 'Goal due' },
  loadTable: 'Planned hours per month',
  details: 'Details',
  close: 'Close',
  remove: 'Remove',
  start: 'Start',
  end: 'End',
  date: 'Date',
  final: 'Final review',
  save: 'Add',
  cancel: 'Cancel',
  format: 'Format',
  goal: 'Learning goal',
  competency: 'Competency',
  noGoal: 'no learning goal',
  titleOptional: 'Title (optional)',
  euros: (value) => `€${value}`,
  announceMoved: (what, start, end) => `${what} moved: ${start} to ${end}.`,
  announceResized: (what, start, end) => `${what} now runs from ${start} to ${end}.`,
  announceReviewMoved: (date) => `Review meeting moved to ${date}.`,
  announcePracticeAlong: (count) => (count === 1 ? 'Its practice phase moved with it.' : 'Its practice phases moved with it.'),
  announceRemoved: (what) => `${what} removed.`,
  announceAdded: (what) => `${what} added.`,
  announceStatus: (what, status) => `${what}: status ${status}.`,
  announcePlanStatus: (status) => `The plan is now ${status}.`,
  announceCompleted: (reached, total, next) =>
    `Plan completed${goalsReached(reached, total)}. Next stock-taking by ${next}.`,
  announceCalendar: (file) => `Downloading the calendar file “${file}”.`,
  announceUndone: 'Last change undone.',
  announceDrafted: (items, reviews) => `Plan drafted: ${items} ${plural(items, 'activity', 'activities')}, ${reviews} ${plural(reviews, 'review meeting', 'review meetings')}.`,
  announceReplaced: (items, reviews) => `Draft replaced: ${items} ${plural(items, 'activity', 'activities')}, ${reviews} ${plural(reviews, 'review meeting', 'review meetings')}.`,
  announceShortest: 'It cannot get shorter: an activity lasts at least one day.',
  announceRejected: (reason) => `Change not possible: ${reason}`,
  announceNothingToUndo: 'There is nothing to undo.',
  legend: 'Legend',
  legendOn: 'on the job (or both)',
  legendOff: 'off the job (hatched)',
  legendPractice: 'practice phase (dashed outline)',
  legendOver: 'month over the time available (hatched, with number)',
  legendFinding: 'entry with a finding (!)',
  drafting: 'Drafting the plan …',
  dateRange: (start, end) => (start === end ? start : `${start} – ${end}`),
};

export default strings;
