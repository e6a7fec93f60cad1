// A large `src` document under the strict policy the demo uses (Trusted Types enforced): the
// provider starts its worker through its own policy, from the sources and from the built chunk
// folder, and loads the document without a policy violation.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { LARGE_DOCUMENT } from '../../../src/components/kompetenz-provider/controllers/portfolio-reading.js';
import { serializePortfolio } from '../../../src/domain/portfolio.js';
import { generatePortfolio } from '../../../src/domain/sample.js';
import { openPage, type PageWindow } from './pages.js';

const PEOPLE = 1_400;
const text = serializePortfolio(generatePortfolio({ seed: 9, people: PEOPLE, today: '2025-09-01' }));
type LargeSrcPage = PageWindow & { __loaded?: number; __workers?: string[] };

describe('a large src document under the strict CSP', function () {
  this.timeout(20_000);

  it('is large enough to be read by the worker', () => {
    expect(text.length).to.be.greaterThan(LARGE_DOCUMENT);
  });

  for (const [page, built] of [
    ['large-src.html', 'the sources'],
    ['large-src-cdn.html', 'the built loader'],
    ['large-src-one-file.html', 'the one-file build'],
  ]) {
    it(`${built}: read by the worker, no violation, no error`, async () => {
      const path = `/dav/large-src-${Date.now().toString(36)}.json`;
      await executeServerCommand('kr-dav', { action: 'write', path, text });
      const { frame, win } = await openPage(`/test/pages/${page}?src=${encodeURIComponent(path)}`, (candidate) => (candidate as LargeSrcPage).__loaded !== undefined);
      const loaded = win as LargeSrcPage;
      expect(loaded.__loaded).to.equal(PEOPLE);
      expect(loaded.__workers).to.have.length(1);
      expect(loaded.__workers![0]).to.match(/\/portfolio-check\.worker\.js$/);
      expect(loaded.__cspViolations).to.deep.equal([]);
      expect(loaded.__krErrors).to.deep.equal([]);
      frame.remove();
    });
  }
});
