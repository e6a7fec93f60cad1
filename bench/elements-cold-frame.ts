/**
 * Loaded by elements-cold.bench.ts into a new iframe per sample: a fresh page that has loaded the
 * scripts and German texts of one element (`?what=timeline|matrix-person|matrix-team|goal-form`) and drawn
 * nothing yet. `krFirst()` draws that element once and returns the milliseconds until it is laid
 * out. `?width=` is the element's width (a phone's column, or a desktop page's); `?top=` the
 * height of what the page shows above it (a header, an intro), in px; `?plan=goals,items,reviews`
 * a smaller time line plan than the bench's 20 goals, 200 items and 30 reviews.
 */
import type { Portfolio } from '../src/domain/types.js';

type What = 'timeline' | 'matrix-person' | 'matrix-team' | 'goal-form';

const params = new URLSearchParams(location.search);
const what = (params.get('what') ?? 'timeline') as What;
const above = document.createElement('div');
above.style.setProperty('height', `${Number(params.get('top') ?? 0)}px`);
const box = document.createElement('div');
box.style.setProperty('width', `${Number(params.get('width') ?? 1000)}px`);
document.body.append(above, box);

const TODAY = '2025-06-02';

/** Imports the element's definition and texts (part of what a page loads before it draws), and returns how to draw it. */
async function prepare(): Promise<() => HTMLElement> {
  if (what === 'timeline') {
    await Promise.all([import('../src/define/lernplan-timeline.js'), import('../src/components/lernplan-timeline/strings/de.js')]);
    const { bigPlan } = await import('../test/fixtures/big-plan.js');
    const [goalCount, items, reviews] = (params.get('plan') ?? '20,200,30').split(',').map(Number);
    const { plan, goals } = bigPlan({ goals: goalCount, items, reviews });
    return () => {
      const el = document.createElement('lernplan-timeline');
      el.today = TODAY;
      el.editable = true;
      el.plan = plan;
      el.goals = goals;
      el.person = { id: 'p1', name: 'Alex Beispiel', roleId: 'projektmanager', capacityHoursPerMonth: 16 };
      return el;
    };
  }
  if (what === 'matrix-person') {
    await Promise.all([import('../src/define/gap-matrix.js'), import('../src/components/gap-matrix/strings/de.js')]);
    const { generatePortfolio } = await import('../src/domain/sample.js');
    const portfolio: Portfolio = generatePortfolio({ seed: 2021, people: 50, today: TODAY });
    return () => {
      const el = document.createElement('gap-matrix');
      el.people = portfolio.people;
      el.assessments = portfolio.assessments;
      el.personId = portfolio.people[0].id;
      el.today = TODAY;
      el.showHistory = true;
      return el;
    };
  }
  if (what === 'matrix-team') {
    await Promise.all([import('../src/define/gap-matrix.js'), import('../src/components/gap-matrix/strings/de.js')]);
    const { generatePortfolio } = await import('../src/domain/sample.js');
    const people = generatePortfolio({ seed: 2021, people: 100, today: TODAY }).people;
    return () => {
      const el = document.createElement('gap-matrix');
      el.mode = 'team';
      el.people = people;
      el.today = TODAY;
      return el;
    };
  }
  await Promise.all([import('../src/define/smart-goal-form.js'), import('../src/components/smart-goal-form/strings/de.js')]);
  return () => {
    const el = document.createElement('smart-goal-form');
    el.today = TODAY;
    el.personId = 'p-1';
    el.targetRole = 'projektmanager';
    return el;
  };
}

const create = await prepare();

(window as Window & { krFirst?: () => Promise<number> }).krFirst = async () => {
  const start = performance.now();
  const el = create() as HTMLElement & { updateComplete: Promise<unknown> };
  box.append(el);
  await el.updateComplete;
  box.getBoundingClientRect();
  return performance.now() - start;
};
