import { render, type TemplateResult } from 'lit';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const box of mounted.splice(0)) box.remove();
});

/**
 * Renders `template` into a new box in the page (removed after the test) and waits for the
 * custom elements in it. Unlike open-wc's `fixture` for a plain `<div>`, it does not wait for an
 * animation frame, which a page that runs in the background may never get.
 */
export async function mount(template: TemplateResult, width: number | undefined = 600): Promise<HTMLDivElement> {
  const box = document.createElement('div');
  if (width !== undefined) box.style.setProperty('width', `${width}px`);
  document.body.append(box);
  mounted.push(box);
  render(template, box);
  for (const element of Array.from(box.querySelectorAll('*'))) {
    const pending = (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
    if (pending) await pending;
  }
  return box;
}

/** Lets pending tasks (observers, timers) run. */
export const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once the browser has laid out what changed, its resize observers have reported, a task
 * after them has run (where elements act on what the observers told them: new text metrics, cut
 * labels to measure) and `hosts` have updated. One frame: a page in the background gets about one a second.
 */
export async function afterLayout(...hosts: { updateComplete: Promise<unknown> }[]): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  await new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
  await Promise.all(hosts.map((host) => host.updateComplete));
}
