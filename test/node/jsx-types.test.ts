import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
// @ts-expect-error: a plain .mjs script without declarations
import { REACT_JSX_MODULE, REACT_JSX_MODULE_TEXT, REACT_JSX_TYPES, reactJsxTypes } from '../../scripts/react-jsx-types.mjs';

const FIXTURES = 'test/fixtures/react-jsx';
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

interface CompileError {
  file: string;
  line: number;
  code: string;
  /** The first line and the indented lines that explain it. */
  text: string;
}

/** TypeScript 7 has no JavaScript API: run its `tsc` and read the errors it prints. */
function compileFixtures(): CompileError[] {
  const result = spawnSync('node_modules/.bin/tsc', ['-p', `${FIXTURES}/tsconfig.json`, '--pretty', 'false'], { encoding: 'utf8' });
  assert.equal(result.error, undefined, String(result.error));
  const errors: CompileError[] = [];
  for (const line of result.stdout.split('\n')) {
    const start = /^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/.exec(line);
    if (start) errors.push({ file: start[1], line: Number(start[2]), code: start[3], text: start[4] });
    else if (line.startsWith(' ') && errors.length > 0) errors[errors.length - 1].text += `\n${line.trim()}`;
  }
  assert.ok(result.status === 0 || errors.length > 0, `tsc failed without errors: ${result.stdout}${result.stderr}`);
  // Errors in src/ are the type check's business (npm run lint); here only the fixtures count.
  return errors.filter((error) => error.file.startsWith(`${FIXTURES}/`));
}

/** The marked lines of invalid.tsx: `{/* expect TS2322: text the error contains *\/}`. */
function expectedErrors(): { line: number; code: string; text: string }[] {
  return readFileSync(`${FIXTURES}/invalid.tsx`, 'utf8')
    .split('\n')
    .flatMap((source, index) => {
      const mark = /expect (TS\d+): (.*?) \*\/\}$/.exec(source);
      return mark ? [{ line: index + 1, code: mark[1], text: mark[2] }] : [];
    });
}

test(`${REACT_JSX_TYPES} is what scripts/react-jsx-types.mjs makes of custom-elements.json (npm run analyze)`, () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  assert.equal(readFileSync(REACT_JSX_TYPES, 'utf8'), reactJsxTypes(manifest, pkg.name), `${REACT_JSX_TYPES} is stale: run npm run analyze`);
  assert.equal(readFileSync(REACT_JSX_MODULE, 'utf8'), REACT_JSX_MODULE_TEXT);
  for (const tag of ['kompetenz-provider', 'kompetenz-rad', 'gap-matrix', 'smart-goal-form', 'lernplan-timeline']) {
    assert.match(readFileSync(REACT_JSX_TYPES, 'utf8'), new RegExp(`'${tag}': \\w+Props;`), tag);
  }
});

/** Whether `kompetenzrad/<subpath>` is an export of the package (exactly or through a `*` pattern). */
function isExported(subpath: string): boolean {
  return Object.keys(pkg.exports).some((key) => {
    const [head, tail = ''] = key.split('*');
    return key === `./${subpath}` || (key.includes('*') && `./${subpath}`.startsWith(head) && `./${subpath}`.endsWith(tail));
  });
}

test('the package ships the JSX types as kompetenzrad/react-jsx, and exports every module they import', () => {
  assert.deepEqual(pkg.exports['./react-jsx'], { types: `./${REACT_JSX_TYPES}`, default: `./${REACT_JSX_MODULE}` });
  assert.ok(pkg.files.includes(REACT_JSX_TYPES.split('/')[0]), 'files lists the types folder');
  const imported = [...readFileSync(REACT_JSX_TYPES, 'utf8').matchAll(new RegExp(`^import type \\{ \\w+ \\} from '${pkg.name}/([^']+)';$`, 'gm'))].map((match) => match[1]);
  assert.equal(imported.length, 5);
  for (const subpath of imported) assert.ok(isExported(subpath), `${pkg.name}/${subpath} is not in package.json "exports"`);
});

test('tsc: every element with correct props compiles; each wrong prop fails with its own error', () => {
  const errors = compileFixtures();
  assert.deepEqual(
    errors.filter((error) => error.file.endsWith('/valid.tsx')).map((error) => `${error.line}: ${error.text}`),
    [],
    'valid.tsx must compile',
  );
  const expected = expectedErrors();
  assert.ok(expected.length >= 15, `invalid.tsx marks ${expected.length} errors`);
  const actual = errors.filter((error) => error.file.endsWith('/invalid.tsx'));
  for (const want of expected) {
    const found = actual.filter((error) => error.line === want.line);
    assert.equal(found.length, 1, `invalid.tsx line ${want.line}: expected one ${want.code}, got ${JSON.stringify(found)}`);
    assert.equal(found[0].code, want.code, `invalid.tsx line ${want.line}: ${found[0].text}`);
    assert.ok(found[0].text.includes(want.text), `invalid.tsx line ${want.line}: expected "${want.text}" in\n${found[0].text}`);
  }
  const unexpected = actual.filter((error) => !expected.some((want) => want.line === error.line));
  assert.deepEqual(unexpected, [], 'errors on lines without a mark');
});
