import type { Portfolio } from '../../../domain/types.js';

/** Why the portfolio changed. */
export type PortfolioChangeReason =
  /** The first state after start: from storage, else from `src`, else empty; also a new `src` later. */
  | 'load'
  /** A widget inside changed it (a level, a goal, a plan). */
  | 'edit'
  /** `importPortfolio()`. */
  | 'import'
  /** Another tab (or client of a portal's adapter) stored a newer version, which was loaded. */
  | 'external'
  /**
   * Another tab (or client) stored a newer version while this one had changes not saved yet:
   * those were merged onto it (and are saved); values both changed differently are `kr-conflict`s.
   */
  | 'merge'
  /** `clear()`. */
  | 'clear';

export interface KrPortfolioChangeDetail {
  portfolio: Portfolio;
  reason: PortfolioChangeReason;
}
