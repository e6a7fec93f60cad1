import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue.ts';
import { DEFAULT_ROLES } from '../../src/domain/roles.ts';
// @ts-expect-error: a plain script of the build, without type declarations
import { measureSizes } from '../../scripts/size.mjs';

// `npm test` builds dist/ first. The figures are printed by `npm run size` as well.

interface Size {
  file: string;
  label: string;
  budgetKb: number;
  gzipKb: number;
  missing?: boolean;
}

const sizes: Size[] = measureSizes();
const wheel = readFileSync('dist/bundles/kompetenz-rad.min.js', 'utf8');

/**
 * The budgets are not met yet (issue 10: 45 KB for everything, 20 KB for the wheel
 * with lit). They run as `todo`: reported on every run, not counted as failures, and they pass
 * on their own once a bundle fits.
 */
for (const size of sizes) {
  test(`${size.file} (${size.label}) is at most ${size.budgetKb} KB gzip`, { todo: 'budget of issue 10, not met yet' }, () => {
    assert.ok(!size.missing, `${size.file} was not built`);
    assert.ok(size.gzipKb <= size.budgetKb, `${size.gzipKb.toFixed(1)} KB gzip, budget ${size.budgetKb} KB`);
  });
}

/** What the bundles weigh now, plus a little room: a change that adds more has to say why. */
const CEILINGS_KB: Record<string, number> = {
  'dist/kompetenzrad.min.js': 118,
  'dist/bundles/kompetenz-rad.min.js': 29.5,
};

test('the bundles do not grow past their current ceilings', () => {
  for (const size of sizes) {
    assert.ok(!size.missing, `${size.file} was not built`);
    const ceiling = CEILINGS_KB[size.file];
    assert.ok(ceiling !== undefined, `no ceiling for ${size.file}`);
    assert.ok(size.gzipKb <= ceiling, `${size.file}: ${size.gzipKb.toFixed(1)} KB gzip, ceiling ${ceiling} KB`);
  }
});

test('the wheel alone loads neither the catalogue descriptions nor the role tasks', () => {
  const descriptions = DEFAULT_CATALOGUE.competencies.flatMap((competency) => [competency.description?.de, competency.description?.en]);
  const tasks = DEFAULT_ROLES.flatMap((role) => (role.tasks ?? []).flatMap((task) => [task.de, task.en]));
  for (const text of [...descriptions, ...tasks]) {
    assert.ok(text, 'the default data has the text');
    assert.equal(wheel.includes(text.slice(0, 40)), false, `the wheel bundle contains "${text.slice(0, 40)}…"`);
  }
  const everything = readFileSync('dist/kompetenzrad.min.js', 'utf8');
  assert.ok(everything.includes(descriptions[0]!.slice(0, 40)), 'the whole bundle has them');
});

test('the wheel draws its paths itself: no d3-shape in the bundle', () => {
  // d3-shape's path builder and its arc generator's corner code leave these names and messages.
  for (const marker of ['invalid digits', 'cornerRadius', 'padRadius']) {
    assert.equal(wheel.includes(marker), false, `found "${marker}"`);
  }
});
