import type { ComplexAttributeConverter } from 'lit';

/**
 * Receives the outcome of reading a JSON attribute. `KrElement` is one; any element can be,
 * as long as it wraps `attributeChangedCallback` in `withAttributeSink` (see there).
 */
export interface AttributeErrorSink {
  /** The attribute's text could not be used; the property becomes `undefined`. */
  attributeError(attribute: string, code: 'invalid-json' | 'json-type' | 'object-as-text', message: string, params?: { quotes: true }): void;
  /** The attribute was read without problems (clears an earlier error of the same attribute). */
  attributeOk(attribute: string): void;
}

let active: { sink: AttributeErrorSink; attribute: string } | undefined;

/**
 * Runs `read` (normally `super.attributeChangedCallback(...)`) with `sink` as the receiver of
 * converter errors. Lit calls converters without the element, so the element announces itself
 * here for the duration of the synchronous call.
 */
export function withAttributeSink<R>(sink: AttributeErrorSink, attribute: string, read: () => R): R {
  const previous = active;
  active = { sink, attribute };
  try {
    return read();
  } finally {
    active = previous;
  }
}

export interface JsonAttributeOptions {
  /** Accept a JSON array as well as an object (default: objects only). */
  allowArray?: boolean;
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}

/** Whether an attribute's text is an object written as text (`[object Object]`). */
export const isObjectAsText = (text: string): boolean => text.startsWith('[object ');

/** The note for an attribute whose text is an object written as text: what happened, and what to do. */
export function objectAsTextMessage(attribute: string, text: string): string {
  return `${attribute}: "${shorten(text)}" is an object set as an attribute before the element was defined (React 19 does so); define the elements before the first render`;
}

/**
 * A Lit attribute converter for JSON object attributes, e.g.
 * `@property({ converter: jsonAttribute<Profile>() }) actual?: Profile`.
 *
 * - a missing or blank attribute gives `undefined`;
 * - text that is not JSON, or JSON that is not an object (or array, with `allowArray`), gives
 *   `undefined` and is reported to the element (`invalid-json` / `json-type`), where Lit's
 *   default converter would silently give `null`; an object written as text (`[object Object]`)
 *   is reported as `object-as-text`, with the cause;
 * - the parsed value is not checked further: the element validates it with the domain.
 *
 * `toAttribute` writes JSON, should a property ever be reflected.
 */
export function jsonAttribute<T>(options: JsonAttributeOptions = {}): ComplexAttributeConverter<T | undefined> {
  return {
    fromAttribute(text: string | null): T | undefined {
      const target = active;
      if (text === null || text.trim() === '') {
        target?.sink.attributeOk(target.attribute);
        return undefined;
      }
      if (isObjectAsText(text)) {
        target?.sink.attributeError(target.attribute, 'object-as-text', objectAsTextMessage(target?.attribute ?? 'attribute', text));
        return undefined;
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        // Single or typographic quotes (a CMS turns " into „ “ ”) are the usual cause: said in words.
        const quotes = /['„“”‚‘’]/.test(text) ? ({ quotes: true } as const) : undefined;
        target?.sink.attributeError(target.attribute, 'invalid-json', `${target?.attribute ?? 'attribute'}: not valid JSON (${reason}): ${shorten(text)}`, quotes);
        return undefined;
      }
      const isObject = typeof value === 'object' && value !== null && (options.allowArray || !Array.isArray(value));
      if (!isObject) {
        const expected = options.allowArray ? 'a JSON object or array' : 'a JSON object';
        target?.sink.attributeError(target.attribute, 'json-type', `${target?.attribute ?? 'attribute'}: expected ${expected}, got ${shorten(text)}`);
        return undefined;
      }
      target?.sink.attributeOk(target.attribute);
      return value as T;
    },
    toAttribute(value: T | undefined): string | null {
      return value === undefined ? null : JSON.stringify(value);
    },
  };
}
