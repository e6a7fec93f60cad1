import { html, type TemplateResult } from 'lit';

/** The provider draws no box: its content, and the live regions of its status messages. */
export function providerView(status: TemplateResult): TemplateResult {
  return html`<slot></slot>${status}`;
}
