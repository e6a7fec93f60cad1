import { expect, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { COMPETENCY_IDS } from '../../../src/domain/catalogue.js';
import type { Level, Profile } from '../../../src/domain/types.js';
import { mount, one, settle, type KompetenzRad } from './util.js';

/**
 * Many wheels on one page (issue 17, item 9): a wheel far from view is neither laid out nor
 * painted, yet still follows the page's width and prints in full. (How fast is measured by
 * bench/kompetenz-rad-many.bench.ts, not here.)
 */
const COUNT = 24;
const COLUMNS = 4;

const profile = (seed: number): Profile => Object.fromEntries(COMPETENCY_IDS.map((id, index) => [id, ((index * 7 + seed) % 4) as Level]));

async function wheelGrid(width: number): Promise<{ box: HTMLElement; wheels: KompetenzRad[] }> {
  const box = await mount(
    html`<div style="display: grid; grid-template-columns: repeat(${COLUMNS}, 1fr)">
      ${Array.from({ length: COUNT }, (_, index) => html`<kompetenz-rad target-role="cdo" .actual=${profile(index)} .external=${profile(index + 1)}></kompetenz-rad>`)}
    </div>`,
    width,
  );
  const wheels = Array.from(box.querySelectorAll('kompetenz-rad'));
  await Promise.all(wheels.map((wheel) => wheel.updateComplete));
  return { box, wheels };
}

const drawnWidth = (wheel: KompetenzRad) => Number(one(wheel, 'svg.wheel').getAttribute('width'));
/** Whether the wheel's drawing is rendered (not skipped by `content-visibility: auto`). */
const rendered = (wheel: KompetenzRad) => one(wheel, 'svg.wheel').checkVisibility({ contentVisibilityAuto: true });

async function drawnAt(wheels: readonly KompetenzRad[], width: number): Promise<void> {
  for (let tries = 0; tries < 200 && !wheels.every((wheel) => drawnWidth(wheel) === width); tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await Promise.all(wheels.map((wheel) => wheel.updateComplete));
  }
}

describe('kompetenz-rad: many wheels on one page', () => {
  before(async () => {
    await setViewport({ width: 1300, height: 700 });
  });

  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('lays out and paints only the wheels near the view; the others keep their place', async function () {
    const { wheels } = await wheelGrid(1200);
    // Which content is skipped is decided when the page renders a frame; a page in the background gets none.
    const twoFrames = new Promise<boolean>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))));
    if (!(await Promise.race([twoFrames, settle(2000).then(() => false)]))) this.skip();
    const first = wheels[0];
    const last = wheels[COUNT - 1];
    expect(getComputedStyle(one(last, '.root')).contentVisibility).to.equal('auto');
    expect(rendered(first), 'a wheel in view').to.equal(true);
    expect(rendered(last), 'a wheel six rows below the view').to.equal(false);
    // A wheel not yet drawn holds about the height of a drawn one, so the page does not jump much when it comes into view.
    const height = last.getBoundingClientRect().height;
    expect(height).to.be.within(0.8 * first.getBoundingClientRect().width, 3 * first.getBoundingClientRect().height);
    // Its content is there for assistive technology all the same.
    expect(one(last, 'svg.wheel').querySelectorAll('[role="option"][aria-label]')).to.have.length(COMPETENCY_IDS.length);
  });

  it('follows a new width also far from the view', async () => {
    const { box, wheels } = await wheelGrid(1200);
    expect(drawnWidth(wheels[COUNT - 1])).to.equal(300);
    box.style.setProperty('width', '1120px');
    await drawnAt(wheels, 280);
    expect(wheels.map(drawnWidth)).to.deep.equal(wheels.map(() => 280));
  });

  it('draws every wheel of a page with a few wheels, near the view or not', async () => {
    const box = await mount(html`<kompetenz-rad></kompetenz-rad><div style="height: 3000px"></div><kompetenz-rad></kompetenz-rad>`, 600);
    const wheels = Array.from(box.querySelectorAll('kompetenz-rad'));
    await Promise.all(wheels.map((wheel) => wheel.updateComplete));
    for (const wheel of wheels) expect(getComputedStyle(one(wheel, '.root')).contentVisibility).to.equal('visible');
    expect(rendered(wheels[1])).to.equal(true);
  });

  it('does not clip the details of a spoke on a crowded page', async () => {
    const { wheels } = await wheelGrid(1200);
    const wheel = wheels[0];
    const spoke = one(wheel, '.spoke[data-index="12"]');
    spoke.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
    await wheel.updateComplete;
    const tip = one<HTMLElement>(wheel, "[part='tooltip']");
    expect(tip.hidden, 'details shown').to.equal(false);
    expect(getComputedStyle(one(wheel, '.root')).contentVisibility).to.equal('visible');
  });

  it('prints every wheel in full', async () => {
    const { wheels } = await wheelGrid(1200);
    await emulateMedia({ media: 'print' });
    const last = wheels[COUNT - 1];
    expect(getComputedStyle(one(last, '.root')).contentVisibility).to.equal('visible');
    expect(rendered(last)).to.equal(true);
  });
});
