// `npm run bench`: every benchmark of the project in one go, then one table (median, spread, budget).
// It reports; it never fails on a budget (the machine is shared and noisy).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { listFiles } from './list-files.mjs';

mkdirSync('bench-results', { recursive: true });
const rows = [];

function collect(text, where) {
  for (const line of text.split('\n')) {
    if (line.startsWith('BENCH ')) rows.push({ where, ...JSON.parse(line.slice(6)) });
    else if (line.startsWith('ERROR ')) console.error(line);
  }
}

/**
 * The same fixed work (sorting a million numbers) before and after the benches: on a shared
 * machine its time says how loaded the machine was, so that two runs can be compared.
 */
function calibrate(when) {
  const times = [];
  for (let run = 0; run < 7; run++) {
    const numbers = new Float64Array(1_000_000);
    let seed = 2021;
    for (let i = 0; i < numbers.length; i++) numbers[i] = seed = (seed * 16807) % 2147483647;
    const start = performance.now();
    numbers.sort();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const load = loadavg()[0];
  rows.push({ where: 'Node', name: `calibration ${when}: sorting 1,000,000 numbers (load average ${load.toFixed(1)} on ${availableParallelism()} cores)`, median: times[3], min: times[0], max: times[6], runs: 7 });
}

calibrate('before');
const nodeBenches = listFiles(['scripts'], '.mjs').filter((file) => /bench-[\w-]+\.mjs$/.test(file));
for (const file of nodeBenches) {
  console.error(`running ${file} (Node ${process.version}) ...`);
  const result = spawnSync(process.execPath, ['--import', './scripts/ts-loader.mjs', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.status !== 0) console.error(result.stderr);
  collect(result.stdout, 'Node');
}

// The document the provider's `src` bench row loads (served by the test server).
if (!existsSync('bench-results/sample-10000.json')) {
  spawnSync(process.execPath, ['--import', './scripts/ts-loader.mjs', 'scripts/sample.mjs', '10000', '--out', 'bench-results/sample-10000.json'], { stdio: 'inherit' });
}

// The provider's bench loads the build's chunks (dist/cdn/), as a page with the loader does: built from the source of now.
console.error('building dist/ ...');
const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: ['ignore', 2, 2] });
if (built.status !== 0) {
  console.error('the build failed: the rows of the build (dist/cdn) would measure old chunks');
  process.exit(1);
}

const browserFile = 'bench-results/browser.txt';
console.error('running bench/*.bench.ts in Chromium ...');
const wtr = spawnSync(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.bench.config.mjs'], {
  encoding: 'utf8',
  env: { ...process.env, KR_BENCH_FILE: browserFile },
  maxBuffer: 1 << 28,
});
if (wtr.status !== 0) console.error(wtr.stdout, wtr.stderr);
if (existsSync(browserFile)) collect(readFileSync(browserFile, 'utf8'), 'Chromium');
calibrate('after');

// Bundle sizes side by side: our wheel (with lit and d3) against Chart.js's tree-shaken radar.
{
  const { build } = await import('esbuild');
  const { gzipSync } = await import('node:zlib');
  const { measureSizes } = await import('./size.mjs');
  const chartjs = await build({ entryPoints: ['bench/chartjs-radar.ts'], bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent' });
  const gz = (bytes) => gzipSync(bytes, { level: 9 }).length / 1024;
  const measured = Object.fromEntries(measureSizes().map((size) => [size.id, size.gzipKb]));
  const oursKb = measured['wheel-page'];
  const theirsKb = gz(chartjs.outputFiles[0].contents);
  console.log(
    `sizes (gzip): a page with kompetenz-rad ${oursKb.toFixed(1)} KB, all five elements ${measured['all-page'].toFixed(1)} KB, the one-file build ${measured['all-in-one'].toFixed(1)} KB, Chart.js radar (tree-shaken) ${theirsKb.toFixed(1)} KB; ratio wheel/Chart.js ${(oursKb / theirsKb).toFixed(2)}`,
  );
}

const ms = (value) => (typeof value === 'number' ? value.toFixed(value < 10 ? 2 : 1) : '');
const table = rows.map((row) => ({
  benchmark: row.name,
  where: row.where,
  median: ms(row.median),
  'min–max': `${ms(row.min)}–${ms(row.max)}`,
  unit: row.unit ?? 'ms',
  runs: row.runs,
  budget: row.budget ?? '',
  verdict: row.budget === undefined ? '' : row.median <= row.budget ? 'within' : 'OVER',
  ...(row.note ? { note: row.note } : {}),
}));
console.table(table);
const over = rows.filter((row) => row.budget !== undefined && row.median > row.budget);
console.log(over.length ? `${over.length} benchmark(s) over budget: ${over.map((r) => r.name).join(', ')}` : 'all benchmarks within budget');
