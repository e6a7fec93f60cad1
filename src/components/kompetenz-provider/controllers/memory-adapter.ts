import type { Portfolio } from '../../../domain/types.js';
import type { StorageAdapter } from './storage-adapter.js';

/** Keeps the portfolio in memory only (`storage="none"`): gone when the page closes. */
export class MemoryAdapter implements StorageAdapter {
  private stored: Portfolio | undefined;

  constructor(initial?: Portfolio) {
    this.stored = initial;
  }

  async load(): Promise<Portfolio | undefined> {
    return this.stored;
  }

  async save(portfolio: Portfolio): Promise<void> {
    this.stored = portfolio;
  }

  async clear(): Promise<void> {
    this.stored = undefined;
  }
}
