import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
// @ts-expect-error: a plain .mjs script without declarations
import { listFiles } from '../../scripts/list-files.mjs';
// @ts-expect-error: a plain .mjs script without declarations
import { freshManifest, shippedPath } from '../../scripts/canonical-manifest.mjs';

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  events?: { name: string; type?: { text: string }; description?: string }[];
  attributes?: { name: string; description?: string }[];
}
type Manifest = { modules: { path: string; declarations?: Declaration[] }[] };

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

test('the manifest describes every element', () => {
  assert.deepEqual([...elements.keys()].sort(), [...TAGS].sort());
});

for (const tag of TAGS) {
  test(`${tag}: every event the source fires is in the manifest, typed and described`, () => {
    const sources = listFiles([`src/components/${tag}`], '.ts').map((file: string) => readFileSync(file, 'utf8')).join('\n');
    const fired = new Set([...sources.matchAll(/emit\(\s*'(kr-[a-z-]+)'/g)].map((match) => match[1]));
    fired.add('kr-error'); // every element reports bad input through the base class
    const declared = elements.get(tag)!.events ?? [];
    for (const name of fired) {
      const event = declared.find((e) => e.name === name);
      assert.ok(event, `${tag} fires ${name} but the manifest does not list it`);
      assert.match(event.type?.text ?? '', /Event/, `${tag} ${name} has no type`);
      assert.ok((event.description ?? '').length > 10, `${tag} ${name} has no description`);
    }
  });

  test(`${tag}: every attribute in the manifest has a description`, () => {
    for (const attribute of elements.get(tag)!.attributes ?? []) {
      assert.ok((attribute.description ?? '').trim().length > 0, `${tag} [${attribute.name}] has no description`);
    }
  });
}
