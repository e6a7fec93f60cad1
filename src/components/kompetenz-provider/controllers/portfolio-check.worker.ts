/**
 * The worker that reads a large `src` document (`readSource`): it receives the bytes piece by
 * piece as they are downloaded (`null` ends them). While the download goes on, it parses the
 * records of the document's lists a batch at a time as soon as they are complete
 * (`PortfolioJsonReader`), checks each record alone (`PortfolioPrecheck`) and sends the page
 * each batch's bytes, so that the page parses them meanwhile. At the end it checks the document
 * as `parsePortfolio` does (`portfolioFromJson`, which then has only the checks across records
 * left) and answers whether the records may be used.
 */
import { portfolioFromJson } from '../../../domain/portfolio.js';
import { PortfolioJsonReader } from '../../../domain/portfolio-json-reader.js';
import { PortfolioPrecheck } from '../../../domain/portfolio-precheck.js';
import type { Result } from '../../../domain/errors.js';
import type { CheckMessage, PortfolioCheck } from '../model/portfolio-check.js';

const precheck = new PortfolioPrecheck();
const reader = new PortfolioJsonReader(({ key, from, bytes, records }) => {
  precheck.add(key, from, records);
  const copy = bytes.slice();
  const alone = key !== 'people' || precheck.passedAlone(key, from, records);
  postMessage({ kind: 'records', key, from, count: records.length, bytes: copy, keys: [...reader.keys], alone } satisfies CheckMessage, { transfer: [copy.buffer] });
});

addEventListener('message', (event: MessageEvent<Uint8Array | null>) => {
  if (event.data !== null) {
    reader.push(event.data);
    return;
  }
  postMessage({ kind: 'answer', check: check(reader.finish()) } satisfies CheckMessage);
});

// The page hands over the bytes once it knows that this worker runs.
postMessage({ kind: 'ready' } satisfies CheckMessage);

function check(parsed: Result<unknown>): PortfolioCheck {
  if (!parsed.ok) return parsed;
  const result = portfolioFromJson(parsed.value, precheck);
  if (!result.ok) return result;
  // An older version is upgraded into new records: then the page gets the document as a whole.
  if (result.value !== parsed.value) return { ok: true, document: result.value };
  const entries = Object.entries(result.value);
  return {
    ok: true,
    order: entries.map(([key]) => key),
    lists: Object.fromEntries(entries.flatMap(([key, value]) => (Array.isArray(value) ? [[key, value.length]] : []))),
    rest: Object.fromEntries(entries.filter(([, value]) => !Array.isArray(value))),
  };
}
