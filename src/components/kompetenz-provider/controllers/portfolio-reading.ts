import type { Result } from '../../../domain/errors.js';
import { parsePortfolio } from '../../../domain/portfolio.js';
import type { Portfolio } from '../../../domain/types.js';
import { freezeParsed } from '../model/frozen.js';
import type { CheckMessage, PortfolioCheck } from '../model/portfolio-check.js';
import { startCheckWorker } from './check-worker.js';

/** From this many bytes (about 1,000 people) a document is read without blocking the page. */
export const LARGE_DOCUMENT = 2_000_000;

/** Requests the document at `src` (relative to the page), the only network request of the library; rejects when it cannot be loaded. */
export async function requestSource(src: string, signal?: AbortSignal): Promise<Response> {
  const response = await fetch(new URL(src, document.baseURI), { credentials: 'same-origin', signal });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  return response;
}

/**
 * Reads the document of a `requestSource` response. A small document is read with
 * `parsePortfolio`. A large one never blocks the page: from its first 2 million bytes on, every
 * piece that arrives goes to a worker (handed over, not copied, once the worker runs; should the
 * worker fail after that, the document is requested again and read here), which decodes it at once and sends back the text of each
 * record of the document's lists as soon as it is complete; at the end the worker parses the whole
 * and checks it as `parsePortfolio` does. Meanwhile the page parses and freezes the records, a
 * few at a time, and uses them once the worker has found the document valid. Where no worker can
 * be started (a policy that forbids it, the one-file build without the worker file beside it) the
 * document is read here as before.
 */
export async function readSource(response: Response): Promise<Result<Portfolio>> {
  if (!response.body) return parsePortfolio(await response.text());
  const body = response.body.getReader();
  const pieces: Uint8Array[] = [];
  let bytes = 0;
  let large: LargeDocument | undefined;
  // One try: where no worker may be started, the rest is read here without asking again for each piece.
  let tried = false;
  for (let read = await body.read(); !read.done; read = await body.read()) {
    bytes += read.value.byteLength;
    if (large) large.push(read.value);
    else {
      pieces.push(read.value);
      if (!tried && bytes >= LARGE_DOCUMENT) {
        tried = true;
        large = LargeDocument.start(pieces);
      }
    }
  }
  return large ? large.finish(() => decode(pieces), () => reread(response)) : parsePortfolio(decode(pieces));
}

/** The document of `response` requested again and read here: the worker failed after the page had handed it the bytes. */
async function reread(response: Response): Promise<Result<Portfolio>> {
  const again = await fetch(response.url, { credentials: 'same-origin' });
  if (!again.ok) throw new Error(`HTTP ${again.status} ${again.statusText}`.trim());
  return parsePortfolio(await again.text());
}

function decode(pieces: readonly Uint8Array[]): string {
  const decoder = new TextDecoder();
  return pieces.map((piece) => decoder.decode(piece, { stream: true })).join('') + decoder.decode();
}

/**
 * A large document on its way: the worker finds its records and checks it; the page parses and
 * freezes the records as they come. The bytes are copied to the worker, and kept here for reading
 * them on the page should the worker not start, until the worker says it runs (`ready`); from then
 * on each piece is handed over without a copy, and the page keeps none.
 */
class LargeDocument {
  private readonly lists = new Map<string, unknown[]>();
  /** A record's text that could not be parsed here: the worker's answer decides, and the page reads the whole if that is yes. */
  private unreadable = false;
  private check: PortfolioCheck | undefined;
  private readonly answer: Promise<void>;
  private running = false;
  /** Pieces were handed over: the page no longer holds the whole document. */
  private handedOver = false;

  /** Starts the worker with the pieces so far (kept in `pieces` until it runs); undefined when no worker can be started. */
  static start(pieces: Uint8Array[]): LargeDocument | undefined {
    const worker = startCheckWorker();
    if (!worker) return undefined;
    const document = new LargeDocument(worker, pieces);
    pieces.forEach((piece) => worker.postMessage(piece));
    return document;
  }

  private constructor(
    private readonly worker: Worker,
    private readonly kept: Uint8Array[],
  ) {
    this.answer = new Promise<PortfolioCheck | undefined>((resolve) => {
      worker.addEventListener('message', (event: MessageEvent<CheckMessage>) => {
        const message = event.data;
        if (message.kind === 'answer') resolve(message.check);
        else if (message.kind === 'ready') this.running = true;
        else this.take(message);
      });
      worker.addEventListener('error', () => resolve(undefined));
      worker.addEventListener('messageerror', () => resolve(undefined));
    }).then((check) => {
      this.check = check;
    });
  }

  push(piece: Uint8Array): void {
    if (!this.running) {
      this.kept.push(piece);
      this.worker.postMessage(piece);
      return;
    }
    if (!this.handedOver) {
      this.handedOver = true;
      this.kept.length = 0;
    }
    this.worker.postMessage(piece, [piece.buffer]);
  }

  /** The document once the worker has answered; read here in full (`text`, or `again` once pieces were handed over) when the worker failed. */
  async finish(text: () => string, again: () => Promise<Result<Portfolio>>): Promise<Result<Portfolio>> {
    try {
      this.worker.postMessage(null);
      await this.answer;
      const check = this.check;
      const whole = () => (this.handedOver ? again() : parsePortfolio(text()));
      if (!check) return await whole();
      if (!check.ok) return { ok: false, errors: check.errors };
      if ('document' in check) return { ok: true, value: check.document };
      const document = this.unreadable ? undefined : this.assemble(check);
      return document ? { ok: true, value: document } : await whole();
    } finally {
      this.worker.terminate();
    }
  }

  /** The provider keeps its state frozen: each record is frozen as it arrives, not all at once at the end. */
  private take({ key, from, texts }: Extract<CheckMessage, { kind: 'texts' }>): void {
    let list = this.lists.get(key);
    if (!list || from === 0) this.lists.set(key, (list = []));
    try {
      for (const text of texts) list.push(freezeParsed(JSON.parse(text)));
    } catch {
      this.unreadable = true;
    }
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
