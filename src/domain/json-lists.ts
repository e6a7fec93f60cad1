const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
/** What stands for each element of a list in the skeleton: `0`. */
const PLACEHOLDER = Uint8Array.of(48);

const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 13 || code === 9;

/**
 * Finds, in the UTF-8 bytes of a JSON object that arrive piece by piece, the elements of its
 * top-level lists (`{"people": [{…}, {…}], "goals": […]}`) without decoding or parsing them, and
 * hands on each element's bytes whole (`bytes[start..end)`, with its position in its list), so
 * that the records can be parsed while the rest is still on its way. It does not check the
 * syntax; it keeps the `skeleton`: the text with each such element replaced by `0`. The text is
 * valid JSON exactly when the skeleton is and every element is one JSON value.
 *
 * Every place where it cuts the bytes lies next to an ASCII character of the JSON structure (a
 * quote, a bracket, a comma, a space), never inside a character, so each part decodes as it
 * would within the whole; only the skeleton and a key, which may be cut where a piece ends, are
 * joined before they are decoded.
 */
export class JsonListScanner {
  /** `{` and `[` outside strings so far. */
  containers = 0;
  /** The top-level keys read so far, in document order (a key given twice, twice). */
  readonly keys: string[] = [];
  private depth = 0;
  private inString = false;
  /** Backslashes just before the end of the last piece, inside a string. */
  private backslashes = 0;
  private isObject: boolean | undefined;
  private expectsKey = false;
  /** The bytes of the top-level key being read (undefined: none is), and the last key read. */
  private keyParts: Uint8Array[] | undefined;
  private key = '';
  private expectsValue = false;
  private inList = false;
  private index = 0;
  /** The bytes of the element being read, from earlier pieces. */
  private elementParts: Uint8Array[] | undefined;
  private readonly skeletonParts: Uint8Array[] = [];

  constructor(private readonly onElement: (key: string, index: number, bytes: Uint8Array, start: number, end: number) => void) {}

  skeleton(): string {
    return new TextDecoder().decode(joined(this.skeletonParts));
  }

  push(piece: Uint8Array): void {
    let at = 0;
    let elementStart = this.elementParts === undefined ? -1 : 0;
    let keyStart = this.keyParts === undefined ? -1 : 0;
    let skeletonFrom = this.elementParts === undefined ? 0 : -1;
    while (at < piece.length) {
      if (this.inString) {
        const quote = piece.indexOf(QUOTE, at);
        if (quote < 0) {
          this.backslashes = trailingBackslashes(piece, at, piece.length, this.backslashes);
          break;
        }
        const escaped = trailingBackslashes(piece, at, quote, this.backslashes) % 2 === 1;
        this.backslashes = 0;
        at = quote + 1;
        if (escaped) continue;
        this.inString = false;
        if (keyStart >= 0) {
          this.keyParts!.push(piece.subarray(keyStart, at));
          this.key = JSON.parse(new TextDecoder().decode(joined(this.keyParts!))) as string;
          this.keys.push(this.key);
          this.keyParts = undefined;
          keyStart = -1;
        }
        continue;
      }
      const code = piece[at]!;
      if (isSpace(code)) {
        at += 1;
        continue;
      }
      if (this.inList && this.depth === 2) {
        if (code === COMMA || code === CLOSE_BRACKET) {
          if (elementStart >= 0) {
            this.emit(piece, elementStart, at);
            skeletonFrom = at;
          }
          elementStart = -1;
          if (code === CLOSE_BRACKET) {
            this.inList = false;
            this.depth = 1;
          }
          at += 1;
          continue;
        }
        if (elementStart < 0) {
          elementStart = at;
          this.skeletonParts.push(piece.subarray(skeletonFrom, at), PLACEHOLDER);
          skeletonFrom = -1;
        }
      }
      switch (code) {
        case QUOTE:
          this.inString = true;
          if (this.depth === 1 && this.expectsKey && this.isObject) {
            keyStart = at;
            this.keyParts = [];
            this.expectsKey = false;
          }
          if (this.depth === 1) this.expectsValue = false;
          break;
        case OPEN_BRACE:
        case OPEN_BRACKET:
          this.containers += 1;
          this.isObject ??= code === OPEN_BRACE;
          if (this.depth === 0) this.expectsKey = true;
          else if (this.depth === 1 && this.expectsValue && code === OPEN_BRACKET && this.isObject) {
            this.inList = true;
            this.index = 0;
          }
          this.expectsValue = false;
          this.depth += 1;
          break;
        case CLOSE_BRACE:
        case CLOSE_BRACKET:
          this.depth -= 1;
          break;
        case COLON:
          if (this.depth === 1) this.expectsValue = true;
          break;
        case COMMA:
          if (this.depth === 1) this.expectsKey = true;
          break;
        default:
          if (this.depth === 1) this.expectsValue = false;
      }
      at += 1;
    }
    if (elementStart >= 0) (this.elementParts ??= []).push(piece.subarray(elementStart));
    if (keyStart >= 0) this.keyParts!.push(piece.subarray(keyStart));
    if (skeletonFrom >= 0) this.skeletonParts.push(piece.subarray(skeletonFrom));
  }

  /** The element that ends at `end` of `piece` (and began there at `start`, or in earlier pieces). */
  private emit(piece: Uint8Array, start: number, end: number): void {
    const parts = this.elementParts;
    this.elementParts = undefined;
    if (parts) {
      parts.push(piece.subarray(0, end));
      const whole = joined(parts);
      this.onElement(this.key, this.index, whole, 0, whole.length);
    } else this.onElement(this.key, this.index, piece, start, end);
    this.index += 1;
  }
}

/** The parts as one array of bytes. */
export function joined(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const whole = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}

/** How many backslashes end `bytes` between `from` and `to`; `before` counts those before `from` when all of them are. */
function trailingBackslashes(bytes: Uint8Array, from: number, to: number, before: number): number {
  let count = 0;
  for (let at = to - 1; at >= from && bytes[at] === BACKSLASH; at -= 1) count += 1;
  return count === to - from ? count + before : count;
}
