/**
 * Another person's browser in the storage="http" tests (test/helpers/peer-plugin.mjs): one
 * `<kompetenz-provider storage="http">` on the `src` of the query string, and `window.peer`, the
 * functions the test calls through the `kr-peer` server command.
 */
import '../../../../src/define/kompetenz-provider.js';
import type { KompetenzProvider } from '../../../../src/define/kompetenz-provider.js';
import type { KrErrorDetail } from '../../../../src/internal/events.js';

const query = new URLSearchParams(location.search);
const provider = document.createElement('kompetenz-provider');
provider.setAttribute('storage', 'http');
provider.setAttribute('src', query.get('src') ?? '');
provider.setAttribute('today', query.get('today') ?? '2025-03-01');
const errors: KrErrorDetail[] = [];
const reasons: string[] = [];
provider.addEventListener('kr-error', (event) => errors.push(event.detail));
provider.addEventListener('kr-portfolio-change', (event) => reasons.push(event.detail.reason));
document.body.append(provider);

const peer = {
  ready: provider.loadComplete.then(() => provider.saveComplete),
  /** Rates like a wheel does: `kr-level-change` from inside the provider (without waiting for the save). */
  rate(level: number, competencyId: string, series: 'self' | 'external'): void {
    provider.dispatchEvent(new CustomEvent('kr-level-change', { bubbles: true, composed: true, detail: { competencyId, level, previous: 0, series } }));
  },
  portfolio: () => provider.portfolio,
  saved: () => provider.saveComplete,
  errors: () => errors.map(({ code, source }) => ({ code, source })),
  reasons: () => reasons,
  status: async () => {
    await provider.updateComplete;
    return provider.shadowRoot?.querySelector('[part="status"]')?.textContent ?? '';
  },
  notice: async () => {
    await provider.updateComplete;
    return provider.shadowRoot?.querySelector('[part="notice"]')?.textContent ?? '';
  },
};

declare global {
  interface Window {
    peer: typeof peer;
  }
}
window.peer = peer;
export type { KompetenzProvider };
