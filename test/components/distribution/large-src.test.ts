// A large `src` document under the strict policy the demo uses (Trusted Types enforced): the
// provider starts its worker through its own policy from the sources, from the loader's chunk
// folder and from beside the one-file build, and loads the document without a policy violation.
import { expect } from '@open-wc/testing';
import { LARGE_DOCUMENT } from '../../../src/components/kompetenz-provider/controllers/portfolio-reading.js';
import { serializePortfolio } from '../../../src/domain/portfolio.js';
import { generatePortfolio } from '../../../src/domain/sample.js';
import { openPage, type PageWindow } from './pages.js';

const PEOPLE = 1_400;
const text = serializePortfolio(generatePortfolio({ seed: 9, people: PEOPLE, today: '2025-09-01' }));
type LargeSrcPage = PageWindow & { __loaded?: number; __workers?: string[] };

/**
 * The page of `build` with the document as its `src`, on a device of `cores` processor cores
 * (`allowed`: the Trusted Types policies the page lists): loaded without an error and, when the
 * page allows the library's policies, without a policy violation.
 */
async function loadLarge(build: string, cores: number, allowed?: string): Promise<{ frame: HTMLIFrameElement; loaded: LargeSrcPage }> {
  const path = `/test/pages/documents/large-src-${build}-${cores}.json`;
  expect((await fetch(path, { method: 'PUT', body: text })).ok, 'the test server took the document').to.equal(true);
  const policies = allowed === undefined ? '' : `&trusted-types=${encodeURIComponent(allowed)}`;
  const { frame, win } = await openPage(`/test/pages/large-src.html?build=${build}&cores=${cores}&src=${encodeURIComponent(path)}${policies}`, (candidate) => (candidate as LargeSrcPage).__loaded !== undefined);
  const loaded = win as LargeSrcPage;
  if (allowed === undefined) expect(loaded.__cspViolations).to.deep.equal([]);
  expect(loaded.__krErrors).to.deep.equal([]);
  expect(loaded.__loaded).to.equal(PEOPLE);
  return { frame, loaded };
}

describe('a large src document under the strict CSP', function () {
  this.timeout(20_000);

  it('is large enough to be read by the worker', () => {
    expect(new TextEncoder().encode(text).length).to.be.greaterThan(LARGE_DOCUMENT);
  });

  for (const [build, built, worker] of [
    ['sources', 'the sources', /\/src\/components\/kompetenz-provider\/controllers\/portfolio-check\.worker\.js$/],
    ['loader', 'the built loader', /\/dist\/cdn\/chunks-[0-9a-f]{8}\/portfolio-check\.worker\.js$/],
    ['one-file', 'the one-file build', /\/dist\/portfolio-check\.worker\.js$/],
  ] as const) {
    it(`${built}: read by the worker, no violation, no error`, async () => {
      const { frame, loaded } = await loadLarge(build, 8);
      expect(loaded.__workers).to.have.length(1);
      expect(loaded.__workers![0], 'the worker beside the code of this build').to.match(worker);
      frame.remove();
    });

    it(`${built}, on a page with two processor cores: read on the page, no worker, no violation, no error`, async () => {
      const { frame, loaded } = await loadLarge(build, 2);
      expect(loaded.__workers).to.deep.equal([]);
      frame.remove();
    });

    it(`${built}, on a page whose Trusted Types list leaves out kompetenzrad-worker: read on the page, the refused policy the only violation`, async () => {
      const { frame, loaded } = await loadLarge(build, 8, "lit-html 'allow-duplicates'");
      expect(loaded.__workers).to.deep.equal([]);
      expect(loaded.__cspViolations, 'no plain URL is tried after the policy was refused').to.have.length(1);
      expect(loaded.__cspViolations![0]).to.match(/^trusted-types: .*kompetenzrad-worker/);
      frame.remove();
    });
  }
});
