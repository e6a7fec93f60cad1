import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { validateAssessment } from '../../src/domain/assessments.ts';
import { COMPETENCY_IDS, DEFAULT_CATALOGUE, indexCatalogue } from '../../src/domain/catalogue.ts';
import { levelReaderOf, validateProfile } from '../../src/domain/profile.ts';
import { generatePortfolio } from '../../src/domain/sample.ts';
import { analyzeTeam, analyzeTeamMatrix, buildTeamMatrix } from '../../src/domain/team.ts';
import { DEFAULT_ROLES, roleById } from '../../src/domain/roles.ts';
import { currentProfile } from '../../src/domain/assessments.ts';

const full = () => Object.fromEntries(COMPETENCY_IDS.map((id, i) => [id, i % 4]));
const codes = (value: unknown) => validateProfile(value, DEFAULT_CATALOGUE, '$.p').map(({ path, code }) => `${code} ${path}`);

describe('validateProfile after profiles of the same shape (the key order a reader learnt)', () => {
  test('still reports a bad level, an unknown key and a forbidden key in a profile shaped like the one before', () => {
    assert.deepEqual(codes(full()), []);
    assert.deepEqual(codes({ ...full(), daten: 7 }), ['level $.p.daten']);
    assert.deepEqual(codes({ ...full(), zauberei: 1 }), ['unknown-competency $.p.zauberei']);
    const forbidden = JSON.parse(`{"team": 1, "__proto__": 2}`) as unknown;
    assert.deepEqual(codes(forbidden), ['forbidden-key $.p.__proto__']);
    assert.deepEqual(codes(full()), []);
  });

  test('a profile with fewer, more or reordered keys than the one before is read in full', () => {
    assert.deepEqual(codes(full()), []);
    const reordered = Object.fromEntries(Object.entries(full()).reverse());
    assert.deepEqual(codes({ ...reordered, team: '3' }), ['level $.p.team']);
    assert.deepEqual(codes({ team: 3 }), []);
    assert.deepEqual(codes({ team: 3, daten: -1 }), ['level $.p.daten']);
  });

  test('inherited levels and levels of objects with other prototypes are not taken for own ones', () => {
    const inherited = Object.create({ team: 9 }) as Record<string, unknown>;
    inherited.daten = 2;
    assert.deepEqual(codes(inherited), []);
    const levels: Record<string, unknown>[] = [];
    levelReaderOf(indexCatalogue(DEFAULT_CATALOGUE)).read(inherited, (position, value) => levels.push({ position, value }));
    assert.deepEqual(levels, [{ position: COMPETENCY_IDS.indexOf('daten'), value: 2 }]);
  });

  test('an assessment reports its own issues and those of its levels, in this order', () => {
    const assessment = { id: 'a1', personId: 'p1', rater: 'boss', date: '2024-01-01', levels: { ...full(), daten: 4 }, stockTaking: { currentTasks: 5 } };
    assert.deepEqual(
      validateAssessment(assessment, DEFAULT_CATALOGUE, '$.assessments[3]').map(({ path, code }) => `${code} ${path}`),
      ['enum $.assessments[3].rater', 'type $.assessments[3].stockTaking.currentTasks', 'level $.assessments[3].levels.daten'],
    );
  });
});

describe('analyzeTeamMatrix', () => {
  test('is analyzeTeam of the same members', () => {
    const { people, assessments } = generatePortfolio({ seed: 5, people: 60, today: '2025-09-01' });
    const members = people.map((person) => ({
      personId: person.id,
      target: roleById(DEFAULT_ROLES, person.roleId)!.target,
      actual: currentProfile(assessments.filter((a) => a.personId === person.id), person.id).profile,
    }));
    const index = indexCatalogue(DEFAULT_CATALOGUE);
    assert.deepEqual(analyzeTeamMatrix(index, buildTeamMatrix(DEFAULT_CATALOGUE, members)), analyzeTeam(DEFAULT_CATALOGUE, members));
    assert.equal(analyzeTeam(DEFAULT_CATALOGUE, members).memberCount, 60);
  });
});
