/**
 * Loaded by provider-src-cold.bench.ts in a fresh browser context per sample: the scripts of the
 * provider and the matrix are loaded as a page with the loader gets them, the build's chunks and
 * German texts from `dist/cdn/` (`npm run bench` builds first), nothing else has happened. What
 * `krFirst()` measures: see provider-first-rows.ts.
 */
import { installKrFirst } from './provider-first-rows.js';

interface ChunkManifest {
  folder: string;
  tags: Record<string, { chunks: string[]; de: string[] }>;
}

const manifest = (await (await fetch('/dist/kompetenzrad.chunks.json')).json()) as ChunkManifest;
const files = new Set(['kompetenz-provider', 'gap-matrix'].flatMap((tag) => [...manifest.tags[tag].chunks, ...manifest.tags[tag].de]));
// The files a page's loader imports for these two tags, all at once.
await Promise.all([...files].map((file) => import(`/dist/cdn/${manifest.folder}/${file}`)));
installKrFirst();
