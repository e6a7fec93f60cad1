/**
 * The CMS case: only dist/kompetenzrad.min.js in a plain page served under the strict CSP with
 * Trusted Types (`npm test` builds dist/ first). Elements must upgrade, talk to each other
 * through the provider, cause no CSP violation and make no request of their own.
 */
import { expect, waitUntil } from '@open-wc/testing';

type PageWindow = Window & { __ready?: boolean; __cspViolations?: string[] };

async function openPage(path: string): Promise<{ frame: HTMLIFrameElement; win: PageWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.src = path;
  frame.style.setProperty('width', '1000px');
  frame.style.setProperty('height', '800px');
  document.body.append(frame);
  await waitUntil(() => (frame.contentWindow as PageWindow | null)?.__ready === true, 'the bundle page did not get ready', { timeout: 8000 });
  const win = frame.contentWindow as PageWindow;
  return { frame, win, doc: frame.contentDocument! };
}

describe('dist/kompetenzrad.min.js on a plain page under a strict CSP', () => {
  let page: Awaited<ReturnType<typeof openPage>>;

  before(async () => {
    page = await openPage('/test/pages/csp-bundle.html');
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
    const requested = page.win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter((url) => !url.pathname.startsWith('/__web-dev-server') && !url.pathname.startsWith('/__wds'));
    expect(requested.every((url) => url.origin === page.win.location.origin), requested.join(' ')).to.be.true;
    expect(requested.map((url) => url.pathname).sort()).to.deep.equal(
      ['/dist/kompetenzrad.min.js', '/test/pages/csp-bundle.js', '/test/pages/violation-recorder.js'].sort(),
    );
  });
});
