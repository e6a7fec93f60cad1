// `npm run analyze`: custom-elements.json from the sources, then VS Code's HTML custom data and
// the React JSX types from it.
import { readFileSync, writeFileSync } from 'node:fs';
import { canonicalManifest, runAnalyzer } from './canonical-manifest.mjs';
import { REACT_JSX_TYPES, writeReactJsxTypes } from './react-jsx-types.mjs';

// Writes custom-elements.json here and points package.json's `customElements` at it.
runAnalyzer('.', { stdio: 'inherit' });

// The analyzer lists modules in the order the file system returns them; sort them so the file
// is the same on every machine.
const manifest = canonicalManifest(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
writeFileSync('custom-elements.json', `${JSON.stringify(manifest, null, 2)}\n`);
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName);

function valuesOf(typeText = '') {
  const literals = [...typeText.matchAll(/'([^']+)'/g)].map((match) => ({ name: match[1] }));
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
