import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { JsonReader } from '../../src/domain/json-reader.ts';
import { serializePortfolio } from '../../src/domain/portfolio.ts';
import { generatePortfolio } from '../../src/domain/sample.ts';

/** The reader's value for `text` given in pieces of `size` characters. */
function read(text: string, size: number): unknown {
  const reader = new JsonReader();
  for (let at = 0; at < text.length; at += size) {
    reader.push(text.slice(at, at + size));
    while (reader.step()) {
      // As far as the text so far goes.
    }
  }
  return reader.end();
}

const SIZES = [1, 2, 3, 7, 64, 4096, Number.MAX_SAFE_INTEGER];

function readAlike(text: string): void {
  const expected = JSON.parse(text) as object;
  for (const size of SIZES) {
    const value = read(text, size);
    assert.deepEqual(value, expected, `pieces of ${size}`);
    assert.deepEqual(Object.keys(value as object), Object.keys(expected), `keys in the same order, pieces of ${size}`);
  }
}

describe('JsonReader', () => {
  test('a portfolio document in pieces of any size: the value JSON.parse gives', () => {
    readAlike(serializePortfolio(generatePortfolio({ seed: 3, people: 12, today: '2025-09-01' }), { indent: 2 }));
    readAlike(serializePortfolio(generatePortfolio({ seed: 4, people: 30, today: '2025-09-01' })));
  });

  test('step by step: each list element is parsed once its piece has arrived', () => {
    const reader = new JsonReader();
    const parse = JSON.parse;
    const parsed: string[] = [];
    JSON.parse = ((text: string) => {
      parsed.push(text);
      return parse(text) as unknown;
    }) as typeof JSON.parse;
    try {
      reader.push('{"people":[{"id":"p1"},{"id"');
      assert.equal(reader.step(), true, 'the opening brace');
      assert.deepEqual(parsed, []);
      while (reader.step()) {
        // As far as the text so far goes.
      }
      assert.deepEqual(parsed, ['"people"', '{"id":"p1"}']);
      reader.push(':"p2"}]}');
      while (reader.step()) {
        // The rest.
      }
      assert.deepEqual(parsed, ['"people"', '{"id":"p1"}', '{"id":"p2"}']);
    } finally {
      JSON.parse = parse;
    }
    assert.deepEqual(reader.end(), { people: [{ id: 'p1' }, { id: 'p2' }] });
  });

  test('strings with escaped quotes, backslashes and brackets; numbers split across pieces, literals, nested lists', () => {
    readAlike(String.raw`{"a":["x\"]}", "\\", "\\\"{[", "]"] , "b" : {"c":[1,[2,[3]]],"d":"}"}, "e":-1.5e3,"f":true,"g":null,"h":[],"i":{} , "j":"\u00e4","k":[12345678,-0.25]}`);
    readAlike(' \n\t{ "people" : [ { "id" : "p1" } , { "id":"p2" } ] }\r\n');
    readAlike('{}');
    readAlike('{"n":1234567890}');
  });

  test('a repeated key keeps its first place and its last value, as in JSON.parse', () => {
    readAlike('{"a":[1],"b":2,"a":[3]}');
  });

  test('"__proto__" becomes an own key and never the prototype', () => {
    const text = '{"__proto__":{"polluted":true},"people":[{"__proto__":{"x":1}}]}';
    for (const size of SIZES) {
      const value = read(text, size);
      assert.equal(Object.getPrototypeOf(value), Object.prototype);
      assert.ok(Object.prototype.hasOwnProperty.call(value, '__proto__'));
      assert.deepEqual(value, JSON.parse(text));
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  test('text that is not an object, or not JSON, gives undefined: the caller parses it whole and gets JSON.parse’s error', () => {
    for (const text of ['[1,2,3]', '"text"', '42', 'null', '{"a":[1,2}', '{"a":1,}', '{"a" 1}', '{"a":"unfinished', '{"a":1} trailing', '', '{"a":[1 2]}', "{'a':1}", '{"a":[1,2]']) {
      for (const size of SIZES) assert.equal(read(text, size), undefined, `${text} in pieces of ${size}`);
    }
  });
});

describe('JsonReader, more', () => {
  test('pieces pushed ahead of the steps are read in order, and each element is handed on once, right after it is parsed', () => {
    const text = '{"a":[{"x":1},{"x":2},{"x":3}],"b":{"y":[4]},"c":[]}';
    const seen: unknown[] = [];
    const reader = new JsonReader((element) => seen.push(element));
    for (let at = 0; at < text.length; at += 5) reader.push(text.slice(at, at + 5));
    assert.equal(reader.step(), true);
    assert.deepEqual(reader.end(), JSON.parse(text));
    assert.deepEqual(seen, [{ x: 1 }, { x: 2 }, { x: 3 }]);
  });

  test('trailing text after the object that arrives late is still refused', () => {
    const reader = new JsonReader();
    reader.push('{"a":[1]}');
    while (reader.step()) {
      // All of it.
    }
    reader.push('  x');
    assert.equal(reader.end(), undefined);
  });
});
