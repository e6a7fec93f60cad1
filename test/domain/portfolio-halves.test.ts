// parsePortfolio in two halves (the provider's worker for large documents hands the parsed
// records on between them): parsePortfolioJson, then portfolioFromJson.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePortfolio, parsePortfolioJson, portfolioFromJson, PORTFOLIO_LIMITS, serializePortfolio } from '../../src/domain/portfolio.ts';
import { generatePortfolio } from '../../src/domain/sample.ts';

const text = serializePortfolio(generatePortfolio({ seed: 8, people: 15, today: '2025-09-01' }));

function bothHalves(input: string) {
  const parsed = parsePortfolioJson(input);
  return parsed.ok ? portfolioFromJson(parsed.value) : parsed;
}

describe('parsePortfolioJson + portfolioFromJson', () => {
  test('give what parsePortfolio gives: valid, invalid, not JSON, too large, too many objects, an older version, a byte order mark', () => {
    const broken = JSON.parse(text) as { people: { roleId: string }[] };
    broken.people[2].roleId = 'no-such-role';
    const older = JSON.parse(text) as Record<string, unknown>;
    older.version = 0;
    delete older.format;
    const inputs = [
      text,
      `\uFEFF${text}`,
      JSON.stringify(broken),
      `${text.slice(0, 100)}]${text.slice(100)}`,
      'x'.repeat(PORTFOLIO_LIMITS.maxTextLength + 1),
      `{"people":[${'{},'.repeat(PORTFOLIO_LIMITS.maxObjects)}{}]}`,
      JSON.stringify(older),
      '{"format":"kompetenzrad-portfolio","version":1,"people":[{"__proto__":{"x":1}}]}',
    ];
    for (const input of inputs) assert.deepEqual(bothHalves(input), parsePortfolio(input), input.slice(0, 40));
  });

  test('parsePortfolioJson checks nothing beyond the text: the records come back as parsed', () => {
    const parsed = parsePortfolioJson('{"people":[{"id":"not checked here"}]}');
    assert.deepEqual(parsed, { ok: true, value: { people: [{ id: 'not checked here' }] } });
  });
});
