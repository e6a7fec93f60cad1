/**
 * What the provider's fresh-page benches measure, on a page that has loaded the scripts of
 * `<kompetenz-provider>` and `<gap-matrix>` (from `src/` in provider-src-frame.ts, as the build's
 * chunks in provider-dist-frame.ts). `krFirst()` inserts
 * `<kompetenz-provider src="…10,000 people…"><gap-matrix mode="team">` as the README tells
 * editors, and returns the milliseconds until the first rows are drawn (the people, their values
 * pending while the document is read), until the first row's values are drawn (from insertion,
 * and from the document's last byte) and the longest main-thread task until everyone is analysed;
 * `krFirst('network')` does the same with the document sent at 100 Mbit/s, and
 * `krFirst('download')` only downloads the document.
 */
const SRC = '/bench-results/sample-10000.json';
/** 100 Mbit/s: an office network (the bench server sends no faster). */
const NETWORK = `${SRC}?rate=12500000`;

/** The milliseconds from `start` until the last byte of `src` had arrived. */
function lastByte(src: string, start: number): number {
  const [entry] = performance.getEntriesByName(new URL(src, location.href).href) as PerformanceResourceTiming[];
  return entry ? entry.responseEnd - start : NaN;
}

async function firstRows(src: string): Promise<{ firstRows: number; firstValues: number; afterLastByte: number; longestTask: number }> {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration)));
  observer.observe({ type: 'longtask' });
  const provider = document.createElement('kompetenz-provider');
  provider.setAttribute('src', src);
  const matrix = document.createElement('gap-matrix') as HTMLElement & { analysisComplete: Promise<void> };
  matrix.setAttribute('mode', 'team');
  provider.append(matrix);
  const start = performance.now();
  document.body.append(provider);
  while (!matrix.shadowRoot?.querySelector('.team .body > .row')) await new Promise(requestAnimationFrame);
  const rows = performance.now() - start;
  while (matrix.shadowRoot.querySelector('.team .body > .row:first-child .pending')) await new Promise(requestAnimationFrame);
  const values = performance.now() - start;
  await matrix.analysisComplete;
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return { firstRows: rows, firstValues: values, afterLastByte: values - lastByte(src, start), longestTask: Math.max(0, ...tasks) };
}

/** The floor of any reader of the whole document: the milliseconds until its last byte has arrived, read as bytes (nothing decoded or parsed). */
async function download(): Promise<{ download: number }> {
  const start = performance.now();
  await (await fetch(SRC)).arrayBuffer();
  return { download: performance.now() - start };
}

export function installKrFirst(): void {
  (window as unknown as { krFirst: (what: string) => Promise<unknown> }).krFirst = (what) => (what === 'download' ? download() : firstRows(what === 'network' ? NETWORK : SRC));
}
