/**
 * Importing a 10,000-person portfolio in Chromium: parse, migrate and validate the document and
 * provide it (memory storage, so IndexedDB does not enter the figure). Budget as for the parse
 * in Node.
 *
 * `storage="http"`: the time from a change (a wheel's `kr-level-change`) until the server has
 * stored it (`saveComplete`: the `PUT` answered), with the demo's document
 * (demo/data/sample-portfolio.json, 12 people) on Apache httpd with mod_dav behind the test
 * server's proxy (test/helpers/dav-server.mjs), on this machine.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/define/kompetenz-provider.js';
import type { KompetenzProvider } from '../src/components/kompetenz-provider/kompetenz-provider.js';
import { generatePortfolio } from '../src/domain/sample.js';
import { serializePortfolio } from '../src/domain/portfolio.js';
import { KompetenzradError } from '../src/domain/errors.js';
import { measure } from './harness.js';

const text = serializePortfolio(generatePortfolio({ seed: 11, people: 10_000, today: '2025-09-01' }));

describe('kompetenz-provider bench', () => {
  it('imports a 10,000-person document', async () => {
    let provider: KompetenzProvider | undefined;
    await measure(
      `kompetenz-provider import of a 10,000-person portfolio (${(text.length / 1e6).toFixed(1)} MB)`,
      () => {
        const result = provider!.importPortfolio(text);
        if (!result.ok) throw new KompetenzradError(result.errors);
      },
      { runs: 8, warmup: 2, budget: 300 },
      async () => {
        provider?.remove();
        provider = document.createElement('kompetenz-provider');
        provider.setAttribute('storage', 'none');
        document.body.append(provider);
        await provider.updateComplete;
      },
    );
    provider?.remove();
  });

  it('saves a change to WebDAV (storage="http", Apache mod_dav)', async () => {
    const demo = await (await fetch('/demo/data/sample-portfolio.json')).text();
    const setups: [string, string, number][] = [
      ['', 'strong ETags (FileETag Digest), changes back to back', 0],
      ['mtime/', "Apache's default ETags (weak for 1 s after a write), changes back to back", 0],
      ['mtime/', "Apache's default ETags, changes 1.2 s apart", 1200],
    ];
    for (const [folder, setup, apart] of setups) {
      const src = `/dav/${folder}bench-${Date.now().toString(36)}.json`;
      await executeServerCommand('kr-dav', { action: 'write', path: src, text: demo });
      const provider = document.createElement('kompetenz-provider');
      provider.setAttribute('storage', 'http');
      provider.setAttribute('src', src);
      provider.setAttribute('today', '2025-09-01');
      document.body.append(provider);
      await provider.loadComplete;
      await provider.saveComplete;
      let level = 0;
      await measure(
        `kompetenz-provider storage="http": a change until the server has it (demo document, ${setup})`,
        async () => {
          level = (level + 1) % 4;
          provider.dispatchEvent(new CustomEvent('kr-level-change', { bubbles: true, composed: true, detail: { competencyId: 'daten', level, previous: 0, series: 'self' } }));
          await provider.saveComplete;
        },
        { runs: apart ? 8 : 15, warmup: 2 },
        apart ? () => new Promise((resolve) => setTimeout(resolve, apart)) : undefined,
      );
      provider.remove();
    }
  });
});
