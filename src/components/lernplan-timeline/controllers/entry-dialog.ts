import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DialogState } from '../views/dialogs.js';

/**
 * The modal `<dialog>` of the time line: which dialog is open, a refused change shown in it, and
 * where focus goes back when it closes (the chart entry or the button it was opened from, or a new entry).
 */
export class EntryDialog implements ReactiveController {
  private shown: DialogState | undefined;
  private refusal: { text: string; path: string | undefined } | undefined;
  /** A refusal came: focus goes to the field it marks, if any. */
  private toInvalid = false;
  private returnTo: string | HTMLElement | undefined;

  /**
   * `focusEntry` moves focus to a chart entry once the dialog has closed; `fallback` puts focus
   * somewhere sensible when the place it came from is gone (a removed entry, a cancelled plan).
   */
  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly focusEntry: (key: string) => void,
    private readonly fallback: () => void = () => undefined,
  ) {
    host.addController(this);
  }

  /** The open dialog, or `undefined`. */
  get state(): DialogState | undefined {
    return this.shown;
  }

  /** The chart key (`item:<id>`, `review:<id>`) of the entry whose details are open, if any. */
  get entryKey(): string | undefined {
    const shown = this.shown;
    return shown && 'id' in shown ? `${shown.kind}:${shown.id}` : undefined;
  }

  /** The refused change to show in the open dialog. */
  get error(): string | undefined {
    return this.refusal?.text;
  }

  /** Where in the domain's input the refused change went wrong (an issue's path), if known. */
  get errorPath(): string | undefined {
    return this.refusal?.path;
  }

  /** Opens `state`; focus returns to `returnTo` when it closes: a chart entry's key, or a button. */
  open(state: DialogState, returnTo?: string | HTMLElement): void {
    this.shown = state;
    this.refusal = undefined;
    this.returnTo = returnTo;
    this.host.requestUpdate();
  }

  /** Closes the dialog; focus returns to the entry it was opened from. */
  close(): void {
    this.shown = undefined;
    this.refusal = undefined;
    this.host.requestUpdate();
  }

  /** Closes the dialog and sends focus to `key` (a new entry, the neighbour of a removed one), else to the fallback. */
  closeTo(key: string | undefined): void {
    this.returnTo = key;
    this.close();
  }

  /** Shows why a change was refused (`path`: of the domain's issue) while a dialog is open (its alert line says it); `undefined` withdraws it. Returns whether a dialog shows it. */
  showError(text: string | undefined, path?: string): boolean {
    if (text !== undefined && !this.shown) return false;
    this.refusal = text === undefined ? undefined : { text, path };
    this.toInvalid = text !== undefined;
    this.host.requestUpdate();
    return text !== undefined;
  }

  /** The `<dialog>`'s `close` event (Escape, or closed here); one that arrives after the dialog was opened again (it is queued) is about a dialog gone. */
  readonly onClose = (event: Event): void => {
    if ((event.currentTarget as HTMLDialogElement | null)?.open) return;
    if (this.shown) this.close();
    const key = this.returnTo;
    this.returnTo = undefined;
    if (typeof key === 'string') this.focusEntry(key);
    else if (key?.isConnected) key.focus();
    // The dialog gave focus back to where it came from; when that is gone, focus would fall to the page.
    else if (document.activeElement === document.body || document.activeElement === null) void this.host.updateComplete.then(this.fallback);
  };

  /** Closes the dialog before the update draws: closing gives focus back to the chart, which this update then draws as focused (after the update it would ask for another). */
  hostUpdate(): void {
    const dialog = this.host.renderRoot.querySelector('dialog');
    if (!this.shown && dialog?.open) dialog.close();
  }

  hostUpdated(): void {
    const dialog = this.host.renderRoot.querySelector('dialog');
    if (!dialog) return;
    if (this.shown && !dialog.open) dialog.showModal();
    if (this.toInvalid) {
      this.toInvalid = false;
      dialog.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
    // The entry of open details may have gone (e.g. by undo), or the plan the question was about.
    if (this.shown && !dialog.querySelector('.dialog-title')) {
      if (this.shown.kind === 'item' || this.shown.kind === 'review') this.closeTo(undefined);
      else this.close();
    }
  }
}
