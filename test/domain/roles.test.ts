import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_ROLES, DEFAULT_ROLES_LEAN, ROLE_IDS, ROLE_SOURCE_NOTE, findRole, roleById, validateRole, validateRoles, type DefaultRoleId } from '../../src/domain/roles.ts';
import { ROLE_SOURCE_NOTE_DE, ROLE_TASKS_DE } from '../../src/domain/messages/role-texts.de.ts';
import { ROLE_SOURCE_NOTE_EN, ROLE_TASKS_EN } from '../../src/domain/messages/role-texts.en.ts';
import { COMPETENCY_IDS, DEFAULT_CATALOGUE } from '../../src/domain/catalogue.ts';
import type { ValidationIssue } from '../../src/domain/errors.ts';
import type { Role } from '../../src/domain/types.ts';

const pathsAndCodes = (issues: ValidationIssue[]) => issues.map(({ path, code }) => ({ path, code }));

// DOMAIN.md §4, copied by hand: competency → [Führungskraft, CDO, CIO, Projektmanager*in, Digitalisierungslots*in].
const TABLE: Record<string, [number, number, number, number, number]> = {
  'it-anwendung': [2, 2, 3, 2, 2],
  'digitale-medien': [1, 3, 2, 2, 2],
  technik: [1, 2, 3, 1, 1],
  informationssicherheit: [1, 3, 3, 1, 1],
  daten: [1, 3, 2, 1, 1],
  'digitale-loesungen': [2, 3, 3, 1, 1],
  prozessgestaltung: [3, 3, 3, 2, 1],
  projektmanagement: [1, 2, 2, 3, 1],
  analyse: [1, 2, 2, 2, 1],
  stakeholdermanagement: [1, 2, 2, 3, 1],
  partizipation: [1, 2, 2, 2, 3],
  changemanagement: [2, 2, 2, 1, 2],
  kommunikation: [3, 3, 3, 3, 3],
  team: [3, 3, 3, 3, 3],
  fuehrung: [3, 3, 3, 2, 1],
  netzwerk: [3, 3, 3, 3, 3],
  konfliktloesung: [3, 2, 1, 1, 2],
  personalentwicklung: [3, 1, 1, 1, 2],
  kundenorientierung: [3, 3, 2, 2, 1],
  'vernetztes-denken': [3, 3, 3, 2, 1],
  innovation: [3, 3, 3, 1, 1],
  lernen: [3, 3, 3, 3, 3],
  veraenderung: [3, 3, 2, 2, 3],
  selbstfuehrung: [3, 3, 2, 3, 2],
  problemloesung: [3, 3, 3, 3, 1],
};
const COLUMNS = ['fuehrungskraft', 'cdo', 'cio', 'projektmanager', 'digitallotse'];

function validRole(): Role {
  return { id: 'eigene-rolle', label: { de: 'Eigene Rolle', en: 'Own role' }, tasks: [{ de: 'Aufgabe', en: 'Task' }], target: { team: 2 } };
}

describe('default roles', () => {
  test('are the five roles with the fixed ids', () => {
    assert.deepEqual([...ROLE_IDS], COLUMNS);
    assert.deepEqual(DEFAULT_ROLES.map((role) => role.id), COLUMNS);
  });

  test('have exactly the target levels of the DOMAIN.md table (5 × 25 values)', () => {
    assert.deepEqual(Object.keys(TABLE), [...COMPETENCY_IDS]);
    let checked = 0;
    COLUMNS.forEach((roleId, column) => {
      const role = roleById(DEFAULT_ROLES, roleId)!;
      assert.deepEqual(Object.keys(role.target), [...COMPETENCY_IDS], `${roleId} lists every competency in wheel order`);
      for (const [competencyId, levels] of Object.entries(TABLE)) {
        assert.equal(role.target[competencyId], levels[column], `${roleId} / ${competencyId}`);
        checked++;
      }
    });
    assert.equal(checked, 125);
  });

  test('have 4 to 7 tasks each, in German and English', () => {
    for (const role of DEFAULT_ROLES) {
      const tasks = role.tasks ?? [];
      assert.ok(tasks.length >= 4 && tasks.length <= 7, `${role.id} has ${tasks.length} tasks`);
      for (const task of tasks) {
        assert.ok(task.de.length > 5 && task.en.length > 5);
        assert.notEqual(task.de, task.en);
      }
    }
  });

  test('take their tasks from the German and English modules, in the same order', () => {
    for (const role of DEFAULT_ROLES) {
      const id = role.id as DefaultRoleId;
      assert.deepEqual(role.tasks, ROLE_TASKS_DE[id].map((de, i) => ({ de, en: ROLE_TASKS_EN[id][i] })));
    }
    assert.deepEqual(ROLE_SOURCE_NOTE, { de: ROLE_SOURCE_NOTE_DE, en: ROLE_SOURCE_NOTE_EN });
  });

  test('carry the source note "derived from the paper\'s text, adjust to your organisation"', () => {
    for (const role of DEFAULT_ROLES) assert.deepEqual(role.source, ROLE_SOURCE_NOTE);
    assert.match(ROLE_SOURCE_NOTE.en, /derived from the paper's text/i);
    assert.match(ROLE_SOURCE_NOTE.en, /adjust it to your organisation/);
    assert.match(ROLE_SOURCE_NOTE.de, /abgeleitet/);
    assert.match(ROLE_SOURCE_NOTE.de, /passen Sie/);
  });

  test('are valid over the default catalogue and deeply frozen', () => {
    assert.deepEqual(validateRoles(DEFAULT_ROLES, DEFAULT_CATALOGUE), []);
    assert.ok(Object.isFrozen(DEFAULT_ROLES) && Object.isFrozen(DEFAULT_ROLES[0].target) && Object.isFrozen(DEFAULT_ROLES[0].tasks?.[0]));
  });

  test('have a lean twin without tasks and source note that is otherwise the same', () => {
    assert.deepEqual(validateRoles(DEFAULT_ROLES_LEAN, DEFAULT_CATALOGUE), []);
    assert.deepEqual(
      DEFAULT_ROLES_LEAN,
      DEFAULT_ROLES.map(({ tasks: _, source: __, ...role }) => role),
    );
    assert.ok(Object.isFrozen(DEFAULT_ROLES_LEAN[0].target));
  });

  test('leave the source note out of the lean twin: a view takes it per language from messages/role-source-note.<lang>', () => {
    for (const role of DEFAULT_ROLES_LEAN) assert.equal(Object.hasOwn(role, 'source'), false, role.id);
    assert.ok(Object.isFrozen(ROLE_SOURCE_NOTE));
  });

  test('have German and English labels', () => {
    assert.deepEqual(
      DEFAULT_ROLES.map((role) => role.label.de),
      ['Führungskraft', 'CDO / Digitalisierungsbeauftragte*r', 'CIO / Leitung IT', 'Projektmanager*in', 'Digitalisierungslots*in'],
    );
    for (const role of DEFAULT_ROLES) assert.ok(role.label.en.length > 0);
  });
});

describe('roleById', () => {
  test('finds a role or returns undefined', () => {
    assert.equal(roleById(DEFAULT_ROLES, 'cio')?.label.de, 'CIO / Leitung IT');
    assert.equal(roleById(DEFAULT_ROLES, 'hausmeister'), undefined);
    assert.equal(roleById([], 'cio'), undefined);
    assert.equal(roleById(null as unknown as Role[], 'cio'), undefined);
  });
});

describe('findRole', () => {
  test('finds a role by id, German or English label, ignoring case and blanks', () => {
    assert.equal(findRole(DEFAULT_ROLES, 'cio')?.id, 'cio');
    assert.equal(findRole(DEFAULT_ROLES, 'CDO')?.id, 'cdo');
    assert.equal(findRole(DEFAULT_ROLES, 'Führungskraft')?.id, 'fuehrungskraft');
    assert.equal(findRole(DEFAULT_ROLES, 'Project manager')?.id, 'projektmanager');
    assert.equal(findRole(DEFAULT_ROLES, '  cio /   LEITUNG it ')?.id, 'cio');
    assert.equal(findRole(DEFAULT_ROLES, 'FU\u0308HRUNGSKRAFT')?.id, 'fuehrungskraft', 'decomposed umlaut');
  });

  test('returns undefined for no role, an empty text or no list', () => {
    assert.equal(findRole(DEFAULT_ROLES, 'Hausmeister'), undefined);
    assert.equal(findRole(DEFAULT_ROLES, ''), undefined);
    assert.equal(findRole(DEFAULT_ROLES, 42 as unknown as string), undefined);
    assert.equal(findRole(null as unknown as Role[], 'cio'), undefined);
  });

  test('an id wins over another role\'s label of the same text', () => {
    const roles: Role[] = [
      { id: 'a', label: { de: 'B', en: 'B' }, target: {} },
      { id: 'b', label: { de: 'Bee', en: 'Bee' }, target: {} },
    ];
    assert.equal(findRole(roles, 'b')?.id, 'b');
  });
});

describe('validateRole', () => {
  test('accepts a custom role', () => {
    assert.deepEqual(validateRole(validRole(), DEFAULT_CATALOGUE), []);
    assert.deepEqual(validateRole({ ...validRole(), tasks: [], source: { de: 'Eigene', en: 'Own' } }, DEFAULT_CATALOGUE), []);
    const { tasks: _, ...withoutTasks } = validRole();
    assert.deepEqual(validateRole(withoutTasks, DEFAULT_CATALOGUE), [], 'tasks are optional');
    assert.deepEqual(pathsAndCodes(validateRole({ ...validRole(), tasks: null }, DEFAULT_CATALOGUE)), [{ path: '$.tasks', code: 'type' }]);
  });

  test('reports bad fields with their paths', () => {
    const role = { id: 'Bad Id', label: { de: 'X' }, tasks: [{ de: 'a', en: 'b' }, 'c'], target: { team: 4, kochen: 1 }, extra: 1 };
    assert.deepEqual(pathsAndCodes(validateRole(role, DEFAULT_CATALOGUE, '$.roles[2]')), [
      { path: '$.roles[2].extra', code: 'unknown-key' },
      { path: '$.roles[2].id', code: 'id' },
      { path: '$.roles[2].label.en', code: 'type' },
      { path: '$.roles[2].tasks[1]', code: 'type' },
      { path: '$.roles[2].target.team', code: 'level' },
      { path: '$.roles[2].target.kochen', code: 'unknown-competency' },
    ]);
  });

  test('rejects a missing target, too many tasks and __proto__', () => {
    const { target: _target, ...withoutTarget } = validRole();
    assert.deepEqual(pathsAndCodes(validateRole(withoutTarget, DEFAULT_CATALOGUE)), [{ path: '$.target', code: 'type' }]);
    const tasks = Array.from({ length: 31 }, () => ({ de: 'a', en: 'a' }));
    assert.deepEqual(pathsAndCodes(validateRole({ ...validRole(), tasks }, DEFAULT_CATALOGUE)), [{ path: '$.tasks', code: 'too-many' }]);
    assert.deepEqual(pathsAndCodes(validateRole(JSON.parse('{"__proto__": {}}'), DEFAULT_CATALOGUE)), [{ path: '$.__proto__', code: 'forbidden-key' }]);
    assert.deepEqual(pathsAndCodes(validateRole(null, DEFAULT_CATALOGUE)), [{ path: '$', code: 'type' }]);
  });

  test('validateRoles reports duplicate ids', () => {
    assert.deepEqual(pathsAndCodes(validateRoles([validRole(), validRole()], DEFAULT_CATALOGUE, '$.roles')), [
      { path: '$.roles[1].id', code: 'duplicate-id' },
    ]);
    assert.deepEqual(pathsAndCodes(validateRoles('x', DEFAULT_CATALOGUE)), [{ path: '$', code: 'type' }]);
  });
});
