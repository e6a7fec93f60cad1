import { html, type TemplateResult } from 'lit';

/** In place of the grid while the provider loads: an empty grid would say "nobody" (and cost a first layout for nothing). */
export function loadingNote(text: string): TemplateResult {
  return html`<p class="empty-note" part="status" role="status">${text}</p>`;
}
