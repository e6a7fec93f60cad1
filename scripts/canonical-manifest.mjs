import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';

/**
 * The module a consumer imports for a source file: `src/x/y.ts` → `dist/x/y.js` (the package
 * ships dist/, not src/). A reference relative to its module (`../a/b.js`, as the analyzer
 * writes re-exports) or to the package root (`/src/a.js`, its superclasses) is first made
 * relative to the package.
 */
export function shippedPath(path, from) {
  const fromPackage = path.startsWith('./') || path.startsWith('../') ? posix.join(posix.dirname(from), path) : path.replace(/^\//, '');
  const match = /^src\/(.+)\.[jt]s$/.exec(fromPackage);
  return match ? `dist/${match[1]}.js` : path;
}

/** Every `module` reference below `value` (declarations, exports, superclasses, inherited members) as `shippedPath` of module `from`. */
function withShippedReferences(value, from) {
  if (Array.isArray(value)) return value.map((entry) => withShippedReferences(entry, from));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, entry]) => [key, key === 'module' && typeof entry === 'string' ? shippedPath(entry, from) : withShippedReferences(entry, from)]),
  );
}

/**
 * The manifest with its modules in path order (the analyzer keeps the file system's order), and
 * every path the one of the module a consumer can import (`shippedPath`): the analyzer reads src/.
 */
export function canonicalManifest(manifest) {
  const modules = manifest.modules.map((module) => ({ ...withShippedReferences(module, module.path), path: shippedPath(module.path, module.path) }));
  return { ...manifest, modules: modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
}

const ANALYZE = ['analyze', '--litelement', '--globs', 'src/components/**/*.ts', 'src/define/*.ts', 'src/internal/*.ts'];

/** Runs the analyzer into `outdir` (relative to the working directory) with the project's globs. */
export function runAnalyzer(outdir, options = {}) {
  execFileSync('node_modules/.bin/cem', [...ANALYZE, '--outdir', outdir, ...(options.config ? ['--config', options.config] : [])], {
    stdio: options.stdio ?? 'pipe',
  });
}

/**
 * The manifest the analyzer makes of the sources now, without touching the committed files
 * (the analyzer would otherwise point package.json's `customElements` at its output folder).
 */
export function freshManifest() {
  const outdir = relative(process.cwd(), mkdtempSync('.cem-check-'));
  try {
    const config = join(outdir, 'cem.config.mjs');
    writeFileSync(config, 'export default { packagejson: false };\n');
    runAnalyzer(outdir, { config });
    return canonicalManifest(JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8')));
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
