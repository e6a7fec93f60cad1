import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeICalendarText, foldICalendarLine, toICalendar, unfoldICalendar } from '../../src/domain/icalendar.ts';
import { KompetenzradError } from '../../src/domain/errors.ts';
import type { Person, Plan } from '../../src/domain/types.ts';

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

const NOW = '2025-01-15T08:30:00.000Z';
const ical = toICalendar(plan, person, { now: NOW });
const lines = unfoldICalendar(ical).split('\r\n').slice(0, -1);
const events = unfoldICalendar(ical)
  .split('BEGIN:VEVENT\r\n')
  .slice(1)
  .map((block) => Object.fromEntries(block.split('\r\n').filter((line) => line.includes(':')).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)])));

describe('toICalendar', () => {
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

  test('stable UIDs from the plan and item ids, the same on every call', () => {
    assert.deepEqual(
      events.map((event) => event.UID),
      ['plan-1/item/i-1@kompetenzrad', 'plan-1/item/i-2@kompetenzrad', 'plan-1/review/r-1@kompetenzrad', 'plan-1/review/r-2@kompetenzrad'],
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
    const physical = ical.split('\r\n');
    for (const line of physical) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `${Buffer.byteLength(line)} octets: ${line}`);
    assert.ok(physical.some((line) => line.startsWith(' ')), 'the long German note was folded');
    for (const line of physical) assert.ok(!line.includes('\uFFFD'));
    const description = events[2].DESCRIPTION;
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

  test('a custom PRODID is escaped', () => {
    const text = toICalendar(plan, person, { now: NOW, productId: '-//Landkreis X; IT//DE' });
    assert.ok(text.includes('PRODID:-//Landkreis X\\; IT//DE\r\n'));
  });
});
