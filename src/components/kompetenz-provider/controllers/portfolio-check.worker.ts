/**
 * The worker that reads a large `src` document (`readSource`): it receives the text piece by
 * piece as it is downloaded (`null` ends it), parses it (`parsePortfolioJson`), sends the page
 * the records of its lists in batches, so that the page never parses, then checks the document
 * as `parsePortfolio` does (`portfolioFromJson`) and answers whether it may be used.
 */
import { parsePortfolioJson, portfolioFromJson } from '../../../domain/portfolio.js';
import { isRecord } from '../../../domain/validate.js';
import type { CheckMessage, PortfolioCheck } from '../model/portfolio-check.js';

/** Records per message: each stays a few milliseconds of work for the page. */
const BATCH = 256;
const pieces: string[] = [];

const send = (message: CheckMessage): void => postMessage(message);

addEventListener('message', (event: MessageEvent<string | null>) => {
  if (event.data !== null) {
    pieces.push(event.data);
    return;
  }
  send({ kind: 'answer', check: check(pieces.splice(0).join('')) });
});

function check(text: string): PortfolioCheck {
  const parsed = parsePortfolioJson(text);
  if (!parsed.ok) return parsed;
  const raw = parsed.value;
  // The records go to the page before the checks, which take longer; the page uses them only after a yes.
  if (isRecord(raw)) {
    for (const [key, value] of Object.entries(raw)) {
      if (!Array.isArray(value)) continue;
      for (let at = 0; at < value.length; at += BATCH) send({ kind: 'elements', key, elements: value.slice(at, at + BATCH) });
    }
  }
  const result = portfolioFromJson(raw);
  if (!result.ok) return result;
  // An older version is upgraded into new records: then the page gets the document as a whole.
  if (result.value !== raw) return { ok: true, document: result.value };
  const entries = Object.entries(result.value);
  return {
    ok: true,
    order: entries.map(([key]) => key),
    lists: Object.fromEntries(entries.flatMap(([key, value]) => (Array.isArray(value) ? [[key, value.length]] : []))),
    rest: Object.fromEntries(entries.filter(([, value]) => !Array.isArray(value))),
  };
}
