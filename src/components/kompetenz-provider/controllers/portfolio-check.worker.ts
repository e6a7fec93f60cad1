/**
 * The worker of `readPortfolioText` for large documents: parses, upgrades and validates the text
 * with the domain's `parsePortfolio` off the page's thread and answers whether the document may
 * be used.
 */
import { parsePortfolio } from '../../../domain/portfolio.js';
import { listLengths, type PortfolioCheck } from '../model/portfolio-check.js';

addEventListener('message', (event: MessageEvent<string>) => {
  const result = parsePortfolio(event.data);
  const answer: PortfolioCheck = result.ok ? { ok: true, lists: listLengths(result.value) } : { ok: false, errors: result.errors };
  postMessage(answer);
});
