/**
 * The test server's rules for the pages under /test/pages/ (web-test-runner.config.mjs):
 *
 * - Every page runs under the strict policy the library promises to work with; pages named
 *   `*.strict-dynamic.html` under a nonce + 'strict-dynamic' policy instead (nonce `NONCE`).
 *   `?trusted-types=<names>` adds the list of Trusted Types policies the page allows.
 * - `/test/pages/moved/kompetenzrad.min.js` is the loader without its chunk folder, as on a
 *   server where only the script was copied.
 * - `/test/pages/elsewhere/…` is dist/cdn/ copied to another folder of the server.
 * - `/test/pages/without-wheel/…` is dist/cdn/ without the chunks that only the wheel needs
 *   (those the gap matrix does not need as well; dist/kompetenzrad.chunks.json says which).
 * - The build in dist/ is never cached, so each page's resource timing shows real requests.
 * - `/test/pages/documents/<name>.json` holds what a test PUT there (in memory): a document a
 *   page loads from its own origin, without the DAV server that other tests stop and start.
 */
import { readFileSync } from 'node:fs';
import { STRICT_CSP } from '../../scripts/csp.mjs';

export const NONCE = 'kr-test-nonce';
const STRICT_DYNAMIC_CSP = STRICT_CSP.replace("script-src 'self'", `script-src 'nonce-${NONCE}' 'strict-dynamic'`);

/** `<chunk folder>/<file>` of the chunks the wheel needs and the gap matrix does not (read at request time: the build may be newer). */
function wheelOnlyChunks() {
  const { folder, tags } = JSON.parse(readFileSync('dist/kompetenzrad.chunks.json', 'utf8'));
  const matrix = new Set(tags['gap-matrix'].chunks);
  return tags['kompetenz-rad'].chunks.filter((file) => !matrix.has(file)).map((file) => `${folder}/${file}`);
}

const documents = new Map();

async function bodyOf(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks);
}

export function pagesMiddleware() {
  return async (ctx, next) => {
    const path = ctx.path;
    if (/^\/test\/pages\/documents\/[\w-]+\.json$/.test(path)) {
      if (ctx.method === 'PUT') {
        documents.set(path, await bodyOf(ctx.req));
        ctx.status = 204;
      } else if (documents.has(path)) {
        ctx.type = 'application/json';
        ctx.body = documents.get(path);
      } else {
        ctx.status = 404;
      }
      return undefined;
    }
    if (path.startsWith('/dist/')) {
      await next();
      ctx.set('Cache-Control', 'no-store');
      return undefined;
    }
    if (!path.startsWith('/test/pages/')) return next();
    if (path === '/test/pages/moved/kompetenzrad.min.js') ctx.path = '/dist/cdn/kompetenzrad.min.js';
    const copy = /^\/test\/pages\/(elsewhere|without-wheel)\/(.*)$/.exec(path);
    if (copy) {
      if (copy[1] === 'without-wheel' && wheelOnlyChunks().includes(copy[2])) {
        ctx.status = 404;
        return undefined;
      }
      ctx.path = `/dist/cdn/${copy[2]}`;
    }
    await next();
    const policy = path.endsWith('.strict-dynamic.html') ? STRICT_DYNAMIC_CSP : STRICT_CSP;
    const allowed = ctx.query['trusted-types'];
    ctx.set('Content-Security-Policy', typeof allowed === 'string' ? `${policy}; trusted-types ${allowed}` : policy);
    return undefined;
  };
}
