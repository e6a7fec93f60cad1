import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../../domain/types.js';
import type { WheelStrings } from '../strings/index.js';

/** The pieces of a wheel's page, a person's or a group's. */
export interface ShellParts {
  /** Shown above the wheel: why a group shows no figures, or why a wheel in a provider cannot be edited. */
  lead?: unknown;
  wheel: TemplateResult;
  tooltip: TemplateResult;
  /** The wheel's description (`aria-describedby`). */
  description: string;
  hint: string;
  /** Shown below the wheel: the source of a role's target. */
  note?: unknown;
  legend: TemplateResult;
  /** Draws the data table into `#data` (see `DeferredTableController`); without one there is no button for it. */
  table: (() => TemplateResult | HTMLTableElement) | undefined;
  /** The name of the table's region (its caption). */
  tableName: string;
}

export interface ShellState {
  lang: Lang;
  strings: WheelStrings;
  notice: TemplateResult;
  /** Whether the page holds many wheels (see `CrowdController`). */
  crowded: boolean;
  tableOpen: boolean;
  toggleTable(): void;
  onSlotChange(): void;
}

/**
 * Everything in the element's shadow root around the drawing; the slot for a light-DOM table is
 * always there (hidden). The open table scrolls sideways in its own region when it is wider than
 * the element (reflow at 320 px).
 */
export function wheelShell(parts: ShellParts, state: ShellState): TemplateResult {
  const s = state.strings;
  return html`<div class="root ${state.crowded ? 'crowded' : ''}" lang=${state.lang}>
    ${state.notice} ${parts.lead ?? nothing}
    <div class="canvas">${parts.wheel} ${parts.tooltip}</div>
    <p id="description" class="visually-hidden">${parts.description}</p>
    <p id="hint" class="visually-hidden">${parts.hint}</p>
    ${parts.note ?? nothing} ${parts.legend}
    ${parts.table
      ? html`<button type="button" class="table-toggle" aria-expanded=${state.tableOpen ? 'true' : 'false'} aria-controls="data" @click=${state.toggleTable}>
            ${state.tableOpen ? s.hideTable : s.showTable}
          </button>
          <div
            id="data"
            class="data ${state.tableOpen ? 'table-scroll' : 'visually-hidden'}"
            role=${state.tableOpen ? 'region' : nothing}
            tabindex=${state.tableOpen ? '0' : nothing}
            aria-label=${state.tableOpen ? parts.tableName : nothing}
          ></div>`
      : nothing}
    <div class="source" hidden><slot @slotchange=${state.onSlotChange}></slot></div>
  </div>`;
}
