/**
 * Reads of style and size for every wheel about to update, done together before any of them
 * writes. A read after another wheel's writes costs a style recalculation (and a layout, for a
 * size) of the page; a thousand wheels updating at once then pay one, not a thousand.
 */
type Read = () => void;

const reads: Read[] = [];
let batch: Promise<void> | undefined;

export const readBatch = {
  /**
   * Runs `read` together with the other reads asked for in this turn (in a microtask, so every
   * update scheduled in the same task joins in); resolves after all of them ran.
   */
  before(read: Read): Promise<void> {
    reads.push(read);
    batch ??= Promise.resolve().then(() => readBatch.flush());
    return batch;
  },

  /** Runs the waiting reads (one call per batch). */
  flush(): void {
    batch = undefined;
    for (const read of reads.splice(0)) {
      try {
        read();
      } catch {
        // A read that fails leaves its element with what it read before; the others still read.
      }
    }
  },
};
