import { DEFAULT_STORE_NAME } from '../controllers/indexeddb-adapter.js';

/**
 * The IndexedDB database of a provider with `storage="local"`: `store-name` when given; else one
 * per document at `src`, named after its address (`kompetenzrad <absolute URL without #…>`), so
 * that pages with different `src` never share stored data; else `kompetenzrad`.
 */
export function storeNameFor(storeName: string | null | undefined, src: string | null | undefined, baseUrl: string): string {
  if (storeName) return storeName;
  if (!src) return DEFAULT_STORE_NAME;
  let address = src;
  try {
    const url = new URL(src, baseUrl);
    url.hash = '';
    address = url.href;
  } catch {
    // Not an address: the text itself still tells the documents apart.
  }
  return `${DEFAULT_STORE_NAME} ${address}`;
}
