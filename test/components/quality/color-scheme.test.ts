/**
 * The page decides the colour scheme through the standard `color-scheme` property, as it does for
 * the browser's own form controls: by default the elements follow the OS (`light dark`); a page
 * rule `… { color-scheme: light }` keeps them light in a dark OS, `color-scheme: dark` makes them
 * dark in a light one. Forced colours still win. (Contrast in each case: palette.test.ts.)
 */
import { expect } from '@open-wc/testing';
import { PALETTE, type PaletteMode } from '../../../src/internal/palette.js';
import { rgbToHex } from '../../helpers/contrast.js';
import { emulateMediaFeatures, resetMediaFeatures } from '../../helpers/media.js';
import { resolvedColour } from './dom.js';
import { mountWidget, pageScheme, type Widget } from './fixtures.js';

const DRAWING: readonly Widget[] = ['kompetenz-rad', 'gap-matrix', 'smart-goal-form', 'lernplan-timeline'];

/** The background, text and category colours an element paints with, as #rrggbb. */
function painted(el: Element) {
  const host = getComputedStyle(el);
  const categories = Object.fromEntries(CATEGORIES.map((category) => [category, rgbToHex(resolvedColour(el, `--_${category}`))]));
  return { background: rgbToHex(host.backgroundColor), text: rgbToHex(host.color), categories };
}

function expected(mode: PaletteMode) {
  const { background, text, categories } = PALETTE[mode];
  return { background, text, categories: { ...categories } };
}

type Category = keyof typeof PALETTE.light.categories;
const CATEGORIES = Object.keys(PALETTE.light.categories) as Category[];

/** One drawn piece per element and its colour in each scheme: [selector, CSS property, light, dark]. */
const PIECE: Record<Widget, [string, 'stroke' | 'fill' | 'backgroundColor', string, string] | undefined> = {
  'kompetenz-rad': ['svg.wheel path.target', 'stroke', PALETTE.light.target, PALETTE.dark.target],
  'gap-matrix': ['.g1', 'backgroundColor', '#fde9c9', '#4a3816'],
  'smart-goal-form': ['.letter', 'backgroundColor', '#0b57d0', '#8ab4f8'],
  'lernplan-timeline': undefined,
  'gap-matrix team': undefined,
  'gap-matrix organisation': undefined,
};

/** The piece's colour and the one it should have (the time line: its first bar of a category, in that category's colour). */
function expectPiece(el: Element, widget: Widget, mode: PaletteMode): void {
  const [selector, property, light, dark] = PIECE[widget] ?? [CATEGORIES.map((category) => `.cat-${category} .bar-fill`).join(', '), 'fill', '', ''];
  const node = el.shadowRoot!.querySelector(selector);
  expect(node, `${widget}: ${selector}`).to.exist;
  const category = CATEGORIES.find((name) => node!.closest(`.cat-${name}`));
  const want = PIECE[widget] ? (mode === 'light' ? light : dark) : PALETTE[mode].categories[category!];
  expect(rgbToHex(getComputedStyle(node!)[property]), `${widget}: ${selector}`).to.equal(want);
}

describe('color-scheme: the page keeps the elements light (or dark)', () => {
  afterEach(resetMediaFeatures);

  for (const widget of DRAWING) {
    it(`${widget}: in a dark OS dark by default, as before; light once the page says color-scheme: light`, async () => {
      expect(await emulateMediaFeatures({ colorScheme: 'dark' })).to.equal(true);
      const { el } = await mountWidget(widget, 'full');
      expect(painted(el)).to.deep.equal(expected('dark'));
      expectPiece(el, widget, 'dark');
      pageScheme('light');
      expect(getComputedStyle(el).colorScheme).to.equal('light');
      expect(painted(el)).to.deep.equal(expected('light'));
      expectPiece(el, widget, 'light');
    });
  }

  it('color-scheme: only light keeps them light too, and a --kr-* property the page sets still wins', async () => {
    expect(await emulateMediaFeatures({ colorScheme: 'dark' })).to.equal(true);
    pageScheme('only light');
    const { el, box } = await mountWidget('kompetenz-rad', 'full');
    expect(painted(el)).to.deep.equal(expected('light'));
    box.style.setProperty('--kr-background', '#fafad2');
    expect(rgbToHex(getComputedStyle(el).backgroundColor)).to.equal('#fafad2');
  });

  it('color-scheme: dark makes them dark in a light OS', async () => {
    expect(await emulateMediaFeatures({ colorScheme: 'light' })).to.equal(true);
    pageScheme('dark');
    for (const widget of DRAWING) {
      const { el } = await mountWidget(widget, 'full');
      expect(painted(el), widget).to.deep.equal(expected('dark'));
      expectPiece(el, widget, 'dark');
    }
  });

  it('the notice of input problems follows the element too', async () => {
    expect(await emulateMediaFeatures({ colorScheme: 'dark' })).to.equal(true);
    pageScheme('light');
    const { el } = await mountWidget('gap-matrix', 'errors');
    const notice = getComputedStyle(el.shadowRoot!.querySelector('[part="notice"]')!);
    expect([rgbToHex(notice.color), rgbToHex(notice.backgroundColor)]).to.deep.equal(['#6b2c00', '#fff4e5']);
  });

  it("forced colours: system colours whatever color-scheme the page sets; without them, the page's scheme", async function () {
    if (!(await emulateMediaFeatures({ colorScheme: 'dark', forcedColors: 'active' }))) this.skip();
    pageScheme('light');
    const { el } = await mountWidget('kompetenz-rad', 'full');
    const probe = document.createElement('span');
    document.body.append(probe);
    probe.style.setProperty('color', 'CanvasText');
    const canvasText = getComputedStyle(probe).color;
    probe.remove();
    expect(getComputedStyle(el.shadowRoot!.querySelector('svg.wheel path.target')!).stroke).to.equal(canvasText);
    expect(getComputedStyle(el.shadowRoot!.querySelector('text[part="label"]')!).fill).to.equal(canvasText);
    await resetMediaFeatures();
    expect(await emulateMediaFeatures({ colorScheme: 'dark' })).to.equal(true);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(false);
    expect(painted(el)).to.deep.equal(expected('light'));
  });
});
