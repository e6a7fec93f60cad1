import { langOrDefault } from '../internal/lang.js';
import { DEFAULT_CATALOGUE_LEAN, competencyById } from './catalogue.js';
import { addDays } from './dates.js';
import { got, issue, KompetenzradError, type ValidationIssue } from './errors.js';
import { DEFAULT_FORMATS_LEAN, formatById } from './formats.js';
import { ICALENDAR_LABELS_DE } from './messages/file-labels.de.js';
import { ICALENDAR_LABELS_EN } from './messages/file-labels.en.js';
import { validatePerson } from './assessments.js';
import { hash53 } from './plan-ids.js';
import { validatePlan } from './plan-validation.js';
import { isLevel, levelName } from './scale.js';
import type { Catalogue, Format, Goal, IsoDate, ItemStatus, Lang, Person, Plan, PlanItem, Review } from './types.js';
import { neutralizeText } from './unsafe-characters.js';
import { checkArray, checkBoolean, checkOneOf, checkRecordId, Issues } from './validate.js';

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
  /**
   * The portfolio's `installationId`, which makes the UIDs unique across portfolios. Without it
   * the UIDs carry a hash of the person's id and name instead: stable from export to export,
   * but new ones (and so duplicated events) after the person's name changes.
   */
  installationId?: string;
  /**
   * The events' CLASS: `PRIVATE` by default, so that colleagues and delegates who see the
   * calendar see the time as taken but not which training or meeting it is; `CONFIDENTIAL` or
   * `PUBLIC` when the municipality wants otherwise.
   */
  classification?: ICalendarClass;
  /** Review notes in the events' descriptions: off by default (they say how someone is doing, which a shared calendar passes on). */
  includeNotes?: boolean;
  /** The plan's goals: an item's goal is then named by its competencies, level and due date, not by its id. */
  goals?: readonly Goal[];
}

export const ICALENDAR_CLASSES = ['PRIVATE', 'CONFIDENTIAL', 'PUBLIC'] as const;
export type ICalendarClass = (typeof ICALENDAR_CLASSES)[number];

const DEFAULT_PRODUCT_ID = '-//kompetenzrad//Lernplan//DE';
/** RFC 5545 §3.1: a content line is folded so that no physical line exceeds 75 octets. */
const MAX_LINE_OCTETS = 75;
const CRLF = '\r\n';
/** Review times are local times of this zone (German municipalities). */
const TIME_ZONE = 'Europe/Berlin';
/** Europe/Berlin with the EU daylight-saving rules in force since 1996. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];
/** The length of a review meeting with a time of day. */
const REVIEW_MINUTES = 60;
const MINUTES_PER_DAY = 24 * 60;

/** The shape of a per-language module with the words of the calendar file (`messages/file-labels.<lang>.ts`). */
export interface ICalendarLabels {
  /** The language of these words: the names of competencies, formats and levels follow it unless `options.lang` is given. */
  readonly lang?: Lang;
  readonly calendar: string;
  readonly practice: string;
  readonly review: string;
  readonly finalReview: string;
  readonly learningPlan: string;
  readonly person: string;
  readonly competencies: string;
  readonly hours: string;
  readonly cost: string;
  readonly provider: string;
  readonly status: string;
  readonly participants: string;
  readonly notes: string;
  readonly goal: string;
  readonly statuses: Readonly<Record<ItemStatus, string>>;
}

const TEXTS: Readonly<Record<Lang, ICalendarLabels>> = { de: ICALENDAR_LABELS_DE, en: ICALENDAR_LABELS_EN };

type EventStatus = 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';

/** Someone who takes part in a review meeting and has an e-mail address. */
interface CalendarUser {
  name: string;
  email: string;
}

/** What every event of one file shares. */
interface EventContext {
  plan: Plan;
  person: Person;
  stamp: string;
  scope: string;
  texts: ICalendarLabels;
  classification: ICalendarClass;
  includeNotes: boolean;
  goals: readonly Goal[];
}

/**
 * Writes a learning plan as an iCalendar file (RFC 5545) for the municipal calendar.
 *
 * - Each plan item is an all-day VEVENT (DTEND is the day after the item's inclusive end date)
 *   that leaves the person free: `TRANSP:TRANSPARENT` and, for Outlook, which reads its own
 *   property first, `X-MICROSOFT-CDO-BUSYSTATUS:FREE`.
 * - Each review meeting is a VEVENT too: with the review's `time` one hour from that local time
 *   in Europe/Berlin (a VTIMEZONE is included) that shows the person as busy, without it an
 *   all-day event that leaves the day free. The final review is marked in SUMMARY and CATEGORIES.
 *   The person and the line manager are its attendees when they have an e-mail address
 *   (`mailto:`); the line manager, else the person, is the organizer. Someone without an address
 *   is no attendee (the review's participants stay in the description): a calendar address is a URI
 *   (RFC 5545 §3.3.3), Outlook resolves only `mailto:`, and Google Calendar's API refuses an
 *   attendee without an e-mail address.
 * - STATUS follows the plan: `TENTATIVE` while it is a draft, `CONFIRMED` once agreed, active or
 *   completed, `CANCELLED` for a cancelled plan and for dropped items.
 * - UIDs are `<scope>/<plan id>/item/<item id>@kompetenzrad` and `…/review/<review id>@…`, where
 *   the scope is `options.installationId` (see there): the same plan gives the same UIDs on
 *   every export, so importing the file again updates the events instead of duplicating them,
 *   and plans of two portfolios never share one (RFC 5545 §3.8.4.7).
 * - `METHOD:PUBLISH` unless a review has attendees, which RFC 5546 §3.2.1 forbids in a
 *   publication; such a file is a plain snapshot (RFC 5545 §3.7.2), not an invitation.
 * - Every event is `CLASS:PRIVATE` unless `options.classification` says otherwise, and review
 *   notes stay out unless `options.includeNotes` is true (data minimisation: calendars are shared
 *   with delegates and colleagues).
 *
 * Lines end with CRLF and are folded at 75 octets of UTF-8 without splitting a character.
 * Throws a `KompetenzradError` when the plan, the person, the installation id or a privacy
 * option is not valid, or the plan belongs to someone else.
 */
export function toICalendar(plan: Plan, person: Person, options: ICalendarOptions = {}): string {
  return toICalendarIn(TEXTS[langOrDefault((options ?? {}).lang)], plan, person, options ?? {});
}

/**
 * `toICalendar` with the words of one language module (`ICALENDAR_LABELS_DE`, `…_EN` from
 * `messages/file-labels.<lang>`), in their language (or `options.lang`): a page that speaks one
 * language loads only its own.
 */
export function toICalendarIn(texts: ICalendarLabels, plan: Plan, person: Person, given: ICalendarOptions = {}): string {
  const options = given ?? {};
  const lang: Lang = langOrDefault(options.lang ?? texts.lang);
  const catalogue = options.catalogue ?? DEFAULT_CATALOGUE_LEAN;
  const formats = options.formats ?? DEFAULT_FORMATS_LEAN;
  const issues: ValidationIssue[] = [...validatePlan(plan, catalogue, '$.plan', formats), ...validatePerson(person, '$.person')];
  if (issues.length === 0 && plan.personId !== person.id) {
    issues.push(issue('$.person.id', 'person-mismatch', { planPersonId: plan.personId, personId: person.id }));
  }
  if (options.installationId !== undefined) {
    const idIssues = new Issues();
    checkRecordId(idIssues, options.installationId, '$.options.installationId');
    issues.push(...idIssues.list);
  }
  const stamp = formatTimestamp(options.now ?? new Date(), issues);
  issues.push(...optionIssues(options));
  if (issues.length > 0) throw new KompetenzradError(issues);

  const context: EventContext = {
    plan,
    person,
    stamp,
    scope: options.installationId ?? personScope(person),
    texts,
    classification: options.classification ?? 'PRIVATE',
    includeNotes: options.includeNotes === true,
    goals: options.goals ?? [],
  };
  const attendees = reviewAttendees(person);
  const hasAttendees = plan.reviews.length > 0 && attendees.length > 0;
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.productId ?? DEFAULT_PRODUCT_ID)}`,
    'CALSCALE:GREGORIAN',
    ...(hasAttendees ? [] : ['METHOD:PUBLISH']),
    `X-WR-CALNAME:${escapeText(`${texts.calendar}: ${person.name}`)}`,
    ...(plan.reviews.some((review) => review.time !== undefined) ? VTIMEZONE : []),
  ];
  for (const item of plan.items) lines.push(...itemEvent(context, item, lang, catalogue, formats));
  for (const review of plan.reviews) lines.push(...reviewEvent(context, review, attendees));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function itemEvent(context: EventContext, item: PlanItem, lang: Lang, catalogue: Catalogue, formats: readonly Format[]): string[] {
  const { plan, person, texts } = context;
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
    item.goalId && `${texts.goal}: ${goalText(context, item.goalId, lang, catalogue)}`,
  ].filter(Boolean);
  const status = eventStatus(plan, item.status === 'dropped');
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(uid(context, 'item', item.id))}`,
    `DTSTAMP:${context.stamp}`,
    `DTSTART;VALUE=DATE:${compactDate(item.start)}`,
    `DTEND;VALUE=DATE:${compactDate(addDays(item.end, 1))}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description.join('\n'))}`,
    `CATEGORIES:${[texts.learningPlan, formatLabel].map(escapeText).join(',')}`,
    `CLASS:${context.classification}`,
    `STATUS:${status}`,
    ...availability(false, status),
    'END:VEVENT',
  ];
}

function reviewEvent(context: EventContext, review: Review, attendees: readonly CalendarUser[]): string[] {
  const { plan, person, texts } = context;
  const kind = review.final ? texts.finalReview : texts.review;
  const categories = review.final ? [texts.learningPlan, texts.review, texts.finalReview] : [texts.learningPlan, texts.review];
  const description = [
    `${texts.person}: ${person.name}`,
    review.participants.length > 0 && `${texts.participants}: ${review.participants.join(', ')}`,
    context.includeNotes && review.notes && `${texts.notes}: ${review.notes}`,
  ].filter(Boolean);
  const status = eventStatus(plan, false);
  const when =
    review.time === undefined
      ? [`DTSTART;VALUE=DATE:${compactDate(review.date)}`, `DTEND;VALUE=DATE:${compactDate(addDays(review.date, 1))}`]
      : [
          `DTSTART;TZID=${TIME_ZONE}:${localDateTime(review.date, review.time, 0)}`,
          `DTEND;TZID=${TIME_ZONE}:${localDateTime(review.date, review.time, REVIEW_MINUTES)}`,
        ];
  const organizer = attendees[attendees.length - 1];
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(uid(context, 'review', review.id))}`,
    `DTSTAMP:${context.stamp}`,
    ...when,
    `SUMMARY:${escapeText(`${kind}: ${person.name}`)}`,
    `DESCRIPTION:${escapeText(description.join('\n'))}`,
    `CATEGORIES:${categories.map(escapeText).join(',')}`,
    ...(organizer ? [`ORGANIZER;CN=${paramValue(organizer.name)}:${mailto(organizer.email)}`] : []),
    ...attendees.map((attendee) => `ATTENDEE;CN=${paramValue(attendee.name)};ROLE=REQ-PARTICIPANT:${mailto(attendee.email)}`),
    `CLASS:${context.classification}`,
    `STATUS:${status}`,
    ...availability(review.time !== undefined && status !== 'CANCELLED', status),
    'END:VEVENT',
  ];
}

/** TENTATIVE while the plan is a draft, CANCELLED when it or the event is off, else CONFIRMED. */
function eventStatus(plan: Plan, dropped: boolean): EventStatus {
  if (dropped || plan.status === 'cancelled') return 'CANCELLED';
  return plan.status === 'draft' ? 'TENTATIVE' : 'CONFIRMED';
}

/** Busy or free, for RFC 5545 (TRANSP) and for Outlook, whose import prefers its own property. */
function availability(busy: boolean, status: EventStatus): string[] {
  if (!busy) return ['TRANSP:TRANSPARENT', 'X-MICROSOFT-CDO-BUSYSTATUS:FREE'];
  return ['TRANSP:OPAQUE', `X-MICROSOFT-CDO-BUSYSTATUS:${status === 'TENTATIVE' ? 'TENTATIVE' : 'BUSY'}`];
}

/** The person and the line manager, each when they have an e-mail address; the organizer last. */
function reviewAttendees(person: Person): CalendarUser[] {
  const users: CalendarUser[] = [];
  if (person.email !== undefined) users.push({ name: person.name, email: person.email });
  const manager = person.lineManager;
  if (manager?.email !== undefined && manager.email.toLowerCase() !== person.email?.toLowerCase()) {
    users.push({ name: manager.name, email: manager.email });
  }
  return users;
}

/** A CAL-ADDRESS (RFC 5545 §3.3.3); validated addresses hold no character a URI would have to encode. */
function mailto(email: string): string {
  return `mailto:${email}`;
}

/**
 * A quoted parameter value (RFC 5545 §3.2), so that `;`, `:` and `,` in a name stay inside it;
 * a double quote, a line break and `^` are written as RFC 6868 says, other control characters dropped.
 */
function paramValue(text: string): string {
  const encoded = neutralizeText(text)
    .replace(/\^/g, '^^')
    .replace(/\r\n|\r|\n/g, '^n')
    .replace(/"/g, "^'")
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, '');
  return `"${encoded}"`;
}

/** `YYYY-MM-DD` and `HH:MM` plus `minutes` → an iCalendar local DATE-TIME `YYYYMMDDTHHMMSS`. */
function localDateTime(date: IsoDate, time: string, minutes: number): string {
  const [hours, mins] = time.split(':').map(Number);
  const total = hours * 60 + mins + minutes;
  const day = addDays(date, Math.floor(total / MINUTES_PER_DAY));
  const ofDay = total % MINUTES_PER_DAY;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${compactDate(day)}T${pad(Math.floor(ofDay / 60))}${pad(ofDay % 60)}00`;
}

/** `YYYY-MM-DD` → `YYYYMMDD` (an iCalendar DATE). */
function compactDate(date: IsoDate): string {
  return date.replaceAll('-', '');
}

/** "IT-Anwendungskompetenz: Könner (bis 02.11.2025)" for a goal of `goals`, else its id. */
function goalText({ goals }: EventContext, id: string, lang: Lang, catalogue: Catalogue): string {
  const goal = goals.find((one) => one?.id === id);
  if (!goal || !Array.isArray(goal.competencyIds) || !isLevel(goal.targetLevel) || typeof goal.due !== 'string') return id;
  const competencies = goal.competencyIds.map((one) => competencyById(catalogue, one)?.label[lang] ?? one).join(', ');
  const due = lang === 'de' ? goal.due.split('-').reverse().join('.') : goal.due;
  return `${competencies}: ${levelName(goal.targetLevel, lang)} (${lang === 'de' ? 'bis' : 'by'} ${due})`;
}

function formatNumber(value: number, lang: Lang): string {
  return lang === 'de' ? String(value).replace('.', ',') : String(value);
}

/** A classification that is none of `ICALENDAR_CLASSES`, `includeNotes` that is no boolean, `goals` that is no list. */
function optionIssues(options: ICalendarOptions): ValidationIssue[] {
  const issues = new Issues();
  checkArray(issues, options.goals, '$.options.goals', { optional: true });
  checkOneOf(issues, options.classification, '$.options.classification', ICALENDAR_CLASSES, true);
  checkBoolean(issues, options.includeNotes, '$.options.includeNotes', true);
  return issues.list;
}

/** An iCalendar UTC DATE-TIME (`YYYYMMDDTHHMMSSZ`); reports an unreadable moment. */
function formatTimestamp(now: Date | string, issues: ValidationIssue[]): string {
  const date = typeof now === 'string' ? new Date(now) : now;
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    issues.push(issue('$.options.now', 'date', { expected: 'timestamp', ...got(now) }));
    return '';
  }
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks; other
 * control characters (not allowed in TEXT) are removed, and so are the bidirectional and
 * invisible formatting characters that validation refuses (`neutralizeText`), should a text
 * arrive without it.
 */
export function escapeICalendarText(text: string): string {
  return neutralizeText(text)
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

/**
 * A UID unique across portfolios, plans and kinds: ids cannot contain "/", so
 * `<scope>/<plan>/<kind>/<id>` never collides.
 */
function uid(context: EventContext, kind: 'item' | 'review', id: string): string {
  return `${context.scope}/${context.plan.id}/${kind}/${id}@kompetenzrad`;
}

/** The scope of a portfolio without an installation id: the person, by id and name. */
function personScope(person: Person): string {
  return `person-${hash53(`${person.id}\n${person.name}`).toString(36)}`;
}
