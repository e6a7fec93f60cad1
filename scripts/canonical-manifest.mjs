import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The manifest with its modules in path order (the analyzer keeps the file system's order). */
export function canonicalManifest(manifest) {
  return { ...manifest, modules: [...manifest.modules].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
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
