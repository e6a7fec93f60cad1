import type { ReactiveController } from 'lit';
import { TextMetricsController, textStyleOf, widthCache, type TextMetricsHost } from '../../../internal/controllers/text-metrics.js';
import type { WidthOf } from '../model/text-fit.js';

/** The widths of a font's characters: Latin-1 by code (`NaN` until measured), any other in a map. */
interface FontWidths {
  latin: Float64Array;
  other: Map<string, number>;
}

/** Character widths per font, shared by every time line of the page (until web fonts arrive). */
const fonts = widthCache<FontWidths>();
let context: CanvasRenderingContext2D | null | undefined;
/** The font the canvas is set to (setting it parses it: once per run of characters, not per character). */
let contextFont = '';

function measure(font: string, character: string): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return Number.parseFloat(font.split(' ')[1] ?? '11') * 0.62;
  if (contextFont !== font) context.font = contextFont = font;
  return context.measureText(character).width;
}

function widthsOf(font: string): FontWidths {
  let widths = fonts().get(font);
  if (!widths) fonts().set(font, (widths = { latin: new Float64Array(256).fill(Number.NaN), other: new Map() }));
  return widths;
}

/** The width of `text` in `font`, each character measured once per page; `letter` and `word` are added per character and per space. */
function textWidth(widths: FontWidths, font: string, text: string, letter: number, word: number): number {
  let width = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    let character: number;
    if (code < 256) {
      character = widths.latin[code];
      if (Number.isNaN(character)) character = widths.latin[code] = measure(font, text[i]);
    } else {
      // A pair of surrogates is one character.
      const wide = code >= 0xd800 && code < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      const key = wide ? text.slice(i, i + 2) : text[i];
      if (wide) i += 1;
      const known = widths.other.get(key);
      character = known ?? measure(font, key);
      if (known === undefined) widths.other.set(key, character);
    }
    width += character + letter + (code === 32 ? word : 0);
  }
  return width;
}

/**
 * How wide label text is in the element's font and text spacing (WCAG 1.4.12), measured one
 * character at a time on a canvas (each character once per font and page). Read before each
 * update, and the host updates again when the text's metrics change after it drew (spacing added
 * by a user style sheet, a web font that arrives); `of(size, weight)` gives a width function that
 * stays the same object while the font does.
 */
export class TextWidth implements ReactiveController {
  private key = '';
  private family = 'sans-serif';
  private letterEm = 0;
  private wordEm = 0;
  private readonly made = new Map<string, WidthOf>();

  constructor(private readonly host: TextMetricsHost) {
    host.addController(this);
    new TextMetricsController(host, undefined, () => this.key || undefined);
  }

  hostUpdate(): void {
    if (!this.host.isConnected) return;
    const { family, letterEm, wordEm, key } = textStyleOf(getComputedStyle(this.host));
    if (key === this.key) return;
    this.key = key;
    this.family = family;
    this.letterEm = letterEm;
    this.wordEm = wordEm;
    this.made.clear();
  }

  /** The width of a text at `size` px and `weight`. */
  of(size: number, weight: number): WidthOf {
    const id = `${size}|${weight}`;
    let widthOf = this.made.get(id);
    if (!widthOf) {
      const font = `${weight} ${size}px ${this.family}`;
      const letter = this.letterEm * size;
      const word = this.wordEm * size;
      const widths = widthsOf(font);
      widthOf = (text) => textWidth(widths, font, text, letter, word);
      this.made.set(id, widthOf);
    }
    return widthOf;
  }
}
