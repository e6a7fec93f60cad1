/**
 * The first time line, person matrix and goal form on a page: each in a fresh page (a new iframe
 * per sample) that has loaded that element's scripts and texts and drawn nothing yet, at a
 * desktop page's width and in a phone's column. The in-page rows of the other benches measure a
 * page that has drawn the element before; a user's page draws it once.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { report } from './harness.js';

const PAGE = new URL('./elements-cold-frame.html', import.meta.url).pathname;

/** A new iframe as wide as a desktop window (1,100 px) or a phone (390 × 844), the element `top` px down the page (`extra`: more of the page's options). */
async function inFrame(what: string, phone: boolean, top = 0, extra = ''): Promise<number> {
  const frame = document.createElement('iframe');
  frame.width = phone ? '390' : '1100';
  frame.height = phone ? '844' : '1200';
  frame.src = `${PAGE}?what=${what}&width=${phone ? 358 : 1000}&top=${top}${extra}`;
  document.body.append(frame);
  try {
    const win = frame.contentWindow as Window & { krFirst?: () => Promise<number> };
    for (let waited = 0; !win.krFirst; waited += 1) {
      if (waited > 6000) throw new Error('the bench page did not load');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await new Promise((resolve) => win.requestAnimationFrame(() => setTimeout(resolve)));
    return await win.krFirst();
  } finally {
    frame.remove();
  }
}

async function samples(what: string, phone: boolean, runs = 16, warmup = 2, top = 0, extra = ''): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs + warmup; i += 1) {
    const time = await inFrame(what, phone, top, extra);
    if (i >= warmup) times.push(time);
  }
  return times;
}

const ELEMENTS = [
  { what: 'timeline', name: 'lernplan-timeline cold first render (fresh page, 200 items, 30 reviews)', budget: 25 },
  { what: 'matrix-person', name: 'gap-matrix person cold first render (fresh page, 25 competencies, history)', budget: 30 },
  // What a provider reading a large `src` shows first: the team of its first hundred people, before their ratings.
  { what: 'matrix-team', name: 'gap-matrix team cold first render (fresh page, 100 people, no ratings yet)', budget: undefined },
  { what: 'goal-form', name: 'smart-goal-form cold first render (fresh page, empty goal, role target)', budget: undefined },
];

/** A first render in a fresh browser context (a new process: nothing loaded, compiled or initialised, as on a user's first visit). */
async function freshContexts(what: string, runs = 8): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) times.push(await executeServerCommand<number, { page: string; desktop: boolean }>('kr-fresh-context', { page: `${PAGE}?what=${what}&width=1000`, desktop: true }));
  return times;
}

describe('cold first render of the time line, the person matrix and the goal form', () => {
  for (const { what, name, budget } of ELEMENTS) {
    it(name, async () => {
      // The budgeted rows take twice the samples: a hiccup of the shared machine lasting a few seconds moves the median of 16 by up to 5 ms.
      const runs = budget === undefined ? 16 : 32;
      report(`${name} at 1,000 px`, await samples(what, false, runs), budget);
      report(`${name} on a phone (358 px)`, await samples(what, true, runs), budget);
      // A page that shows a header and an intro above the element, and one where it starts below the fold.
      if (what === 'timeline') {
        report(`compare: ${name} at 1,000 px under 400 px of page`, await samples(what, false, 16, 2, 400));
        report(`compare: ${name} at 1,000 px below the fold`, await samples(what, false, 16, 2, 1300));
        // What the element costs with a small plan and with none: the part of the row that does not grow with the plan.
        report('compare: lernplan-timeline cold first render (fresh page, 20 items, 3 reviews, 2 goals) at 1,000 px', await samples(what, false, 16, 2, 0, '&plan=2,20,3'));
        report('compare: lernplan-timeline cold first render (fresh page, empty plan) at 1,000 px', await samples(what, false, 16, 2, 0, '&plan=0,0,0'));
      }
      report(`compare: ${name} in a fresh browser context (1,000 px)`, await freshContexts(what));
    });
  }
});
