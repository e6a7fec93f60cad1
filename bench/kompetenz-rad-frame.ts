/**
 * Loaded by kompetenz-rad-cold.bench.ts into a new iframe per sample: a fresh page with the
 * scripts loaded (the wheel's code and its German texts, or Chart.js's radar) and nothing drawn
 * yet. `krFirst()` draws the first one and returns the milliseconds until it is laid out.
 */
import '../src/define/kompetenz-rad.js';
import { DEFAULT_CATALOGUE } from '../src/domain/catalogue.js';
import { DEFAULT_ROLES } from '../src/domain/roles.js';
import type { Level, Profile } from '../src/domain/types.js';
import { Chart } from './chartjs-radar.js';

const ids = DEFAULT_CATALOGUE.competencies.map((competency) => competency.id);
const labels = DEFAULT_CATALOGUE.competencies.map((competency) => competency.label.de);
const profile = (seed: number): Profile => Object.fromEntries(ids.map((id, index) => [id, ((index * 7 + seed) % 4) as Level]));
const target = DEFAULT_ROLES[1].target;
const actual = profile(1);
const external = profile(2);

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
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = width;
  box.append(canvas);
  new Chart(canvas, {
    type: 'radar',
    data: {
      labels,
      datasets: [
        { label: 'Soll', data: ids.map((id) => target[id] ?? 0), fill: false },
        { label: 'Ist', data: ids.map((id) => actual[id] ?? 0), fill: true },
        { label: 'Fremd', data: ids.map((id) => external[id] ?? 0), fill: false, borderDash: [4, 4] },
      ],
    },
    options: { animation: false, responsive: false, scales: { r: { min: 0, max: 3, ticks: { stepSize: 1 } } } },
  });
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
