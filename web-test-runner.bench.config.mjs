// `npm run bench` (browser half): the bench/*.bench.ts files in Chromium; BENCH lines go to a file.
import { writeFileSync } from 'node:fs';
import base from './web-test-runner.config.mjs';
import { freshContextPlugin } from './bench/kompetenz-rad-fresh-context.mjs';

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
      }
      writeFileSync(file, lines.join('\n'));
    },
  };
}

export default {
  ...base,
  files: ['bench/**/*.bench.ts'],
  // Measure what users run: Lit's production build, not its dev mode.
  nodeResolve: { exportConditions: ['production'] },
  // The wheel's cold bench opens pages in fresh browser contexts.
  plugins: [...base.plugins, freshContextPlugin()],
  concurrency: 1,
  browserLogs: true,
  filterBrowserLogs: ({ args }) => String(args[0]).startsWith('BENCH '),
  testFramework: { config: { timeout: 120000 } },
  reporters: [benchLogReporter(process.env.KR_BENCH_FILE ?? 'bench-results/browser.txt')],
};
