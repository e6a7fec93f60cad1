import { html, nothing, type TemplateResult } from 'lit';
import type { Goal, Plan, Review } from '../../../domain/types.js';
import type { PlanNames } from '../model/plan-names.js';

/**
 * What the final review `review` of `plan` recorded, as rows of a `<dl>` (in its details and in
 * the list view): per goal whether it was reached and proved SMART in practice, and the next
 * stock-taking. Nothing for another review, or a plan not completed by its final review.
 */
export function reviewOutcome(plan: Plan, review: Review, goals: readonly Goal[], names: PlanNames): TemplateResult | typeof nothing {
  const recorded = review.final ? plan.outcome : undefined;
  if (!recorded) return nothing;
  const f = names.s.finalReviewForm;
  const nameOf = (id: string) => {
    const goal = goals.find((candidate) => candidate.id === id);
    return goal ? names.goal(goal) : id;
  };
  return html`${recorded.goals.length > 0
      ? html`<div>
          <dt>${f.goals}</dt>
          <dd>
            <ul class="outcome-list">
              ${recorded.goals.map((entry) => html`<li>${nameOf(entry.goalId)}: ${entry.reached ? f.reached : f.notReached}${entry.smartInPractice ? `, ${f.smartInPractice}` : ''}</li>`)}
            </ul>
          </dd>
        </div>`
      : nothing}
    <div><dt>${f.nextStockTaking}</dt><dd>${names.date(recorded.nextStockTaking)}</dd></div>`;
}
