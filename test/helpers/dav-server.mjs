/**
 * A real WebDAV server for the `storage="http"` tests: Apache httpd with mod_dav from the system
 * (Debian: `apt-get install apache2`; `.ci/run` installs it), started once by the test server on a
 * free port with its own configuration in a temporary folder, and served to the browser
 * same-origin under `/dav/` by a small proxy of the test server (web-test-runner.config.mjs).
 *
 * Apache handles one request at a time (the README's advice for the folder). Folders under `/dav/`
 * (everything else is a read-write WebDAV folder with `FileETag Digest`: strong ETags, also right
 * after a write):
 * - `/dav/mtime/`: Apache's default ETags (`MTime Size`), weak for a second after each write;
 * - `/dav/noetag/`: no ETags at all (`FileETag None`);
 * - `/dav/locked/`: Basic authentication that nobody passes (401);
 * - `/dav/forbidden/`: `Require all denied` (403);
 * - `/dav/gone/`: `Redirect 404` (404 for every method);
 * - `/dav/broken/`: an `.htaccess` with an unknown directive (500).
 *
 * Server command `kr-dav` (`executeServerCommand('kr-dav', payload)`), `payload.action`:
 * - `stop` / `start`: the server goes away (the proxy then answers 502) and comes back;
 * - `read` `{path}`: `{status, etag, text}` straight from Apache; `write` `{path, text}`: an unconditional PUT;
 * - `storm` `{path, everyMs, forMs}`: another writer that every `everyMs` adds an assessment
 *   (`storm-1`, `storm-2` …) by GET, then PUT with If-Match and a read-back (again on 412, or when
 *   another PUT replaced it), for `forMs`; returns an id; `storm-result` `{id}`: waits for it (at most `waitMs`: then `done: false`) and
 *   returns `{written: [ids], conflicts, replaced}`;
 * - `delay` `{ms}`: the proxy holds each PUT that long before passing it on (0: no more);
 * - `race` `{path, text}`: the next PUT to `path` is followed at once, before its answer goes back,
 *   by an unconditional PUT of `text`: what Apache does with two PUTs of the same moment that both
 *   passed If-Match, when the other one lands last;
 * - `origin`: Apache's own address (another origin than the test page's).
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MODULES = process.env.APACHE_MODULES ?? '/usr/lib/apache2/modules';
const PREFIX = '/dav/';
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer']);

function findApache() {
  const candidates = [process.env.APACHE2, '/usr/sbin/apache2', '/usr/sbin/httpd'].filter(Boolean);
  return candidates.find((path) => existsSync(path));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function configuration(root, port) {
  const modules = ['mpm_event', 'authz_core', 'authn_core', 'authn_file', 'authz_user', 'auth_basic', 'alias', 'dav', 'dav_fs', 'mime'];
  // Apache refuses to serve as root: then its workers run as www-data, and the folders are open to them.
  const asRoot = process.getuid?.() === 0;
  return [
    `ServerRoot "${root}"`,
    'ServerName 127.0.0.1',
    `Listen 127.0.0.1:${port}`,
    `PidFile "${root}/run/httpd.pid"`,
    `DefaultRuntimeDir "${root}/run"`,
    `Mutex file:${root}/run default`,
    `ErrorLog "${root}/run/error.log"`,
    'LogLevel warn',
    // One request at a time, as the README advises for the folder: mod_dav_fs checks If-Match and
    // writes without a lock in between, so two PUTs of the same moment could otherwise both pass.
    // (What the provider does when that happens is tested with the `race` command.)
    'StartServers 1',
    'ServerLimit 1',
    'ThreadLimit 1',
    'ThreadsPerChild 1',
    'MaxRequestWorkers 1',
    'MinSpareThreads 1',
    'MaxSpareThreads 1',
    // A connection per request: the one worker never waits on an idle one.
    'KeepAlive Off',
    // A client that stalls holds the one worker no longer than this (seconds; Apache's default is 60).
    'Timeout 5',
    ...(asRoot ? ['User www-data', 'Group www-data'] : []),
    ...modules.map((name) => `LoadModule ${name}_module ${MODULES}/mod_${name}.so`),
    existsSync('/etc/mime.types') ? 'TypesConfig /etc/mime.types' : 'TypesConfig /dev/null',
    'AddType application/json .json',
    `DocumentRoot "${root}/www"`,
    `DavLockDB "${root}/lock/davlock"`,
    `<Directory "${root}/www">`,
    '  Dav On',
    '  FileETag Digest',
    '  AllowOverride None',
    '  Require all granted',
    '</Directory>',
    `<Directory "${root}/www/dav/mtime">`,
    '  FileETag MTime Size',
    '</Directory>',
    `<Directory "${root}/www/dav/noetag">`,
    '  FileETag None',
    '</Directory>',
    `<Directory "${root}/www/dav/broken">`,
    '  AllowOverride All',
    '</Directory>',
    `<Directory "${root}/www/dav/locked">`,
    '  AuthType Basic',
    '  AuthName "kompetenzrad test"',
    '  AuthBasicProvider file',
    `  AuthUserFile "${root}/htpasswd"`,
    '  Require valid-user',
    '</Directory>',
    `<Directory "${root}/www/dav/forbidden">`,
    '  Require all denied',
    '</Directory>',
    'Redirect 404 /dav/gone',
    '',
  ].join('\n');
}

/** One request straight to Apache; resolves with status, headers and text. */
function request(port, method, path, { headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const outgoing = http.request({ host: '127.0.0.1', port, method, path, headers, agent: false }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function davServer() {
  const state = { apache: findApache(), root: undefined, port: undefined, process: undefined, delayMs: 0, race: undefined, storms: new Map(), stormCount: 0, problem: undefined };

  async function start() {
    const child = spawn(state.apache, ['-f', join(state.root, 'httpd.conf'), '-DFOREGROUND'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let exited = false;
    child.once('exit', () => (exited = true));
    state.process = child;
    for (let i = 0; i < 100; i += 1) {
      if (exited) break;
      try {
        await request(state.port, 'OPTIONS', '/dav/');
        return;
      } catch {
        await pause(50);
      }
    }
    const log = existsSync(join(state.root, 'run/error.log')) ? readFileSync(join(state.root, 'run/error.log'), 'utf8') : '';
    throw new Error(`Apache did not start: ${stderr}${log}`.trim());
  }

  async function stop() {
    const child = state.process;
    state.process = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, pause(5000)]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }

  /** Another client that adds one assessment every `everyMs`: GET, change, PUT with If-Match, read back; on 412 (or replaced) again. */
  async function storm(path, everyMs, forMs, progress) {
    const written = progress.written;
    let conflicts = 0;
    let replaced = 0;
    const end = Date.now() + forMs;
    for (let n = 1; Date.now() < end; n += 1) {
      const id = `storm-${n}`;
      for (;;) {
        const current = await request(state.port, 'GET', path);
        const etag = current.headers.etag;
        if (current.status !== 200 || !etag || etag.startsWith('W/')) throw new Error(`storm: GET ${path} gave ${current.status} ${etag ?? 'without ETag'}`);
        const doc = JSON.parse(current.text);
        if (doc.assessments.some((assessment) => assessment.id === id)) {
          // Replaced by a save that had seen it.
          written.push(id);
          break;
        }
        doc.assessments.push({ id, personId: 'p2', rater: 'external', date: '2025-02-20', levels: { daten: n % 4 } });
        const text = JSON.stringify(doc, null, 2);
        const put = await request(state.port, 'PUT', path, { headers: { 'If-Match': etag, 'Content-Type': 'application/json' }, body: text });
        if (put.status === 412) {
          conflicts += 1;
          progress.conflicts = conflicts;
          continue;
        }
        if (put.status >= 300) throw new Error(`storm: PUT ${path} gave ${put.status}`);
        // Read back, as the provider does: mod_dav_fs checks If-Match and writes without a lock in
        // between, so a PUT of the same moment may have landed after this one without seeing it.
        if ((await request(state.port, 'GET', path)).text !== text) {
          replaced += 1;
          progress.replaced = replaced;
          continue;
        }
        written.push(id);
        break;
      }
      await pause(everyMs);
    }
    return { written, conflicts, replaced };
  }

  const commands = {
    stop: async () => {
      await stop();
      return true;
    },
    start: async () => {
      if (!state.process) await start();
      return true;
    },
    read: async ({ path }) => {
      const response = await request(state.port, 'GET', path);
      return { status: response.status, etag: response.headers.etag ?? null, text: response.text };
    },
    write: async ({ path, text }) => (await request(state.port, 'PUT', path, { headers: { 'Content-Type': 'application/json' }, body: text })).status,
    storm: async ({ path, everyMs = 50, forMs = 3000 }) => {
      const id = (state.stormCount += 1);
      const progress = { written: [], conflicts: 0, replaced: 0 };
      const running = storm(path, everyMs, forMs, progress);
      running.catch(() => undefined);
      state.storms.set(id, { running, progress });
      return id;
    },
    // Answers within `waitMs` (a test runner command has 20 s): `done` with the result, or not yet
    // with the progress so far, and the test asks again (on a busy machine the storm can outlast 20 s).
    'storm-result': async ({ id, waitMs = 5000 }) => {
      const storm = state.storms.get(id);
      if (!storm) throw new Error(`no storm ${id}`);
      const result = await Promise.race([storm.running, pause(waitMs).then(() => undefined)]);
      if (result === undefined) return { done: false, written: storm.progress.written.length, conflicts: storm.progress.conflicts, replaced: storm.progress.replaced };
      state.storms.delete(id);
      return { done: true, ...result };
    },
    delay: async ({ ms }) => {
      state.delayMs = ms;
      return true;
    },
    race: async ({ path, text }) => {
      state.race = { path, text };
      return true;
    },
    origin: async () => `http://127.0.0.1:${state.port}`,
  };

  /** Passes requests under /dav/ on to Apache, as a reverse proxy in front of it would; 502 while it is down. */
  async function middleware(ctx, next) {
    if (!ctx.path.startsWith(PREFIX)) return next();
    if (state.problem || !state.port) {
      ctx.status = 503;
      ctx.body = `The WebDAV test server is not available: ${state.problem ?? 'not started'}`;
      return undefined;
    }
    if (ctx.method === 'PUT' && state.delayMs > 0) await pause(state.delayMs);
    // While the other side's write of a race is on its way, nothing else reaches the server: a page
    // that gave up on its save meanwhile (a busy machine) must not slip in before it.
    await state.racing;
    ctx.respond = false;
    const headers = { ...Object.fromEntries(Object.entries(ctx.req.headers).filter(([name]) => !HOP_BY_HOP.has(name))), host: `127.0.0.1:${state.port}` };
    await new Promise((resolve) => {
      const race = ctx.method === 'PUT' && state.race?.path === ctx.path ? state.race : undefined;
      let raced = () => undefined;
      const release = () => {
        if (state.racing && race) state.racing = undefined;
        raced();
      };
      if (race) {
        state.race = undefined;
        state.racing = new Promise((resolve) => (raced = resolve));
      }
      const upstream = http.request({ host: '127.0.0.1', port: state.port, method: ctx.method, path: ctx.url, headers, agent: false }, async (response) => {
        if (race) {
          const chunks = [];
          try {
            for await (const chunk of response) chunks.push(chunk);
            await request(state.port, 'PUT', race.path, { headers: { 'Content-Type': 'application/json' }, body: race.text });
          } catch {
            // The page gave up on its save (its response was cut): nothing to answer.
            resolve();
            return;
          } finally {
            release();
          }
          const passed = Object.fromEntries(Object.entries(response.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
          ctx.res.writeHead(response.statusCode, response.statusMessage, passed);
          ctx.res.end(Buffer.concat(chunks));
          resolve();
          return;
        }
        const passed = Object.fromEntries(Object.entries(response.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
        ctx.res.writeHead(response.statusCode, response.statusMessage, passed);
        response.pipe(ctx.res);
        response.on('end', resolve);
        response.on('error', resolve);
      });
      upstream.on('error', () => {
        release();
        if (!ctx.res.headersSent) ctx.res.writeHead(502, 'Bad Gateway', { 'Content-Type': 'text/plain' });
        ctx.res.end('Bad Gateway: the WebDAV server does not answer');
        resolve();
      });
      // A page that gives up on a request (a save's time limit) must not leave Apache's one worker
      // waiting for the rest of a body that never comes.
      ctx.req.on('close', () => {
        if (!ctx.req.complete) upstream.destroy();
      });
      ctx.res.on('close', () => {
        if (!ctx.res.writableFinished) upstream.destroy();
      });
      ctx.req.pipe(upstream);
    });
    return undefined;
  }

  const plugin = {
    name: 'kr-dav-server',
    async serverStart() {
      if (!state.apache) {
        state.problem = 'apache2 is not installed (Debian: apt-get install apache2; .ci/run installs it)';
        console.warn(`kr-dav-server: ${state.problem}; the storage="http" tests will fail`);
        return;
      }
      state.root = mkdtempSync(join(tmpdir(), 'kr-dav-'));
      for (const folder of ['run', 'lock', 'www/dav/mtime', 'www/dav/noetag', 'www/dav/broken', 'www/dav/locked', 'www/dav/forbidden']) mkdirSync(join(state.root, folder), { recursive: true });
      writeFileSync(join(state.root, 'www/dav/broken/.htaccess'), 'ThisIsNotADirective on\n');
      writeFileSync(join(state.root, 'htpasswd'), '');
      chmodSync(state.root, 0o755);
      for (const folder of ['www', 'www/dav', 'www/dav/mtime', 'www/dav/noetag', 'lock']) chmodSync(join(state.root, folder), 0o777);
      state.port = await freePort();
      // Apache never outlives the test server, also when that ends without serverStop.
      process.once('exit', () => state.process?.kill('SIGTERM'));
      writeFileSync(join(state.root, 'httpd.conf'), configuration(state.root, state.port));
      try {
        execFileSync(state.apache, ['-f', join(state.root, 'httpd.conf'), '-t'], { stdio: 'pipe' });
        await start();
      } catch (error) {
        state.problem = String(error.stderr ?? error.message ?? error).trim();
        console.warn(`kr-dav-server: ${state.problem}`);
      }
    },
    async serverStop() {
      await stop();
      if (state.root) rmSync(state.root, { recursive: true, force: true });
    },
    async executeCommand({ command, payload }) {
      if (command !== 'kr-dav') return undefined;
      if (state.problem) throw new Error(`kr-dav: ${state.problem}`);
      const run = commands[payload?.action];
      if (!run) throw new Error(`kr-dav: unknown action "${payload?.action}"`);
      return run(payload);
    },
  };

  return { middleware, plugin };
}
