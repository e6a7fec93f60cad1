/**
 * Importing a 10,000-person portfolio in Chromium: parse, migrate and validate the document and
 * provide it (memory storage, so IndexedDB does not enter the figure). Budget as for the parse
 * in Node.
 */
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
});
