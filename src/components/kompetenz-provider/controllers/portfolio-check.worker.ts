/**
 * The worker that validates a large `src` document (`readSource`): it receives the text piece by
 * piece as it is downloaded and parses each piece at once (`PortfolioPieces`); at the end
 * (`null`) it checks the document as `parsePortfolio` does, off the page's thread, and answers
 * whether it may be used.
 */
import { PortfolioPieces } from '../../../domain/portfolio-pieces.js';
import { listLengths, type PortfolioCheck } from '../model/portfolio-check.js';

const document = new PortfolioPieces();

addEventListener('message', (event: MessageEvent<string | null>) => {
  if (event.data !== null) {
    document.push(event.data);
    return;
  }
  const result = document.end();
  const answer: PortfolioCheck = result.ok ? { ok: true, lists: listLengths(result.value) } : { ok: false, errors: result.errors };
  postMessage(answer);
});
