import { expect } from '@open-wc/testing';
import { TeamModel, type TeamInput } from '../../../src/components/gap-matrix/model/team.js';
import { currentProfile, validateAssessment } from '../../../src/domain/assessments.js';
import { DEFAULT_CATALOGUE } from '../../../src/domain/catalogue.js';
import { analyzeGaps } from '../../../src/domain/gaps.js';
import { DEFAULT_ROLES, roleById } from '../../../src/domain/roles.js';
import { analyzeTeam } from '../../../src/domain/team.js';
import type { Assessment, Person, Role } from '../../../src/domain/types.js';
import { formatterFor } from '../../../src/internal/format.js';
import { makeTeam } from './fixtures.js';

/** A team of 150 whose assessments include refused ones: the model must leave exactly those out. */
function brokenTeam(): { people: Person[]; assessments: Assessment[] } {
  const { people, assessments } = makeTeam(150);
  const broken = [
    { id: 'x1', personId: 'p3', rater: 'external', date: '2025-01-01', levels: { daten: 7 } },
    { id: 'x2', personId: 'p4', rater: 'external', date: '2025-01-01', levels: { daten: 1, zauberei: 2 } },
    { id: 'x3', personId: 'p5', rater: 'external', date: '2025-01-01', levels: { daten: 1 }, notes: { daten: 5 } },
    { id: 'x4', personId: 'p6', rater: 'external', date: '2025-02-30', levels: { daten: 1 } },
    { id: 'x5', personId: 'p7', rater: 'external', date: '2025-01-01', levels: { daten: 0 }, extra: true },
    { id: 'x6', personId: 'nobody', rater: 'external', date: '2025-01-01', levels: { daten: 9 } },
  ] as unknown as Assessment[];
  return { people, assessments: [...assessments, ...broken, 'not an assessment' as unknown as Assessment] };
}

function input(people: Person[], assessments: Assessment[], roles: readonly Role[] = DEFAULT_ROLES): TeamInput {
  return { people, assessments, catalogue: DEFAULT_CATALOGUE, roles, rule: 'external-first', validate: true };
}

/** What the domain says of row `i`: the current profile of the person's valid assessments and its gaps. */
function expected(people: Person[], assessments: Assessment[], i: number) {
  const person = people[i];
  const valid = assessments.filter((a, k) => typeof a === 'object' && a.personId === person.id && validateAssessment(a, DEFAULT_CATALOGUE, `$.assessments[${k}]`).length === 0);
  const actual = currentProfile(valid, person.id).profile;
  const target = roleById(DEFAULT_ROLES, person.roleId)!.target;
  return { actual, target, analysis: analyzeGaps({ catalogue: DEFAULT_CATALOGUE, target, actual }) };
}

describe('TeamModel analysis (issue 18, item 2)', () => {
  it('analyses every row from the valid assessments only and reports each refused one', () => {
    const { people, assessments } = brokenTeam();
    const model = new TeamModel(input(people, assessments));
    expect(model.work(Number.POSITIVE_INFINITY)).to.equal(true);
    for (let i = 0; i < people.length; i++) {
      const { actual, analysis } = expected(people, assessments, i);
      expect(model.state[i]).to.equal(1);
      expect(Array.from(model.gap.subarray(i * 25, (i + 1) * 25))).to.deep.equal(analysis.entries.map((entry) => entry.gap));
      expect(Array.from(model.actual.subarray(i * 25, (i + 1) * 25))).to.deep.equal(analysis.entries.map((entry) => entry.actual));
      expect(model.members[i]?.actual).to.deep.equal(actual);
    }
    const paths = model.issues.map((issue) => `${issue.code} ${issue.path}`);
    const first = 300;
    expect(paths).to.deep.equal([
      `type $.assessments[${first + 6}]`,
      `level $.assessments[${first}].levels.daten`,
      `unknown-competency $.assessments[${first + 1}].levels.zauberei`,
      `type $.assessments[${first + 2}].notes.daten`,
      `date $.assessments[${first + 3}].date`,
      `unknown-key $.assessments[${first + 4}].extra`,
    ]);
  });

  it('rows drawn first (one by one) and rows of the background agree, and so do their members and the summary', () => {
    const { people, assessments } = brokenTeam();
    const background = new TeamModel(input(people, assessments));
    background.work(Number.POSITIVE_INFINITY);
    const drawnFirst = new TeamModel(input(people, assessments));
    for (const i of [0, 3, 4, 5, 6, 7, 149]) drawnFirst.ensure(i);
    expect(drawnFirst.complete).to.equal(false);
    drawnFirst.work(Number.POSITIVE_INFINITY);
    expect(drawnFirst.complete).to.equal(true);
    expect(Array.from(drawnFirst.gap)).to.deep.equal(Array.from(background.gap));
    expect(Array.from(drawnFirst.actual)).to.deep.equal(Array.from(background.actual));
    expect(Array.from(drawnFirst.assessed)).to.deep.equal(Array.from(background.assessed));
    expect(drawnFirst.members).to.deep.equal(background.members);
    expect(drawnFirst.issues).to.deep.equal(background.issues);

    const all = Uint32Array.from(people, (_, i) => i);
    const members = people.map((_, i) => {
      const { actual, target } = expected(people, assessments, i);
      return { personId: people[i].id, target, actual };
    });
    expect(background.summary(all)).to.deep.equal(analyzeTeam(DEFAULT_CATALOGUE, members));
    expect(background.summary(all.subarray(10, 20))).to.deep.equal(analyzeTeam(DEFAULT_CATALOGUE, members.slice(10, 20)));
  });

  it('the summary of everyone is counted as the rows are analysed, ready with the last one and kept: any order of all rows gives it, a part of the rows its own', () => {
    const { people, assessments } = makeTeam(120);
    const model = new TeamModel(input(people, assessments));
    const all = Uint32Array.from(people, (_, i) => i);
    const early = model.summary(all);
    // Not complete yet: nothing is kept, the rows analysed so far count.
    expect(early.memberCount).to.equal(0);
    // Rows drawn first (one by one), then the background: each row is counted once.
    for (const i of [7, 0, 119, 7]) model.ensure(i);
    expect(model.summary(all).memberCount).to.equal(3);
    model.work(Number.POSITIVE_INFINITY);
    const everyone = model.summary(all.slice().reverse());
    expect(everyone).to.equal(model.summary(all));
    expect(everyone.memberCount).to.equal(120);
    const fresh = new TeamModel(input(people, assessments));
    fresh.work(Number.POSITIVE_INFINITY);
    expect(everyone).to.deep.equal(fresh.summary(all));
    // What the domain gives for the analysed rows read where they stand.
    const members = people.map((_, i) => {
      const { actual, target } = expected(people, assessments, i);
      return { personId: people[i].id, target, actual };
    });
    expect(everyone).to.deep.equal(analyzeTeam(DEFAULT_CATALOGUE, members));
    const part = model.summary(all.subarray(0, 30));
    expect(part).to.not.equal(everyone);
    expect(part.memberCount).to.equal(30);
  });

  it('the summary of everyone is kept also when some rows failed (the view leaves them out)', () => {
    const { people, assessments } = makeTeam(60);
    const broken = [...assessments, { id: 'x1', personId: people[3].id, rater: 'external', date: '2025-01-01', levels: { daten: 7 } } as unknown as Assessment];
    const model = new TeamModel({ ...input(people, broken), validate: false });
    model.work(Number.POSITIVE_INFINITY);
    expect(model.state[3], 'row 3 failed').to.equal(2);
    const view = model.view({ sortKey: 'none', descending: false, value: 'gap', roleId: '', department: '', competencyId: '', minGap: null, only: null, text: formatterFor('de') });
    expect(view.length).to.equal(59);
    const kept = model.summary(view);
    expect(model.summary(view.slice().reverse())).to.equal(kept);
    expect(kept.memberCount).to.equal(59);
  });

  it('data given as already checked (validate: false) whose levels do not fit: that person is reported and left out, the others are read as when checked', () => {
    const { people, assessments } = makeTeam(150);
    const bad = { id: 'x1', personId: 'p3', rater: 'external', date: '2025-01-01', levels: { daten: 7 } } as unknown as Assessment;
    const unchecked = new TeamModel({ ...input(people, [...assessments, bad]), validate: false });
    unchecked.work(Number.POSITIVE_INFINITY);
    const checked = new TeamModel(input(people, assessments));
    checked.work(Number.POSITIVE_INFINITY);
    expect(unchecked.state[3]).to.equal(2);
    expect(unchecked.issues.map((issue) => issue.code)).to.deep.equal(['level']);
    for (let i = 0; i < people.length; i++) {
      if (i === 3) continue;
      expect(unchecked.state[i], `row ${i}`).to.equal(1);
      expect(Array.from(unchecked.gap.subarray(i * 25, (i + 1) * 25)), `row ${i}`).to.deep.equal(Array.from(checked.gap.subarray(i * 25, (i + 1) * 25)));
    }
  });

  it('people of a role whose target cannot be read are reported and left out; the others are analysed', () => {
    const { people, assessments } = makeTeam(40);
    const roles = DEFAULT_ROLES.map((role) => (role.id === people[1].roleId ? { ...role, target: { ...role.target, daten: 5 } } : role)) as Role[];
    const model = new TeamModel(input(people, assessments, roles));
    model.work(Number.POSITIVE_INFINITY);
    const failed = people.flatMap((person, i) => (person.roleId === people[1].roleId ? [i] : []));
    expect(failed.length).to.be.above(0);
    people.forEach((_, i) => expect(model.state[i]).to.equal(failed.includes(i) ? 2 : 1));
    expect(model.issues.every((issue) => issue.code === 'level' && issue.path === '$.target.daten')).to.equal(true);
    expect(model.issueCount).to.equal(failed.length);
    expect(model.members.filter(Boolean)).to.have.length(40 - failed.length);
  });
});
