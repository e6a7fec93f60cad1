// A web-test-runner server command that emulates `forced-colors` (and `prefers-color-scheme`)
// through the Chrome DevTools Protocol. @web/test-runner-commands' emulateMedia passes
// `forcedColors` only to Playwright; with Puppeteer (chromeLauncher) it is silently ignored.
// Register it in the config: `plugins: [..., mediaEmulationPlugin()]`.
const sessions = new WeakMap();

export function mediaEmulationPlugin() {
  return {
    name: 'kr-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'kr-emulate-media') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('kr-emulate-media needs a Puppeteer/Chrome launcher');
      const page = session.browser.getPage(session.id);
      // Emulation overrides live as long as the CDP session that set them: keep one per page.
      let client = sessions.get(page);
      if (!client) {
        client = await page.createCDPSession();
        sessions.set(page, client);
      }
      const features = [];
      if (payload?.colorScheme) features.push({ name: 'prefers-color-scheme', value: payload.colorScheme });
      if (payload?.forcedColors) features.push({ name: 'forced-colors', value: payload.forcedColors });
      await client.send('Emulation.setEmulatedMedia', { media: '', features });
      return true;
    },
  };
}
