import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

export interface AnnounceOptions {
  /** Interrupts the screen reader (`aria-live="assertive"`); default polite. */
  assertive?: boolean;
  /** Says nothing when the region already holds this text (a state that has not changed). */
  ifChanged?: boolean;
}

type Politeness = 'polite' | 'assertive';

/**
 * Says short texts to screen readers through two visually hidden live regions in the host's
 * shadow root: a polite one (`role="status"`) and an assertive one. The host renders
 * `${announcer.render()}` once in its template (always, so that the regions exist before they
 * change) and includes `krElementStyles` (the `.visually-hidden` class).
 *
 * `announce(text)` puts the text into the region. The same text as the one shown is emptied
 * first and put back after an update, so a repeated message is read again (unless `ifChanged`).
 * `announceAfter(ms, text)` waits until nothing else was asked for `ms` (e.g. a pause in
 * typing); a later call or `announce` replaces it, and nothing is said after the host is
 * disconnected.
 */
export class Announcer implements ReactiveController {
  private readonly texts: Record<Politeness, string> = { polite: '', assertive: '' };
  /** The text to put back once the emptied region is drawn. */
  private readonly waiting: Record<Politeness, string | undefined> = { polite: undefined, assertive: undefined };
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** `part`: a part name for the polite region (the provider's `status`). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: { part?: string } = {},
  ) {
    host.addController(this);
  }

  /** The text in the polite region now. */
  get text(): string {
    return this.texts.polite;
  }

  /** The text in the assertive region now. */
  get assertiveText(): string {
    return this.texts.assertive;
  }

  announce(text: string, options: AnnounceOptions = {}): void {
    this.cancel();
    const politeness: Politeness = options.assertive ? 'assertive' : 'polite';
    if (this.waiting[politeness] !== undefined) {
      this.waiting[politeness] = text;
      return;
    }
    if (text !== this.texts[politeness]) {
      this.show(politeness, text);
      return;
    }
    if (options.ifChanged || text === '') return;
    this.waiting[politeness] = text;
    this.show(politeness, '');
    void this.host.updateComplete.then(() => {
      const next = this.waiting[politeness];
      this.waiting[politeness] = undefined;
      if (next !== undefined) this.show(politeness, next);
    });
  }

  /** Announces `text()` after `delayMs` of quiet; the text is read when the time is up. */
  announceAfter(delayMs: number, text: () => string, options: AnnounceOptions = {}): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.announce(text(), options);
    }, delayMs);
  }

  /** Drops a waiting `announceAfter`. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** The two live regions. */
  render(): TemplateResult {
    return html`<div class="visually-hidden" part=${this.options.part ?? nothing} role="status" aria-live="polite" aria-atomic="true">${this.texts.polite}</div>
      <div class="visually-hidden" aria-live="assertive" aria-atomic="true">${this.texts.assertive}</div>`;
  }

  private show(politeness: Politeness, text: string): void {
    this.texts[politeness] = text;
    this.host.requestUpdate();
  }
}
