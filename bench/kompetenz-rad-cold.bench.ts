/**
 * The first wheel on a page (issue 18), against Chart.js's first radar, each time in a page that
 * has loaded its scripts and drawn nothing yet (kompetenz-rad-frame.html):
 *
 * - a new iframe per sample (a fresh page; the browser process, and with it compiled code, is shared);
 * - a fresh browser context per sample (nothing cached or compiled), for the ratio to Chart.js.
 *
 * Wheel and radar alternate, so both meet the same state of the machine.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { pairedRatios, report, summarise } from './harness.js';

const PAGE = new URL('./kompetenz-rad-frame.html', import.meta.url).pathname;

type What = 'wheel' | 'radar';

/** A new iframe of a desktop window's width, or of a phone's (390 × 844). */
async function inFrame(what: What, phone = false): Promise<number> {
  const frame = document.createElement('iframe');
  frame.width = phone ? '390' : '900';
  frame.height = phone ? '844' : '1200';
  frame.src = phone ? `${PAGE}?width=358` : PAGE;
  document.body.append(frame);
  try {
    const win = frame.contentWindow as Window & { krFirst?: (what: What) => Promise<number> };
    for (let waited = 0; !win.krFirst; waited += 1) {
      if (waited > 6000) throw new Error('the bench page did not load');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    // Let the page finish loading and paint once before the clock starts.
    await new Promise((resolve) => win.requestAnimationFrame(() => setTimeout(resolve)));
    return await win.krFirst(what);
  } finally {
    frame.remove();
  }
}

const inFreshContext = (what: What) => executeServerCommand<number, { page: string; what: What }>('kr-fresh-context', { page: PAGE, what });

async function alternate(sample: (what: What) => Promise<number>, runs: number, warmup: number) {
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < runs + warmup; i += 1) {
    const wheel = await sample('wheel');
    const radar = await sample('radar');
    if (i < warmup) continue;
    ours.push(wheel);
    theirs.push(radar);
  }
  return { ours, theirs, ratio: (summarise(ours).median / summarise(theirs).median).toFixed(2) };
}

describe('kompetenz-rad cold bench', () => {
  it('first wheel and first Chart.js radar in a fresh page (new iframe)', async () => {
    const { ours, theirs, ratio } = await alternate(inFrame, 20, 2);
    report('kompetenz-rad cold first render (fresh page: new iframe, 25 competencies, 3 series)', ours, 20);
    report('compare: Chart.js radar cold first render (fresh page: new iframe)', theirs, undefined, { note: `ratio ours/Chart.js = ${ratio}` });
  });

  it('first wheel and first Chart.js radar in a fresh page on a phone (new iframe, 390 px)', async () => {
    const { ours, theirs, ratio } = await alternate((what) => inFrame(what, true), 20, 2);
    report('kompetenz-rad cold first render on a phone (new iframe 390 px, wheel 358 px)', ours, 20);
    report('compare: Chart.js radar cold first render on a phone (new iframe 390 px)', theirs, undefined, { note: `ratio ours/Chart.js = ${ratio}` });
  });

  it('first wheel and first Chart.js radar in a fresh browser context', async () => {
    // A first render in a new process spreads widely (40–110 ms): 16 pairs, each wheel against the radar drawn right after it.
    const { ours, theirs, ratio } = await alternate(inFreshContext, 16, 1);
    report('compare: kompetenz-rad cold first render (fresh browser context)', ours);
    report('compare: Chart.js radar cold first render (fresh browser context)', theirs, undefined, { note: `ratio of the medians ours/Chart.js = ${ratio}` });
    // Issue 18: faster than Chart.js's first radar in fresh contexts (ratio < 1.0).
    report('kompetenz-rad / Chart.js radar, cold first render in a fresh browser context (ratio per pair)', pairedRatios(ours, theirs), 0.99, { unit: 'ratio' });
  });
});
