/**
 * The worker that validates a large `src` document (`readSource`): it receives the text piece by
 * piece as it is downloaded (`null` ends it), then parses, upgrades and validates it with the
 * domain's `parsePortfolio` off the page's thread and answers whether the document may be used.
 */
import { parsePortfolio } from '../../../domain/portfolio.js';
import { listLengths, type PortfolioCheck } from '../model/portfolio-check.js';

const pieces: string[] = [];

addEventListener('message', (event: MessageEvent<string | null>) => {
  if (event.data !== null) {
    pieces.push(event.data);
    return;
  }
  const result = parsePortfolio(pieces.splice(0).join(''));
  const answer: PortfolioCheck = result.ok ? { ok: true, lists: listLengths(result.value) } : { ok: false, errors: result.errors };
  postMessage(answer);
});
