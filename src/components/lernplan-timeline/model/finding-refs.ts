import type { PlanFinding } from '../../../domain/plan-checks.js';

/** The findings' element ids (`finding-<n>`) per thing they are about, for `aria-describedby` and the "!" badges. */
export interface FindingRefs {
  items: ReadonlyMap<string, string[]>;
  reviews: ReadonlyMap<string, string[]>;
  goals: ReadonlyMap<string, string[]>;
  months: ReadonlyMap<string, string[]>;
}

/** The id of the n-th finding in the findings list. */
export const findingId = (index: number): string => `finding-${index}`;

/** Which findings are about which item, review, goal (without an item) and month (over capacity). */
export function findingRefs(findings: readonly PlanFinding[]): FindingRefs {
  const items = new Map<string, string[]>();
  const reviews = new Map<string, string[]>();
  const goals = new Map<string, string[]>();
  const months = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string | undefined, id: string) => {
    if (key === undefined) return;
    map.set(key, [...(map.get(key) ?? []), id]);
  };
  findings.forEach((finding, i) => {
    const id = findingId(i);
    add(items, finding.itemId, id);
    add(items, finding.otherItemId, id);
    add(reviews, finding.reviewId, id);
    if (finding.itemId === undefined) add(goals, finding.goalId, id);
    if (finding.code === 'over-capacity') add(months, finding.month, id);
  });
  return { items, reviews, goals, months };
}

/** The findings about an item (also as the other item of a pair). */
export const itemFindings = (findings: readonly PlanFinding[], itemId: string): PlanFinding[] =>
  findings.filter((finding) => finding.itemId === itemId || finding.otherItemId === itemId);

/** The findings about a review. */
export const reviewFindings = (findings: readonly PlanFinding[], reviewId: string): PlanFinding[] => findings.filter((finding) => finding.reviewId === reviewId);

/** The findings about a goal itself (not about one of its items). */
export const goalFindings = (findings: readonly PlanFinding[], goalId: string): PlanFinding[] =>
  findings.filter((finding) => finding.goalId === goalId && finding.itemId === undefined);
