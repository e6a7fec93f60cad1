const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 13 || code === 9;

/**
 * Finds, in the text of a JSON object that arrives piece by piece, the elements of its top-level
 * lists (`{"people": [{…}, {…}], "goals": […]}`) without parsing them, and hands on each
 * element's text whole: another thread can parse the records while the rest of the document is
 * still on its way. It does not check the syntax; whoever uses the texts parses the whole
 * document as well, and that parse decides.
 */
export class JsonListScanner {
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
  /** The text of the element being read, from earlier pieces. */
  private element: string | undefined;

  constructor(private readonly onElement: (key: string, text: string) => void) {}

  push(piece: string): void {
    let at = 0;
    let elementStart = this.element === undefined ? -1 : 0;
    let keyStart = this.keyText === undefined ? -1 : 0;
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
          if (elementStart >= 0) this.emit(piece.slice(elementStart, at));
          elementStart = -1;
          if (code === CLOSE_BRACKET) {
            this.inList = false;
            this.depth = 1;
          }
          at += 1;
          continue;
        }
        if (elementStart < 0) elementStart = at;
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
          this.isObject ??= code === OPEN_BRACE;
          if (this.depth === 0) this.expectsKey = true;
          else if (this.depth === 1 && this.expectsValue && code === OPEN_BRACKET && this.isObject) this.inList = true;
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
  }

  private emit(tail: string): void {
    const text = this.element === undefined ? tail : this.element + tail;
    this.element = undefined;
    this.onElement(this.key, text);
  }
}

/** How many backslashes end `text` between `from` and `to`; `before` counts those before `from` when all of them are. */
function trailingBackslashes(text: string, from: number, to: number, before: number): number {
  let count = 0;
  for (let at = to - 1; at >= from && text.charCodeAt(at) === BACKSLASH; at -= 1) count += 1;
  return count === to - from ? count + before : count;
}
