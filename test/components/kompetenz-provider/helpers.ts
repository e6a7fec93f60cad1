import type { KompetenzProvider } from '../../../src/define/kompetenz-provider.js';
import type { Portfolio } from '../../../src/domain/types.js';

export function portfolio(): Portfolio {
  return {
    format: 'kompetenzrad-portfolio',
    version: 1,
    people: [
      { id: 'p1', name: 'Erika Muster', roleId: 'cdo' },
      { id: 'p2', name: 'Max Beispiel', roleId: 'cio' },
    ],
    assessments: [
      { id: 'a1', personId: 'p1', rater: 'self', date: '2025-01-10', levels: { daten: 1, technik: 2 } },
      { id: 'a2', personId: 'p1', rater: 'external', date: '2025-01-12', levels: { daten: 2 } },
    ],
    goals: [],
    plans: [],
  };
}

/**
 * Hosts that are not Lit elements go straight into the page: `fixture()` would wait for an
 * animation frame for them, which a page running in the background never gets.
 */
const hosts: HTMLElement[] = [];
export function host(): HTMLDivElement {
  const div = document.createElement('div');
  document.body.append(div);
  hosts.push(div);
  return div;
}
afterEach(() => hosts.splice(0).forEach((div) => div.remove()));

/** The text of the provider's live region, once pending announcements are drawn. */
export async function statusOf(provider: KompetenzProvider): Promise<string> {
  for (let i = 0; i < 3; i += 1) await provider.updateComplete;
  return provider.shadowRoot!.querySelector('[part="status"]')!.textContent ?? '';
}

/** The text of the provider's visible notice (what it could not use, a storage that does not work), once pending updates are drawn. */
export async function noticeOf(provider: KompetenzProvider): Promise<string> {
  for (let i = 0; i < 3; i += 1) await provider.updateComplete;
  return (provider.shadowRoot!.querySelector('[part="notice"]')!.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Whether leaving the page now would ask first (a provider's change is not stored yet). */
export function leaving(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

/** Timers of a page in the background run at most once a second. */
export const patiently = { timeout: 8000 };

let dbCounter = 0;
export const uniqueDb = () => `kr-test-${Date.now()}-${(dbCounter += 1)}-${Math.random().toString(36).slice(2)}`;

export function levelChange(level: number, competencyId = 'daten', series = 'self'): CustomEvent {
  return new CustomEvent('kr-level-change', { bubbles: true, composed: true, detail: { competencyId, level, previous: 1, series } });
}

export function collect<T>(target: EventTarget, type: string): T[] {
  const seen: T[] = [];
  target.addEventListener(type, (event) => seen.push((event as CustomEvent<T>).detail));
  return seen;
}

const ownCores = Object.getOwnPropertyDescriptor(Navigator.prototype, 'hardwareConcurrency')!;

/**
 * The number of processor cores the page reports (the provider reads a large document itself on
 * a page with at most two); `undefined` removes it. Given back after each test.
 */
export function cores(count: number | undefined): void {
  if (count === undefined) delete (Navigator.prototype as { hardwareConcurrency?: number }).hardwareConcurrency;
  else Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => count, configurable: true });
}
afterEach(() => Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', ownCores));
