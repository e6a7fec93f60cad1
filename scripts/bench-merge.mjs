// Times mergePortfolios on two versions of a generated 10,000-person portfolio with 1,000 random
// edits each (ratings, people, goals, plans; the same edits as the merge property tests).
// The main row merges copies read from JSON (nothing shared between base, mine and theirs, as
// after loading the other version from a server); the second row merges the edited documents as
// the edit functions return them (unchanged records shared, as in one browser).
// Run: node --import ./scripts/ts-loader.mjs scripts/bench-merge.mjs   (also part of `npm run bench`)
import { generatePortfolio, mulberry32 } from '../src/domain/sample.ts';
import { mergePortfolios } from '../src/domain/merge.ts';
import { validatePortfolio } from '../src/domain/portfolio.ts';
import { applyChanges, CHANGE_KINDS } from '../test/domain/portfolio-changes.ts';

const PEOPLE = 10_000;
const CHANGES = 1_000;
const RUNS = 15;
const WARMUP = 3;
const BUDGET_MS = 200;

/** Mostly ratings, then goal and plan work, a few people added and removed. */
const KIND_WEIGHTS = { rate: 55, 'edit-person': 10, 'add-person': 4, 'remove-person': 2, 'edit-goal': 10, 'add-goal': 4, 'remove-goal': 2, 'edit-plan': 13 };

/**
 * `CHANGES` edits, each of one person picked at random (goal and plan edits among the first 500,
 * who have goals and plans). Each edit is applied to that person's records only (`owns`), which
 * keeps the edit functions from scanning all 10,000 people 1,000 times while building the input.
 */
function edited(doc, seed, tag) {
  const random = mulberry32(seed);
  const int = (max) => Math.floor(random() * max);
  const total = Object.values(KIND_WEIGHTS).reduce((sum, weight) => sum + weight, 0);
  const kindOf = () => {
    let roll = random() * total;
    for (const kind of CHANGE_KINDS) {
      roll -= KIND_WEIGHTS[kind];
      if (roll < 0) return kind;
    }
    return 'rate';
  };
  const change = (kind, n) => {
    const value = int(90);
    switch (kind) {
      case 'rate':
        return { kind, person: 0, rater: random() < 0.5 ? 'self' : 'external', competency: int(25), level: int(4), day: int(3) };
      case 'edit-person':
        return { kind, person: 0, field: ['name', 'department', 'capacityHoursPerMonth'][int(3)], value };
      case 'add-person':
        return { kind, tag, value: n };
      case 'remove-person':
        return { kind, person: 0 };
      case 'edit-goal':
        return { kind, goal: int(2), field: ['measure', 'status', 'due', 'hours', 'notes'][int(5)], value };
      case 'add-goal':
        return { kind, person: 0, tag, value: n };
      case 'remove-goal':
        return { kind, goal: int(2) };
      default:
        return { kind, plan: 0, edit: ['item-status', 'move-item', 'remove-item', 'add-review', 'plan-status'][int(5)], item: int(10), value };
    }
  };
  for (let n = 0; n < CHANGES; n += 1) {
    const kind = kindOf();
    const planned = kind === 'edit-goal' || kind === 'add-goal' || kind === 'remove-goal' || kind === 'edit-plan';
    const person = doc.people[int(planned ? 500 : doc.people.length)]?.id;
    doc = applyChanges(doc, [change(kind, n)], (id) => id === person || (kind === 'add-person' && id.startsWith(`${tag}-`)));
  }
  return doc;
}

const base = generatePortfolio({ seed: 1, people: PEOPLE, today: '2025-09-01' });
const mine = edited(base, 11, 'm');
const theirs = edited(base, 12, 't');
const copy = (doc) => JSON.parse(JSON.stringify(doc));
const copies = [copy(base), copy(mine), copy(theirs)];

function run(name, [b, m, t], note) {
  const first = mergePortfolios(b, m, t);
  if (!validatePortfolio(first.portfolio).ok) {
    console.log(`ERROR ${name}: the merged document is not valid`);
    process.exit(1);
  }
  for (let i = 0; i < WARMUP; i += 1) mergePortfolios(b, m, t);
  const samples = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    mergePortfolios(b, m, t);
    samples.push(performance.now() - start);
  }
  samples.sort((x, y) => x - y);
  const median = (samples[(RUNS - 1) >> 1] + samples[RUNS >> 1]) / 2;
  const round = (ms) => Math.round(ms * 10) / 10;
  const counts = `${first.portfolio.people.length} people, ${first.portfolio.assessments.length} assessments, ${first.conflicts.length} conflicts`;
  console.log(
    `BENCH ${JSON.stringify({ name, median: round(median), min: round(samples[0]), max: round(samples[RUNS - 1]), runs: RUNS, budget: BUDGET_MS, note: `${note}; ${counts}` })}`,
  );
}

run(`mergePortfolios ${PEOPLE / 1000}k × ${CHANGES} changes`, copies, 'three-way, base, mine and theirs read from JSON (nothing shared)');
run(`mergePortfolios ${PEOPLE / 1000}k × ${CHANGES} changes, shared records`, [base, mine, theirs], 'three-way, unchanged records shared as the edit functions leave them');
