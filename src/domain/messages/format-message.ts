import { formatterFor, type Formatter } from '../../internal/format.js';
import type { MessageParams, ValidationIssue, ValidationParams } from '../errors.js';
import type { Lang } from '../types.js';
import { fieldName, type IssueWords } from './fields.js';
import { applyTemplate, type Templates } from './templates.js';

/** One language's texts for a family of codes (`VALIDATION_DE`, `FINDINGS_EN` …), keyed by code. */
export type MessageTable<P> = Templates<P>;

type AnyTemplate = (params: MessageParams, fmt: Formatter) => string;

/** What a table words: a code with its parameters and, for an issue, where it is. */
export interface CodedMessage {
  code: string;
  params?: MessageParams;
  path?: string;
  /** Whose record the path points into (`ValidationIssue.subject`). */
  subject?: string;
}

/**
 * The sentence for `message` from `table`, with dates and numbers in `lang`. With `words` and a
 * path, the sentence starts with the field it is about ("Person 1, Rolle: …"). A code the table
 * has no text for, or whose parameters do not fit its text, comes back as the code itself (and its
 * path), so nothing is lost.
 */
export function formatMessage<P>(table: MessageTable<P>, message: CodedMessage, lang: Lang, words?: IssueWords): string {
  const templates = table as Readonly<Record<string, AnyTemplate>>;
  const template = Object.hasOwn(templates, message.code) ? templates[message.code] : undefined;
  const text = applyTemplate(template, message.params, formatterFor(lang));
  if (text === undefined) return message.path === undefined ? String(message.code) : `${message.code} at ${message.path}`;
  const where = words && message.path !== undefined ? fieldName(message.path, words, message.subject) : '';
  return where === '' ? text : `${where.charAt(0).toUpperCase()}${where.slice(1)}: ${text}`;
}

/** One language's words for validation issues (`ISSUE_TEXTS_DE`, `ISSUE_TEXTS_EN`): what `describeIssueIn` needs. */
export interface IssueTexts {
  readonly lang: Lang;
  readonly table: MessageTable<ValidationParams>;
  readonly words: IssueWords;
}

/** A validation issue as a sentence in the language of `texts` that names the field. */
export function describeIssueIn(issue: ValidationIssue, texts: IssueTexts): string {
  return formatMessage(texts.table, issue, texts.lang, texts.words);
}

/** How many issues there are after the first (a list cut short ends in a `too-many-issues` issue that counts the ones left out). */
export function issuesAfterFirst(issues: readonly ValidationIssue[]): number {
  if (issues.length < 2) return 0;
  const last = issues[issues.length - 1];
  return last.code === 'too-many-issues' && typeof last.params?.more === 'number' ? issues.length - 2 + last.params.more : issues.length - 1;
}

/** The first of `issues` as a sentence in the language of `texts`, and how many more there are; empty for none. */
export function describeIssuesIn(issues: readonly ValidationIssue[], texts: IssueTexts): string {
  const first = issues[0];
  if (!first) return '';
  const more = issuesAfterFirst(issues);
  return more > 0 ? `${describeIssueIn(first, texts)}${texts.words.andMore(more)}` : describeIssueIn(first, texts);
}
