import { preloadPageTexts } from './localize.js';

const warned = new Set<string>();

/**
 * Registers `tag` for `element` unless the tag is taken: by the same class (the library loaded
 * twice through one module graph) silently, by another class (a second copy of the library, or
 * someone else's element) with one console warning per tag, since the page then shows the other
 * class's behaviour. Registering starts loading the element's texts in the page's language.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    preloadPageTexts();
    return;
  }
  if (existing === element || warned.has(tag)) return;
  warned.add(tag);
  console.warn(
    `kompetenzrad: <${tag}> is already defined by another class (a second copy of kompetenzrad or another library); this copy's <${tag}> is not registered.`,
  );
}
