import type { MeasureText } from './labels.js';

/** Widths per font family, shared by every wheel on the page (labels repeat across wheels). */
const widths = new Map<string, Map<string, number>>();
let context: CanvasRenderingContext2D | null | undefined;

/**
 * Measures label text with a canvas in the element's own font. `fontKey(host)` reads the font
 * family (a different family means a different layout); `text` measures in the family last read.
 */
export function createTextMeasure(): { text: MeasureText; fontKey: (host: Element) => string } {
  let family = 'sans-serif';
  let cache = new Map<string, number>();
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
    family = getComputedStyle(host).fontFamily || 'sans-serif';
    let shared = widths.get(family);
    if (!shared) widths.set(family, (shared = new Map()));
    cache = shared;
    return family;
  };
  return { text, fontKey };
}
