import { html, type TemplateResult } from 'lit';
import type { Plan } from '../../../domain/types.js';
import type { TimelineStrings } from '../strings/index.js';
import { question } from './dialog-parts.js';

export interface CancelPlanQuestionView {
  s: TimelineStrings;
  plan: Plan;
  /** A refused change, shown in the dialog. */
  error: string | undefined;
  onConfirm: () => void;
  onClose: () => void;
}

/** The question before the plan is cancelled: what that means, the action and, focused first, the way out. (Completing it records its final review: `final-review-form.ts`.) */
export function renderCancelPlanQuestion(d: CancelPlanQuestionView): TemplateResult {
  const { s } = d;
  const text = s.cancelPlanQuestion;
  return question(
    text.title,
    text.text(s.planStatuses[d.plan.status]),
    d.error,
    html`<button type="button" part="button" class="confirm-status danger" @click=${d.onConfirm}>${text.action}</button>
      <button type="button" part="button" class="close" autofocus @click=${d.onClose}>${s.keepPlan}</button>`,
  );
}
