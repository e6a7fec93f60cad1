/**
 * Another person's browser, for the `storage="http"` tests: a page in a fresh browser context
 * (its own IndexedDB, HTTP cache and BroadcastChannel, nothing shared with the test page but the
 * server) that runs one `<kompetenz-provider>`
 * (test/components/kompetenz-provider/peer/http-peer.html). Registered in
 * web-test-runner.config.mjs.
 *
 * Server command `kr-peer` (`executeServerCommand('kr-peer', payload)`), `payload.action`:
 * - `open` `{params}`: opens the page with these query parameters (`src`, `today` …) once its
 *   provider has loaded; returns the peer's id;
 * - `call` `{id, method, args}`: `{value}`, what `window.peer[method](...args)` in that page gave, awaited;
 * - `reload` `{id}`: reloads the page for real and waits for its provider again; returns
 *   `{askedFirst}`, whether the page asked before it was left (`beforeunload`: the person
 *   confirms leaving, as one pressing F5 with a change not saved yet would);
 * - `offline` `{id, offline}`: the page's network goes away (Chrome's offline emulation) or comes back;
 * - `close` `{id}`: closes the page and its context.
 *
 * Server command `kr-sign-in` `{cancel}` (for the test page itself): while `cancel` is true, every
 * sign-in dialog the browser would show for a `401` with a challenge (`WWW-Authenticate: Basic`)
 * is cancelled at once, as a person pressing "Cancel" would, so the page gets the `401`. (Headless
 * Chrome shows no dialog and would wait for ever.)
 */
const PAGE = '/test/components/kompetenz-provider/peer/http-peer.html';

async function ready(page) {
  await page.waitForFunction('window.peer !== undefined', { timeout: 20000 });
  await page.evaluate(() => window.peer.ready);
}

/** Cancels every sign-in dialog of `page` (through the DevTools protocol) until the returned function is called. */
async function cancelSignIns(page) {
  const cdp = await page.createCDPSession();
  cdp.on('Fetch.authRequired', ({ requestId }) => void cdp.send('Fetch.continueWithAuth', { requestId, authChallengeResponse: { response: 'CancelAuth' } }).catch(() => undefined));
  cdp.on('Fetch.requestPaused', ({ requestId }) => void cdp.send('Fetch.continueRequest', { requestId }).catch(() => undefined));
  await cdp.send('Fetch.enable', { handleAuthRequests: true, patterns: [{ urlPattern: '*/dav/*' }] });
  return async () => {
    await cdp.send('Fetch.disable').catch(() => undefined);
    await cdp.detach().catch(() => undefined);
  };
}

export function peerPlugin() {
  const peers = new Map();
  const signIns = new Map();
  let count = 0;
  return {
    name: 'kr-peer',
    async executeCommand({ command, payload, session }) {
      if (command === 'kr-sign-in') {
        if (session.browser.type !== 'puppeteer') throw new Error('kr-sign-in needs a Puppeteer/Chrome launcher');
        await signIns.get(session.id)?.();
        signIns.delete(session.id);
        if (payload?.cancel) signIns.set(session.id, await cancelSignIns(session.browser.getPage(session.id)));
        return true;
      }
      if (command !== 'kr-peer') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('kr-peer needs a Puppeteer/Chrome launcher');
      if (payload.action === 'open') {
        const testPage = session.browser.getPage(session.id);
        const context = await testPage.browser().createBrowserContext();
        const page = await context.newPage();
        page.on('pageerror', (error) => console.warn(`kr-peer page error: ${error.message}`));
        const peer = { context, page, askedFirst: false };
        page.on('dialog', (dialog) => {
          if (dialog.type() === 'beforeunload') peer.askedFirst = true;
          void dialog.accept().catch(() => undefined);
        });
        const url = new URL(PAGE, testPage.url());
        for (const [name, value] of Object.entries(payload.params ?? {})) url.searchParams.set(name, String(value));
        await page.goto(url.href);
        await ready(page);
        count += 1;
        peers.set(count, peer);
        return count;
      }
      const peer = peers.get(payload.id);
      if (!peer) throw new Error(`kr-peer: no peer ${payload.id}`);
      switch (payload.action) {
        case 'call':
          // Wrapped: `undefined` or `null` would tell the test runner that no plugin handled the command.
          return { value: (await peer.page.evaluate((method, args) => window.peer[method](...args), payload.method, payload.args ?? [])) ?? null };
        case 'reload': {
          peer.askedFirst = false;
          await peer.page.reload();
          await ready(peer.page);
          return { askedFirst: peer.askedFirst };
        }
        case 'offline':
          await peer.page.setOfflineMode(Boolean(payload.offline));
          return true;
        case 'close':
          peers.delete(payload.id);
          await peer.context.close();
          return true;
        default:
          throw new Error(`kr-peer: unknown action "${payload.action}"`);
      }
    },
  };
}
