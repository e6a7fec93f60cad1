import { ContextRoot } from '@lit/context';

/** Marks the document once, even when two copies of the library (CDN bundle and npm build) share the page. */
const MARK = '__kompetenzradContextRoot';

/**
 * Lets widgets find a `<kompetenz-provider>` that is defined or added after them: a ContextRoot
 * on the document keeps their unanswered context requests and sends them again when a provider
 * announces itself. Safe to call any number of times; call it before a widget or provider
 * connects (the define modules and element constructors do).
 */
export function ensureContextRoot(): void {
  if (typeof document === 'undefined' || Reflect.has(document, MARK)) return;
  Object.defineProperty(document, MARK, { value: true });
  new ContextRoot().attach(document.documentElement);
}
