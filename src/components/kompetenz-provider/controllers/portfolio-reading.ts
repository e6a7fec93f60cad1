import type { Result } from '../../../domain/errors.js';
import { parsePortfolio } from '../../../domain/portfolio.js';
import type { Portfolio } from '../../../domain/types.js';
import { TimeSlice } from '../../../internal/time-slice.js';
import { freezeDeep } from '../model/frozen.js';
import type { CheckMessage, PortfolioCheck } from '../model/portfolio-check.js';
import { startCheckWorker } from './check-worker.js';

/** From this many characters (about 1,000 people) a document is read without blocking the page. */
export const LARGE_DOCUMENT = 2_000_000;
/** The longest stretch the page's own work keeps the thread, in ms. */
const SLICE_MS = 25;

/**
 * Loads and reads the document at `src` (relative to the page), the only network request of the
 * library; throws when it cannot be loaded. A small document is read with `parsePortfolio`. A
 * large one never blocks the page: from its first 2 million characters on, every piece that
 * arrives goes to a worker, which parses it at once and sends the records back in batches, and
 * at the end checks the document as `parsePortfolio` does; the page only freezes the records as
 * they come and uses them once the worker has found the document valid. Where no worker can be
 * started (a policy that forbids it, the one-file build without the worker file beside it) the
 * document is read here as before.
 */
export async function readSource(src: string): Promise<Result<Portfolio>> {
  const response = await fetch(new URL(src, document.baseURI), { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  if (!response.body) return parsePortfolio(await response.text());
  const body = response.body.getReader();
  const decoder = new TextDecoder();
  const pieces: string[] = [];
  const slice = new TimeSlice(SLICE_MS);
  let length = 0;
  let large: LargeDocument | undefined;
  const take = (piece: string): void => {
    pieces.push(piece);
    length += piece.length;
    if (large) large.push(piece);
    else if (length >= LARGE_DOCUMENT && length - piece.length < LARGE_DOCUMENT) large = LargeDocument.start(pieces);
  };
  for (let read = await body.read(); !read.done; read = await body.read()) {
    take(decoder.decode(read.value, { stream: true }));
    if (slice.due()) await slice.pause();
  }
  take(decoder.decode());
  const text = () => pieces.join('');
  return large ? large.finish(text) : parsePortfolio(text());
}

/** A large document on its way: the worker parses and checks it and sends its records; the page freezes them as they come. */
class LargeDocument {
  private readonly lists = new Map<string, unknown[]>();
  private check: PortfolioCheck | undefined;
  private readonly answer: Promise<void>;

  /** Starts the worker with the pieces so far; undefined when no worker can be started. */
  static start(pieces: readonly string[]): LargeDocument | undefined {
    const worker = startCheckWorker();
    if (!worker) return undefined;
    const document = new LargeDocument(worker);
    pieces.forEach((piece) => document.push(piece));
    return document;
  }

  private constructor(private readonly worker: Worker) {
    this.answer = new Promise<PortfolioCheck | undefined>((resolve) => {
      worker.addEventListener('message', (event: MessageEvent<CheckMessage>) => {
        const message = event.data;
        if (message.kind === 'answer') resolve(message.check);
        else this.take(message.key, message.elements);
      });
      worker.addEventListener('error', () => resolve(undefined));
      worker.addEventListener('messageerror', () => resolve(undefined));
    }).then((check) => {
      this.check = check;
    });
  }

  push(piece: string): void {
    this.worker.postMessage(piece);
  }

  /** The document once the worker has answered; read here in full when the worker failed. */
  async finish(text: () => string): Promise<Result<Portfolio>> {
    try {
      this.worker.postMessage(null);
      await this.answer;
      const check = this.check;
      if (!check) return parsePortfolio(text());
      if (!check.ok) return { ok: false, errors: check.errors };
      if ('document' in check) return { ok: true, value: check.document };
      const document = this.assemble(check);
      return document ? { ok: true, value: document } : parsePortfolio(text());
    } finally {
      this.worker.terminate();
    }
  }

  /** The provider keeps its state frozen: each record is frozen as it arrives, not all at once at the end. */
  private take(key: string, elements: unknown[]): void {
    let list = this.lists.get(key);
    if (!list) this.lists.set(key, (list = []));
    for (const element of elements) list.push(freezeDeep(element));
  }

  /** The document from the records received; undefined when they are not what the worker checked. */
  private assemble({ order, lists, rest }: Extract<PortfolioCheck, { order: string[] }>): Portfolio | undefined {
    const document: Record<string, unknown> = {};
    for (const key of order) {
      const value = key in lists ? (this.lists.get(key) ?? []) : rest[key];
      if (key in lists && (value as unknown[]).length !== lists[key]) return undefined;
      Object.defineProperty(document, key, { value, writable: true, enumerable: true, configurable: true });
    }
    return document as unknown as Portfolio;
  }
}
