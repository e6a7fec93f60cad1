import { expect, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { expectAccessible } from '../../helpers/a11y.js';
import { rgbToHex } from '../../helpers/contrast.js';
import { emulateMediaFeatures, resetMediaFeatures } from '../../helpers/media.js';
import { aggregateBy } from './group-util.js';
import { all, one, settle, wheelIn } from './util.js';

const BY_DEPARTMENT = aggregateBy('department');
const GROUP = html`<kompetenz-rad .aggregate=${BY_DEPARTMENT} group="IT"></kompetenz-rad>`;

/** A system colour as the browser computes it. */
function systemColour(name: string): string {
  const probe = document.createElement('span');
  document.body.append(probe);
  probe.style.setProperty('color', name);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

const isGrey = (hex: string) => hex.slice(1, 3) === hex.slice(3, 5) && hex.slice(3, 5) === hex.slice(5, 7);

describe('kompetenz-rad: a group in every colour mode, in print and at 320 px', () => {
  afterEach(async () => {
    await resetMediaFeatures();
    await emulateMedia({ media: 'screen' });
  });

  it('dark mode: axe passes, with the figures and with the notice', async () => {
    expect(await emulateMediaFeatures({ colorScheme: 'dark' })).to.equal(true);
    const el = await wheelIn(GROUP);
    await expectAccessible(el);
    el.group = 'Hauptamt';
    await el.updateComplete;
    expect(all(el, '[part="group-notice"]')).to.have.length(1);
    await expectAccessible(el);
  });

  it('forced colours: the steps in a system colour outlined in the text colour, the outline in the text colour; axe passes', async function () {
    if (!(await emulateMediaFeatures({ forcedColors: 'active' }))) this.skip();
    const el = await wheelIn(GROUP);
    const step = getComputedStyle(one(el, 'svg.wheel path.level-share'));
    expect(step.fill).to.equal(systemColour('Highlight'));
    expect(step.stroke).to.equal(systemColour('CanvasText'));
    expect(getComputedStyle(one(el, 'svg.wheel path.target')).stroke).to.equal(systemColour('CanvasText'));
    await expectAccessible(el);
    el.group = 'Hauptamt';
    await el.updateComplete;
    await expectAccessible(el);
  });

  it('print: grey steps with black edges, a black outline, and the table printed', async () => {
    const el = await wheelIn(GROUP);
    await emulateMedia({ media: 'print' });
    const step = getComputedStyle(one(el, 'svg.wheel path.level-share'));
    expect(isGrey(rgbToHex(step.fill)), `grey fill, got ${step.fill}`).to.equal(true);
    expect(rgbToHex(step.stroke)).to.equal('#000000');
    expect(rgbToHex(getComputedStyle(one(el, 'svg.wheel path.target')).stroke)).to.equal('#000000');
    expect(getComputedStyle(one(el, '.table-toggle')).display).to.equal('none');
    expect(one(el, '#data').getBoundingClientRect().height).to.be.greaterThan(300, 'the table is printed');
  });

  it('320 px: the wheel fits, and the open table scrolls sideways in its own focusable region', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await wheelIn(GROUP, 304);
      await settle();
      await el.updateComplete;
      expect(one(el, 'svg.wheel').getBoundingClientRect().right).to.be.at.most(320.5);
      expect(document.scrollingElement!.scrollWidth).to.be.at.most(320);
      one<HTMLButtonElement>(el, '.table-toggle').click();
      await el.updateComplete;
      const region = one<HTMLElement>(el, '#data');
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('aria-label')).to.equal('Verteilung der Stufen: IT');
      expect(region.tabIndex).to.equal(0);
      expect(region.scrollWidth, 'the table is wider than the screen').to.be.greaterThan(region.clientWidth);
      expect(region.getBoundingClientRect().right).to.be.at.most(320.5);
      expect(document.scrollingElement!.scrollWidth, 'the page does not scroll sideways').to.be.at.most(320);
      await expectAccessible(el);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
