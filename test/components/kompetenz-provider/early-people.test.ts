// While a large `src` document is read, a team matrix shows its people as soon as their list has
// arrived, with every cell pending, and the values once the whole document is read and checked.
// The document arrives in two parts through a stand-in for `fetch`, so each state can be looked at.
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/define/gap-matrix.js';
import '../../../src/define/kompetenz-provider.js';
import '../../../src/define/kompetenz-rad.js';
import type { GapMatrix } from '../../../src/components/gap-matrix/gap-matrix.js';
import type { KompetenzProvider, StorageAdapter } from '../../../src/define/kompetenz-provider.js';
import { ArrivingPeople } from '../../../src/components/kompetenz-provider/controllers/arriving-people.js';
import { PortfolioPrecheck } from '../../../src/domain/portfolio-precheck.js';
import { ContextEvent } from '@lit/context';
import { kompetenzContext, type KompetenzContextValue } from '../../../src/internal/context.js';
import type { KrErrorDetail } from '../../../src/internal/events.js';
import { serializePortfolio } from '../../../src/domain/portfolio.js';
import { generatePortfolio } from '../../../src/domain/sample.js';
import type { Person, Portfolio } from '../../../src/domain/types.js';
import { DEFAULT_ROLES } from '../../../src/domain/roles.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { cores, host, patiently } from './helpers.js';

const large: Portfolio = generatePortfolio({ seed: 7, people: 1_400, today: '2025-09-01' });
const text = serializePortfolio(large);
const SRC = '/early-people/portfolio.json';

/** Where the first part ends: just after the first assessment, so the people's list is known to be complete. */
function afterFirstAssessment(body: string): number {
  const list = body.indexOf('"assessments":[') + '"assessments":['.length;
  return body.indexOf('},{', list) + 2;
}

interface Served {
  sendRest: () => void;
  /** How often a body was read from (each read asks for the next part), all requests together. */
  reads: () => number;
  /** The request was aborted. */
  aborted: () => boolean;
}

/**
 * `fetch` of `SRC` answers with `body`, sent as `first` bytes when first read and the rest when
 * `sendRest()` has been called; nothing is sent before it is read, and aborting the request ends
 * the body, as with a real request.
 */
const ownFetch = window.fetch;
function serve(body: string, first = afterFirstAssessment(body)): Served {
  const bytes = new TextEncoder().encode(body);
  const cut = new TextEncoder().encode(body.slice(0, first)).length;
  let rest!: () => void;
  const sent = new Promise<void>((resolve) => (rest = resolve));
  let reads = 0;
  let aborted = false;
  window.fetch = (input, init) => {
    if (!String(input instanceof Request ? input.url : input).includes(SRC)) return ownFetch(input, init);
    let end: (() => void) | undefined;
    let pulls = 0;
    const stream = new ReadableStream<Uint8Array>(
      {
        start(controller) {
          end = () => controller.error(new DOMException('The request was aborted.', 'AbortError'));
        },
        async pull(controller) {
          reads += 1;
          pulls += 1;
          if (pulls === 1) return controller.enqueue(bytes.slice(0, cut));
          await sent;
          if (pulls === 2) controller.enqueue(bytes.slice(cut));
          else controller.close();
        },
      },
      { highWaterMark: 0 },
    );
    init?.signal?.addEventListener('abort', () => {
      aborted = true;
      end?.();
    });
    return Promise.resolve(new Response(stream, { headers: { 'Content-Type': 'application/json', 'Content-Length': String(bytes.length) } }));
  };
  return { sendRest: rest, reads: () => reads, aborted: () => aborted };
}

afterEach(() => {
  window.fetch = ownFetch;
});

interface Page {
  provider: KompetenzProvider;
  matrix: GapMatrix;
  wheel: HTMLElement;
  errors: KrErrorDetail[];
  values: KompetenzContextValue[];
}

/** A provider of `SRC` around a team matrix and a wheel, kept in `storage` (none by default). */
function page(storage?: StorageAdapter): Page {
  const provider = document.createElement('kompetenz-provider');
  const errors: KrErrorDetail[] = [];
  const values: KompetenzContextValue[] = [];
  provider.addEventListener('kr-error', (event) => errors.push((event as CustomEvent<KrErrorDetail>).detail));
  if (storage) provider.storageAdapter = storage;
  else provider.setAttribute('storage', 'none');
  provider.setAttribute('src', SRC);
  const matrix = document.createElement('gap-matrix');
  matrix.mode = 'team';
  const wheel = document.createElement('kompetenz-rad');
  provider.append(matrix, wheel);
  host().append(provider);
  return { provider, matrix, wheel, errors, values };
}

/** Resolves once `check` holds; fails after `patiently.timeout`. */
const until = (check: () => boolean, what: string): Promise<void> => waitUntil(check, `timed out waiting until ${what}`, { timeout: patiently.timeout, interval: 5 });

const rows = (matrix: GapMatrix) => [...matrix.shadowRoot!.querySelectorAll<HTMLElement>('.team .body > .row')];
const status = (matrix: GapMatrix) => matrix.shadowRoot!.querySelector('[part="status"]')?.textContent?.trim();
const grid = (matrix: GapMatrix) => matrix.shadowRoot!.querySelector<HTMLElement>('[role="grid"]');

describe('kompetenz-provider src: the people before the rest of a large document', function () {
  this.timeout(patiently.timeout * 3);

  it('asks for src at insertion, not after its first update, which waits for its texts', async () => {
    // English texts are loaded by nobody else in this page.
    const { sendRest } = serve(text);
    // At each request: whether the provider's English texts had arrived.
    performance.clearResourceTimings();
    performance.setResourceTimingBufferSize(10_000);
    const asked: boolean[] = [];
    const textsArrived = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/kompetenz-provider/strings/en.'));
    const serving = window.fetch;
    window.fetch = (input, init) => {
      asked.push(textsArrived());
      return serving(input, init);
    };
    const provider = document.createElement('kompetenz-provider');
    provider.setAttribute('storage', 'none');
    provider.setAttribute('lang', 'en');
    provider.setAttribute('src', SRC);
    host().append(provider);
    await until(() => asked.length > 0, 'src is requested');
    expect(asked).to.deep.equal([false]);
    sendRest();
    await provider.loadComplete;
    await provider.updateComplete;
    expect(textsArrived()).to.be.true;
    expect(provider.portfolio.people).to.have.length(large.people.length);
  });

  for (const [name, count] of [
    ['read on the page (two cores)', 2],
    ['read by a worker', 8],
  ] as const) {
    it(`${name}: the team matrix shows the people with pending cells, then their values`, async () => {
      cores(count);
      const { sendRest } = serve(text);
      const { provider, matrix, wheel, errors } = page();
      await until(() => rows(matrix).length > 0, 'the first rows are drawn');
      await until(() => grid(matrix)?.getAttribute('aria-rowcount') === String(2 + large.people.length), 'everyone is listed');
      await matrix.updateComplete;

      // Who is there, in document order, every value still to come.
      const shown = rows(matrix);
      expect(shown.map((row) => row.dataset.person).slice(0, 3)).to.deep.equal(large.people.slice(0, 3).map((person) => person.id));
      expect(shown[0].querySelector('[role="rowheader"]')!.textContent).to.contain(large.people[0].name);
      expect(shown[0].querySelector('[data-col="1"]')!.textContent!.trim()).to.equal(DEFAULT_ROLES.find((role) => role.id === large.people[0].roleId)!.label.de);
      const cells = shown[0].querySelectorAll('[role="gridcell"][data-col]:not(.text)');
      expect(cells).to.have.length(25);
      cells.forEach((cell) => expect(cell.className).to.equal('pending'));
      expect(grid(matrix)!.getAttribute('aria-rowcount')).to.equal(String(2 + large.people.length));
      expect(grid(matrix)!.getAttribute('aria-busy')).to.equal('true');
      expect(status(matrix)).to.equal('Daten werden geladen …');
      expect(matrix.toCSV()).to.equal('');
      await expectAccessible(matrix);

      // The portfolio itself has nobody yet: nothing can be edited or saved, and other widgets wait.
      expect(provider.portfolio.people).to.deep.equal([]);
      expect((wheel as HTMLElement & { updateComplete: Promise<unknown> }).shadowRoot!.textContent).to.not.contain(large.people[0].name);

      sendRest();
      await provider.loadComplete;
      await matrix.analysisComplete;
      expect(errors).to.deep.equal([]);
      expect(provider.portfolio.people).to.have.length(large.people.length);
      expect(rows(matrix)[0].querySelectorAll('.pending')).to.have.length(0);
      expect(grid(matrix)!.getAttribute('aria-busy')).to.equal('false');
      expect(status(matrix)).to.not.equal('Daten werden geladen …');
    });
  }

  it('a person picked while the values are pending is the selected person once the document is read', async () => {
    cores(2);
    const { sendRest } = serve(text);
    const { provider, matrix, errors } = page();
    await until(() => rows(matrix).length > 2, 'the first rows are drawn');
    const picked = rows(matrix)[2];
    // By keyboard: Enter on the third person's name.
    const name = picked.querySelector<HTMLElement>('[role="rowheader"]')!;
    name.focus();
    name.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    sendRest();
    await provider.loadComplete;
    await provider.updateComplete;
    expect(errors).to.deep.equal([]);
    expect(provider.person).to.equal(picked.dataset.person);
    expect(picked.dataset.person).to.equal(large.people[2].id);
  });

  it('a team large enough to be built in a task of its own keeps its pending rows until its values are drawn', async () => {
    cores(2);
    const team = generatePortfolio({ seed: 9, people: 2_500, today: '2025-09-01' });
    const { sendRest } = serve(serializePortfolio(team));
    const { provider, matrix } = page();
    await until(() => rows(matrix).length > 0, 'the first rows are drawn');
    // From the first rows on, the grid never gives way to the loading note.
    let gridGone = false;
    const watch = new MutationObserver(() => (gridGone ||= grid(matrix) === null));
    watch.observe(matrix.shadowRoot!, { childList: true, subtree: true });
    sendRest();
    await provider.loadComplete;
    await matrix.analysisComplete;
    watch.disconnect();
    expect(gridGone).to.be.false;
    expect(grid(matrix)!.getAttribute('aria-rowcount')).to.equal(String(2 + team.people.length));
    expect(rows(matrix)[0].querySelectorAll('.pending')).to.have.length(0);
  });

  it('the context offers the people while loading, and the portfolio once read, in one step', async () => {
    cores(2);
    const { sendRest } = serve(text);
    const { provider, matrix } = page();
    const seen: KompetenzContextValue[] = [];
    const probe = document.createElement('div');
    matrix.append(probe);
    // A consumer of the context, as the widgets are: every value it is given.
    probe.dispatchEvent(new ContextEvent(kompetenzContext, probe, (value) => seen.push(value), true));
    await until(() => seen.some((value) => value.arriving?.length === large.people.length), 'all the people are offered');
    const offered = seen.filter((value) => value.arriving !== undefined);
    const early = offered[0];
    // The first ones may come before all of them (offers within one slice of reading are provided as one).
    expect(offered.at(-1)!.arriving).to.have.length(large.people.length);
    for (const value of offered) {
      expect(value.loading).to.be.true;
      expect(value.portfolio.people).to.deep.equal([]);
      expect(value.arriving!.map((person: Person) => person.id)).to.deep.equal(large.people.slice(0, value.arriving!.length).map((person) => person.id));
      expect(Object.isFrozen(value.arriving)).to.be.true;
    }
    sendRest();
    await provider.loadComplete;
    await provider.updateComplete;
    const last = seen.at(-1)!;
    expect(last.loading).to.be.false;
    expect(last.arriving).to.be.undefined;
    expect(last.portfolio.people).to.have.length(large.people.length);
    // No value between: the people are never shown as withdrawn before the whole document is there.
    const afterEarly = seen.slice(seen.indexOf(early) + 1);
    expect(afterEarly.every((value) => value.arriving !== undefined || value.portfolio.people.length > 0)).to.be.true;
  });

  it('a document with its own roles shows nobody early', async () => {
    cores(2);
    const own = { ...large, roles: DEFAULT_ROLES.map((role) => ({ ...role, label: { de: `${role.label.de} (eigen)`, en: role.label.en } })) };
    const body = serializePortfolio(own);
    const { sendRest } = serve(body);
    const { provider, matrix } = page();
    // Long enough for the first part to be read.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await matrix.updateComplete;
    expect(rows(matrix)).to.have.length(0);
    expect(matrix.shadowRoot!.textContent).to.contain('Daten werden geladen …');
    sendRest();
    await provider.loadComplete;
    await matrix.analysisComplete;
    expect(rows(matrix)[0].querySelector('[data-col="1"]')!.textContent).to.contain('(eigen)');
  });

  for (const count of [2, 8]) {
    it(`a document with an invalid person shows nobody early, and is refused as before (${count} cores)`, async () => {
      cores(count);
      const broken = JSON.parse(text) as { people: { roleId: string }[] };
      broken.people[5].roleId = 'no-such-role';
      const { sendRest } = serve(JSON.stringify(broken));
      const { provider, matrix, errors } = page();
      await new Promise((resolve) => setTimeout(resolve, 300));
      await matrix.updateComplete;
      expect(rows(matrix)).to.have.length(0);
      sendRest();
      await provider.loadComplete;
      await matrix.updateComplete;
      expect(errors.map((error) => error.code)).to.deep.equal(['src-invalid']);
      expect(rows(matrix)).to.have.length(0);
    });
  }

  it('a document refused at the end takes the people shown early away again', async () => {
    cores(2);
    const broken = JSON.parse(text) as { assessments: { date: string }[] };
    broken.assessments[900].date = '2025-02-30';
    const { sendRest } = serve(JSON.stringify(broken));
    const { provider, matrix, errors } = page();
    await until(() => rows(matrix).length > 0, 'the first rows are drawn');
    sendRest();
    await provider.loadComplete;
    await matrix.updateComplete;
    expect(errors.map((error) => error.code)).to.deep.equal(['src-invalid']);
    expect(rows(matrix)).to.have.length(0);
    expect(provider.portfolio.people).to.deep.equal([]);
  });
});

describe('kompetenz-provider src: read while the storage is asked', function () {
  this.timeout(patiently.timeout * 3);

  /** A storage whose `load` answers only when `answer` is called. */
  function slowStorage(): { storage: StorageAdapter; answer: (stored: unknown) => void } {
    let answer!: (stored: unknown) => void;
    const asked = new Promise<unknown>((resolve) => (answer = resolve));
    return { storage: { load: () => asked, save: () => Promise.resolve(), clear: () => Promise.resolve() }, answer };
  }

  for (const count of [2, 8]) {
    it(`reads the document before the storage has answered, and shows its people once the storage has nothing (${count} cores)`, async () => {
      cores(count);
      const served = serve(text);
      const { storage, answer } = slowStorage();
      const { provider, matrix, errors } = page(storage);
      // The first part is taken and the next one asked for while the storage is silent.
      await until(() => served.reads() >= 2, 'the document is read');
      await new Promise((resolve) => setTimeout(resolve, 100));
      await matrix.updateComplete;
      expect(rows(matrix)).to.have.length(0);
      expect(matrix.shadowRoot!.textContent).to.contain('Daten werden geladen …');
      // Nothing stored: the people read meanwhile are shown at once, before the rest of the document.
      answer(undefined);
      await until(() => rows(matrix).length > 0, 'the first rows are drawn');
      expect(rows(matrix)[0].dataset.person).to.equal(large.people[0].id);
      served.sendRest();
      await provider.loadComplete;
      expect(errors).to.deep.equal([]);
      expect(served.aborted()).to.be.false;
      expect(provider.portfolio.people).to.have.length(large.people.length);
    });
  }

  for (const count of [2, 8]) {
  it(`a document in the storage ends the reading of src, whose people are never shown (${count} cores)`, async () => {
    cores(count);
    const served = serve(text);
    const { storage, answer } = slowStorage();
    const { provider, matrix, errors } = page(storage);
    const stored = generatePortfolio({ seed: 3, people: 3, today: '2025-09-01' });
    const shown = new Set<string>();
    const watch = new MutationObserver(() => rows(matrix).forEach((row) => shown.add(row.dataset.person!)));
    watch.observe(matrix.shadowRoot!, { childList: true, subtree: true });
    await until(() => served.reads() >= 2, 'the document is read');
    answer(stored);
    await provider.loadComplete;
    await matrix.analysisComplete;
    watch.disconnect();
    rows(matrix).forEach((row) => shown.add(row.dataset.person!));
    expect(errors).to.deep.equal([]);
    expect(served.aborted()).to.be.true;
    expect(provider.portfolio.people.map((person) => person.id)).to.deep.equal(stored.people.map((person) => person.id));
    expect([...shown].sort()).to.deep.equal(stored.people.map((person) => person.id).sort());
  });
  }

  it('a small document is requested but read only once the storage has nothing', async () => {
    cores(2);
    const small = generatePortfolio({ seed: 4, people: 20, today: '2025-09-01' });
    const served = serve(serializePortfolio(small));
    served.sendRest();
    const { storage, answer } = slowStorage();
    const { provider, errors } = page(storage);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(served.reads()).to.equal(0);
    answer(undefined);
    await provider.loadComplete;
    expect(errors).to.deep.equal([]);
    expect(provider.portfolio.people).to.have.length(20);
  });

  it('a new storage while the first is asked ends the reading of the document for the first', async () => {
    cores(2);
    const served = serve(text);
    const first = slowStorage();
    const { provider, errors } = page(first.storage);
    await until(() => served.reads() >= 2, 'the document is read');
    const second = slowStorage();
    provider.storageAdapter = second.storage;
    await until(() => served.aborted(), 'the first reading is ended');
    served.sendRest();
    first.answer(undefined);
    second.answer(undefined);
    await provider.loadComplete;
    expect(errors).to.deep.equal([]);
    expect(provider.portfolio.people).to.have.length(large.people.length);
  });

  it('a src changed while the first document is read loads the new one, without an error for the first', async () => {
    cores(2);
    const served = serve(text);
    const { storage, answer } = slowStorage();
    const { provider, matrix, errors } = page(storage);
    answer(undefined);
    await until(() => rows(matrix).length > 0, 'the first rows are drawn');
    provider.src = `${SRC}?second`;
    await until(() => served.aborted(), 'the first reading is ended');
    served.sendRest();
    await provider.loadComplete;
    await provider.updateComplete;
    expect(errors).to.deep.equal([]);
    expect(provider.portfolio.people).to.have.length(large.people.length);
  });

  it('a src changed while the storage is asked ends the reading of the first document', async () => {
    cores(2);
    const served = serve(text);
    const { storage, answer } = slowStorage();
    const { provider, errors } = page(storage);
    await until(() => served.reads() >= 2, 'the first document is read');
    provider.src = `${SRC}?second`;
    await until(() => served.aborted(), 'the first reading is ended');
    served.sendRest();
    answer(undefined);
    await provider.loadComplete;
    expect(errors).to.deep.equal([]);
    expect(provider.portfolio.people).to.have.length(large.people.length);
  });
});

describe('ArrivingPeople', () => {
  const people = large.people.slice(0, 4);
  /** An `ArrivingPeople` fed as a reader feeds it: each batch checked alone first (`PortfolioPrecheck`). */
  const offers = () => {
    const seen: (readonly Person[] | undefined)[] = [];
    const people = new ArrivingPeople((offered) => seen.push(offered));
    const precheck = new PortfolioPrecheck();
    const arriving = {
      take(key: string, from: number, records: readonly unknown[], keys: readonly string[]) {
        precheck.add(key, from, records);
        people.take(key, from, records, keys, key !== 'people' || precheck.passedAlone(key, from, records));
      },
    };
    return { seen, arriving };
  };

  it('offers the first hundred people at once, and all once a later list begins', () => {
    const many = generatePortfolio({ seed: 2, people: 130, today: '2025-09-01' }).people;
    const { seen, arriving } = offers();
    arriving.take('people', 0, many.slice(0, 99), ['people']);
    expect(seen).to.deep.equal([]);
    arriving.take('people', 99, many.slice(99, 120), ['people']);
    expect(seen).to.deep.equal([many.slice(0, 120)]);
    arriving.take('people', 120, many.slice(120), ['people']);
    arriving.take('assessments', 0, [], ['people', 'assessments']);
    arriving.take('goals', 0, [], ['people', 'assessments', 'goals']);
    expect(seen).to.deep.equal([many.slice(0, 120), many]);
  });

  it('offers fewer people once a later list begins, frozen, in order', () => {
    const { seen, arriving } = offers();
    arriving.take('people', 0, people.slice(0, 2), ['format', 'version', 'people']);
    arriving.take('people', 2, people.slice(2), ['format', 'version', 'people']);
    expect(seen).to.deep.equal([]);
    arriving.take('assessments', 0, [], ['format', 'version', 'people', 'assessments']);
    arriving.take('goals', 0, [], ['format', 'version', 'people', 'assessments', 'goals']);
    expect(seen).to.have.length(1);
    expect(seen[0]).to.deep.equal(people);
    expect(Object.isFrozen(seen[0])).to.be.true;
  });

  it('withdraws them when roles, a catalogue or a second list of people follow', () => {
    for (const [key, keys] of [
      ['roles', ['people', 'assessments', 'roles']],
      ['goals', ['people', 'assessments', 'catalogue', 'goals']],
      ['people', ['people', 'assessments', 'people']],
    ] as const) {
      const { seen, arriving } = offers();
      arriving.take('people', 0, people, ['people']);
      arriving.take('assessments', 0, [], ['people', 'assessments']);
      arriving.take(key, 0, key === 'people' ? people : [], keys);
      expect(seen, key).to.deep.equal([people, undefined]);
    }
  });

  it('offers nobody for an invalid person, an id given twice, or roles before the people', () => {
    const cases: [readonly unknown[], string[]][] = [
      [[people[0], { ...people[1], roleId: 'no-such-role' }], ['people']],
      [[people[0], { ...people[1], name: 42 }], ['people']],
      [[people[0], { ...people[1], id: people[0].id }], ['people']],
      [people, ['roles', 'people']],
    ];
    for (const [records, keys] of cases) {
      const { seen, arriving } = offers();
      arriving.take('people', 0, records, keys);
      arriving.take('assessments', 0, [], [...keys, 'assessments']);
      expect(seen).to.deep.equal([]);
    }
  });
});
