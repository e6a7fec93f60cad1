import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { WidthOf } from '../model/text-fit.js';

/** Character widths per font, shared by every time line of the page. */
const widths = new Map<string, Map<string, number>>();
let context: CanvasRenderingContext2D | null | undefined;

function characterWidth(font: string, character: string): number {
  let table = widths.get(font);
  if (!table) widths.set(font, (table = new Map()));
  let width = table.get(character);
  if (width === undefined) {
    context ??= document.createElement('canvas').getContext('2d');
    if (context) {
      context.font = font;
      width = context.measureText(character).width;
    } else width = Number.parseFloat(font.split(' ')[1] ?? '11') * 0.62;
    table.set(character, width);
  }
  return width;
}

const emOf = (length: string, fontSize: number) => {
  const px = Number.parseFloat(length);
  return Number.isFinite(px) && fontSize > 0 ? px / fontSize : 0;
};

/**
 * How wide label text is in the element's font and text spacing (WCAG 1.4.12), measured one
 * character at a time on a canvas (each character once per font and page). Read before each
 * update; `of(size, weight)` gives a width function that stays the same object while the font does.
 */
export class TextWidth implements ReactiveController {
  private key = '';
  private family = 'sans-serif';
  private letterEm = 0;
  private wordEm = 0;
  private readonly made = new Map<string, WidthOf>();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (!this.host.isConnected) return;
    const style = getComputedStyle(this.host);
    const size = Number.parseFloat(style.fontSize);
    const family = style.fontFamily || 'sans-serif';
    const letterEm = emOf(style.letterSpacing, size);
    const wordEm = emOf(style.wordSpacing, size);
    const key = `${family}|${letterEm.toFixed(3)}|${wordEm.toFixed(3)}`;
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
      widthOf = (text) => {
        let width = 0;
        for (const character of text) width += characterWidth(font, character) + letter + (character === ' ' ? word : 0);
        return width;
      };
      this.made.set(id, widthOf);
    }
    return widthOf;
  }
}
