import { KompetenzradError } from '../../../domain/errors.js';
import { setAssessmentLevel, upsertGoal, upsertPlan } from '../../../domain/portfolio-edits.js';
import type { Goal, IsoDate, Person, Plan, Portfolio } from '../../../domain/types.js';
import { isRecord } from '../../../domain/validate.js';
import type { KrErrorDetail } from '../../../internal/events.js';
import { describeError } from '../../../internal/kr-element.js';
import { refusal } from '../model/refusal.js';

/** What the edits of the widgets read and change on the provider. */
export interface EditTarget {
  portfolio(): Portfolio;
  personId(): string | undefined;
  today(): IsoDate;
  /** A new state made by an edit. */
  commit(next: Portfolio): void;
  select(personId: string): void;
  /** The people of a document still being read: they may be selected before it is (see `KompetenzContextValue.arriving`). */
  arriving(): readonly Person[] | undefined;
  /** A refused edit or selection (scope `input`). */
  refuse(detail: KrErrorDetail): void;
}

/**
 * Applies the edits that reach the provider as bubbling events (`kr-level-change`,
 * `kr-goal-submit`, `kr-plan-change` with the goals a final review changed) with the domain, and `kr-select` with a `personId`.
 * Only the nearest provider handles an event (providers may be nested). Goals and plans are
 * copied: the state is frozen, the objects in an event stay the widget's own.
 */
export class WidgetEdits {
  constructor(
    private readonly host: HTMLElement,
    private readonly target: EditTarget,
  ) {
    host.addEventListener('kr-level-change', this.onLevelChange);
    host.addEventListener('kr-goal-submit', this.onGoalSubmit);
    host.addEventListener('kr-plan-change', this.onPlanChange);
    host.addEventListener('kr-select', this.onSelect);
  }

  private readonly onLevelChange = (event: Event): void => {
    const detail = this.detailOf(event);
    if (!detail) return;
    const personId = this.target.personId();
    if (personId === undefined) {
      this.refuse('no-person', 'kr-level-change: there is no person to rate; add a person to the portfolio first', event.type);
      return;
    }
    const { competencyId, level, series } = detail;
    this.edit(event.type, (portfolio) =>
      setAssessmentLevel(portfolio, {
        personId,
        rater: series as 'self',
        competencyId: competencyId as string,
        level: level as 0,
        today: this.target.today(),
      }),
    );
  };

  private readonly onGoalSubmit = (event: Event): void => {
    const detail = this.detailOf(event);
    if (!detail) return;
    const goal = detail.goal;
    const personId = this.target.personId();
    const withPerson = isRecord(goal) && goal.personId === undefined && personId !== undefined ? { ...goal, personId } : goal;
    this.edit(event.type, (portfolio) => upsertGoal(portfolio, structuredClone(withPerson) as Goal));
  };

  /** A plan, and with a final review (or its undo) the goals it changed: stored together or not at all. */
  private readonly onPlanChange = (event: Event): void => {
    const detail = this.detailOf(event);
    if (!detail) return;
    const { plan, goals } = detail;
    if (goals !== undefined && !Array.isArray(goals)) {
      this.refuse('invalid-event', `${event.type}: expected a list of goals in detail.goals, got ${goals === null ? 'null' : typeof goals}`, event.type);
      return;
    }
    this.edit(event.type, (portfolio) => (goals ?? []).reduce((next: Portfolio, goal) => upsertGoal(next, structuredClone(goal) as Goal), upsertPlan(portfolio, structuredClone(plan) as Plan)));
  };

  private readonly onSelect = (event: Event): void => {
    const personId = this.detailOf(event)?.personId;
    if (personId === undefined) return;
    const known = (people: readonly Person[] | undefined) => people?.some((person) => person.id === personId) === true;
    if (typeof personId !== 'string' || !(known(this.target.portfolio().people) || known(this.target.arriving()))) {
      this.refuse('unknown-person', `kr-select: ${JSON.stringify(personId)} is not a person of the portfolio`, event.type);
      return;
    }
    this.target.select(personId);
  };

  private handles(event: Event): boolean {
    const nearest = event.composedPath().find((node) => node === this.host || (node instanceof Element && node.localName === 'kompetenz-provider'));
    return nearest === this.host;
  }

  /** The event's detail, if this provider handles the event and the detail is an object. */
  private detailOf(event: Event): Record<string, unknown> | undefined {
    if (!this.handles(event)) return undefined;
    const detail = (event as CustomEvent<unknown>).detail;
    if (isRecord(detail)) return detail;
    this.refuse('invalid-event', `${event.type}: expected an object as detail, got ${detail === null ? 'null' : typeof detail}`, event.type);
    return undefined;
  }

  private refuse(code: string, message: string, source: string): void {
    this.target.refuse({ code, message, source });
  }

  private edit(source: string, change: (portfolio: Portfolio) => Portfolio): void {
    const current = this.target.portfolio();
    let next: Portfolio;
    try {
      next = change(current);
    } catch (error) {
      if (error instanceof KompetenzradError) this.target.refuse(refusal(error.code, source, error.issues));
      else this.refuse('edit-failed', describeError(error), source);
      return;
    }
    if (next !== current) this.target.commit(next);
  }
}
