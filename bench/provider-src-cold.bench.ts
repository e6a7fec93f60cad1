/**
 * `<kompetenz-provider src>` with the 10,000-person sample (17.7 MB) around a team matrix, each
 * sample in a fresh browser context (a new profile: nothing cached, compiled or left on the heap
 * by an earlier sample, and without the DevTools network watch that decodes every response on
 * the main thread), the way an editor's page meets it: first rows, and the longest main-thread
 * task until everyone is analysed. `npm run bench` writes the file; the bench server sends it as
 * a static server does.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { report } from './harness.js';

const PAGE = new URL('./provider-src-frame.html', import.meta.url).pathname;

describe('kompetenz-provider src, fresh page', () => {
  it('10,000 people from src around a team matrix: first rows, longest task', async () => {
    if (!(await fetch('/bench-results/sample-10000.json', { method: 'HEAD' })).ok) throw new Error('bench-results/sample-10000.json is missing: npm run sample -- 10000 --out bench-results/sample-10000.json');
    const inFreshPage = <T>(what: string) => executeServerCommand<T, { page: string; what: string; withoutDevtoolsNetwork: boolean }>('kr-fresh-context', { page: PAGE, what, withoutDevtoolsNetwork: true });
    const firstRows: number[] = [];
    const longest: number[] = [];
    const download: number[] = [];
    for (let run = 0; run < 6; run++) {
      const sample = await inFreshPage<{ firstRows: number; longestTask: number }>('provider');
      const floor = await inFreshPage<{ download: number }>('download');
      // The first samples warm the server's file cache.
      if (run === 0) continue;
      firstRows.push(sample.firstRows);
      longest.push(sample.longestTask);
      download.push(floor.download);
    }
    report('provider src 10k + team matrix, fresh page: first rows', firstRows, 300);
    report('provider src 10k + team matrix, fresh page: longest main-thread task', longest, 100);
    report('the 10k document downloaded as bytes alone, fresh page (the floor of first rows)', download);
  });
});
