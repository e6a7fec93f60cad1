import type { Result } from './errors.js';
import { JsonListScanner, joined } from './json-lists.js';
import { parseRecords } from './json-records.js';
import { parsePortfolioJson, PORTFOLIO_LIMITS } from './portfolio.js';
import { isRecord } from './validate.js';

/** Records per batch at most: each stays a few milliseconds of work for whoever parses it again. */
const BATCH = 256;

/** Consecutive records of one list, as they arrived: their UTF-8 bytes (the records and what stands between them) and the parsed records. */
export interface RecordBatch {
  key: string;
  /** The place of the first record in its list; 0 starts the list anew (also a second list of the same key, which replaces the first). */
  from: number;
  bytes: Uint8Array;
  records: unknown[];
}

/**
 * `parsePortfolioJson` for a UTF-8 document that arrives piece by piece (a download): the records
 * of the document's lists are parsed as soon as they are complete, a batch at a time, and handed
 * to `onBatch` with their bytes, so that little is left to do when the last piece arrives.
 * `finish()` gives what `parsePortfolioJson` gives for the whole text, refusals included: where
 * the pieces do not make one valid document within the limits, the whole text is read by
 * `parsePortfolioJson` itself.
 */
export class PortfolioJsonReader {
  private readonly pieces: Uint8Array[] = [];
  private length = 0;
  /** The records of each list, by key; only the last list of a key given twice. */
  private readonly lists = new Map<string, unknown[]>();
  private unreadable = false;
  private readonly scanner: JsonListScanner;
  private readonly decoder = new TextDecoder();
  /** The records of the piece being scanned not yet parsed: one list, consecutive, in `run.bytes`. */
  private run: { key: string; from: number; count: number; bytes: Uint8Array; start: number; end: number } | undefined;

  constructor(private readonly onBatch?: (batch: RecordBatch) => void) {
    this.scanner = new JsonListScanner((key, index, bytes, start, end) => {
      const run = this.run;
      if (run && run.key === key && run.bytes === bytes && index === run.from + run.count && run.count < BATCH) {
        run.count += 1;
        run.end = end;
        return;
      }
      this.parseRun();
      this.run = { key, from: index, count: 1, bytes, start, end };
    });
  }

  /** The document's top-level keys read so far, in order. */
  get keys(): readonly string[] {
    return this.scanner.keys;
  }

  push(piece: Uint8Array): void {
    this.pieces.push(piece);
    this.length += piece.length;
    // A text of n bytes has at most n characters: within the limit in bytes, it is within it in characters.
    if (this.unreadable || this.length > PORTFOLIO_LIMITS.maxTextLength) return;
    try {
      this.scanner.push(piece);
      this.parseRun();
    } catch {
      this.unreadable = true;
    }
  }

  finish(): Result<unknown> {
    const whole = () => parsePortfolioJson(this.decoder.decode(joined(this.pieces)));
    if (this.unreadable || this.length > PORTFOLIO_LIMITS.maxTextLength || this.scanner.containers > PORTFOLIO_LIMITS.maxObjects) return whole();
    let document: unknown;
    try {
      document = JSON.parse(withoutMark(this.scanner.skeleton()));
    } catch {
      return whole();
    }
    if (!isRecord(document)) return this.lists.size === 0 ? { ok: true, value: document } : whole();
    for (const [key, value] of Object.entries(document)) {
      const records = Array.isArray(value) && value.length > 0 ? this.lists.get(key) : undefined;
      if (Array.isArray(value) && value.length > 0 && records?.length !== value.length) return whole();
      if (records) Object.defineProperty(document, key, { value: records, writable: true, enumerable: true, configurable: true });
    }
    return { ok: true, value: document };
  }

  /** Parses the records collected in `run` as one JSON list and hands them on. */
  private parseRun(): void {
    const run = this.run;
    this.run = undefined;
    if (!run || this.unreadable) return;
    const bytes = run.bytes.subarray(run.start, run.end);
    const records = parseRecords(bytes, run.count);
    if (!records) {
      this.unreadable = true;
      return;
    }
    if (run.from === 0) this.lists.set(run.key, []);
    const list = this.lists.get(run.key)!;
    for (const record of records) list.push(record);
    this.onBatch?.({ key: run.key, from: run.from, bytes, records });
  }
}

/** `parsePortfolioJson` ignores a byte order mark at the start (after the one the decoder took). */
function withoutMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
