/** Opens a page of test/pages/ in an iframe (served with its Content-Security-Policy) and reads what it did. */
import { waitUntil } from '@open-wc/testing';

export type PageWindow = Window &
  typeof globalThis & {
    __ready?: boolean;
    __cspViolations?: string[];
    __consoleErrors?: string[];
    __krErrors?: { tag: string; code: string; message: string; source: string }[];
    __discover?: (root: Node) => void;
  };

export interface TestPage {
  frame: HTMLIFrameElement;
  win: PageWindow;
  doc: Document;
}

/** The chunk map the build writes (scripts/chunk-map.mjs). */
export interface ChunkManifest {
  folder: string;
  tags: Record<string, { chunks: string[]; de: string[]; en: string[] }>;
}

export const TAGS = ['kompetenz-provider', 'kompetenz-rad', 'gap-matrix', 'smart-goal-form', 'lernplan-timeline'] as const;

export async function readManifest(): Promise<ChunkManifest> {
  return (await fetch('/dist/kompetenzrad.chunks.json')).json();
}

/** Opens `path`; resolves when `ready` holds in the page (default: the document has loaded). */
export async function openPage(path: string, ready: (win: PageWindow) => boolean = (win) => win.document.readyState === 'complete'): Promise<TestPage> {
  const frame = document.createElement('iframe');
  frame.src = path;
  frame.style.setProperty('width', '1000px');
  frame.style.setProperty('height', '800px');
  document.body.append(frame);
  await waitUntil(() => {
    const win = frame.contentWindow as PageWindow | null;
    return win !== null && win.location.pathname === new URL(path, location.href).pathname && ready(win);
  }, `${path} did not get ready`, { timeout: 8000 });
  return { frame, win: frame.contentWindow as PageWindow, doc: frame.contentDocument! };
}

/** The files the page requested, as URLs (the test server's own scripts left out). */
export function requested(win: Window): URL[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => !url.pathname.startsWith('/__web-dev-server') && !url.pathname.startsWith('/__wds'));
}

/** The element has been upgraded by its class and has drawn once. */
export async function upgraded(win: PageWindow, element: Element | null | undefined): Promise<boolean> {
  if (!element) return false;
  const constructor = win.customElements.get(element.localName);
  if (!constructor || !(element instanceof constructor)) return false;
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return (element.shadowRoot?.childElementCount ?? 0) > 0;
}

/** Waits until `element()` has been upgraded and has drawn. */
export async function waitUpgraded(win: PageWindow, element: () => Element | null | undefined, what: string): Promise<void> {
  await waitUntil(() => upgraded(win, element()), `${what} was not upgraded`, { timeout: 8000 });
}
