// `npm run analyze`: custom-elements.json from the sources, then VS Code's HTML custom data and
// the React JSX types from it.
import { readFileSync, writeFileSync } from 'node:fs';
import { canonicalManifest, runAnalyzer } from './canonical-manifest.mjs';
import { REACT_JSX_TYPES, writeReactJsxTypes } from './react-jsx-types.mjs';
import { listFiles } from './list-files.mjs';

// Writes custom-elements.json here and points package.json's `customElements` at it.
runAnalyzer('.', { stdio: 'inherit' });

// The analyzer lists modules in the order the file system returns them; sort them so the file
// is the same on every machine.
const manifest = canonicalManifest(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
writeFileSync('custom-elements.json', `${JSON.stringify(manifest, null, 2)}\n`);
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName);

/**
 * The string literals of the types in src/ that are a union of them (`type Zoom = 'quarter' | …`)
 * or the members of a constant list (`type EditSeries = (typeof EDIT_SERIES)[number]`): the
 * manifest names an attribute's type by its alias, and an editor's completion needs the values.
 */
function literalTypes() {
  // Without comments: a word in one would count as a value.
  const source = listFiles(['src'], '.ts')
    .map((file) => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, ''))
    .join('\n');
  const lists = new Map([...source.matchAll(/const (\w+) = (?:Object\.freeze\()?\[([^\]]*)\]/g)].map((match) => [match[1], match[2]]));
  const types = new Map();
  for (const [, name, union] of source.matchAll(/type (\w+) =\s*((?:\s*\|?\s*'[^']*')+);/g)) types.set(name, union);
  for (const [, name, list] of source.matchAll(/type (\w+) = \(typeof (\w+)\)\[number\];/g)) if (lists.has(list)) types.set(name, lists.get(list));
  return types;
}
const LITERAL_TYPES = literalTypes();

function valuesOf(typeText = '') {
  const text = typeText.replace(/\b\w+\b/g, (word) => LITERAL_TYPES.get(word) ?? word);
  const literals = [...text.matchAll(/'([^']+)'/g)].map((match) => ({ name: match[1] }));
  return literals.length > 0 ? literals : undefined;
}

const tags = elements
  .sort((a, b) => a.tagName.localeCompare(b.tagName))
  .map((element) => ({
    name: element.tagName,
    description: [
      element.summary ?? element.description ?? '',
      (element.events ?? []).length ? `Events: ${element.events.map((event) => event.name).join(', ')}` : '',
      (element.cssParts ?? []).length ? `Parts: ${element.cssParts.map((part) => part.name).join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('\n\n'),
    attributes: (element.attributes ?? []).map((attribute) => ({
      name: attribute.name,
      description: attribute.description ?? '',
      ...(valuesOf(attribute.type?.text) ? { values: valuesOf(attribute.type.text) } : {}),
    })),
  }));

writeFileSync('vscode.html-custom-data.json', `${JSON.stringify({ $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json', version: 1.1, tags }, null, 2)}\n`);
writeReactJsxTypes(manifest);
console.log(`custom-elements.json: ${elements.length} elements; vscode.html-custom-data.json and ${REACT_JSX_TYPES} written`);
