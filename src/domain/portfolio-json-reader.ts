import type { Result } from './errors.js';
import { JsonListScanner } from './json-lists.js';
import { parsePortfolioJson, PORTFOLIO_LIMITS } from './portfolio.js';
import { isRecord } from './validate.js';

/**
 * `parsePortfolioJson` for a text that arrives piece by piece (a download): each record of the
 * document's lists is parsed as soon as it is complete, and handed to `onRecord` as text with its
 * place in its list (0 starts a list, also a second one of the same key, which replaces the first), so
 * that little is left to do when the last piece arrives. `finish()` gives what
 * `parsePortfolioJson` gives for the whole text, refusals included: where the pieces do not make
 * one valid document within the limits, the whole text is read by `parsePortfolioJson` itself.
 */
export class PortfolioJsonReader {
  private readonly pieces: string[] = [];
  private length = 0;
  /** The records of each list, by key; only the last list of a key given twice. */
  private readonly lists = new Map<string, unknown[]>();
  private unreadable = false;
  private readonly scanner: JsonListScanner;

  constructor(onRecord?: (key: string, text: string, index: number) => void) {
    this.scanner = new JsonListScanner((key, text, index) => {
      onRecord?.(key, text, index);
      if (this.unreadable) return;
      if (index === 0) this.lists.set(key, []);
      try {
        this.lists.get(key)!.push(JSON.parse(text));
      } catch {
        this.unreadable = true;
      }
    });
  }

  push(piece: string): void {
    this.pieces.push(piece);
    this.length += piece.length;
    const text = this.pieces.length === 1 && piece.charCodeAt(0) === 0xfeff ? piece.slice(1) : piece;
    if (this.unreadable || this.length > PORTFOLIO_LIMITS.maxTextLength) return;
    try {
      this.scanner.push(text);
    } catch {
      this.unreadable = true;
    }
  }

  finish(): Result<unknown> {
    const whole = () => parsePortfolioJson(this.pieces.join(''));
    if (this.unreadable || this.length > PORTFOLIO_LIMITS.maxTextLength || this.scanner.containers > PORTFOLIO_LIMITS.maxObjects) return whole();
    let document: unknown;
    try {
      document = JSON.parse(this.scanner.skeleton());
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
}
