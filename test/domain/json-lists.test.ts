import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JsonListScanner } from '../../src/domain/json-lists.ts';
import { generatePortfolio } from '../../src/domain/sample.ts';

/** The elements the scanner finds in `text` given as UTF-8 in pieces of `size` bytes (cut inside characters too), parsed, by key; checks each element's index and the skeleton. */
function scanned(text: string, size: number): Record<string, unknown[]> {
  const lists: Record<string, unknown[]> = {};
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const scanner = new JsonListScanner((key, index, bytes, start, end) => {
    if (index === 0) lists[key] = [];
    assert.equal(index, lists[key]!.length);
    lists[key]!.push(JSON.parse(decoder.decode(bytes.subarray(start, end))));
  });
  const bytes = new TextEncoder().encode(text);
  for (let at = 0; at < bytes.length; at += size) scanner.push(bytes.slice(at, at + size));
  const skeleton = JSON.parse(scanner.skeleton()) as unknown;
  const lengths = (value: unknown) => JSON.stringify(value, (_key, inner: unknown) => (Array.isArray(inner) ? inner.length : inner));
  assert.equal(lengths(skeleton), lengths(JSON.parse(text)), 'the skeleton is the document with its lists\' elements replaced');
  return lists;
}

/** The top-level lists of `text` as JSON.parse reads them. */
function lists(text: string): Record<string, unknown[]> {
  return Object.fromEntries(Object.entries(JSON.parse(text) as Record<string, unknown>).filter(([, value]) => Array.isArray(value))) as Record<string, unknown[]>;
}

const tricky = `{ "format" : "x", "note": "a [list], {not} \\"quoted\\" \\\\",
  "people": [ {"id": "a\\\\", "name": "B\\"[,]\\u00e4 ö 😀", "tags": [1, [2, {"x": "]"}]]} ,
  {"id":"b"}, "text, with comma", 42, -1.5e3, true, null, [], {} ],
  "catalogue": {"list": [1, 2], "people": ["inner"]},
  "k\\"ey": ["x"], "empty": [],
  "goals":[{"a":"\\\\\\""}] }`;

test('the scanner finds every element of the top-level lists, however the text is cut into pieces', () => {
  const expected = lists(tricky);
  assert.deepEqual(Object.keys(expected), ['people', 'k"ey', 'empty', 'goals']);
  for (let size = 1; size <= new TextEncoder().encode(tricky).length; size += 1) {
    const found = scanned(tricky, size);
    assert.deepEqual(found, { people: expected.people, 'k"ey': expected['k"ey'], goals: expected.goals }, `pieces of ${size}`);
  }
});

test('the scanner finds the records of a generated portfolio as JSON.parse reads them', () => {
  const text = JSON.stringify(generatePortfolio({ seed: 3, people: 60, today: '2025-09-01' }), null, 1);
  const expected = lists(text);
  for (const size of [7, 100, 4096, 65536]) assert.deepEqual(scanned(text, size), Object.fromEntries(Object.entries(expected).filter(([, list]) => list.length > 0)));
});

test('the scanner finds nothing in a document that is not an object', () => {
  assert.deepEqual(scanned('[{"people": [1, 2]}, [3]]', 3), {});
  assert.deepEqual(scanned('"people"', 2), {});
});
