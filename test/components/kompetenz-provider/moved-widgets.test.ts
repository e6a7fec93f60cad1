import { expect } from '@open-wc/testing';
import '../../../src/define/gap-matrix.js';
import '../../../src/define/kompetenz-provider.js';
import '../../../src/define/kompetenz-rad.js';
import '../../../src/define/lernplan-timeline.js';
import '../../../src/define/smart-goal-form.js';
import type { KompetenzProvider } from '../../../src/define/kompetenz-provider.js';
import type { Portfolio } from '../../../src/domain/types.js';
import { host, portfolio } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const TAGS = ['kompetenz-rad', 'gap-matrix', 'smart-goal-form', 'lernplan-timeline'] as const;

/** A portfolio whose only person is `name`, with a plan, so that every widget names or shows that person. */
function ofOne(name: string): Portfolio {
  const data = portfolio();
  return {
    ...data,
    people: [{ id: 'p1', name, roleId: 'cdo', capacityHoursPerMonth: 8 }],
    plans: [{ id: 'plan-1', personId: 'p1', status: 'active', history: [{ status: 'active', date: '2025-01-01' }], capacityHoursPerMonth: 8, reviews: [], items: [
      { id: 'i1', kind: 'format', formatId: 'coaching', competencyIds: ['daten'], start: '2025-02-03', end: '2025-02-28', hours: 4, cost: 0, status: 'planned' },
    ] }],
  };
}

async function providerOf(name: string): Promise<KompetenzProvider> {
  const provider = document.createElement('kompetenz-provider');
  provider.setAttribute('storage', 'none');
  provider.setAttribute('today', '2025-03-01');
  provider.setAttribute('person', 'p1');
  provider.portfolio = ofOne(name);
  host().append(provider);
  await provider.loadComplete;
  return provider;
}

/** What a widget shows and reads out: its shadow root's text and labels. */
async function shown(el: Widget): Promise<string> {
  for (let i = 0; i < 3; i += 1) await el.updateComplete;
  const root = el.shadowRoot!;
  const labels = [...root.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label'));
  return `${root.textContent ?? ''} ${labels.join(' ')}`;
}

/** Whether the widget draws anything of the person's plan or assessments (the wheel's actual series, the matrix's rows, the time line's bars). */
const drawsRecords = (el: Widget) => el.shadowRoot!.querySelector('path.actual-sector, [data-competency="daten"] [data-col="2"] span:not(.muted), g[part="bar"]') !== null;

/** Whether the widget shows the provider's person `name`: by name, or for the wheel (which names the role, not the person) by that person's ratings. */
async function showsPerson(el: Widget, name: string): Promise<boolean> {
  const text = await shown(el);
  return el.localName === 'kompetenz-rad' ? drawsRecords(el) : text.includes(name);
}

describe('a widget taken out of its provider (a framework moving it, a portal) shows no one of that provider', () => {
  for (const tag of TAGS) {
    it(`${tag}: moved out it shows its own inputs only; moved into another provider, that provider's person; moved within one, the same person`, async () => {
      const first = await providerOf('Erika Muster');
      const el = document.createElement(tag) as Widget;
      if (tag === 'gap-matrix') el.setAttribute('mode', 'person');
      first.append(el);
      expect(await showsPerson(el, 'Erika Muster')).to.equal(true);

      const inside = document.createElement('div');
      first.append(inside);
      inside.append(el);
      expect(await showsPerson(el, 'Erika Muster'), 'moved within its provider').to.equal(true);

      host().append(el);
      const alone = await shown(el);
      expect(alone, 'outside every provider').not.to.contain('Erika Muster');
      expect(drawsRecords(el), 'no records of the person drawn').to.equal(false);

      const second = await providerOf('Jonas Zweiter');
      second.append(el);
      expect(await showsPerson(el, 'Jonas Zweiter'), 'moved into another provider').to.equal(true);
      expect(await shown(el)).not.to.contain('Erika Muster');
    });
  }
});
