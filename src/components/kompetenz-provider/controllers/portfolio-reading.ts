import type { Result } from '../../../domain/errors.js';
import { parseRecords } from '../../../domain/json-records.js';
import { parsePortfolio } from '../../../domain/portfolio.js';
import type { Portfolio } from '../../../domain/types.js';
import { freezeParsed, freezeParsedList } from '../model/frozen.js';
import type { CheckMessage, PortfolioCheck } from '../model/portfolio-check.js';
import { ArrivingPeople, type OfferPeople } from './arriving-people.js';
import { startCheckWorker } from './check-worker.js';

/** From this many bytes (about 1,000 people) a document is read without blocking the page. */
export const LARGE_DOCUMENT = 2_000_000;

/** A document that the server answered with an error status (404, 403, 500 …). */
export class SourceStatusError extends Error {
  constructor(
    readonly status: number,
    statusText: string,
  ) {
    super(`HTTP ${status} ${statusText}`.trim());
  }
}

/**
 * Requests the document at `src` (relative to the page), the only network request of the library;
 * rejects when it cannot be loaded. A response that announces a large document has its worker
 * started at once, so that the worker is ready when `readSource` reads it (and ended when the
 * request is aborted instead).
 */
export async function requestSource(src: string, signal?: AbortSignal): Promise<Response> {
  const response = await fetch(new URL(src, document.baseURI), { credentials: 'same-origin', signal });
  if (!response.ok) throw new SourceStatusError(response.status, response.statusText);
  // A large document read here is read by a module of its own: loaded while the storage is still asked.
  if (announcesLarge(response) && readsLargeDocumentsHere()) void import('./read-in-slices.js').catch(() => undefined);
  if (announcesLarge(response) && !readsLargeDocumentsHere()) {
    const large = LargeDocument.start([]);
    prepared.set(response, large);
    signal?.addEventListener('abort', () => large?.cancel(), { once: true });
  }
  return response;
}

/** The workers started by `requestSource` for large responses (undefined: none could be started). */
const prepared = new WeakMap<Response, LargeDocument | undefined>();

/** The response's `Content-Length` announces a large document (`LARGE_DOCUMENT`). */
export function announcesLarge(response: Response): boolean {
  return Number(response.headers.get('Content-Length')) >= LARGE_DOCUMENT;
}

/**
 * Reads the document of a `requestSource` response. A small document is read with
 * `parsePortfolio`. A large one (announced so by its `Content-Length`, or once 2 million bytes
 * have arrived) never blocks the page: a worker reads it as it arrives. The pieces are handed
 * over to the worker, not copied, once it runs; should the worker not start, the page reads the
 * pieces it kept, and should it fail after it took them, the document is requested again and
 * read here (both in slices). The worker sends back the records of the document's lists in batches as soon as
 * they are complete and at the end checks the whole as `parsePortfolio` does; meanwhile the page
 * parses and freezes the records, a batch at a time, and uses them once the worker has found the
 * document valid. On a page with at most two processor cores (`readsLargeDocumentsHere`), and
 * where no worker can be started (a policy that forbids it, the one-file build without the worker
 * file beside it), the page reads a large document itself, in slices (`readInSlices`). Either way,
 * the people of a large document are offered to `offer` as they are read, before the rest
 * (`ArrivingPeople`). An aborted `signal` (that of the request) ends the reading: it rejects.
 */
export async function readSource(response: Response, offer?: OfferPeople, signal?: AbortSignal): Promise<Result<Portfolio>> {
  if (!response.body) return parsePortfolio(await response.text());
  const body = response.body.getReader();
  const pieces: Uint8Array[] = [];
  let bytes = 0;
  const here = readsLargeDocumentsHere();
  const announced = prepared.has(response) || announcesLarge(response);
  let large = prepared.has(response) ? prepared.get(response) : announced && !here ? LargeDocument.start([]) : undefined;
  prepared.delete(response);
  // A large document without a worker (none wanted, or none may be started) is read here in slices.
  if (announced && !large) return readInSlices(pieces, body, offer, signal);
  large?.offerTo(offer);
  try {
    for (let read = await body.read(); !read.done; read = await body.read()) {
      bytes += read.value.byteLength;
      if (large) large.push(read.value);
      else {
        pieces.push(read.value);
        if (bytes >= LARGE_DOCUMENT) {
          large = here ? undefined : LargeDocument.start(pieces);
          if (!large) return await readInSlices(pieces, body, offer, signal);
          large.offerTo(offer);
        }
      }
    }
  } catch (error) {
    large?.cancel();
    throw error;
  }
  return large ? large.finish(() => reread(response)) : parsePortfolio(decode(pieces));
}

/**
 * Where the page has at most two processor cores, a worker for a large document costs more than
 * it spares: it parses the whole document a second time (the page needs the records as its own
 * objects), and the two parses share two cores with the browser's download. The page then reads
 * the document itself, in slices that leave it responsive.
 */
function readsLargeDocumentsHere(): boolean {
  return (globalThis.navigator?.hardwareConcurrency ?? 4) <= 2;
}

/** A large document read here in slices (`readInSlices`, loaded on first use: most pages never need it). */
async function readInSlices(pieces: readonly Uint8Array[], body?: ReadableStreamDefaultReader<Uint8Array>, offer?: OfferPeople, signal?: AbortSignal): Promise<Result<Portfolio>> {
  return (await import('./read-in-slices.js')).readInSlices(pieces, body, offer, signal);
}

/** The document of `response` requested again and read here: the worker failed after the page had handed it the bytes. */
async function reread(response: Response): Promise<Result<Portfolio>> {
  const again = await fetch(response.url, { credentials: 'same-origin' });
  if (!again.ok) throw new SourceStatusError(again.status, again.statusText);
  return again.body ? readInSlices([], again.body.getReader()) : parsePortfolio(await again.text());
}

function decode(pieces: readonly Uint8Array[]): string {
  const decoder = new TextDecoder();
  return pieces.map((piece) => decoder.decode(piece, { stream: true })).join('') + decoder.decode();
}

/**
 * A large document on its way: the worker finds its records and checks it; the page parses and
 * freezes the records as they come. The page keeps the pieces until the worker says it runs
 * (`ready`), to read them itself should the worker not start; then it hands them over, and each
 * piece that follows, without a copy, and keeps none.
 */
class LargeDocument {
  private readonly lists = new Map<string, unknown[]>();
  /** Records that could not be parsed here: the worker's answer decides, and the page reads the whole if that is yes. */
  private unreadable = false;
  private check: PortfolioCheck | undefined;
  private readonly answer: Promise<void>;
  /** The pieces not handed over yet; undefined once the worker runs and has them all. */
  private kept: Uint8Array[] | undefined;
  /** All pieces have arrived. */
  private ended = false;
  private arriving: ArrivingPeople | undefined;
  private cancelled = false;
  private endAnswer!: () => void;

  /** Starts the worker, keeping `pieces` (the pieces so far) until it runs; undefined when no worker can be started. */
  static start(pieces: Uint8Array[]): LargeDocument | undefined {
    const worker = startCheckWorker();
    return worker && new LargeDocument(worker, pieces);
  }

  private constructor(
    private readonly worker: Worker,
    pieces: Uint8Array[],
  ) {
    this.kept = pieces;
    this.answer = new Promise<PortfolioCheck | undefined>((resolve) => {
      this.endAnswer = () => resolve(undefined);
      worker.addEventListener('message', (event: MessageEvent<CheckMessage>) => {
        const message = event.data;
        if (message.kind === 'answer') resolve(message.check);
        else if (message.kind === 'ready') this.handOver();
        else this.take(message);
      });
      worker.addEventListener('error', () => resolve(undefined));
      worker.addEventListener('messageerror', () => resolve(undefined));
    }).then((check) => {
      this.check = check;
    });
  }

  /** The document will not be read: the worker ends, and `finish` rejects. */
  cancel(): void {
    this.cancelled = true;
    this.worker.terminate();
    this.endAnswer();
  }

  /** The people are offered to `offer` as they are read (the worker says whether each batch passed the checks of a record alone). */
  offerTo(offer: OfferPeople | undefined): void {
    this.arriving = offer && new ArrivingPeople(offer);
  }

  push(piece: Uint8Array): void {
    if (this.kept) this.kept.push(piece);
    else this.send(piece);
  }

  /** The document once the worker has answered; read here in slices (from the pieces kept, or requested `again` once they were handed over) when the worker failed. */
  async finish(again: () => Promise<Result<Portfolio>>): Promise<Result<Portfolio>> {
    try {
      this.ended = true;
      if (!this.kept) this.worker.postMessage(null);
      await this.answer;
      if (this.cancelled) throw new DOMException('The document is no longer read.', 'AbortError');
      const check = this.check;
      const kept = this.kept;
      const whole = () => (kept ? readInSlices(kept) : again());
      if (!check) return await whole();
      if (!check.ok) return { ok: false, errors: check.errors };
      if ('document' in check) return { ok: true, value: check.document };
      const document = this.unreadable ? undefined : this.assemble(check);
      return document ? { ok: true, value: document } : await whole();
    } finally {
      this.worker.terminate();
    }
  }

  /** The worker runs: it gets the pieces kept so far, and the end if it has come. */
  private handOver(): void {
    const kept = this.kept ?? [];
    this.kept = undefined;
    kept.forEach((piece) => this.send(piece));
    if (this.ended) this.worker.postMessage(null);
  }

  private send(piece: Uint8Array): void {
    this.worker.postMessage(piece, [piece.buffer]);
  }

  /** The provider keeps its state frozen: each record is frozen as it arrives, not all at once at the end. */
  private take({ key, from, count, bytes, keys, alone }: Extract<CheckMessage, { kind: 'records' }>): void {
    let list = this.lists.get(key);
    if (!list || from === 0) this.lists.set(key, (list = []));
    const records = this.unreadable ? undefined : parseRecords(bytes, count);
    if (!records) {
      this.unreadable = true;
      return;
    }
    for (const record of records) list.push(freezeParsed(record));
    this.arriving?.take(key, from, records, keys, alone);
  }

  /** The document from the records received; undefined when they are not what the worker checked. */
  private assemble({ order, lists, rest }: Extract<PortfolioCheck, { order: string[] }>): Portfolio | undefined {
    const document: Record<string, unknown> = {};
    for (const key of order) {
      const value = key in lists ? freezeParsedList(this.lists.get(key) ?? []) : rest[key];
      if (key in lists && (value as unknown[]).length !== lists[key]) return undefined;
      Object.defineProperty(document, key, { value, writable: true, enumerable: true, configurable: true });
    }
    return document as unknown as Portfolio;
  }
}
