import { html, nothing, type TemplateResult } from 'lit';
import type { FinalReviewInput } from '../../../domain/plan-status.js';
import type { Goal, IsoDate, Plan } from '../../../domain/types.js';
import { MAX_TEXT_LENGTH } from '../../../domain/validate.js';
import type { FinalReviewField } from '../model/final-review-fields.js';
import type { PlanNames } from '../model/plan-names.js';
import { quoted } from '../../../internal/strings.js';
import { errorLine } from './dialog-parts.js';

export interface FinalReviewFormView {
  names: PlanNames;
  plan: Plan;
  /** The goals whose outcome is recorded (those the plan's items serve), in that order. */
  goals: readonly Goal[];
  /** Ids of goals the plan's items serve that are not among the goals shown: without their outcome the plan cannot be completed. */
  missing: readonly string[];
  today: IsoDate;
  /** A refused change, shown in the form. */
  error: string | undefined;
  /** The field the refusal is about (marked invalid, described by it). */
  invalid: FinalReviewField | undefined;
  onSubmit: (outcome: FinalReviewInput) => void;
  onClose: () => void;
}

function read(form: HTMLFormElement, goals: readonly Goal[]): FinalReviewInput | undefined {
  const data = new FormData(form);
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  const outcomes = goals.map((goal, i) => ({ goalId: goal.id, reached: text(`reached-${i}`), smartInPractice: data.get(`smart-${i}`) === 'on' }));
  if (outcomes.some((outcome) => outcome.reached === '')) return undefined;
  const notes = text('notes').trim();
  return {
    date: text('date'),
    goals: outcomes.map((outcome) => ({ ...outcome, reached: outcome.reached === 'yes' })),
    ...(text('next') ? { nextStockTaking: text('next') } : {}),
    ...(notes ? { notes } : {}),
  };
}

/** `aria-invalid` and `aria-describedby` of field `field`: set while the refusal shown is about it. */
function marked(d: FinalReviewFormView, field: FinalReviewField) {
  return d.invalid === field ? { invalid: 'true', describedBy: 'dialog-error' } : { invalid: nothing, describedBy: nothing };
}

function goalFields(goal: Goal, i: number, d: FinalReviewFormView): TemplateResult {
  const f = d.names.s.finalReviewForm;
  return html`<fieldset class="goal-outcome">
    <legend>${d.names.goal(goal)}</legend>
    <div class="outcome-choice">
      <label class="check"><input type="radio" name=${`reached-${i}`} value="yes" required /> ${f.reached}</label>
      <label class="check"><input type="radio" name=${`reached-${i}`} value="no" required /> ${f.notReached}</label>
    </div>
    <label class="check"><input type="checkbox" name=${`smart-${i}`} /> ${f.smartInPractice}</label>
  </fieldset>`;
}

/**
 * The final review that completes the plan: its date, for each goal the plan serves whether it
 * was reached and whether it proved SMART in practice, notes and the date of the next
 * stock-taking. Every goal needs an answer before the form is sent (the browser says which).
 */
export function renderFinalReviewForm(d: FinalReviewFormView): TemplateResult {
  const { s } = d.names;
  const f = s.finalReviewForm;
  const lastStep = d.plan.history[d.plan.history.length - 1]?.date;
  // A final review already held (dated between the plan's last step and today) is the one recorded; its notes are kept.
  const held = d.plan.reviews.find((review) => review.final);
  const date = held && held.date <= d.today && (lastStep === undefined || held.date >= lastStep) ? held.date : d.today;
  const [onDate, onNotes, onNext] = (['date', 'notes', 'next'] as const).map((field) => marked(d, field));
  return html`<form
    class="dialog-form final-review-form"
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      const outcome = read(event.target as HTMLFormElement, d.goals);
      if (outcome) d.onSubmit(outcome);
    }}
  >
    <h2 id="dialog-title" class="dialog-title">${f.title}</h2>
    <p id="dialog-text" class="dialog-text">${f.text(s.planStatuses[d.plan.status])}</p>
    <div class="dialog-fields">
      <label>${f.date} <input type="date" name="date" required .value=${date} min=${lastStep ?? nothing} aria-invalid=${onDate.invalid} aria-describedby=${onDate.describedBy} /></label>
      <h3 class="dialog-subtitle">${f.goals}</h3>
      ${d.goals.map((goal, i) => goalFields(goal, i, d))}
      ${d.missing.length > 0 ? html`<p class="missing-goals">${f.missingGoals(d.missing.map((id) => quoted(d.names.lang, id)).join(', '))}</p>` : d.goals.length === 0 ? html`<p class="no-goals">${f.noGoals}</p>` : nothing}
      <label>${f.notes} <textarea name="notes" rows="3" maxlength=${MAX_TEXT_LENGTH} .value=${held?.notes ?? ''} aria-invalid=${onNotes.invalid} aria-describedby=${onNotes.describedBy}></textarea></label>
      <label>${f.nextStockTaking} ${f.nextStockTakingEmpty} <input type="date" name="next" aria-invalid=${onNext.invalid} aria-describedby=${onNext.describedBy} /></label>
    </div>
    ${errorLine(d.error)}
    <div class="dialog-actions">
      <button type="submit" part="button" class="primary confirm-status" ?disabled=${d.missing.length > 0}>${f.action}</button>
      <button type="button" part="button" class="close" @click=${d.onClose}>${s.keepPlan}</button>
    </div>
  </form>`;
}
