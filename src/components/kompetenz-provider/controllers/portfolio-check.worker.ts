/**
 * The worker that reads a large `src` document (`readSource`): it receives the bytes piece by
 * piece as they are downloaded (`null` ends them) and decodes each at once. While the download
 * goes on, it parses each record of the document's lists as soon as the record is complete
 * (`PortfolioJsonReader`) and sends the page its text, so that the page parses it meanwhile. At
 * the end it checks the document as `parsePortfolio` does (`portfolioFromJson`) and answers
 * whether the records may be used.
 */
import { portfolioFromJson } from '../../../domain/portfolio.js';
import { PortfolioJsonReader } from '../../../domain/portfolio-json-reader.js';
import type { Result } from '../../../domain/errors.js';
import type { CheckMessage, PortfolioCheck } from '../model/portfolio-check.js';

/** Records per message at most: each stays a few milliseconds of work for the page. */
const BATCH = 256;
const decoder = new TextDecoder();
let batch: { key: string; from: number; texts: string[] } | undefined;
const reader = new PortfolioJsonReader((key, text, index) => {
  if (batch?.key !== key || index === 0 || batch.texts.length === BATCH) {
    flush();
    batch = { key, from: index, texts: [] };
  }
  batch.texts.push(text);
});

const send = (message: CheckMessage): void => postMessage(message);

function flush(): void {
  if (batch?.texts.length) send({ kind: 'texts', ...batch });
  batch = undefined;
}

function take(piece: string): void {
  reader.push(piece);
  flush();
}

addEventListener('message', (event: MessageEvent<Uint8Array | null>) => {
  if (event.data !== null) {
    take(decoder.decode(event.data, { stream: true }));
    return;
  }
  take(decoder.decode());
  send({ kind: 'answer', check: check(reader.finish()) });
});

// The page hands over the bytes that follow, instead of copying them, once it knows that this worker runs.
send({ kind: 'ready' });

function check(parsed: Result<unknown>): PortfolioCheck {
  if (!parsed.ok) return parsed;
  const result = portfolioFromJson(parsed.value);
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
