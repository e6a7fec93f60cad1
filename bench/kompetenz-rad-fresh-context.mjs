// A web-test-runner server command for bench/kompetenz-rad-cold.bench.ts (registered in
// web-test-runner.bench.config.mjs): opens a page in a fresh browser context (a new incognito
// profile: nothing cached, nothing compiled), waits until its scripts are loaded and it has
// painted, and returns what `window.krFirst(what)` measures there (the milliseconds of one
// first drawing, or the figures of a first load).
export function freshContextPlugin() {
  return {
    name: 'kr-fresh-context',
    async executeCommand({ command, payload, session }) {
      // `kr-devtools-network`: the test page itself without (false) or with (true) the network watch (see below).
      if (command === 'kr-devtools-network') {
        await session.browser.getPage(session.id)._client().send(payload.enabled ? 'Network.enable' : 'Network.disable');
        return true;
      }
      if (command !== 'kr-fresh-context') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('kr-fresh-context needs a Puppeteer/Chrome launcher');
      const page = session.browser.getPage(session.id);
      const context = await page.browser().createBrowserContext();
      try {
        const fresh = await context.newPage();
        // `withoutDevtoolsNetwork`: as in a browser without DevTools open. Puppeteer watches the
        // page's network, and Chromium then decodes every response body on the page's main thread
        // for DevTools: 100–150 ms for the 17.7 MB document of the provider's bench.
        if (payload.withoutDevtoolsNetwork) await fresh._client().send('Network.disable');
        // `phone`: a phone's screen (390 × 844 CSS px at three device pixels each, touch).
        if (payload.phone) await fresh.setViewport({ width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
        // `desktop`: a desktop window (1,100 × 1,200), as the iframes of the cold benches have.
        else if (payload.desktop) await fresh.setViewport({ width: 1100, height: 1200 });
        await fresh.goto(new URL(payload.page, page.url()).href);
        await fresh.waitForFunction('window.krFirst !== undefined', { timeout: 30000 });
        return await fresh.evaluate(async (what) => {
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
          return window.krFirst(what);
        }, payload.what);
      } finally {
        await context.close();
      }
    },
  };
}
