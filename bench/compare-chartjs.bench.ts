/**
 * Side by side in one Chromium run: the same 25-spoke, 3-series radar drawn by our wheel and by
 * Chart.js's radar chart (animations off, so both draw at once). Reports both and the ratio.
 */
import '../src/define/kompetenz-rad.js';
import type { KompetenzRad } from '../src/components/kompetenz-rad/kompetenz-rad.js';
import type { Chart } from './chartjs-radar.js';
import { pairedRatios, report, summarise } from './harness.js';
import { actual, drawRadar, external, target } from './radar-sample.js';

const box = document.createElement('div');
box.style.setProperty('width', '800px');
document.body.append(box);

interface Variant {
  run: () => Promise<void> | void;
  cleanup: () => void;
}

/** Times each variant once per round, in turn, so that all meet the same state of the machine; one list of samples per variant. */
async function alternate(variants: readonly Variant[], runs = 30, warmup = 5): Promise<number[][]> {
  const samples = variants.map((): number[] => []);
  for (let i = 0; i < runs + warmup; i += 1) {
    for (const [index, { run, cleanup }] of variants.entries()) {
      const start = performance.now();
      await run();
      box.getBoundingClientRect(); // all pay for layout
      const elapsed = performance.now() - start;
      if (i >= warmup) samples[index].push(elapsed);
      cleanup();
    }
  }
  return samples;
}

function newWheel(): KompetenzRad {
  const wheel = document.createElement('kompetenz-rad');
  wheel.target = target;
  wheel.actual = actual;
  wheel.external = external;
  box.append(wheel);
  return wheel;
}

describe('kompetenz-rad vs Chart.js radar', () => {
  it('first render of the same 25-spoke, 3-series radar', async () => {
    let wheel: KompetenzRad | undefined;
    let chart: Chart | undefined;
    let canvas: HTMLCanvasElement | undefined;
    const [ours, withTable, theirs] = await alternate([
      {
        run: async () => {
          wheel = newWheel();
          await wheel.updateComplete;
        },
        cleanup: () => wheel?.remove(),
      },
      // The same, with the work of the data table counted: it is built after the first paint, at
      // once when the page is printed (the event asks for it here, without waiting for a frame).
      {
        run: async () => {
          wheel = newWheel();
          await wheel.updateComplete;
          window.dispatchEvent(new Event('beforeprint'));
          await wheel.tableReady;
        },
        cleanup: () => wheel?.remove(),
      },
      {
        run: () => {
          ({ chart, canvas } = drawRadar(box, 800));
        },
        cleanup: () => {
          chart?.destroy();
          canvas?.remove();
        },
      },
    ]);

    const ratio = (samples: number[]) => (summarise(samples).median / summarise(theirs).median).toFixed(2);
    report('compare: kompetenz-rad first render (same radar)', ours, undefined, { note: `ratio ours/Chart.js = ${ratio(ours)}` });
    report('compare: kompetenz-rad first render with its data table (same radar)', withTable, undefined, { note: `ratio to Chart.js = ${ratio(withTable)}` });
    report('compare: Chart.js radar first render (animation off)', theirs);
    // Issue 18: warm, with the data table's work counted, at most as long as Chart.js's radar.
    report('kompetenz-rad with its data table / Chart.js radar, first render in the same page (ratio per round)', pairedRatios(withTable, theirs), 1, { unit: 'ratio' });
  });
});
