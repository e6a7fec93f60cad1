import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: a plain .mjs script without declarations
import { findViolations } from '../../scripts/check-house-rules.mjs';

test('src/ has no unsafe HTML, eval, bound styles, and src/domain is pure', () => {
  assert.deepEqual(findViolations('.'), []);
});

test('the check catches each forbidden construct', () => {
  const root = mkdtempSync(join(tmpdir(), 'kr-rules-'));
  mkdirSync(join(root, 'src/domain'), { recursive: true });
  writeFileSync(
    join(root, 'src/bad.ts'),
    ['x.innerHTML = s;', 'html`${unsafeHTML(s)}`;', 'eval(s);', 'new Function(s);', 'html`<p style=${s}>`;', 'styleMap({})'].join('\n'),
  );
  writeFileSync(join(root, 'src/domain/impure.ts'), "import { html } from 'lit';\nwindow.alert(1);\nlocalStorage.x = 1;\n");
  const found: string[] = findViolations(root);
  assert.equal(found.filter((v) => v.includes('bad.ts')).length, 6);
  assert.equal(found.filter((v) => v.includes('impure.ts')).length, 3);
});
