// `npm run build`: tsc (ES modules + declarations into dist/), then rollup (self-contained bundles).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
rmSync('dist', { recursive: true, force: true });
execFileSync(bin('tsc'), ['-p', 'tsconfig.json'], { stdio: 'inherit' });
execFileSync(bin('rollup'), ['-c', 'rollup.config.mjs', '--silent'], { stdio: 'inherit' });
console.log('built dist/ (ES modules with declarations, dist/kompetenzrad.min.js, dist/bundles/*.min.js)');
