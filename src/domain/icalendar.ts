import { DEFAULT_CATALOGUE, competencyById } from './catalogue.js';
import { addDays } from './dates.js';
import { KompetenzradError, type ValidationIssue } from './errors.js';
import { DEFAULT_FORMATS, formatById } from './formats.js';
import { validatePerson } from './assessments.js';
import { validatePlan } from './plans.js';
import type { Catalogue, Format, IsoDate, Lang, Person, Plan, PlanItem, Review } from './types.js';

export interface ICalendarOptions {
  /** Language of summaries and descriptions; German by default. */
  lang?: Lang;
  /** The PRODID of the calendar; `-//kompetenzrad//Lernplan//DE` by default. */
  productId?: string;
  /** The moment written as DTSTAMP (a `Date` or an ISO 8601 timestamp); the current time by default. */
  now?: Date | string;
  /** For competency labels; the built-in catalogue by default. */
  catalogue?: Catalogue;
  /** For format labels; the built-in formats by default. */
  formats?: readonly Format[];
}

const DEFAULT_PRODUCT_ID = '-//kompetenzrad//Lernplan//DE';
/** RFC 5545 §3.1: a content line is folded so that no physical line exceeds 75 octets. */
const MAX_LINE_OCTETS = 75;
const CRLF = '\r\n';

const TEXTS = {
  de: {
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
  },
  en: {
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
  },
} as const;

type Texts = (typeof TEXTS)[Lang];

/**
 * Writes a learning plan as an iCalendar file (RFC 5545) for the municipal calendar: one
 * all-day VEVENT per plan item (DTEND is the day after the item's inclusive end date) and one
 * per review meeting, the final review marked in SUMMARY and CATEGORIES. UIDs are stable
 * (`<plan id>/item/<item id>@kompetenzrad`, `<plan id>/review/<review id>@kompetenzrad`), so
 * importing the file again updates the events instead of duplicating them. Lines end with CRLF
 * and are folded at 75 octets of UTF-8 without splitting a character.
 *
 * Throws a `KompetenzradError` when the plan or the person is not valid or the plan belongs to
 * someone else.
 */
export function toICalendar(plan: Plan, person: Person, options: ICalendarOptions = {}): string {
  const lang: Lang = options.lang === 'en' ? 'en' : 'de';
  const catalogue = options.catalogue ?? DEFAULT_CATALOGUE;
  const formats = options.formats ?? DEFAULT_FORMATS;
  const issues: ValidationIssue[] = [...validatePlan(plan, catalogue, '$.plan', formats), ...validatePerson(person, '$.person')];
  if (issues.length === 0 && plan.personId !== person.id) {
    issues.push({
      path: '$.person.id',
      code: 'person-mismatch',
      message: `$.person.id: the plan belongs to "${plan.personId}", not to "${person.id}"`,
    });
  }
  const stamp = formatTimestamp(options.now ?? new Date(), issues);
  if (issues.length > 0) throw new KompetenzradError(issues);

  const texts = TEXTS[lang];
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.productId ?? DEFAULT_PRODUCT_ID)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`${texts.calendar}: ${person.name}`)}`,
  ];
  for (const item of plan.items) lines.push(...itemEvent(plan, person, item, stamp, texts, lang, catalogue, formats));
  for (const review of plan.reviews) lines.push(...reviewEvent(plan, person, review, stamp, texts));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function itemEvent(
  plan: Plan,
  person: Person,
  item: PlanItem,
  stamp: string,
  texts: Texts,
  lang: Lang,
  catalogue: Catalogue,
  formats: readonly Format[],
): string[] {
  const formatLabel = formatById(formats, item.formatId)?.label[lang] ?? item.formatId;
  const competencies = item.competencyIds.map((id) => competencyById(catalogue, id)?.label[lang] ?? id).join(', ');
  const kind = item.kind === 'practice' ? `${texts.practice} (${formatLabel})` : formatLabel;
  const summary = competencies ? `${kind}: ${competencies}` : kind;
  const description = [
    item.title,
    `${texts.person}: ${person.name}`,
    competencies && `${texts.competencies}: ${competencies}`,
    `${texts.hours}: ${formatNumber(item.hours, lang)}`,
    `${texts.cost}: ${formatNumber(item.cost, lang)}`,
    item.provider && `${texts.provider}: ${item.provider}`,
    `${texts.status}: ${texts.statuses[item.status]}`,
    item.goalId && `${texts.goal}: ${item.goalId}`,
  ].filter(Boolean);
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(uid(plan.id, 'item', item.id))}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compactDate(item.start)}`,
    `DTEND;VALUE=DATE:${compactDate(addDays(item.end, 1))}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description.join('\n'))}`,
    `CATEGORIES:${[texts.learningPlan, formatLabel].map(escapeText).join(',')}`,
    `STATUS:${item.status === 'dropped' || plan.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

function reviewEvent(plan: Plan, person: Person, review: Review, stamp: string, texts: Texts): string[] {
  const kind = review.final ? texts.finalReview : texts.review;
  const categories = review.final ? [texts.learningPlan, texts.review, texts.finalReview] : [texts.learningPlan, texts.review];
  const description = [
    `${texts.person}: ${person.name}`,
    review.participants.length > 0 && `${texts.participants}: ${review.participants.join(', ')}`,
    review.notes && `${texts.notes}: ${review.notes}`,
  ].filter(Boolean);
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(uid(plan.id, 'review', review.id))}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compactDate(review.date)}`,
    `DTEND;VALUE=DATE:${compactDate(addDays(review.date, 1))}`,
    `SUMMARY:${escapeText(`${kind}: ${person.name}`)}`,
    `DESCRIPTION:${escapeText(description.join('\n'))}`,
    `CATEGORIES:${categories.map(escapeText).join(',')}`,
    `STATUS:${plan.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** `YYYY-MM-DD` → `YYYYMMDD` (an iCalendar DATE). */
function compactDate(date: IsoDate): string {
  return date.replaceAll('-', '');
}

function formatNumber(value: number, lang: Lang): string {
  return lang === 'de' ? String(value).replace('.', ',') : String(value);
}

/** An iCalendar UTC DATE-TIME (`YYYYMMDDTHHMMSSZ`); reports an unreadable moment. */
function formatTimestamp(now: Date | string, issues: ValidationIssue[]): string {
  const date = typeof now === 'string' ? new Date(now) : now;
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    issues.push({ path: '$.options.now', code: 'date', message: '$.options.now: expected a Date or an ISO 8601 timestamp' });
    return '';
  }
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks; other
 * control characters (not allowed in TEXT) are removed.
 */
export function escapeICalendarText(text: string): string {
  return text
    .replace(/[\\;,]/g, (char) => `\\${char}`)
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
}

const escapeText = escapeICalendarText;

/**
 * Folds one content line (RFC 5545 §3.1): every physical line holds at most 75 octets of UTF-8,
 * continuation lines start with one space, and a multi-byte character is never split.
 */
export function foldICalendarLine(line: string): string {
  let octets = 0;
  for (let i = 0; i < line.length; i += 1) octets += line.charCodeAt(i) < 0x80 ? 1 : 3;
  if (octets <= MAX_LINE_OCTETS) return line;

  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const width = utf8Length(char.codePointAt(0) ?? 0);
    if (size + width > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = MAX_LINE_OCTETS - 1; // the leading space of a continuation line counts too
    }
    current += char;
    size += width;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const foldLine = foldICalendarLine;

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** Undoes folding: removes every CRLF followed by one space or tab (RFC 5545 §3.1). */
export function unfoldICalendar(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

/** A UID unique across plans and kinds: ids cannot contain "/", so `<plan>/<kind>/<id>` never collides. */
function uid(planId: string, kind: 'item' | 'review', id: string): string {
  return `${planId}/${kind}/${id}@kompetenzrad`;
}
