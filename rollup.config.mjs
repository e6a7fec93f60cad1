// The browser builds, from tsc's output in dist/ (rollup never needs TypeScript), minified:
// - dist/cdn/: the loader `kompetenzrad.min.js` and `chunks-<hash>/` (one entry chunk per element,
//   shared chunks, text chunks per language): the folder an editor copies to the server.
// - dist/kompetenzrad.min.js: the same loader, for the chunks in dist/cdn/.
// - dist/kompetenzrad.all.min.js: every element and both languages in one self-contained file.
// - portfolio-check.worker.js (self-contained) in the chunk folder and beside the one-file build:
//   the provider's worker for large `src` documents, started from the file beside its code.
// The configurations run in this order: the worker first (its text is part of the chunk folder's hash),
// then the chunks; the loaders are built from their chunk map.
import { copyFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { bundleHash, chunkFileName, chunkManifest, loaderMap, textChunk } from './scripts/chunk-map.mjs';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { sharedHelpers } from './scripts/shared-helpers.mjs';

export const TAGS = ['kompetenz-rad', 'kompetenz-provider', 'gap-matrix', 'smart-goal-form', 'lernplan-timeline'];
export const MANIFEST_FILE = 'dist/kompetenzrad.chunks.json';

// A second compress pass: 0.3 KB gzip less on the one-file build, 0.06 on a wheel page (a third gains
// nothing; `module` already mangles top-level names; the unsafe options are left off).
const minify = () => terser({ format: { comments: false }, ecma: 2020, module: true, compress: { passes: 2 } });
const plugins = () => [nodeResolve({ browser: true }), sharedHelpers(), minifyTemplates(), minify()];

function onwarn(warning, warn) {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
}

const CHUNKS_WRITTEN_TO = 'dist/cdn/chunks';
const WORKER_NAME = 'portfolio-check.worker.js';
const WORKER = `dist/${WORKER_NAME}`;
let manifest;

/** Names the chunk folder after the chunks' hash and records the chunk map (for the loaders below and in MANIFEST_FILE). */
function recordChunkMap() {
  return {
    name: 'kr-chunk-map',
    generateBundle(_options, bundle) {
      manifest = chunkManifest(bundle, `chunks-${bundleHash(bundle, [readFileSync(WORKER, 'utf8')])}`);
    },
    writeBundle() {
      renameSync(CHUNKS_WRITTEN_TO, `dist/cdn/${manifest.folder}`);
      copyFileSync(WORKER, `dist/cdn/${manifest.folder}/${WORKER_NAME}`);
      writeFileSync(MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}

/** The loader as one module: `startLoader` (src/loader.ts) with the chunk map, for the chunk folder under `prefix` (relative to the loader). */
function loaderEntry(prefix) {
  const id = '\0kr-loader';
  return {
    name: 'kr-loader-entry',
    resolveId: (source) => (source === id ? id : null),
    load(source) {
      if (source !== id) return null;
      if (!manifest) throw new Error('the chunk map is missing: the CDN build must run first');
      return [
        `import { startLoader } from ${JSON.stringify(resolve('dist/loader.js'))};`,
        `export const discover = startLoader(${JSON.stringify(loaderMap(manifest))}, new URL(${JSON.stringify(`./${prefix}${manifest.folder}/`)}, import.meta.url).href);`,
      ].join('\n');
    },
  };
}

const loader = (file, prefix) => ({
  input: '\0kr-loader',
  output: { file, format: 'es' },
  plugins: [loaderEntry(prefix), minify()],
});

export default [
  {
    input: `dist/components/kompetenz-provider/controllers/${WORKER_NAME}`,
    output: { file: WORKER, format: 'es' },
    plugins: plugins(),
    onwarn,
  },
  {
    input: Object.fromEntries(TAGS.map((tag) => [tag, `dist/define/${tag}.js`])),
    // Chunks under 800 bytes join another (one request and gzip frame less; the few bytes a page may get in addition cost less).
    // (500 left a chunk of 323 bytes gzip once the issue texts became a dynamic import too, and the loader's map passed 1 KB.)
    output: {
      dir: CHUNKS_WRITTEN_TO,
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: chunkFileName,
      manualChunks: textChunk,
      experimentalMinChunkSize: 800,
    },
    // The loader imports an element's chunk for its side effect only: no entry needs its exports kept (one file less per element whose module other chunks import).
    preserveEntrySignatures: false,
    plugins: [...plugins(), recordChunkMap()],
    onwarn,
  },
  loader('dist/cdn/kompetenzrad.min.js', ''),
  loader('dist/kompetenzrad.min.js', 'cdn/'),
  {
    input: 'dist/index.js',
    output: { file: 'dist/kompetenzrad.all.min.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: plugins(),
    onwarn,
  },
];
