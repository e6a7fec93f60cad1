/**
 * The default colours of the elements as data, for light and dark mode, so that a unit test can
 * check their contrast: graphics (category, series, grid, focus) at least 3:1 and text at least
 * 4.5:1 against `background`. The stylesheets repeat these values as the defaults of their CSS
 * custom properties (a test compares the computed values with this table).
 */
export interface Palette {
  /** What the element draws on. */
  background: string;
  text: string;
  /** Secondary text (legend notes, table captions). */
  mutedText: string;
  /** Ring and spoke lines of charts. */
  grid: string;
  /** The focus outline. */
  focus: string;
  /** The target profile's outline. */
  target: string;
  /** The actual profile's outline (its areas are filled with the category colours). */
  actual: string;
  /** The external assessment's dashed line and markers. */
  external: string;
  /** One colour per category of the default catalogue. */
  categories: Readonly<Record<'digital' | 'methode' | 'sozial' | 'personal', string>>;
}

export type PaletteMode = 'light' | 'dark';

export const PALETTE: Readonly<Record<PaletteMode, Readonly<Palette>>> = Object.freeze({
  light: Object.freeze({
    background: '#ffffff',
    text: '#1f1f1f',
    mutedText: '#595959',
    grid: '#767676',
    focus: '#0b57d0',
    target: '#1f1f1f',
    actual: '#3d3d3d',
    external: '#a3195b',
    categories: Object.freeze({ digital: '#1565c0', methode: '#b45309', sozial: '#2e7d32', personal: '#7b1fa2' }),
  }),
  dark: Object.freeze({
    background: '#1b1b1f',
    text: '#ececec',
    mutedText: '#b0b0b0',
    grid: '#8f8f8f',
    focus: '#8ab4f8',
    target: '#f2f2f2',
    actual: '#c8c8c8',
    external: '#ff8cc6',
    categories: Object.freeze({ digital: '#64b5f6', methode: '#f59e0b', sozial: '#81c784', personal: '#ce93d8' }),
  }),
});

/** Which palette keys are graphics (3:1) and which are text (4.5:1). */
export const GRAPHIC_KEYS = Object.freeze(['grid', 'focus', 'target', 'actual', 'external'] as const);
export const TEXT_KEYS = Object.freeze(['text', 'mutedText'] as const);

/**
 * The colour slot of a category in a catalogue: the default categories keep their own colour;
 * other categories take the four colours in turn by position.
 */
export function categorySlot(categoryId: string, position: number): keyof Palette['categories'] {
  const slots = ['digital', 'methode', 'sozial', 'personal'] as const;
  return (slots as readonly string[]).includes(categoryId) ? (categoryId as keyof Palette['categories']) : slots[position % slots.length];
}
