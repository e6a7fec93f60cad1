import { html, type TemplateResult } from 'lit';
import { canTransition } from '../../../domain/plan-status.js';
import type { Plan } from '../../../domain/types.js';
import { draftReplaces } from '../model/timeline-data.js';
import type { TimelineStrings } from '../strings/index.js';
import { question } from './dialog-parts.js';

export interface DraftQuestionView {
  s: TimelineStrings;
  /** The plan shown, which the new draft replaces or is added beside. */
  plan: Plan;
  /** A draft that failed, shown in the dialog. */
  error: string | undefined;
  onDraft: () => void;
  onClose: () => void;
}

/**
 * The question before a plan is drafted while one is shown: what happens to that plan, the
 * action (focused first, it loses nothing: undo takes it back) and Cancel.
 */
export function renderDraftQuestion(d: DraftQuestionView): TemplateResult {
  const { s, plan } = d;
  const replaces = draftReplaces(plan);
  const text = replaces ? s.replaceDraftText : s.draftBesideText(s.planStatuses[plan.status], canTransition(plan.status, 'cancelled'));
  return question(
    replaces ? s.replaceDraftTitle : s.draftBesideTitle,
    text,
    d.error,
    html`<button type="button" part="button" class="primary confirm-draft" autofocus @click=${d.onDraft}>${replaces ? s.replaceDraft : s.draftBeside}</button>
      <button type="button" part="button" class="close" @click=${d.onClose}>${s.cancel}</button>`,
  );
}
