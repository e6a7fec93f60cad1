import { html, type TemplateResult } from 'lit';
import type { TimelineStrings } from '../strings/index.js';

/** What the shapes and patterns of the chart mean. */
export function renderLegend(s: TimelineStrings): TemplateResult {
  return html`<div class="legend" part="legend" role="group" aria-label=${s.legend}>
    <span class="legend-entry"><svg aria-hidden="true" width="28" height="14"><rect class="swatch on" x="1" y="2" width="26" height="10" rx="2"></rect></svg>${s.legendOn}</span>
    <span class="legend-entry"
      ><svg aria-hidden="true" width="28" height="14">
        <rect class="swatch on" x="1" y="2" width="26" height="10" rx="2"></rect>
        <rect class="swatch-hatch" x="1" y="2" width="26" height="10" rx="2" fill="url(#kr-hatch)"></rect></svg
      >${s.legendOff}</span
    >
    <span class="legend-entry"><svg aria-hidden="true" width="28" height="14"><rect class="swatch practice" x="1" y="2" width="26" height="10" rx="2"></rect></svg>${s.legendPractice}</span>
    <span class="legend-entry"><svg aria-hidden="true" width="28" height="14"><rect class="swatch over" x="1" y="2" width="26" height="10" fill="url(#kr-over-hatch)"></rect></svg>${s.legendOver}</span>
    <span class="legend-entry"
      ><svg aria-hidden="true" width="16" height="14"><circle class="swatch-badge" cx="8" cy="7" r="6"></circle><text class="swatch-badge-text" x="8" y="7">!</text></svg
      >${s.legendFinding}</span
    >
  </div>`;
}
