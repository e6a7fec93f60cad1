import { html, type TemplateResult } from 'lit';
import type { Plan } from '../../../domain/types.js';
import type { TimelineStrings } from '../strings/index.js';
import { question } from './dialog-parts.js';

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
  return question(
    s.cancelPlanTitle,
    s.cancelPlanText(s.planStatuses[d.plan.status]),
    d.error,
    html`<button type="button" part="button" class="danger confirm-cancel" @click=${d.onConfirm}>${s.cancelPlan}</button>
      <button type="button" part="button" class="close" autofocus @click=${d.onClose}>${s.keepPlan}</button>`,
  );
}
