// The large demo document (demo/landkreis.html?quelle=datei): 10,000 generated people, 18.2 MB.
// Too large for git, so `npm start` and `npm test` write it when it is missing or older than its generator.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { listFiles } from './list-files.mjs';

export const LARGE_DEMO_DOCUMENT = 'demo/data/landkreis-10000.json';
/** What the document is made from: the sample script and the whole domain (catalogue, roles, version, texts). */
const GENERATOR = ['scripts/sample.mjs', ...listFiles(['src/domain'], '.ts')];

/** Writes the document if needed; false (and the reason on stderr) when it could not be written. */
export function ensureLargeDemoDocument() {
  try {
    writeIfOld();
    return true;
  } catch (error) {
    console.error(`${LARGE_DEMO_DOCUMENT} could not be written: ${error.message}`);
    return false;
  }
}

function writeIfOld() {
  const made = existsSync(LARGE_DEMO_DOCUMENT) ? statSync(LARGE_DEMO_DOCUMENT).mtimeMs : 0;
  if (GENERATOR.every((file) => statSync(file).mtimeMs < made)) return;
  execFileSync(
    process.execPath,
    ['--import', './scripts/ts-loader.mjs', 'scripts/sample.mjs', '10000', '--seed', '4711', '--today', '2025-09-01', '--out', LARGE_DEMO_DOCUMENT],
    { stdio: 'inherit' },
  );
}
