import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue.ts';
import { gapsToCSV, teamToCSV } from '../../src/domain/csv.ts';
import { KompetenzradError } from '../../src/domain/errors.ts';
import { analyzeGaps } from '../../src/domain/gaps.ts';
import { toICalendar } from '../../src/domain/icalendar.ts';
import { analyzePersonGaps } from '../../src/domain/person-gaps.ts';
import { serializePortfolio } from '../../src/domain/portfolio.ts';
import { setAssessmentLevel } from '../../src/domain/portfolio-edits.ts';
import { generatePortfolio } from '../../src/domain/sample.ts';
import type { Lang } from '../../src/domain/types.ts';

/** What a caller from plain JavaScript may pass: a missing argument, `null` for options, a language the library does not speak. */
describe('arguments a JavaScript caller gets wrong', () => {
  const portfolio = generatePortfolio({ seed: 3, people: 4, today: '2025-09-01' });
  const analysis = analyzeGaps({ catalogue: DEFAULT_CATALOGUE, target: { daten: 3, team: 2 }, actual: { daten: 1 } });

  test('a missing input object is refused with a KompetenzradError, not a TypeError', () => {
    assert.throws(() => analyzePersonGaps(undefined as never), (error: unknown) => error instanceof KompetenzradError && error.issues[0].path === '$');
  });

  test('null options count as none', () => {
    const plan = portfolio.plans[0];
    const person = portfolio.people.find((candidate) => candidate.id === plan.personId)!;
    assert.equal(toICalendar(plan, person, null as never), toICalendar(plan, person));
    assert.equal(serializePortfolio(portfolio, null as never), serializePortfolio(portfolio));
  });

  test('a CSV file is in one language: a regional form counts as its language, any other as German, headers and names alike', () => {
    assert.equal(gapsToCSV(analysis, DEFAULT_CATALOGUE, 'EN' as Lang), gapsToCSV(analysis, DEFAULT_CATALOGUE, 'en'));
    assert.equal(gapsToCSV(analysis, DEFAULT_CATALOGUE, 'fr' as Lang), gapsToCSV(analysis, DEFAULT_CATALOGUE, 'de'));
    const rows = [{ personId: portfolio.people[0].id, analysis }];
    assert.equal(teamToCSV(portfolio.people, rows, DEFAULT_CATALOGUE, 'xx' as Lang), teamToCSV(portfolio.people, rows, DEFAULT_CATALOGUE, 'de'));
  });

  test('a misnamed field is named itself, not only the one it should have been', () => {
    const input = { personId: portfolio.people[0].id, rater: 'self', competencyId: 'daten', level: 2, date: '2025-09-02' };
    assert.throws(
      () => setAssessmentLevel(portfolio, input as never),
      (error: unknown) => error instanceof KompetenzradError && JSON.stringify(error.issues.map((one) => [one.path, one.code])) === JSON.stringify([['$input.date', 'unknown-key'], ['$input.today', 'date']]),
    );
  });

  test('a team CSV of an unknown mode is refused', () => {
    const rows = [{ personId: portfolio.people[0].id, analysis }];
    assert.throws(() => teamToCSV(portfolio.people, rows, DEFAULT_CATALOGUE, 'de', 'foo' as never), (error: unknown) => error instanceof KompetenzradError && error.issues[0].path === '$mode');
  });
});
