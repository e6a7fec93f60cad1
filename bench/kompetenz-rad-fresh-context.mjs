// A web-test-runner server command for bench/kompetenz-rad-cold.bench.ts (registered in
// web-test-runner.bench.config.mjs): opens a page in a fresh browser context (a new incognito
// profile: nothing cached, nothing compiled), waits until its scripts are loaded and it has
// painted, and returns the milliseconds of one first drawing there (`window.krFirst(what)`).
export function freshContextPlugin() {
  return {
    name: 'kr-fresh-context',
    async executeCommand({ command, payload, session }) {
      if (command !== 'kr-fresh-context') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('kr-fresh-context needs a Puppeteer/Chrome launcher');
      const page = session.browser.getPage(session.id);
      const context = await page.browser().createBrowserContext();
      try {
        const fresh = await context.newPage();
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
