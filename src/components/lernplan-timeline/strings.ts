import { defineStrings } from '../../internal/localize.js';
import type { ItemStatus, Lang, PlanStatus, SettingKind } from '../../domain/types.js';

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
  addItem: string;
  addReview: string;
  undo: string;
  download: string;
  planStatus: string;
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
  load: string;
  loadCell: (month: string, hours: string, capacity: string, over: string | undefined) => string;
  overBy: (hours: string) => string;
  hoursShort: (hours: string) => string;
  /** The text alternative of the chart. */
  summary: (info: SummaryInfo) => string;
  outsideRange: (count: number) => string;
  keyboardHelp: (editable: boolean) => string;
  itemLabel: (info: ItemLabelInfo) => string;
  reviewLabel: (date: string, final: boolean, participants: string) => string;
  findingsTitle: string;
  noFindings: string;
  severity: Record<'error' | 'warning', string>;
  hasFindings: (count: number) => string;
  noPerson: string;
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
  announceRemoved: (what: string) => string;
  announceAdded: (what: string) => string;
  announceStatus: (what: string, status: string) => string;
  announcePlanStatus: (status: string) => string;
  announceUndone: string;
  announceDrafted: (items: number, reviews: number) => string;
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
  items: number;
  reviews: number;
  start: string | undefined;
  end: string | undefined;
  finalReview: string | undefined;
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

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

const de: TimelineStrings = {
  chartLabel: 'Lernplan als Zeitleiste',
  listLabel: 'Lernplan als Liste, nach Datum geordnet',
  viewGroup: 'Ansicht',
  viewChart: 'Zeitleiste',
  viewList: 'Liste',
  lanes: 'Zeilen nach',
  lanesCompetency: 'Kompetenz',
  lanesFormat: 'Format',
  zoom: 'Zeitraum',
  zoomQuarter: 'Quartal',
  zoomYear: 'Jahr',
  zoomPlan: 'Ganzer Plan',
  draft: 'Plan entwerfen',
  redraft: 'Neuen Plan entwerfen',
  addItem: 'Angebot hinzufügen',
  addReview: 'Review-Gespräch hinzufügen',
  undo: 'Rückgängig',
  download: 'Als Kalenderdatei (.ics)',
  planStatus: 'Planstatus',
  planStatuses: { draft: 'Entwurf', agreed: 'vereinbart', active: 'läuft', completed: 'abgeschlossen', cancelled: 'abgebrochen' },
  itemStatuses: { planned: 'geplant', running: 'läuft', done: 'erledigt', dropped: 'entfallen' },
  settings: { 'on-the-job': 'am Arbeitsplatz', 'off-the-job': 'außerhalb des Arbeitsplatzes', both: 'am oder außerhalb des Arbeitsplatzes' },
  practice: 'Praxisphase',
  practiceOf: (format) => `Praxisphase nach ${format}`,
  noCompetency: 'ohne Kompetenz',
  reviews: 'Reviews',
  review: 'Review-Gespräch',
  finalReview: 'Abschlussgespräch',
  goals: 'Zieltermine',
  goalDue: (goal) => `Zieltermin: ${goal}`,
  today: 'Heute',
  load: 'Stunden',
  loadCell: (month, hours, capacity, over) =>
    over === undefined ? `${month}: ${hours} von ${capacity} Stunden` : `${month}: ${hours} von ${capacity} Stunden, ${over} Stunden zu viel`,
  overBy: (hours) => `+${hours} h`,
  hoursShort: (hours) => `${hours} h`,
  summary: (s) => {
    if (s.items === 0 && s.reviews === 0) return `${s.person ? `Lernplan von ${s.person}` : 'Lernplan'} (${s.status}): noch keine Angebote und keine Review-Gespräche.`;
    const parts = [
      `${s.person ? `Lernplan von ${s.person}` : 'Lernplan'} (${s.status}): ${s.items} ${plural(s.items, 'Angebot', 'Angebote')} und ${s.reviews} ${plural(s.reviews, 'Review-Gespräch', 'Review-Gespräche')}`,
      s.start && s.end ? `vom ${s.start} bis ${s.end}` : '',
    ].filter(Boolean);
    const final = s.finalReview ? ` Abschlussgespräch am ${s.finalReview}.` : ' Noch kein Abschlussgespräch.';
    const over = s.overMonths > 0 ? ` ${s.overMonths} ${plural(s.overMonths, 'Monat liegt', 'Monate liegen')} über der verfügbaren Zeit.` : ' Kein Monat liegt über der verfügbaren Zeit.';
    const findings = s.findings > 0 ? ` ${s.findings} ${plural(s.findings, 'Hinweis', 'Hinweise')} zum Plan.` : '';
    return `${parts.join(' ')}.${final}${over}${findings}`;
  },
  outsideRange: (count) => `${count} ${plural(count, 'Angebot liegt', 'Angebote liegen')} außerhalb des gezeigten Zeitraums (siehe Liste).`,
  keyboardHelp: (editable) =>
    editable
      ? 'Pfeil hoch und runter wechseln zwischen den Einträgen. Pfeil links und rechts verschieben um eine Woche, mit Umschalt ändern sie die Dauer. Eingabe öffnet die Details, Entf entfernt, Strg+Z macht die letzte Änderung rückgängig.'
      : 'Pfeiltasten wechseln zwischen den Einträgen, Pos1 und Ende springen zum ersten und letzten. Eingabe öffnet die Details.',
  itemLabel: (i) => `${i.what}${i.competencies ? `, ${i.competencies}` : ''}, ${i.start} bis ${i.end}, ${i.hours} Stunden, ${i.setting}, ${i.status}`,
  reviewLabel: (date, final, participants) => `${final ? 'Abschlussgespräch' : 'Review-Gespräch'} am ${date}${participants ? ` mit ${participants}` : ''}`,
  findingsTitle: 'Hinweise zum Plan',
  noFindings: 'Der Plan ist stimmig: keine Hinweise.',
  severity: { error: 'Problem', warning: 'Hinweis' },
  hasFindings: (count) => `${count} ${plural(count, 'Hinweis', 'Hinweise')}`,
  noPerson: 'Wählen Sie eine Person, um ihren Lernplan zu sehen.',
  noPlan: 'Für diese Person gibt es noch keinen Lernplan.',
  noPlanEditable: 'Für diese Person gibt es noch keinen Lernplan. „Plan entwerfen“ erstellt einen Vorschlag aus ihren Zielen und Lücken.',
  columns: {
    when: 'Zeitraum',
    what: 'Eintrag',
    kind: 'Art',
    format: 'Format',
    setting: 'Lernort',
    competencies: 'Kompetenzen',
    hours: 'Aufwand (Stunden)',
    cost: 'Kosten',
    provider: 'Durchführung',
    status: 'Status',
    goal: 'Lernziel',
    participants: 'Teilnehmende',
    notes: 'Notizen',
    findings: 'Hinweise',
    month: 'Monat',
    capacity: 'Verfügbar (Stunden)',
    over: 'Zu viel (Stunden)',
    title: 'Titel',
  },
  kinds: { item: 'Angebot', practice: 'Praxisphase', review: 'Review-Gespräch', finalReview: 'Abschlussgespräch', goalDue: 'Zieltermin' },
  loadTable: 'Geplante Stunden je Monat',
  details: 'Details',
  close: 'Schließen',
  remove: 'Entfernen',
  start: 'Beginn',
  end: 'Ende',
  date: 'Datum',
  final: 'Abschlussgespräch',
  save: 'Hinzufügen',
  cancel: 'Abbrechen',
  format: 'Format',
  goal: 'Lernziel',
  competency: 'Kompetenz',
  noGoal: 'ohne Lernziel',
  titleOptional: 'Titel (optional)',
  euros: (value) => `${value} €`,
  announceMoved: (what, start, end) => `${what} verschoben: ${start} bis ${end}.`,
  announceResized: (what, start, end) => `${what} dauert jetzt vom ${start} bis ${end}.`,
  announceReviewMoved: (date) => `Review-Gespräch verschoben auf ${date}.`,
  announceRemoved: (what) => `${what} entfernt.`,
  announceAdded: (what) => `${what} hinzugefügt.`,
  announceStatus: (what, status) => `${what}: Status ${status}.`,
  announcePlanStatus: (status) => `Plan ist jetzt ${status}.`,
  announceUndone: 'Letzte Änderung rückgängig gemacht.',
  announceDrafted: (items, reviews) => `Plan entworfen: ${items} ${plural(items, 'Angebot', 'Angebote')}, ${reviews} ${plural(reviews, 'Review-Gespräch', 'Review-Gespräche')}.`,
  announceShortest: 'Kürzer geht es nicht: ein Angebot dauert mindestens einen Tag.',
  announceRejected: (reason) => `Änderung nicht möglich: ${reason}`,
  announceNothingToUndo: 'Es gibt nichts rückgängig zu machen.',
  legend: 'Legende',
  legendOn: 'am Arbeitsplatz (oder beides)',
  legendOff: 'außerhalb des Arbeitsplatzes (schraffiert)',
  legendPractice: 'Praxisphase (gestrichelter Rahmen)',
  legendOver: 'Monat über der verfügbaren Zeit (schraffiert, mit Zahl)',
  legendFinding: 'Eintrag mit Hinweis (!)',
  drafting: 'Plan wird entworfen …',
  dateRange: (start, end) => (start === end ? start : `${start} – ${end}`),
};

const en: TimelineStrings = {
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
  addItem: 'Add activity',
  addReview: 'Add review meeting',
  undo: 'Undo',
  download: 'As calendar file (.ics)',
  planStatus: 'Plan status',
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
  load: 'Hours',
  loadCell: (month, hours, capacity, over) =>
    over === undefined ? `${month}: ${hours} of ${capacity} hours` : `${month}: ${hours} of ${capacity} hours, ${over} hours too many`,
  overBy: (hours) => `+${hours} h`,
  hoursShort: (hours) => `${hours} h`,
  summary: (s) => {
    if (s.items === 0 && s.reviews === 0) return `${s.person ? `Learning plan of ${s.person}` : 'Learning plan'} (${s.status}): no activities and no review meetings yet.`;
    const parts = [
      `${s.person ? `Learning plan of ${s.person}` : 'Learning plan'} (${s.status}): ${s.items} ${plural(s.items, 'activity', 'activities')} and ${s.reviews} ${plural(s.reviews, 'review meeting', 'review meetings')}`,
      s.start && s.end ? `from ${s.start} to ${s.end}` : '',
    ].filter(Boolean);
    const final = s.finalReview ? ` Final review on ${s.finalReview}.` : ' No final review yet.';
    const over = s.overMonths > 0 ? ` ${s.overMonths} ${plural(s.overMonths, 'month is', 'months are')} over the time available.` : ' No month is over the time available.';
    const findings = s.findings > 0 ? ` ${s.findings} ${plural(s.findings, 'finding', 'findings')} about the plan.` : '';
    return `${parts.join(' ')}.${final}${over}${findings}`;
  },
  outsideRange: (count) => `${count} ${plural(count, 'activity lies', 'activities lie')} outside the period shown (see the list).`,
  keyboardHelp: (editable) =>
    editable
      ? 'Up and down arrows go from entry to entry. Left and right arrows move by a week; with Shift they change the length. Enter opens the details, Delete removes, Ctrl+Z undoes the last change.'
      : 'Arrow keys go from entry to entry, Home and End jump to the first and last. Enter opens the details.',
  itemLabel: (i) => `${i.what}${i.competencies ? `, ${i.competencies}` : ''}, ${i.start} to ${i.end}, ${i.hours} hours, ${i.setting}, ${i.status}`,
  reviewLabel: (date, final, participants) => `${final ? 'Final review' : 'Review meeting'} on ${date}${participants ? ` with ${participants}` : ''}`,
  findingsTitle: 'Findings about the plan',
  noFindings: 'The plan adds up: no findings.',
  severity: { error: 'Problem', warning: 'Note' },
  hasFindings: (count) => `${count} ${plural(count, 'finding', 'findings')}`,
  noPerson: 'Choose a person to see their learning plan.',
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
  announceRemoved: (what) => `${what} removed.`,
  announceAdded: (what) => `${what} added.`,
  announceStatus: (what, status) => `${what}: status ${status}.`,
  announcePlanStatus: (status) => `The plan is now ${status}.`,
  announceUndone: 'Last change undone.',
  announceDrafted: (items, reviews) => `Plan drafted: ${items} ${plural(items, 'activity', 'activities')}, ${reviews} ${plural(reviews, 'review meeting', 'review meetings')}.`,
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

export const TIMELINE_STRINGS = defineStrings<TimelineStrings>({ de, en });

const LOCALES: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();

function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

const utc = (iso: string) => new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10) || '1')));

/** `2025-09-01` → `01.09.2025` / `01/09/2025`. */
export function formatDate(iso: string, lang: Lang): string {
  return dateFormat(lang, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(utc(iso));
}

export type MonthStyle = 'long' | 'short' | 'narrow';

/** `2025-09` → `Sept. 2025` (long), `Sept.` (short), `S` (narrow). */
export function formatMonth(month: string, lang: Lang, style: MonthStyle): string {
  const options: Intl.DateTimeFormatOptions = style === 'long' ? { month: 'short', year: 'numeric' } : { month: style };
  return dateFormat(lang, options).format(utc(`${month}-01`));
}

/** `2025-09` → `September 2025`, for screen readers and the list view. */
export function formatMonthFull(month: string, lang: Lang): string {
  return dateFormat(lang, { month: 'long', year: 'numeric' }).format(utc(`${month}-01`));
}

export function formatNumber(value: number, lang: Lang): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 });
    numberFormats.set(lang, format);
  }
  return format.format(value);
}
