// `npm start`: build, then serve the demo on localhost under the strict Content-Security-Policy.
import { execFileSync } from 'node:child_process';
import { startDevServer } from '@web/dev-server';
import { STRICT_CSP } from './csp.mjs';
import { ensureLargeDemoDocument } from './demo-data.mjs';
import { stopWithParent } from './stop-with-parent.mjs';

// `npm start -- --no-build` serves the dist/ that is already there.
if (!process.argv.includes('--no-build')) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
ensureLargeDemoDocument();

const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: 'localhost',
    appIndex: undefined,
    middleware: [
      async (ctx, next) => {
        if (ctx.path === '/') ctx.redirect('/demo/');
        await next();
        ctx.set('Content-Security-Policy', STRICT_CSP);
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
  autoExitProcess: false,
});
stopWithParent(server);
const url = `http://localhost:${server.config.port}/demo/`;
console.log(`\nkompetenzrad demo: ${url}\n(data stays in this browser; stop with Ctrl+C)`);
