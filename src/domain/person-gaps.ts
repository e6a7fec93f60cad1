import { currentProfile, type ActualRule, type CurrentProfile } from './assessments.js';
import { analyzeGaps, type GapAnalysis } from './gaps.js';
import type { Assessment, Catalogue, IsoDate, PersonId, Profile } from './types.js';

export interface PersonGapsInput {
  catalogue: Catalogue;
  /** The person's target profile, usually their role's. */
  target: Profile;
  assessments: readonly Assessment[];
  personId: PersonId;
  /** How the actual level is taken from the ratings (default `external-first`). */
  rule?: ActualRule;
  /** For stale ratings; without it nothing counts as stale. */
  today?: IsoDate;
}

/**
 * A person's gaps from their assessments: the current profile by `rule`, compared with the
 * target, with self and external ratings and their dates (so blind spots and stale ratings show).
 */
export function analyzePersonGaps({ catalogue, target, assessments, personId, rule = 'external-first', today }: PersonGapsInput): {
  current: CurrentProfile;
  analysis: GapAnalysis;
} {
  const current = currentProfile(assessments, personId, rule);
  const analysis = analyzeGaps({
    catalogue,
    target,
    actual: current.profile,
    self: current.self,
    external: current.external,
    assessedAt: current.assessedAt,
    ...(today !== undefined ? { today } : {}),
  });
  return { current, analysis };
}
