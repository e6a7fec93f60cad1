import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
// @ts-expect-error: a plain .mjs script without declarations
import { CHROME_FLAGS, findChrome } from '../../scripts/find-chrome.mjs';

const PAGES = readdirSync('demo').filter((name) => name.endsWith('.html'));
const HINT = /<p id="file-hint" class="file-hint" role="alert"( hidden(="")?)?>/;

test('every demo page has the hint, hidden, and the classic script that shows it from file://', () => {
  assert.ok(PAGES.length >= 8, PAGES.join());
  for (const page of PAGES) {
    const html = readFileSync(join('demo', page), 'utf8');
    const body = html.slice(html.indexOf('<body>'));
    assert.equal(HINT.exec(body)?.[1], ' hidden', `${page}: the hint is hidden when served`);
    assert.ok(body.includes('<code>npm start</code>'), `${page}: the hint says how to serve the page`);
    // Not a module: browsers do not run module scripts from file://, classic scripts they do.
    assert.ok(body.includes('<script src="./file-hint.js"></script>'), `${page}: the script follows the hint`);
  }
});

/** The page's DOM after Chromium opened it as a file. */
function domFromFile(page: string, chrome: string): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'kr-file-hint-'));
  const args = [...CHROME_FLAGS, `--user-data-dir=${profile}`, '--dump-dom', pathToFileURL(resolve('demo', page)).href];
  return new Promise((done, fail) => {
    execFile(chrome, args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => {
      rmSync(profile, { recursive: true, force: true });
      if (error) fail(error);
      else done(stdout);
    });
  });
}

test('opened from file://, a demo page and the CMS page show the hint', async (t) => {
  const chrome = findChrome();
  if (!chrome) {
    t.skip('no Chrome/Chromium (npm test checks for one before it starts)');
    return;
  }
  for (const [page, dom] of await Promise.all(['index.html', 'cms-snippet.html'].map(async (page) => [page, await domFromFile(page, chrome)]))) {
    const hint = HINT.exec(dom);
    assert.ok(hint, `${page}: the hint is on the page`);
    assert.equal(hint[1], undefined, `${page}: the hint is shown`);
  }
});
