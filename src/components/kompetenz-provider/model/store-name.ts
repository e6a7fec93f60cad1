import { DEFAULT_STORE_NAME } from '../controllers/indexeddb-adapter.js';
import { storageModeOf } from '../controllers/own-adapters.js';

/** The longest `store-name`: a database name is a name, not a place for data. */
export const MAX_STORE_NAME_LENGTH = 200;

/**
 * `store-name` as the name of a database, when it is one: a text of 1 to `MAX_STORE_NAME_LENGTH`
 * characters that is not only spaces. `undefined` for none given (`null`, `undefined`) and for an
 * unusable one (the provider reports that, see `AttributeChecks`): the default name holds then.
 */
export function usableStoreName(storeName: unknown): string | undefined {
  return typeof storeName === 'string' && storeName.trim() !== '' && storeName.length <= MAX_STORE_NAME_LENGTH ? storeName : undefined;
}

/**
 * The IndexedDB database of a provider with `storage="local"`: `store-name` when it is usable; else one
 * per document at `src`, named after its address (`kompetenzrad <absolute URL without #…>`), so
 * that pages with different `src` never share stored data; else `kompetenzrad`.
 */
export function storeNameFor(storeName: unknown, src: string | null | undefined, baseUrl: string): string {
  const own = usableStoreName(storeName);
  if (own) return own;
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

/**
 * Whether the provider keeps anything in a database of this browser that `store-name` names:
 * `local` and `http` (its unsaved changes) do; `none`, and a `storage` that names nothing, do not;
 * nor does a `storageAdapter`, a usable one (the page's place) or not (that counts as `none`).
 */
export function storeNameInUse(storage: unknown, storageAdapter: unknown): boolean {
  return storageAdapter == null && storageModeOf(storage) !== 'none';
}
