import type { MeasureText } from '../model/label-layout.js';

/** Widths per font and spacing, shared by every wheel on the page (labels repeat across wheels). */
const widths = new Map<string, Map<string, number>>();
let context: CanvasRenderingContext2D | null | undefined;

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

/**
 * Measures label text with a canvas in the element's own font and text spacing. `fontKey(probe)`
 * reads family, letter and word spacing from the element whose style the labels inherit (a
 * different value means a different layout); `text` measures with what was last read.
 */
export function createTextMeasure(): { text: MeasureText; fontKey: (probe: Element) => string } {
  let style: TextStyle = { family: 'sans-serif', letterEm: 0, wordEm: 0 };
  let cache = new Map<string, number>();
  const text: MeasureText = (value, fontSize) => {
    const key = `${fontSize}|${value}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    context ??= document.createElement('canvas').getContext('2d');
    let width = value.length * fontSize * (0.6 + style.letterEm);
    if (context) {
      context.font = `${fontSize}px ${style.family}`;
      context.letterSpacing = `${style.letterEm * fontSize}px`;
      context.wordSpacing = `${style.wordEm * fontSize}px`;
      width = context.measureText(value).width;
    }
    cache.set(key, width);
    return width;
  };
  const fontKey = (probe: Element): string => {
    const computed = getComputedStyle(probe);
    style = {
      family: computed.fontFamily || 'sans-serif',
      letterEm: emOf(computed.letterSpacing, computed.fontSize),
      wordEm: emOf(computed.wordSpacing, computed.fontSize),
    };
    const key = `${style.family}|${style.letterEm.toFixed(3)}|${style.wordEm.toFixed(3)}`;
    let shared = widths.get(key);
    if (!shared) widths.set(key, (shared = new Map()));
    cache = shared;
    return key;
  };
  return { text, fontKey };
}
