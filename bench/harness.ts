/**
 * Browser benchmarks report through the console: one line per measurement, prefixed `BENCH `,
 * that `npm run bench` collects into its table. Never used by tests.
 */
export interface BenchOptions {
  runs?: number;
  warmup?: number;
  /** The budget in milliseconds for the median, shown next to it. */
  budget?: number;
}

export function summarise(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

export function report(name: string, samples: number[], budget?: number, extra: Record<string, unknown> = {}): void {
  console.log(`BENCH ${JSON.stringify({ name, ...summarise(samples), budget, ...extra })}`);
}

/** The ratio of each sample of `ours` to the sample of `theirs` taken in the same round (one after the other, on the same state of the machine). */
export const pairedRatios = (ours: readonly number[], theirs: readonly number[]): number[] => ours.map((value, i) => value / theirs[i]);

/** Times `run` (awaited) `runs` times after `warmup` untimed runs; `setup` runs untimed before each. */
export async function measure(
  name: string,
  run: () => unknown | Promise<unknown>,
  { runs = 20, warmup = 3, budget }: BenchOptions = {},
  setup?: () => unknown | Promise<unknown>,
): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < warmup + runs; i += 1) {
    if (setup) await setup();
    const start = performance.now();
    await run();
    const elapsed = performance.now() - start;
    if (i >= warmup) samples.push(elapsed);
  }
  report(name, samples, budget);
}
