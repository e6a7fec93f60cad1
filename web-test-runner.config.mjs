import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';
import { CHROME_FLAGS, CHROME_MISSING, findChrome } from './scripts/find-chrome.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(CHROME_MISSING);
  process.exit(1);
}

export default {
  files: ['test/components/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  reporters: [defaultReporter(), ...(process.env.KR_COUNT_FILE ? [countReporter(process.env.KR_COUNT_FILE)] : [])],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_FLAGS } })],
};
