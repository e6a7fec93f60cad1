import { validateCatalogue } from '../../domain/catalogue.js';
import { describeValue, type ValidationIssue } from '../../domain/errors.js';
import { analyzeGaps, type GapAnalysis } from '../../domain/gaps.js';
import { parseProfile } from '../../domain/profile.js';
import type { Catalogue, Profile } from '../../domain/types.js';

/**
 * Turns the wheel's raw inputs (properties, JSON attributes, a light-DOM table, the provider's
 * context) into validated profiles and the domain's gap analysis. Everything invalid is left
 * out and listed as a problem; nothing here throws for bad data.
 */

export type SeriesName = 'target' | 'actual' | 'external' | 'self';

/** A raw series and where it came from (`actual`, `target-role`, `table`, `context` …). */
export interface SeriesInput {
  value: unknown;
  source: string;
}

export interface ModelProblem {
  code: string;
  message: string;
  source: string;
  subject?: string;
}

export interface WheelModel {
  catalogue: Catalogue;
  profiles: Partial<Record<SeriesName, Profile>>;
  analysis: GapAnalysis;
  problems: ModelProblem[];
}

/** The offending key and value of a profile issue, e.g. `daten: 7`. */
function subjectOf(issue: ValidationIssue, source: string, raw: unknown): string | undefined {
  const prefix = `${source}.`;
  if (!issue.path.startsWith(prefix)) return undefined;
  const key = issue.path.slice(prefix.length);
  if (issue.code !== 'level') return key;
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[key] : undefined;
  return `${key}: ${describeValue(value)}`;
}

/** Validates a catalogue given from outside; `undefined` when it is fine. */
export function catalogueProblem(value: unknown, source: string): ModelProblem | undefined {
  const issues = validateCatalogue(value, source);
  if (issues.length === 0) return undefined;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return { code: 'invalid-catalogue', message: `${issues[0].message}${more}`, source };
}

/**
 * `selfIsActual`: without a separate self rating, the actual profile counts as the self rating
 * in the comparison with the external one (a wheel on its own is mostly a self-assessment).
 */
export function buildModel(catalogue: Catalogue, inputs: Partial<Record<SeriesName, SeriesInput>>, selfIsActual = false): WheelModel {
  const problems: ModelProblem[] = [];
  const profiles: Partial<Record<SeriesName, Profile>> = {};
  for (const name of ['target', 'actual', 'external', 'self'] as const) {
    const input = inputs[name];
    if (!input || input.value === undefined || input.value === null) continue;
    const { profile, issues } = parseProfile(input.value, catalogue, input.source);
    profiles[name] = profile;
    for (const issue of issues) {
      const problem: ModelProblem = { code: issue.code, message: issue.message, source: input.source };
      const subject = subjectOf(issue, input.source, input.value);
      if (subject !== undefined) problem.subject = subject;
      problems.push(problem);
    }
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
