// `npm run bench` (browser half): the bench/*.bench.ts files in Chromium; BENCH lines go to a file.
import { createReadStream, existsSync, statSync, writeFileSync } from 'node:fs';
import { Transform } from 'node:stream';
import base from './web-test-runner.config.mjs';
import { freshContextPlugin } from './bench/kompetenz-rad-fresh-context.mjs';

/** The tests of a suite and its suites that failed: a bench that throws reports no row, and says why. */
function failedTests(suite) {
  if (!suite) return [];
  return [...(suite.tests ?? []).filter((test) => !test.passed && !test.skipped), ...(suite.suites ?? []).flatMap(failedTests)];
}

function benchLogReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const lines = [];
      for (const session of sessions) {
        for (const log of session.logs ?? []) {
          const text = log.map(String).join(' ');
          if (text.startsWith('BENCH ')) lines.push(text);
        }
        for (const error of session.errors ?? []) lines.push(`ERROR ${session.testFile}: ${error.message}`);
        for (const test of failedTests(session.testResults)) lines.push(`ERROR ${session.testFile}: ${test.name}: ${test.error?.message ?? 'failed'}`);
      }
      writeFileSync(file, lines.join('\n'));
    },
  };
}

/**
 * The bench's JSON documents (bench-results/*.json, e.g. the 10,000-person sample) straight from
 * the disk, as a static web server sends them: the test server's plugin chain otherwise holds a
 * 17.7 MB response back for about 200 ms before its first byte, which no editor's server does.
 * `?rate=` bytes per second sends it no faster, as a network would.
 */
function staticBenchFiles() {
  return (context, next) => {
    const file = context.path.startsWith('/bench-results/') && context.path.endsWith('.json') ? `.${context.path}` : undefined;
    if (!file || !existsSync(file) || !['GET', 'HEAD'].includes(context.method)) return next();
    context.type = 'application/json';
    context.length = statSync(file).size;
    const rate = Number(context.query.rate);
    context.body = context.method === 'HEAD' ? null : rate > 0 ? createReadStream(file).pipe(throttled(rate)) : createReadStream(file);
    return undefined;
  };
}

/** A stream that passes its bytes on no faster than `rate` bytes per second. */
function throttled(rate) {
  const start = Date.now();
  let sent = 0;
  return new Transform({
    transform(chunk, _encoding, done) {
      sent += chunk.length;
      setTimeout(() => done(null, chunk), Math.max(0, start + (sent / rate) * 1000 - Date.now()));
    },
  });
}

export default {
  ...base,
  middleware: [staticBenchFiles(), ...base.middleware],
  files: ['bench/**/*.bench.ts'],
  // Measure what users run: Lit's production build, not its dev mode.
  nodeResolve: { exportConditions: ['production'] },
  // The wheel's cold bench opens pages in fresh browser contexts.
  plugins: [...base.plugins, freshContextPlugin()],
  concurrency: 1,
  browserLogs: true,
  filterBrowserLogs: ({ args }) => String(args[0]).startsWith('BENCH '),
  testFramework: { config: { timeout: 120000 } },
  // A bench file takes minutes (the cold rows open hundreds of fresh pages); one cut off by the default 2 minutes kept
  // running beside the next file and slowed its rows.
  testsFinishTimeout: 600000,
  reporters: [benchLogReporter(process.env.KR_BENCH_FILE ?? 'bench-results/browser.txt')],
};
