// Domain benchmarks in Node. Run: node --import ./scripts/ts-loader.mjs scripts/bench-domain.mjs
// Prints one `BENCH {...}` line per benchmark (read by scripts/bench.mjs). Never fails on a budget.
// To add a benchmark: build its input below the helpers, then call `bench(name, fn, budgetMs)`.
import { performance } from 'node:perf_hooks';
import { DEFAULT_CATALOGUE, COMPETENCY_IDS } from '../src/domain/catalogue.ts';
import { DEFAULT_ROLES } from '../src/domain/roles.ts';
import { analyzeTeam } from '../src/domain/team.ts';
import { findSynergyGroups } from '../src/domain/synergy.ts';
import { analyzeGaps } from '../src/domain/gaps.ts';
import { draftPlan } from '../src/domain/plans.ts';
import { aggregateTeam } from '../src/domain/aggregate.ts';
import { generatePortfolio } from '../src/domain/sample.ts';

const WARMUP_RUNS = 5;
const RUNS = 15;

/**
 * Times `fn` (after a warm-up) and prints the median, min and max in milliseconds.
 * `fn` may return a value; it is kept so the work cannot be optimised away.
 */
function bench(name, fn, budget, { runs = RUNS, warmup = WARMUP_RUNS } = {}) {
  let sink;
  for (let i = 0; i < warmup; i++) sink = fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink = fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const round = (ms) => Math.round(ms * 1000) / 1000;
  const median = samples.length % 2 ? samples[(samples.length - 1) / 2] : (samples[samples.length / 2 - 1] + samples[samples.length / 2]) / 2;
  console.log(`BENCH ${JSON.stringify({ name, median: round(median), min: round(samples[0]), max: round(samples.at(-1)), runs, budget })}`);
  return sink;
}

/** mulberry32: a small seeded PRNG, so every run measures the same data. */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` people with a role's target and an actual profile that lies around it. */
function generateTeam(count, seed) {
  const random = prng(seed);
  const members = [];
  for (let i = 0; i < count; i++) {
    const role = DEFAULT_ROLES[Math.floor(random() * DEFAULT_ROLES.length)];
    // Built with Object.fromEntries like data from JSON; drift −2..1 puts most people below target somewhere.
    const actual = Object.fromEntries(
      COMPETENCY_IDS.map((id) => [id, Math.max(0, Math.min(3, role.target[id] + Math.floor(random() * 4) - 2))]),
    );
    members.push({ personId: `p-${String(i).padStart(5, '0')}`, target: role.target, actual });
  }
  return members;
}

// --- team analysis and synergy groups (10,000 people × 25 competencies) ---
const team = generateTeam(10_000, 2021);
bench('domain: analyzeTeam 10,000 people × 25 competencies', () => analyzeTeam(DEFAULT_CATALOGUE, team), 20);
const groups = bench('domain: findSynergyGroups 10,000 people', () => findSynergyGroups(DEFAULT_CATALOGUE, team), 200);
console.error(`(${groups.length} synergy groups found)`);

// --- the organisation view: the sample district of 10,000 people, with stale ratings and change ---
const district = generatePortfolio({ seed: 2021, people: 10_000, today: '2025-09-01' });
bench('domain: aggregateTeam 10k people by department', () => aggregateTeam(district, { groupBy: 'department', today: '2025-09-01', previousDate: '2025-01-01' }), 30);

// --- drafting at the least capacity: a goal for each of the 25 competencies, 0.5 h/month, weekly reviews ---
const allGaps = analyzeGaps({ catalogue: DEFAULT_CATALOGUE, target: Object.fromEntries(COMPETENCY_IDS.map((id) => [id, 3])), actual: {} });
const allGoals = COMPETENCY_IDS.map((id, i) => ({
  id: `g${i}`,
  personId: 'p1',
  competencyIds: [id],
  targetLevel: 3,
  measure: 'Ein beobachtbares Ergebnis bei der Arbeit',
  challenge: 'Neue Aufgabe',
  resources: { hours: 40 },
  due: '2026-01-31',
  status: 'open',
}));
const learner = { id: 'p1', name: 'Anna Beispiel', roleId: 'projektmanager', capacityHoursPerMonth: 8 };
const drafted = bench('domain: draftPlan, 25 goals at 0.5 h/month', () => draftPlan(learner, allGaps, allGoals, { today: '2025-01-15', capacityHoursPerMonth: 0.5, reviewEveryWeeks: 1 }), 50);
console.error(`(${drafted.items.length} items drafted)`);
