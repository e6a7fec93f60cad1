/**
 * JSON text read in steps: a large document (a district of 10,000 people is 18 MB) parsed by one
 * `JSON.parse` blocks a page for a fifth of a second. `parseJsonInSteps` parses the lists of
 * the top-level object element by element and yields between them, so that its caller can hand
 * the thread back between steps. The result is the value `JSON.parse` gives for the same text.
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

/** The index of the quote that ends the string opened at `start`; -1 when it never ends. */
export function endOfString(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  while (end !== -1 && escaped(text, end)) end = text.indexOf('"', end + 1);
  return end;
}

/** Thrown when the text is not a JSON object this reader splits: the caller parses it whole. */
class NotSplittable extends Error {}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function skipSpace(text: string, index: number): number {
  while (index < text.length && isSpace(text.charCodeAt(index))) index += 1;
  return index;
}

function expect(text: string, index: number, code: number): number {
  if (text.charCodeAt(index) !== code) throw new NotSplittable();
  return index + 1;
}

/** The index just after the JSON value that starts at `start` (its syntax is left to `JSON.parse`). */
function endOfValue(text: string, start: number): number {
  const first = text.charCodeAt(start);
  if (first === QUOTE) {
    const end = endOfString(text, start);
    if (end === -1) throw new NotSplittable();
    return end + 1;
  }
  if (first !== OPEN_OBJECT && first !== OPEN_LIST) {
    let index = start;
    while (index < text.length) {
      const code = text.charCodeAt(index);
      if (code === COMMA || code === CLOSE_OBJECT || code === CLOSE_LIST || isSpace(code)) break;
      index += 1;
    }
    if (index === start) throw new NotSplittable();
    return index;
  }
  let depth = 0;
  for (let index = start; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) {
      index = endOfString(text, index);
      if (index === -1) throw new NotSplittable();
    } else if (code === OPEN_OBJECT || code === OPEN_LIST) {
      depth += 1;
    } else if ((code === CLOSE_OBJECT || code === CLOSE_LIST) && (depth -= 1) === 0) {
      return index + 1;
    }
  }
  throw new NotSplittable();
}

/** Sets a parsed key as `JSON.parse` does: an own data property, also for `"__proto__"`. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** Parses the list that starts at `start` element by element into `list`; the index after it. */
function* readList(text: string, start: number, list: unknown[]): Generator<void, number> {
  let index = skipSpace(text, start + 1);
  if (text.charCodeAt(index) === CLOSE_LIST) return index + 1;
  for (;;) {
    const end = endOfValue(text, index);
    list.push(JSON.parse(text.slice(index, end)));
    yield;
    index = skipSpace(text, end);
    if (text.charCodeAt(index) === CLOSE_LIST) return index + 1;
    index = skipSpace(text, expect(text, index, COMMA));
  }
}

function* readObject(text: string): Generator<void, Record<string, unknown>> {
  const result: Record<string, unknown> = {};
  let index = skipSpace(text, expect(text, skipSpace(text, 0), OPEN_OBJECT));
  if (text.charCodeAt(index) === CLOSE_OBJECT) return finished(text, index + 1, result);
  for (;;) {
    if (text.charCodeAt(index) !== QUOTE) throw new NotSplittable();
    const keyEnd = endOfValue(text, index);
    const key = JSON.parse(text.slice(index, keyEnd)) as string;
    index = skipSpace(text, expect(text, skipSpace(text, keyEnd), COLON));
    if (text.charCodeAt(index) === OPEN_LIST) {
      const list: unknown[] = [];
      index = yield* readList(text, index, list);
      define(result, key, list);
    } else {
      const end = endOfValue(text, index);
      define(result, key, JSON.parse(text.slice(index, end)));
      index = end;
    }
    index = skipSpace(text, index);
    if (text.charCodeAt(index) === CLOSE_OBJECT) return finished(text, index + 1, result);
    index = skipSpace(text, expect(text, index, COMMA));
  }
}

function finished(text: string, index: number, result: Record<string, unknown>): Record<string, unknown> {
  if (skipSpace(text, index) !== text.length) throw new NotSplittable();
  return result;
}

/**
 * Parses `text` like `JSON.parse`, yielding after each element of a list of the top-level
 * object. Text that is not such an object (or not valid JSON) is parsed whole in the last
 * step, so a syntax error is `JSON.parse`'s own.
 */
export function* parseJsonInSteps(text: string): Generator<void, unknown> {
  try {
    return yield* readObject(text);
  } catch (error) {
    if (!(error instanceof NotSplittable) && !(error instanceof SyntaxError)) throw error;
  }
  return JSON.parse(text) as unknown;
}
