import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  catalogueOf,
  emptyPortfolio,
  parsePortfolio,
  PORTFOLIO_LIMITS,
  rolesOf,
  serializePortfolio,
  validatePortfolio,
} from '../../src/domain/portfolio.ts';
import { generatePortfolio } from '../../src/domain/sample.ts';
import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue.ts';
import { DEFAULT_ROLES } from '../../src/domain/roles.ts';
import { FORMAT_IDS } from '../../src/domain/formats.ts';
import { ITEM_STATUSES, PLAN_STATUSES } from '../../src/domain/plans.ts';
import { GOAL_STATUSES } from '../../src/domain/goals.ts';
import { RATER_KINDS } from '../../src/domain/assessments.ts';
import { LEVELS } from '../../src/domain/scale.ts';
import { KompetenzradError, type ValidationIssue } from '../../src/domain/errors.ts';
import { PORTFOLIO_FORMAT, PORTFOLIO_VERSION, type Catalogue, type Portfolio } from '../../src/domain/types.ts';
import { HOSTILE_JSON } from '../fixtures/hostile-payloads.ts';

// A small valid document; each malformed case below breaks one thing in a fresh copy.
type Doc = Portfolio;

/** Sets (or with `DELETE` removes) the value at a dotted path such as `people.0.roleId`, whatever its type. */
const DELETE = Symbol('delete');
function set(doc: object, path: string, value: unknown): void {
  const keys = path.split('.');
  let target = doc as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = keys[keys.length - 1];
  if (value === DELETE) delete target[last];
  else Object.defineProperty(target, last, { value, enumerable: true, writable: true, configurable: true });
}

function base(): Doc {
  return {
    format: PORTFOLIO_FORMAT,
    version: PORTFOLIO_VERSION,
    people: [
      { id: 'p-1', name: 'Jana Groß', roleId: 'cdo', department: 'Hauptamt', capacityHoursPerMonth: 8, budget: 1000 },
      { id: 'p-2', name: 'Ali Öztürk', roleId: 'digitallotse' },
    ],
    assessments: [
      { id: 'a-1', personId: 'p-1', rater: 'self', date: '2025-01-10', levels: { daten: 1, team: 2 }, notes: { daten: 'Erste Auswertungen' } },
      { id: 'a-2', personId: 'p-1', rater: 'external', raterRole: 'Vorgesetzte*r', date: '2025-01-20', levels: { daten: 1 } },
    ],
    goals: [
      {
        id: 'g-1',
        personId: 'p-1',
        competencyIds: ['daten'],
        targetLevel: 3,
        measure: 'Erstellt das Kennzahlen-Dashboard des Amts selbst',
        challenge: 'Erstmals eigene Datenauswertung',
        resources: { hours: 80, supportPerson: 'Vorgesetzte*r' },
        due: '2025-12-31',
      },
      {
        id: 'g-2',
        personId: 'p-2',
        competencyIds: ['partizipation'],
        targetLevel: 2,
        measure: 'Moderiert eine Bürgerwerkstatt',
        challenge: 'Erste Moderation',
        resources: {},
        due: '2025-10-31',
      },
    ],
    plans: [
      {
        id: 'plan-1',
        personId: 'p-1',
        status: 'draft',
        history: [{ status: 'draft', date: '2025-02-01' }],
        items: [
          {
            id: 'i-1',
            kind: 'format',
            formatId: 'seminar-schulung',
            competencyIds: ['daten'],
            start: '2025-03-01',
            end: '2025-03-03',
            hours: 16,
            cost: 500,
            status: 'planned',
            goalId: 'g-1',
          },
        ],
        reviews: [{ id: 'r-1', date: '2025-06-01', participants: ['Jana Groß'], final: true }],
      },
    ],
  };
}

interface Case {
  name: string;
  /** The document text, or a change to a fresh copy of `base()`. */
  text?: string;
  change?: (doc: Doc) => void;
  path: string;
  code: string;
}

const tooDeep = (): unknown => {
  let value: unknown = 'x';
  for (let i = 0; i < 20; i += 1) value = { a: value };
  return value;
};

const CASES: Case[] = [
  { name: 'unfinished JSON', text: '{"format":', path: '$', code: 'json' },
  { name: 'trailing comma', text: '{"format":"kompetenzrad-portfolio",}', path: '$', code: 'json' },
  { name: 'empty text', text: '', path: '$', code: 'json' },
  { name: 'single quotes', text: "{'version':1}", path: '$', code: 'json' },
  { name: 'a list instead of an object', text: '[]', path: '$', code: 'type' },
  { name: 'null', text: 'null', path: '$', code: 'type' },
  { name: 'wrong format marker', change: (d) => set(d, 'format', 'excel-export'), path: '$.format', code: 'format' },
  { name: 'missing format marker in v1', change: (d) => set(d, 'format', DELETE), path: '$.format', code: 'format' },
  { name: 'version as a string', change: (d) => set(d, 'version', '1'), path: '$.version', code: 'version' },
  { name: 'version missing', change: (d) => set(d, 'version', DELETE), path: '$.version', code: 'version' },
  { name: 'newer version', change: (d) => set(d, 'version', 99), path: '$.version', code: 'version-newer' },
  { name: 'unknown top-level key', change: (d) => set(d, 'extra', true), path: '$.extra', code: 'unknown-key' },
  {
    name: '__proto__ at the top',
    text: `{"__proto__":{"polluted":1},${JSON.stringify(base()).slice(1)}`,
    path: '$.__proto__',
    code: 'forbidden-key',
  },
  {
    name: '__proto__ in a person',
    text: JSON.stringify(base()).replace('{"id":"p-1"', '{"__proto__":{"isAdmin":true},"id":"p-1"'),
    path: '$.people[0].__proto__',
    code: 'forbidden-key',
  },
  {
    name: '__proto__ among levels',
    text: JSON.stringify(base()).replace('"levels":{"daten":1,', '"levels":{"__proto__":3,"daten":1,'),
    path: '$.assessments[0].levels.__proto__',
    code: 'forbidden-key',
  },
  { name: 'constructor key in goal resources', change: (d) => set(d, 'goals.0.resources.constructor', { prototype: 1 }), path: '$.goals[0].resources.constructor', code: 'forbidden-key' },
  { name: 'prototype key in a plan item', change: (d) => set(d, 'plans.0.items.0.prototype', 1), path: '$.plans[0].items[0].prototype', code: 'forbidden-key' },
  { name: 'nesting too deep', change: (d) => set(d, 'people.0.department', tooDeep()), path: `$.people[0].department${'.a'.repeat(14)}`, code: 'too-deep' },
  { name: 'level 4', change: (d) => set(d, 'assessments.0.levels.daten', 4), path: '$.assessments[0].levels.daten', code: 'level' },
  { name: 'level "2"', change: (d) => set(d, 'assessments.0.levels.team', '2'), path: '$.assessments[0].levels.team', code: 'level' },
  { name: 'level 1.5', change: (d) => set(d, 'assessments.1.levels.daten', 1.5), path: '$.assessments[1].levels.daten', code: 'level' },
  { name: 'level -1', change: (d) => set(d, 'assessments.1.levels.daten', -1), path: '$.assessments[1].levels.daten', code: 'level' },
  { name: 'goal target level 5', change: (d) => set(d, 'goals.0.targetLevel', 5), path: '$.goals[0].targetLevel', code: 'level' },
  { name: 'unknown competency in levels', change: (d) => set(d, 'assessments.0.levels.quantenphysik', 2), path: '$.assessments[0].levels.quantenphysik', code: 'unknown-competency' },
  { name: 'unknown competency in a goal', change: (d) => set(d, 'goals.0.competencyIds', ['astrologie']), path: '$.goals[0].competencyIds[0]', code: 'unknown-competency' },
  { name: 'unknown competency in notes', change: (d) => set(d, 'assessments.0.notes', { raten: 'x' }), path: '$.assessments[0].notes.raten', code: 'unknown-competency' },
  { name: 'person with an unknown role', change: (d) => set(d, 'people.1.roleId', 'hausmeister'), path: '$.people[1].roleId', code: 'unknown-role' },
  {
    name: 'role known by default but not among the document roles',
    change: (d) => (d.roles = [structuredClone(DEFAULT_ROLES[3])]),
    path: '$.people[0].roleId',
    code: 'unknown-role',
  },
  { name: 'assessment of an unknown person', change: (d) => set(d, 'assessments.1.personId', 'p-9'), path: '$.assessments[1].personId', code: 'unknown-person' },
  { name: 'goal of an unknown person', change: (d) => set(d, 'goals.1.personId', 'p-9'), path: '$.goals[1].personId', code: 'unknown-person' },
  { name: 'plan of an unknown person', change: (d) => set(d, 'plans.0.personId', 'p-9'), path: '$.plans[0].personId', code: 'unknown-person' },
  { name: 'duplicate person id', change: (d) => set(d, 'people.1.id', 'p-1'), path: '$.people[1].id', code: 'duplicate-id' },
  { name: 'duplicate assessment id', change: (d) => set(d, 'assessments.1.id', 'a-1'), path: '$.assessments[1].id', code: 'duplicate-id' },
  { name: 'duplicate goal id', change: (d) => set(d, 'goals.1.id', 'g-1'), path: '$.goals[1].id', code: 'duplicate-id' },
  { name: 'duplicate plan id', change: (d) => d.plans.push({ ...structuredClone(d.plans[0]), items: [] }), path: '$.plans[1].id', code: 'duplicate-id' },
  { name: 'impossible date 2025-02-30', change: (d) => set(d, 'assessments.0.date', '2025-02-30'), path: '$.assessments[0].date', code: 'date' },
  { name: 'German date in v1', change: (d) => set(d, 'goals.0.due', '31.12.2025'), path: '$.goals[0].due', code: 'date' },
  { name: 'date with time', change: (d) => set(d, 'plans.0.items.0.start', '2025-03-01T10:00:00Z'), path: '$.plans[0].items[0].start', code: 'date' },
  { name: 'name of 201 characters', change: (d) => set(d, 'people.0.name', 'x'.repeat(201)), path: '$.people[0].name', code: 'too-long' },
  { name: 'department of 201 characters', change: (d) => set(d, 'people.1.department', 'ä'.repeat(201)), path: '$.people[1].department', code: 'too-long' },
  {
    name: '20,001 people',
    change: (d) => (d.people = Array.from({ length: 20_001 }, (_, i) => ({ id: `p-${i}`, name: 'N', roleId: 'cdo' }))),
    path: '$.people',
    code: 'too-many',
  },
  {
    name: '201 competencies',
    change: (d) => {
      const catalogue = structuredClone(DEFAULT_CATALOGUE) as Catalogue;
      for (let i = catalogue.competencies.length; i < 201; i += 1) {
        catalogue.competencies.push({ id: `extra-${i}`, category: 'digital', label: { de: `K${i}`, en: `C${i}` }, description: { de: 'x', en: 'x' } });
      }
      d.catalogue = catalogue;
    },
    path: '$.catalogue.competencies',
    code: 'too-many',
  },
  { name: 'plan item with an unknown goal', change: (d) => set(d, 'plans.0.items.0.goalId', 'g-404'), path: '$.plans[0].items[0].goalId', code: 'unknown-goal' },
  { name: "plan item with another person's goal", change: (d) => set(d, 'plans.0.items.0.goalId', 'g-2'), path: '$.plans[0].items[0].goalId', code: 'unknown-goal' },
  {
    name: 'final review outcome with an unknown goal',
    change: (d) => (d.plans[0].outcome = { date: '2025-06-01', nextStockTaking: '2026-01-01', goals: [{ goalId: 'g-x', reached: true, smartInPractice: true }] }),
    path: '$.plans[0].outcome.goals[0].goalId',
    code: 'unknown-goal',
  },
  { name: 'unknown format in a plan item', change: (d) => set(d, 'plans.0.items.0.formatId', 'kaffeeklatsch'), path: '$.plans[0].items[0].formatId', code: 'unknown-format' },
  { name: 'people not a list', change: (d) => set(d, 'people', { 'p-1': {} }), path: '$.people', code: 'type' },
  { name: 'goals missing', change: (d) => set(d, 'goals', DELETE), path: '$.goals', code: 'missing' },
  { name: 'unknown rater', change: (d) => set(d, 'assessments.0.rater', 'boss'), path: '$.assessments[0].rater', code: 'enum' },
  { name: 'id with blanks', change: (d) => set(d, 'people.1.id', 'Ali Öztürk'), path: '$.people[1].id', code: 'id' },
  { name: 'unknown key in a person', change: (d) => set(d, 'people.0.salary', 5000), path: '$.people[0].salary', code: 'unknown-key' },
  { name: 'negative capacity', change: (d) => set(d, 'people.0.capacityHoursPerMonth', -4), path: '$.people[0].capacityHoursPerMonth', code: 'range' },
  {
    name: 'own catalogue without the built-in competencies but no own roles',
    change: (d) => (d.catalogue = { categories: [DEFAULT_CATALOGUE.categories[0]], competencies: [DEFAULT_CATALOGUE.competencies[4]] }),
    path: '$.roles',
    code: 'roles-needed',
  },
  { name: 'invalid custom catalogue', change: (d) => set(d, 'catalogue', { categories: [], competencies: [] }), path: '$.catalogue.categories', code: 'empty' },
];

function errorsOf(result: ReturnType<typeof parsePortfolio>): ValidationIssue[] {
  assert.equal(result.ok, false, 'expected the document to be refused');
  return result.ok ? [] : result.errors;
}

describe('parsePortfolio: malformed documents', () => {
  test('the base document is valid', () => {
    const result = parsePortfolio(JSON.stringify(base()));
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
  });

  test(`the table has at least 30 cases (${CASES.length})`, () => assert.ok(CASES.length >= 30));

  for (const one of CASES) {
    test(`${one.name} → ${one.path} ${one.code}`, () => {
      let text = one.text;
      if (text === undefined) {
        const doc = base();
        one.change?.(doc);
        text = JSON.stringify(doc);
      }
      const errors = errorsOf(parsePortfolio(text));
      const hit = errors.find((error) => error.path === one.path && error.code === one.code);
      assert.ok(hit, `expected ${one.path} ${one.code}, got ${JSON.stringify(errors.slice(0, 5))}`);
      const parent = hit.path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
      assert.ok(hit.message.startsWith(parent), `the message names where: ${hit.message}`);
      assert.ok(errors.length <= PORTFOLIO_LIMITS.maxIssues + 1);
    });
  }

  test('bad JSON names line and column', () => {
    const [error] = errorsOf(parsePortfolio('{\n  "format": "kompetenzrad-portfolio",\n  "version": 1,\n}'));
    assert.match(error.message, /not valid JSON at line 4, column 1/);
  });

  test('text beyond the size limit is refused before parsing', () => {
    const [error] = errorsOf(parsePortfolio(' '.repeat(PORTFOLIO_LIMITS.maxTextLength + 1)));
    assert.deepEqual([error.path, error.code], ['$', 'too-large']);
    assert.match(error.message, /about 50 MB/);
  });

  test('a text that is not a string is reported, not thrown', () => {
    const [error] = errorsOf(parsePortfolio(42 as unknown as string));
    assert.equal(error.code, 'type');
  });

  test('collects many issues and caps the list with "and N more"', () => {
    const doc = base();
    doc.people = Array.from({ length: 150 }, (_, i) => ({ id: `p-${i}`, name: `N${i}`, roleId: 'hausmeister' }));
    doc.assessments = [];
    doc.goals = [];
    doc.plans = [];
    const errors = errorsOf(parsePortfolio(JSON.stringify(doc)));
    assert.equal(errors.length, PORTFOLIO_LIMITS.maxIssues + 1);
    assert.ok(errors.slice(0, 100).every((error) => error.code === 'unknown-role'));
    assert.deepEqual([errors[100].path, errors[100].code], ['$', 'too-many-issues']);
    assert.match(errors[100].message, /and 50 more issues/);
  });

  test('several independent problems are all reported', () => {
    const doc = base();
    doc.people[0].roleId = 'x-role';
    set(doc, 'assessments.0.levels.daten', 7);
    doc.goals[0].due = '2025-13-01';
    const codes = errorsOf(parsePortfolio(JSON.stringify(doc))).map((error) => error.code);
    assert.deepEqual(codes.sort(), ['date', 'level', 'unknown-role']);
  });

  test('hostile JSON never throws and never pollutes Object.prototype', () => {
    for (const text of HOSTILE_JSON) {
      const result = parsePortfolio(text);
      assert.equal(result.ok, false, text.slice(0, 40));
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(({} as Record<string, unknown>).isAdmin, undefined);
  });
});

describe('validatePortfolio', () => {
  test('accepts a valid object and returns it', () => {
    const doc = base();
    const result = validatePortfolio(doc);
    assert.ok(result.ok);
    assert.equal(result.value, doc);
  });

  test('refuses an own __proto__ property on an object built in code', () => {
    const doc = base();
    Object.defineProperty(doc.people[0], '__proto__', { value: {}, enumerable: true });
    const result = validatePortfolio(doc);
    assert.ok(!result.ok && result.errors[0].path === '$.people[0].__proto__');
  });

  test('points older documents to the migration', () => {
    const result = validatePortfolio({ ...base(), version: 0 });
    assert.ok(!result.ok);
    const error = result.errors.find((e) => e.path === '$.version')!;
    assert.equal(error.code, 'version');
    assert.match(error.message, /migratePortfolio/);
  });

  test('a document with its own catalogue and roles', () => {
    const doc = base();
    const catalogue = structuredClone(DEFAULT_CATALOGUE) as Catalogue;
    catalogue.competencies.push({ id: 'kgst-egov', category: 'digital', label: { de: 'E-Government', en: 'E-government' }, description: { de: 'x', en: 'x' } });
    doc.catalogue = catalogue;
    doc.roles = [{ id: 'cdo', label: { de: 'CDO', en: 'CDO' }, tasks: [], target: { 'kgst-egov': 3 } }, { id: 'digitallotse', label: { de: 'Lotse', en: 'Pilot' }, tasks: [], target: {} }];
    set(doc, 'assessments.0.levels.kgst-egov', 2);
    const result = validatePortfolio(doc);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
    assert.equal(catalogueOf(result.value).competencies.length, 26);
    assert.deepEqual(rolesOf(result.value).map((role) => role.id), ['cdo', 'digitallotse']);
  });

  test('an empty portfolio is valid and uses the built-in catalogue and roles', () => {
    const empty = emptyPortfolio();
    assert.ok(validatePortfolio(empty).ok);
    assert.equal(catalogueOf(empty), DEFAULT_CATALOGUE);
    assert.equal(rolesOf(empty), DEFAULT_ROLES);
    assert.notEqual(emptyPortfolio(), empty, 'a new object each time');
  });
});

describe('serializePortfolio', () => {
  const sample = generatePortfolio({ seed: 7, people: 8, today: '2025-05-15' });

  test('round trip: serialize → parse gives a deep-equal document', () => {
    for (const indent of [0, 2]) {
      const result = parsePortfolio(serializePortfolio(sample, { indent }));
      assert.ok(result.ok);
      assert.deepEqual(result.value, sample);
    }
    const hand = parsePortfolio(serializePortfolio(base() as Portfolio));
    assert.ok(hand.ok);
    assert.deepEqual(hand.value, base());
  });

  test('stable key order: the insertion order of keys does not matter', () => {
    const reversed = JSON.parse(JSON.stringify(sample), (_key, value) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    );
    assert.equal(serializePortfolio(reversed), serializePortfolio(sample));
    const text = serializePortfolio(sample, { indent: 2 });
    assert.ok(text.startsWith('{\n  "format": "kompetenzrad-portfolio",\n  "version": 1,'));
    assert.match(text, /\{\n {6}"id": "p-0001",\n {6}"name"/);
  });

  test('refuses to write an invalid document', () => {
    const doc = base();
    doc.people[0].roleId = 'nobody';
    assert.throws(() => serializePortfolio(doc as Portfolio), (error: KompetenzradError) => error.issues[0].code === 'unknown-role');
    assert.doesNotThrow(() => serializePortfolio(doc as Portfolio, { validate: false }));
  });
});

// ---------------------------------------------------------------------------------------------
// The JSON Schema: a tiny structural checker (the keywords the schema uses), run on valid and
// broken documents, plus a comparison of the schema's constants with the TypeScript ones.

/** The keywords of JSON Schema that our schema uses. */
interface Schema {
  $schema?: string;
  $ref?: string;
  $defs?: Record<string, Schema>;
  type?: string;
  const?: unknown;
  enum?: unknown[];
  not?: Schema;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  items?: Schema;
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  propertyNames?: Schema;
}
const SCHEMA: Schema = JSON.parse(readFileSync(new URL('../../schema/portfolio.schema.json', import.meta.url), 'utf8'));

/** The sub-schema at a path of keywords and names, e.g. `part('$defs', 'plan')`. */
function part(...keys: string[]): Schema {
  let current: unknown = SCHEMA;
  for (const key of keys) {
    assert.ok(current && typeof current === 'object' && Object.hasOwn(current, key), `schema has no ${keys.join('/')}`);
    current = (current as Record<string, unknown>)[key];
  }
  return current as Schema;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function schemaErrors(value: unknown, schema: Schema, path = '$', errors: string[] = []): string[] {
  if (schema.$ref) {
    schemaErrors(value, part('$defs', schema.$ref.replace('#/$defs/', '')), path, errors);
  }
  const type = typeOf(value);
  if (schema.type && !(schema.type === type || (schema.type === 'number' && type === 'integer'))) {
    errors.push(`${path}: type ${type}, expected ${schema.type}`);
    return errors;
  }
  if ('const' in schema && value !== schema.const) errors.push(`${path}: not ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${path}: not one of ${schema.enum}`);
  if (schema.not && schemaErrors(value, schema.not, path).length === 0) errors.push(`${path}: matches "not"`);
  if (typeof value === 'string') {
    const length = [...value].length;
    if (schema.minLength !== undefined && length < schema.minLength) errors.push(`${path}: shorter than ${schema.minLength}`);
    if (schema.maxLength !== undefined && length > schema.maxLength) errors.push(`${path}: longer than ${schema.maxLength}`);
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${path}: does not match ${schema.pattern}`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${path}: below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${path}: above ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) errors.push(`${path}: fewer than ${schema.minItems} items`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems) errors.push(`${path}: more than ${schema.maxItems} items`);
    if (schema.uniqueItems && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) errors.push(`${path}: repeated items`);
    const items = schema.items;
    if (items) value.forEach((item, i) => schemaErrors(item, items, `${path}[${i}]`, errors));
  }
  if (type === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!Object.hasOwn(record, key)) errors.push(`${path}: missing ${key}`);
    for (const [key, inner] of Object.entries(record)) {
      const at = `${path}.${key}`;
      if (schema.propertyNames) schemaErrors(key, schema.propertyNames, `${at} (name)`, errors);
      if (schema.properties && Object.hasOwn(schema.properties, key)) schemaErrors(inner, schema.properties[key], at, errors);
      else if (schema.additionalProperties === false) errors.push(`${at}: not allowed`);
      else if (typeof schema.additionalProperties === 'object') schemaErrors(inner, schema.additionalProperties, at, errors);
    }
  }
  return errors;
}

describe('schema/portfolio.schema.json', () => {
  test('is a draft 2020-12 schema whose constants match the TypeScript ones', () => {
    assert.equal(SCHEMA.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(part('properties', 'format').const, PORTFOLIO_FORMAT);
    assert.equal(part('properties', 'version').const, PORTFOLIO_VERSION);
    assert.deepEqual(SCHEMA.required, Object.keys(emptyPortfolio()));
    assert.deepEqual(Object.keys(part('properties')).sort(), [...Object.keys(emptyPortfolio()), 'catalogue', 'roles'].sort());
    assert.deepEqual(part('$defs', 'level').enum, [...LEVELS]);
    assert.equal(part('properties', 'people').maxItems, PORTFOLIO_LIMITS.maxPeople);
    assert.equal(part('properties', 'roles').maxItems, PORTFOLIO_LIMITS.maxRoles);
    assert.equal(part('properties', 'assessments').maxItems, PORTFOLIO_LIMITS.maxAssessments);
    assert.equal(part('properties', 'goals').maxItems, PORTFOLIO_LIMITS.maxGoals);
    assert.equal(part('properties', 'plans').maxItems, PORTFOLIO_LIMITS.maxPlans);
    assert.equal(part('$defs', 'catalogue', 'properties', 'competencies').maxItems, PORTFOLIO_LIMITS.maxCompetencies);
    assert.equal(part('$defs', 'label').maxLength, PORTFOLIO_LIMITS.maxLabelLength);
    assert.deepEqual(part('$defs', 'planItem', 'properties', 'formatId').enum, [...FORMAT_IDS]);
    assert.deepEqual(part('$defs', 'planStatus').enum, [...PLAN_STATUSES]);
    assert.deepEqual(part('$defs', 'planItem', 'properties', 'status').enum, [...ITEM_STATUSES]);
    assert.deepEqual(part('$defs', 'assessment', 'properties', 'rater').enum, [...RATER_KINDS]);
    assert.deepEqual(part('$defs', 'goal', 'properties', 'status').enum, [...GOAL_STATUSES]);
  });

  test('valid documents pass the schema', () => {
    const withCatalogue = { ...base(), catalogue: DEFAULT_CATALOGUE, roles: DEFAULT_ROLES };
    assert.ok(validatePortfolio(withCatalogue).ok);
    for (const doc of [base(), withCatalogue, generatePortfolio({ seed: 3, people: 10, today: '2025-01-31' }), emptyPortfolio()]) {
      assert.deepEqual(schemaErrors(doc, SCHEMA), []);
    }
    const demo = JSON.parse(readFileSync(new URL('../../demo/data/sample-portfolio.json', import.meta.url), 'utf8'));
    assert.deepEqual(schemaErrors(demo, SCHEMA), []);
  });

  test('shape errors that validatePortfolio finds are found by the schema too', () => {
    const shapeCases = CASES.filter((one) =>
      ['format', 'version', 'version-newer', 'unknown-key', 'level', 'too-long', 'too-many', 'enum', 'id', 'range', 'type', 'missing', 'unknown-format'].includes(
        one.code,
      ) && one.change,
    );
    assert.ok(shapeCases.length >= 15);
    for (const one of shapeCases) {
      const doc = base();
      one.change!(doc);
      assert.notDeepEqual(schemaErrors(doc, SCHEMA), [], one.name);
    }
  });
});
