import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const PAGES = readdirSync('demo')
  .filter((name) => name.endsWith('.html'))
  .sort();

const read = (path: string) => readFileSync(path, 'utf8');

/** The `<header class="site-header">` of a page, where the navigation and the language switch live. */
function siteHeader(page: string): string {
  const html = read(join('demo', page));
  const header = /<header class="site-header">([\s\S]*?)<\/header>/.exec(html);
  assert.ok(header, `${page}: has the site header`);
  return header[1];
}

interface NavLink {
  href: string;
  current: boolean;
  key: string | undefined;
}

function navLinks(page: string): NavLink[] {
  const nav = /<nav aria-label="Demo-Seiten"[^>]*>([\s\S]*?)<\/nav>/.exec(siteHeader(page));
  assert.ok(nav, `${page}: the header has the page navigation`);
  return [...nav[1].matchAll(/<a ([^>]*)>/g)].map(([, attributes]) => ({
    href: /href="\.\/([^"]+)"/.exec(attributes)?.[1] ?? '',
    current: /aria-current="page"/.test(attributes),
    key: /data-i18n="([^"]+)"/.exec(attributes)?.[1],
  }));
}

/** The demo's own module scripts of a page with the local modules they import, as text. */
function pageScripts(page: string): string[] {
  const html = read(join('demo', page));
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const [, local] of read(path).matchAll(/from '(\.\/[^']+\.js)'/g)) visit(normalize(join(dirname(path), local)));
  };
  for (const [, src] of html.matchAll(/<script type="module" src="\.\/([^"]+\.js)"><\/script>/g)) visit(join('demo', src));
  return [...seen].map(read);
}

test('every demo page has the same navigation, listing every demo page and marking itself', () => {
  assert.ok(PAGES.length >= 8, PAGES.join());
  const reference = navLinks('index.html').map((link) => link.href);
  assert.deepEqual([...reference].sort(), PAGES, 'the navigation lists every demo page');
  for (const page of PAGES) {
    const links = navLinks(page);
    assert.deepEqual(
      links.map((link) => link.href),
      reference,
      `${page}: the same pages in the same order`,
    );
    assert.deepEqual(
      links.filter((link) => link.current).map((link) => link.href),
      [page],
      `${page}: aria-current="page" on its own link only`,
    );
  }
});

test('every demo page has the language switch, wired by its page script, with texts in both languages', () => {
  for (const page of PAGES) {
    assert.match(siteHeader(page), /<button type="button" id="lang-switch" class="lang-switch" lang="en">English<\/button>/, `${page}: the switch`);
    const scripts = pageScripts(page);
    assert.ok(
      scripts.some((script) => /\bsetupLanguage\(/.test(script)),
      `${page}: a page script calls setupLanguage (site.js), which wires the switch`,
    );
    // Each text the page marks for translation is defined for German and for English.
    const html = read(join('demo', page));
    const keys = new Set([...html.matchAll(/data-i18n(?:-label|-title)?="([^"]+)"/g)].map(([, key]) => key));
    for (const key of keys) {
      const definitions = scripts.reduce((count, script) => count + [...script.matchAll(new RegExp(`^\\s*${key}:`, 'gm'))].length, 0);
      assert.ok(definitions >= 2, `${page}: "${key}" has a German and an English text (found ${definitions})`);
    }
  }
});

test('nothing in the demo is fixed over the content, and the status line keeps its place in the flow', () => {
  const sheets = readdirSync('demo').filter((name) => name.endsWith('.css'));
  for (const sheet of sheets) {
    const css = read(join('demo', sheet)).replace(/\/\*[\s\S]*?\*\//g, '');
    assert.doesNotMatch(css, /position\s*:\s*fixed/, `${sheet}: no position: fixed`);
  }
  const ablauf = read('demo/ablauf.css');
  const status = /\.status-line\s*\{([^}]*)\}/.exec(ablauf);
  assert.ok(status, 'the status line has its rule');
  assert.match(status[1], /position:\s*sticky/);
  // Jumps and focus moves stop below the line at its tallest (measured in test/components/distribution/index-import.test.ts).
  assert.match(status[1], /max-block-size:\s*var\(--status-line-max-block-size\)/);
  assert.match(status[1], /overflow-y:\s*auto/);
  const html = /(?:^|\n)html\s*\{([^}]*)\}/.exec(ablauf);
  assert.ok(html, 'the page has its scroll padding');
  assert.match(html[1], /scroll-padding-block-start:\s*calc\(var\(--status-line-max-block-size\) \+ [0-9.]+rem\)/);
});
