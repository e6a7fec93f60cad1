import { html, nothing, type TemplateResult } from 'lit';

/** The line of a dialog that shows a refused change (empty, and still there for a screen reader to hear it, while there is none); a field it is about points to it by id. */
export function errorLine(error: string | undefined): TemplateResult {
  return html`<p id="dialog-error" class="dialog-error" role="alert">${error ?? nothing}</p>`;
}

/**
 * A question the dialog asks before a change (the dialog is labelled by its title and described
 * by its text): title, what the change means, a refused change, then the two answers.
 */
export function question(title: string, text: string, error: string | undefined, answers: TemplateResult): TemplateResult {
  return html`<h2 id="dialog-title" class="dialog-title">${title}</h2>
    <p id="dialog-text" class="dialog-text">${text}</p>
    ${errorLine(error)}
    <div class="dialog-actions">${answers}</div>`;
}
