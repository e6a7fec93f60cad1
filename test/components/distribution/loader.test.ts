/**
 * The CMS case: only the loader (dist/kompetenzrad.min.js, or dist/cdn/kompetenzrad.min.js from
 * the folder an editor copies) on a plain page under a strict Content-Security-Policy. `npm test`
 * builds dist/ first. Each page runs in an iframe, with its policy (test/pages/middleware.mjs).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openPage, readManifest, requested, TAGS, waitUpgraded, type ChunkManifest, type TestPage } from './pages.js';

/** The pages, the loader each one uses and the folder of its chunk folder (test/pages/elsewhere/ is a copy of dist/cdn/). */
const LOADER_PAGES = [
  { page: '/test/pages/loader.html', loader: '/dist/kompetenzrad.min.js', cdn: '/dist/cdn/', policy: "script-src 'self'" },
  { page: '/test/pages/loader.strict-dynamic.html', loader: '/test/pages/elsewhere/kompetenzrad.min.js', cdn: '/test/pages/elsewhere/', policy: "a nonce and 'strict-dynamic'" },
];

let manifest: ChunkManifest;

before(async () => {
  manifest = await readManifest();
});

for (const { page, loader, cdn, policy } of LOADER_PAGES) {
  describe(`${loader} on a plain page under ${policy}`, () => {
    let p: TestPage;
    const chunkPath = (file: string): string => `${cdn}${manifest.folder}/${file}`;

    before(async () => {
      p = await openPage(page, (win) => win.__ready === true);
    });

    after(() => p.frame.remove());

    it('upgrades a tag in the page and one in a shadow root that was there at load', async () => {
      await waitUpgraded(p.win, () => p.doc.getElementById('in-page'), 'the gap matrix in the page');
      await waitUpgraded(p.win, () => p.doc.getElementById('host')!.shadowRoot!.getElementById('in-shadow'), 'the wheel in the shadow root');
      expect(p.doc.getElementById('host')!.shadowRoot!.getElementById('in-shadow')!.shadowRoot!.querySelector('svg')).to.exist;
    });

    it('fetches an element with all its chunks at once: no chunk waits for another to arrive', () => {
      const initial = new Set([...manifest.tags['gap-matrix']!.chunks, ...manifest.tags['kompetenz-rad']!.chunks].map(chunkPath));
      const entries = (p.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => initial.has(new URL(entry.name).pathname));
      expect(entries.map((entry) => new URL(entry.name).pathname).sort()).to.deep.equal([...initial].sort());
      const lastStart = Math.max(...entries.map((entry) => entry.startTime));
      // A chunk another page of this browser already loaded comes from the memory cache at once
      // (transferSize 0): its arrival says nothing about when the others were asked for.
      const fetched = entries.filter((entry) => entry.transferSize > 0);
      const firstEnd = Math.min(...fetched.map((entry) => entry.responseEnd));
      const timeline = entries.map((entry) => `${new URL(entry.name).pathname} ${entry.startTime.toFixed(1)}–${entry.responseEnd.toFixed(1)} ms${entry.transferSize > 0 ? '' : ' (cache)'}`).join('\n');
      expect(lastStart, `a chunk was requested only after another one had arrived:\n${timeline}`).to.be.at.most(firstEnd);
    });

    it('a gap matrix with bad people loads the words for their issues from the chunk folder (nothing on the page had them)', async () => {
      const issueTexts = chunkPath('issue-texts.js');
      const fetchedTexts = () => (p.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).some((entry) => new URL(entry.name).pathname === issueTexts);
      expect(fetchedTexts(), 'not loaded with the matrix and the wheel').to.equal(false);
      const matrix = p.doc.createElement('gap-matrix') as HTMLElement & { people: unknown };
      matrix.setAttribute('mode', 'team');
      const reported = p.win.__krErrors!.length;
      matrix.people = [{ id: 'x1', name: 'Ohne Rolle', roleId: 'astronaut' }];
      p.doc.body.append(matrix);
      const notice = () => matrix.shadowRoot?.querySelector('[part="notice"]')?.textContent ?? '';
      await waitUntil(() => notice().includes('Die Rolle „astronaut“ ist unbekannt'), `the domain's sentence: ${notice()}`, { timeout: 5000 });
      expect(notice()).not.to.contain('$.');
      expect(fetchedTexts(), 'loaded once there was an issue').to.equal(true);
      // Its kr-error was meant; the page's record keeps counting the others.
      expect(p.win.__krErrors!.splice(reported).map((error) => error.code)).to.deep.equal(['unknown-role']);
      matrix.remove();
    });

    it('upgrades a tag inserted after load', async () => {
      const form = p.doc.createElement('smart-goal-form');
      p.doc.body.append(form);
      await waitUpgraded(p.win, () => form, 'the inserted goal form');
    });

    it('upgrades a tag in the shadow root of an element inserted after load', async () => {
      const host = p.doc.createElement('div');
      host.attachShadow({ mode: 'open' }).append(p.doc.createElement('kompetenz-provider'));
      p.doc.body.append(host);
      await waitUpgraded(p.win, () => host.shadowRoot!.querySelector('kompetenz-provider'), 'the provider in the shadow root');
    });

    it('upgrades a tag in a shadow root attached after load once the page passes the root to discover()', async () => {
      const host = p.doc.createElement('div');
      p.doc.body.append(host);
      await new Promise((resolve) => setTimeout(resolve));
      const root = host.attachShadow({ mode: 'open' });
      root.append(p.doc.createElement('lernplan-timeline'));
      p.win.__discover!(root);
      await waitUpgraded(p.win, () => root.querySelector('lernplan-timeline'), 'the time line in the late shadow root');
      // The root is watched from now on.
      const second = p.doc.createElement('lernplan-timeline');
      root.append(second);
      await waitUpgraded(p.win, () => second, 'a second time line added to that root');
    });

    it('causes no Content-Security-Policy or Trusted Types violation and no console error', () => {
      // The test server adds a script of its own to every page (without the nonce).
      expect(p.win.__cspViolations!.filter((violation) => !violation.includes('/__web-dev-server'))).to.deep.equal([]);
      expect(p.win.__consoleErrors).to.deep.equal([]);
      expect(p.win.__krErrors).to.deep.equal([]);
    });

    it('requests nothing from another origin, and only the loader and its chunks besides the page', () => {
      const urls = requested(p.win);
      expect(urls.filter((url) => url.origin !== p.win.location.origin).map(String)).to.deep.equal([]);
      const library = urls.map((url) => url.pathname).filter((path) => !path.startsWith('/test/pages/') || path.startsWith(cdn));
      const chunks = new Set(Object.values(manifest.tags).flatMap((need) => [...need.chunks, ...need.de, ...need.en].map(chunkPath)));
      expect(library.filter((path) => path !== loader && !chunks.has(path))).to.deep.equal([]);
      expect(library).to.include(loader);
    });
  });
}

describe('the loader and the page language', () => {
  const requestedChunks = (p: TestPage): string[] =>
    requested(p.win)
      .map((url) => url.pathname)
      .filter((path) => path.startsWith(`/dist/cdn/${manifest.folder}/`))
      .map((path) => path.slice(`/dist/cdn/${manifest.folder}/`.length));

  it('a German page requests the German texts of the wheel and no English module', async () => {
    const p = await openPage('/test/pages/lang-de.html');
    try {
      const wheel = p.doc.querySelector('kompetenz-rad')!;
      await waitUpgraded(p.win, () => wheel, 'the wheel');
      expect(wheel.shadowRoot!.textContent).to.include('Soll-Profil');
      const need = manifest.tags['kompetenz-rad']!;
      const chunks = requestedChunks(p);
      expect(chunks.filter((file) => need.en.includes(file))).to.deep.equal([]);
      expect(chunks.filter((file) => !need.chunks.includes(file) && !need.de.includes(file))).to.deep.equal([]);
      expect(chunks).to.include.members([...need.chunks, ...need.de]);
    } finally {
      p.frame.remove();
    }
  });

  it('an English page requests no German module', async () => {
    const p = await openPage('/test/pages/lang-en.html');
    try {
      const wheel = p.doc.querySelector('kompetenz-rad')!;
      await waitUpgraded(p.win, () => wheel, 'the wheel');
      expect(wheel.shadowRoot!.textContent).to.include('Target profile').and.not.include('Soll-Profil');
      const need = manifest.tags['kompetenz-rad']!;
      const chunks = requestedChunks(p);
      expect(chunks.filter((file) => need.de.includes(file))).to.deep.equal([]);
      expect(chunks).to.include.members([...need.chunks, ...need.en]);
    } finally {
      p.frame.remove();
    }
  });

  /** The notice line of a goal form's problem with `current='{"daten":7}'`; its `kr-error` message is the same English note in both. */
  const LEVEL_PROBLEM = { de: 'Keine Stufe „daten: 7“ in „current“', en: 'No level “daten: 7” in “current”' };

  for (const [lang, other] of [['de', 'en'], ['en', 'de']] as const) {
    it(`a page in ${lang} with all five elements requests no text module in ${other}, and words an input problem in ${lang}`, async () => {
      const p = await openPage(`/test/pages/lang-${lang}-all.html`);
      try {
        for (const tag of TAGS) await waitUpgraded(p.win, () => p.doc.querySelector(tag), `<${tag}>`);
        const form = p.doc.querySelector('smart-goal-form') as HTMLElement & { problems: readonly { code: string; message: string }[] };
        const message = (): string | undefined => form.problems.find((problem) => problem.code === 'level')?.message;
        await waitUntil(() => message() !== undefined, 'the goal form reports the level');
        expect(message()).to.equal('current: level at current.daten (got 7)');
        await waitUntil(() => form.shadowRoot!.querySelector('[part="notice"]')?.textContent?.includes(LEVEL_PROBLEM[lang]), `the notice in ${lang}`);
        const chunks = requestedChunks(p);
        const texts = TAGS.flatMap((tag) => manifest.tags[tag]![lang]);
        expect(chunks).to.include.members(texts);
        // What an element's code imports statically is requested in both languages: the built-in
        // roles' source note, as long as the provider's portfolio module holds the described roles.
        const statics = new Set(TAGS.flatMap((tag) => manifest.tags[tag]!.chunks));
        expect(chunks.filter((file) => file.startsWith(`${other}/`) && !statics.has(file))).to.deep.equal([]);
      } finally {
        p.frame.remove();
      }
    });
  }

  it('loads the other language when lang changes at run time, and renders only when its texts are there', async () => {
    const p = await openPage('/test/pages/lang-de.html');
    try {
      const wheel = p.doc.querySelector('kompetenz-rad') as HTMLElement & { updateComplete: Promise<unknown> };
      await waitUpgraded(p.win, () => wheel, 'the wheel');
      wheel.setAttribute('lang', 'en');
      await wheel.updateComplete;
      // One update later the wheel speaks English: the wait for the texts is part of updateComplete.
      expect(wheel.shadowRoot!.textContent).to.include('Target profile').and.not.include('Soll-Profil');
      expect(requestedChunks(p)).to.include.members(manifest.tags['kompetenz-rad']!.en);
    } finally {
      p.frame.remove();
    }
  });
});

describe('the loader when chunks are missing on the server', () => {
  const visible = (element: Element | null): boolean => element !== null && element.getBoundingClientRect().height > 0 && element.checkVisibility();

  it('without its chunk folder: one console error naming the files, kr-error on each tag, light DOM visible', async () => {
    const p = await openPage('/test/pages/missing-chunks.html');
    try {
      await waitUntil(() => p.win.__krErrors!.length >= 3 && p.win.__consoleErrors!.length >= 1, 'no errors were reported', { timeout: 8000 });
      await new Promise((resolve) => setTimeout(resolve, 50));
      const folder = `/test/pages/moved/${manifest.folder}/`;
      expect(p.win.__consoleErrors).to.have.length(1);
      const [consoleError] = p.win.__consoleErrors!;
      expect(consoleError).to.include(`${folder}kompetenz-rad.js`).and.include(`${folder}gap-matrix.js`);
      expect(p.win.__krErrors!.map((error) => error.tag).sort()).to.deep.equal(['gap-matrix', 'kompetenz-rad', 'kompetenz-rad']);
      for (const error of p.win.__krErrors!) {
        expect(error).to.include({ code: 'load-failed', source: 'loader' });
        expect(error.message).to.include(`${folder}${error.tag}.js`);
      }
      expect(p.win.customElements.get('kompetenz-rad')).to.equal(undefined);
      expect(visible(p.doc.querySelector('#wheel table')), 'the table of the wheel').to.be.true;
      expect(visible(p.doc.querySelector('#second-wheel p')), 'the text in the second wheel').to.be.true;
      expect(visible(p.doc.querySelector('#matrix p')), 'the text in the matrix').to.be.true;
      expect(p.win.__cspViolations).to.deep.equal([]);
      expect(requested(p.win).filter((url) => url.origin !== p.win.location.origin).map(String)).to.deep.equal([]);
    } finally {
      p.frame.remove();
    }
  });

  it('without the chunks of one element: one console error naming them, kr-error on that tag only, the other element works', async () => {
    const p = await openPage('/test/pages/missing-wheel-chunks.html');
    try {
      await waitUntil(() => p.win.__krErrors!.length >= 1 && p.win.__consoleErrors!.length >= 1, 'no errors were reported', { timeout: 8000 });
      await waitUpgraded(p.win, () => p.doc.getElementById('matrix'), 'the gap matrix');
      await new Promise((resolve) => setTimeout(resolve, 50));
      const matrix = new Set(manifest.tags['gap-matrix']!.chunks);
      const base = `${location.origin}/test/pages/without-wheel/${manifest.folder}/`;
      const missing = manifest.tags['kompetenz-rad']!.chunks.filter((file) => !matrix.has(file)).map((file) => base + file);
      expect(missing, 'the wheel has chunks of its own').not.to.be.empty;
      // With the browser's reason: the first file it could not fetch.
      const reason = /^ \(TypeError: Failed to fetch dynamically imported module: .*\.js\)$/;
      expect(p.win.__consoleErrors).to.have.length(1);
      expect(p.win.__consoleErrors![0].startsWith(`kompetenzrad: could not load ${missing.join(', ')}`)).to.equal(true);
      expect(p.win.__consoleErrors![0].slice(`kompetenzrad: could not load ${missing.join(', ')}`.length)).to.match(reason);
      expect(p.win.__krErrors).to.have.length(1);
      const [error] = p.win.__krErrors!;
      expect(error).to.include({ tag: 'kompetenz-rad', code: 'load-failed', source: 'loader' });
      expect(error.message.startsWith(`<kompetenz-rad>: could not load ${missing.join(', ')}`)).to.equal(true);
      expect(error.message.slice(`<kompetenz-rad>: could not load ${missing.join(', ')}`.length)).to.match(reason);
      expect(p.win.customElements.get('kompetenz-rad')).to.equal(undefined);
      expect(visible(p.doc.querySelector('#wheel table')), 'the table of the wheel').to.be.true;
      expect(p.win.__cspViolations).to.deep.equal([]);
    } finally {
      p.frame.remove();
    }
  });
});

describe('the loader when a file fails while it runs, and beside another library', () => {
  it("names the error a chunk threw while it ran, once for all the files it stopped (Trusted Types refusing lit's policy)", async () => {
    const p = await openPage(`/test/pages/loader.html?trusted-types=${encodeURIComponent("'none'")}`);
    try {
      await waitUntil(() => p.win.__consoleErrors!.length >= 1 && p.win.__krErrors!.length >= 1, 'no errors were reported', { timeout: 8000 });
      const [consoleError] = p.win.__consoleErrors!;
      expect(consoleError).to.match(/^kompetenzrad: could not load .*\.js \(TypeError: .*lit-html.*\)$/);
      expect(consoleError.match(/TypeError/g), 'the same error is named once').to.have.length(1);
      for (const error of p.win.__krErrors!) expect(error.message).to.match(/^<[\w-]+>: could not load .*\(TypeError: .*lit-html/);
    } finally {
      p.frame.remove();
    }
  });

  it('leaves a tag another library defined to it and loads the others', async () => {
    const p = await openPage('/test/pages/loader-clash.html');
    try {
      await waitUpgraded(p.win, () => p.doc.getElementById('wheel'), 'the wheel');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(p.doc.getElementById('matrix')!.shadowRoot, "the other library's element stays as it is").to.equal(null);
      const gapMatrixOnly = new Set(manifest.tags['gap-matrix']!.chunks.filter((file) => !manifest.tags['kompetenz-rad']!.chunks.includes(file)));
      expect(requested(p.win).filter((url) => gapMatrixOnly.has(url.pathname.split('/').pop()!)).map(String), 'nothing of the matrix is fetched').to.deep.equal([]);
      expect(p.win.__consoleErrors).to.deep.equal([]);
      expect(p.win.__krErrors).to.deep.equal([]);
    } finally {
      p.frame.remove();
    }
  });
});
