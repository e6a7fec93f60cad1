import type { ValidationIssue } from '../domain/errors.js';
import type { Lang } from '../domain/types.js';

type Words = (issue: ValidationIssue, lang: Lang) => string;

let words: Words | undefined;
let loading: Promise<unknown> | undefined;

/**
 * The domain's sentence for a validation issue, once `issue-texts.ts` is on the page (the time
 * line, the goal form and the provider load it with their texts); `undefined` before. Notices
 * word issues of validated data with it; an element without those texts loads them the first
 * time it has such an issue (`loadIssueWords`), so a page without bad data never downloads them.
 */
export function issueWords(issue: ValidationIssue, lang: Lang): string | undefined {
  return words?.(issue, lang);
}

/** Called by `issue-texts.ts` when it is evaluated. */
export function setIssueWords(describe: Words): void {
  words = describe;
}

/** Loads `issue-texts.ts` (once for the page) unless it is there; resolves when it is, or when it could not be loaded. */
export function loadIssueWords(): Promise<unknown> | undefined {
  if (words) return undefined;
  loading ??= import('./issue-texts.js').catch(() => (loading = undefined));
  return loading;
}
