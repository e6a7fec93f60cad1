import { html, nothing, type TemplateResult } from 'lit';

/** The provider draws no box: its content, the open conflicts (if any) and the live regions of its status messages. */
export function providerView(status: TemplateResult, conflicts: TemplateResult | typeof nothing): TemplateResult {
  return html`<slot></slot>${conflicts}${status}`;
}
