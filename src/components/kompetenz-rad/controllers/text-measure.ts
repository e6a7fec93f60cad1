import { textStyleOf, widthCache, type TextStyle } from '../../../internal/controllers/text-metrics.js';
import type { MeasureText } from '../model/label-layout.js';

/**
 * Text is measured once, at this size, and scaled to the size asked for: canvas widths grow
 * linearly with the font size (letter and word spacing are kept in em, so they scale too).
 */
const REFERENCE_SIZE = 100;

/** Widths at the reference size per font and spacing, shared by every wheel on the page (labels repeat across wheels) until web fonts arrive. */
const widths = widthCache<Map<string, number>>();
let context: CanvasRenderingContext2D | null | undefined;
/** The font the shared canvas is set to (setting it costs more than a measurement). */
let contextKey: string | undefined;

function measureAtReference(value: string, style: TextStyle): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return value.length * REFERENCE_SIZE * (0.6 + style.letterEm);
  if (contextKey !== style.key) {
    context.font = `${REFERENCE_SIZE}px ${style.family}`;
    context.letterSpacing = `${style.letterEm * REFERENCE_SIZE}px`;
    context.wordSpacing = `${style.wordEm * REFERENCE_SIZE}px`;
    contextKey = style.key;
  }
  return context.measureText(value).width;
}

/**
 * Measures label text with a canvas in the element's own font and text spacing. `use(computed)`
 * takes family, letter and word spacing from the computed style of the element whose style the
 * labels inherit and returns their key (a different key means a different layout); `text`
 * measures with what was last used.
 */
export function createTextMeasure(): { text: MeasureText; use: (computed: CSSStyleDeclaration) => string } {
  let style: TextStyle = { family: 'sans-serif', letterEm: 0, wordEm: 0, key: '' };
  let cache = new Map<string, number>();
  const text: MeasureText = (value, fontSize) => {
    let width = cache.get(value);
    if (width === undefined) {
      width = measureAtReference(value, style);
      cache.set(value, width);
    }
    return (width * fontSize) / REFERENCE_SIZE;
  };
  const use = (computed: CSSStyleDeclaration): string => {
    style = textStyleOf(computed);
    let shared = widths().get(style.key);
    if (!shared) widths().set(style.key, (shared = new Map()));
    cache = shared;
    return style.key;
  };
  return { text, use };
}
