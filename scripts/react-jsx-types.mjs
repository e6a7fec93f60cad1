// React 19 JSX types for the elements, generated from custom-elements.json (`npm run analyze` writes them).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const REACT_JSX_TYPES = 'types/react-jsx.d.ts';
export const REACT_JSX_MODULE = 'types/react-jsx.js';

const PREAMBLE = `// Generated from custom-elements.json by scripts/react-jsx-types.mjs (npm run analyze): do not edit.
// JSX types for React 19. Load them once in your project: import type {} from 'kompetenzrad/react-jsx';
//
// What React 19 does with a prop on a custom element, and how it is typed here:
// - a name the element has as a property (\`actual\`, \`editable\`) is set as that property: typed
//   like the property;
// - any other name (\`target-role\`) becomes an attribute: typed like the property behind it, with
//   text for JSON attributes; \`true\` writes an empty attribute, \`false\` removes it;
// - \`on\` + the exact event name (\`onkr-level-change\`) adds a listener for that event, \`…Capture\`
//   for the capture phase: typed with the event from GlobalEventHandlersEventMap.
// TypeScript does not check JSX names with a dash that no type declares (\`data-*\`, misspelt ones).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
`;

const HELPERS = `
/** The value of an attribute: the property's type, or text where the property holds an object (JSON). */
type AttributeValue<T> = T extends string | number | boolean | null | undefined ? T : string;

/** \`on<event>\` and \`on<event>Capture\` listeners with the event's own type. */
type EventListeners<Name extends string> = {
  [Key in Name as \`on\${Key}\` | \`on\${Key}Capture\`]?: (
    event: Key extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[Key] : Event,
  ) => void;
};

/** React's props of an HTML element, the element's own properties, attributes and events. */
type ElementProps<Element extends HTMLElement, Property extends keyof Element, Attributes, EventName extends string> = Omit<
  DetailedHTMLProps<HTMLAttributes<Element>, Element>,
  Property | keyof Attributes
> &
  Partial<Pick<Element, Property>> &
  Attributes &
  EventListeners<EventName>;
`;

function customElements(manifest) {
  return manifest.modules
    .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module, declaration })))
    .filter(({ declaration }) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.declaration.tagName.localeCompare(b.declaration.tagName));
}

/** `dist/components/x/x.js` → `kompetenzrad/components/x/x.js`, the package's export of that module. */
function packageModule(packageName, path) {
  const match = /^dist\/(components\/.+)\.js$/.exec(path);
  if (!match) throw new Error(`${path}: an element outside dist/components/ has no package export`);
  return `${packageName}/${match[1]}.js`;
}

/** The first paragraph of a manifest description as one JSDoc line. */
function summary(text = '') {
  return text.split(/\n\s*\n/)[0].replace(/\s+/g, ' ').replaceAll('*/', '*\\/').trim();
}

const quote = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const union = (names) => (names.length ? names.map((name) => `'${name}'`).join(' | ') : 'never');

function elementType({ module, declaration }) {
  const { name, tagName } = declaration;
  const members = declaration.members ?? [];
  const fields = members.filter((member) => member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public');
  const properties = [...new Set(fields.map((field) => field.name))].sort();
  const fieldNames = new Set(properties);
  const attributes = (declaration.attributes ?? [])
    .filter((attribute) => !fieldNames.has(attribute.name))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((attribute) => {
      const type = attribute.fieldName && fieldNames.has(attribute.fieldName) ? `AttributeValue<${name}['${attribute.fieldName}']>` : 'string';
      return `    /** ${summary(attribute.description)} */\n    ${quote(attribute.name)}?: ${type};`;
    });
  const events = [...new Set((declaration.events ?? []).map((event) => event.name))].sort();
  return {
    name,
    tagName,
    from: module.path,
    text: [
      `/** \`<${tagName}>\`: ${summary(declaration.summary ?? declaration.description)} */`,
      `export type ${name}Props = ElementProps<`,
      `  ${name},`,
      `  ${union(properties)},`,
      attributes.length ? `  {\n${attributes.join('\n')}\n  },` : '  {},',
      `  ${union(events)}`,
      '>;',
    ].join('\n'),
  };
}

/** The text of types/react-jsx.d.ts for a manifest. */
export function reactJsxTypes(manifest, packageName) {
  const elements = customElements(manifest).map(elementType);
  const imports = elements.map((element) => `import type { ${element.name} } from '${packageModule(packageName, element.from)}';`);
  const intrinsic = elements.map((element) => `      '${element.tagName}': ${element.name}Props;`);
  return [
    PREAMBLE + imports.join('\n'),
    HELPERS,
    elements.map((element) => element.text).join('\n\n'),
    '',
    "declare module 'react' {",
    '  namespace JSX {',
    '    interface IntrinsicElements {',
    ...intrinsic,
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');
}

/** The module behind the types' export: nothing at run time, so `import 'kompetenzrad/react-jsx'` is harmless. */
export const REACT_JSX_MODULE_TEXT = '// Types only: see react-jsx.d.ts (generated by scripts/react-jsx-types.mjs).\nexport {};\n';

/** Writes both files from the manifest in the working directory. */
export function writeReactJsxTypes(manifest) {
  const { name } = JSON.parse(readFileSync('package.json', 'utf8'));
  mkdirSync(dirname(REACT_JSX_TYPES), { recursive: true });
  writeFileSync(REACT_JSX_TYPES, reactJsxTypes(manifest, name));
  writeFileSync(REACT_JSX_MODULE, REACT_JSX_MODULE_TEXT);
}
