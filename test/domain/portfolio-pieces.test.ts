import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePortfolio, PORTFOLIO_LIMITS, serializePortfolio } from '../../src/domain/portfolio.ts';
import { PortfolioPieces } from '../../src/domain/portfolio-pieces.ts';
import { generatePortfolio } from '../../src/domain/sample.ts';

function inPieces(text: string, size: number) {
  const pieces = new PortfolioPieces();
  for (let at = 0; at < text.length; at += size) pieces.push(text.slice(at, at + size));
  return pieces.end();
}

function sameAsParsePortfolio(text: string): void {
  const expected = parsePortfolio(text);
  for (const size of [1, 13, 4096, Number.MAX_SAFE_INTEGER]) assert.deepEqual(inPieces(text, size), expected, `pieces of ${size}`);
}

const sample = generatePortfolio({ seed: 8, people: 15, today: '2025-09-01' });
const text = serializePortfolio(sample);

describe('PortfolioPieces: parsePortfolio for a text in pieces', () => {
  test('a valid document, also with a byte order mark', () => {
    assert.equal(parsePortfolio(text).ok, true);
    sameAsParsePortfolio(text);
    sameAsParsePortfolio(`\uFEFF${text}`);
  });

  test('an invalid document: the same issues', () => {
    const broken = JSON.parse(text) as { people: { roleId: string; name: string }[]; assessments: { date: string }[] };
    broken.people[3].roleId = 'no-such-role';
    broken.people[4].name = 'A\u202Eevil';
    broken.assessments[1].date = '2025-02-30';
    sameAsParsePortfolio(JSON.stringify(broken));
    sameAsParsePortfolio('{"format":"kompetenzrad-portfolio","version":1,"people":[{"__proto__":{"x":1}}]}');
  });

  test('text that is not JSON: the same issue with line and column', () => {
    sameAsParsePortfolio(`${text.slice(0, 200)}]${text.slice(200)}`);
    sameAsParsePortfolio('{"people": [');
    sameAsParsePortfolio('');
  });

  test('an older version is upgraded as parsePortfolio does', () => {
    const old = JSON.parse(text) as Record<string, unknown>;
    old.version = 0;
    delete old.format;
    sameAsParsePortfolio(JSON.stringify(old));
  });

  test('more brackets than objects may be: refused by the exact count, as parsePortfolio does', () => {
    const bomb = `{"people":[${'{},'.repeat(PORTFOLIO_LIMITS.maxObjects)}{}]}`;
    const result = inPieces(bomb, 65_536);
    assert.deepEqual(result, parsePortfolio(bomb));
    assert.equal(result.ok, false);
  });
});
