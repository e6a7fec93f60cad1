import { html, nothing, type TemplateResult } from 'lit';
import { render } from '../../../domain/messages/templates.js';
import type { PlanFinding } from '../../../domain/plan-checks.js';
import type { Lang } from '../../../domain/types.js';
import { formatterFor } from '../../../internal/format.js';
import { findingId } from '../model/finding-refs.js';
import type { TimelineStrings } from '../strings/index.js';

/** A finding of the plan check in words of `lang`. */
export function findingText(finding: PlanFinding, s: TimelineStrings, lang: Lang): string {
  return render(finding, s.findings, formatterFor(lang));
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

/** The domain's findings about the plan; entries of the chart point here with `aria-describedby`. */
export function renderFindings(s: TimelineStrings, lang: Lang, findings: readonly PlanFinding[]): TemplateResult {
  return html`<section class="findings" part="findings" aria-labelledby="findings-title">
    <p id="findings-title" class="findings-title">${s.findingsTitle}</p>
    ${findings.length === 0
      ? html`<p class="no-findings">${s.noFindings}</p>`
      : html`<ul>
          ${findings.map((finding, i) => html`<li id=${findingId(i)} class="finding ${finding.severity}" data-code=${finding.code}>${findingLine(finding, s, lang)}</li>`)}
        </ul>`}
  </section>`;
}
