import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, 'localhost', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: 'localhost', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Waits until nothing accepts connections on the port, or until the test is cancelled (its timeout). */
async function untilClosed(port: number, signal: AbortSignal): Promise<void> {
  while (!signal.aborted && (await accepts(port))) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** Whatever is left of the group after a test (a server that did not stop) is killed. */
function killGroup(npm: ChildProcess): void {
  try {
    process.kill(-npm.pid!, 'SIGKILL');
  } catch {
    // The whole group has ended.
  }
}

/** `npm start -- --no-build` on `port`, in its own process group (as a terminal runs it), once it serves. */
async function npmStart(port: number, signal: AbortSignal): Promise<ChildProcess> {
  const npm = spawn('npm', ['start', '--', '--no-build'], { env: { ...process.env, PORT: String(port) }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    npm.once('error', reject);
    npm.once('exit', (code) => reject(new Error(`npm start ended (${code}) before serving:\n${output}`)));
    signal.addEventListener('abort', () => {
      killGroup(npm);
      reject(new Error(`npm start did not serve:\n${output}`));
    });
    const read = (chunk: Buffer) => {
      output += chunk;
      if (output.includes(`kompetenzrad demo: http://localhost:${port}/demo/`)) resolve();
    };
    npm.stdout!.on('data', read);
    npm.stderr!.on('data', read);
  });
  npm.removeAllListeners('exit');
  assert.equal(await accepts(port), true, 'the demo server accepts connections');
  return npm;
}

describe('npm start stops its server with it', () => {
  test('kill <pid of npm> (SIGTERM, passed on to the shell only) closes the port', { timeout: 30_000 }, async (t) => {
    const port = await freePort();
    const npm = await npmStart(port, t.signal);
    try {
      process.kill(npm.pid!, 'SIGTERM');
      await untilClosed(port, t.signal);
    } finally {
      killGroup(npm);
    }
  });

  test('Ctrl+C (SIGINT to the whole process group) closes the port', { timeout: 30_000 }, async (t) => {
    const port = await freePort();
    const npm = await npmStart(port, t.signal);
    try {
      process.kill(-npm.pid!, 'SIGINT');
      await untilClosed(port, t.signal);
    } finally {
      killGroup(npm);
    }
  });
});
