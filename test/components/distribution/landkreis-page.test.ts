/**
 * The Landkreis page (demo/landkreis.html, over the build in dist/) leads with the organisation
 * view: the organisation matrix and a group wheel come before the list of people, and choosing
 * a row of the matrix shows that group in the wheel.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openPage, waitUpgraded, type TestPage } from './pages.js';

type Wheel = HTMLElement & { groupBy?: string; group?: string; updateComplete: Promise<unknown> };

describe('demo/landkreis.html: the organisation first', () => {
  let p: TestPage;

  before(async () => {
    p = await openPage('/demo/landkreis.html');
  });

  after(() => p.frame.remove());

  it('shows the organisation matrix and the organisation wheel before the people', async () => {
    const sections = Array.from(p.doc.querySelectorAll('main section')).map((section) => section.getAttribute('aria-labelledby'));
    expect(sections).to.deep.equal(['organisation-heading', 'team-heading', 'person-heading']);
    const matrix = p.doc.getElementById('organisation')!;
    const wheel = p.doc.getElementById('organisation-wheel') as Wheel;
    await waitUpgraded(p.win, () => matrix, 'the organisation matrix');
    await waitUpgraded(p.win, () => wheel, 'the organisation wheel');
    await waitUntil(() => matrix.shadowRoot!.querySelectorAll('[role="rowheader"]').length > 1, 'the organisation matrix shows no groups', { timeout: 8000 });
    await waitUntil(() => wheel.shadowRoot!.querySelector('path.level-share') !== null, 'the wheel shows no figures', { timeout: 8000 });
  });

  it('a row of the matrix shows its group in the wheel', async () => {
    const matrix = p.doc.getElementById('organisation')!;
    const wheel = p.doc.getElementById('organisation-wheel') as Wheel;
    const header = matrix.shadowRoot!.querySelector<HTMLElement>('[role="row"][data-group^="department:"] [role="rowheader"]')!;
    const name = header.textContent!.trim();
    header.click();
    await waitUntil(() => wheel.group === name, `the wheel does not show ${name}`);
    await wheel.updateComplete;
    expect(wheel.groupBy).to.equal('department');
    expect(p.doc.getElementById('organisation-wheel-shows')!.textContent).to.contain(name);
    await waitUntil(() => wheel.shadowRoot!.querySelector('path.level-share') !== null, 'the wheel shows no figures for the group');
  });
});

describe('demo/landkreis.html?quelle=datei: 10,000 people from a document', () => {
  let p: TestPage;
  const errors: string[] = [];

  before(async () => {
    // The 17 MB document is still being read when the page has loaded: its errors come after this.
    p = await openPage('/demo/landkreis.html?quelle=datei');
    p.doc.addEventListener('kr-error', (event) => errors.push((event as CustomEvent<{ code: string }>).detail.code), true);
  });

  after(() => p.frame.remove());

  it('reads the people with src, shows the first rows while reading, then everyone with values', async () => {
    type Provider = HTMLElement & { portfolio: { people: unknown[] }; loadComplete: Promise<void> };
    const provider = p.doc.getElementById('landkreis') as Provider;
    const team = p.doc.getElementById('team')!;
    expect(provider.getAttribute('src')).to.equal('./data/landkreis-10000.json');
    expect(p.doc.querySelector('h1')!.textContent).to.contain('10.000');
    expect(p.doc.getElementById('source-switch')!.getAttribute('href')).to.equal('./landkreis.html');
    await waitUpgraded(p.win, () => provider, 'the provider');
    await waitUpgraded(p.win, () => team, 'the team matrix');
    const rows = () => team.shadowRoot!.querySelectorAll('.team .body > .row').length;
    let earlyRows = 0;
    while (provider.portfolio.people.length === 0 && errors.length === 0) {
      earlyRows = Math.max(earlyRows, rows());
      await new Promise((resolve) => p.win.requestAnimationFrame(resolve));
    }
    expect(errors).to.deep.equal([]);
    expect(earlyRows, 'rows shown while the document was read').to.be.greaterThan(0);
    await provider.loadComplete;
    expect(provider.portfolio.people).to.have.length(10000);
    await waitUntil(() => /10\.000 Personen: Datei gelesen/.test(p.doc.getElementById('timing')!.textContent ?? ''), 'no timing line', { timeout: 20000 });
    expect(team.shadowRoot!.querySelector('.team .body > .row .pending')).to.equal(null);
    expect(errors).to.deep.equal([]);
  });
});
