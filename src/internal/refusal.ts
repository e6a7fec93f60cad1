import type { ValidationIssue } from '../domain/errors.js';
import { issuesAfterFirst } from '../domain/messages/issue-count.js';
import { developerNote } from './error-reporter.js';
import type { KrErrorDetail } from './events.js';

/**
 * The English note for developers about `issues` (`kr-error`'s `message`): after `lead`, the first
 * issue's path, code and values, and how many more there are, e.g.
 * `$.people[0].roleId: unknown-role (id "koch"); and 2 more`. Every element words data it refuses
 * as a whole this way, whatever the page's language; its notice words the issues itself.
 */
export function issuesNote(issues: readonly ValidationIssue[], lead = ''): string {
  const first = issues[0];
  if (!first) return `${lead}invalid data`;
  const more = issuesAfterFirst(issues);
  // The note of the first issue, named by its path (`$.people[0].roleId: unknown-role (id "koch", …)`).
  const note = developerNote({ code: first.code, source: first.path, ...(first.params ? { params: first.params } : {}) });
  return `${lead}${note}${more > 0 ? `; and ${more} more` : ''}`;
}

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
