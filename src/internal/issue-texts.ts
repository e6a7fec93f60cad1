import type { ValidationIssue } from '../domain/errors.js';
import { describeIssueIn, describeIssuesIn, issuesAfterFirst, type IssueTexts } from '../domain/messages/format-message.js';
import type { Lang } from '../domain/types.js';
import { developerNote } from './error-reporter.js';
import { setIssueWords } from './issue-words.js';
import { availableTexts, defineStrings } from './localize.js';

/**
 * The words of validation issues, one language module each, loaded with the texts of the
 * elements that import this module (`defineStrings`): a page gets them in its language only.
 */
const ISSUE_TEXTS = defineStrings<IssueTexts>({
  de: async () => (await import('../domain/messages/validation.de.js')).ISSUE_TEXTS_DE,
  en: async () => (await import('../domain/messages/validation.en.js')).ISSUE_TEXTS_EN,
});

/** Before any language is loaded, a code and its path stand for themselves. */
const CODES_ONLY = (lang: Lang): IssueTexts => ({ lang, table: {} as IssueTexts['table'], words: { fields: {}, unnamed: String, entry: String, andMore: () => '' } });

/** A validation issue as a sentence in `lang` that names the field (see `describeIssue` of the domain). */
export function describeIssue(issue: ValidationIssue, lang: Lang): string {
  return describeIssueIn(issue, availableTexts(ISSUE_TEXTS, lang) ?? CODES_ONLY(lang));
}

/** The first of `issues` as a sentence in `lang`, and how many more there are; empty for none. */
export function describeIssues(issues: readonly ValidationIssue[], lang: Lang): string {
  return describeIssuesIn(issues, availableTexts(ISSUE_TEXTS, lang) ?? CODES_ONLY(lang));
}

setIssueWords(describeIssue);

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
