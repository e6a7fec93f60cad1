/**
 * 1,000 wheels on one page (issue 17, item 9): the first render of all of them, and a resize of
 * the page that gives every wheel a new width. Each sample ends when every wheel is drawn at its
 * width and laid out.
 */
import '../src/define/kompetenz-provider.js';
import '../src/define/kompetenz-rad.js';
import type { KompetenzProvider } from '../src/components/kompetenz-provider/kompetenz-provider.js';
import type { KompetenzRad } from '../src/components/kompetenz-rad/kompetenz-rad.js';
import { COMPETENCY_IDS } from '../src/domain/catalogue.js';
import { generatePortfolio } from '../src/domain/sample.js';
import type { Level, Profile } from '../src/domain/types.js';
import { report } from './harness.js';

const COUNT = 1000;
const COLUMNS = 4;

function profile(seed: number): Profile {
  return Object.fromEntries(COMPETENCY_IDS.map((id, index) => [id, ((index * 7 + seed) % 4) as Level]));
}

const box = document.createElement('div');
box.style.setProperty('display', 'grid');
box.style.setProperty('grid-template-columns', `repeat(${COLUMNS}, 1fr)`);
document.body.append(box);

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/** Waits until every wheel draws at `width` (a resize reaches the wheels through observers and timers). */
async function drawnAt(wheels: readonly KompetenzRad[], width: number): Promise<void> {
  for (let tries = 0; ; tries += 1) {
    await Promise.all(wheels.map((wheel) => wheel.updateComplete));
    const behind = wheels.filter((wheel) => Number(wheel.shadowRoot?.querySelector('svg.wheel')?.getAttribute('width')) !== width);
    if (behind.length === 0) return;
    if (tries > 10000) throw new Error(`${behind.length} wheels not drawn at ${width} px`);
    await nextTask();
  }
}

function createWheels(): KompetenzRad[] {
  return Array.from({ length: COUNT }, (_, index) => {
    const el = document.createElement('kompetenz-rad');
    el.targetRole = 'cdo';
    el.actual = profile(index);
    el.external = profile(index + 1);
    return el;
  });
}

/** The width a wheel draws for when its grid cell is `cell` px wide (see WheelLayoutController). */
const drawnWidth = (cell: number) => Math.round(Math.min(1200, Math.max(280, cell)));

const RUNS = 3;
const first: number[] = [];
const resize: number[] = [];

describe('kompetenz-rad: 1,000 wheels', () => {
  // One test per sample: each stays within the runner's time limit also when it is slow.
  for (let run = 0; run < RUNS; run += 1) {
    it(`first render and resize, sample ${run + 1}`, async () => {
      box.style.setProperty('width', `${COLUMNS * 400}px`);
      const wheels = createWheels();
      await nextTask();
      let start = performance.now();
      box.append(...wheels);
      await drawnAt(wheels, drawnWidth(400));
      box.getBoundingClientRect();
      first.push(performance.now() - start);

      await nextTask();
      start = performance.now();
      box.style.setProperty('width', `${COLUMNS * 360}px`);
      await drawnAt(wheels, drawnWidth(360));
      box.getBoundingClientRect();
      resize.push(performance.now() - start);

      box.replaceChildren();
      await nextTask();
    });
  }

  // One rating changed on one of 1,000 editable wheels of a provider: every wheel shows the change.
  const edits: number[] = [];
  it('one edit with 1,000 wheels in a provider', async () => {
    const provider = document.createElement('kompetenz-provider') as KompetenzProvider;
    provider.setAttribute('storage', 'none');
    provider.portfolio = generatePortfolio({ seed: 1, people: 12, today: '2025-09-01' });
    box.style.setProperty('width', `${COLUMNS * 400}px`);
    provider.append(box);
    document.body.append(provider);
    await provider.updateComplete;
    const wheels = Array.from({ length: COUNT }, () => Object.assign(document.createElement('kompetenz-rad'), { editable: true }));
    box.append(...wheels);
    await Promise.all(wheels.map((wheel) => wheel.updateComplete));
    const levelShown = (wheel: KompetenzRad) => wheel.shadowRoot?.querySelector('.spoke[data-index="3"]')?.getAttribute('aria-valuenow');
    for (let run = 0; run < 4; run += 1) {
      const level = String((Number(levelShown(wheels[0])) % 3) + 1);
      await nextTask();
      const start = performance.now();
      wheels[run].shadowRoot?.querySelector(`.spoke[data-index="3"] .cell[data-level="${level}"]`)?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      for (let tries = 0; !wheels.every((wheel) => levelShown(wheel) === level); tries += 1) {
        if (tries > 10000) throw new Error('the edit did not reach every wheel');
        await Promise.all(wheels.map((wheel) => wheel.updateComplete));
        if (!wheels.every((wheel) => levelShown(wheel) === level)) await nextTask();
      }
      box.getBoundingClientRect();
      edits.push(performance.now() - start);
    }
    box.replaceChildren();
    document.body.append(box);
    provider.remove();
  });

  it('reports', () => {
    report(`${COUNT.toLocaleString('en')} wheels first render`, first, 2000, { note: `${COUNT} × kompetenz-rad, 3 series, 400 px each` });
    report(`${COUNT.toLocaleString('en')} wheels resize`, resize, 1000, { note: '400 → 360 px each' });
    report(`${COUNT.toLocaleString('en')} wheels in a provider, one edit`, edits, 1000, { note: 'editable wheels, 12 people; issue 17 measured 4 s' });
  });
});
