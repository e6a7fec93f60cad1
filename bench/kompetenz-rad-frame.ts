/**
 * Loaded by kompetenz-rad-cold.bench.ts into a new iframe per sample: a fresh page with the
 * scripts loaded (the wheel's code and its German texts, or Chart.js's radar) and nothing drawn
 * yet. `krFirst()` draws the first one and returns the milliseconds until it is laid out.
 */
import '../src/define/kompetenz-rad.js';
import { actual, drawRadar, external, target } from './radar-sample.js';

/** `?width=358`: the wheel in a phone's column (a 390 px screen less its margins); 800 px otherwise. */
const width = Number(new URLSearchParams(location.search).get('width') ?? 800);
const box = document.createElement('div');
box.style.setProperty('width', `${width}px`);
document.body.append(box);

async function firstWheel(): Promise<void> {
  const wheel = document.createElement('kompetenz-rad');
  wheel.target = target;
  wheel.actual = actual;
  wheel.external = external;
  box.append(wheel);
  await wheel.updateComplete;
}

function firstRadar(): void {
  drawRadar(box, width);
}

declare global {
  interface Window {
    krFirst?: (what: 'wheel' | 'radar') => Promise<number>;
  }
}

// The texts are part of the scripts a page loads for the wheel: fetched before the clock starts.
await import('../src/components/kompetenz-rad/strings/de.js');

window.krFirst = async (what) => {
  const start = performance.now();
  if (what === 'wheel') await firstWheel();
  else firstRadar();
  box.getBoundingClientRect(); // both pay for style and layout
  return performance.now() - start;
};
