import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { transformSync } from 'esbuild';
import { parseAst } from 'rollup/parseAst';

/**
 * The module a consumer imports for a source file: `src/x/y.ts` → `dist/x/y.js` (the package
 * ships dist/, not src/). A reference relative to its module (`../a/b.js`, as the analyzer
 * writes re-exports) or to the package root (`/src/a.js`, its superclasses) is first made
 * relative to the package.
 */
export function shippedPath(path, from) {
  const fromPackage = path.startsWith('./') || path.startsWith('../') ? posix.join(posix.dirname(from), path) : path.replace(/^\//, '');
  const match = /^src\/(.+)\.[jt]s$/.exec(fromPackage);
  return match ? `dist/${match[1]}.js` : path;
}

/** Every `module` reference below `value` (declarations, exports, superclasses, inherited members) as `shippedPath` of module `from`. */
function withShippedReferences(value, from) {
  if (Array.isArray(value)) return value.map((entry) => withShippedReferences(entry, from));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, entry]) => [key, key === 'module' && typeof entry === 'string' ? shippedPath(entry, from) : withShippedReferences(entry, from)]),
  );
}

/**
 * What the manifest needs to know of a source file and the analyzer does not tell: the names the
 * JavaScript module exports (TypeScript's types gone: `export type`, interfaces, type aliases), and
 * where each imported name comes from (`local` → `{ name, from }`, `name` being `default` for a
 * default import). Undefined when the file cannot be read.
 */
export function sourceFacts(path, read = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined)) {
  const source = read(path);
  if (source === undefined) return undefined;
  const { code } = transformSync(source, {
    loader: path.endsWith('.ts') ? 'ts' : 'js',
    format: 'esm',
    target: 'es2022',
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  });
  const nameOf = (node) => node.name ?? node.value;
  const exports = new Set();
  const imports = new Map();
  for (const node of parseAst(code).body) {
    if (node.type === 'ImportDeclaration') {
      for (const specifier of node.specifiers) {
        if (specifier.type === 'ImportSpecifier') imports.set(specifier.local.name, { name: nameOf(specifier.imported), from: node.source.value });
        if (specifier.type === 'ImportDefaultSpecifier') imports.set(specifier.local.name, { name: 'default', from: node.source.value });
      }
    } else if (node.type === 'ExportNamedDeclaration') {
      for (const specifier of node.specifiers) exports.add(nameOf(specifier.exported));
      const declaration = node.declaration;
      if (declaration?.id) exports.add(declaration.id.name);
      for (const variable of declaration?.declarations ?? []) {
        if (variable.id.type === 'Identifier') exports.add(variable.id.name);
      }
    } else if (node.type === 'ExportDefaultDeclaration') {
      exports.add('default');
    } else if (node.type === 'ExportAllDeclaration') {
      exports.add(node.exported ? nameOf(node.exported) : '*');
    }
  }
  return { exports, imports };
}

/** A bare specifier as a reference's `package` and `module` (`lit/decorators.js` → lit, decorators.js). */
function packageReference(name, specifier) {
  const [, pkg, module] = /^((?:@[^/]+\/)?[^/]+)(?:\/(.+))?$/.exec(specifier);
  return { name, package: pkg, ...(module ? { module } : {}) };
}

/**
 * `reference` (of module `module`) to a name the module neither declares nor exports itself, as
 * the analyzer writes it (`export { X }` of an imported X, a superclass it cannot place): to the
 * module or package the module imports it from, else (not declared, not imported: a global such as
 * `Error`) to `global:`, as the schema wants for globals. `globals` says whether the else applies
 * (a superclass); anything else left pointing nowhere is for test/node/manifest.test.ts to report.
 */
function placed(reference, module, factsOf, globals) {
  const local = reference.module === undefined || reference.module === module.path;
  if (!local || reference.package !== undefined) return reference;
  if ((module.declarations ?? []).some((declaration) => declaration.name === reference.name)) return reference;
  const facts = factsOf();
  if (!facts) return reference;
  const imported = facts.imports.get(reference.name);
  if (imported) {
    return /^[./]/.test(imported.from) ? { name: imported.name, module: imported.from } : packageReference(imported.name, imported.from);
  }
  return globals ? { name: reference.name, package: 'global:' } : reference;
}

/**
 * A module with references that resolve (the analyzer's own point nowhere, see
 * scripts/manifest-references.mjs): no exports of types (the JavaScript module does not have them,
 * and the manifest has no declarations of types to point to); a re-exported import pointing to its
 * module; a global superclass as `global:`; no element definition under a name no element can have
 * (`customElements.define(tag, element)` in a helper is no definition of `<tag>`).
 */
function withPlacedReferences(module, read) {
  let facts = null;
  // reading the source takes a while: only for a module with a name it does not declare
  const factsOf = () => (facts === null ? (facts = sourceFacts(module.path, read)) : facts);
  const declared = new Set((module.declarations ?? []).map((declaration) => declaration.name));
  const classLike = (declaration) =>
    declaration.kind === 'class' || declaration.kind === 'mixin'
      ? {
          ...declaration,
          ...(declaration.superclass ? { superclass: placed(declaration.superclass, module, factsOf, true) } : {}),
          ...(declaration.mixins ? { mixins: declaration.mixins.map((mixin) => placed(mixin, module, factsOf, false)) } : {}),
        }
      : declaration;
  const exports = module.exports
    ?.filter((entry) => {
      if (entry.kind !== 'js') return /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/.test(entry.name);
      return entry.name === '*' || (entry.declaration.module === module.path && declared.has(entry.name)) || (factsOf()?.exports.has(entry.name) ?? true);
    })
    .map((entry) => ({ ...entry, declaration: placed(entry.declaration, module, factsOf, false) }));
  return { ...module, ...(module.declarations ? { declarations: module.declarations.map(classLike) } : {}), ...(exports ? { exports } : {}) };
}

/**
 * A module `src/define/<tag>.ts` with the definition of `<tag>` it registers (through
 * `defineElement`, which the analyzer does not follow): tools map tags to the modules to import.
 */
function withDefinition(module, elements) {
  const tag = /^src\/define\/([a-z0-9-]+)\.ts$/.exec(module.path)?.[1];
  const element = tag && elements.get(tag);
  if (!element || module.exports?.some((entry) => entry.kind === 'custom-element-definition')) return module;
  return { ...module, exports: [...(module.exports ?? []), { kind: 'custom-element-definition', name: tag, declaration: element }] };
}

/**
 * The manifest with its modules in path order (the analyzer keeps the file system's order), every
 * path the one of the module a consumer can import (`shippedPath`): the analyzer reads src/, and
 * every reference one that resolves (`withPlacedReferences`). `read` reads a source file (by the
 * module's path as the analyzer writes it, relative to the package).
 */
export function canonicalManifest(manifest, read) {
  const elements = new Map(
    manifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName).map((declaration) => [declaration.tagName, { name: declaration.name, module: module.path }])),
  );
  const modules = manifest.modules
    .map((module) => withPlacedReferences(module, read))
    .map((module) => withDefinition(module, elements))
    .map((module) => ({ ...withShippedReferences(module, module.path), path: shippedPath(module.path, module.path) }));
  return { ...manifest, modules: modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
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
