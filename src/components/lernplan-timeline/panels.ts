import { html, nothing, type TemplateResult } from 'lit';
import type { PlanFinding } from '../../domain/plan-checks.js';
import { PLAN_TRANSITIONS } from '../../domain/plan-status.js';
import type { Lang, Plan } from '../../domain/types.js';
import type { LaneMode, Zoom } from './layout.js';
import type { TimelineStrings } from './strings.js';

export type TimelineView = 'chart' | 'list';

export interface ToolbarView {
  s: TimelineStrings;
  plan: Plan | undefined;
  view: TimelineView;
  lanes: LaneMode;
  zoom: Zoom;
  editable: boolean;
  canDraft: boolean;
  canUndo: boolean;
  canDownload: boolean;
  onView: (view: TimelineView) => void;
  onLanes: (lanes: LaneMode) => void;
  onZoom: (zoom: Zoom) => void;
  onAddItem: () => void;
  onAddReview: () => void;
  onPlanStatus: (event: Event) => void;
  onDraft: () => void;
  onUndo: () => void;
  onDownload: () => void;
}

const selected = (event: Event) => (event.target as HTMLSelectElement).value;

/** View, rows, zoom, the editing actions and the calendar download. */
export function renderToolbar(t: ToolbarView): TemplateResult {
  const { s, plan } = t;
  const canEdit = t.editable && plan !== undefined;
  // The statuses the domain allows next; the current one stays selected.
  const nextStatuses = plan ? (PLAN_TRANSITIONS[plan.status] ?? []) : [];
  return html`<div class="toolbar" part="toolbar">
    <div class="group" role="group" aria-label=${s.viewGroup}>
      <button type="button" part="button" aria-pressed=${t.view === 'chart'} @click=${() => t.onView('chart')}>${s.viewChart}</button>
      <button type="button" part="button" aria-pressed=${t.view === 'list'} @click=${() => t.onView('list')}>${s.viewList}</button>
    </div>
    ${t.view === 'chart' && plan
      ? html`<label class="select"
            >${s.lanes}
            <select @change=${(event: Event) => t.onLanes(selected(event) as LaneMode)}>
              <option value="competency" ?selected=${t.lanes === 'competency'}>${s.lanesCompetency}</option>
              <option value="format" ?selected=${t.lanes === 'format'}>${s.lanesFormat}</option>
            </select>
          </label>
          <label class="select"
            >${s.zoom}
            <select @change=${(event: Event) => t.onZoom(selected(event) as Zoom)}>
              <option value="quarter" ?selected=${t.zoom === 'quarter'}>${s.zoomQuarter}</option>
              <option value="year" ?selected=${t.zoom === 'year'}>${s.zoomYear}</option>
              <option value="plan" ?selected=${t.zoom === 'plan'}>${s.zoomPlan}</option>
            </select>
          </label>`
      : nothing}
    ${canEdit
      ? html`<button type="button" part="button" class="add-item" @click=${t.onAddItem}>${s.addItem}</button>
          <button type="button" part="button" class="add-review" @click=${t.onAddReview}>${s.addReview}</button>
          <label class="select"
            >${s.planStatus}
            <select class="plan-status" @change=${t.onPlanStatus}>
              <option value=${plan.status} selected>${s.planStatuses[plan.status]}</option>
              ${nextStatuses.map((status) => html`<option value=${status}>${s.planStatuses[status]}</option>`)}
            </select>
          </label>`
      : nothing}
    ${t.editable && t.canDraft ? html`<button type="button" part="button" class="draft" @click=${t.onDraft}>${plan ? s.redraft : s.draft}</button>` : nothing}
    ${t.editable ? html`<button type="button" part="button" class="undo" ?disabled=${!t.canUndo} @click=${t.onUndo}>${s.undo}</button>` : nothing}
    ${t.canDownload ? html`<button type="button" part="button" class="download" @click=${t.onDownload}>${s.download}</button>` : nothing}
  </div>`;
}

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

/** The domain's findings about the plan; entries of the chart point here with `aria-describedby`. */
export function renderFindings(s: TimelineStrings, lang: Lang, findings: readonly PlanFinding[]): TemplateResult {
  return html`<section class="findings" part="findings" aria-labelledby="findings-title">
    <p id="findings-title" class="findings-title">${s.findingsTitle}</p>
    ${findings.length === 0
      ? html`<p class="no-findings">${s.noFindings}</p>`
      : html`<ul>
          ${findings.map(
            (finding, i) => html`<li id=${`finding-${i}`} class="finding ${finding.severity}" data-code=${finding.code}>
              <span class="severity">${s.severity[finding.severity]}:</span> ${finding.message[lang]}
            </li>`,
          )}
        </ul>`}
  </section>`;
}
