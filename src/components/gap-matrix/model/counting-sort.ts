/**
 * A stable bucket sort of `base` by a small integer key (0 ≤ key < buckets): O(n). Descending
 * walks the buckets from the top but keeps `base` order inside each bucket.
 */
export function countingSort(base: Uint32Array, buckets: number, keyOf: (row: number) => number, descending: boolean): Uint32Array {
  const counts = new Uint32Array(buckets + 1);
  const keys = new Uint32Array(base.length);
  for (let k = 0; k < base.length; k++) {
    const key = keyOf(base[k]);
    keys[k] = key;
    counts[(descending ? buckets - 1 - key : key) + 1]++;
  }
  for (let b = 1; b <= buckets; b++) counts[b] += counts[b - 1];
  const out = new Uint32Array(base.length);
  for (let k = 0; k < base.length; k++) {
    const bucket = descending ? buckets - 1 - keys[k] : keys[k];
    out[counts[bucket]++] = base[k];
  }
  return out;
}
