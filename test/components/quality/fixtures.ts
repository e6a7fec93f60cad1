/**
 * Shared data and mounting for the cross-element quality suite: one sample portfolio, and each
 * element in the states its own tests create (empty, full, editing, errors), standalone or all
 * together inside a provider.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import '../../../src/define/kompetenz-provider.js';
import '../../../src/define/kompetenz-rad.js';
import '../../../src/define/gap-matrix.js';
import '../../../src/define/smart-goal-form.js';
import '../../../src/define/lernplan-timeline.js';
import { currentProfile } from '../../../src/domain/assessments.js';
import { generatePortfolio } from '../../../src/domain/sample.js';
import type { Goal, Portfolio } from '../../../src/domain/types.js';
import type { KrErrorDetail } from '../../../src/internal/events.js';

/** Lets pending tasks (observers, timers) run. */
export const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

export const TODAY = '2025-09-10';

/** Six people with assessments, goals and a draft plan each (seeded: the same every run). */
export function samplePortfolio(): Portfolio {
  return generatePortfolio({ seed: 3, people: 6, today: TODAY });
}

export const SAMPLE: Portfolio = samplePortfolio();
export const PERSON = SAMPLE.people[0];
export const CURRENT = currentProfile(SAMPLE.assessments, PERSON.id);
export const GOAL: Goal = SAMPLE.goals.find((goal) => goal.personId === PERSON.id)!;
export const PLAN = SAMPLE.plans.find((plan) => plan.personId === PERSON.id)!;
export const PERSON_GOALS = SAMPLE.goals.filter((goal) => goal.personId === PERSON.id);
/** 300 people (seeded): enough for the organisation view's groups of at least 5, with a few people withheld. */
export const DISTRICT: Portfolio = generatePortfolio({ seed: 42, people: 300, today: TODAY });

/** The tags of the library's elements. */
export const TAGS = ['kompetenz-rad', 'gap-matrix', 'smart-goal-form', 'lernplan-timeline', 'kompetenz-provider'] as const;
export type Tag = (typeof TAGS)[number];

/** A page rule giving every tag of the library `color-scheme: <scheme>`, as a page would write it (removed after the test). */
export function pageScheme(scheme: string): void {
  const style = document.createElement('style');
  style.textContent = `${TAGS.join(', ')} { color-scheme: ${scheme}; }`;
  document.head.append(style);
  pageRules.push(style);
}
const pageRules: HTMLStyleElement[] = [];
afterEach(() => {
  for (const rule of pageRules.splice(0)) rule.remove();
});

/** The four widgets (the provider draws nothing of its own). */
export type Widget = 'kompetenz-rad' | 'gap-matrix' | 'gap-matrix team' | 'gap-matrix organisation' | 'smart-goal-form' | 'lernplan-timeline';
export const WIDGETS: readonly Widget[] = ['kompetenz-rad', 'gap-matrix', 'gap-matrix team', 'gap-matrix organisation', 'smart-goal-form', 'lernplan-timeline'];

export type State = 'empty' | 'full' | 'editing' | 'errors';
export const STATES: readonly State[] = ['empty', 'full', 'editing', 'errors'];

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/** A widget standalone (data through properties and attributes, as a CMS page or an app sets them). */
export function widgetTemplate(widget: Widget, state: State): TemplateResult {
  const full = state !== 'empty';
  const editing = state === 'editing';
  switch (widget) {
    case 'kompetenz-rad':
      if (state === 'errors') return html`<kompetenz-rad target-role="no-such-role" actual='{"daten":7,"unbekannt":2}' external="{not json"></kompetenz-rad>`;
      return full
        ? html`<kompetenz-rad target-role=${PERSON.roleId} ?editable=${editing} .actual=${CURRENT.self} .external=${CURRENT.external}></kompetenz-rad>`
        : html`<kompetenz-rad></kompetenz-rad>`;
    case 'gap-matrix':
      if (state === 'errors') return html`<gap-matrix target-role="no-such-role" actual='{"daten":9}' external="[1,2"></gap-matrix>`;
      return full
        ? html`<gap-matrix person-id=${PERSON.id} today=${TODAY} ?show-history=${editing} .people=${SAMPLE.people} .assessments=${SAMPLE.assessments}></gap-matrix>`
        : html`<gap-matrix></gap-matrix>`;
    case 'gap-matrix team':
      if (state === 'errors') return html`<gap-matrix mode="team" sort="no-such-column" .people=${[{ id: 'x' }, ...SAMPLE.people]} .assessments=${SAMPLE.assessments}></gap-matrix>`;
      return full
        ? html`<gap-matrix mode="team" today=${TODAY} ?synergy=${editing} .people=${SAMPLE.people} .assessments=${SAMPLE.assessments}></gap-matrix>`
        : html`<gap-matrix mode="team"></gap-matrix>`;
    case 'gap-matrix organisation':
      if (state === 'errors') return html`<gap-matrix mode="organisation" group-by="office" min-group-size="2" .people=${[{ id: 'x' }, ...DISTRICT.people]} .assessments=${DISTRICT.assessments}></gap-matrix>`;
      return full
        ? html`<gap-matrix mode="organisation" group-by=${editing ? 'role' : 'department'} ?allow-drill-down=${editing} .people=${DISTRICT.people} .assessments=${DISTRICT.assessments}></gap-matrix>`
        : html`<gap-matrix mode="organisation"></gap-matrix>`;
    case 'smart-goal-form':
      if (state === 'errors') return html`<smart-goal-form person-id=${PERSON.id} today=${TODAY} current="{oops" target-role="no-such-role"></smart-goal-form>`;
      return full
        ? html`<smart-goal-form person-id=${PERSON.id} today=${TODAY} target-role=${PERSON.roleId} capacity=${PERSON.capacityHoursPerMonth ?? 8} .current=${CURRENT.profile} .goal=${GOAL}></smart-goal-form>`
        : html`<smart-goal-form today=${TODAY}></smart-goal-form>`;
    case 'lernplan-timeline':
      if (state === 'errors') return html`<lernplan-timeline today=${TODAY} plan="{broken" zoom="decade" capacity="-3"></lernplan-timeline>`;
      return full
        ? html`<lernplan-timeline today=${TODAY} ?editable=${editing} .plan=${PLAN} .goals=${PERSON_GOALS} .person=${PERSON}></lernplan-timeline>`
        : html`<lernplan-timeline today=${TODAY}></lernplan-timeline>`;
  }
}

/** Every widget inside one provider holding the sample portfolio (in memory only). */
export function providerTemplate(editing = false): TemplateResult {
  return html`<kompetenz-provider storage="none" today=${TODAY} person=${PERSON.id} .portfolio=${samplePortfolio()}>
    <kompetenz-rad ?editable=${editing}></kompetenz-rad>
    <gap-matrix></gap-matrix>
    <gap-matrix mode="team"></gap-matrix>
    <gap-matrix mode="organisation"></gap-matrix>
    <smart-goal-form name="goal"></smart-goal-form>
    <lernplan-timeline ?editable=${editing}></lernplan-timeline>
  </kompetenz-provider>`;
}

/** The library's elements inside `root` (light DOM, also nested). */
export function libraryElements(root: ParentNode): Updatable[] {
  return Array.from(root.querySelectorAll<Updatable>(TAGS.join(',')));
}

/** Waits until every library element in `root` has rendered (also what its first render left out below the window), team matrices have analysed everyone, and providers have loaded. */
export async function settled(root: ParentNode): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    for (const element of libraryElements(root)) {
      await element.updateComplete;
      const extra = element as Partial<{ analysisComplete: Promise<void>; loadComplete: Promise<void> }>;
      if (extra.loadComplete) await extra.loadComplete;
      if (extra.analysisComplete) await extra.analysisComplete;
    }
    // What a first render left out below the window follows right after the first paint, or after
    // 100 ms where no frame comes (FirstScreen): a page in the background of a parallel run gets frames seldom.
    if (round === 0) {
      await new Promise((resolve) => {
        const after = () => setTimeout(resolve);
        requestAnimationFrame(after);
        setTimeout(after, 150);
      });
    }
  }
}

export interface Mounted<E extends HTMLElement = HTMLElement> {
  box: HTMLDivElement;
  el: E;
  errors: KrErrorDetail[];
}

const boxes: HTMLElement[] = [];
afterEach(() => {
  for (const box of boxes.splice(0)) {
    render(nothing, box);
    box.remove();
  }
});

/**
 * Mounts `template` in a box of `width` px (`'auto'`: as wide as the page allows), collecting
 * every kr-error (also those fired while the elements are created), and waits until everything
 * has rendered. Like test/helpers/mount.ts, it waits for no animation frame (background pages get none).
 */
export async function mountCollecting<E extends HTMLElement = HTMLElement>(template: TemplateResult, width: number | 'auto' = 900): Promise<Mounted<E>> {
  const errors: KrErrorDetail[] = [];
  const box = document.createElement('div');
  if (width !== 'auto') box.style.setProperty('width', `${width}px`);
  box.addEventListener('kr-error', (event) => errors.push((event as CustomEvent<KrErrorDetail>).detail));
  document.body.append(box);
  boxes.push(box);
  render(template, box);
  await settled(box);
  return { box, el: box.firstElementChild as E, errors };
}

/** A widget standalone in a state. */
export async function mountWidget(widget: Widget, state: State, width: number | 'auto' = 900): Promise<Mounted> {
  const mounted = await mountCollecting(widgetTemplate(widget, state), width);
  if (state === 'editing' && widget === 'smart-goal-form') {
    // "Editing" the form: a submission was tried with a goal that fails checks, so every message shows.
    const form = mounted.el as HTMLElement & { goal?: Goal; updateComplete: Promise<unknown> };
    form.goal = { ...GOAL, measure: '', due: '2020-01-01' };
    await form.updateComplete;
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await form.updateComplete;
  }
  if (state === 'editing' && widget === 'gap-matrix organisation') {
    // "Editing" the organisation view: the people behind a cell are open (the page allows it).
    const matrix = mounted.el as HTMLElement & { updateComplete: Promise<unknown> };
    matrix.shadowRoot!.querySelector<HTMLElement>('[role="grid"] [aria-rowindex="2"] [data-competency]')!.click();
    await matrix.updateComplete;
  }
  return mounted;
}

/** The provider with every widget, holding the sample portfolio. */
export async function mountProvider(editing = false, width: number | 'auto' = 900): Promise<Mounted<HTMLElement & { portfolio: Portfolio; updateComplete: Promise<unknown> }>> {
  return mountCollecting<HTMLElement & { portfolio: Portfolio; updateComplete: Promise<unknown> }>(providerTemplate(editing), width);
}
