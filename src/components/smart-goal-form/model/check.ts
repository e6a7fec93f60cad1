import { SMART_LETTERS, type SmartCheck, type SmartFinding } from '../../../domain/goals.js';
import { render } from '../../../domain/messages/templates.js';
import type { Lang } from '../../../domain/types.js';
import { formatterFor } from '../../../internal/format.js';
import type { GoalFormStrings } from '../strings/index.js';
import type { FieldKey } from './fields.js';

/** The findings that keep the goal from being saved, in the order of the letters. */
export function problemFindings(check: SmartCheck): SmartFinding[] {
  return SMART_LETTERS.flatMap((letter) => check.criteria[letter].findings.filter((finding) => finding.severity === 'problem'));
}

/** The findings about one field, problems and hints. */
export function findingsAt(check: SmartCheck, field: FieldKey): SmartFinding[] {
  return SMART_LETTERS.flatMap((letter) => check.criteria[letter].findings.filter((finding) => finding.field === field));
}

/** How many of the five criteria do not hold. */
export function openCriteria(check: SmartCheck): number {
  return SMART_LETTERS.filter((letter) => !check.criteria[letter].ok).length;
}

/** What the polite live region says about the check. */
export function checkSummary(check: SmartCheck, strings: GoalFormStrings): string {
  const open = SMART_LETTERS.filter((letter) => !check.criteria[letter].ok);
  return strings.summary(SMART_LETTERS.length - open.length, open.map((letter) => `${letter} (${strings.letterNames[letter]})`));
}

/** The state of the check as announced: the problems of the field just left (`left`) first, then the summary. */
export function checkAnnouncement(check: SmartCheck, left: readonly SmartFinding[], strings: GoalFormStrings, lang: Lang): string {
  const problems = left.filter((finding) => finding.severity === 'problem').map((finding) => findingText(finding, strings, lang));
  return [...problems, checkSummary(check, strings)].join(' ');
}

/** A finding of the SMART check in words of `lang`. */
export function findingText(finding: SmartFinding, strings: GoalFormStrings, lang: Lang): string {
  return render(finding, strings.findings, formatterFor(lang));
}
