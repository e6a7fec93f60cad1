// `npm run size`: what a page downloads (gzip -9, 1 KB = 1024 bytes), against the budgets of
// issue 15. Run after the build. A page's figure is the sum of its files, each gzipped on its
// own (as a server sends them): the loader, every chunk of its elements, their texts in one
// language (the larger of German and English counts).
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const MANIFEST_FILE = 'dist/kompetenzrad.chunks.json';
export const CDN = 'dist/cdn';
export const LOADER = `${CDN}/kompetenzrad.min.js`;
export const ALL_IN_ONE = 'dist/kompetenzrad.all.min.js';
export const TAGS = ['kompetenz-rad', 'kompetenz-provider', 'gap-matrix', 'smart-goal-form', 'lernplan-timeline'];

/** The files (paths from the repository root) of a page with these tags in `lang`, loader first. */
export function pageFiles(tags, lang, manifest = readManifest()) {
  const files = new Set([LOADER]);
  for (const tag of tags) {
    const need = manifest.tags[tag];
    if (!need) throw new Error(`no chunks for <${tag}> in ${MANIFEST_FILE}`);
    for (const file of [...need.chunks, ...need[lang]]) files.add(`${CDN}/${manifest.folder}/${file}`);
  }
  return [...files];
}

export function readManifest() {
  return JSON.parse(readFileSync(MANIFEST_FILE, 'utf8'));
}

const gzipKb = (file) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

/** A page's size in the language that makes it larger. */
function pageKb(tags, manifest) {
  const perLang = ['de', 'en'].map((lang) => {
    const files = pageFiles(tags, lang, manifest);
    return { lang, files, kb: files.reduce((sum, file) => sum + gzipKb(file), 0) };
  });
  return perLang.reduce((a, b) => (b.kb > a.kb ? b : a));
}

export const SIZE_BUDGETS = [
  { id: 'loader', label: 'the loader, dist/cdn/kompetenzrad.min.js (dist/kompetenzrad.min.js is the same)', budgetKb: 1 },
  { id: 'wheel-page', label: 'a page with one <kompetenz-rad>: everything it fetches', budgetKb: 25 },
  { id: 'all-page', label: 'a page with all five elements', budgetKb: 110 },
  { id: 'all-in-one', label: 'dist/kompetenzrad.all.min.js (every element, both languages)', budgetKb: 100 },
];

/** Each budget with its measured gzip size in KB (`missing` when the build is not there). */
export function measureSizes() {
  if (![MANIFEST_FILE, LOADER, 'dist/kompetenzrad.min.js', ALL_IN_ONE].every(existsSync)) {
    return SIZE_BUDGETS.map((budget) => ({ ...budget, missing: true, ok: false }));
  }
  const manifest = readManifest();
  const measured = {
    loader: { kb: Math.max(gzipKb(LOADER), gzipKb('dist/kompetenzrad.min.js')), files: [LOADER] },
    'wheel-page': pageKb(['kompetenz-rad'], manifest),
    'all-page': pageKb(TAGS, manifest),
    'all-in-one': { kb: gzipKb(ALL_IN_ONE), files: [ALL_IN_ONE] },
  };
  return SIZE_BUDGETS.map((budget) => {
    const { kb, files, lang } = measured[budget.id];
    return { ...budget, gzipKb: kb, files, lang, ok: kb <= budget.budgetKb };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = measureSizes();
  for (const size of sizes) {
    if (size.missing) {
      console.log(`${size.label}: not built (run npm run build first)`);
      continue;
    }
    const detail = size.lang ? ` (${size.files.length} files, ${size.lang === 'de' ? 'German' : 'English'} texts)` : '';
    console.log(`${size.label}${detail}: ${size.gzipKb.toFixed(2)} KB gzip, budget ${size.budgetKb} KB: ${size.ok ? 'within' : 'OVER'}`);
  }
  process.exit(sizes.every((size) => size.ok) ? 0 : 1);
}
