import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeICalendarText, foldICalendarLine, toICalendar, toICalendarIn, unfoldICalendar } from '../../src/domain/icalendar.ts';
import { ICALENDAR_LABELS_DE } from '../../src/domain/messages/file-labels.de.ts';
import { ICALENDAR_LABELS_EN } from '../../src/domain/messages/file-labels.en.ts';
import { KompetenzradError } from '../../src/domain/errors.ts';
import { parsePortfolio, serializePortfolio } from '../../src/domain/portfolio.ts';
import { PORTFOLIO_FORMAT, PORTFOLIO_VERSION, type Goal, type Person, type Plan, type PlanStatus } from '../../src/domain/types.ts';

const person: Person = { id: 'p-1', name: 'Jürgen Weiß; Bauamt, Außenstelle', roleId: 'cdo', department: 'Bauamt' };

const LONG_NOTE =
  'Rückblick über die Übungsphase: Jürgen hat die Änderungsanträge für die Straßenbaubeiträge digital geprüft, ' +
  'Bürgerinnen und Bürger über das Online-Portal beraten und dabei größere Schwierigkeiten mit der Schnittstelle ' +
  'zum Grundbuchamt gelöst; nächste Schritte: Übergabe an das Ordnungsamt, Schulung für Kolleg*innen 🙂 und Öffentlichkeitsarbeit.';

const plan: Plan = {
  id: 'plan-1',
  personId: 'p-1',
  status: 'active',
  history: [
    { status: 'draft', date: '2025-01-10' },
    { status: 'active', date: '2025-01-20' },
  ],
  items: [
    {
      id: 'i-1',
      kind: 'format',
      formatId: 'seminar-schulung',
      competencyIds: ['informationssicherheit', 'daten'],
      start: '2025-02-03',
      end: '2025-02-05',
      hours: 24,
      cost: 850.5,
      provider: 'Kommunale Akademie, Außenstelle Süd',
      status: 'planned',
      title: 'DSGVO-Grundlagen\nmit Übungen',
    },
    {
      id: 'i-2',
      kind: 'practice',
      formatId: 'seminar-schulung',
      competencyIds: ['informationssicherheit'],
      start: '2025-02-06',
      end: '2025-02-28',
      hours: 12,
      cost: 0,
      status: 'dropped',
      practiceOf: 'i-1',
    },
  ],
  reviews: [
    { id: 'r-1', date: '2025-03-03', participants: ['Jürgen Weiß', 'Amtsleiterin'], final: false, notes: LONG_NOTE },
    { id: 'r-2', date: '2025-12-31', participants: ['Jürgen Weiß'], final: true },
  ],
};

/** The same person with an e-mail address and a line manager who has one. */
const colleague: Person = {
  ...person,
  email: 'juergen.weiss@bauamt.example',
  lineManager: { name: 'Dr. "Eva" Roth, Amtsleitung', email: 'eva.roth@stadt.example' },
};

/** The plan with times for its reviews, one of them late on New Year's Eve. */
const timed: Plan = {
  ...plan,
  reviews: [
    { ...plan.reviews[0], time: '14:00' },
    { ...plan.reviews[1], time: '23:30' },
  ],
};

const NOW = '2025-01-15T08:30:00.000Z';
const ical = toICalendar(plan, person, { now: NOW });
const lines = unfoldICalendar(ical).split('\r\n').slice(0, -1);
/** Each VEVENT as property name (with parameters) → value, for the properties that occur once. */
function eventsOf(text: string): Record<string, string>[] {
  return unfoldICalendar(text)
    .split('BEGIN:VEVENT\r\n')
    .slice(1)
    .map((block) => Object.fromEntries(block.split('\r\n').filter((line) => line.includes(':')).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)])));
}
const events = eventsOf(ical);

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}
interface Component {
  name: string;
  properties: Property[];
  children: Component[];
}

/** RFC 5545 §3.1 content line: name *(";" param) ":" value, a param value quoted or free of `";:,`. */
const CONTENT_LINE = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"\x00-\x08\x0A-\x1F\x7F]*"|[^";:,\x00-\x08\x0A-\x1F\x7F]*))*):(.*)$/;
const PARAM = /;([A-Za-z0-9-]+)=("[^"]*"|[^";:,]*)/g;

/** Parses a calendar file into components, failing on anything that is not a well-formed content line. */
function parse(text: string): Component {
  const stack: Component[] = [{ name: '', properties: [], children: [] }];
  for (const line of unfoldICalendar(text).split('\r\n').slice(0, -1)) {
    const match = CONTENT_LINE.exec(line);
    assert.ok(match, `not a content line: ${line}`);
    const [, name, paramText, value] = match;
    const params = Object.fromEntries([...paramText.matchAll(PARAM)].map(([, key, raw]) => [key, raw.replace(/^"|"$/g, '')]));
    if (name === 'BEGIN') {
      const component: Component = { name: value, properties: [], children: [] };
      stack[stack.length - 1].children.push(component);
      stack.push(component);
    } else if (name === 'END') {
      assert.equal(stack.pop()?.name, value, `END:${value} closes the open component`);
    } else {
      stack[stack.length - 1].properties.push({ name, params, value });
    }
  }
  assert.equal(stack.length, 1, 'every component is closed');
  assert.equal(stack[0].properties.length, 0, 'nothing outside VCALENDAR');
  assert.equal(stack[0].children.length, 1, 'one VCALENDAR');
  return stack[0].children[0];
}

function all(component: Component, name: string): Property[] {
  return component.properties.filter((property) => property.name === name);
}

function one(component: Component, name: string): Property {
  const found = all(component, name);
  assert.equal(found.length, 1, `${component.name} has exactly one ${name}`);
  return found[0];
}

function atMostOne(component: Component, name: string): Property | undefined {
  const found = all(component, name);
  assert.ok(found.length <= 1, `${component.name} has at most one ${name}`);
  return found[0];
}

/** `YYYYMMDD` is a real calendar date. */
function assertDate(value: string): void {
  assert.match(value, /^\d{8}$/);
  const date = new Date(Date.UTC(Number(value.slice(0, 4)), Number(value.slice(4, 6)) - 1, Number(value.slice(6, 8))));
  assert.equal(date.toISOString().slice(0, 10).replaceAll('-', ''), value, `${value} is a real date`);
}

/**
 * Checks a file against RFC 5545 (and RFC 5546 for METHOD:PUBLISH): CRLF line ends, folding at
 * 75 octets, well-formed content lines, the required properties of each component, all-day
 * events as DATE with an exclusive DTEND after DTSTART, times with a TZID that a VTIMEZONE of the
 * file defines, calendar addresses as mailto URIs with an ORGANIZER, unique UIDs.
 */
function assertWellFormed(text: string): Component {
  assert.ok(text.endsWith('\r\n'), 'ends with CRLF');
  assert.ok(!/\r(?!\n)|(?<!\r)\n/.test(text), 'CRLF line ends only');
  for (const line of text.split('\r\n').slice(0, -1)) {
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `folded at 75 octets: ${line}`);
    assert.ok(line.length > 0, 'no empty line');
  }
  const calendar = parse(text);
  assert.equal(calendar.name, 'VCALENDAR');
  assert.equal(one(calendar, 'VERSION').value, '2.0');
  one(calendar, 'PRODID');
  atMostOne(calendar, 'CALSCALE');
  const method = atMostOne(calendar, 'METHOD');

  const zones = new Set<string>();
  for (const zone of calendar.children.filter((child) => child.name === 'VTIMEZONE')) {
    zones.add(one(zone, 'TZID').value);
    assert.ok(zone.children.length > 0, 'a VTIMEZONE has STANDARD or DAYLIGHT parts');
    for (const part of zone.children) {
      assert.ok(['STANDARD', 'DAYLIGHT'].includes(part.name));
      assert.match(one(part, 'DTSTART').value, /^\d{8}T\d{6}$/);
      assert.match(one(part, 'TZOFFSETFROM').value, /^[+-]\d{4}$/);
      assert.match(one(part, 'TZOFFSETTO').value, /^[+-]\d{4}$/);
    }
  }

  const uids = new Set<string>();
  const vevents = calendar.children.filter((child) => child.name === 'VEVENT');
  assert.equal(vevents.length + zones.size, calendar.children.length, 'only VEVENT and VTIMEZONE components');
  for (const event of vevents) {
    const uid = one(event, 'UID').value;
    assert.ok(!uids.has(uid), `unique UID ${uid}`);
    uids.add(uid);
    assert.match(one(event, 'DTSTAMP').value, /^\d{8}T\d{6}Z$/, 'DTSTAMP in UTC');
    one(event, 'SUMMARY');
    const start = one(event, 'DTSTART');
    const end = one(event, 'DTEND');
    assert.equal(atMostOne(event, 'DURATION'), undefined, 'DTEND, not DURATION');
    if (start.params.VALUE === 'DATE') {
      assertDate(start.value);
      assert.equal(end.params.VALUE, 'DATE', 'an all-day event ends on a DATE');
      assertDate(end.value);
      assert.ok(end.value > start.value, 'DTEND is exclusive: at least the day after DTSTART');
    } else {
      assert.equal(start.params.VALUE, undefined);
      assert.match(start.value, /^\d{8}T\d{6}Z?$/);
      assertDate(start.value.slice(0, 8));
      assert.equal(end.params.TZID, start.params.TZID, 'start and end in one zone');
      if (start.params.TZID === undefined) assert.ok(start.value.endsWith('Z'), 'a date-time without TZID is UTC, not floating');
      else {
        assert.ok(zones.has(start.params.TZID), `a VTIMEZONE defines ${start.params.TZID}`);
        assert.ok(!start.value.endsWith('Z'), 'a TZID time is local');
      }
      assert.ok(end.value > start.value, 'DTEND after DTSTART');
    }
    assert.match(atMostOne(event, 'STATUS')?.value ?? 'CONFIRMED', /^(TENTATIVE|CONFIRMED|CANCELLED)$/);
    assert.match(atMostOne(event, 'TRANSP')?.value ?? 'OPAQUE', /^(OPAQUE|TRANSPARENT)$/);
    const attendees = all(event, 'ATTENDEE');
    const organizer = atMostOne(event, 'ORGANIZER');
    for (const address of [...attendees, ...(organizer ? [organizer] : [])]) assert.match(address.value, /^mailto:[^\s@]+@[^\s@]+$/);
    if (attendees.length > 0) {
      assert.ok(organizer, 'RFC 5545 §3.8.4.3: a group-scheduled event has an ORGANIZER');
      assert.notEqual(method?.value, 'PUBLISH', 'RFC 5546 §3.2.1: no ATTENDEE in a PUBLISH');
      assert.ok(attendees.some((attendee) => attendee.value === organizer.value), 'the organizer takes part');
    }
  }
  return calendar;
}

function reviews(calendar: Component): Component[] {
  return calendar.children.filter((child) => child.name === 'VEVENT' && one(child, 'UID').value.includes('/review/'));
}

function value(component: Component, name: string): string | undefined {
  return atMostOne(component, name)?.value;
}

describe('toICalendar', () => {
  test('toICalendarIn with one language module writes what toICalendar writes in that language', () => {
    for (const [lang, labels] of [['de', ICALENDAR_LABELS_DE], ['en', ICALENDAR_LABELS_EN]] as const) {
      const options = { lang, now: '2025-01-01T08:00:00Z', installationId: 'inst-1' };
      assert.equal(toICalendarIn(labels, plan, person, options), toICalendar(plan, person, options));
    }
  });

  test('toICalendarIn names competencies and formats in the language of its module unless options.lang says otherwise', () => {
    const options = { now: '2025-01-01T08:00:00Z', installationId: 'inst-1' };
    assert.equal(toICalendarIn(ICALENDAR_LABELS_EN, plan, person, options), toICalendar(plan, person, { ...options, lang: 'en' }));
    assert.equal(toICalendarIn(ICALENDAR_LABELS_DE, plan, person, options), toICalendar(plan, person, options));
    assert.equal(toICalendarIn(ICALENDAR_LABELS_EN, plan, person, { ...options, lang: 'de' }), toICalendarIn({ ...ICALENDAR_LABELS_EN, lang: 'de' }, plan, person, options));
  });

  test('a calendar with VERSION, PRODID, CALSCALE and one event per item and review', () => {
    assert.equal(lines[0], 'BEGIN:VCALENDAR');
    assert.equal(lines[lines.length - 1], 'END:VCALENDAR');
    assert.ok(lines.includes('VERSION:2.0'));
    assert.ok(lines.includes('PRODID:-//kompetenzrad//Lernplan//DE'));
    assert.ok(lines.includes('CALSCALE:GREGORIAN'));
    assert.equal(events.length, 4);
    assert.equal(lines.filter((line) => line === 'END:VEVENT').length, 4);
  });

  test('CRLF line ends only, and a final CRLF', () => {
    assert.ok(ical.endsWith('END:VCALENDAR\r\n'));
    assert.equal(ical.replaceAll('\r\n', '').includes('\n'), false);
    assert.equal(ical.replaceAll('\r\n', '').includes('\r'), false);
  });

  test('all-day items: DTSTART as DATE, DTEND the day after the inclusive end', () => {
    assert.equal(events[0]['DTSTART;VALUE=DATE'], '20250203');
    assert.equal(events[0]['DTEND;VALUE=DATE'], '20250206');
    assert.equal(events[1]['DTEND;VALUE=DATE'], '20250301', 'across the end of February');
    assert.equal(events[3]['DTSTART;VALUE=DATE'], '20251231');
    assert.equal(events[3]['DTEND;VALUE=DATE'], '20260101', 'across the end of the year');
    assert.ok(events.every((event) => event.DTSTAMP === '20250115T083000Z'));
  });

  test('stable UIDs from the installation, plan and item ids, the same on every call', () => {
    const scoped = eventsOf(toICalendar(plan, person, { now: NOW, installationId: 'inst-7f3a' }));
    assert.deepEqual(
      scoped.map((event) => event.UID),
      ['inst-7f3a/plan-1/item/i-1@kompetenzrad', 'inst-7f3a/plan-1/item/i-2@kompetenzrad', 'inst-7f3a/plan-1/review/r-1@kompetenzrad', 'inst-7f3a/plan-1/review/r-2@kompetenzrad'],
    );
    assert.equal(toICalendar(plan, person, { now: NOW }), ical);
    const later = toICalendar(plan, person, { now: new Date('2025-06-01T00:00:00Z') });
    assert.deepEqual(
      later.split('\r\n').filter((line) => line.startsWith('UID:')),
      ical.split('\r\n').filter((line) => line.startsWith('UID:')),
    );
  });

  test('summary names format and competencies; practice phases and dropped items are marked', () => {
    assert.equal(events[0].SUMMARY, 'Seminar und Schulung: Informationssicherheit und Datenschutz\\, Datenkompetenz');
    assert.match(events[1].SUMMARY, /^Praxisphase \(Seminar und Schulung\): /);
    assert.equal(events[1].STATUS, 'CANCELLED');
    assert.equal(events[0].STATUS, 'CONFIRMED');
  });

  test('the final review is marked in SUMMARY and CATEGORIES', () => {
    assert.match(events[3].SUMMARY, /^Abschluss-Review: /);
    assert.match(events[3].CATEGORIES, /Abschluss-Review/);
    assert.match(events[2].SUMMARY, /^Review-Gespräch: /);
    assert.doesNotMatch(events[2].CATEGORIES, /Abschluss/);
    const english = toICalendar(plan, person, { now: NOW, lang: 'en' });
    assert.match(unfoldICalendar(english), /SUMMARY:Final review: /);
  });

  test('escapes backslash, semicolon, comma and line breaks in TEXT values', () => {
    assert.equal(escapeICalendarText('a\\b;c,d\ne\r\nf'), 'a\\\\b\\;c\\,d\\ne\\nf');
    assert.equal(escapeICalendarText('x\u0000y\u0007z\tw'), 'xyz\tw', 'control characters other than tab are dropped');
    assert.match(events[2].SUMMARY, /Jürgen Weiß\\; Bauamt\\, Außenstelle$/);
    assert.match(events[0].DESCRIPTION, /^DSGVO-Grundlagen\\nmit Übungen\\n/);
    assert.match(events[0].DESCRIPTION, /Durchführung: Kommunale Akademie\\, Außenstelle Süd/);
    assert.match(events[0].DESCRIPTION, /Kosten \(Euro\): 850\\,5/);
  });

  test('folds at 75 octets without splitting a character; unfolding restores the text', () => {
    const withNotes = toICalendar(plan, person, { now: NOW, includeNotes: true });
    const physical = withNotes.split('\r\n');
    for (const line of physical) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `${Buffer.byteLength(line)} octets: ${line}`);
    assert.ok(physical.some((line) => line.startsWith(' ')), 'the long German note was folded');
    for (const line of physical) assert.ok(!line.includes('\uFFFD'));
    const description = eventsOf(withNotes)[2].DESCRIPTION;
    assert.ok(description.includes(escapeICalendarText(LONG_NOTE)), 'the note survives folding intact');
  });

  test('foldICalendarLine: exact limits with multi-byte characters', () => {
    assert.equal(foldICalendarLine('a'.repeat(75)), 'a'.repeat(75));
    const umlauts = 'ä'.repeat(100); // 200 octets
    const folded = foldICalendarLine(umlauts).split('\r\n');
    assert.deepEqual(folded.map((line) => Buffer.byteLength(line)), [74, 75, 53]);
    assert.equal(unfoldICalendar(folded.join('\r\n')), umlauts);
    const emoji = `SUMMARY:${'🙂'.repeat(40)}`;
    const parts = foldICalendarLine(emoji).split('\r\n');
    assert.ok(parts.every((line) => Buffer.byteLength(line) <= 75));
    assert.equal(unfoldICalendar(parts.join('\r\n')), emoji);
    assert.ok(parts.every((line) => !/[\uD800-\uDBFF]$/.test(line)), 'no surrogate pair is split');
  });

  test('refuses an invalid plan, a plan of someone else and an unreadable time', () => {
    assert.throws(() => toICalendar({ ...plan, items: [{ ...plan.items[0], start: '2025-02-30' }] }, person), (error: KompetenzradError) =>
      error.issues.some((issue) => issue.path === '$.plan.items[0].start'),
    );
    assert.throws(() => toICalendar(plan, { ...person, id: 'p-2' }), (error: KompetenzradError) => error.issues[0].code === 'person-mismatch');
    assert.throws(() => toICalendar(plan, person, { now: 'gestern' }), (error: KompetenzradError) => error.issues[0].path === '$.options.now');
  });

  test('every event is private, and review notes stay out, unless the options say otherwise', () => {
    assert.ok(events.length > 0);
    for (const event of events) assert.equal(event.CLASS, 'PRIVATE');
    assert.ok(!ical.includes('Notizen') && !unfoldICalendar(ical).includes(escapeICalendarText(LONG_NOTE).slice(0, 40)), 'no note in the default file');
    const open = eventsOf(toICalendar(plan, person, { now: NOW, classification: 'PUBLIC', includeNotes: true }));
    for (const event of open) assert.equal(event.CLASS, 'PUBLIC');
    assert.match(open[2].DESCRIPTION, /^Person: .*\\nNotizen: /);
    assert.equal(eventsOf(toICalendar(plan, person, { now: NOW, classification: 'CONFIDENTIAL' }))[0].CLASS, 'CONFIDENTIAL');
  });

  test('names an item’s goal by its competencies, level and due date when given the goals, else by its id', () => {
    const withGoal: Plan = { ...plan, items: plan.items.map((item, i) => (i === 0 ? { ...item, goalId: 'g-1' } : item)) };
    const goal = { id: 'g-1', personId: plan.personId, competencyIds: ['daten'], targetLevel: 2, measure: 'm', challenge: 'c', resources: { hours: 10 }, due: '2025-11-02' } as unknown as Goal;
    assert.match(eventsOf(toICalendar(withGoal, person, { now: NOW }))[0].DESCRIPTION, /Lernziel: g-1/);
    assert.match(eventsOf(toICalendar(withGoal, person, { now: NOW, goals: [goal] }))[0].DESCRIPTION, /Lernziel: Datenkompetenz: Könner \(bis 02\.11\.2025\)/);
    assert.match(eventsOf(toICalendar(withGoal, person, { now: NOW, goals: [goal], lang: 'en' }))[0].DESCRIPTION, /Learning goal: Data literacy: Practitioner \(by 2025-11-02\)/);
    assert.throws(() => toICalendar(withGoal, person, { now: NOW, goals: 'g-1' as never }), (error: KompetenzradError) => error.issues[0]!.path === '$.options.goals');
  });

  test('refuses a classification that RFC 5545 does not know and includeNotes that is no boolean', () => {
    const refused = (options: object) => {
      try {
        toICalendar(plan, person, { now: NOW, ...options } as never);
      } catch (error) {
        return (error as KompetenzradError).issues.map((found) => `${found.path} ${found.code}`);
      }
      return [];
    };
    assert.deepEqual(refused({ classification: 'private' }), ['$.options.classification enum']);
    assert.deepEqual(refused({ includeNotes: 'yes' }), ['$.options.includeNotes type']);
  });

  test('a custom PRODID is escaped', () => {
    const text = toICalendar(plan, person, { now: NOW, productId: '-//Landkreis X; IT//DE' });
    assert.ok(text.includes('PRODID:-//Landkreis X\\; IT//DE\r\n'));
  });
});


describe('toICalendar: what the calendar says matches the plan', () => {
  const withStatus = (status: PlanStatus): Plan => ({ ...plan, status, history: [...plan.history, { status, date: '2025-01-25' }] });
  const statuses = (text: string) => eventsOf(text).map((event) => event.STATUS);

  test('a well-formed file for every kind of plan and person', () => {
    assertWellFormed(ical);
    assertWellFormed(toICalendar(plan, person, { now: NOW, lang: 'en' }));
    assertWellFormed(toICalendar(timed, colleague, { now: NOW }));
    assertWellFormed(toICalendar({ ...timed, status: 'draft', history: [{ status: 'draft', date: '2025-01-10' }] }, colleague, { now: NOW }));
    assertWellFormed(toICalendar({ ...plan, items: [], reviews: [] }, person, { now: NOW }));
  });

  test('a draft is TENTATIVE, an agreed, active or completed plan CONFIRMED, a cancelled one CANCELLED; dropped items stay CANCELLED', () => {
    const draft = { ...plan, status: 'draft' as const, history: [{ status: 'draft' as const, date: '2025-01-10' }] };
    assert.deepEqual(statuses(toICalendar(draft, person, { now: NOW })), ['TENTATIVE', 'CANCELLED', 'TENTATIVE', 'TENTATIVE']);
    assert.deepEqual(statuses(toICalendar(withStatus('agreed'), person, { now: NOW })), ['CONFIRMED', 'CANCELLED', 'CONFIRMED', 'CONFIRMED']);
    assert.deepEqual(statuses(ical), ['CONFIRMED', 'CANCELLED', 'CONFIRMED', 'CONFIRMED']);
    assert.deepEqual(statuses(toICalendar(withStatus('completed'), person, { now: NOW })), ['CONFIRMED', 'CANCELLED', 'CONFIRMED', 'CONFIRMED']);
    assert.deepEqual(statuses(toICalendar(withStatus('cancelled'), person, { now: NOW })), ['CANCELLED', 'CANCELLED', 'CANCELLED', 'CANCELLED']);
  });

  test('learning items and all-day reviews leave the person free, in RFC 5545 and for Outlook', () => {
    for (const event of eventsOf(ical)) {
      assert.equal(event.TRANSP, 'TRANSPARENT');
      assert.equal(event['X-MICROSOFT-CDO-BUSYSTATUS'], 'FREE');
    }
  });

  test('a review with a time is a one-hour appointment in German local time that shows the person busy', () => {
    const calendar = assertWellFormed(toICalendar(timed, colleague, { now: NOW }));
    const [first, last] = reviews(calendar);
    assert.deepEqual(one(first, 'DTSTART').params, { TZID: 'Europe/Berlin' });
    assert.equal(one(first, 'DTSTART').value, '20250303T140000');
    assert.equal(one(first, 'DTEND').value, '20250303T150000');
    assert.equal(value(first, 'TRANSP'), 'OPAQUE');
    assert.equal(value(first, 'X-MICROSOFT-CDO-BUSYSTATUS'), 'BUSY');
    assert.equal(one(last, 'DTSTART').value, '20251231T233000', 'a late meeting');
    assert.equal(one(last, 'DTEND').value, '20260101T003000', 'ends after midnight, in the next year');
    const zones = calendar.children.filter((child) => child.name === 'VTIMEZONE');
    assert.equal(zones.length, 1);
    assert.deepEqual(
      zones[0].children.map((part) => [part.name, value(part, 'TZOFFSETFROM'), value(part, 'TZOFFSETTO'), value(part, 'RRULE')]),
      [
        ['DAYLIGHT', '+0100', '+0200', 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU'],
        ['STANDARD', '+0200', '+0100', 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU'],
      ],
    );
    assert.ok(!ical.includes('VTIMEZONE'), 'no time zone without a timed review');
  });

  test('a timed review of a draft shows as tentative, of a cancelled plan as free', () => {
    const draft = { ...timed, status: 'draft' as const, history: [{ status: 'draft' as const, date: '2025-01-10' }] };
    const [tentative] = reviews(parse(toICalendar(draft, colleague, { now: NOW })));
    assert.equal(value(tentative, 'TRANSP'), 'OPAQUE');
    assert.equal(value(tentative, 'X-MICROSOFT-CDO-BUSYSTATUS'), 'TENTATIVE');
    const cancelled = { ...timed, status: 'cancelled' as const, history: [...timed.history, { status: 'cancelled' as const, date: '2025-02-01' }] };
    const [off] = reviews(parse(toICalendar(cancelled, colleague, { now: NOW })));
    assert.equal(value(off, 'STATUS'), 'CANCELLED');
    assert.equal(value(off, 'TRANSP'), 'TRANSPARENT');
    assert.equal(value(off, 'X-MICROSOFT-CDO-BUSYSTATUS'), 'FREE');
  });

  test('reviews name the person and the line manager as attendees by e-mail, the line manager as organizer', () => {
    const calendar = assertWellFormed(toICalendar(timed, colleague, { now: NOW }));
    assert.equal(value(calendar, 'METHOD'), undefined, 'a snapshot, not a publication (RFC 5546 forbids ATTENDEE there)');
    for (const review of reviews(calendar)) {
      assert.deepEqual(
        all(review, 'ATTENDEE').map((attendee) => [attendee.params.CN, attendee.value]),
        [
          ['Jürgen Weiß; Bauamt, Außenstelle', 'mailto:juergen.weiss@bauamt.example'],
          ["Dr. ^'Eva^' Roth, Amtsleitung", 'mailto:eva.roth@stadt.example'],
        ],
      );
      assert.deepEqual([one(review, 'ORGANIZER').params.CN, one(review, 'ORGANIZER').value], ["Dr. ^'Eva^' Roth, Amtsleitung", 'mailto:eva.roth@stadt.example']);
    }
    const items = calendar.children.filter((child) => child.name === 'VEVENT' && one(child, 'UID').value.includes('/item/'));
    assert.ok(items.every((item) => all(item, 'ATTENDEE').length === 0 && all(item, 'ORGANIZER').length === 0), 'learning items have no attendees');
    assert.ok(unfoldICalendar(toICalendar(timed, colleague, { now: NOW })).includes('ATTENDEE;CN="Jürgen Weiß; Bauamt, Außenstelle";ROLE=REQ-PARTICIPANT:mailto:'));
    const odd = { ...colleague, lineManager: { name: 'Eva\nRoth ^ Amt', email: 'eva.roth@stadt.example' } };
    const [review] = reviews(assertWellFormed(toICalendar(timed, odd, { now: NOW })));
    assert.equal(one(review, 'ORGANIZER').params.CN, 'Eva^nRoth ^^ Amt', 'RFC 6868: line break and caret in a parameter value');
  });

  test('someone without an e-mail address is no attendee; without any address a review has none and the file stays a publication', () => {
    const managerOnly = { ...colleague, email: undefined };
    const [review] = reviews(assertWellFormed(toICalendar(timed, managerOnly, { now: NOW })));
    assert.deepEqual(all(review, 'ATTENDEE').map((attendee) => attendee.value), ['mailto:eva.roth@stadt.example']);
    assert.equal(one(review, 'ORGANIZER').value, 'mailto:eva.roth@stadt.example');

    const personOnly = { ...colleague, lineManager: { name: 'Amtsleiterin' } };
    const [own] = reviews(assertWellFormed(toICalendar(timed, personOnly, { now: NOW })));
    assert.deepEqual(all(own, 'ATTENDEE').map((attendee) => attendee.value), ['mailto:juergen.weiss@bauamt.example']);
    assert.equal(one(own, 'ORGANIZER').value, 'mailto:juergen.weiss@bauamt.example');

    const nobody = assertWellFormed(toICalendar(timed, person, { now: NOW }));
    assert.equal(value(nobody, 'METHOD'), 'PUBLISH');
    assert.ok(reviews(nobody).every((one) => all(one, 'ATTENDEE').length === 0 && all(one, 'ORGANIZER').length === 0));
  });

  test('two portfolios with the same plan ids never share a UID; one portfolio keeps its UIDs across save and load', () => {
    const uids = (text: string) => eventsOf(text).map((event) => event.UID);
    const first = uids(toICalendar(plan, person, { now: NOW, installationId: '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed' }));
    const second = uids(toICalendar(plan, person, { now: NOW, installationId: '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b' }));
    assert.equal(new Set([...first, ...second]).size, first.length + second.length);

    const namesake = { ...person, name: 'Erika Musterfrau' };
    const fallback = uids(toICalendar(plan, person, { now: NOW }));
    assert.equal(new Set([...fallback, ...uids(toICalendar(plan, namesake, { now: NOW }))]).size, 2 * fallback.length, 'without installation ids, the person tells them apart');
    assert.ok(fallback.every((uid) => /^person-[0-9a-z]+\/plan-1\/(item|review)\/[^/]+@kompetenzrad$/.test(uid)), fallback.join(' '));

    const stored = serializePortfolio({
      format: PORTFOLIO_FORMAT,
      version: PORTFOLIO_VERSION,
      installationId: '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
      people: [{ ...person, roleId: 'cdo' }],
      assessments: [],
      goals: [],
      plans: [plan],
    });
    const loaded = parsePortfolio(stored);
    assert.ok(loaded.ok);
    assert.deepEqual(uids(toICalendar(loaded.value.plans[0], loaded.value.people[0], { now: NOW, installationId: loaded.value.installationId })), first);
  });

  test('refuses an installation id that is no record id', () => {
    assert.throws(
      () => toICalendar(plan, person, { now: NOW, installationId: 'Landkreis X/1' }),
      (error: KompetenzradError) => error.issues.length === 1 && error.issues[0].path === '$.options.installationId' && error.issues[0].code === 'id',
    );
  });

  test('refuses a review time that is no time of day and an e-mail address that is none', () => {
    assert.throws(
      () => toICalendar({ ...timed, reviews: [{ ...timed.reviews[0], time: '14 Uhr' }] }, colleague, { now: NOW }),
      (error: KompetenzradError) => error.issues[0].path === '$.plan.reviews[0].time' && error.issues[0].code === 'time',
    );
    assert.throws(
      () => toICalendar(timed, { ...colleague, lineManager: { name: 'Eva Roth', email: 'eva.roth at stadt' } }, { now: NOW }),
      (error: KompetenzradError) => error.issues[0].path === '$.person.lineManager.email' && error.issues[0].code === 'email',
    );
  });
});
