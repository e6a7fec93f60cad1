import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { MergeConflict } from '../../../domain/merge.js';
import { sameJson } from '../../../domain/merge-records.js';
import { validatePortfolio } from '../../../domain/portfolio.js';
import type { Lang, Portfolio } from '../../../domain/types.js';
import { describeError } from '../../../internal/kr-element.js';
import type { ConflictChoice, ConflictSource, KrConflictDetail, ProviderConflict } from '../model/conflict.js';
import { valueAt, withValueAt } from '../model/conflict-place.js';
import { freezeDeep } from '../model/frozen.js';
import { refusal } from '../model/refusal.js';
import type { ConflictStrings, ProviderStatus } from '../strings/index.js';
import { conflictsSettledView, conflictsView, SETTLED_ID } from '../views/conflicts.js';
import type { ProblemLog } from './problem-log.js';

/** What the conflict list reads and changes on the provider. */
export interface ConflictTarget {
  portfolio(): Portfolio;
  lang(): Lang;
  words(): ConflictStrings;
  /** The state with a chosen value: stored like an edit. */
  commit(next: Portfolio): void;
  /** Fires `kr-conflict`; `false` when the page cancelled it to show the conflicts itself. */
  emit(detail: KrConflictDetail): boolean;
  announce(status: ProviderStatus): void;
  readonly problems: ProblemLog;
}

/**
 * The conflicts merges left open, until the user picks a value for each (`resolve`), and the
 * view that offers the choice in the provider's shadow root (unless the page cancelled
 * `kr-conflict` and shows them itself).
 */
export class ConflictList {
  private list: readonly ProviderConflict[] = Object.freeze([]);
  private withView = false;
  /** The last conflict was settled in the view: a note stands in its place and holds focus until focus moves on. */
  private settled = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly target: ConflictTarget,
  ) {}

  get open(): readonly ProviderConflict[] {
    return this.list;
  }

  /** Conflicts of a merge with `source`: kept open and reported with `kr-conflict`. */
  add(conflicts: readonly MergeConflict[], source: ConflictSource): void {
    if (conflicts.length === 0) return;
    this.list = freezeDeep([...this.list, ...conflicts.map((conflict) => ({ ...conflict, source }))]);
    this.settled = false;
    this.withView = this.target.emit({ conflicts: this.list, added: conflicts.length });
    this.host.requestUpdate();
  }

  /** The portfolio was replaced or cleared: what the conflicts were about is gone. */
  reset(): void {
    if (this.list.length === 0 && !this.settled) return;
    this.list = Object.freeze([]);
    this.settled = false;
    this.host.requestUpdate();
  }

  /** Makes the value of `choice` hold for the conflict at `index`; `false` (and `kr-error`) when it cannot. */
  resolve(index: number, choice: ConflictChoice): boolean {
    const conflict = Number.isInteger(index) ? this.list[index] : undefined;
    if (!conflict || (choice !== 'mine' && choice !== 'theirs')) {
      const message = `resolveConflict: expected the position of an open conflict (${this.list.length} open) and "mine" or "theirs", got ${describeError(index)} and ${describeError(choice)}`;
      this.target.problems.fail({ code: 'unknown-conflict', message, source: 'resolveConflict' });
      return false;
    }
    const value = conflict[choice];
    const current = this.target.portfolio();
    let next: Portfolio | undefined;
    if (!sameJson(valueAt(current, conflict), value)) {
      const changed = withValueAt(current, conflict, value);
      const checked = changed === undefined ? undefined : validatePortfolio(changed);
      if (!checked?.ok) {
        const lead = 'resolveConflict: the chosen value does not fit the portfolio as it is now, which is kept: ';
        this.target.problems.fail(
          checked ? refusal('conflict-choice', 'resolveConflict', checked.errors, lead) : { code: 'conflict-choice', message: `${lead}what it was about was removed`, source: 'resolveConflict' },
        );
        return false;
      }
      next = checked.value;
    }
    this.list = Object.freeze(this.list.filter((_, i) => i !== index));
    this.host.requestUpdate();
    if (next) this.target.commit(next);
    this.target.announce(this.list.length === 0 ? 'lastConflictResolved' : 'conflictResolved');
    return true;
  }

  render(): TemplateResult | typeof nothing {
    if (!this.withView) return nothing;
    if (this.settled && this.list.length === 0) return conflictsSettledView(this.target.words(), () => this.leaveSettled());
    return conflictsView(this.list, this.target.portfolio(), this.target.words(), this.target.lang(), (index, choice) => this.choose(index, choice));
  }

  /**
   * A choice in the view; focus goes on to the next conflict, so that it is not lost with the
   * removed one. After the last one it goes to the note that all are settled (WCAG 2.4.3).
   */
  private choose(index: number, choice: ConflictChoice): void {
    if (!this.resolve(index, choice)) return;
    this.settled = this.list.length === 0;
    void this.host.updateComplete.then(() => {
      const root = this.host.shadowRoot;
      if (this.settled) return root?.getElementById(SETTLED_ID)?.focus();
      const buttons = root?.querySelectorAll<HTMLButtonElement>('[part="conflict-choice"]');
      if (!buttons || buttons.length === 0) return;
      buttons[Math.min(index, buttons.length / 2 - 1) * 2]?.focus();
    });
  }

  /** Focus left the note that all conflicts are settled: it goes away. */
  private leaveSettled(): void {
    if (!this.settled) return;
    this.settled = false;
    this.host.requestUpdate();
  }
}
