import { test } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error: a plain .mjs script without declarations
import { measureSizes } from '../../scripts/size.mjs';

type Size = { file: string; label: string; budgetKb: number; gzipKb?: number; missing?: boolean; ok: boolean };

test('the self-contained bundles stay within their gzip budgets (npm test builds dist/ first)', (t) => {
  const sizes: Size[] = measureSizes();
  for (const size of sizes) {
    assert.ok(!size.missing, `${size.file} is missing: run npm run build`);
    t.diagnostic(`${size.file}: ${size.gzipKb!.toFixed(1)} KB gzip (budget ${size.budgetKb} KB)`);
    assert.ok(size.ok, `${size.file} (${size.label}) is ${size.gzipKb!.toFixed(1)} KB gzip, over its budget of ${size.budgetKb} KB`);
  }
});
