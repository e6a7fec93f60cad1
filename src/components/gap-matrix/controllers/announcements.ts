import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { Announcer } from '../../../internal/controllers/announcer.js';

/** How long the number of people shown must stay the same (a pause in typing a filter) before it is said. */
export const COUNT_QUIET_MS = 500;

/**
 * What the matrix says to screen readers, through one `Announcer` (a polite live region): the
 * row a user chose, and in team mode the number of people shown once a filter changed it. The
 * number is said after `COUNT_QUIET_MS` without a further change, and only when it differs from the
 * one said (or first shown) before: typing a department says the settled result once, not each key.
 * It costs one number per update, nothing per row.
 */
export class MatrixAnnouncements implements ReactiveController {
  private readonly announcer: Announcer;
  /** The count said last, or first shown; `undefined` while no count is shown (another mode, the analysis running). */
  private said: number | undefined;
  /** The count waiting to be said. */
  private pending: number | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    host: ReactiveControllerHost,
    /** The number of people shown, or `undefined` when the host shows none (not team mode, still analysing). */
    private readonly count: () => number | undefined,
    /** What to say for a count, in the language shown when it is said. */
    private readonly countText: (count: number) => string,
  ) {
    host.addController(this);
    this.announcer = new Announcer(host);
  }

  /** Says that `name` (a person, a group) was chosen. */
  chosen(text: string): void {
    this.announcer.announce(text);
  }

  /** The live regions; drawn always. */
  render(): TemplateResult {
    return this.announcer.render();
  }

  hostUpdated(): void {
    const count = this.count();
    if (count === undefined || this.said === undefined) {
      this.stop();
      this.said = count;
      return;
    }
    if (count === this.pending) return;
    this.stop();
    if (count === this.said) return;
    this.pending = count;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.pending = undefined;
      if (this.count() !== count) return;
      this.said = count;
      this.announcer.announce(this.countText(count));
    }, COUNT_QUIET_MS);
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = undefined;
  }
}
