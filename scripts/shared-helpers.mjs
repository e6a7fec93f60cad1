/**
 * A rollup plugin for the browser builds: tsc writes its `__decorate` helper into every module
 * with decorators (it would import it from tslib with `importHelpers`, which the npm build must
 * not need). This keeps one copy: each module imports the helper from one virtual module.
 */
const HELPER = /^var __decorate = \(this && this\.__decorate\) \|\| (function \(decorators, target, key, desc\) \{\n[\s\S]*?\n\});\n/;
const ID = '\0kr-decorate';

export function sharedHelpers() {
  let helper;
  return {
    name: 'kr-shared-helpers',
    resolveId: (id) => (id === ID ? ID : null),
    load: (id) => (id === ID ? `export var __decorate = ${helper};` : null),
    transform(code, id) {
      if (id.includes('node_modules')) return null;
      const match = HELPER.exec(code);
      if (!match) return null;
      helper ??= match[1];
      // The same number of lines, so that the source map stays right.
      const lines = '\n'.repeat(match[0].split('\n').length - 1);
      return { code: `import { __decorate } from '${ID}';${lines}${code.slice(match[0].length)}`, map: null };
    },
  };
}
