import { formatterFor } from '../../internal/format.js';
import { langOrDefault } from '../../internal/lang.js';
import type { ValidationIssue } from '../errors.js';
import type { SynergyReason } from '../synergy.js';
import type { Lang } from '../types.js';
import { describeIssueIn, describeIssuesIn, type IssueTexts } from './format-message.js';
import { SYNERGY_REASONS_DE } from './synergy.de.js';
import { SYNERGY_REASONS_EN } from './synergy.en.js';
import { render } from './templates.js';
import { ISSUE_TEXTS_DE } from './validation.de.js';
import { ISSUE_TEXTS_EN } from './validation.en.js';

/**
 * `kompetenzrad/domain/messages`: the words for what the domain reports as data. Issues and
 * findings carry a `code`, `params` and (issues) a `path`; a language module
 * (`kompetenzrad/domain/messages/de`, `…/en`) holds one table per family of codes, and the
 * functions here turn a coded message into a sentence. `describeIssue` and `describeFinding`
 * are the one-call way for Node; they load both languages. A page that speaks one language words
 * issues with `describeIssueIn` and that language's `ISSUE_TEXTS_<LANG>`.
 */
export type { MessageParam, MessageParams, ValidationCode, ValidationParams, ValueKind } from '../errors.js';
export type { Coded, Templates } from './templates.js';
export { render } from './templates.js';
/** How `render` writes numbers, dates and lists in a language: `render(reason, SYNERGY_REASONS_EN, formatterFor('en'))`. */
export { formatterFor, type Formatter } from '../../internal/format.js';
export { fieldName, type IssueWords } from './fields.js';
export { describeFinding, describeFormatReason } from './describe-findings.js';
export { describeIssueIn, describeIssuesIn, formatMessage, type CodedMessage, type IssueTexts, type MessageTable } from './format-message.js';

const ISSUE_TEXTS: Readonly<Record<Lang, IssueTexts>> = { de: ISSUE_TEXTS_DE, en: ISSUE_TEXTS_EN };

/** A validation issue as a German or English sentence that names the field ("Person 1, Rolle: Die Rolle „x“ ist unbekannt …"). */
export function describeIssue(issue: ValidationIssue, lang: Lang): string {
  return describeIssueIn(issue, ISSUE_TEXTS[langOrDefault(lang)]);
}

/** The first of `issues` as a sentence, and how many more there are (" (und 2 weitere)"); empty for none. */
export function describeIssues(issues: readonly ValidationIssue[], lang: Lang): string {
  return describeIssuesIn(issues, ISSUE_TEXTS[langOrDefault(lang)]);
}

/** Why people form a synergy group (`findSynergyGroups`), as a German or English sentence. */
export function describeSynergyReason(reason: SynergyReason, lang: Lang): string {
  const language = langOrDefault(lang);
  return render(reason, language === 'en' ? SYNERGY_REASONS_EN : SYNERGY_REASONS_DE, formatterFor(language));
}
