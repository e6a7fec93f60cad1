import type { Plan } from '../../../domain/types.js';
import type { InputProblem } from '../../../internal/inputs.js';
import { draftReplaces } from '../model/timeline-data.js';
import type { EntryDialog } from './entry-dialog.js';
import type { PlanEditing } from './plan-editing.js';

export interface PlanDraftingOptions {
  /** How to draft a plan with the id `planId` (else one no plan uses); `undefined` when no plan can be drafted now. */
  maker(planId?: string): (() => Plan) | undefined;
  /** The problems of the last draft (none when it went through). */
  problems(problems: InputProblem[]): void;
}

/**
 * "Draft a plan" of the toolbar. Without a plan shown it drafts at once; with one it asks first
 * in the element's dialog (focus returns to the button): a plan still in draft is replaced in
 * place (same id, so calendar UIDs stay), a plan in any other status stays as it is and the
 * draft is added. Either way undo takes the draft back.
 */
export class PlanDrafting {
  constructor(
    private readonly editing: PlanEditing,
    private readonly dialogs: EntryDialog,
    private readonly options: PlanDraftingOptions,
  ) {}

  /** The draft button was pressed. */
  readonly request = (event?: Event): void => {
    if (this.editing.plan === undefined) this.run();
    else if (this.options.maker()) this.dialogs.open({ kind: 'draft' }, event?.currentTarget instanceof HTMLElement ? event.currentTarget : undefined);
  };

  /** The question was answered with the draft; the dialog closes when it went through. */
  readonly confirm = (): void => {
    if (this.run()) this.dialogs.close();
  };

  private run(): boolean {
    const shown = this.editing.plan;
    const replaces = draftReplaces(shown);
    const make = this.options.maker(replaces ? shown?.id : undefined);
    if (!make) return false;
    const problems = this.editing.draft(make, replaces);
    this.options.problems(problems);
    return problems.length === 0;
  }
}
