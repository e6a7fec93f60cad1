import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Files under `dirs` whose names end with `suffix`, sorted (Node 20's test runner has no globs). */
export function listFiles(dirs, suffix) {
  return dirs
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => readdirSync(dir, { recursive: true }).map((name) => join(dir, String(name))))
    .filter((path) => path.endsWith(suffix))
    .sort();
}
