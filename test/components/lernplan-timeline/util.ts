import { html } from '@open-wc/testing';
import { nothing, render, type TemplateResult } from 'lit';
import '../../../src/define/lernplan-timeline.js';
import type { LernplanTimeline } from '../../../src/components/lernplan-timeline/lernplan-timeline.js';
import type { KrErrorDetail } from '../../../src/internal/events.js';
import type { Goal, Person, Plan } from '../../../src/domain/types.js';

export type { LernplanTimeline };

export const TODAY = '2025-09-10';

export const PERSON: Person = { id: 'p1', name: 'Alex Beispiel', roleId: 'projektmanager', capacityHoursPerMonth: 8, budget: 5000 };

/** g3 has no item (goal without item); i3 ends after g2's due date; September is over capacity. */
export const GOALS: Goal[] = [
  { id: 'g1', personId: 'p1', competencyIds: ['projektmanagement'], targetLevel: 3, measure: 'leitet ein Projekt', challenge: 'erstes großes Projekt', resources: { hours: 40 }, due: '2025-12-31' },
  { id: 'g2', personId: 'p1', competencyIds: ['kommunikation'], targetLevel: 2, measure: 'moderiert Sitzungen', challenge: 'vor großer Runde', resources: { hours: 12 }, due: '2025-10-31' },
  { id: 'g3', personId: 'p1', competencyIds: ['daten'], targetLevel: 2, measure: 'eigene Auswertung', challenge: 'neues Gebiet', resources: { hours: 20 }, due: '2026-03-31' },
];

export function samplePlan(): Plan {
  return {
    id: 'plan-p1',
    personId: 'p1',
    title: 'Lernplan Alex',
    status: 'draft',
    history: [{ status: 'draft', date: '2025-08-20' }],
    items: [
      { id: 'i1', kind: 'format', formatId: 'seminar-schulung', competencyIds: ['projektmanagement'], start: '2025-09-01', end: '2025-09-12', hours: 16, cost: 800, status: 'planned', goalId: 'g1' },
      { id: 'i2', kind: 'practice', formatId: 'seminar-schulung', competencyIds: ['projektmanagement'], start: '2025-09-15', end: '2025-10-12', hours: 8, cost: 0, status: 'planned', goalId: 'g1', practiceOf: 'i1' },
      { id: 'i3', kind: 'format', formatId: 'coaching', competencyIds: ['kommunikation'], start: '2025-09-01', end: '2025-12-21', hours: 12, cost: 900, status: 'running', goalId: 'g2' },
      { id: 'i4', kind: 'format', formatId: 'selbstlernen', competencyIds: ['projektmanagement'], start: '2025-10-13', end: '2025-12-07', hours: 16, cost: 0, status: 'planned', goalId: 'g1' },
    ],
    reviews: [
      { id: 'r1', date: '2025-10-27', participants: ['Alex Beispiel', 'Sam Leitung'], final: false },
      { id: 'r2', date: '2026-01-15', participants: ['Alex Beispiel', 'Sam Leitung'], final: true },
    ],
    capacityHoursPerMonth: 8,
  };
}

export function all<E extends Element = Element>(el: LernplanTimeline, selector: string): E[] {
  return Array.from(el.shadowRoot!.querySelectorAll<E>(selector));
}

export function one<E extends Element = Element>(el: LernplanTimeline, selector: string): E {
  const found = el.shadowRoot!.querySelector<E>(selector);
  if (!found) throw new Error(`no ${selector} in the timeline`);
  return found;
}

/**
 * Renders `template` (a `<lernplan-timeline>`) inside a box of `width` px, collecting every
 * `kr-error` (also those fired while it is created), and waits for the element. The box is
 * rendered by hand rather than as the fixture's root: open-wc waits a frame for a root that is
 * not a Lit element, and a page in the background of a parallel test run gets no frames.
 */
export async function timelineIn(template: TemplateResult, width = 900): Promise<{ el: LernplanTimeline; errors: KrErrorDetail[] }> {
  const errors: KrErrorDetail[] = [];
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  box.addEventListener('kr-error', (event) => errors.push((event as CustomEvent<KrErrorDetail>).detail));
  document.body.append(box);
  boxes.push(box);
  render(template, box);
  const el = box.querySelector('lernplan-timeline')!;
  await el.updateComplete;
  await el.updateComplete;
  return { el, errors };
}

/**
 * After the next frame has been painted: the task the element queues in that frame has run, so
 * what its first render left out (below the window, see `FirstScreen`) is drawn.
 */
export async function afterFirstPaint(el: LernplanTimeline): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

const boxes: HTMLElement[] = [];

afterEach(() => {
  for (const box of boxes.splice(0)) {
    render(nothing, box);
    box.remove();
  }
});

/** A timeline with the sample plan, goals and person. */
export async function sampleTimeline(options: { editable?: boolean; width?: number; lang?: string } = {}) {
  return timelineIn(
    html`<lernplan-timeline
      lang=${options.lang ?? 'de'}
      today=${TODAY}
      ?editable=${options.editable ?? false}
      .plan=${samplePlan()}
      .goals=${GOALS}
      .person=${PERSON}
    ></lernplan-timeline>`,
    options.width,
  );
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/** Ids of the items drawn as bars, in the order the keyboard visits them. */
export function chartItemIds(el: LernplanTimeline): string[] {
  return all(el, '.scroller [data-key^="item:"]').map((node) => node.getAttribute('data-key')!.slice(5));
}
