import type { Portfolio } from '../../../domain/types.js';
import { isRecord } from '../../../domain/validate.js';
import { INSTALLATION_ID_REQUEST } from '../../../internal/installation-id.js';

export interface InstallationIdTarget {
  portfolio(): Portfolio;
  /** Whether the portfolio is loaded and kept beyond this page: only then is an id worth making. */
  keepsData(): boolean;
  /** Stores the portfolio with its new id (no `kr-portfolio-change`: nothing of the page's changed). */
  commit(next: Portfolio): void;
}

/** A new installation id: 128 random bits in hex (getRandomValues, which pages on plain http have too). */
function newInstallationId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Answers a widget's request for the installation id (see `requestInstallationId`). The portfolio
 * gets one the first time one is asked for, is stored with it and keeps it from then on, so that
 * the calendar UIDs of its plans stay the same on every export and differ from any other's.
 */
export function answerInstallationIdRequests(host: HTMLElement, target: InstallationIdTarget): void {
  host.addEventListener(INSTALLATION_ID_REQUEST, (event) => {
    // The nearest provider answers.
    event.stopPropagation();
    const detail = (event as CustomEvent<unknown>).detail;
    if (!isRecord(detail)) return;
    let portfolio = target.portfolio();
    if (portfolio.installationId === undefined) {
      if (!target.keepsData()) return;
      portfolio = { ...portfolio, installationId: newInstallationId() };
      target.commit(portfolio);
    }
    detail.installationId = portfolio.installationId;
  });
}
