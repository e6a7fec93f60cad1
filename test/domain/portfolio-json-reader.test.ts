import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PortfolioJsonReader } from '../../src/domain/portfolio-json-reader.ts';
import { parsePortfolioJson, PORTFOLIO_LIMITS, serializePortfolio } from '../../src/domain/portfolio.ts';
import { generatePortfolio } from '../../src/domain/sample.ts';

/** What the reader gives for `text` in pieces of `size` characters, and the records it hands on. */
function read(text: string, size: number): { result: ReturnType<PortfolioJsonReader['finish']>; records: Record<string, string[]> } {
  const records: Record<string, string[]> = {};
  const reader = new PortfolioJsonReader((key, record) => (records[key] ??= []).push(record));
  for (let at = 0; at < text.length; at += size) reader.push(text.slice(at, at + size));
  return { result: reader.finish(), records };
}

const portfolio = generatePortfolio({ seed: 9, people: 40, today: '2025-09-01' });
const text = serializePortfolio(portfolio, { indent: 1 });

test('a document read piece by piece is what parsePortfolioJson reads, and its records are handed on as they come', () => {
  for (const size of [1, 13, 1000, text.length]) {
    const { result, records } = read(text, size);
    assert.deepEqual(result, parsePortfolioJson(text), `pieces of ${size}`);
    assert.deepEqual(records.people!.map((record) => JSON.parse(record)), portfolio.people);
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
};

for (const [name, body] of Object.entries(cases)) {
  test(`${name}: read piece by piece as parsePortfolioJson reads it whole`, () => {
    for (let size = 1; size <= Math.max(1, body.length); size += body.length > 200 ? 997 : 1) assert.deepEqual(read(body, size).result, parsePortfolioJson(body), `pieces of ${size}`);
  });
}

test('more objects and lists than PORTFOLIO_LIMITS.maxObjects are refused as parsePortfolioJson refuses them', () => {
  const many = `{"people":[${'[],'.repeat(PORTFOLIO_LIMITS.maxObjects)}1]}`;
  const { result } = read(many, 65_536);
  assert.equal(result.ok, false);
  assert.deepEqual(result, parsePortfolioJson(many));
});
