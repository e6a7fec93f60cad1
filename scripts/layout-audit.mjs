// Layout audit of the demo pages (issue 16): every demo/*.html at 320, 390 and 1280 px and at
// 1280 px with `prefers-color-scheme: dark`, in headless Chromium. Per page and width it records
// the document height, cut labels (text clipped by its box, cut with "…" by script, or an SVG
// text outside its drawing), words broken mid-word, horizontal overflow and texts with very low
// contrast, writes full-page screenshots and prints a markdown table.
//
//   node scripts/layout-audit.mjs [--root <dir>] [--label <name>] [--out <dir>]
//                                 [--pages index,gap-matrix] [--json <file>]
//
// --root   the tree to serve (default: the current folder); its demo/ must load a built dist/.
// --label  a name for this run (default: the root folder's name); screenshots go to
// --out    (default /tmp/kr/audit/<label>), with results.json beside them.
// The pages are served with the same Content-Security-Policy as `npm start` (scripts/csp.mjs).
import { createServer } from 'node:http';
import { createReadStream, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve, sep } from 'node:path';
import puppeteer from 'puppeteer-core';
import { STRICT_CSP } from './csp.mjs';
import { findChrome, CHROME_MISSING } from './find-chrome.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
};
const root = resolve(option('root', process.cwd()));
const label = option('label', basename(root));
const out = resolve(option('out', `/tmp/kr/audit/${label}`));
const pageFilter = option('pages', '')
  .split(',')
  .map((name) => name.trim().replace(/\.html$/, ''))
  .filter(Boolean);

const WIDTHS = [
  { name: '320', width: 320, dark: false },
  { name: '390', width: 390, dark: false },
  { name: '1280', width: 1280, dark: false },
  { name: '1280 dark', width: 1280, dark: true },
];
const OFFENDERS_SHOWN = 6;

const demoDir = join(root, 'demo');
if (!existsSync(demoDir)) throw new Error(`No demo/ folder in ${root}`);
if (!existsSync(join(root, 'dist'))) throw new Error(`No dist/ in ${root}: build it first (node scripts/build.mjs)`);
const pages = readdirSync(demoDir)
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.replace(/\.html$/, ''))
  .filter((name) => pageFilter.length === 0 || pageFilter.includes(name))
  .sort((a, b) => (a === 'index' ? -1 : b === 'index' ? 1 : a.localeCompare(b)));

// ---- a tiny static server for `root`, with the demo server's CSP ----
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path = decodeURIComponent(url.pathname);
  if (path === '/') {
    res.writeHead(302, { Location: '/demo/' }).end();
    return;
  }
  let file = resolve(root, `.${path}`);
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'Content-Security-Policy': STRICT_CSP }).end('not found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': STRICT_CSP,
    'Cache-Control': 'no-store',
  });
  createReadStream(file).pipe(res);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://localhost:${server.address().port}`;

// ---- what runs in the page ----

/** Waits until no element (in any open shadow root) is `:not(:defined)`, then for a quiet layout. */
async function settle() {
  const undefinedCount = () => {
    let count = 0;
    const walk = (scope) => {
      count += scope.querySelectorAll(':not(:defined)').length;
      for (const el of scope.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    walk(document);
    return count;
  };
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const started = performance.now();
  while (undefinedCount() > 0 && performance.now() - started < 15000) await new Promise((done) => setTimeout(done, 100));
  await document.fonts.ready;
  // Quiet: the height stays the same over three checks 150 ms apart (at most 5 s).
  let last = -1;
  let same = 0;
  while (same < 3 && performance.now() - started < 20000) {
    await frame();
    await new Promise((done) => setTimeout(done, 150));
    const height = document.documentElement.scrollHeight;
    same = height === last ? same + 1 : 0;
    last = height;
  }
  return { undefinedLeft: undefinedCount(), waitedMs: Math.round(performance.now() - started) };
}

/** The measurements; runs in the page. */
function measure(limit) {
  const docEl = document.documentElement;
  const viewportWidth = docEl.clientWidth;

  // Every element and text node, through open shadow roots (light DOM first, then the shadow tree).
  const elements = [];
  const texts = [];
  const walk = (scope) => {
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        if (node.data.trim()) texts.push(node);
        continue;
      }
      if (node.localName === 'script' || node.localName === 'style' || node.localName === 'template') continue;
      elements.push(node);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(document);

  const composedParent = (node) => node.assignedSlot ?? node.parentElement ?? node.parentNode?.host ?? null;
  const styleOf = new Map();
  const style = (el) => {
    let s = styleOf.get(el);
    if (!s) styleOf.set(el, (s = getComputedStyle(el)));
    return s;
  };
  const hiddenCache = new Map();
  /** Not shown, or shown only to screen readers (the 1 px "visually hidden" pattern). */
  const isHidden = (el) => {
    if (hiddenCache.has(el)) return hiddenCache.get(el);
    let hidden = false;
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) hidden = true;
    else {
      for (let at = el; at && at.nodeType === Node.ELEMENT_NODE; at = composedParent(at)) {
        const s = style(at);
        const rect = at.getBoundingClientRect();
        const clips = s.overflowX !== 'visible' || s.overflowY !== 'visible';
        if ((clips && (rect.width <= 2 || rect.height <= 2)) || (s.clip !== 'auto' && s.position === 'absolute') || s.clipPath === 'inset(50%)') {
          hidden = true;
          break;
        }
        if (hiddenCache.has(at) && at !== el) {
          hidden = hiddenCache.get(at);
          break;
        }
      }
    }
    hiddenCache.set(el, hidden);
    return hidden;
  };
  const describe = (el) => {
    const parts = [];
    for (let at = el, depth = 0; at && at.nodeType === Node.ELEMENT_NODE && depth < 3; at = composedParent(at), depth++) {
      const cls = typeof at.className === 'string' && at.className.trim() ? `.${at.className.trim().split(/\s+/)[0]}` : '';
      const part = at.getAttribute('part') ? `[part=${at.getAttribute('part').split(' ')[0]}]` : '';
      parts.unshift(`${at.localName}${cls}${part}`);
    }
    let host = el.getRootNode().host;
    return (host ? `${host.localName} ▸ ` : '') + parts.join(' > ');
  };
  const clean = (text) => text.replace(/\s+/g, ' ').trim().slice(0, 80);
  const hasHoverText = (el) => {
    for (let at = el, depth = 0; at && at.nodeType === Node.ELEMENT_NODE && depth < 4; at = composedParent(at), depth++) {
      // title, a description, an SVG <title>, or a cell the element marks as cut (data-cut: its own tooltip)
      if (at.hasAttribute('title') || at.hasAttribute('aria-describedby') || at.hasAttribute('data-cut') || at.querySelector?.(':scope > title')) return true;
    }
    return false;
  };

  // ---- cut labels ----
  const cut = [];
  const cutElements = new Set();
  for (const el of elements) {
    if (el instanceof SVGElement) continue;
    const s = style(el);
    const ellipsis = s.textOverflow === 'ellipsis';
    const clipsX = s.overflowX === 'hidden' || s.overflowX === 'clip';
    const clipsY = s.overflowY === 'hidden' || s.overflowY === 'clip';
    const wide = (ellipsis || clipsX) && el.scrollWidth > el.clientWidth + 1;
    // Also lines cut off at the bottom (a line clamp, a fixed row height).
    const tall = clipsY && el.scrollHeight > el.clientHeight + 1;
    if (!wide && !tall) continue;
    const text = clean(el.innerText ?? el.textContent ?? '');
    if (!text || isHidden(el)) continue;
    const clamped = s.webkitLineClamp !== 'none' && s.webkitLineClamp !== '' && s.webkitLineClamp !== undefined;
    if (!(wide && ellipsis) && !(tall && clamped)) {
      // Only text that really reaches past the box counts (not a wide picture or a decoration).
      const box = el.getBoundingClientRect();
      const left = box.left + el.clientLeft;
      const right = left + el.clientWidth;
      const top = box.top + el.clientTop;
      const bottom = top + el.clientHeight;
      let sticksOut = false;
      for (const t of texts) {
        if (!el.contains(t) && !(t.parentElement?.assignedSlot && el.contains(t.parentElement.assignedSlot))) continue;
        const range = document.createRange();
        range.selectNodeContents(t);
        for (const r of range.getClientRects()) {
          if (r.width === 0) continue;
          if (wide && (r.right > right + 1 || r.left < left - 1)) sticksOut = true;
          if (tall && (r.bottom > bottom + 1 || r.top < top - 1) && r.top < bottom + 2 * r.height) sticksOut = true;
        }
        if (sticksOut) break;
      }
      if (!sticksOut) continue;
    }
    cutElements.add(el);
    cut.push({ kind: wide ? (ellipsis ? 'ellipsis' : 'clipped') : clamped ? 'line clamp' : 'clipped in height', el, text, where: describe(el), hover: hasHoverText(el), overBy: el.scrollWidth - el.clientWidth });
  }
  // Keep the innermost of nested cut boxes (one cut label, not one per wrapper).
  const cutLabels = cut.filter((c) => !cut.some((other) => other !== c && c.el.contains(other.el)));

  // Text cut by script: a word that ends in "…" (not "Plan wird entworfen …").
  for (const t of texts) {
    const data = t.data.trim();
    if (!/[^\s.…]…$/.test(data)) continue;
    const parent = t.parentElement;
    if (!parent || isHidden(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(t);
    if (range.getClientRects().length === 0) continue;
    cutLabels.push({ kind: 'cut by script', text: clean(data), where: describe(parent), hover: hasHoverText(parent) });
  }
  // SVG text outside its drawing (clipped by the <svg> viewport).
  for (const el of elements) {
    if (el.localName !== 'text' || !(el instanceof SVGElement) || !el.ownerSVGElement) continue;
    if (isHidden(el) || !clean(el.textContent ?? '')) continue;
    const svg = el.ownerSVGElement;
    if (style(svg).overflow === 'visible') continue;
    const r = el.getBoundingClientRect();
    const v = svg.getBoundingClientRect();
    if (r.width === 0) continue;
    if (r.left < v.left - 1 || r.right > v.right + 1 || r.top < v.top - 1 || r.bottom > v.bottom + 1) {
      cutLabels.push({ kind: 'outside svg', text: clean(el.textContent), where: describe(el), hover: hasHoverText(el) });
    }
  }

  // ---- words broken mid-word ----
  const hyphenation = {};
  const canHyphenate = (lang) => {
    const key = (lang || '').slice(0, 2) || 'none';
    if (key in hyphenation) return hyphenation[key];
    const probe = document.createElement('div');
    probe.lang = key;
    probe.style.cssText = 'position:absolute;left:-9999px;top:0;width:60px;font:16px sans-serif;hyphens:auto;overflow-wrap:normal;word-break:normal';
    probe.textContent = key === 'en' ? 'internationalization' : 'Projektmanagementkompetenz';
    document.body.append(probe);
    const range = document.createRange();
    range.selectNodeContents(probe.firstChild);
    const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
    probe.remove();
    return (hyphenation[key] = tops.size > 1);
  };
  canHyphenate('de');
  canHyphenate('en');
  const langOf = (el) => {
    for (let at = el; at; at = composedParent(at)) if (at.lang) return at.lang;
    return docEl.lang;
  };
  // The lines a range lies on: by their top, or by their left edge when the text runs vertically
  // (writing-mode, or a rotated header).
  const lineTops = (rects, vertical = false) => {
    const tops = [];
    for (const r of rects) {
      if (r.width === 0 && r.height === 0) continue;
      const at = vertical ? r.left : r.top;
      const size = vertical ? r.width : r.height;
      if (!tops.some((top) => Math.abs(top - at) < Math.max(2, size / 2))) tops.push(at);
    }
    return tops;
  };
  /** Does the text run top-down or bottom-up (two letters further apart vertically than horizontally)? */
  const runsVertically = (t, from) => {
    if (/^vertical|^sideways/.test(style(t.parentElement ?? docEl).writingMode)) return true;
    const a = document.createRange();
    a.setStart(t, from);
    a.setEnd(t, from + 1);
    const b = document.createRange();
    b.setStart(t, from + 1);
    b.setEnd(t, from + 2);
    const ra = a.getClientRects()[0];
    const rb = b.getClientRects()[0];
    if (!ra || !rb) return false;
    return Math.abs(rb.top - ra.top) > Math.abs(rb.left - ra.left);
  };
  const BREAKS_OK = /[-\u00AD\u2010\u2013\u2014/]/;
  const broken = [];
  let hyphenated = 0;
  for (const t of texts) {
    const parent = t.parentElement ?? t.parentNode?.host;
    if (!parent || parent instanceof SVGElement || isHidden(parent)) continue;
    const all = document.createRange();
    all.selectNodeContents(t);
    const allRects = all.getClientRects();
    if (allRects.length < 2) continue; // on one line: nothing can be broken
    const vertical = runsVertically(t, t.data.search(/\S\S/) < 0 ? 0 : t.data.search(/\S\S/));
    if (lineTops(allRects, vertical).length < 2) continue;
    const hyphensAuto = style(parent).hyphens === 'auto';
    const autoHyphens = hyphensAuto && canHyphenate(langOf(parent));
    for (const match of t.data.matchAll(/\S{2,}/g)) {
      const range = document.createRange();
      range.setStart(t, match.index);
      range.setEnd(t, match.index + match[0].length);
      if (lineTops(range.getClientRects(), vertical).length < 2) continue;
      // Where does the line change? Look at the letter before the break.
      let firstTop = null;
      let breakAt = -1;
      for (let i = 0; i < match[0].length; i++) {
        const one = document.createRange();
        one.setStart(t, match.index + i);
        one.setEnd(t, match.index + i + 1);
        const r = one.getClientRects()[0];
        if (!r) continue;
        const at = vertical ? r.left : r.top;
        if (firstTop === null) firstTop = at;
        else if (Math.abs(at - firstTop) >= Math.max(2, (vertical ? r.width : r.height) / 2)) {
          breakAt = i;
          break;
        }
      }
      const before = breakAt > 0 ? match[0][breakAt - 1] : '';
      if (BREAKS_OK.test(before)) continue;
      if (autoHyphens) {
        hyphenated++;
        continue;
      }
      const shown = breakAt > 0 ? `${match[0].slice(0, breakAt)}|${match[0].slice(breakAt)}` : match[0];
      // hyphensAuto: `hyphens: auto` is set, but this browser has no dictionary for the language.
      broken.push({ text: shown.slice(0, 60), where: describe(parent), hyphensAuto });
    }
  }

  // ---- horizontal overflow: what sticks out past the viewport without a scrolling box around it ----
  const docWidth = Math.max(docEl.scrollWidth, document.body?.scrollWidth ?? 0);
  const wide = [];
  if (docWidth > viewportWidth + 1) {
    for (const el of elements) {
      const r = el.getBoundingClientRect();
      if (r.right <= viewportWidth + 1 || r.width === 0) continue;
      let contained = false;
      for (let at = composedParent(el); at && at !== document.body && at !== docEl; at = composedParent(at)) {
        if (style(at).overflowX !== 'visible') {
          contained = true;
          break;
        }
      }
      if (contained || isHidden(el)) continue;
      // Only the outermost: its composed parent fits.
      const p = composedParent(el);
      if (p && p !== document.body && p !== docEl && p.getBoundingClientRect().right > viewportWidth + 1) continue;
      wide.push({ where: describe(el), right: Math.round(r.right) });
    }
  }

  // ---- contrast (approximate: plain background colours only, no images or gradients) ----
  const parse = (color) => {
    const m = color.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  };
  const luminance = ({ r, g, b }) => {
    const lin = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const blend = (top, under) => ({
    r: top.r * top.a + under.r * (1 - top.a),
    g: top.g * top.a + under.g * (1 - top.a),
    b: top.b * top.a + under.b * (1 - top.a),
    a: 1,
  });
  const darkCanvas = matchMedia('(prefers-color-scheme: dark)').matches && /dark/.test(style(docEl).colorScheme);
  const canvas = darkCanvas ? { r: 18, g: 18, b: 18, a: 1 } : { r: 255, g: 255, b: 255, a: 1 };
  const background = (el) => {
    const layers = [];
    for (let at = el; at && at.nodeType === Node.ELEMENT_NODE; at = composedParent(at)) {
      const c = parse(style(at).backgroundColor);
      if (c && c.a > 0) layers.push(c);
      if (c && c.a >= 1) break;
    }
    let color = canvas;
    for (const layer of layers.reverse()) color = blend(layer, color);
    return color;
  };
  const lowContrast = [];
  const seenContrast = new Set();
  for (const t of texts) {
    const parent = t.parentElement;
    if (!parent || parent instanceof SVGElement || seenContrast.has(parent) || isHidden(parent)) continue;
    seenContrast.add(parent);
    const s = style(parent);
    const fg = parse(s.color);
    if (!fg || fg.a === 0) continue;
    const range = document.createRange();
    range.selectNodeContents(t);
    if (range.getClientRects().length === 0) continue;
    const bg = background(parent);
    const ink = blend(fg, bg);
    const [l1, l2] = [luminance(ink), luminance(bg)].sort((a, b) => b - a);
    const ratio = (l1 + 0.05) / (l2 + 0.05);
    if (ratio < 3) lowContrast.push({ ratio: Math.round(ratio * 100) / 100, text: clean(t.data), where: describe(parent), color: s.color });
  }

  return {
    height: docEl.scrollHeight,
    viewportWidth,
    overflowX: Math.max(0, docWidth - viewportWidth),
    cutLabels: cutLabels.map(({ el, ...rest }) => rest),
    midWord: broken,
    hyphenatedByBrowser: hyphenated,
    hyphenationDictionaries: hyphenation,
    wide: wide.slice(0, limit),
    lowContrast,
  };
}

// ---- run ----
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : findChrome();
if (!executablePath) throw new Error(CHROME_MISSING);
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--hide-scrollbars', '--font-render-hinting=none'],
});
mkdirSync(out, { recursive: true });
const results = [];
try {
  for (const name of pages) {
    for (const mode of WIDTHS) {
      // A fresh profile for every load: no saved portfolio from the previous page.
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const problems = [];
      page.on('pageerror', (error) => problems.push(`pageerror: ${String(error.message ?? error).split('\n')[0]}`));
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console: ${msg.text().split('\n')[0].slice(0, 160)}`);
      });
      await page.setViewport({ width: mode.width, height: 800, deviceScaleFactor: 1 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: mode.dark ? 'dark' : 'light' }]);
      const url = `${origin}/demo/${name}.html`;
      const row = { page: name, mode: mode.name, width: mode.width, dark: mode.dark };
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 30000 });
        Object.assign(row, await page.evaluate(settle));
        Object.assign(row, await page.evaluate(measure, OFFENDERS_SHOWN));
        const file = join(out, `${name}-${mode.width}${mode.dark ? '-dark' : ''}.png`);
        await page.screenshot({ path: file, fullPage: true, captureBeyondViewport: true });
        row.screenshot = file;
      } catch (error) {
        row.error = String(error.message ?? error).split('\n')[0];
      }
      row.problems = problems;
      results.push(row);
      await context.close();
      const short = row.error
        ? `ERROR ${row.error}`
        : `${row.height}px, ${row.cutLabels.length} cut, ${row.midWord.length} mid-word, overflow ${row.overflowX}px, ${row.lowContrast.length} low contrast`;
      console.error(`${label}: ${name} @ ${mode.name}: ${short}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
writeFileSync(join(out, 'results.json'), JSON.stringify({ label, root, when: new Date().toISOString(), results }, null, 2));

// ---- the report ----
const cell = (row) =>
  row.error ? 'error' : `${row.height} / ${row.cutLabels.length} / ${row.midWord.length}${row.overflowX > 0 ? ` / ↔${row.overflowX}` : ''}`;
const lines = [];
lines.push(`### Layout audit: ${label}`);
lines.push('');
lines.push('Each cell: page height px / cut labels / words broken mid-word (/ ↔ horizontal overflow px, if any).');
lines.push('');
lines.push(`| page | ${WIDTHS.map((m) => m.name).join(' | ')} |`);
lines.push(`|---|${WIDTHS.map(() => '---:').join('|')}|`);
for (const name of pages) {
  const rows = WIDTHS.map((m) => results.find((r) => r.page === name && r.mode === m.name));
  lines.push(`| ${name} | ${rows.map(cell).join(' | ')} |`);
}
const ok = results.filter((r) => !r.error);
const sum = (pick) => WIDTHS.map((m) => ok.filter((r) => r.mode === m.name).reduce((total, r) => total + pick(r), 0));
lines.push(`| **total** | ${WIDTHS.map((m, i) => `${sum((r) => r.height)[i]} / ${sum((r) => r.cutLabels.length)[i]} / ${sum((r) => r.midWord.length)[i]}`).join(' | ')} |`);
lines.push('');
lines.push(`Low contrast (< 3:1, approximate) per width: ${WIDTHS.map((m, i) => `${m.name}: ${sum((r) => r.lowContrast.length)[i]}`).join(', ')}.`);
const dictionaries = Object.assign({}, ...ok.map((r) => r.hyphenationDictionaries));
lines.push(`Browser hyphenation available: ${Object.entries(dictionaries).map(([lang, yes]) => `${lang} ${yes ? 'yes' : 'no'}`).join(', ') || 'not probed'}; breaks by \`hyphens: auto\` (not counted): ${ok.reduce((t, r) => t + r.hyphenatedByBrowser, 0)}; mid-word breaks where \`hyphens: auto\` is set but this browser has no dictionary (counted; a browser with one would hyphenate them): ${ok.reduce((t, r) => t + r.midWord.filter((b) => b.hyphensAuto).length, 0)}.`);
lines.push('');
lines.push('#### Offenders');
for (const row of results) {
  const notes = [];
  if (row.error) notes.push(`  - error: ${row.error}`);
  if (row.undefinedLeft) notes.push(`  - ${row.undefinedLeft} element(s) still not defined`);
  for (const c of (row.cutLabels ?? []).slice(0, OFFENDERS_SHOWN))
    notes.push(`  - cut (${c.kind}${c.hover ? ', has hover text' : ''}): "${c.text}" — ${c.where}`);
  if ((row.cutLabels?.length ?? 0) > OFFENDERS_SHOWN) notes.push(`  - … ${row.cutLabels.length - OFFENDERS_SHOWN} more cut`);
  for (const b of (row.midWord ?? []).slice(0, OFFENDERS_SHOWN))
    notes.push(`  - mid-word${b.hyphensAuto ? ' (hyphens: auto set, no dictionary here)' : ''}: "${b.text}" — ${b.where}`);
  if ((row.midWord?.length ?? 0) > OFFENDERS_SHOWN) notes.push(`  - … ${row.midWord.length - OFFENDERS_SHOWN} more mid-word`);
  for (const w of row.wide ?? []) notes.push(`  - wider than the viewport (right edge ${w.right}px): ${w.where}`);
  for (const c of (row.lowContrast ?? []).slice(0, 3)) notes.push(`  - low contrast ${c.ratio}:1: "${c.text}" — ${c.where}`);
  for (const p of (row.problems ?? []).slice(0, 3)) notes.push(`  - ${p}`);
  if (notes.length) lines.push(`- **${row.page} @ ${row.mode}**`, ...notes);
}
lines.push('');
lines.push(`Screenshots and results.json: ${out}`);
console.log(lines.join('\n'));
