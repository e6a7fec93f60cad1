import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { isFinalPlanStatus, PLAN_TRANSITIONS } from '../../../domain/plan-status.js';
import type { Plan, PlanStatus } from '../../../domain/types.js';
import type { LaneMode, TimelineView, Zoom } from '../model/layout.js';
import type { TimelineStrings } from '../strings/index.js';

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
  /** A new view, rows or zoom chosen. */
  onChange: (change: { view: TimelineView } | { lanes: LaneMode } | { zoom: Zoom }) => void;
  onAddItem: () => void;
  onAddReview: () => void;
  /** The status the plan status field shows: the plan's own, or the one picked there and not yet applied. */
  planStatus: PlanStatus | undefined;
  /** Picks a status in the field (nothing changes yet). */
  onPickStatus: (status: PlanStatus) => void;
  /** The button that applies the picked status (cancelling asks first; focus returns to the button). */
  onApplyStatus: (event: Event) => void;
  /** Drafts a plan; with a plan shown it asks first, and focus returns to the button the event came from. */
  onDraft: (event: Event) => void;
  onUndo: () => void;
  onDownload: () => void;
}

const selected = (event: Event) => (event.target as HTMLSelectElement).value;

/**
 * The plan status: the select only picks (arrow keys on a closed select change its value at once,
 * WCAG 3.2.2), the button applies. The options are set by property, so the field shows the status
 * after every change, not the option that was chosen in the same place before. The button stays
 * focusable when there is nothing to apply (`aria-disabled`, its press ignored).
 */
function planStatusField(t: ToolbarView, plan: Plan): TemplateResult {
  const { s } = t;
  // A plan on record has no status to move on to: its status is said, not offered as a field (focus comes to it when the field goes).
  if (isFinalPlanStatus(plan.status)) return html`<span class="plan-status-final" tabindex="-1">${s.planStatus}: ${s.planStatuses[plan.status]}</span>`;
  const shown = t.planStatus ?? plan.status;
  const statuses = [plan.status, ...(PLAN_TRANSITIONS[plan.status] ?? [])];
  const idle = shown === plan.status;
  return html`<label class="select"
      >${s.planStatus}
      <select class="plan-status" @change=${(event: Event) => t.onPickStatus(selected(event) as PlanStatus)}>
        ${statuses.map((status) => html`<option value=${status} .selected=${live(status === shown)}>${s.planStatuses[status]}</option>`)}
      </select>
    </label>
    <button type="button" part="button" class="apply-status" aria-disabled=${idle ? 'true' : 'false'} aria-haspopup=${isFinalPlanStatus(shown) ? 'dialog' : nothing} @click=${(event: Event) => idle || t.onApplyStatus(event)}>${s.applyStatus}</button>`;
}

/** View, rows, zoom, the editing actions and the calendar download. */
export function renderToolbar(t: ToolbarView): TemplateResult {
  const { s, plan } = t;
  const canEdit = t.editable && plan !== undefined;
  return html`<div class="toolbar" part="toolbar">
    <div class="group" role="group" aria-label=${s.viewGroup}>
      <button type="button" part="button" aria-pressed=${t.view === 'chart'} @click=${() => t.onChange({ view: 'chart' })}>${s.viewChart}</button>
      <button type="button" part="button" aria-pressed=${t.view === 'list'} @click=${() => t.onChange({ view: 'list' })}>${s.viewList}</button>
    </div>
    ${t.view === 'chart' && plan
      ? html`<label class="select"
            >${s.lanes}
            <select @change=${(event: Event) => t.onChange({ lanes: selected(event) as LaneMode })}>
              <option value="competency" ?selected=${t.lanes === 'competency'}>${s.lanesCompetency}</option>
              <option value="format" ?selected=${t.lanes === 'format'}>${s.lanesFormat}</option>
            </select>
          </label>
          <label class="select"
            >${s.zoom}
            <select @change=${(event: Event) => t.onChange({ zoom: selected(event) as Zoom })}>
              <option value="quarter" ?selected=${t.zoom === 'quarter'}>${s.zoomQuarter}</option>
              <option value="year" ?selected=${t.zoom === 'year'}>${s.zoomYear}</option>
              <option value="plan" ?selected=${t.zoom === 'plan'}>${s.zoomPlan}</option>
            </select>
          </label>`
      : nothing}
    ${canEdit && !isFinalPlanStatus(plan.status)
      ? html`<button type="button" part="button" class="add-item" @click=${t.onAddItem}>${s.addItem}</button>
          <button type="button" part="button" class="add-review" @click=${t.onAddReview}>${s.addReview}</button>`
      : nothing}
    ${canEdit ? planStatusField(t, plan) : nothing}
    ${t.editable && t.canDraft ? html`<button type="button" part="button" class="draft" aria-haspopup=${plan ? 'dialog' : nothing} @click=${t.onDraft}>${plan ? s.redraft : s.draft}</button>` : nothing}
    ${t.editable ? html`<button type="button" part="button" class="undo" aria-disabled=${t.canUndo ? 'false' : 'true'} @click=${() => t.canUndo && t.onUndo()}>${s.undo}</button>` : nothing}
    ${t.canDownload ? html`<button type="button" part="button" class="download" @click=${t.onDownload}>${s.download}</button>` : nothing}
  </div>`;
}
