// The self-contained bundles for CMS pages: everything (lit and d3 included), minified.
// Input is tsc's output in dist/, so rollup never needs TypeScript.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.mjs';

const ELEMENTS = ['kompetenz-rad', 'kompetenz-provider', 'gap-matrix', 'smart-goal-form', 'lernplan-timeline'];
import { existsSync } from 'node:fs';

function selfContained(input, file) {
  return {
    input,
    output: { file, format: 'es', sourcemap: true },
    plugins: [nodeResolve({ browser: true }), minifyTemplates(), terser({ format: { comments: false }, ecma: 2020, module: true })],
    onwarn(warning, warn) {
      if (warning.code === 'THIS_IS_UNDEFINED') return;
      warn(warning);
    },
  };
}

export default [
  selfContained('dist/index.js', 'dist/kompetenzrad.min.js'),
  // One self-contained file per element, so the size of "only the wheel" can be measured and used.
  ...ELEMENTS.filter((tag) => existsSync(`dist/define/${tag}.js`)).map((tag) =>
    selfContained(`dist/define/${tag}.js`, `dist/bundles/${tag}.min.js`),
  ),
];
