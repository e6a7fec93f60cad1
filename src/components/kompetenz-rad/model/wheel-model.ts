import { analyzeGaps, type GapAnalysis } from '../../../domain/gaps.js';
import type { Catalogue, Profile } from '../../../domain/types.js';
import { readProfileInput, type InputProblem } from '../../../internal/inputs.js';

/**
 * Turns the wheel's chosen inputs (see `series-sources.ts`) into validated profiles and the
 * domain's gap analysis. Everything invalid is left out and listed as a problem; nothing here
 * throws for bad data.
 */

export type SeriesName = 'target' | 'actual' | 'external' | 'self';

/** A raw series and where it came from (`actual`, `target-role`, `table`, `context` …). */
export interface SeriesInput {
  value: unknown;
  source: string;
}

export interface WheelModel {
  catalogue: Catalogue;
  profiles: Partial<Record<SeriesName, Profile>>;
  analysis: GapAnalysis;
  problems: InputProblem[];
}

/**
 * `selfIsActual`: without a separate self rating, the actual profile counts as the self rating
 * in the comparison with the external one (a wheel on its own is mostly a self-assessment).
 */
export function buildModel(catalogue: Catalogue, inputs: Partial<Record<SeriesName, SeriesInput>>, selfIsActual = false): WheelModel {
  const problems: InputProblem[] = [];
  const profiles: Partial<Record<SeriesName, Profile>> = {};
  for (const name of ['target', 'actual', 'external', 'self'] as const) {
    const input = inputs[name];
    if (!input || input.value === undefined || input.value === null) continue;
    profiles[name] = readProfileInput(input.value, catalogue, input.source, problems);
  }
  if (selfIsActual && !profiles.self && profiles.actual) profiles.self = profiles.actual;
  const analysis = analyzeGaps({
    catalogue,
    target: profiles.target ?? {},
    actual: profiles.actual ?? {},
    ...(profiles.self ? { self: profiles.self } : {}),
    ...(profiles.external ? { external: profiles.external } : {}),
  });
  return { catalogue, profiles, analysis, problems };
}
