import { html, nothing, type TemplateResult } from 'lit';
import { render } from '../../../domain/messages/templates.js';
import type { PlanFinding } from '../../../domain/plan-checks.js';
import type { Lang } from '../../../domain/types.js';
import { formatterFor } from '../../../internal/format.js';
import { findingId } from '../model/finding-refs.js';
import type { TimelineStrings } from '../strings/index.js';

/** Texts already worded, per dictionary and finding (by content): an edit re-checks the plan, and most findings come back the same. */
const worded = new WeakMap<TimelineStrings, Map<string, string>>();
const wordedAs = new WeakMap<PlanFinding, { s: TimelineStrings; text: string }>();

/** A finding of the plan check in words of `lang`. */
export function findingText(finding: PlanFinding, s: TimelineStrings, lang: Lang): string {
  const known = wordedAs.get(finding);
  if (known?.s === s) return known.text;
  let texts = worded.get(s);
  if (!texts || texts.size > 5000) worded.set(s, (texts = new Map()));
  const key = `${lang}|${JSON.stringify(finding)}`;
  let text = texts.get(key);
  if (text === undefined) {
    text = render(finding, s.findings, formatterFor(lang));
    texts.set(key, text);
  }
  wordedAs.set(finding, { s, text });
  return text;
}

/** "Problem: …" / "Hinweis: …". */
export function findingLine(finding: PlanFinding, s: TimelineStrings, lang: Lang): TemplateResult {
  return html`<span class="severity">${s.severity[finding.severity]}:</span> ${findingText(finding, s, lang)}`;
}

/** The findings about one entry, in its details. */
export function findingNotes(findings: readonly PlanFinding[], s: TimelineStrings, lang: Lang): TemplateResult | typeof nothing {
  if (findings.length === 0) return nothing;
  return html`<ul class="dialog-findings">
    ${findings.map((finding) => html`<li class=${finding.severity}>${findingLine(finding, s, lang)}</li>`)}
  </ul>`;
}

/** More findings than this make a long list. */
const LONG_LIST = 20;

/** The domain's findings about the plan; entries of the chart point here with `aria-describedby`. */
export function renderFindings(s: TimelineStrings, lang: Lang, findings: readonly PlanFinding[]): TemplateResult {
  // A long list is laid out only once it comes into view (see the styles): 168 findings cost more than the chart.
  return html`<section class="findings ${findings.length > LONG_LIST ? 'long' : ''}" part="findings" aria-labelledby="findings-title">
    <p id="findings-title" class="findings-title">${s.findingsTitle}</p>
    ${findings.length === 0
      ? html`<p class="no-findings">${s.noFindings}</p>`
      : html`<ul>
          ${findings.map(
            // One template per finding, not two (as findingLine inside an <li> would be): a plan may have hundreds.
            (finding, i) =>
              html`<li id=${findingId(i)} class="finding ${finding.severity}" data-code=${finding.code}><span class="severity">${s.severity[finding.severity]}:</span> ${findingText(finding, s, lang)}</li>`,
          )}
        </ul>`}
  </section>`;
}
