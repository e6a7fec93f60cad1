import type { ValidationIssue } from '../../../domain/errors.js';
import { issuesNote } from '../../../internal/issue-texts.js';
import type { KrErrorDetail } from '../../../internal/events.js';

/**
 * The `kr-error` for data refused for `issues`: its message is `issuesNote(issues, lead)`, the
 * first issue's path and parameters come along as data. The notice words the issues in the page's
 * language itself.
 */
export function refusal(code: string, source: string, issues: readonly ValidationIssue[], lead = ''): KrErrorDetail {
  const first = issues[0];
  const message = issuesNote(issues, lead);
  if (!first) return { code, source, message };
  const detail: KrErrorDetail = { code, source, message, path: first.path };
  if (first.params) detail.params = first.params;
  return detail;
}
