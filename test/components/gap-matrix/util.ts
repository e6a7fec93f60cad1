import { fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/define/gap-matrix.js';
import { afterLayout } from '../../helpers/mount.js';
import type { GapMatrix } from '../../../src/components/gap-matrix/gap-matrix.js';
import type { KrErrorDetail, KrSelectDetail } from '../../../src/internal/events.js';

export type { GapMatrix };

export function all<E extends Element = HTMLElement>(el: GapMatrix, selector: string): E[] {
  return Array.from(el.shadowRoot!.querySelectorAll<E>(selector));
}

export function one<E extends Element = HTMLElement>(el: GapMatrix, selector: string): E {
  const found = el.shadowRoot!.querySelector<E>(selector);
  if (!found) throw new Error(`no ${selector} in the matrix`);
  return found;
}

/**
 * Renders `template` (which must contain one <gap-matrix>) in a box of `width` px and collects
 * its events. Waits for the element's updates only, never for an animation frame: a test page
 * that runs in a hidden tab (parallel runs) gets no frames.
 */
export async function mount(template: TemplateResult, width = 900) {
  const errors: KrErrorDetail[] = [];
  const selects: KrSelectDetail[] = [];
  const box = fixtureSync<HTMLDivElement>(
    html`<div style="width:${width}px" @kr-error=${(e: CustomEvent<KrErrorDetail>) => errors.push(e.detail)} @kr-select=${(e: CustomEvent<KrSelectDetail>) => selects.push(e.detail)}>
      ${template}
    </div>`,
  );
  const el = box.querySelector('gap-matrix')!;
  await el.updateComplete;
  await el.updateComplete;
  await drawnWhole(el);
  return { el, box, errors, selects };
}

/**
 * Resolves once the grid draws all its rows: a first render leaves out those below the scroll
 * region and marks the grid busy; they follow right after the first paint, at the latest after 100 ms.
 */
export async function drawnWhole(el: GapMatrix): Promise<void> {
  const busy = () => el.shadowRoot!.querySelector("[role='grid'][aria-busy='true']") !== null;
  for (let waited = 0; busy(); waited += 10) {
    if (waited >= 1000) throw new Error('the grid is still busy 1 s after its first render: the rows below its scroll region never followed');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await el.updateComplete;
}

/**
 * Resolves once the browser has laid out what was rendered, its resize observers have reported and
 * the new label cells have been measured for their `data-cut` mark (in a task after that frame).
 */
export const laidOut = (): Promise<void> => afterLayout();

/** The data rows of the grid (not header, distribution or category rows), as rendered. */
export function dataRows(el: GapMatrix): HTMLElement[] {
  return all(el, "[role='grid'] .body > [role='row']").filter((row) => !row.classList.contains('category-row'));
}

/** Text of a cell: row by aria-rowindex, column by data-col. */
export function cellAt(el: GapMatrix, rowIndex: number, col: number): HTMLElement {
  return one(el, `[role='grid'] [aria-rowindex='${rowIndex}'] > [data-col='${col}']`);
}

export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The focused element inside the matrix's shadow root. */
export function focused(el: GapMatrix): HTMLElement | null {
  return el.shadowRoot!.activeElement as HTMLElement | null;
}

/** Elements in the shadow root, and all nodes (elements, text, comments). */
export function nodeCounts(el: GapMatrix): { elements: number; nodes: number } {
  const root = el.shadowRoot!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  let nodes = 0;
  while (walker.nextNode()) nodes++;
  return { elements: root.querySelectorAll('*').length, nodes };
}

/**
 * Scrolls the matrix's own region and waits for the re-render. The scroll event is dispatched
 * here because a hidden test page (parallel runs) does not run the rendering steps that fire it.
 */
export async function scrollTo(el: GapMatrix, { top, left }: { top?: number; left?: number }): Promise<void> {
  const scroller = el.shadowRoot!.querySelector<HTMLElement>("[part='scroller']")!;
  if (top !== undefined) scroller.scrollTop = top;
  if (left !== undefined) scroller.scrollLeft = left;
  scroller.dispatchEvent(new Event('scroll'));
  await el.updateComplete;
}
