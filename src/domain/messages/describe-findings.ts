import type { FormatReason } from '../formats.js';
import type { Lang } from '../types.js';
import { formatterFor } from '../../internal/format.js';
import { langOrDefault } from '../../internal/lang.js';
import { FINDINGS_DE } from './findings.de.js';
import { FINDINGS_EN } from './findings.en.js';
import type { Finding } from './findings.js';
import { FORMAT_REASONS_DE } from './format-reasons.de.js';
import { FORMAT_REASONS_EN } from './format-reasons.en.js';
import { render } from './templates.js';

// One call for Node users; these load both languages. Elements render with one table (`render`).
// A Node caller may pass any text: `en-US` is English, a language not spoken German.

/** A finding of the SMART check or the plan check as a German or English sentence. */
export function describeFinding(finding: Finding, lang: Lang): string {
  const language = langOrDefault(lang);
  return render(finding, language === 'de' ? FINDINGS_DE : FINDINGS_EN, formatterFor(language));
}

/** Why a format is recommended (`recommendFormats`, `suggestGroupFormat`), as a German or English sentence. */
export function describeFormatReason(reason: FormatReason, lang: Lang): string {
  const language = langOrDefault(lang);
  return render(reason, language === 'de' ? FORMAT_REASONS_DE : FORMAT_REASONS_EN, formatterFor(language));
}
