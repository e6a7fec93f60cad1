// `npm run build`: tsc (ES modules + declarations into dist/, for bundlers), then rollup (the
// browser builds: the loader with its chunk folder in dist/cdn/, and the one-file build).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
rmSync('dist', { recursive: true, force: true });
execFileSync(bin('tsc'), ['-p', 'tsconfig.json'], { stdio: 'inherit' });
execFileSync(bin('rollup'), ['-c', 'rollup.config.mjs', '--silent'], { stdio: 'inherit' });
console.log('built dist/ (ES modules with declarations; dist/cdn/ = the loader kompetenzrad.min.js and its chunk folder; dist/kompetenzrad.min.js, dist/kompetenzrad.all.min.js)');
