// `npm run size`: gzip sizes of the self-contained bundles against their budgets (run after the build).
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const SIZE_BUDGETS = [
  { file: 'dist/kompetenzrad.min.js', label: 'everything (lit and d3 included)', budgetKb: 45 },
  { file: 'dist/bundles/kompetenz-rad.min.js', label: 'the wheel alone, with lit', budgetKb: 20 },
];

/** Gzip size in KB (1 KB = 1024 bytes) of each budgeted bundle, and whether it is within budget. */
export function measureSizes() {
  return SIZE_BUDGETS.map(({ file, label, budgetKb }) => {
    if (!existsSync(file)) return { file, label, budgetKb, missing: true, ok: false };
    const raw = readFileSync(file);
    const gzipKb = gzipSync(raw, { level: 9 }).length / 1024;
    return { file, label, budgetKb, rawKb: raw.length / 1024, gzipKb, ok: gzipKb <= budgetKb };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = measureSizes();
  for (const size of sizes) {
    if (size.missing) console.log(`${size.file}: missing (run npm run build first)`);
    else console.log(`${size.file} (${size.label}): ${size.rawKb.toFixed(1)} KB min, ${size.gzipKb.toFixed(1)} KB gzip, budget ${size.budgetKb} KB gzip: ${size.ok ? 'within' : 'OVER'}`);
  }
  process.exit(sizes.every((size) => size.ok) ? 0 : 1);
}
