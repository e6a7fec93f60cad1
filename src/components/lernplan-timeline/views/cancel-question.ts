import { html, type TemplateResult } from 'lit';
import type { Plan } from '../../../domain/types.js';
import type { TimelineStrings } from '../strings/index.js';
import { errorLine } from './dialog-parts.js';

export interface CancelQuestionView {
  s: TimelineStrings;
  plan: Plan;
  /** A refused change, shown in the dialog. */
  error: string | undefined;
  onConfirm: () => void;
  onClose: () => void;
}

/** The question before the plan is cancelled: what that means, the action and, focused first, the way out. */
export function renderCancelQuestion(d: CancelQuestionView): TemplateResult {
  const { s } = d;
  return html`<h2 id="dialog-title" class="dialog-title">${s.cancelPlanTitle}</h2>
    <p id="dialog-text" class="dialog-text">${s.cancelPlanText(s.planStatuses[d.plan.status])}</p>
    ${errorLine(d.error)}
    <div class="dialog-actions">
      <button type="button" part="button" class="danger confirm-cancel" @click=${d.onConfirm}>${s.cancelPlan}</button>
      <button type="button" part="button" class="close" autofocus @click=${d.onClose}>${s.keepPlan}</button>
    </div>`;
}
