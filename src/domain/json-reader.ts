/**
 * JSON text read as it arrives. A large document (a district of 10,000 people is 18 MB) parsed by
 * one `JSON.parse` blocks a page for a fifth of a second. `JsonReader` takes the text in pieces
 * and parses it in small steps, each element of a list of the top-level object on its own as
 * soon as it is complete, so that parsing keeps pace with a download and the caller can pause
 * between steps. The result is the value `JSON.parse` gives
 * for the whole text.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_LIST = 0x5b;
const CLOSE_LIST = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

/** Whether the quote at `index` is escaped: an odd number of backslashes before it. */
export function escaped(text: string, index: number): boolean {
  let backslashes = 0;
  for (let at = index - 1; at >= 0 && text.charCodeAt(at) === BACKSLASH; at -= 1) backslashes += 1;
  return backslashes % 2 === 1;
}

/** The index of the quote that ends the string opened at `start`; -1 when it does not end in `text`. */
export function endOfString(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  while (end !== -1 && escaped(text, end)) end = text.indexOf('"', end + 1);
  return end;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** Where the reader is in the top-level object. */
type Place = 'start' | 'key-or-end' | 'key' | 'colon' | 'value' | 'element-or-end' | 'element' | 'after-element' | 'after-value' | 'done';

/** The text so far ends inside a value: read again once more has arrived. */
const INCOMPLETE = -1;
/** Not a JSON object this reader splits: the whole text is parsed at the end. */
const UNSPLITTABLE = -2;

/**
 * Parses JSON text given in pieces (`push`), list element by list element at the top level.
 * `end()` gives the value, or `undefined` when the text was not an object it could split (not
 * JSON, or not an object): the caller then parses the whole text, which reports any error.
 */
export class JsonReader {
  private text = '';
  private at = 0;
  private place: Place = 'start';
  private broken = false;
  private final = false;
  /** A value that ran past the end of the text so far is scanned again once the text from it is this long: a huge value is not scanned once per piece. */
  private retryAt = 0;
  private readonly result: Record<string, unknown> = {};
  private key = '';
  private list: unknown[] = [];
  private readonly queue: string[] = [];

  /** `element` sees each element of a top-level list right after it is parsed (e.g. to freeze it). */
  constructor(private readonly element: (value: unknown) => void = () => {}) {}

  /** Adds the next piece of text (read by the steps that need it). */
  push(piece: string): void {
    if (!this.broken) this.queue.push(piece);
  }

  /** Reads the next token or value; false when it needs more text (or the text is done or broken). Small steps: the caller decides when to pause. */
  step(): boolean {
    if (this.broken || this.place === 'done') return false;
    try {
      for (;;) {
        if (this.text.length - this.at >= this.retryAt && this.read()) return true;
        const next = this.queue.shift();
        if (next === undefined) return false;
        // Only what is not read yet is carried over: each piece is copied about once.
        this.text = this.text.slice(this.at) + next;
        this.at = 0;
      }
    } catch (error) {
      // A piece of syntax JSON.parse refused: the whole text is parsed at the end instead.
      if (!(error instanceof SyntaxError)) throw error;
      return this.fail();
    }
  }

  /** The value of the whole text, once every piece has been pushed; `undefined` when the text was not an object this reader splits. */
  end(): unknown {
    this.text = this.text.slice(this.at) + this.queue.splice(0).join('');
    this.at = 0;
    this.final = true;
    this.retryAt = 0;
    while (this.step()) {
      // The rest of the text.
    }
    if (this.broken || this.place !== 'done' || this.skipSpace(this.at) !== this.text.length) return undefined;
    return this.result;
  }

  /** Reads one token or value at `at`; false when the text so far ends first. */
  private read(): boolean {
    const at = this.skipSpace(this.at);
    if (at >= this.text.length) return false;
    const code = this.text.charCodeAt(at);
    switch (this.place) {
      case 'start':
        return this.token(at, code === OPEN_OBJECT, 'key-or-end');
      case 'key-or-end':
        if (code === CLOSE_OBJECT) return this.token(at, true, 'done');
        this.place = 'key';
        return true;
      case 'key':
        if (code !== QUOTE) return this.fail();
        return this.value(at, (key) => {
          this.key = key as string;
          this.place = 'colon';
        });
      case 'colon':
        return this.token(at, code === COLON, 'value');
      case 'value':
        if (code === OPEN_LIST) {
          this.list = [];
          return this.token(at, true, 'element-or-end');
        }
        return this.value(at, (value) => {
          this.define(value);
          this.place = 'after-value';
        });
      case 'element-or-end':
        if (code === CLOSE_LIST) return this.endList(at);
        this.place = 'element';
        return true;
      case 'element':
        return this.value(at, (value) => {
          this.list.push(value);
          this.element(value);
          this.place = 'after-element';
        });
      case 'after-element':
        if (code === CLOSE_LIST) return this.endList(at);
        return this.token(at, code === COMMA, 'element');
      case 'after-value':
        if (code === CLOSE_OBJECT) return this.token(at, true, 'done');
        return this.token(at, code === COMMA, 'key');
      default:
        return false;
    }
  }

  private token(at: number, expected: boolean, next: Place): boolean {
    if (!expected) return this.fail();
    this.at = at + 1;
    this.place = next;
    return true;
  }

  private endList(at: number): boolean {
    this.define(this.list);
    this.list = [];
    return this.token(at, true, 'after-value');
  }

  /** Parses the value at `at` when it is complete in the text so far. */
  private value(at: number, use: (value: unknown) => void): boolean {
    const end = this.endOfValue(at);
    if (end === UNSPLITTABLE) return this.fail();
    if (end === INCOMPLETE) {
      this.retryAt = (this.text.length - this.at) * 2;
      return false;
    }
    this.retryAt = 0;
    use(JSON.parse(this.text.slice(at, end)));
    this.at = end;
    return true;
  }

  /** Sets a key as `JSON.parse` does: an own data property (also `"__proto__"`); a repeated key keeps its place and takes the later value. */
  private define(value: unknown): void {
    Object.defineProperty(this.result, this.key, { value, writable: true, enumerable: true, configurable: true });
  }

  private fail(): false {
    this.broken = true;
    return false;
  }

  private skipSpace(index: number): number {
    while (index < this.text.length && isSpace(this.text.charCodeAt(index))) index += 1;
    return index;
  }

  /** The index just after the value at `start` (its syntax is left to `JSON.parse`), INCOMPLETE or UNSPLITTABLE. */
  private endOfValue(start: number): number {
    const text = this.text;
    const first = text.charCodeAt(start);
    if (first === QUOTE) {
      const end = endOfString(text, start);
      return end === -1 ? (this.final ? UNSPLITTABLE : INCOMPLETE) : end + 1;
    }
    if (first !== OPEN_OBJECT && first !== OPEN_LIST) {
      let index = start;
      while (index < text.length) {
        const code = text.charCodeAt(index);
        if (code === COMMA || code === CLOSE_OBJECT || code === CLOSE_LIST || isSpace(code)) break;
        index += 1;
      }
      // A number at the end of the text so far may go on in the next piece.
      if (index === text.length && !this.final) return INCOMPLETE;
      return index === start ? UNSPLITTABLE : index;
    }
    let depth = 0;
    for (let index = start; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      if (code === QUOTE) {
        index = endOfString(text, index);
        if (index === -1) break;
      } else if (code === OPEN_OBJECT || code === OPEN_LIST) {
        depth += 1;
      } else if ((code === CLOSE_OBJECT || code === CLOSE_LIST) && (depth -= 1) === 0) {
        return index + 1;
      }
    }
    return this.final ? UNSPLITTABLE : INCOMPLETE;
  }
}
