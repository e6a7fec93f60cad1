import { html, nothing, type TemplateResult } from 'lit';

/** The line of a dialog that shows a refused change (empty, and still there for a screen reader to hear it, while there is none). */
export function errorLine(error: string | undefined): TemplateResult {
  return html`<p class="dialog-error" role="alert">${error ?? nothing}</p>`;
}
