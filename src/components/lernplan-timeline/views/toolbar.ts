import { html, nothing, type TemplateResult } from 'lit';
import { PLAN_TRANSITIONS } from '../../../domain/plan-status.js';
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
  /** Moves the plan to a status; `false` when that was refused (the choice then goes back). */
  onPlanStatus: (status: PlanStatus) => boolean;
  /** Drafts a plan; with a plan shown it asks first, and focus returns to the button the event came from. */
  onDraft: (event: Event) => void;
  onUndo: () => void;
  onDownload: () => void;
}

const selected = (event: Event) => (event.target as HTMLSelectElement).value;

function planStatus(event: Event, plan: Plan, t: ToolbarView): void {
  const select = event.target as HTMLSelectElement;
  if (select.value !== plan.status && !t.onPlanStatus(select.value as PlanStatus)) select.value = plan.status;
}

/** View, rows, zoom, the editing actions and the calendar download. */
export function renderToolbar(t: ToolbarView): TemplateResult {
  const { s, plan } = t;
  const canEdit = t.editable && plan !== undefined;
  // The statuses the domain allows next; the current one stays selected.
  const nextStatuses = plan ? (PLAN_TRANSITIONS[plan.status] ?? []) : [];
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
    ${canEdit
      ? html`<button type="button" part="button" class="add-item" @click=${t.onAddItem}>${s.addItem}</button>
          <button type="button" part="button" class="add-review" @click=${t.onAddReview}>${s.addReview}</button>
          <label class="select"
            >${s.planStatus}
            <select class="plan-status" @change=${(event: Event) => planStatus(event, plan, t)}>
              <option value=${plan.status} selected>${s.planStatuses[plan.status]}</option>
              ${nextStatuses.map((status) => html`<option value=${status}>${s.planStatuses[status]}</option>`)}
            </select>
          </label>`
      : nothing}
    ${t.editable && t.canDraft ? html`<button type="button" part="button" class="draft" aria-haspopup=${plan ? 'dialog' : nothing} @click=${t.onDraft}>${plan ? s.redraft : s.draft}</button>` : nothing}
    ${t.editable ? html`<button type="button" part="button" class="undo" ?disabled=${!t.canUndo} @click=${t.onUndo}>${s.undo}</button>` : nothing}
    ${t.canDownload ? html`<button type="button" part="button" class="download" @click=${t.onDownload}>${s.download}</button>` : nothing}
  </div>`;
}
