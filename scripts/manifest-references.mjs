// `node scripts/manifest-references.mjs [custom-elements.json]`: lists every reference in the
// manifest that points nowhere, and exits with 1 if there is one.
//
// A reference (custom-elements-manifest schema, `Reference`) is `{ name, package?, module? }`:
// - with `package` it names something outside this package (`"global:"` for globals such as
//   `Error` or `HTMLElement`), which this check cannot look into: it resolves;
// - without `package` and `module` it is local to the module it occurs in;
// - otherwise `module` must be a module of the manifest with a declaration or an export named
//   `name` (`*`, an aggregating export, needs only the module).
// References occur as exports' and element definitions' `declaration`, as `superclass` and
// `mixins`, as members' and events' `inheritedFrom`, and in types' `references`.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Every reference below `value` with where it occurs (a JSON path from the module) and its kind. */
function* referencesIn(value, where) {
  if (Array.isArray(value)) {
    for (const [index, entry] of value.entries()) yield* referencesIn(entry, `${where}[${index}]`);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, entry] of Object.entries(value)) {
    const at = `${where}.${key}`;
    if (key === 'declaration' && typeof value.kind === 'string' && entry && typeof entry === 'object') {
      // an export's declaration (an element's definition names its tag, a JavaScript export its name)
      yield { kind: value.kind === 'custom-element-definition' ? 'definition' : 'export', where: at, reference: entry, exported: value.name };
    } else if ((key === 'superclass' || key === 'inheritedFrom') && entry && typeof entry === 'object' && !Array.isArray(entry)) {
      yield { kind: key, where: at, reference: entry };
    } else if ((key === 'mixins' || key === 'references') && Array.isArray(entry)) {
      for (const [index, reference] of entry.entries()) yield { kind: key === 'mixins' ? 'mixin' : 'type reference', where: `${at}[${index}]`, reference };
    }
    // a reference's own fields hold no further references; everything else may
    if (!(key === 'superclass' || key === 'inheritedFrom' || key === 'mixins' || key === 'references' || (key === 'declaration' && typeof value.kind === 'string'))) {
      yield* referencesIn(entry, at);
    }
  }
}

/** Every reference of the manifest: `{ kind, module (the one it occurs in), where, reference }`. */
export function manifestReferences(manifest) {
  return manifest.modules.flatMap((module) =>
    [...referencesIn({ declarations: module.declarations ?? [], exports: module.exports ?? [] }, '')].map((found) => ({
      ...found,
      module: module.path,
      where: found.where.slice(1),
    })),
  );
}

/**
 * Whether `reference`, occurring in module `from`, names a declaration of the manifest (or another
 * package's thing), directly or through exports (`export { x } from`, `export * from`). `seen`
 * holds the exports already followed (`module#name`): an export that leads back to itself (the
 * analyzer writes `export { X }` of an imported `X` as X in the exporting module) points nowhere.
 */
export function resolves(manifest, reference, from, seen = new Set()) {
  if (typeof reference?.name !== 'string' || reference.name === '') return false;
  if (typeof reference.package === 'string') return true;
  const path = reference.module ?? from;
  const module = manifest.modules.find((entry) => entry.path === path);
  if (!module) return false;
  if (reference.name === '*') return true;
  if ((module.declarations ?? []).some((declaration) => declaration.name === reference.name)) return true;
  const exports = (module.exports ?? []).filter((entry) => entry.kind === 'js');
  const named = exports.filter((entry) => entry.name === reference.name);
  const through = named.length > 0 ? named : exports.filter((entry) => entry.name === '*').map((entry) => ({ ...entry, declaration: { ...entry.declaration, name: reference.name } }));
  return through.some((entry) => {
    const key = `${path}#${entry.name === '*' ? `*${entry.declaration.module}` : entry.name}`;
    if (seen.has(key)) return false;
    return resolves(manifest, entry.declaration, path, new Set([...seen, key]));
  });
}

/** The references of `manifest` that point nowhere. */
export function danglingReferences(manifest) {
  return manifestReferences(manifest).filter(({ kind, reference, module, exported }) => !resolves(manifest, reference, module, new Set(kind === 'export' ? [`${module}#${exported}`] : [])));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = process.argv[2] ?? 'custom-elements.json';
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const all = manifestReferences(manifest);
  const dangling = danglingReferences(manifest);
  for (const { kind, module, where, reference } of dangling) {
    console.log(`${kind}\t${reference.name}\t${reference.package !== undefined ? `package ${reference.package} ` : ''}${reference.module ?? '(own module)'}\tin ${module} ${where}`);
  }
  console.log(`${file}: ${all.length} references, ${dangling.length} pointing nowhere`);
  process.exitCode = dangling.length ? 1 : 0;
}
