import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalogue } from '../../../domain/types.js';
import { readTable, type TableData } from '../model/table-source.js';

/** Follows the `<table>` a CMS editor wrote into the host (see `table-source.ts`) and asks for an update when it changes. */
export class LightTableController implements ReactiveController {
  private observer: MutationObserver | undefined;
  private changed = true;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Also the listener of the slot's `slotchange`. */
  readonly onChange = (): void => {
    this.changed = true;
    this.host.requestUpdate();
  };

  /** Whether the table changed since the last call. */
  takeChange(): boolean {
    const changed = this.changed;
    this.changed = false;
    return changed;
  }

  read(catalogue: Catalogue): TableData | undefined {
    const table = this.host.querySelector('table');
    return table ? readTable(table, catalogue) : undefined;
  }

  hostConnected(): void {
    this.observer = new MutationObserver(this.onChange);
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
