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

/** The work-flow page in German, its provider defined, every question of the page answered "yes". */
async function openDemo(): Promise<TestPage> {
  localStorage.removeItem('kompetenzrad-demo-lang');
  const p = await openPage('/demo/index.html');
  await waitUpgraded(p.win, () => p.doc.querySelector('kompetenz-provider')!, 'the provider');
  (p.win as Window & { confirm: () => boolean }).confirm = () => true;
  return p;
}

/** Imports `portfolio` as the file `name` through the page's file field. */
function importFile(p: TestPage, portfolio: unknown, name: string): void {
  const input = p.doc.getElementById('import-file') as HTMLInputElement;
  const transfer = new p.win.DataTransfer();
  transfer.items.add(new p.win.File([JSON.stringify(portfolio)], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new p.win.Event('change'));
}

describe('demo/index.html: a file that cannot be imported', () => {
  let p: TestPage;

  before(async () => {
    p = await openDemo();
  });

  after(() => p.frame.remove());

  it('says in German whose record and which field, and shows path and code under Details', async () => {
    importFile(p, BAD, 'kaputt.json');
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
    p = await openDemo();
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

describe('demo/index.html: the summary of a plan completed by its final review', () => {
  let p: TestPage;
  const COMPLETED = {
    format: 'kompetenzrad-portfolio',
    version: 1,
    people: [{ id: 'p1', name: 'Erika Musterfrau', roleId: 'cdo' }],
    assessments: [],
    goals: [{ id: 'g1', personId: 'p1', competencyIds: ['daten'], targetLevel: 2, measure: 'erstellt eine eigene Auswertung', challenge: 'neues Gebiet', resources: { hours: 20 }, due: '2025-11-30', status: 'reached' }],
    plans: [
      {
        id: 'plan-p1',
        personId: 'p1',
        status: 'completed',
        history: [
          { status: 'draft', date: '2025-05-01' },
          { status: 'agreed', date: '2025-05-05' },
          { status: 'active', date: '2025-05-10' },
          { status: 'completed', date: '2025-08-20' },
        ],
        items: [{ id: 'i1', kind: 'format', formatId: 'coaching', competencyIds: ['daten'], start: '2025-05-12', end: '2025-08-01', hours: 20, cost: 0, status: 'done', goalId: 'g1' }],
        reviews: [{ id: 'r1', date: '2025-08-20', participants: ['Erika Musterfrau'], final: true, notes: 'Ziel erreicht' }],
        outcome: { date: '2025-08-20', goals: [{ goalId: 'g1', reached: true, smartInPractice: true }], nextStockTaking: '2026-03-01' },
      },
    ],
  };

  before(async () => {
    p = await openDemo();
  });

  after(() => p.frame.remove());

  it('names the next stock-taking in place of a next review, and each goal’s result', async () => {
    importFile(p, COMPLETED, 'abgeschlossen.json');
    const next = p.doc.getElementById('sum-next-review')!;
    await waitUntil(() => next.textContent!.includes('Bestandsaufnahme'), `the summary: ${next.textContent}`, { timeout: 8000 });
    expect(next.textContent).to.equal('Plan abgeschlossen; nächste Bestandsaufnahme bis 1. März 2026');
    expect(p.doc.getElementById('sum-goals')!.textContent).to.contain('· erreicht');
  });
});

describe('demo/index.html: the sticky status line covers no step jumped to', () => {
  let p: TestPage;

  before(async () => {
    p = await openDemo();
    p.frame.style.setProperty('width', '320px');
  });

  after(() => p.frame.remove());

  it('on a phone 320 px wide, a step scrolled to starts below the line at its tallest, and a longer text scrolls inside it', async () => {
    const status = p.doc.getElementById('status')!;
    await waitUntil(() => status.textContent !== '', 'the page said what it loaded', { timeout: 8000 });
    const padding = parseFloat(p.win.getComputedStyle(p.doc.documentElement).scrollPaddingBlockStart);
    const merged = 'In einem anderen Fenster wurden neuere Daten gespeichert; Ihre Änderungen sind mit ihnen zusammengeführt.';
    for (const text of [merged, `${merged} ${merged} ${merged}`]) {
      status.textContent = text;
      const step = p.doc.getElementById('step-gaps')!;
      step.scrollIntoView({ block: 'start' });
      await new Promise((resolve) => p.win.requestAnimationFrame(resolve));
      const line = status.getBoundingClientRect();
      expect(line.top, 'the line is stuck at the top').to.equal(0);
      expect(line.height, 'at most the scroll padding').to.be.at.most(padding);
      expect(step.getBoundingClientRect().top - line.bottom, 'the step starts below the line, with air for a focus outline').to.be.at.least(5);
    }
    expect(status.scrollHeight, 'the long text is all there, to scroll').to.be.above(status.clientHeight);
  });
});
