import type { MeasureText } from './labels.js';

/**
 * Measures label text with a canvas in the element's own font, caching widths per text and
 * size. `fontKey(host)` reads the font family (it changes the layout when it changes).
 */
export function createTextMeasure(): { text: MeasureText; fontKey: (host: Element) => string } {
  let family = 'sans-serif';
  let context: CanvasRenderingContext2D | null | undefined;
  const cache = new Map<string, number>();
  const text: MeasureText = (value, fontSize) => {
    const key = `${fontSize}|${value}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    context ??= document.createElement('canvas').getContext('2d');
    let width = value.length * fontSize * 0.6;
    if (context) {
      context.font = `${fontSize}px ${family}`;
      width = context.measureText(value).width;
    }
    cache.set(key, width);
    return width;
  };
  const fontKey = (host: Element): string => {
    const current = getComputedStyle(host).fontFamily || 'sans-serif';
    if (current !== family) {
      family = current;
      cache.clear();
    }
    return family;
  };
  return { text, fontKey };
}
