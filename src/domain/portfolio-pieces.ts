import type { Result } from './errors.js';
import { JsonReader } from './json-reader.js';
import { parsePortfolio, portfolioFromJson, PORTFOLIO_LIMITS } from './portfolio.js';
import type { Portfolio } from './types.js';

/**
 * `parsePortfolio` for a text that arrives in pieces (a download): each piece is parsed when it
 * arrives, so that at the end only the checks remain. The result is the one `parsePortfolio`
 * gives for the whole text: a text that may be too large, or that holds more objects than
 * `PORTFOLIO_LIMITS.maxObjects` might allow, or that is not JSON, is read by `parsePortfolio`
 * itself at the end.
 */
export class PortfolioPieces {
  private readonly pieces: string[] = [];
  private readonly reader = new JsonReader();
  private length = 0;
  /** `{` and `[` so far, also inside strings: while these are few enough, the objects and lists are. */
  private brackets = 0;

  push(piece: string): void {
    const text = this.pieces.length === 0 && piece.charCodeAt(0) === 0xfeff ? piece.slice(1) : piece;
    this.pieces.push(piece);
    this.length += piece.length;
    this.brackets += count(text, '{') + count(text, '[');
    if (!this.splittable()) return;
    this.reader.push(text);
    while (this.reader.step()) {
      // As far as the text so far goes.
    }
  }

  end(): Result<Portfolio> {
    const raw = this.splittable() ? this.reader.end() : undefined;
    return raw === undefined ? parsePortfolio(this.pieces.join('')) : portfolioFromJson(raw);
  }

  private splittable(): boolean {
    return this.length <= PORTFOLIO_LIMITS.maxTextLength && this.brackets <= PORTFOLIO_LIMITS.maxObjects;
  }
}

function count(text: string, char: string): number {
  let found = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) found += 1;
  return found;
}
