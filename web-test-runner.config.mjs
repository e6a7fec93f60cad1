import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';
import { mediaEmulationPlugin } from './test/helpers/media-plugin.mjs';
import { davServer } from './test/helpers/dav-server.mjs';
import { peerPlugin } from './test/helpers/peer-plugin.mjs';
import { pagesMiddleware } from './test/pages/middleware.mjs';
import { CHROME_FLAGS, CHROME_MISSING, findChrome } from './scripts/find-chrome.mjs';

/**
 * The loader's chunks answer after 60 ms, as over a real network: the loader test's "no chunk
 * waits for another" then tells a waterfall (a chunk requested only after another arrived) from a
 * few milliseconds of a busy main thread between two requests of one task.
 */
function chunkLatency(ms = 60) {
  return async (context, next) => {
    if (/\/chunks-[0-9a-f]{8}\//.test(context.path)) await new Promise((resolve) => setTimeout(resolve, ms));
    return next();
  };
}

/** A worker started from src/ requests its `.js` file by URL, which no import rewriting sees: serve the `.ts` beside it. */
function workerSource() {
  return (context, next) => {
    if (context.path.startsWith('/src/') && context.path.endsWith('.worker.js')) context.url = context.url.replace(/\.worker\.js(?=\?|$)/, '.worker.ts');
    return next();
  };
}

const executablePath = findChrome();
if (!executablePath) {
  console.error(CHROME_MISSING);
  process.exit(1);
}

/**
 * React ships CommonJS only; the framework example test imports it as one ES module that
 * esbuild bundles on request.
 */
function reactBundlePlugin() {
  const path = '/__react-test-bundle.js';
  const contents = [
    "export { createElement, useState } from 'react';",
    "export { flushSync } from 'react-dom';",
    "export { createRoot } from 'react-dom/client';",
  ].join('\n');
  return {
    name: 'kr-react-bundle',
    async serve(context) {
      if (context.path !== path) return undefined;
      const result = await build({
        stdin: { contents, resolveDir: process.cwd() },
        bundle: true,
        format: 'esm',
        write: false,
        define: { 'process.env.NODE_ENV': '"development"' },
        logLevel: 'silent',
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}

/** Apache httpd with mod_dav for the storage="http" tests, served under /dav/ (test/helpers/dav-server.mjs). */
const dav = davServer();

export default {
  files: ['test/components/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  // Lit's one-time dev-mode notice says nothing about the code under test.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  // Pages under test/pages/ run under the strict policy the library promises to work with (and the loader's test setups).
  // Requests under /dav/ go to the WebDAV server.
  middleware: [chunkLatency(), workerSource(), pagesMiddleware(), dav.middleware],
  plugins: [
    reactBundlePlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), mediaEmulationPlugin(), a11ySnapshotPlugin(), dav.plugin, peerPlugin()],
  reporters: [defaultReporter(), ...(process.env.KR_COUNT_FILE ? [countReporter(process.env.KR_COUNT_FILE)] : [])],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROME_FLAGS },
      // Two test pages run at once; each behaves as the focused one, so `:focus` styles and
      // focus events do not depend on which page the browser happens to bring to the front.
      async createPage({ context }) {
        // Each page in a window of its own: a background tab gets about one frame a second, and
        // tests that wait for frames (layout, resize observers, real mouse moves) would crawl.
        const page = await context.newPage({ type: 'window' });
        // The runner leaves each page at the end of its file. A provider with a change not saved
        // yet asks first (`beforeunload`), and a question nobody answers would hold that navigation
        // until its 30 s timeout. Leaving is what the person would confirm. Any other dialog stays
        // unanswered, so that a test that opens one (an alert from hostile input) fails.
        page.on('dialog', (dialog) => {
          if (dialog.type() === 'beforeunload') void dialog.accept().catch(() => undefined);
        });
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  ],
};
