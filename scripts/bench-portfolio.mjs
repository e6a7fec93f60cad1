// Times parsePortfolio (size check, JSON.parse, key scan, migration check, full validation) on a
// generated 10,000-person document: a self- and an external assessment of all 25 competencies
// per person with a few notes, goals and plans for the first 500 people.
// Run: node --import ./scripts/ts-loader.mjs scripts/bench-portfolio.mjs   (also part of `npm run bench`)
import { generatePortfolio } from '../src/domain/sample.ts';
import { parsePortfolio, serializePortfolio } from '../src/domain/portfolio.ts';

const PEOPLE = 10_000;
const RUNS = 10;
const BUDGET_MS = 300;

const text = serializePortfolio(generatePortfolio({ seed: 1, people: PEOPLE, today: '2025-09-01' }));
const bytes = Buffer.byteLength(text, 'utf8');

function timeOnce() {
  const start = performance.now();
  const result = parsePortfolio(text);
  const elapsed = performance.now() - start;
  if (!result.ok) {
    console.log(`ERROR parse+validate: the generated document is not valid: ${JSON.stringify(result.errors.slice(0, 3))}`);
    process.exit(1);
  }
  return elapsed;
}

const cold = timeOnce();
const samples = Array.from({ length: RUNS }, timeOnce).sort((a, b) => a - b);
const median = (samples[(RUNS - 1) >> 1] + samples[RUNS >> 1]) / 2;
const round = (ms) => Math.round(ms * 10) / 10;
console.log(
  `BENCH ${JSON.stringify({
    name: `parse+validate ${PEOPLE.toLocaleString('en-US')}-person portfolio`,
    median: round(median),
    min: round(samples[0]),
    max: round(samples[RUNS - 1]),
    runs: RUNS,
    budget: BUDGET_MS,
    bytes,
    note: `${(bytes / 1e6).toFixed(1)} MB; first (cold) run ${round(cold)} ms, not counted`,
  })}`,
);
