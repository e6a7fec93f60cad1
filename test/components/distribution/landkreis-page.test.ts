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
