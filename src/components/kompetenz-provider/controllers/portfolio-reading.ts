import type { Result } from '../../../domain/errors.js';
import { JsonReader } from '../../../domain/json-reader.js';
import { migratePortfolio } from '../../../domain/migrations.js';
import { parsePortfolio } from '../../../domain/portfolio.js';
import type { Portfolio } from '../../../domain/types.js';
import { TimeSlice } from '../../../internal/time-slice.js';
import { freezeDeep } from '../model/frozen.js';
import { listLengths, type PortfolioCheck } from '../model/portfolio-check.js';
import { startCheckWorker } from './check-worker.js';

/** From this many characters (about 1,000 people) a document is read without blocking the page. */
export const LARGE_DOCUMENT = 2_000_000;
/** The longest stretch the page's own work keeps the thread, in ms. */
const SLICE_MS = 25;

/**
 * Loads and reads the document at `src` (relative to the page), the only network request of the
 * library; throws when it cannot be loaded. A small document is read with `parsePortfolio`. A
 * large one never blocks the page: from its first 2 million characters on, every piece that
 * arrives goes to a worker, which validates the whole text with `parsePortfolio` at the end,
 * and is parsed here as it arrives (`JsonReader`, in slices between tasks); the page's parse is
 * used once the worker has found the document valid. Where no worker can be started (a policy that forbids it, the
 * one-file build without the worker file beside it) the document is read here as before.
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
    if (large) await large.catchUp(slice);
    else if (slice.due()) await slice.pause();
  }
  take(decoder.decode());
  const text = () => pieces.join('');
  return large ? large.finish(text, slice) : parsePortfolio(text());
}

/** A large document on its way: the worker that validates it and the page's own parse. */
class LargeDocument {
  /** The provider keeps its state frozen: each element is frozen as it is parsed, not all at once at the end. */
  private readonly reader = new JsonReader(freezeDeep);
  private check: PortfolioCheck | undefined;
  /** The worker refused the document or failed: the page's parse is not needed. */
  private unused = false;
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
      worker.addEventListener('message', (event: MessageEvent<PortfolioCheck>) => resolve(event.data));
      worker.addEventListener('error', () => resolve(undefined));
      worker.addEventListener('messageerror', () => resolve(undefined));
    }).then((check) => {
      this.check = check;
      this.unused = !check?.ok;
    });
  }

  push(piece: string): void {
    this.worker.postMessage(piece);
    this.reader.push(piece);
  }

  /** Parses what has arrived, pausing whenever `slice` is due. */
  async catchUp(slice: TimeSlice): Promise<void> {
    while (!this.unused && this.reader.step()) if (slice.due()) await slice.pause();
  }

  /** The document once the worker has answered; read here in full when the worker failed. */
  async finish(text: () => string, slice: TimeSlice): Promise<Result<Portfolio>> {
    try {
      this.worker.postMessage(null);
      await this.catchUp(slice);
      const own = this.unused ? undefined : this.reader.end();
      await this.answer;
      const check = this.check;
      if (!check) return parsePortfolio(text());
      if (!check.ok) return { ok: false, errors: check.errors };
      const migrated = own === undefined ? undefined : migratePortfolio(own);
      // The worker validated its own parse of the same text; a different parse here is read again in full.
      if (!migrated?.ok || !sameLists(listLengths(migrated.value as object), check.lists)) return parsePortfolio(text());
      return { ok: true, value: migrated.value as Portfolio };
    } finally {
      this.worker.terminate();
    }
  }
}

function sameLists(mine: Record<string, number>, theirs: Record<string, number>): boolean {
  const keys = Object.keys(mine);
  return keys.length === Object.keys(theirs).length && keys.every((key) => mine[key] === theirs[key]);
}
