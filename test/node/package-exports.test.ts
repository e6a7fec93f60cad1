import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

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
