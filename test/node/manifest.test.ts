import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
// @ts-expect-error: a plain .mjs script without declarations
import { listFiles } from '../../scripts/list-files.mjs';
// @ts-expect-error: a plain .mjs script without declarations
import { canonicalManifest, freshManifest, shippedPath } from '../../scripts/canonical-manifest.mjs';
// @ts-expect-error: a plain .mjs script without declarations
import { danglingReferences } from '../../scripts/manifest-references.mjs';

interface Declaration {
  name?: string;
  tagName?: string;
  customElement?: boolean;
  events?: { name: string; type?: { text: string }; description?: string }[];
  attributes?: { name: string; description?: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string; description?: string }[];
}
interface Reference {
  name: string;
  module?: string;
  package?: string;
}
type Manifest = { modules: { path: string; declarations?: Declaration[]; exports?: { kind: string; name: string; declaration: Reference }[] }[] };
interface Dangling {
  kind: string;
  module: string;
  where: string;
  reference: Reference;
}

const TAGS = ['kompetenz-provider', 'kompetenz-rad', 'gap-matrix', 'smart-goal-form', 'lernplan-timeline'];
const committed: Manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = new Map(
  committed.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => [d.tagName!, d]),
);

test('custom-elements.json is what the analyzer makes of the sources now (npm run analyze)', () => {
  assert.deepEqual(freshManifest(), committed, 'custom-elements.json is stale: run npm run analyze');
});

test('package.json points tools at the committed manifest', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(pkg.customElements, 'custom-elements.json');
});

test('the manifest names modules the package ships (dist/, .js), each from a source file, the elements by their package export', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const exported = new Set(Object.values(pkg.exports as Record<string, string | { default?: string }>).map((target) => (typeof target === 'string' ? target : target.default)));
  assert.ok(pkg.files.includes('dist') && !pkg.files.includes('src'));
  const text = JSON.stringify(committed);
  const references = [...text.matchAll(/"(?:path|module)":\s*"([^"]+)"/g)].map((match) => match[1]);
  assert.ok(references.length > 100);
  for (const path of references) {
    assert.match(path, /^dist\/.+\.js$/, `${path}: not a shipped module`);
    assert.ok(existsSync(path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts')), `${path}: no source file for it`);
  }
  for (const module of committed.modules.filter((entry) => entry.declarations?.some((d) => d.customElement && d.tagName))) {
    assert.ok(exported.has(`./${module.path}`), `${module.path}: an element's module that package.json does not export`);
  }
});

test('shippedPath: a source path and a re-export relative to its module', () => {
  assert.equal(shippedPath('src/components/kompetenz-rad/kompetenz-rad.ts', 'src/components/kompetenz-rad/kompetenz-rad.ts'), 'dist/components/kompetenz-rad/kompetenz-rad.js');
  assert.equal(shippedPath('../components/gap-matrix/gap-matrix.js', 'src/define/gap-matrix.ts'), 'dist/components/gap-matrix/gap-matrix.js');
  assert.equal(shippedPath('/src/internal/kr-element.js', 'src/components/gap-matrix/gap-matrix.ts'), 'dist/internal/kr-element.js');
  assert.equal(shippedPath('lit', 'src/define/gap-matrix.ts'), 'lit');
});

test('every reference in the manifest resolves: to a declaration in the manifest (directly or through exports), or to a package or global', () => {
  // Storybook, the editors' plugins and api-viewer follow these; `node scripts/manifest-references.mjs` lists them
  const dangling: Dangling[] = danglingReferences(committed);
  assert.deepEqual(
    dangling.map(({ kind, module, where, reference }) => `${kind} ${JSON.stringify(reference)} in ${module} ${where}`),
    [],
  );
});

test('a define module exports its element class from the module that declares it', () => {
  const declaring = new Map(committed.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement).map((d) => [d.name!, module.path])));
  for (const tag of TAGS) {
    const define = committed.modules.find((module) => module.path === `dist/define/${tag}.js`);
    assert.ok(define, `dist/define/${tag}.js is not in the manifest`);
    const exported = (define.exports ?? []).find((entry) => entry.kind === 'js' && declaring.has(entry.declaration.name));
    const all = (define.exports ?? []).find((entry) => entry.kind === 'js' && entry.name === '*');
    const reference = exported?.declaration ?? all?.declaration;
    assert.ok(reference, `dist/define/${tag}.js exports no element class`);
    assert.equal(reference.module, `dist/components/${tag}/${tag}.js`, `dist/define/${tag}.js: ${JSON.stringify(reference)}`);
  }
});

test('danglingReferences: a missing module or name, an export of itself; not a package, a global, an export * chain', () => {
  const manifest = {
    modules: [
      { path: 'dist/a.js', declarations: [{ kind: 'class', name: 'A', superclass: { name: 'Error', package: 'global:' } }], exports: [{ kind: 'js', name: 'A', declaration: { name: 'A', module: 'dist/a.js' } }] },
      { path: 'dist/b.js', exports: [{ kind: 'js', name: '*', declaration: { name: '*', module: 'dist/a.js' } }] },
      {
        path: 'dist/c.js',
        declarations: [{ kind: 'class', name: 'C', superclass: { name: 'A', module: 'dist/b.js' }, mixins: [{ name: 'M', module: 'dist/nowhere.js' }] }],
        exports: [
          { kind: 'js', name: 'C', declaration: { name: 'C' } },
          { kind: 'js', name: 'Self', declaration: { name: 'Self', module: 'dist/c.js' } },
          { kind: 'js', name: 'T', declaration: { name: 'T', module: 'dist/a.js' } },
          { kind: 'custom-element-definition', name: 'x-c', declaration: { name: 'C', module: 'dist/c.js' } },
        ],
      },
    ],
  };
  assert.deepEqual(
    danglingReferences(manifest).map(({ kind, reference }: Dangling) => `${kind} ${reference.name}`),
    ['mixin M', 'export Self', 'export T'],
  );
});

test('canonicalManifest: references the analyzer leaves pointing nowhere resolve', () => {
  const sources: Record<string, string> = {
    'src/a.ts': "export interface Detail { x: number }\nexport type Mode = 'a' | 'b';\nexport class A extends Error {}\nexport class B extends HTMLElement {}\n",
    'src/define/a.ts': "import { A } from '../a.js';\nimport { defineElement } from '../define-element.js';\nexport { A };\nexport type { Detail } from '../a.js';\nexport { type Mode } from '../a.js';\ndefineElement('x-a', A);\n",
    'src/define-element.ts': 'export function defineElement(tag: string, element: CustomElementConstructor): void { customElements.define(tag, element); }\n',
  };
  const raw = {
    schemaVersion: '1.0.0',
    modules: [
      {
        kind: 'javascript-module',
        path: 'src/a.ts',
        declarations: [
          { kind: 'class', name: 'A', superclass: { name: 'Error', module: 'src/a.ts' } },
          { kind: 'class', name: 'B', superclass: { name: 'HTMLElement', module: 'src/a.ts' } },
        ],
        exports: [
          { kind: 'js', name: 'A', declaration: { name: 'A', module: 'src/a.ts' } },
          { kind: 'js', name: 'B', declaration: { name: 'B', module: 'src/a.ts' } },
        ],
      },
      {
        kind: 'javascript-module',
        path: 'src/define/a.ts',
        declarations: [],
        exports: [
          { kind: 'js', name: 'A', declaration: { name: 'A', module: 'src/define/a.ts' } },
          { kind: 'js', name: 'Detail', declaration: { name: 'Detail', module: '../a.js' } },
          { kind: 'js', name: 'Mode', declaration: { name: 'Mode', module: '../a.js' } },
        ],
      },
      {
        kind: 'javascript-module',
        path: 'src/define-element.ts',
        declarations: [{ kind: 'function', name: 'defineElement' }],
        exports: [
          { kind: 'js', name: 'defineElement', declaration: { name: 'defineElement', module: 'src/define-element.ts' } },
          { kind: 'custom-element-definition', name: 'tag', declaration: { name: 'element', module: 'src/define-element.ts' } },
        ],
      },
    ],
  };
  assert.ok(danglingReferences(raw).length > 0);
  const manifest = canonicalManifest(raw, (path: string) => sources[path]);
  assert.deepEqual(danglingReferences(manifest), []);
  const [, defineElement, define] = manifest.modules;
  assert.deepEqual(
    define.exports,
    [{ kind: 'js', name: 'A', declaration: { name: 'A', module: 'dist/a.js' } }],
    'the element class from its module, the types gone (the JavaScript module has no such exports)',
  );
  assert.deepEqual(manifest.modules[0].declarations.map((d: { superclass: Reference }) => d.superclass), [
    { name: 'Error', package: 'global:' },
    { name: 'HTMLElement', package: 'global:' },
  ]);
  assert.deepEqual(defineElement.exports.map((entry: { name: string }) => entry.name), ['defineElement'], 'no element named "tag"');
});

test('each define module names the tag it registers and the class, for tools that map tags to modules', () => {
  for (const tag of TAGS) {
    const module = committed.modules.find((entry) => entry.path === `dist/define/${tag}.js`);
    const definition = module?.exports?.find((entry) => entry.kind === 'custom-element-definition');
    assert.ok(definition, `dist/define/${tag}.js has no custom-element-definition`);
    assert.equal(definition.name, tag);
    const declaring = committed.modules.find((entry) => entry.path === definition.declaration.module);
    assert.equal(declaring?.declarations?.find((declaration) => declaration.name === definition.declaration.name)?.tagName, tag, `${tag}: the definition points at its class`);
  }
});

test('the manifest describes every element', () => {
  assert.deepEqual([...elements.keys()].sort(), [...TAGS].sort());
});

for (const tag of TAGS) {
  test(`${tag}: every event the source fires is in the manifest, typed and described`, () => {
    const sources = listFiles([`src/components/${tag}`], '.ts').map((file: string) => readFileSync(file, 'utf8')).join('\n');
    const fired = new Set([...sources.matchAll(/(?:emit|createKrEvent)\(\s*'(kr-[a-z-]+)'/g)].map((match) => match[1]));
    fired.add('kr-error'); // every element reports bad input through the base class
    const declared = elements.get(tag)!.events ?? [];
    for (const name of fired) {
      const event = declared.find((e) => e.name === name);
      assert.ok(event, `${tag} fires ${name} but the manifest does not list it`);
      assert.match(event.type?.text ?? '', /Event/, `${tag} ${name} has no type`);
      assert.ok((event.description ?? '').length > 10, `${tag} ${name} has no description`);
    }
  });

  test(`${tag}: every part its templates set and every --kr- property its styles read is in the manifest`, () => {
    const files = [...listFiles([`src/components/${tag}`], '.ts'), 'src/internal/kr-element.ts', 'src/internal/base.styles.ts'];
    const sources = files.map((file: string) => readFileSync(file, 'utf8')).join('\n');
    // Names written out (`part="message hint"`, `{ part: 'bar' }`, `setAttribute('part', 'table')`), and those an
    // expression picks (`part=${over ? 'load-cell load-over' : 'load-cell'}`); of a name made from a state
    // (`part=${`criterion criterion-${state}`}`), some listed part must start with what is written out.
    const written = [
      ...[...sources.matchAll(/part="([a-z -]+)"|part: '([a-z-]+)'|setAttribute\('part', '([a-z-]+)'\)/g)].map((match) => match[1] ?? match[2] ?? match[3]),
      ...[...sources.matchAll(/part=\$\{([^\n]{0,80})/g)].flatMap((match) => [...match[1].matchAll(/'([a-z][a-z -]*)'|`([^`]*)`/g)].map((literal) => literal[1] ?? literal[2])),
    ];
    const words = written.flatMap((text) => text.split(' ')).filter(Boolean);
    const parts = new Set(words.filter((word) => !word.includes('${')));
    const prefixes = words.filter((word) => word.includes('${')).map((word) => word.slice(0, word.indexOf('${')));
    const properties = new Set([...sources.matchAll(/var\((--kr-[a-z0-9-]+)/g)].map((match) => match[1]));
    const element = elements.get(tag)!;
    const listedParts = new Set((element.cssParts ?? []).map((part) => part.name));
    // An older name is documented in the description of the property that replaced it ("the older `--kr-…` wins when set").
    const listedProperties = new Set((element.cssProperties ?? []).flatMap((property) => [property.name, ...[...(property.description ?? '').matchAll(/`(--kr-[a-z0-9-]+)`/g)].map((match) => match[1])]));
    assert.deepEqual([...parts].filter((part) => !listedParts.has(part)), [], `${tag}: parts not in the manifest`);
    for (const prefix of prefixes) assert.ok([...listedParts].some((part) => part.startsWith(prefix) && part !== prefix), `${tag}: no listed part for ${prefix}…`);
    assert.deepEqual([...properties].filter((property) => !listedProperties.has(property) && !/^--kr-(band|row|body)-/.test(property)), [], `${tag}: custom properties not in the manifest`);
  });

  test(`${tag}: every attribute in the manifest has a description`, () => {
    for (const attribute of elements.get(tag)!.attributes ?? []) {
      assert.ok((attribute.description ?? '').trim().length > 0, `${tag} [${attribute.name}] has no description`);
    }
  });
}

test('VS Code offers the values of every attribute with a fixed set of them', () => {
  const data = JSON.parse(readFileSync('vscode.html-custom-data.json', 'utf8')) as { tags: { name: string; attributes: { name: string; values?: { name: string }[] }[] }[] };
  const values = (tag: string, attribute: string) => data.tags.find((entry) => entry.name === tag)?.attributes.find((entry) => entry.name === attribute)?.values?.map((value) => value.name);
  const expected: [string, string, string[]][] = [
    ['gap-matrix', 'mode', ['person', 'team', 'organisation']],
    ['gap-matrix', 'cells', ['gap', 'actual']],
    ['gap-matrix', 'actual-rule', ['external-first', 'self-first', 'latest', 'self-only', 'external-only']],
    ['gap-matrix', 'group-by', ['department', 'role', 'category']],
    ['kompetenz-provider', 'storage', ['local', 'none', 'http']],
    ['kompetenz-rad', 'edit-series', ['self', 'external']],
    ['kompetenz-rad', 'group-by', ['department', 'role', 'category']],
    ['kompetenz-rad', 'legend', ['auto', 'none', 'shared']],
    ['lernplan-timeline', 'view', ['chart', 'list']],
    ['lernplan-timeline', 'lanes', ['competency', 'format']],
    ['lernplan-timeline', 'zoom', ['quarter', 'year', 'plan']],
  ];
  for (const [tag, attribute, names] of expected) assert.deepEqual(values(tag, attribute), names, `${tag} [${attribute}]`);
});
