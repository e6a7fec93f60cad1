import { html, type TemplateResult } from 'lit';
import type { Plan, PlanStatus } from '../../../domain/types.js';
import type { TimelineStrings } from '../strings/index.js';
import { question } from './dialog-parts.js';

export interface FinalStatusQuestionView {
  s: TimelineStrings;
  plan: Plan;
  /** The final status asked about (`completed` or `cancelled`). */
  status: PlanStatus;
  /** A refused change, shown in the dialog. */
  error: string | undefined;
  onConfirm: (status: PlanStatus) => void;
  onClose: () => void;
}

/** The question before the plan is completed or cancelled: what that means, the action and, focused first, the way out. */
export function renderFinalStatusQuestion(d: FinalStatusQuestionView): TemplateResult {
  const { s } = d;
  const text = d.status === 'cancelled' ? s.cancelPlanQuestion : s.completePlanQuestion;
  return question(
    text.title,
    text.text(s.planStatuses[d.plan.status]),
    d.error,
    html`<button type="button" part="button" class=${`confirm-status${d.status === 'cancelled' ? ' danger' : ''}`} @click=${() => d.onConfirm(d.status)}>${text.action}</button>
      <button type="button" part="button" class="close" autofocus @click=${d.onClose}>${s.keepPlan}</button>`,
  );
}
