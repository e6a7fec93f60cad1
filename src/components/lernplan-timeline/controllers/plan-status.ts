import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { canTransition, isFinalPlanStatus, type FinalReviewInput } from '../../../domain/plan-status.js';
import type { Plan, PlanStatus } from '../../../domain/types.js';
import type { EntryDialog } from './entry-dialog.js';

export interface PlanStatusChoiceOptions {
  /** The plan shown now. */
  plan(): Plan | undefined;
  /** Moves the plan to `status`; `true` when it went through. */
  apply(status: PlanStatus): boolean;
  /** Completes the plan with its final review; `true` when it went through. */
  complete(outcome: FinalReviewInput): boolean;
}

/**
 * The plan status field of the toolbar (WCAG 3.2.2): choosing an option only picks a status, the
 * button beside it applies it, and a final status asks first in the element's dialog (WCAG 3.3.4):
 * cancelling (a cancelled plan also leaves a provider's view) after a question, completing with
 * the form of the final review. The field always shows the plan's real status unless
 * another one is picked for that very status, and again once the question is answered with "keep".
 */
export class PlanStatusChoice implements ReactiveController {
  private picked: { planId: string; from: PlanStatus; to: PlanStatus } | undefined;
  private focusedBefore = false;
  /** The question before a final status is open. */
  private asking = false;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly dialogs: EntryDialog,
    private readonly options: PlanStatusChoiceOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.focusedBefore = this.focusedField() !== undefined;
    // The question was answered with "keep" (or Escape): the field shows the plan's status again, in this very update.
    if (this.asking && this.dialogs.state?.kind !== 'final-status') {
      this.asking = false;
      this.picked = undefined;
    }
  }

  /** A plan that left the view (cancelled inside a provider) took the field with it: focus stays in the toolbar. */
  hostUpdated(): void {
    if (this.focusedBefore && this.focusedField() === undefined && this.lost()) this.focusToolbar();
    this.focusedBefore = false;
  }

  /** Focuses the toolbar's status button, else the status of a plan just completed or cancelled (read out; not the undo button, which a second Enter would press), else, the plan gone, its undo button, else its first button (focus would fall to the page). */
  readonly focusToolbar = (): void => {
    const root = this.host.renderRoot;
    const target = ['.apply-status', '.plan-status-final', '.undo', 'button'].map((selector) => root.querySelector<HTMLElement>(`.toolbar ${selector}`)).find(Boolean);
    target?.focus();
  };

  private focusedField(): Element | undefined {
    const active = (this.host.renderRoot as ShadowRoot).activeElement ?? null;
    return active?.matches('.toolbar .plan-status, .toolbar .apply-status') ? active : undefined;
  }

  private lost(): boolean {
    return (this.host.renderRoot as ShadowRoot).activeElement === null && (document.activeElement === document.body || document.activeElement === null);
  }

  /** The status the field shows: the one picked for the plan as it is now, else the plan's own. */
  shown(plan: Plan): PlanStatus {
    const picked = this.picked;
    return picked && picked.planId === plan.id && picked.from === plan.status && canTransition(plan.status, picked.to) ? picked.to : plan.status;
  }

  /** Whether the button would change the plan now. */
  canApply(plan: Plan): boolean {
    return this.shown(plan) !== plan.status;
  }

  /** An option was chosen: it is only picked. */
  readonly pick = (status: PlanStatus): void => {
    const plan = this.options.plan();
    if (!plan) return;
    this.picked = { planId: plan.id, from: plan.status, to: status };
    this.host.requestUpdate();
  };

  /** The button: applies the picked status; a final one asks first (focus returns to the button). */
  readonly request = (event: Event): void => {
    const plan = this.options.plan();
    if (!plan || !this.canApply(plan)) return;
    const status = this.shown(plan);
    if (!isFinalPlanStatus(status)) return void this.apply(status);
    this.dialogs.open({ kind: 'final-status', status }, event.currentTarget instanceof HTMLElement ? event.currentTarget : undefined);
    this.asking = true;
  };

  /** The question was answered with its action; the dialog closes when the status went through. */
  readonly confirm = (status: PlanStatus): void => {
    if (this.apply(status)) this.dialogs.close();
  };

  /** The final review was filled in; the dialog closes when the plan is completed. */
  readonly completeWith = (outcome: FinalReviewInput): void => {
    if (this.settle(this.options.complete(outcome))) this.dialogs.close();
  };

  private apply(status: PlanStatus): boolean {
    return this.settle(this.options.apply(status));
  }

  private settle(done: boolean): boolean {
    if (done) this.picked = undefined;
    this.host.requestUpdate();
    return done;
  }
}
