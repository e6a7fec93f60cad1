import '../src/define/kompetenz-rad.js';
import type { KompetenzRad } from '../src/components/kompetenz-rad/kompetenz-rad.js';
import { COMPETENCY_IDS } from '../src/domain/catalogue.js';
import type { Level, Profile } from '../src/domain/types.js';
import { measure } from './harness.js';

function profile(seed: number): Profile {
  return Object.fromEntries(COMPETENCY_IDS.map((id, index) => [id, ((index * 7 + seed) % 4) as Level]));
}

const box = document.createElement('div');
box.style.setProperty('width', '800px');
document.body.append(box);

function createWheel(): KompetenzRad {
  const el = document.createElement('kompetenz-rad');
  el.targetRole = 'cdo';
  el.actual = profile(1);
  el.external = profile(2);
  return el;
}

describe('kompetenz-rad bench', () => {
  it('first render: 25 competencies, target + actual + external', async () => {
    let el: KompetenzRad | undefined;
    await measure(
      'kompetenz-rad first render (25 competencies, 3 series)',
      async () => {
        el = createWheel();
        box.append(el);
        await el.updateComplete;
      },
      { runs: 30, warmup: 5, budget: 10 },
      () => {
        el?.remove();
      },
    );
    el?.remove();
  });

  it('first render of a wheel whose width no wheel had before (labels laid out anew)', async () => {
    let el: KompetenzRad | undefined;
    let width = 700;
    await measure(
      'kompetenz-rad first render, new width (25 competencies, 3 series)',
      async () => {
        el = createWheel();
        box.append(el);
        await el.updateComplete;
      },
      { runs: 30, warmup: 3, budget: 10 },
      () => {
        el?.remove();
        box.style.setProperty('width', `${(width += 7)}px`);
      },
    );
    el?.remove();
    box.style.setProperty('width', '800px');
  });

  it('update: a new actual profile', async () => {
    const el = createWheel();
    box.append(el);
    await el.updateComplete;
    let seed = 3;
    await measure(
      'kompetenz-rad update (new actual profile)',
      async () => {
        el.actual = profile(seed++);
        await el.updateComplete;
      },
      { runs: 50, warmup: 5, budget: 3 },
    );
    el.remove();
  });
});
