import type { ValidationIssue } from '../../../domain/errors.js';
import type { Lang } from '../../../domain/types.js';
import type { KrErrorDetail } from '../../../internal/events.js';
import { describeIssues } from '../../../internal/issue-texts.js';

/**
 * The `kr-error` for data refused for `issues`: the message names the first issue's path and words
 * it in `lang` (with how many more there are), after `lead`; its path and parameters come along as data.
 */
export function refusal(code: string, source: string, issues: readonly ValidationIssue[], lang: Lang, lead = ''): KrErrorDetail {
  const first = issues[0];
  if (!first) return { code, source, message: `${lead}invalid data` };
  const detail: KrErrorDetail = { code, source, message: `${lead}${first.path}: ${describeIssues(issues, lang)}`, path: first.path };
  if (first.params) detail.params = first.params;
  return detail;
}
