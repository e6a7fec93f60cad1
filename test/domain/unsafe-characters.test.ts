// Control, bidirectional and invisible formatting characters and halves of surrogate pairs:
// refused in every text on input, dropped from CSV and iCalendar exports should one arrive there.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findUnsafeCharacter, neutralizeText } from '../../src/domain/unsafe-characters.ts';
import { checkString, Issues } from '../../src/domain/validate.ts';
import { csvCell, teamToCSV } from '../../src/domain/csv.ts';
import { escapeICalendarText, toICalendar } from '../../src/domain/icalendar.ts';
import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue.ts';
import { describeIssue } from '../../src/domain/messages/index.ts';
import type { Person, Plan } from '../../src/domain/types.ts';

const REFUSED: readonly [string, string][] = [
  ['\u0000', 'U+0000'],
  ['\u0007', 'U+0007'],
  ['\u000B', 'U+000B'],
  ['\u001B', 'U+001B'],
  ['\u007F', 'U+007F'],
  ['\u0085', 'U+0085'],
  ['\u009B', 'U+009B'],
  ['\u061C', 'U+061C'],
  ['\u200B', 'U+200B'],
  ['\u200E', 'U+200E'],
  ['\u200F', 'U+200F'],
  ['\u202A', 'U+202A'],
  ['\u202B', 'U+202B'],
  ['\u202C', 'U+202C'],
  ['\u202D', 'U+202D'],
  ['\u202E', 'U+202E'],
  ['\u2060', 'U+2060'],
  ['\u2066', 'U+2066'],
  ['\u2067', 'U+2067'],
  ['\u2068', 'U+2068'],
  ['\u2069', 'U+2069'],
  ['\u206F', 'U+206F'],
  ['\uFEFF', 'U+FEFF'],
  ['\uFFF9', 'U+FFF9'],
];

/** Tab and line breaks, joiners of emoji and scripts, soft hyphen, variation selector, a tag sequence (flag of England). */
const ALLOWED = ['a\tb', 'a\r\nb', '👨\u200D👩\u200D👧', 'می\u200Cخواهم', 'Ar\u00ADbeit', '❤\uFE0F', '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}', 'Jürgen Weiß 😀'];

function check(text: string) {
  const issues = new Issues();
  checkString(issues, text, '$.name', { max: 5000 });
  return issues.list;
}

describe('texts on input', () => {
  for (const [char, codePoint] of REFUSED) {
    test(`${codePoint} is refused, wherever it stands`, () => {
      for (const text of [char, `Jana${char}`, `${char}Jana`, `Ja${char}na Groß`]) {
        assert.deepEqual(check(text), [{ path: '$.name', code: 'control-character', params: { codePoint } }]);
      }
    });
  }

  test('half of a surrogate pair is refused, a whole pair is not', () => {
    assert.deepEqual(check('Jana \uD83D'), [{ path: '$.name', code: 'lone-surrogate', params: { codePoint: 'U+D83D' } }]);
    assert.deepEqual(check('\uDE00 Jana'), [{ path: '$.name', code: 'lone-surrogate', params: { codePoint: 'U+DE00' } }]);
    assert.deepEqual(check('\uDE00\uD83D'), [{ path: '$.name', code: 'lone-surrogate', params: { codePoint: 'U+DE00' } }], 'the wrong order is no pair');
    assert.deepEqual(check('\uD83D\uDE00'), []);
  });

  test('tab, line breaks, joiners, soft hyphen, variation selectors and tag sequences are allowed', () => {
    for (const text of ALLOWED) assert.deepEqual(check(text), [], JSON.stringify(text));
  });

  test('the messages name the character', () => {
    const [override] = check('Jana \u202Eßorg');
    assert.match(describeIssue(override, 'de'), /U\+202E/);
    assert.match(describeIssue(override, 'en'), /invisible control character U\+202E/);
    const [half] = check('x\uD800');
    assert.match(describeIssue(half, 'en'), /half a character \(U\+D800/);
  });

  test('findUnsafeCharacter and neutralizeText', () => {
    assert.equal(findUnsafeCharacter('Jürgen 😀'), undefined);
    assert.deepEqual(findUnsafeCharacter('a\u2066b'), { codePoint: 'U+2066', surrogate: false });
    assert.deepEqual(findUnsafeCharacter('a\uDBFF'), { codePoint: 'U+DBFF', surrogate: true });
    assert.equal(neutralizeText('\u202Egnp.exe \u200BJa\u0000na\u001B[31m 😀 \uD800'), 'gnp.exe Jana[31m 😀 \uFFFD');
    for (const text of ALLOWED) assert.equal(neutralizeText(text), text);
  });
});

describe('exports drop them from texts that never passed validation', () => {
  test('a CSV cell: the formula guard sees the text without the override', () => {
    assert.equal(csvCell('\u202E=HYPERLINK("http://evil.invalid")'), `"'=HYPERLINK(""http://evil.invalid"")"`);
    assert.equal(csvCell('\u200B+SUM(1,1)'), `"'+SUM(1,1)"`);
    assert.equal(csvCell('Jana \u2067Groß\u2069 \uD800'), 'Jana Groß \uFFFD');
  });

  test('a team table of people given directly', () => {
    const people: Person[] = [{ id: 'p-1', name: 'Jana \u202Eßorg', roleId: 'cdo', department: 'IT\u200B\u2066' }];
    const csv = teamToCSV(people, [{ personId: 'p-1', actual: { daten: 2 } }], DEFAULT_CATALOGUE, 'de', 'actual');
    assert.equal(findUnsafeCharacter(csv.slice(1)), undefined, 'nothing after the byte order mark');
    assert.match(csv, /Jana ßorg;p-1;IT;cdo;/);
  });

  test('iCalendar text values and the product id', () => {
    assert.equal(escapeICalendarText('a\u202Eb;\u2066c\u2069\uD800'), 'ab\\;c\uFFFD');
    const person: Person = { id: 'p-1', name: 'Jana Groß', roleId: 'cdo' };
    const plan: Plan = {
      id: 'plan-1',
      personId: 'p-1',
      status: 'draft',
      history: [{ status: 'draft', date: '2025-01-10' }],
      items: [{ id: 'i-1', kind: 'format', formatId: 'coaching', competencyIds: ['daten'], start: '2025-02-03', end: '2025-02-05', hours: 4, cost: 0, status: 'planned' }],
      reviews: [],
    };
    const ics = toICalendar(plan, person, { now: '2025-01-15T08:30:00Z', productId: '-//x\u200F//\u202EDE' });
    assert.equal(findUnsafeCharacter(ics), undefined);
    assert.match(ics, /PRODID:-\/\/x\/\/DE/);
  });
});
