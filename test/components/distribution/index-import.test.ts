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

describe('demo/index.html: focus stays on the page when the control that had it goes', () => {
  let p: TestPage;

  before(async () => {
    localStorage.removeItem('kompetenzrad-demo-lang');
    p = await openPage('/demo/index.html');
    await waitUpgraded(p.win, () => p.doc.querySelector('kompetenz-provider')!, 'the provider');
    (p.win as Window & { confirm: () => boolean }).confirm = () => true;
  });

  after(() => p.frame.remove());

  it('after "Beispieldaten laden" (its row is then hidden) focus is on the person field', async () => {
    const personSelect = p.doc.getElementById('person-select') as HTMLSelectElement;
    const sample = p.doc.getElementById('load-sample') as HTMLButtonElement;
    (p.doc.getElementById('delete-all') as HTMLButtonElement).click();
    // Deleting and importing go through the browser's storage: slow on a busy machine.
    await waitUntil(() => !p.doc.getElementById('sample-row')!.hidden, 'the data are deleted', { timeout: 8000 });
    sample.focus();
    sample.click();
    await waitUntil(() => personSelect.options.length > 0 && p.doc.getElementById('sample-row')!.hidden, 'the sample is loaded', { timeout: 8000 });
    expect(p.doc.activeElement).to.equal(personSelect);
  });
});
