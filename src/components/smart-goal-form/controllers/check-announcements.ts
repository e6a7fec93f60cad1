import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { Announcer, type AnnounceOptions } from '../../../internal/controllers/announcer.js';
import type { FieldKey } from '../model/fields.js';

/** Quiet time after typing before the state of the check is announced. */
const AFTER_TYPING_MS = 1500;
/** Short delay after leaving a field, so that the announcement follows the focus move. */
const AFTER_LEAVING_MS = 150;
/** Each announcement only when it differs from what was said last. */
const WHEN_CHANGED: AnnounceOptions = { ifChanged: true };

/**
 * What the form says to screen readers, through the shared `Announcer` (polite): the state of
 * the check after a pause in typing or when a field is left (led by that field's problems), and
 * the outcome of a submission.
 */
export class CheckAnnouncements {
  private readonly announcer: Announcer;

  /** `stateText(field)`: the state of the check, led by the problems of `field` when one was left. */
  constructor(
    host: ReactiveControllerHost,
    private readonly stateText: (field?: FieldKey) => string,
  ) {
    this.announcer = new Announcer(host);
  }

  afterTyping(): void {
    this.announcer.announceAfter(AFTER_TYPING_MS, () => this.stateText(), WHEN_CHANGED);
  }

  afterLeaving(field: FieldKey): void {
    this.announcer.announceAfter(AFTER_LEAVING_MS, () => this.stateText(field), WHEN_CHANGED);
  }

  /** The outcome of a submission, at once. */
  outcome(text: string): void {
    this.announcer.announce(text, WHEN_CHANGED);
  }

  /** The live regions; always rendered. */
  render(): TemplateResult {
    return this.announcer.render();
  }
}
