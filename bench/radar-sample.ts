/** The radar both sides of the Chart.js comparison draw: 25 competencies, a role's target and two profiles. */
import { DEFAULT_CATALOGUE } from '../src/domain/catalogue.js';
import { DEFAULT_ROLES } from '../src/domain/roles.js';
import type { Level, Profile } from '../src/domain/types.js';
import { Chart } from './chartjs-radar.js';

const ids = DEFAULT_CATALOGUE.competencies.map((competency) => competency.id);
const labels = DEFAULT_CATALOGUE.competencies.map((competency) => competency.label.de);
const profile = (seed: number): Profile => Object.fromEntries(ids.map((id, index) => [id, ((index * 7 + seed) % 4) as Level]));

export const target = DEFAULT_ROLES[1].target;
export const actual = profile(1);
export const external = profile(2);

/** Chart.js's radar of the same series on a new `size` px canvas in `box` (animation off, so it draws at once). */
export function drawRadar(box: HTMLElement, size: number): { chart: Chart; canvas: HTMLCanvasElement } {
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  box.append(canvas);
  const chart = new Chart(canvas, {
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
  return { chart, canvas };
}
