import type { TemplateResult } from 'lit';
import { mount } from '../../helpers/mount.js';
import '../../../src/define/kompetenz-rad.js';
import type { KompetenzRad } from '../../../src/components/kompetenz-rad/kompetenz-rad.js';
import type { KrErrorDetail } from '../../../src/internal/events.js';

export type { KompetenzRad };
export { mount, settle } from '../../helpers/mount.js';

/** Renders `template` inside a box of the given width and waits for the wheel and its data table (built after the first paint). */
export async function wheelIn(template: TemplateResult, width = 600): Promise<KompetenzRad> {
  const box = await mount(template, width);
  const el = box.querySelector('kompetenz-rad')!;
  await el.updateComplete;
  await el.tableReady;
  return el;
}

/** Mounts a wheel and collects every `kr-error` it fires (also the ones during creation). */
export async function wheelWithErrors(template: (onError: (event: CustomEvent<KrErrorDetail>) => void) => TemplateResult) {
  const errors: KrErrorDetail[] = [];
  const el = await wheelIn(template((event) => errors.push(event.detail)));
  await el.updateComplete;
  return { el, errors };
}

/** All matches of `selector` in the wheel's shadow root. */
export function all<E extends Element = Element>(el: KompetenzRad, selector: string): E[] {
  return Array.from(el.shadowRoot!.querySelectorAll<E>(selector));
}

export function one<E extends Element = Element>(el: KompetenzRad, selector: string): E {
  const found = el.shadowRoot!.querySelector<E>(selector);
  if (!found) throw new Error(`no ${selector} in the wheel`);
  return found;
}

/** `data-*` values of the drawn series, per competency id (a path of several spokes lists them: `data-levels="daten:2 team:3"`). */
export function drawnLevels(el: KompetenzRad) {
  const byId = (selector: string, attribute: string) =>
    new Map(
      all(el, selector).flatMap((node) =>
        node
          .getAttribute(attribute)!
          .split(' ')
          .filter((pair) => pair !== '')
          .map((pair): [string, number] => [pair.slice(0, pair.lastIndexOf(':')), Number(pair.slice(pair.lastIndexOf(':') + 1))]),
      ),
    );
  const targetPath = el.shadowRoot!.querySelector('svg.wheel path.target');
  const ids = all(el, '[part="sector"]').map((node) => node.getAttribute('data-competency')!);
  const targets = targetPath ? targetPath.getAttribute('data-levels')!.split(',').map(Number) : undefined;
  return {
    ids,
    target: targets ? new Map(ids.map((id, index) => [id, targets[index]])) : undefined,
    actual: byId('svg.wheel path.actual-sector', 'data-levels'),
    external: byId('svg.wheel path.external-marker', 'data-levels'),
    gap: byId('svg.wheel path.gap', 'data-gaps'),
  };
}

