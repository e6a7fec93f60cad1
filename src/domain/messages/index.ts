import { formatterFor, type Formatter } from '../../internal/format.js';
import type { MessageParams, ValidationIssue, ValidationParams } from '../errors.js';
import type { SynergyReason } from '../synergy.js';
import type { Lang } from '../types.js';
import { fieldName, type IssueWords } from './fields.js';
import { SYNERGY_REASONS_DE } from './synergy.de.js';
import { SYNERGY_REASONS_EN } from './synergy.en.js';
import { render, type Templates } from './templates.js';
import { ISSUE_WORDS_DE, VALIDATION_DE } from './validation.de.js';
import { ISSUE_WORDS_EN, VALIDATION_EN } from './validation.en.js';

/**
 * `kompetenzrad/domain/messages`: the words for what the domain reports as data. Issues and
 * findings carry a `code`, `params` and (issues) a `path`; a language module
 * (`kompetenzrad/domain/messages/de`, `…/en`) holds one table per family of codes, and the
 * functions here turn a coded message into a sentence. `describeIssue` and `describeFinding`
 * are the one-call way for Node; they load both languages.
 */
export type { MessageParam, MessageParams, ValidationCode, ValidationParams, ValueKind } from '../errors.js';
export type { Coded, Templates } from './templates.js';
export { render } from './templates.js';
export { fieldName, type IssueWords } from './fields.js';
export { describeFinding, describeFormatReason } from './describe-findings.js';

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

/** German unless English is asked for (a Node caller may pass any text). */
const known = (lang: Lang): Lang => (lang === 'en' ? 'en' : 'de');

const ISSUE_TEXTS: Readonly<Record<Lang, { table: MessageTable<ValidationParams>; words: IssueWords }>> = {
  de: { table: VALIDATION_DE, words: ISSUE_WORDS_DE },
  en: { table: VALIDATION_EN, words: ISSUE_WORDS_EN },
};

/**
 * The sentence for `message` from `table`, with dates and numbers in `lang`. With `words` and a
 * path, the sentence starts with the field it is about ("Person 1, Rolle: …"). A code the table
 * has no text for comes back as the code itself (and its path), so nothing is lost.
 */
export function formatMessage<P>(table: MessageTable<P>, message: CodedMessage, lang: Lang, words?: IssueWords): string {
  const templates = table as Readonly<Record<string, AnyTemplate>>;
  const template = Object.hasOwn(templates, message.code) ? templates[message.code] : undefined;
  if (!template) return message.path === undefined ? message.code : `${message.code} at ${message.path}`;
  const where = words && message.path !== undefined ? fieldName(message.path, words, message.subject) : '';
  const text = template(message.params ?? {}, formatterFor(lang));
  return where === '' ? text : `${where.charAt(0).toUpperCase()}${where.slice(1)}: ${text}`;
}

/** A validation issue as a German or English sentence that names the field ("Person 1, Rolle: Die Rolle „x“ ist unbekannt …"). */
export function describeIssue(issue: ValidationIssue, lang: Lang): string {
  const language = known(lang);
  const { table, words } = ISSUE_TEXTS[language];
  return formatMessage(table, issue, language, words);
}

/** The first of `issues` as a sentence, and how many more there are (" (und 2 weitere)"); empty for none. */
export function describeIssues(issues: readonly ValidationIssue[], lang: Lang): string {
  const first = issues[0];
  if (!first) return '';
  const { words } = ISSUE_TEXTS[known(lang)];
  return issues.length > 1 ? `${describeIssue(first, lang)}${words.andMore(issues.length - 1)}` : describeIssue(first, lang);
}

/** Why people form a synergy group (`findSynergyGroups`), as a German or English sentence. */
export function describeSynergyReason(reason: SynergyReason, lang: Lang): string {
  const language = known(lang);
  return render(reason, language === 'en' ? SYNERGY_REASONS_EN : SYNERGY_REASONS_DE, formatterFor(language));
}
