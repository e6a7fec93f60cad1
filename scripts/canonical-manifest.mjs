/** The manifest with its modules in path order (the analyzer keeps the file system's order). */
export function canonicalManifest(manifest) {
  return { ...manifest, modules: [...manifest.modules].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
}
