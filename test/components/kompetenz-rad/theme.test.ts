import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { GRAPHIC_KEYS, PALETTE, TEXT_KEYS, type Palette, type PaletteMode } from '../../../src/internal/palette.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { contrastRatio, relativeLuminance, rgbToHex } from '../../helpers/contrast.js';
import { emulateMediaFeatures, resetMediaFeatures } from '../../helpers/media.js';
import { one, wheelIn, type KompetenzRad } from './util.js';

/** The four category bands, and the legend's swatches like them, drawn four different ways (fill, outline, dashes), not only in colours. */
function expectDistinctCategories(el: KompetenzRad): void {
  const drawing = (node: Element) => {
    const style = getComputedStyle(node);
    return [style.fill, style.stroke === 'none' ? 'none' : `${style.stroke} ${style.strokeWidth}`, style.strokeDasharray].join(' | ');
  };
  const bands = [...el.shadowRoot!.querySelectorAll('svg.wheel .band')].map(drawing);
  const swatches = [...el.shadowRoot!.querySelectorAll('.categories .band')].map(drawing);
  expect(new Set(bands).size, bands.join(' / ')).to.equal(4);
  expect(swatches).to.deep.equal(bands);
}

const FULL = html`<kompetenz-rad target-role="cdo" actual='{"daten":3,"technik":1,"team":2}' external='{"daten":1,"technik":3}'></kompetenz-rad>`;

/** The colour a custom property resolves to, as #rrggbb (via a probe inside the shadow root). */
function colourOf(el: KompetenzRad, property: string): string {
  const probe = document.createElement('span');
  el.shadowRoot!.append(probe);
  probe.style.setProperty('color', `var(${property})`);
  const colour = rgbToHex(getComputedStyle(probe).color);
  probe.remove();
  return colour;
}

/** How opaque an empty ring sector is painted: the alpha of its fill times its fill-opacity. */
function tintOf(el: KompetenzRad): number {
  const style = getComputedStyle(one(el, 'svg.wheel .cell'));
  const channels = style.fill.match(/[\d.]+/g)?.map(Number) ?? [];
  const alpha = style.fill.includes('/') || style.fill.startsWith('rgba') ? channels[channels.length - 1] : 1;
  return alpha * Number(style.fillOpacity);
}

const CSS_OF: Record<string, string> = {
  background: '--_bg',
  text: '--_text',
  mutedText: '--_muted',
  grid: '--_grid',
  focus: '--_focus',
  target: '--_target',
  actual: '--_actual',
  external: '--_external',
};

/** The wheel's tokens, background and label text are the `mode` palette, and axe passes. */
async function expectPainted(el: KompetenzRad, mode: PaletteMode): Promise<void> {
  for (const [key, property] of Object.entries(CSS_OF)) expect(colourOf(el, property), key).to.equal(PALETTE[mode][key as keyof typeof CSS_OF & keyof Palette]);
  for (const [category, colour] of Object.entries(PALETTE[mode].categories)) expect(colourOf(el, `--_${category}`), category).to.equal(colour);
  expect(rgbToHex(getComputedStyle(el).backgroundColor)).to.equal(PALETTE[mode].background);
  expect(rgbToHex(getComputedStyle(one(el, 'text[part="label"]')).fill)).to.equal(PALETTE[mode].text);
  await expectAccessible(el);
}

describe('palette: contrast', () => {
  for (const mode of ['light', 'dark'] as PaletteMode[]) {
    const palette = PALETTE[mode];
    it(`${mode}: category, series, grid and focus colours reach 3:1 against the background`, () => {
      for (const [name, colour] of [...GRAPHIC_KEYS.map((key) => [key, palette[key]]), ...Object.entries(palette.categories)]) {
        expect(contrastRatio(colour, palette.background), `${name} ${colour}`).to.be.at.least(3);
      }
    });
    it(`${mode}: text colours reach 4.5:1 against the background`, () => {
      for (const key of TEXT_KEYS) expect(contrastRatio(palette[key], palette.background), key).to.be.at.least(4.5);
    });
  }

  it('light graphics also reach 3:1 against white, dark ones against the dark background', () => {
    for (const colour of Object.values(PALETTE.light.categories)) expect(contrastRatio(colour, '#fff')).to.be.at.least(3);
    for (const colour of Object.values(PALETTE.dark.categories)) expect(contrastRatio(colour, PALETTE.dark.background)).to.be.at.least(3);
  });

  it('computes luminance and contrast as WCAG does', () => {
    expect(relativeLuminance('#ffffff')).to.equal(1);
    expect(relativeLuminance('#000')).to.equal(0);
    expect(contrastRatio('#000000', '#ffffff')).to.equal(21);
    expect(contrastRatio('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
  });
});

describe('kompetenz-rad: themes', () => {
  afterEach(async () => {
    await resetMediaFeatures();
  });

  it('light mode: the stylesheet defaults are the palette', async () => {
    await emulateMediaFeatures({ colorScheme: 'light' });
    const el = await wheelIn(FULL);
    for (const [key, property] of Object.entries(CSS_OF)) expect(colourOf(el, property), key).to.equal(PALETTE.light[key as keyof typeof CSS_OF & keyof typeof PALETTE.light]);
    for (const [category, colour] of Object.entries(PALETTE.light.categories)) expect(colourOf(el, `--_${category}`), category).to.equal(colour);
    await expectAccessible(el);
  });

  it('dark mode: the dark palette, and axe passes', async () => {
    expect(await emulateMediaFeatures({ colorScheme: 'dark' })).to.equal(true);
    await expectPainted(await wheelIn(FULL), 'dark');
  });

  it('dark OS, color-scheme: light on the element (a page rule): the light palette, and axe passes', async () => {
    expect(await emulateMediaFeatures({ colorScheme: 'dark' })).to.equal(true);
    const rule = document.createElement('style');
    rule.textContent = 'kompetenz-rad { color-scheme: light; }';
    document.head.append(rule);
    try {
      await expectPainted(await wheelIn(FULL), 'light');
    } finally {
      rule.remove();
    }
  });

  it('the tint of empty ring sectors follows the element\'s colour scheme, as its colours do, and --kr-sector-tint sets it in both', async () => {
    expect(await emulateMediaFeatures({ colorScheme: 'dark' })).to.equal(true);
    expect(tintOf(await wheelIn(FULL))).to.be.closeTo(0.16, 0.005);
    const rule = document.createElement('style');
    rule.textContent = 'kompetenz-rad { color-scheme: light; }';
    document.head.append(rule);
    try {
      const el = await wheelIn(FULL);
      expect(tintOf(el)).to.be.closeTo(0.1, 0.005);
      (el.parentElement as HTMLElement).style.setProperty('--kr-sector-tint', '0.3');
      expect(tintOf(el)).to.be.closeTo(0.3, 0.005);
    } finally {
      rule.remove();
    }
    await emulateMediaFeatures({ colorScheme: 'light' });
    expect(tintOf(await wheelIn(FULL))).to.be.closeTo(0.1, 0.005);
  });

  it('themes through --kr-* custom properties set on an ancestor', async () => {
    const el = await wheelIn(FULL);
    (el.parentElement as HTMLElement).style.setProperty('--kr-color-digital', '#004488');
    (el.parentElement as HTMLElement).style.setProperty('--kr-target-color', '#000000');
    expect(colourOf(el, '--_digital')).to.equal('#004488');
    const sector = one(el, 'svg.wheel path.actual-sector.cat-digital');
    expect(rgbToHex(getComputedStyle(sector).fill)).to.equal('#004488');
    expect(rgbToHex(getComputedStyle(one(el, 'svg.wheel path.target')).stroke)).to.equal('#000000');
  });

  it('forced colours: system colours for lines, fills and focus, and axe passes', async function () {
    if (!(await emulateMediaFeatures({ forcedColors: 'active' }))) {
      // The runner's config has no kr-emulate-media plugin (test/helpers/media-plugin.mjs).
      this.skip();
    }
    const el = await wheelIn(FULL);
    const canvasText = (() => {
      const probe = document.createElement('span');
      document.body.append(probe);
      probe.style.setProperty('color', 'CanvasText');
      const value = getComputedStyle(probe).color;
      probe.remove();
      return value;
    })();
    expect(getComputedStyle(one(el, 'svg.wheel path.target')).stroke).to.equal(canvasText);
    expect(getComputedStyle(one(el, 'text[part="label"]')).fill).to.equal(canvasText);
    const gap = getComputedStyle(one(el, 'svg.wheel .hatch-line')).stroke;
    expect(gap).to.equal(canvasText);
    expectDistinctCategories(el);
    await expectAccessible(el);
  });

  it('print: black lines and text, grey fills', async () => {
    const el = await wheelIn(FULL);
    await emulateMedia({ media: 'print' });
    try {
      expect(rgbToHex(getComputedStyle(one(el, 'svg.wheel path.target')).stroke)).to.equal('#000000');
      expect(rgbToHex(getComputedStyle(one(el, 'text[part="label"]')).fill)).to.equal('#000000');
      const fill = rgbToHex(getComputedStyle(one(el, 'svg.wheel path.actual-sector')).fill);
      const [r, g, b] = [1, 3, 5].map((start) => fill.slice(start, start + 2));
      expect(r === g && g === b, `grey fill, got ${fill}`).to.equal(true);
      expect(getComputedStyle(one(el, '.table-toggle')).display).to.equal('none');
      expectDistinctCategories(el);
      expect(one(el, '#data').getBoundingClientRect().height).to.be.greaterThan(100, 'the table is printed');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
