import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { COMPETENCY_IDS, CATEGORY_IDS } from '../../src/domain/catalogue.ts';
import { FORMAT_IDS, type FormatReasonParams } from '../../src/domain/formats.ts';
import { ROLE_IDS } from '../../src/domain/roles.ts';
import { CATALOGUE_DESCRIPTIONS_DE } from '../../src/domain/messages/catalogue-descriptions.de.ts';
import { CATALOGUE_DESCRIPTIONS_EN } from '../../src/domain/messages/catalogue-descriptions.en.ts';
import { describeFinding, describeFormatReason } from '../../src/domain/messages/describe-findings.ts';
import { describeIssue } from '../../src/domain/messages/index.ts';
import type { ValidationIssue } from '../../src/domain/errors.ts';
import { parsePortfolio } from '../../src/domain/portfolio.ts';
import { FINDINGS_DE } from '../../src/domain/messages/findings.de.ts';
import { FINDINGS_EN } from '../../src/domain/messages/findings.en.ts';
import type { Finding, FindingParams } from '../../src/domain/messages/findings.ts';
import { FORMAT_DESCRIPTIONS_DE } from '../../src/domain/messages/format-descriptions.de.ts';
import { FORMAT_DESCRIPTIONS_EN } from '../../src/domain/messages/format-descriptions.en.ts';
import { FORMAT_REASONS_DE } from '../../src/domain/messages/format-reasons.de.ts';
import { FORMAT_REASONS_EN } from '../../src/domain/messages/format-reasons.en.ts';
import { ROLE_SOURCE_NOTE_DE, ROLE_TASKS_DE } from '../../src/domain/messages/role-texts.de.ts';
import { ROLE_SOURCE_NOTE_EN, ROLE_TASKS_EN } from '../../src/domain/messages/role-texts.en.ts';
import { render, type Coded } from '../../src/domain/messages/templates.ts';
import { formatterFor } from '../../src/internal/format.ts';
import type { Lang } from '../../src/domain/types.ts';

const PM = { de: 'Projektmanagement', en: 'Project management' };
const TEAM = { de: 'Teamfähigkeit', en: 'Teamwork' };
const SEMINAR = { de: 'Seminar und Schulung', en: 'Seminar and course' };
const ITEM = { item: SEMINAR, itemPractice: false, itemStart: '2025-02-01', itemEnd: '2025-02-14' };
const OTHER = { other: SEMINAR, otherPractice: true, otherStart: '2025-02-10', otherEnd: '2025-03-14' };
const GOAL = { goal: [PM, TEAM], goalLevel: 2 as const };

/** Parameters for every finding code; TypeScript fails when a code has none. */
const SAMPLES: { [C in keyof FindingParams]: FindingParams[C] } = {
  'no-competency': {},
  'unknown-competency': { ids: ['zaubern', 'kochen'] },
  'too-many-competencies': { count: 4, max: 3 },
  'no-target-level': { got: '7' },
  'target-level-zero': {},
  'no-measure': {},
  'vague-measure': { minWords: 3 },
  'nothing-new': { level: 1, competencies: [PM] },
  'partly-reached': { competencies: [PM, TEAM] },
  'no-challenge': {},
  'jump-too-large': { competencyId: 'team', competency: TEAM, steps: 3, level: 2, suggested: '2026-06-01' },
  'no-hours': {},
  'invalid-hours': {},
  'invalid-budget': {},
  'hours-exceed-capacity': { hours: 200, due: '2026-01-31', available: 88.3, capacity: 8 },
  'estimate-exceeds-capacity': { steps: 2, estimate: 80, due: '2025-06-01', available: 24.2, suggested: '2025-08-01' },
  'hours-below-estimate': { hours: 20.5, hoursPerStep: 40, estimate: 40 },
  'no-support-person': {},
  'no-due': { suggested: '2025-08-01' },
  'invalid-due': { got: 'morgen', suggested: '2025-08-01' },
  'due-not-future': { due: '2024-12-24', today: '2025-03-01', suggested: '2025-08-01' },
  'due-too-far': { months: 24, limit: '2027-03-01' },
  'over-capacity': { month: '2025-11', hours: 11.5, over: 3.5, capacity: 8 },
  'overlap-over-capacity': { ...ITEM, ...OTHER, month: '2025-02', hours: 12, capacity: 8 },
  'item-after-due': { ...ITEM, ...GOAL, days: 13, due: '2025-02-01' },
  'goal-without-item': GOAL,
  'goal-hours-short': { ...GOAL, planned: 22.5, hours: 80 },
  'goal-over-budget': { ...GOAL, cost: 1800, over: 1000, budget: 800 },
  'item-without-goal': ITEM,
  'plan-without-goals': {},
  'unknown-goal': { ...ITEM, goalId: 'g-nope' },
  'goal-of-other-person': ITEM,
  'practice-missing': ITEM,
  'practice-before-format': { ...ITEM, ...OTHER },
  'no-reviews': {},
  'no-final-review': { end: '2025-03-14' },
  'final-review-before-end': { date: '2025-03-01', end: '2025-03-14' },
  'final-review-before-due': { ...GOAL, date: '2026-01-19', due: '2026-08-15' },
  'review-gap': { from: '2025-02-01', to: '2025-07-01', weeks: 21.4, maxWeeks: 12, suggested: '2025-04-26' },
  'over-budget': { cost: 1800, over: 300, budget: 1500 },
  'refresh-not-covered': { competency: PM, lastAssessed: '2022-01-10', dueSince: '2024-01-10' },
};

const REASONS: { [C in keyof FormatReasonParams]: FormatReasonParams[C] } = {
  'suits-competencies': { format: SEMINAR, competencies: [PM, TEAM] },
  'suits-categories': { format: SEMINAR, categories: [{ de: 'Digitale Fachkompetenzen', en: 'Digital expertise' }] },
  complements: { format: SEMINAR },
};

const sorted = (keys: Iterable<string>) => [...keys].sort();
const ISO_DATE = /\b\d{4}-\d{2}(-\d{2})?\b/;

describe('finding messages', () => {
  test('German and English have a text for every finding code, and nothing else', () => {
    assert.deepEqual(sorted(Object.keys(FINDINGS_DE)), sorted(Object.keys(SAMPLES)));
    assert.deepEqual(sorted(Object.keys(FINDINGS_EN)), sorted(Object.keys(SAMPLES)));
  });

  for (const [code, params] of Object.entries(SAMPLES)) {
    test(`${code} reads as a sentence in German and English, with dates and numbers as the UI writes them`, () => {
      const finding = { code, params } as Finding;
      const de = describeFinding(finding, 'de');
      const en = describeFinding(finding, 'en');
      assert.equal(de, render(finding as Coded<FindingParams>, FINDINGS_DE, formatterFor('de')));
      for (const text of [de, en]) {
        assert.match(text, /^\S.*[.]$/, text);
        assert.doesNotMatch(text, /undefined|NaN|\[object|null/, text);
        // The one exception shows the form in which a date is typed.
        if (code !== 'invalid-due') assert.doesNotMatch(text, ISO_DATE, text);
      }
      assert.notEqual(de, en);
    });
  }

  test('dates, months, numbers and money follow the language', () => {
    const say = (code: keyof FindingParams, lang: 'de' | 'en') => describeFinding({ code, params: SAMPLES[code] } as Finding, lang).replace(/\u00a0/g, ' ');
    assert.match(say('over-capacity', 'de'), /^Im November 2025 sind 11,5 Stunden geplant, 3,5 mehr/);
    assert.match(say('over-capacity', 'en'), /^November 2025 has 11.5 hours planned, 3.5 more/);
    assert.match(say('due-not-future', 'de'), /Der Termin 24\. Dezember 2024 .* nach dem 1\. März 2025, z\. B\. den 1\. August 2025\./);
    assert.match(say('due-not-future', 'en'), /The due date 24 December 2024 .* after 1 March 2025, e\.g\. 1 August 2025\./);
    assert.match(say('over-budget', 'de'), /kosten 1\.800 €, 300 € mehr als das Budget von 1\.500 €/);
    assert.match(say('over-budget', 'en'), /cost €1,800, €300 more than the budget of €1,500/);
    assert.match(say('goal-without-item', 'de'), /„Projektmanagement und Teamfähigkeit auf Stufe 2 \(Könner\)“/);
    assert.match(say('goal-hours-short', 'de'), /umfassen 22,5 Stunden, das Ziel sieht 80 vor\./);
    assert.match(say('goal-hours-short', 'en'), /add up to 22\.5 hours, but the goal asks for 80\./);
    assert.match(say('goal-over-budget', 'de'), /kosten 1\.800 €, 1\.000 € mehr als die 800 €, die das Ziel vorsieht\./);
    assert.match(say('goal-over-budget', 'en'), /cost €1,800, €1,000 more than the €800 the goal sets aside\./);
    assert.match(say('final-review-before-due', 'de'), /^Das Abschlussgespräch am 19\. Januar 2026 .* \(15\. August 2026\)/);
    assert.match(say('final-review-before-due', 'en'), /^The final review on 19 January 2026 .* \(15 August 2026\)/);
    assert.match(say('no-target-level', 'de'), /^Eine Zielstufe „7“ gibt es nicht\. Legen Sie die Zielstufe fest/);
    assert.match(say('no-target-level', 'en'), /^There is no target level "7"\. Set the target level/);
    assert.match(describeFinding({ letter: 'M', code: 'no-target-level', params: {} } as unknown as Finding, 'de'), /^Legen Sie die Zielstufe fest/);
    assert.match(say('overlap-over-capacity', 'en'), /^"Seminar and course" \(1 February 2025 – 14 February 2025\) and "practice phase Seminar and course" \(10 February 2025 – 14 March 2025\)/);
  });

  test('a regional language is that language, any other German (a Node caller may pass any text)', () => {
    const finding = { code: 'over-capacity', params: SAMPLES['over-capacity'] } as Finding;
    assert.equal(describeFinding(finding, 'en-US' as Lang), describeFinding(finding, 'en'));
    assert.equal(describeFinding(finding, 'de-AT' as Lang), describeFinding(finding, 'de'));
    assert.equal(describeFinding(finding, 'fr' as Lang), describeFinding(finding, 'de'));
    const reason = { code: 'complements', params: REASONS.complements } as never;
    assert.equal(describeFormatReason(reason, 'en-GB' as Lang), describeFormatReason(reason, 'en'));
  });
});

describe('messages of another version', () => {
  test('a code without a text, or without the parameters its text needs, comes back as the code: nothing throws', () => {
    const foreign = [
      { letter: 'S', code: 'nope', params: {} },
      { code: 'item-after-due' },
      { letter: 'T', code: 'due-not-future', params: null },
    ] as unknown as Parameters<typeof describeFinding>[0][];
    for (const lang of ['de', 'en'] as const) {
      assert.deepEqual(foreign.map((finding) => describeFinding(finding, lang)), ['nope', 'item-after-due', 'due-not-future']);
    }
    assert.equal(describeFinding(null as unknown as Parameters<typeof describeFinding>[0], 'de'), '');
    assert.equal(describeIssue({ path: '$.people[0].roleId', code: 'unknown-role' } as unknown as ValidationIssue, 'de'), 'unknown-role at $.people[0].roleId');
    assert.equal(describeFormatReason({ code: 'fits-gap' } as unknown as Parameters<typeof describeFormatReason>[0], 'en'), 'fits-gap');
  });

  test('words the data itself holds ("NaN", an id "undefined") stay in the sentence', () => {
    const refused = parsePortfolio('{"format":"kompetenzrad-portfolio","version":1,"level": NaN}');
    assert.ok(!refused.ok);
    assert.match(describeIssue(refused.errors[0], 'de'), /^Der Text ist kein gültiges JSON.*NaN/);
    const unknown = { path: '$.people[0].roleId', code: 'unknown-role', params: { id: 'undefined', known: ['cdo'] } } as unknown as ValidationIssue;
    assert.notEqual(describeIssue(unknown, 'de'), 'unknown-role at $.people[0].roleId');
    assert.match(describeIssue(unknown, 'de'), /undefined/);
  });
});

describe('format reasons', () => {
  test('German and English have a text for every reason code', () => {
    assert.deepEqual(sorted(Object.keys(FORMAT_REASONS_DE)), sorted(Object.keys(REASONS)));
    assert.deepEqual(sorted(Object.keys(FORMAT_REASONS_EN)), sorted(Object.keys(REASONS)));
  });

  test('name the format and what it suits, labels written as inside a sentence', () => {
    const say = (code: keyof FormatReasonParams, lang: 'de' | 'en') => describeFormatReason({ code, params: REASONS[code] } as never, lang);
    assert.equal(say('suits-competencies', 'de'), 'Seminar und Schulung eignet sich besonders für Projektmanagement und Teamfähigkeit.');
    assert.equal(say('suits-competencies', 'en'), 'Seminar and course particularly suits project management and teamwork.');
    assert.equal(say('suits-categories', 'de'), 'Seminar und Schulung eignet sich besonders für digitale Fachkompetenzen.');
    assert.equal(say('complements', 'en'), 'Seminar and course is not aimed at these competencies in particular but can complement others.');
  });
});

describe('texts of the default catalogue, roles and formats', () => {
  test('every default category, competency and format has a description in both languages', () => {
    for (const texts of [CATALOGUE_DESCRIPTIONS_DE, CATALOGUE_DESCRIPTIONS_EN]) {
      assert.deepEqual(Object.keys(texts.categories), [...CATEGORY_IDS]);
      assert.deepEqual(Object.keys(texts.competencies), [...COMPETENCY_IDS]);
    }
    for (const texts of [FORMAT_DESCRIPTIONS_DE, FORMAT_DESCRIPTIONS_EN]) assert.deepEqual(Object.keys(texts), [...FORMAT_IDS]);
  });

  test('every default role has as many tasks in German as in English, and a source note', () => {
    for (const texts of [ROLE_TASKS_DE, ROLE_TASKS_EN]) assert.deepEqual(Object.keys(texts), [...ROLE_IDS]);
    for (const id of ROLE_IDS) assert.equal(ROLE_TASKS_DE[id].length, ROLE_TASKS_EN[id].length, id);
    assert.ok(ROLE_SOURCE_NOTE_DE.length > 20 && ROLE_SOURCE_NOTE_EN.length > 20);
  });
});
