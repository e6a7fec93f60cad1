import { currentProfile, type ActualRule } from './current-profile.js';
import { indexCatalogue, refreshDueDate } from './catalogue.js';
import { isIsoDate } from './dates.js';
import { got, issue, KompetenzradError } from './errors.js';
import type { Assessment, Catalogue, CompetencyId, IsoDate, PersonId } from './types.js';

// Re-exported by assessments.ts; a module of its own so that a page whose elements list no refresh dates (the wheel) loads none of it.

export interface RefreshDue {
  competencyId: CompetencyId;
  /** The date of the rating in use (chosen by the same rule as `currentProfile`). */
  lastAssessed: IsoDate;
  /** From this date on the rating counts as stale (`lastAssessed` + the competency's `refreshMonths`). */
  dueSince: IsoDate;
}

/**
 * Competencies with a refresh interval whose rating in use is at least `refreshMonths` old on
 * `today`, in wheel order. "In use" follows `rule`, as in `currentProfile`, so this agrees with
 * the `stale` flag of `analyzeGaps` fed from `currentProfile(…).assessedAt`. Competencies never
 * rated are not listed.
 */
export function dueForRefresh(
  catalogue: Catalogue,
  assessments: readonly Assessment[],
  personId: PersonId,
  today: IsoDate,
  rule: ActualRule = 'external-first',
): RefreshDue[] {
  const index = indexCatalogue(catalogue);
  if (!isIsoDate(today)) {
    throw new KompetenzradError([issue('$.today', 'date', got(today))]);
  }
  const { assessedAt } = currentProfile(assessments, personId, rule);
  const due: RefreshDue[] = [];
  for (const competency of index.catalogue.competencies) {
    const last = Object.hasOwn(assessedAt, competency.id) ? assessedAt[competency.id] : undefined;
    const dueSince = last === undefined ? undefined : refreshDueDate(competency, last);
    if (last !== undefined && dueSince !== undefined && dueSince <= today) due.push({ competencyId: competency.id, lastAssessed: last, dueSince });
  }
  return due;
}
