import type { ReactiveControllerHost } from 'lit';

/**
 * The chart entry under the pointer, else the one with focus: its edges are drawn, and its
 * tooltip when its label is cut. The tooltip stays while the pointer is on it and Escape hides
 * it until another entry is pointed at or focused (WCAG 1.4.13), also when focus is elsewhere:
 * while an entry is shown for the pointer, Escape is listened for on the document.
 */
/** How long the tooltip of an entry stays after the pointer left it (as the wheel's and the matrix's). */
const LINGER_MS = 300;

export class EntryHover {
  private hovered: string | undefined;
  private focused: string | undefined;
  private dismissed: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly keyOf: (event: Event) => string | undefined,
  ) {}

  /** The entry shown as hovered or focused, if any. */
  get key(): string | undefined {
    const key = this.hovered ?? this.focused;
    return key === this.dismissed ? undefined : key;
  }

  /** Off an entry, its tooltip stays a moment, so that the pointer can cross the gap to it (WCAG 1.4.13). */
  readonly over = (event: PointerEvent): void => {
    const key = this.keyOf(event);
    if (key === undefined && this.hovered !== undefined) return this.linger();
    this.stopLinger();
    this.set(key, this.focused);
  };

  /** The pointer left the chart or the tooltip; going from one to the other keeps the tooltip. */
  readonly leave = (event: PointerEvent): void => {
    const to = event.relatedTarget;
    if (to instanceof Element && to.closest('[data-tip]')) return this.stopLinger();
    if (to instanceof Element && to.closest('.scroller')) return;
    this.stopLinger();
    this.set(undefined, this.focused);
  };

  private lingering: ReturnType<typeof setTimeout> | undefined;

  private linger(): void {
    this.lingering ??= setTimeout(() => {
      this.lingering = undefined;
      this.set(undefined, this.focused);
    }, LINGER_MS);
  }

  private stopLinger(): void {
    clearTimeout(this.lingering);
    this.lingering = undefined;
  }

  readonly focusIn = (event: FocusEvent): void => {
    this.blurring = false;
    this.set(this.hovered, this.keyOf(event));
  };

  /** Focus that leaves an entry only for a moment (an update moves the entry and focus is put back) changes nothing. */
  readonly focusOut = (): void => {
    this.blurring = true;
    queueMicrotask(() => {
      if (!this.blurring) return;
      this.blurring = false;
      this.set(this.hovered, undefined);
    });
  };

  private blurring = false;

  /** Escape hides the tooltip; `true` when it did. */
  escape(event: KeyboardEvent): boolean {
    const key = this.key;
    if (event.key !== 'Escape' || key === undefined) return false;
    this.dismissed = key;
    this.host.requestUpdate();
    return true;
  }

  /** Stops listening on the document (the host left the page). */
  disconnect(): void {
    this.stopLinger();
    this.listen(false);
  }

  private listening = false;

  private listen(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    if (on) document.addEventListener('keydown', this.onDocumentKey);
    else document.removeEventListener('keydown', this.onDocumentKey);
  }

  /** Escape anywhere hides what is shown for the pointer (a key in the chart was handled there first). */
  private readonly onDocumentKey = (event: KeyboardEvent): void => {
    if (!event.defaultPrevented) this.escape(event);
  };

  private set(hovered: string | undefined, focused: string | undefined): void {
    if (hovered === this.hovered && focused === this.focused) return;
    const before = this.key;
    this.hovered = hovered;
    this.focused = focused;
    this.listen(hovered !== undefined);
    if (this.hovered !== this.dismissed && this.focused !== this.dismissed) this.dismissed = undefined;
    if (this.key !== before) this.host.requestUpdate();
  }
}
