import type { Portfolio } from '../../../domain/types.js';
import type { HttpAdapter, HttpAdapterOptions } from './http-adapter.js';
import type { StorageAdapter } from './storage-adapter.js';
import type { KeepsUnsavedCopies, UnsavedCopy } from './unsaved-copies.js';

/**
 * The adapter of `storage="http"` (`HttpAdapter`), loaded with its first call: a page that keeps
 * its data elsewhere never downloads it. Calls made meanwhile wait for it, in order.
 */
export class LazyHttpAdapter implements StorageAdapter, KeepsUnsavedCopies {
  private loading: Promise<HttpAdapter> | undefined;
  private adapter: HttpAdapter | undefined;

  constructor(private readonly options: HttpAdapterOptions) {}

  async load(): Promise<unknown> {
    return (await this.real()).load();
  }

  async save(portfolio: Portfolio): Promise<void> {
    return (await this.real()).save(portfolio);
  }

  async clear(): Promise<void> {
    return (await this.real()).clear();
  }

  watch(onExternalChange: () => void): () => void {
    let stop: (() => void) | undefined;
    let stopped = false;
    void this.real().then(
      (adapter) => {
        if (!stopped) stop = adapter.watch(onExternalChange);
      },
      () => undefined,
    );
    return () => {
      stopped = true;
      stop?.();
    };
  }

  close(): void {
    this.adapter?.close();
  }

  keep(portfolio: Portfolio | undefined): void {
    if (this.adapter) this.adapter.keep(portfolio);
    else void this.real().then((adapter) => adapter.keep(portfolio), () => undefined);
  }

  async unsavedCopies(): Promise<readonly UnsavedCopy[]> {
    return (await this.real()).unsavedCopies();
  }

  private real(): Promise<HttpAdapter> {
    const loading = (this.loading ??= import('./http-adapter.js').then(({ HttpAdapter }) => (this.adapter = new HttpAdapter(this.options))));
    // A module that could not be loaded (the network was away) is asked for again next time.
    loading.catch(() => {
      if (this.loading === loading) this.loading = undefined;
    });
    return loading;
  }
}
