import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

test('the domain example in the README runs as printed', async () => {
  const readme = readFileSync('README.md', 'utf8');
  const block = /<!-- readme-example: domain[^>]*-->\s*```js\n([\s\S]*?)```/.exec(readme);
  assert.ok(block, 'README has the domain example');
  const source = block[1].replace("'kompetenzrad/domain'", JSON.stringify(pathToFileURL(resolve('src/domain/index.js')).href));
  const file = join(mkdtempSync(join(tmpdir(), 'kr-readme-')), 'example.mjs');
  writeFileSync(file, source);
  const logged: unknown[][] = [];
  const original = console.log;
  console.log = (...args: unknown[]) => logged.push(args);
  try {
    await import(pathToFileURL(file).href);
  } finally {
    console.log = original;
  }
  assert.equal(logged.length, 4);
  assert.equal(typeof logged[0][0], 'number');
  assert.deepEqual(logged[2][0], [], 'the README says the check is empty');
});

test('the README lists every competency id of the built-in catalogue with its German name', async () => {
  const { DEFAULT_CATALOGUE } = await import('../../src/domain/catalogue.ts');
  const block = /<summary>The 25 competency ids[^<]*<\/summary>([\s\S]*?)<\/details>/.exec(readFileSync('README.md', 'utf8'));
  assert.ok(block, 'README has the list of competency ids');
  const listed = [...block[1].matchAll(/`([a-z-]+)` ([^·|\n]+?)(?= ·| \|)/g)].map(([, id, name]) => [id, name.trim()]);
  assert.deepEqual(listed, DEFAULT_CATALOGUE.competencies.map((competency) => [competency.id, competency.label.de]));
});
