import type { ValidationIssue } from '../errors.js';

/** How many issues there are after the first (a list cut short ends in a `too-many-issues` issue that counts the ones left out). */
export function issuesAfterFirst(issues: readonly ValidationIssue[]): number {
  if (issues.length < 2) return 0;
  const last = issues[issues.length - 1];
  return last.code === 'too-many-issues' && typeof last.params?.more === 'number' ? issues.length - 2 + last.params.more : issues.length - 1;
}
