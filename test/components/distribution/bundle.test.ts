/**
 * The one-file build for those who cannot host a folder: only dist/kompetenzrad.all.min.js in a
 * plain page served under the strict CSP with Trusted Types (`npm test` builds dist/ first).
 * Elements must upgrade, talk to each other through the provider, cause no CSP violation and
 * make no request of their own (both languages are inside).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openPage, requested, type TestPage } from './pages.js';

describe('dist/kompetenzrad.all.min.js on a plain page under a strict CSP', () => {
  let page: TestPage;

  before(async () => {
    page = await openPage('/test/pages/csp-bundle.html', (win) => win.__ready === true);
  });

  after(() => page.frame.remove());

  it('registers every element', () => {
    for (const tag of ['kompetenz-provider', 'kompetenz-rad', 'gap-matrix', 'smart-goal-form', 'lernplan-timeline']) {
      expect(page.win.customElements.get(tag), tag).to.exist;
    }
  });

  it('causes no Content-Security-Policy or Trusted Types violation', async () => {
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(page.win.__cspViolations).to.deep.equal([]);
  });

  it('draws the standalone wheel from attributes alone', () => {
    const wheel = page.doc.getElementById('standalone')!;
    expect(wheel.shadowRoot!.querySelector('svg')).to.exist;
  });

  it('lets a wheel edit inside the provider reach the other widgets', async () => {
    const provider = page.doc.querySelector('kompetenz-provider') as HTMLElement & { portfolio: { assessments: { rater: string; levels: Record<string, number> }[] } };
    const wheel = page.doc.querySelector('kompetenz-provider kompetenz-rad')!;
    const before = provider.portfolio;
    wheel.dispatchEvent(
      new CustomEvent('kr-level-change', { bubbles: true, composed: true, detail: { competencyId: 'daten', level: 3, previous: 1, series: 'self' } }),
    );
    await waitUntil(() => provider.portfolio !== before, 'the provider did not take the edit');
    const selfRatings = provider.portfolio.assessments.filter((a) => a.rater === 'self');
    expect(selfRatings.at(-1)!.levels.daten).to.equal(3);
    const matrix = page.doc.querySelector('gap-matrix') as HTMLElement & { updateComplete: Promise<unknown> };
    await matrix.updateComplete;
    expect(matrix.shadowRoot!.textContent).to.include('Datenkompetenz');
  });

  it('requests nothing but its own scripts', () => {
    const urls = requested(page.win);
    expect(urls.every((url) => url.origin === page.win.location.origin), urls.join(' ')).to.be.true;
    expect(urls.map((url) => url.pathname).sort()).to.deep.equal(
      ['/dist/kompetenzrad.all.min.js', '/test/pages/csp-bundle.js', '/test/pages/violation-recorder.js'].sort(),
    );
  });

  it('speaks English where the page asks for it, without loading anything', async () => {
    const wheel = page.doc.getElementById('standalone') as HTMLElement & { updateComplete: Promise<unknown> };
    wheel.setAttribute('lang', 'en');
    await wheel.updateComplete;
    expect(wheel.shadowRoot!.textContent).to.include('Target profile').and.not.include('Soll-Profil');
    expect(requested(page.win).map((url) => url.pathname).sort()).to.deep.equal(
      ['/dist/kompetenzrad.all.min.js', '/test/pages/csp-bundle.js', '/test/pages/violation-recorder.js'].sort(),
    );
  });
});
