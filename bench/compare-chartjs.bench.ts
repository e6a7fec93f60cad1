/**
 * Side by side in one Chromium run: the same 25-spoke, 3-series radar drawn by our wheel and by
 * Chart.js's radar chart (animations off, so both draw at once). Reports both and the ratio.
 */
import '../src/define/kompetenz-rad.js';
import type { KompetenzRad } from '../src/components/kompetenz-rad/kompetenz-rad.js';
import { DEFAULT_CATALOGUE } from '../src/domain/catalogue.js';
import { DEFAULT_ROLES } from '../src/domain/roles.js';
import type { Level, Profile } from '../src/domain/types.js';
import { Chart } from './chartjs-radar.js';
import { report, summarise } from './harness.js';

const ids = DEFAULT_CATALOGUE.competencies.map((competency) => competency.id);
const labels = DEFAULT_CATALOGUE.competencies.map((competency) => competency.label.de);
const profile = (seed: number): Profile => Object.fromEntries(ids.map((id, index) => [id, ((index * 7 + seed) % 4) as Level]));
const target = DEFAULT_ROLES[1].target;
const actual = profile(1);
const external = profile(2);

const box = document.createElement('div');
box.style.setProperty('width', '800px');
document.body.append(box);

async function time(run: () => Promise<void> | void, cleanup: () => void, runs = 30, warmup = 5): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs + warmup; i += 1) {
    const start = performance.now();
    await run();
    box.getBoundingClientRect(); // both pay for layout
    const elapsed = performance.now() - start;
    if (i >= warmup) samples.push(elapsed);
    cleanup();
  }
  return samples;
}

describe('kompetenz-rad vs Chart.js radar', () => {
  it('first render of the same 25-spoke, 3-series radar', async () => {
    let wheel: KompetenzRad | undefined;
    const ours = await time(
      async () => {
        wheel = document.createElement('kompetenz-rad');
        wheel.target = target;
        wheel.actual = actual;
        wheel.external = external;
        box.append(wheel);
        await wheel.updateComplete;
      },
      () => wheel?.remove(),
    );
    // The same, with the work of the data table counted: it is built after the first paint, at
    // once when the page is printed (the event asks for it here, without waiting for a frame).
    const withTable = await time(
      async () => {
        wheel = document.createElement('kompetenz-rad');
        wheel.target = target;
        wheel.actual = actual;
        wheel.external = external;
        box.append(wheel);
        await wheel.updateComplete;
        window.dispatchEvent(new Event('beforeprint'));
        await wheel.tableReady;
      },
      () => wheel?.remove(),
    );

    let chart: Chart | undefined;
    let canvas: HTMLCanvasElement | undefined;
    const theirs = await time(
      () => {
        canvas = document.createElement('canvas');
        canvas.width = 800;
        canvas.height = 800;
        box.append(canvas);
        chart = new Chart(canvas, {
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
      },
      () => {
        chart?.destroy();
        canvas?.remove();
      },
    );

    const ratio = (samples: number[]) => (summarise(samples).median / summarise(theirs).median).toFixed(2);
    report('compare: kompetenz-rad first render (same radar)', ours);
    report('compare: kompetenz-rad first render with its data table (same radar)', withTable, undefined, { note: `ratio to Chart.js = ${ratio(withTable)} (budget ≤ 1.0)` });
    report('compare: Chart.js radar first render (animation off)', theirs, undefined, { note: `ratio ours/Chart.js = ${ratio(ours)}` });
  });
});
