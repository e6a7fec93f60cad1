import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { gzipSync } from 'node:zlib';
const input = process.argv[2];
const bundle = await rollup({ input, plugins: [nodeResolve({ browser: true })], onwarn() {} });
const { output } = await bundle.generate({ format: 'es' });
const mods = Object.entries(output[0].modules).map(([id, m]) => [m.renderedLength, id.replace(process.cwd() + '/', '')]).sort((a, b) => b[0] - a[0]);
const groups = {};
for (const [len, id] of mods) { const g = id.startsWith('node_modules') ? id.split('/').slice(0, id.includes('@') ? 3 : 2).join('/') : id; groups[g] = (groups[g] ?? 0) + len; }
for (const [g, len] of Object.entries(groups).sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(len, g);
const code = output[0].code; console.log('unminified', code.length, 'gzip', gzipSync(code).length);
