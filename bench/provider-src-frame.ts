/**
 * Loaded by provider-src-cold.bench.ts in a fresh browser context per sample: the scripts of the
 * provider and the matrix are loaded from `src/` (one module per file), nothing else has happened.
 * What `krFirst()` measures: see provider-first-rows.ts.
 */
import '../src/define/gap-matrix.js';
import '../src/define/kompetenz-provider.js';
import { installKrFirst } from './provider-first-rows.js';

installKrFirst();
