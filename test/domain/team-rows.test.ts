import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { currentProfile } from '../../src/domain/assessments.ts';
import { DEFAULT_CATALOGUE, indexCatalogue } from '../../src/domain/catalogue.ts';
import { DEFAULT_ROLES } from '../../src/domain/roles.ts';
import { generatePortfolio } from '../../src/domain/sample.ts';
import { analyzeTeam, analyzeTeamRows, buildTeamMatrix, TeamTally } from '../../src/domain/team.ts';

describe('analyzeTeamRows (the team matrix reads its distribution row where the levels stand)', () => {
  const portfolio = generatePortfolio({ seed: 11, people: 120, today: '2025-09-01' });
  const index = indexCatalogue(DEFAULT_CATALOGUE);
  const roles = DEFAULT_ROLES.filter((role) => portfolio.people.some((person) => person.roleId === role.id));
  const members = portfolio.people.map((person) => ({
    personId: person.id,
    target: roles.find((role) => role.id === person.roleId)!.target,
    actual: currentProfile(portfolio.assessments, person.id).profile,
  }));
  const targets = buildTeamMatrix(DEFAULT_CATALOGUE, roles.map((role) => ({ personId: role.id, target: role.target, actual: {} }))).target;
  const roleOf = Uint16Array.from(portfolio.people, (person) => roles.findIndex((role) => role.id === person.roleId));
  const actual = buildTeamMatrix(DEFAULT_CATALOGUE, members).actual;

  test('all rows: the same figures as analyzeTeam', () => {
    const rows = Uint32Array.from(members, (_, i) => i);
    assert.deepEqual(analyzeTeamRows(index, { targets, roleOf, actual }, rows), analyzeTeam(DEFAULT_CATALOGUE, members));
  });

  test('a selection in any order: the figures of just those people', () => {
    const rows = [90, 3, 57, 4, 119, 0];
    assert.deepEqual(analyzeTeamRows(index, { targets, roleOf, actual }, rows), analyzeTeam(DEFAULT_CATALOGUE, rows.map((i) => members[i])));
  });

  test('nobody: zero counts and averages', () => {
    const analysis = analyzeTeamRows(index, { targets, roleOf, actual }, []);
    assert.equal(analysis.memberCount, 0);
    assert.equal(analysis.peopleToBuild, 0);
    assert.ok(analysis.competencies.every((stats) => stats.toBuild === 0 && stats.averageGap === 0));
  });

  test('TeamTally: people added one at a time, in any order, give the figures of analyzeTeam; each figure is of those added so far', () => {
    const tally = new TeamTally(index);
    assert.deepEqual(tally.analysis(), analyzeTeam(DEFAULT_CATALOGUE, []));
    const order = members.map((_, i) => i).reverse();
    for (const [k, i] of order.entries()) {
      tally.add(targets, roleOf[i] * 25, actual, i * 25);
      if (k === 9) assert.deepEqual(tally.analysis(), analyzeTeam(DEFAULT_CATALOGUE, order.slice(0, 10).map((j) => members[j])));
    }
    assert.equal(tally.count, members.length);
    assert.deepEqual(tally.analysis(), analyzeTeam(DEFAULT_CATALOGUE, members));
  });
});
