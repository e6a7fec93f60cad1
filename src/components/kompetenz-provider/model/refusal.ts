import type { ValidationIssue } from '../../../domain/errors.js';
import { issuesAfterFirst } from '../../../domain/messages/format-message.js';
import type { KrErrorDetail } from '../../../internal/events.js';
import { developerNote } from '../../../internal/error-reporter.js';

/**
 * The `kr-error` for data refused for `issues`: after `lead`, an English note for developers that
 * names the first issue's path, code and values (and how many more there are), e.g.
 * `$.people[0].roleId: unknown-role (got "koch"); and 2 more`; its path and parameters come along as
 * data. The notice words the issues in the page's language itself.
 */
export function refusal(code: string, source: string, issues: readonly ValidationIssue[], lead = ''): KrErrorDetail {
  const first = issues[0];
  if (!first) return { code, source, message: `${lead}invalid data` };
  const more = issuesAfterFirst(issues);
  // The note of the first issue, named by its path (`$.people[0].roleId: unknown-role (id "koch", …)`).
  const note = developerNote({ code: first.code, source: first.path, ...(first.params ? { params: first.params } : {}) });
  const message = `${lead}${note}${more > 0 ? `; and ${more} more` : ''}`;
  const detail: KrErrorDetail = { code, source, message, path: first.path };
  if (first.params) detail.params = first.params;
  return detail;
}
