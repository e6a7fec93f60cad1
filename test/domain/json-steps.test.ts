import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseJsonInSteps } from '../../src/domain/json-steps.ts';
import { serializePortfolio } from '../../src/domain/portfolio.ts';
import { generatePortfolio } from '../../src/domain/sample.ts';

/** Runs the steps to the end; the value and how many steps it took. */
function run(text: string): { value: unknown; steps: number } {
  const steps = parseJsonInSteps(text);
  let count = 0;
  for (let next = steps.next(); ; next = steps.next()) {
    if (next.done) return { value: next.value, steps: count };
    count += 1;
  }
}

function parsedAlike(text: string): void {
  const { value } = run(text);
  assert.deepEqual(value, JSON.parse(text));
  assert.deepEqual(Object.keys(value as object), Object.keys(JSON.parse(text) as object), 'keys in the same order');
}

describe('parseJsonInSteps', () => {
  test('a portfolio document: the value JSON.parse gives, one step per list element', () => {
    const text = serializePortfolio(generatePortfolio({ seed: 3, people: 40, today: '2025-09-01' }), { indent: 2 });
    parsedAlike(text);
    const document = JSON.parse(text) as Record<string, unknown>;
    const elements = Object.values(document).reduce<number>((sum, value) => sum + (Array.isArray(value) ? value.length : 0), 0);
    assert.equal(run(text).steps, elements);
  });

  test('strings with escaped quotes, backslashes and brackets; numbers, literals, nested lists', () => {
    parsedAlike(String.raw`{"a":["x\"]}", "\\", "\\\"{[", "]"] , "b" : {"c":[1,[2,[3]]],"d":"}"}, "e":-1.5e3,"f":true,"g":null,"h":[],"i":{} , "j":"\u00e4"}`);
    parsedAlike(' \n\t{ "people" : [ { "id" : "p1" } , { "id":"p2" } ] }\r\n');
    parsedAlike('{}');
  });

  test('a repeated key keeps its first place and its last value, as in JSON.parse', () => {
    parsedAlike('{"a":[1],"b":2,"a":[3]}');
  });

  test('"__proto__" becomes an own key and never the prototype', () => {
    const { value } = run('{"__proto__":{"polluted":true},"people":[{"__proto__":{"x":1}}]}');
    assert.equal(Object.getPrototypeOf(value), Object.prototype);
    assert.ok(Object.prototype.hasOwnProperty.call(value, '__proto__'));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.deepEqual(value, JSON.parse('{"__proto__":{"polluted":true},"people":[{"__proto__":{"x":1}}]}'));
  });

  test('text that is not an object is parsed whole; invalid JSON throws JSON.parse’s own error', () => {
    for (const text of ['[1,2,3]', '"text"', '42', 'null']) assert.deepEqual(run(text).value, JSON.parse(text));
    for (const text of ['{"a":[1,2}', '{"a":1,}', '{"a" 1}', '{"a":"unfinished', '{"a":1} trailing', '', '{"a":[1 2]}', "{'a':1}"]) {
      assert.throws(() => run(text), SyntaxError, text);
    }
  });
});
