// `npm run sample -- <people> [--seed N] [--today YYYY-MM-DD] [--indent N] [--out file]`
// Writes a generated, reproducible portfolio document (src/domain/sample.ts) to a file or stdout.
// Runs the TypeScript sources directly: node --import ./scripts/ts-loader.mjs scripts/sample.mjs
// The demo file: npm run sample -- 12 --out demo/data/sample-portfolio.json (seed 2021, today 2025-09-01).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_SAMPLE_OPTIONS, generatePortfolio } from '../src/domain/sample.ts';
import { serializePortfolio } from '../src/domain/portfolio.ts';
import { describeIssue } from '../src/domain/messages/index.ts';

const USAGE = 'usage: npm run sample -- <people> [--seed N] [--today YYYY-MM-DD] [--indent N] [--out file]';

function fail(message) {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      seed: { type: 'string' },
      today: { type: 'string' },
      indent: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(error.message);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const wholeNumber = (text, name) => {
  if (!/^\d+$/.test(text)) fail(`${name}: expected a whole number, got ${JSON.stringify(text)}`);
  return Number(text);
};
const people = positionals[0] === undefined ? DEMO_SAMPLE_OPTIONS.people : wholeNumber(positionals[0], 'people');
const seed = values.seed === undefined ? DEMO_SAMPLE_OPTIONS.seed : wholeNumber(values.seed, '--seed');
const today = values.today ?? DEMO_SAMPLE_OPTIONS.today;
// Small documents are for reading (indented); large ones for size and speed (one line).
const indent = values.indent === undefined ? (people <= 100 ? 2 : 0) : wholeNumber(values.indent, '--indent');
if (indent > 8) fail(`--indent: expected 0..8, got ${indent}`);

let text;
try {
  text = `${serializePortfolio(generatePortfolio({ seed, people, today }), { indent })}\n`;
} catch (error) {
  fail(error.issues ? error.issues.map((issue) => `${issue.path}: ${describeIssue(issue, 'en')}`).join('\n') : String(error));
}

if (values.out) {
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, text);
  console.error(`wrote ${values.out}: ${people} people, seed ${seed}, today ${today}, ${Buffer.byteLength(text)} bytes`);
} else {
  process.stdout.write(text);
}
