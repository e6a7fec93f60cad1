import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The domain returns codes, paths and parameters; every sentence lives in src/domain/messages/.
// Names are data, not sentences: labels written as `text('…', '…')` / `t('…', '…')` (competencies,
// categories, roles, formats) may have several words. Single words (level names, people's names
// in the sample) are never prose.

const LITERAL = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g;
const LETTERS = '[A-Za-zÄÖÜäöüß]';
/** Three words in a row, or a German word with an umlaut next to another word. */
const PROSE = new RegExp(`${LETTERS}+[,;:.]? +${LETTERS}+[,;:.]? +${LETTERS}{2,}|[ÄÖÜäöüß]\\S* +\\S|\\S +\\S*[ÄÖÜäöüß]`);
/** A label in both languages: `text('Vortrag und Workshop', 'Talk and workshop')`. */
const LABEL = /\b(?:text|t)\(\s*('(?:[^'\\]|\\.)*')\s*,\s*('(?:[^'\\]|\\.)*')\s*\)/g;

const PLACEHOLDER = 'Xx';
/** The summary of `KompetenzradError.message` for developers: `unknown-role at $.people[0].roleId (and 2 more)`. */
const ALLOWED = new Set(['Xx at Xx', 'Xx (and Xx more)']);

function sourcesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'messages' ? [] : sourcesOf(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The string literals of a module's code: comments and labels removed, `${…}` parts as a placeholder word. */
export function proseIn(source: string): string[] {
  const code = source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(LABEL, '');
  return [...code.matchAll(LITERAL)]
    .map((match) => match[0].slice(1, -1).replace(/\$\{[^}]*\}/g, PLACEHOLDER))
    .filter((body) => PROSE.test(body) && new RegExp(`${LETTERS}{2,}`).test(body.replaceAll(PLACEHOLDER, '')))
    .filter((body) => !ALLOWED.has(body));
}

test('the domain outside src/domain/messages/ writes no German or English sentence', () => {
  const found = sourcesOf('src/domain').flatMap((file) => proseIn(readFileSync(file, 'utf8')).map((text) => `${file}: ${text}`));
  assert.deepEqual(found, []);
});

test('the prose check finds sentences and lets labels and words through', () => {
  assert.deepEqual(proseIn("const a = `${n} von ${m} Zielen erreicht`;"), ['Xx von Xx Zielen erreicht']);
  assert.deepEqual(proseIn("issues.add(path, 'x', 'is not a competency');"), ['is not a competency']);
  assert.deepEqual(proseIn("const s = { met: 'über Soll' };"), ['über Soll']);
  assert.deepEqual(proseIn("label: text('Vortrag und Workshop', 'Talk and workshop'),"), []);
  assert.deepEqual(proseIn("const names = ['Müller', 'Könner', 'unknown-competency', './plan-ids.js', `${a} ${b} ${c}`];"), []);
  assert.deepEqual(proseIn('// a comment with several words\n/** and a doc comment */ const x = 1;'), []);
});
