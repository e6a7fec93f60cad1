import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readLevel, withLevelNumbers } from '../../src/internal/level-input.ts';

test('a profile input takes levels by their names; everything else is left for the domain to judge', () => {
  const given = JSON.parse('{"daten":"Könner","team":" Experte ","technik":"Ko\u0308nner","lernen":"2,0","analyse":"-1","fuehrung":"sehr gut","innovation":3,"__proto__":"Kenner"}') as Record<string, unknown>;
  const read = withLevelNumbers(given) as Record<string, unknown>;
  assert.equal(read.daten, 2);
  assert.equal(read.team, 3, 'spaces around a name');
  assert.equal(read.technik, 2, 'an umlaut written as a letter and a combining mark (pasted from macOS)');
  assert.equal(read.lernen, 2, 'a number written as text, with a decimal comma');
  assert.equal(read.analyse, -1, 'a number out of range stays a number, for the domain to refuse');
  assert.equal(read.fuehrung, 'sehr gut', 'no level: as written');
  assert.equal(read.innovation, 3);
  assert.equal(Object.getPrototypeOf(read), Object.prototype, 'a key "__proto__" is a key, not the prototype');
  assert.equal(Object.getOwnPropertyDescriptor(read, '__proto__')?.value, 1);
  assert.notEqual(read, given, 'a copy');
  assert.equal(given.daten, 'Könner', 'the input is not changed');
  const numbers = { daten: 2 };
  assert.equal(withLevelNumbers(numbers), numbers, 'nothing to read: the same object');
  for (const other of [null, undefined, 'Könner', 2, ['Könner']]) assert.equal(withLevelNumbers(other), other);
  assert.equal(readLevel('Expert (3)'), 3);
  assert.equal(readLevel('1 (Experte)'), '1 (Experte)', 'a number and a name that disagree');
});
