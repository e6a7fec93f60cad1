/** Walking the rendered DOM of the library's elements: shadow roots, styles, geometry. */
import { libraryElements } from './fixtures.js';

/** Every element inside `host`'s shadow root, descending into nested shadow roots. */
export function shadowTree(host: Element): Element[] {
  const found: Element[] = [];
  const visit = (root: ShadowRoot) => {
    for (const element of Array.from(root.querySelectorAll('*'))) {
      found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return found;
}

/** Every element in the shadow roots of the library elements inside `root` (and of `root` itself, if it is one). */
export function renderedElements(root: Element): Element[] {
  const hosts = [...(root.shadowRoot ? [root] : []), ...libraryElements(root)];
  return hosts.flatMap((host) => shadowTree(host));
}

/** Tag name → how often it occurs. */
export function tagCounts(elements: readonly Element[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const element of elements) counts.set(element.localName, (counts.get(element.localName) ?? 0) + 1);
  return counts;
}

/** Whether the element is drawn at all (not display:none / visibility:hidden / zero-sized / visually hidden). */
export function isRendered(element: Element): boolean {
  if (!element.isConnected) return false;
  for (let node: Element | null = element; node; node = parentOf(node)) {
    const style = getComputedStyle(node);
    if (style.display === 'none' || (node === element && style.visibility !== 'visible')) return false;
    if (node instanceof HTMLElement && node.classList.contains('visually-hidden')) return false;
    if (node.hasAttribute('hidden')) return false;
    if (node.localName === 'dialog' && !(node as HTMLDialogElement).open) return false;
  }
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

/** The parent in the flat tree: across shadow roots to their hosts. */
export function parentOf(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The elements from `element` up to the document element, across shadow boundaries. */
export function ancestors(element: Element): Element[] {
  const chain: Element[] = [];
  for (let node = parentOf(element); node; node = parentOf(node)) chain.push(node);
  return chain;
}

/** The nearest ancestor that scrolls sideways (overflow-x auto or scroll), if any. */
export function horizontalScroller(element: Element): Element | undefined {
  return ancestors(element).find((node) => {
    const overflow = getComputedStyle(node).overflowX;
    return overflow === 'auto' || overflow === 'scroll';
  });
}

/** The first opaque background colour at `element` or behind it (walking up the flat tree). */
export function backgroundBehind(element: Element): string {
  for (let node: Element | null = element; node; node = parentOf(node)) {
    const colour = getComputedStyle(node).backgroundColor;
    const alpha = /rgba\([^)]*,\s*([\d.]+)\)/.exec(colour);
    if (colour !== 'transparent' && !(alpha && Number(alpha[1]) === 0)) return colour;
  }
  return 'rgb(255, 255, 255)';
}

/** The deepest focused element, across shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The value of a custom property as the element resolves it, as `rgb(…)` (via a probe in its shadow root). */
export function resolvedColour(host: Element, property: string): string {
  const probe = document.createElement('span');
  host.shadowRoot!.append(probe);
  probe.style.setProperty('color', `var(${property})`);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}
