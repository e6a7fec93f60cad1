const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
/** What stands for each element of a list in the skeleton. */
const PLACEHOLDER = '0';

const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 13 || code === 9;

/**
 * Finds, in the text of a JSON object that arrives piece by piece, the elements of its top-level
 * lists (`{"people": [{…}, {…}], "goals": […]}`) without parsing them, and hands on each
 * element's text whole (with its position in its list), so that the records can be parsed while
 * the rest of the text is still on its way. It does not check the syntax; it keeps the
 * `skeleton`: the text with each such element replaced by `0`. The text is valid JSON exactly
 * when the skeleton is and every element's text is one JSON value.
 */
export class JsonListScanner {
  /** `{` and `[` outside strings so far. */
  containers = 0;
  private depth = 0;
  private inString = false;
  /** Backslashes just before the end of the last piece, inside a string. */
  private backslashes = 0;
  private isObject: boolean | undefined;
  private expectsKey = false;
  /** The text of the top-level key being read, and the last key read. */
  private keyText: string | undefined;
  private key = '';
  private expectsValue = false;
  private inList = false;
  private index = 0;
  /** The text of the element being read, from earlier pieces. */
  private element: string | undefined;
  private readonly skeletonParts: string[] = [];

  constructor(private readonly onElement: (key: string, text: string, index: number) => void) {}

  skeleton(): string {
    return this.skeletonParts.join('');
  }

  push(piece: string): void {
    let at = 0;
    let elementStart = this.element === undefined ? -1 : 0;
    let keyStart = this.keyText === undefined ? -1 : 0;
    let skeletonFrom = this.element === undefined ? 0 : -1;
    while (at < piece.length) {
      if (this.inString) {
        const quote = piece.indexOf('"', at);
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
          this.key = JSON.parse((this.keyText ?? '') + piece.slice(keyStart, at)) as string;
          this.keyText = undefined;
          keyStart = -1;
        }
        continue;
      }
      const code = piece.charCodeAt(at);
      if (isSpace(code)) {
        at += 1;
        continue;
      }
      if (this.inList && this.depth === 2) {
        if (code === COMMA || code === CLOSE_BRACKET) {
          if (elementStart >= 0) {
            this.emit(piece.slice(elementStart, at));
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
          this.skeletonParts.push(piece.slice(skeletonFrom, at), PLACEHOLDER);
          skeletonFrom = -1;
        }
      }
      switch (code) {
        case QUOTE:
          this.inString = true;
          if (this.depth === 1 && this.expectsKey && this.isObject) {
            keyStart = at;
            this.keyText = '';
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
    if (elementStart >= 0) this.element = (this.element ?? '') + piece.slice(elementStart);
    if (keyStart >= 0) this.keyText = (this.keyText ?? '') + piece.slice(keyStart);
    if (skeletonFrom >= 0) this.skeletonParts.push(piece.slice(skeletonFrom));
  }

  private emit(tail: string): void {
    const text = this.element === undefined ? tail : this.element + tail;
    this.element = undefined;
    this.onElement(this.key, text, this.index);
    this.index += 1;
  }
}

/** How many backslashes end `text` between `from` and `to`; `before` counts those before `from` when all of them are. */
function trailingBackslashes(text: string, from: number, to: number, before: number): number {
  let count = 0;
  for (let at = to - 1; at >= from && text.charCodeAt(at) === BACKSLASH; at -= 1) count += 1;
  return count === to - from ? count + before : count;
}
