import type { MeasureText } from '../model/label-layout.js';

/**
 * Text is measured once, at this size, and scaled to the size asked for: canvas widths grow
 * linearly with the font size (letter and word spacing are kept in em, so they scale too).
 */
const REFERENCE_SIZE = 100;

/** Widths at the reference size per font and spacing, shared by every wheel on the page (labels repeat across wheels). */
const widths = new Map<string, Map<string, number>>();
let context: CanvasRenderingContext2D | null | undefined;
/** The font the shared canvas is set to (setting it costs more than a measurement). */
let contextKey: string | undefined;

interface TextStyle {
  family: string;
  /** Letter and word spacing in em, so they scale with each label's font size (WCAG 1.4.12). */
  letterEm: number;
  wordEm: number;
}

function emOf(length: string, fontSize: string): number {
  const px = Number.parseFloat(length);
  const size = Number.parseFloat(fontSize);
  return Number.isFinite(px) && size > 0 ? px / size : 0;
}

function measureAtReference(value: string, style: TextStyle, key: string): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return value.length * REFERENCE_SIZE * (0.6 + style.letterEm);
  if (contextKey !== key) {
    context.font = `${REFERENCE_SIZE}px ${style.family}`;
    context.letterSpacing = `${style.letterEm * REFERENCE_SIZE}px`;
    context.wordSpacing = `${style.wordEm * REFERENCE_SIZE}px`;
    contextKey = key;
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
  let style: TextStyle = { family: 'sans-serif', letterEm: 0, wordEm: 0 };
  let key = '';
  let cache = new Map<string, number>();
  const text: MeasureText = (value, fontSize) => {
    let width = cache.get(value);
    if (width === undefined) {
      width = measureAtReference(value, style, key);
      cache.set(value, width);
    }
    return (width * fontSize) / REFERENCE_SIZE;
  };
  const use = (computed: CSSStyleDeclaration): string => {
    style = {
      family: computed.fontFamily || 'sans-serif',
      letterEm: emOf(computed.letterSpacing, computed.fontSize),
      wordEm: emOf(computed.wordSpacing, computed.fontSize),
    };
    key = `${style.family}|${style.letterEm.toFixed(3)}|${style.wordEm.toFixed(3)}`;
    let shared = widths.get(key);
    if (!shared) widths.set(key, (shared = new Map()));
    cache = shared;
    return key;
  };
  return { text, use };
}
