import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// `npm test` builds dist/ first; these import the package by its own name, as a user would.
test("import('kompetenzrad/domain') works in Node without a browser", async () => {
  const specifier = 'kompetenzrad/domain'; // resolved through package.json "exports" to dist/
  const domain = (await import(specifier)) as typeof import('../../src/domain/index.js');
  assert.equal(domain.DEFAULT_CATALOGUE.competencies.length, 25);
  assert.equal(domain.DEFAULT_ROLES.length, 5);
  const analysis = domain.analyzeGaps({ catalogue: domain.DEFAULT_CATALOGUE, target: { daten: 3 }, actual: { daten: 1 } });
  assert.equal(analysis.byPriority[0].competencyId, 'daten');
  assert.equal('customElements' in globalThis, false);
});

test("the message modules give Node a German or English sentence in one call, and one language's tables alone", async () => {
  const load = (subpath: string): Promise<unknown> => import(`kompetenzrad/${subpath}`); // through "exports", to dist/
  const domain = (await load('domain')) as typeof import('../../src/domain/index.js');
  const messages = (await load('domain/messages')) as typeof import('../../src/domain/messages/index.js');
  const de = (await load('domain/messages/de')) as typeof import('../../src/domain/messages/de.js');
  const en = (await load('domain/messages/en')) as typeof import('../../src/domain/messages/en.js');
  const [issue] = domain.validatePerson({ id: 'p1', name: 'Erika', roleId: 'hausmeister' }, '$.people[0]', ['cdo']);
  assert.deepEqual(issue, { path: '$.people[0].roleId', code: 'unknown-role', params: { id: 'hausmeister', known: ['cdo'] } });
  assert.equal(messages.describeIssue(issue, 'de'), 'Person 1, Rolle: Die Rolle „hausmeister“ ist unbekannt; bekannt sind „cdo“.');
  assert.equal(messages.describeIssue(issue, 'en'), 'Person 1, role: The role "hausmeister" is unknown; known are "cdo".');
  assert.equal(messages.formatMessage(de.VALIDATION_DE, issue, 'de', de.ISSUE_WORDS_DE), messages.describeIssue(issue, 'de'));
  assert.ok(Object.keys(de).every((name) => name.endsWith('_DE')) && Object.keys(en).every((name) => name.endsWith('_EN')));
});

test('every export of the package has its type declarations and files in dist/', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  for (const [subpath, target] of Object.entries<Record<string, string> | string>(pkg.exports)) {
    if (typeof target === 'string' || subpath.includes('*')) continue;
    assert.ok(readFileSync(target.types, 'utf8').length > 0, `${subpath} types`);
    assert.ok(readFileSync(target.default, 'utf8').length > 0, `${subpath} code`);
  }
  assert.ok(readFileSync('dist/define/kompetenz-rad.d.ts', 'utf8').includes('KompetenzRad'));
  assert.ok(readFileSync('dist/kompetenzrad.min.js', 'utf8').length > 0);
});

test('internal modules are not part of the public API', async () => {
  const internals = ['kompetenzrad/components/gap-matrix/strings.js', 'kompetenzrad/internal/kr-element.js', 'kompetenzrad/domain/validate.js'];
  for (const specifier of internals) {
    await assert.rejects(import(specifier), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' }, specifier);
  }
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const subpaths = Object.keys(pkg.exports);
  assert.ok(!subpaths.some((subpath) => subpath.startsWith('./components/') && subpath.includes('*')), 'no wildcard over components');
  for (const tag of ['kompetenz-rad', 'gap-matrix', 'smart-goal-form', 'lernplan-timeline', 'kompetenz-provider']) {
    assert.ok(subpaths.includes(`./components/${tag}/${tag}.js`), `${tag} class module`);
  }
});

test('the package carries its licence, and its source maps carry the sources they point to (src/ is not shipped)', () => {
  assert.match(readFileSync(new URL('../../LICENSE', import.meta.url), 'utf8'), /^MIT License/);
  const map = JSON.parse(readFileSync(new URL('../../dist/domain/gaps.js.map', import.meta.url), 'utf8')) as { sources: string[]; sourcesContent?: string[] };
  assert.equal(map.sourcesContent?.length, map.sources.length);
  assert.match(map.sourcesContent![0], /export function analyzeGaps/);
});

test('every package a shipped file imports is a dependency, or a peer dependency the user brings (the React types, optional)', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const declared = new Set([pkg.name, ...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies ?? {})]);
  const shipped = [...readdirSync('dist', { recursive: true, encoding: 'utf8' }).map((file) => join('dist', file)), ...readdirSync('types').map((file) => join('types', file))];
  const imported = new Set<string>();
  for (const file of shipped.filter((name) => /\.(js|d\.ts)$/.test(name))) {
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*['"]([^'"./][^'"]*)['"]/g)) {
      const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
      // A declaration file's `react` comes from DefinitelyTyped.
      imported.add(file.endsWith('.d.ts') && name === 'react' ? '@types/react' : name);
    }
  }
  assert.ok(imported.has('lit') && imported.has('@types/react'), [...imported].join(', '));
  assert.deepEqual([...imported].filter((name) => !declared.has(name)), []);
  assert.deepEqual(pkg.peerDependenciesMeta, { '@types/react': { optional: true } });
});

test('packing builds first: dist/ is not in git, so a pack from a fresh clone would ship no code', () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
  assert.equal(manifest.scripts.prepack, manifest.scripts.build);
});

/**
 * TypeScript's older `moduleResolution: "node"` (older Angular setups) ignores `exports`: there the
 * subpaths find their declarations through `typesVersions`, which must map each one to the same
 * file as its `exports` entry (checked by hand with TypeScript 5.6: `node`, `bundler`, `nodenext`).
 */
test('typesVersions gives every subpath export the declarations its exports entry names', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const patterns = Object.entries<string[]>(pkg.typesVersions['*']);
  const viaTypesVersions = (subpath: string): string | undefined => {
    for (const [pattern, [target]] of patterns) {
      const [head, tail = ''] = pattern.split('*');
      if (pattern.includes('*') ? subpath.startsWith(head) && subpath.endsWith(tail) : subpath === pattern) {
        const star = pattern.includes('*') ? subpath.slice(head.length, subpath.length - tail.length) : '';
        // A `.js` specifier finds its `.d.ts` beside it, as TypeScript looks it up.
        return target.replace('*', star).replace(/\.js$/, '.d.ts');
      }
    }
    return undefined;
  };
  for (const [key, target] of Object.entries<Record<string, string> | string>(pkg.exports)) {
    if (key === '.' || typeof target === 'string' || !target.types) continue;
    const subpath = key.slice(2).replace('*', 'kompetenz-rad');
    assert.equal(viaTypesVersions(subpath), target.types.replace('*', 'kompetenz-rad'), `${key}: typesVersions and exports disagree`);
  }
  // Nothing beyond the exports: TypeScript would accept an import that Node and bundlers refuse.
  for (const [pattern] of patterns) assert.ok(`./${pattern}` in pkg.exports, `typesVersions ${pattern} is no export`);
});
