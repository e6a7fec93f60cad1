/**
 * The work-flow page (demo/index.html) refuses a file it cannot import in German sentences that
 * name the person and the field, keeps the data it had, and lists the JSON path and code of each
 * refused part under "Details" for whoever looks into it (issue 16, item 5).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openPage, waitUpgraded, type TestPage } from './pages.js';

const BAD = {
  format: 'kompetenzrad-portfolio',
  version: 1,
  people: [{ id: 'p1', name: 'Erika Musterfrau', roleId: 'hausmeister' }],
  assessments: [],
  goals: [],
  plans: [],
};

describe('demo/index.html: a file that cannot be imported', () => {
  let p: TestPage;

  before(async () => {
    localStorage.removeItem('kompetenzrad-demo-lang');
    p = await openPage('/demo/index.html');
    await waitUpgraded(p.win, () => p.doc.querySelector('kompetenz-provider')!, 'the provider');
  });

  after(() => p.frame.remove());

  it('says in German whose record and which field, and shows path and code under Details', async () => {
    const input = p.doc.getElementById('import-file') as HTMLInputElement;
    const transfer = new p.win.DataTransfer();
    transfer.items.add(new p.win.File([JSON.stringify(BAD)], 'kaputt.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new p.win.Event('change'));
    const result = p.doc.getElementById('import-result')!;
    await waitUntil(() => result.classList.contains('error'), 'no refusal shown');
    expect(result.textContent).to.contain('„kaputt.json“ konnte nicht importiert werden');
    expect(result.textContent).to.contain('Person 1 (Erika Musterfrau), Rolle: Die Rolle „hausmeister“ ist unbekannt');
    expect(result.textContent).not.to.contain('$.');
    const details = p.doc.getElementById('import-details') as HTMLDetailsElement;
    expect(details.hidden).to.equal(false);
    expect(details.open, 'closed until asked for').to.equal(false);
    expect(Array.from(details.querySelectorAll('li'), (item) => item.textContent)).to.deep.equal(['$.people[0].roleId unknown-role']);
  });
});
