import { test } from 'node:test';
import assert from 'node:assert/strict';
import { currentProfile } from '../../src/domain/assessments.ts';
import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue.ts';
import { analyzePersonGaps } from '../../src/domain/person-gaps.ts';
import { catalogueOf, emptyPortfolio, rolesOf } from '../../src/domain/portfolio.ts';
import { roleById } from '../../src/domain/roles.ts';
import type { Assessment, Person, Portfolio } from '../../src/domain/types.ts';
import { gapsOf } from '../../src/components/lernplan-timeline/model/timeline-data.ts';
import type { KompetenzContextValue } from '../../src/internal/context.ts';
import { chosenPersonId, roleOfAttribute, selectedPerson } from '../../src/internal/selected-person.ts';

const people: Person[] = [
  { id: 'anna', name: 'Anna', roleId: 'cdo' },
  { id: 'bernd', name: 'Bernd', roleId: 'astronaut' },
];
const assessments: Assessment[] = [
  { id: 's1', personId: 'anna', rater: 'self', date: '2024-01-10', levels: { daten: 3, technik: 1 } },
  { id: 'e1', personId: 'anna', rater: 'external', date: '2024-02-10', levels: { daten: 1 } },
  { id: 'b1', personId: 'bernd', rater: 'self', date: '2024-03-01', levels: { daten: 2 } },
];

function contextWith(personId: string | undefined, portfolio: Portfolio = { ...emptyPortfolio(), people, assessments }): KompetenzContextValue {
  return { portfolio, catalogue: catalogueOf(portfolio), roles: rolesOf(portfolio), lang: 'de', personId, today: '2025-06-01' };
}

test("the provider's selected person comes with their role and current profiles", () => {
  const context = contextWith('anna');
  const selected = selectedPerson(context);
  assert.equal(selected.person, people[0]);
  assert.equal(selected.role, roleById(context.roles, 'cdo'));
  assert.deepEqual(selected.current, currentProfile(assessments, 'anna'));
  assert.equal(selected.current?.profile.daten, 1, 'external-first by default');
  assert.deepEqual(selected.problems, []);
});

test('the actual-rule is applied to the current profile', () => {
  const selected = selectedPerson(contextWith('anna'), { rule: 'self-first' });
  assert.equal(selected.current?.profile.daten, 3);
  assert.deepEqual(selected.current, currentProfile(assessments, 'anna', 'self-first'));
});

test("an id given to the element wins over the provider's selection", () => {
  const selected = selectedPerson(contextWith('anna'), { personId: 'bernd' });
  assert.equal(selected.person?.id, 'bernd');
  assert.deepEqual(selected.current?.profile, { daten: 2 });
});

test('an empty or removed id of the element leaves the provider’s selection', () => {
  for (const personId of ['', null, undefined]) {
    assert.equal(selectedPerson(contextWith('anna'), { personId }).person?.id, 'anna', String(personId));
  }
});

test('nobody selected: no person, no role, no profiles, no problems', () => {
  assert.deepEqual(selectedPerson(contextWith(undefined)), { personId: undefined, person: undefined, role: undefined, current: undefined, problems: [] });
});

test('an id that names nobody is reported with the id, by the input that gave it', () => {
  const fromElement = selectedPerson(contextWith('anna'), { personId: 'carla' });
  assert.equal(fromElement.person, undefined);
  assert.equal(fromElement.current, undefined);
  assert.deepEqual(fromElement.problems, [
    { code: 'unknown-person', message: 'person-id: no person with the id "carla"', source: 'person-id', subject: 'carla' },
  ]);

  const fromContext = selectedPerson(contextWith('carla'));
  assert.deepEqual(fromContext.problems, [{ code: 'unknown-person', message: 'context: no person with the id "carla"', source: 'context', subject: 'carla' }]);
});

test('a person with an unknown role keeps their profiles; the role problem is kept apart for elements that fall back to the role', () => {
  const selected = selectedPerson(contextWith('bernd'));
  assert.equal(selected.person?.id, 'bernd');
  assert.equal(selected.role, undefined);
  assert.deepEqual(selected.current?.profile, { daten: 2 });
  assert.deepEqual(selected.problems, []);
  assert.deepEqual(selected.roleProblem, {
    code: 'unknown-role',
    message: 'context: person "bernd" has the unknown role "astronaut"',
    source: 'context',
    subject: 'astronaut',
  });
});

test('the id the selection settled on: own first, then the provider’s', () => {
  assert.equal(selectedPerson(contextWith('anna'), { personId: 'bernd' }).personId, 'bernd');
  assert.equal(selectedPerson(contextWith('anna'), { personId: '' }).personId, 'anna');
  assert.equal(selectedPerson(contextWith('carla')).personId, 'carla', 'also when it names nobody');
  assert.equal(chosenPersonId(null, ''), undefined);
});

test("a provider's portfolio without people is still loading: an unknown id is not reported; the element's own people are", () => {
  const loading = selectedPerson(contextWith(undefined, emptyPortfolio()), { personId: 'anna' });
  assert.deepEqual(loading, { personId: 'anna', person: undefined, role: undefined, current: undefined, problems: [] });

  const own = { portfolio: { people: [], assessments: [] }, roles: rolesOf(emptyPortfolio()), personId: undefined };
  const problems = selectedPerson(own, { personId: 'anna', origin: 'people' }).problems;
  assert.deepEqual(problems, [{ code: 'unknown-person', message: 'person-id: no person with the id "anna"', source: 'person-id', subject: 'anna' }]);
  const role = selectedPerson({ ...own, portfolio: { people, assessments } }, { personId: 'bernd', origin: 'people' }).roleProblem;
  assert.equal(`${role?.code}@${role?.source}`, 'unknown-role@people');
});

test('people that are not a list, and entries that are not people, find nobody and do not throw', () => {
  const hostile = { portfolio: { people: [null, 'anna'] as unknown as Person[], assessments: [] }, roles: [], personId: 'anna' };
  assert.deepEqual(
    selectedPerson(hostile, { origin: 'people' }).problems.map((problem) => problem.code),
    ['unknown-person'],
  );
  const notAList = { ...hostile, portfolio: { people: 'anna' as unknown as Person[], assessments: [] } };
  assert.deepEqual(
    selectedPerson(notAList, { origin: 'people' }).problems.map((problem) => problem.code),
    ['unknown-person'],
  );
});

test("the timeline's gaps for a draft are the domain's person gaps of the role", () => {
  const context = contextWith('anna');
  const target = roleById(context.roles, 'cdo')!.target;
  assert.deepEqual(
    gapsOf(context.portfolio, DEFAULT_CATALOGUE, context.roles, people[0], '2025-06-01'),
    analyzePersonGaps({ catalogue: DEFAULT_CATALOGUE, target, assessments, personId: 'anna', today: '2025-06-01' }).analysis,
  );
  assert.equal(gapsOf(context.portfolio, DEFAULT_CATALOGUE, context.roles, people[1], '2025-06-01'), undefined, 'unknown role: no draft');
});

test('a target-role attribute: the role it names by id or name, or one problem naming the known roles', () => {
  const roles = rolesOf(emptyPortfolio());
  assert.equal(roleOfAttribute(roles, 'cdo').role?.id, 'cdo');
  const leader = roles.find((role) => role.id === 'fuehrungskraft')!;
  assert.equal(roleOfAttribute(roles, ` ${leader.label.de.toUpperCase()} `).role, leader, 'its German name, in any case');
  assert.equal(roleOfAttribute(roles, leader.label.en).role, leader, 'its English name');
  assert.deepEqual(roleOfAttribute(roles, 'astronaut').problem, {
    code: 'unknown-role',
    message: `target-role: "astronaut" is no known role's id or name (ids: ${roles.map((role) => role.id).join(', ')})`,
    source: 'target-role',
    subject: 'astronaut',
    params: { id: 'astronaut', known: roles.map((role) => role.id) },
  });
});
