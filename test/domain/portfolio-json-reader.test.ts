import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRecords } from '../../src/domain/json-records.ts';
import { PortfolioJsonReader } from '../../src/domain/portfolio-json-reader.ts';
import { parsePortfolioJson, PORTFOLIO_LIMITS, serializePortfolio } from '../../src/domain/portfolio.ts';
import { generatePortfolio } from '../../src/domain/sample.ts';

/** What the reader gives for `text` as UTF-8 in pieces of `size` bytes, and the records it hands on (each batch checked against its bytes). */
function read(text: string, size: number): { result: ReturnType<PortfolioJsonReader['finish']>; records: Record<string, unknown[]> } {
  const records: Record<string, unknown[]> = {};
  const reader = new PortfolioJsonReader((batch) => {
    const list = batch.from === 0 ? (records[batch.key] = []) : records[batch.key]!;
    assert.equal(batch.from, list.length);
    assert.deepEqual(parseRecords(batch.bytes, batch.records.length), batch.records);
    list.push(...batch.records);
  });
  const bytes = new TextEncoder().encode(text);
  for (let at = 0; at < bytes.length; at += size) reader.push(bytes.slice(at, at + size));
  return { result: reader.finish(), records };
}

const portfolio = generatePortfolio({ seed: 9, people: 40, today: '2025-09-01' });
const text = serializePortfolio(portfolio, { indent: 1 });

test('a document read piece by piece is what parsePortfolioJson reads, and its records are handed on as they come', () => {
  for (const size of [1, 13, 1000, text.length]) {
    const { result, records } = read(text, size);
    assert.deepEqual(result, parsePortfolioJson(text), `pieces of ${size}`);
    assert.deepEqual(records.people, portfolio.people);
    assert.equal(records.assessments!.length, portfolio.assessments.length);
  }
});

const cases: Record<string, string> = {
  'a byte order mark': `\uFEFF${text}`,
  'a list given twice (the last counts)': `{"people":[{"id":"x"}],"goals":[1],"people":[{"id":"y"},{"id":"z"}]}`,
  'a list given twice, the last empty': `{"people":[{"id":"x"}],"people":[]}`,
  'a list then another value under the same key': `{"people":[1,2],"people":"none"}`,
  '__proto__ as a key': `{"__proto__":[{"a":1}],"people":[{"__proto__":{"x":1}}]}`,
  'lists inside other values': `{"catalogue":{"categories":[{"id":"a"}],"people":[1]},"roles":[[1,[2]],{"x":[]}]}`,
  'not an object': `[{"people":[1]}]`,
  'a string': `"people"`,
  'an empty object': ` { } `,
  'two commas in a list': `{"people":[1,,2]}`,
  'a comma at the end of a list': `{"people":[1,]}`,
  'two values in one element': `{"people":[1 2]}`,
  'a missing colon': `{"people" [1]}`,
  'a missing comma between keys': `{"a":1 "people":[1]}`,
  'an unfinished string': `{"people":["abc]}`,
  'an unfinished list': `{"people":[1,2`,
  'text after the end': `{"people":[1]} x`,
  'a bad escape in a key': `{"pe\\ople":[1]}`,
  'a bad escape in a record': `{"people":["\\q"]}`,
  'nothing': ``,
  'a byte order mark inside a list': `{"people":[\uFEFF1]}`,
  'two byte order marks': `\uFEFF\uFEFF{"people":[1]}`,
  'characters beyond ASCII in keys and records': `{"pëople":[{"ñ":"äöü😀"}],"people":[{"name":"Jörg 😀"},"ß"]}`,
};

for (const [name, body] of Object.entries(cases)) {
  test(`${name}: read piece by piece as parsePortfolioJson reads it whole, decoded`, () => {
    const bytes = new TextEncoder().encode(body);
    const expected = parsePortfolioJson(new TextDecoder().decode(bytes));
    for (let size = 1; size <= Math.max(1, bytes.length); size += bytes.length > 200 ? 997 : 1) assert.deepEqual(read(body, size).result, expected, `pieces of ${size}`);
  });
}

test('more objects and lists than PORTFOLIO_LIMITS.maxObjects are refused as parsePortfolioJson refuses them', () => {
  const many = `{"people":[${'[],'.repeat(PORTFOLIO_LIMITS.maxObjects)}1]}`;
  const { result } = read(many, 65_536);
  assert.equal(result.ok, false);
  assert.deepEqual(result, parsePortfolioJson(many));
});

test('bytes that are no UTF-8 are read as the decoder reads them in the whole document', () => {
  const encoded = new TextEncoder().encode('{"people":[{"name":"Jx"},"y"],"note":"z"}');
  const broken = [Uint8Array.of(0xc3), Uint8Array.of(0xff, 0xfe), Uint8Array.of(0xf0, 0x9f)];
  for (const bad of broken) {
    for (const at of [20, 27, 38]) {
      const bytes = new Uint8Array([...encoded.subarray(0, at), ...bad, ...encoded.subarray(at)]);
      const expected = parsePortfolioJson(new TextDecoder().decode(bytes));
      for (let size = 1; size <= bytes.length; size += 1) {
        const reader = new PortfolioJsonReader();
        for (let from = 0; from < bytes.length; from += size) reader.push(bytes.slice(from, from + size));
        assert.deepEqual(reader.finish(), expected, `${bad.join(' ')} at ${at}, pieces of ${size}`);
      }
    }
  }
});
