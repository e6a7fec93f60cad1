import { fixture, html } from '@open-wc/testing';
import '../../../src/define/kompetenz-provider.js';
import type { KompetenzProvider } from '../../../src/define/kompetenz-provider.js';
import type { Portfolio } from '../../../src/domain/types.js';
import { TODAY, type LernplanTimeline } from './util.js';

/** An editable time line inside a provider that keeps `portfolio` in memory, with `person` selected; both drawn. */
export async function timelineInProvider(portfolio: Portfolio, person = 'p1'): Promise<{ provider: KompetenzProvider; el: LernplanTimeline }> {
  const provider = await fixture<KompetenzProvider>(html`<kompetenz-provider storage="none" today=${TODAY} person=${person} .portfolio=${portfolio}>
    <lernplan-timeline editable lang="de"></lernplan-timeline>
  </kompetenz-provider>`);
  await provider.loadComplete;
  const el = provider.querySelector('lernplan-timeline')!;
  await el.updateComplete;
  await el.updateComplete;
  return { provider, el };
}
