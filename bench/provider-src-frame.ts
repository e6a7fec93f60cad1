/**
 * Loaded by provider-src-cold.bench.ts in a fresh browser context per sample: the scripts of the
 * provider and the matrix are loaded, nothing else has happened. `krFirst()` inserts
 * `<kompetenz-provider src="…10,000 people…"><gap-matrix mode="team">` as the README tells
 * editors, and returns the milliseconds until the first rows are drawn and the longest
 * main-thread task until everyone is analysed; `krFirst('download')` only downloads the document.
 */
import '../src/define/gap-matrix.js';
import '../src/define/kompetenz-provider.js';

const SRC = '/bench-results/sample-10000.json';

async function firstRows(): Promise<{ firstRows: number; longestTask: number }> {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration)));
  observer.observe({ type: 'longtask' });
  const provider = document.createElement('kompetenz-provider');
  provider.setAttribute('src', SRC);
  const matrix = document.createElement('gap-matrix');
  matrix.mode = 'team';
  provider.append(matrix);
  const start = performance.now();
  document.body.append(provider);
  while (!matrix.shadowRoot?.querySelector('.team .body > .row')) await new Promise(requestAnimationFrame);
  const rows = performance.now() - start;
  await matrix.analysisComplete;
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return { firstRows: rows, longestTask: Math.max(0, ...tasks) };
}

/** The floor of any reader of the whole document: the milliseconds until its last byte has arrived, read as bytes (nothing decoded or parsed). */
async function download(): Promise<{ download: number }> {
  const start = performance.now();
  await (await fetch(SRC)).arrayBuffer();
  return { download: performance.now() - start };
}

(window as unknown as { krFirst: (what: string) => Promise<unknown> }).krFirst = (what) => (what === 'download' ? download() : firstRows());
