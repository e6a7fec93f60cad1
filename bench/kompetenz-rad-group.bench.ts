/**
 * The wheel showing a group (issue 20): its first render is held to the person wheel's budget.
 * Once from an aggregate given as a property, once inside a provider of 500 people (each run a
 * new provider, so the aggregation over its people is part of the time).
 */
import '../src/define/kompetenz-provider.js';
import '../src/define/kompetenz-rad.js';
import type { KompetenzRad } from '../src/components/kompetenz-rad/kompetenz-rad.js';
import { aggregateTeam } from '../src/domain/aggregate.js';
import { generatePortfolio } from '../src/domain/sample.js';
import { measure } from './harness.js';

const TODAY = '2025-09-01';
const portfolio = generatePortfolio({ seed: 2021, people: 500, today: TODAY });
const aggregate = aggregateTeam(portfolio, { groupBy: 'department', today: TODAY });
const key = aggregate.groups.reduce((largest, group) => (group.people > largest.people ? group : largest)).key ?? 'other';

const box = document.createElement('div');
box.style.setProperty('width', '800px');
document.body.append(box);

describe('kompetenz-rad group bench', () => {
  it('first render of a group wheel from an aggregate property', async () => {
    let el: KompetenzRad | undefined;
    await measure(
      `kompetenz-rad group wheel first render (aggregate property, 25 competencies)`,
      async () => {
        el = document.createElement('kompetenz-rad');
        el.aggregate = aggregate;
        el.group = key;
        box.append(el);
        await el.updateComplete;
      },
      { runs: 30, warmup: 5, budget: 10 },
      () => {
        el?.remove();
      },
    );
    el?.remove();
  });

  it('first render of a group wheel inside a provider (500 people, aggregation included)', async () => {
    type Provider = HTMLElement & { portfolio: unknown; loadComplete: Promise<void>; updateComplete: Promise<unknown> };
    let provider: Provider | undefined;
    await measure(
      'kompetenz-rad group wheel first render (provider of 500 people, aggregation included)',
      async () => {
        const el = document.createElement('kompetenz-rad');
        el.setAttribute('group-by', 'department');
        el.setAttribute('group', key);
        provider!.append(el);
        await el.updateComplete;
      },
      { runs: 20, warmup: 3, budget: 10 },
      async () => {
        provider?.remove();
        provider = document.createElement('kompetenz-provider') as Provider;
        provider.setAttribute('storage', 'none');
        provider.setAttribute('today', TODAY);
        provider.portfolio = { ...portfolio };
        box.append(provider);
        await provider.loadComplete;
        await provider.updateComplete;
      },
    );
    provider?.remove();
  });
});
