/**
 * schema/portfolio.schema.json under a standard validator (ajv, draft 2020-12, with format
 * assertions): it must accept what the library accepts, and refuse every document of the
 * library's malformed-document table (test/fixtures/malformed-portfolios.ts) where JSON Schema
 * can express the rule. What it cannot express is listed below with the reason.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { emptyPortfolio, PORTFOLIO_LIMITS, validatePortfolio } from '../../src/domain/portfolio.ts';
import { generatePortfolio } from '../../src/domain/sample.ts';
import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue.ts';
import { DEFAULT_ROLES } from '../../src/domain/roles.ts';
import { FORMAT_IDS } from '../../src/domain/formats.ts';
import { ITEM_STATUSES, PLAN_STATUSES } from '../../src/domain/plans.ts';
import { GOAL_STATUSES } from '../../src/domain/goals.ts';
import { RATER_KINDS } from '../../src/domain/assessments.ts';
import { LEVELS } from '../../src/domain/scale.ts';
import { MAX_EMAIL_LENGTH, MAX_TEXT_LENGTH } from '../../src/domain/validate.ts';
import { PORTFOLIO_FORMAT, PORTFOLIO_VERSION } from '../../src/domain/types.ts';
import { UNSAFE_CHARACTER_CLASS } from '../../src/domain/unsafe-characters.ts';
import { base, CASES, set, type Case } from '../fixtures/malformed-portfolios.ts';

const SCHEMA = JSON.parse(readFileSync('schema/portfolio.schema.json', 'utf8'));
// Strict about unknown keywords; a `maxLength` beside a `$ref` to a string type is fine in draft 2020-12.
const ajv = new Ajv2020({ allErrors: true, strictTypes: false });
addFormats(ajv);
const validate = ajv.compile(SCHEMA);

/** What JSON Schema cannot say, by issue code: the library checks these alone. */
const LIBRARY_ONLY: Readonly<Record<string, string>> = {
  json: 'not JSON: there is no document to validate',
  'unknown-role': "a reference: the role must exist in the document's roles or the built-in ones",
  'unknown-person': 'a reference to a person of the document',
  'unknown-goal': "a reference to a goal of the plan's own person",
  'unknown-competency': "a reference to the document's catalogue, which may be its own",
  'duplicate-id': 'unique ids in a list: uniqueItems compares whole items, not one property',
  'roles-needed': "depends on which competencies the document's own catalogue holds",
  'date-order': 'compares two values of an item (end not before start)',
  'plan-span': 'compares dates of different items and reviews (all within 10 years of the earliest)',
};
/** Cases whose code JSON Schema does express, but not this instance of it. */
const LIBRARY_ONLY_CASES: Readonly<Record<string, string>> = {
  'practice phase of itself': "compares practiceOf with the item's own id",
};

function libraryOnly(one: Case): string | undefined {
  return LIBRARY_ONLY_CASES[one.name] ?? LIBRARY_ONLY[one.code];
}

/** The case's document as JSON would give it, or undefined when its text is not JSON. */
function documentOf(one: Case): unknown {
  if (one.text === undefined) {
    const doc = base();
    one.change?.(doc);
    return JSON.parse(JSON.stringify(doc));
  }
  try {
    return JSON.parse(one.text);
  } catch {
    return undefined;
  }
}

/** `$.plans[0].items` → `/plans/0/items` (JSON Pointer, as ajv reports places). */
function pointer(path: string): string {
  return path.replace(/^\$/, '').replace(/\[(\d+)\]/g, '/$1').replace(/\.([^.[\]]+)/g, '/$1');
}

/** Where an ajv error is: its instance, or the property it names as unknown, missing or badly named. */
function placeOf(error: ErrorObject): string {
  const params = error.params as { additionalProperty?: string; missingProperty?: string; propertyName?: string };
  const name = params.additionalProperty ?? params.missingProperty ?? params.propertyName;
  return name === undefined ? error.instancePath : `${error.instancePath}/${name}`;
}

function schemaErrors(doc: unknown): ErrorObject[] {
  return validate(doc) ? [] : [...(validate.errors ?? [])];
}

/** The sub-schema at a path of keywords and names, e.g. `part('$defs', 'plan')`. */
function part(...keys: string[]): Record<string, unknown> {
  let current: unknown = SCHEMA;
  for (const key of keys) {
    assert.ok(current && typeof current === 'object' && Object.hasOwn(current, key), `schema has no ${keys.join('/')}`);
    current = (current as Record<string, unknown>)[key];
  }
  return current as Record<string, unknown>;
}

describe('schema/portfolio.schema.json', () => {
  test('is a draft 2020-12 schema whose constants match the TypeScript ones', () => {
    assert.equal(SCHEMA.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(part('properties', 'format').const, PORTFOLIO_FORMAT);
    assert.equal(part('properties', 'version').const, PORTFOLIO_VERSION);
    assert.deepEqual(SCHEMA.required, Object.keys(emptyPortfolio()));
    assert.deepEqual(Object.keys(part('properties')).sort(), [...Object.keys(emptyPortfolio()), 'installationId', 'erasedPeople', 'catalogue', 'roles'].sort());
    assert.deepEqual(part('$defs', 'level').enum, [...LEVELS]);
    assert.equal(part('properties', 'people').maxItems, PORTFOLIO_LIMITS.maxPeople);
    assert.equal(part('properties', 'roles').maxItems, PORTFOLIO_LIMITS.maxRoles);
    assert.equal(part('properties', 'assessments').maxItems, PORTFOLIO_LIMITS.maxAssessments);
    assert.equal(part('properties', 'goals').maxItems, PORTFOLIO_LIMITS.maxGoals);
    assert.equal(part('properties', 'plans').maxItems, PORTFOLIO_LIMITS.maxPlans);
    assert.equal(part('properties', 'erasedPeople').maxItems, PORTFOLIO_LIMITS.maxErasedPeople);
    assert.equal(part('$defs', 'catalogue', 'properties', 'competencies').maxItems, PORTFOLIO_LIMITS.maxCompetencies);
    assert.equal(part('$defs', 'label').maxLength, PORTFOLIO_LIMITS.maxLabelLength);
    assert.equal(part('$defs', 'text').maxLength, MAX_TEXT_LENGTH);
    assert.equal(part('$defs', 'plainText').pattern, `^[^${UNSAFE_CHARACTER_CLASS}]*$`, 'the characters the library refuses');
    assert.equal(part('$defs', 'email').maxLength, MAX_EMAIL_LENGTH);
    assert.deepEqual(part('$defs', 'planItem', 'properties', 'formatId').enum, [...FORMAT_IDS]);
    assert.deepEqual(part('$defs', 'planStatus').enum, [...PLAN_STATUSES]);
    assert.deepEqual(part('$defs', 'planItem', 'properties', 'status').enum, [...ITEM_STATUSES]);
    assert.deepEqual(part('$defs', 'assessment', 'properties', 'rater').enum, [...RATER_KINDS]);
    assert.deepEqual(part('$defs', 'goal', 'properties', 'status').enum, [...GOAL_STATUSES]);
  });

  test('accepts the documents the library accepts', () => {
    const emoji = base();
    set(emoji, 'people.0.name', '😀'.repeat(PORTFOLIO_LIMITS.maxLabelLength)); // 200 characters, 400 UTF-16 units
    const longest = base();
    set(longest, 'plans.0.reviews.0.notes', 'ä'.repeat(MAX_TEXT_LENGTH));
    const practice = base();
    practice.plans[0].items.push({ ...practice.plans[0].items[0], id: 'i-2', kind: 'practice', practiceOf: 'i-1' });
    const calendar = base();
    calendar.installationId = 'c3d4e5f6-0718-4a2b-9c3d-4e5f60718293';
    calendar.erasedPeople = ['p-9', 'p-10'];
    calendar.people[0] = { ...calendar.people[0], email: "jana.gross+lernen@xn--mnster-3ya.de", lineManager: { name: 'Amtsleiterin', email: 'amtsleitung@stadt.example' } };
    calendar.people[1] = { ...calendar.people[1], lineManager: { name: 'Bürgermeister' } };
    calendar.plans[0].reviews[0].time = '23:59';
    const scripts = base();
    set(scripts, 'people.0.name', 'Familie 👨\u200D👩\u200D👧 Ar\u00ADbeit ' + 'می\u200Cخواهم');
    set(scripts, 'plans.0.reviews.0.notes', 'Zeile 1\r\nZeile 2\tTab');
    const tenYears = base();
    set(tenYears, 'plans.0.reviews.0.date', '2035-02-28'); // the first item starts on 2025-03-01
    const documents: [string, unknown][] = [
      ['base', base()],
      ['200 emoji in a name', emoji],
      ['a note of the longest length', longest],
      ['a practice phase of a format item', practice],
      ['calendar fields: installation id, e-mail addresses, line managers, a review time; erased people', calendar],
      ['emoji sequences, a soft hyphen, a zero width non-joiner, line breaks and a tab', scripts],
      ['a plan of ten years less a day', tenYears],
      ['own catalogue and roles', { ...base(), catalogue: DEFAULT_CATALOGUE, roles: DEFAULT_ROLES }],
      ['generated sample', generatePortfolio({ seed: 3, people: 10, today: '2025-01-31' })],
      ['empty portfolio', emptyPortfolio()],
      ['demo data', JSON.parse(readFileSync('demo/data/sample-portfolio.json', 'utf8'))],
    ];
    for (const [name, doc] of documents) {
      const library = validatePortfolio(doc);
      assert.ok(library.ok, `${name}: the library accepts it (${JSON.stringify(!library.ok && library.errors.slice(0, 3))})`);
      assert.deepEqual(schemaErrors(JSON.parse(JSON.stringify(doc))), [], name);
    }
  });

  test('the table has cases for each rule the schema adds (years, practiceOf, one final review, control characters, halves of surrogate pairs, characters, e-mail, time)', () => {
    for (const code of ['date', 'practice-of', 'several-final-reviews', 'control-character', 'lone-surrogate', 'too-long', 'email', 'time']) {
      assert.ok(CASES.some((one) => one.code === code && !libraryOnly(one)), code);
    }
  });

  for (const one of CASES) {
    const reason = libraryOnly(one);
    if (reason) {
      test(`library only: ${one.name} (${one.code}: ${reason})`, () => {
        const doc = documentOf(one);
        if (doc === undefined) return;
        // The list stays true: the schema does not refuse these (else the case belongs below).
        assert.deepEqual(schemaErrors(doc).map((error) => `${placeOf(error)} ${error.message}`), []);
      });
    } else {
      test(`refused by both: ${one.name} → ${one.path} ${one.code}`, () => {
        const errors = schemaErrors(documentOf(one));
        const at = pointer(one.path);
        const places = errors.map(placeOf);
        assert.ok(
          places.some((place) => place === at || at.startsWith(`${place}/`) || place === '' && at === ''),
          `the schema should refuse ${at} (or a part around it), it says: ${JSON.stringify(errors.map((e) => `${placeOf(e)} ${e.message}`))}`,
        );
      });
    }
  }
});
