/**
 * `<kompetenz-provider src>` with the 10,000-person sample (17.7 MB) around a team matrix, each
 * sample in a fresh browser context (a new profile: nothing cached, compiled or left on the heap
 * by an earlier sample, and without the DevTools network watch that decodes every response on
 * the main thread), the way an editor's page meets it: first rows (the people, shown while the
 * rest of the document is read), first values, and the longest main-thread task until everyone
 * is analysed; the same with the document sent at 100 Mbit/s, where what counts is how soon the
 * values follow the last byte, also on a phone's screen. The scripts are the build's chunks, as
 * the loader that the README gives editors fetches them; the same page with the scripts from
 * `src/` (one module per file, as in development) is a row to compare. `npm run bench` writes the
 * file; the bench server sends it as a static server does.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { report } from './harness.js';

/** The page with the build's chunks (`dist/cdn/`, as the loader fetches them). */
const PAGE = new URL('./provider-dist-frame.html', import.meta.url).pathname;
/** The same page with the scripts from `src/` instead: a chain of modules where the build has one chunk. */
const SRC_PAGE = new URL('./provider-src-frame.html', import.meta.url).pathname;

describe('kompetenz-provider src, fresh page', () => {
  it('10,000 people from src around a team matrix: first rows, longest task', async () => {
    if (!(await fetch('/bench-results/sample-10000.json', { method: 'HEAD' })).ok) throw new Error('bench-results/sample-10000.json is missing: npm run sample -- 10000 --out bench-results/sample-10000.json');
    const inFreshPage = <T>(what: string, phone = false, page = PAGE) =>
      executeServerCommand<T, { page: string; what: string; withoutDevtoolsNetwork: boolean; phone: boolean }>('kr-fresh-context', { page, what, withoutDevtoolsNetwork: true, phone });
    type Sample = { firstRows: number; firstValues: number; afterLastByte: number; longestTask: number };
    const firstRows: number[] = [];
    const fromSrc: Sample[] = [];
    const firstValues: number[] = [];
    const afterLastByte: number[] = [];
    const longest: number[] = [];
    const download: number[] = [];
    const network: Sample[] = [];
    const phone: Sample[] = [];
    // Five kinds of page; each run starts with another (the first context after the last one closed is slower).
    const kinds = [
      () => inFreshPage<Sample>('provider'),
      () => inFreshPage<{ download: number }>('download'),
      () => inFreshPage<Sample>('network'),
      () => inFreshPage<Sample>('network', true),
      () => inFreshPage<Sample>('provider', false, SRC_PAGE),
    ] as const;
    for (let run = 0; run < 6; run++) {
      const got: unknown[] = [];
      for (let k = 0; k < kinds.length; k++) {
        const kind = (run + k) % kinds.length;
        got[kind] = await kinds[kind]();
      }
      const [sample, floor, slower, onPhone, development] = got as [Sample, { download: number }, Sample, Sample, Sample];
      // The first samples warm the server's file cache.
      if (run === 0) continue;
      firstRows.push(sample.firstRows);
      firstValues.push(sample.firstValues);
      afterLastByte.push(sample.afterLastByte);
      longest.push(sample.longestTask);
      download.push(floor.download);
      network.push(slower);
      phone.push(onPhone);
      fromSrc.push(development);
    }
    report('provider src 10k + team matrix, fresh page (the build): first rows (the people, values pending)', firstRows, 300);
    report('provider src 10k + team matrix, fresh page (the build): first values', firstValues);
    report('provider src 10k + team matrix, fresh page (the build): longest main-thread task', longest, 100);
    // In development: the reading code a large document needs, loaded after the response's headers, is a chain of modules (the build has one chunk).
    report('compare: provider src 10k + team matrix, fresh page, scripts from src/: first rows', fromSrc.map((sample) => sample.firstRows));
    report('compare: provider src 10k + team matrix, fresh page, scripts from src/: longest main-thread task', fromSrc.map((sample) => sample.longestTask));
    report('the 10k document downloaded as bytes alone, fresh page (the floor of first rows)', download);
    report('provider src 10k, fresh page (the build): first values after the last byte', afterLastByte);
    report('provider src 10k at 100 Mbit/s, fresh page (the build): first rows (the people, values pending)', network.map((sample) => sample.firstRows));
    report('provider src 10k at 100 Mbit/s, fresh page (the build): first values', network.map((sample) => sample.firstValues));
    report('provider src 10k at 100 Mbit/s, fresh page (the build): first values after the last byte', network.map((sample) => sample.afterLastByte));
    report('provider src 10k at 100 Mbit/s, fresh page (the build): longest main-thread task', network.map((sample) => sample.longestTask), 100);
    report('provider src 10k at 100 Mbit/s on a phone (390 px, 3× pixels), fresh page (the build): first rows (the people, values pending)', phone.map((sample) => sample.firstRows));
    report('provider src 10k at 100 Mbit/s on a phone (390 px, 3× pixels), fresh page (the build): first values after the last byte', phone.map((sample) => sample.afterLastByte));
    report('provider src 10k at 100 Mbit/s on a phone (390 px, 3× pixels), fresh page (the build): longest main-thread task', phone.map((sample) => sample.longestTask), 100);
  });
});
