/**
 * The organisation view's domain step in Chromium: `aggregateTeam` over the sample district of
 * 10,000 people, with stale ratings and change. Budget as in Node.
 */
import { aggregateTeam } from '../src/domain/aggregate.js';
import { generatePortfolio } from '../src/domain/sample.js';
import { measure } from './harness.js';

const district = generatePortfolio({ seed: 2021, people: 10_000, today: '2025-09-01' });

describe('aggregateTeam bench', () => {
  for (const groupBy of ['department', 'category'] as const) {
    it(`aggregates 10,000 people by ${groupBy}`, async () => {
      await measure(`domain: aggregateTeam 10k people by ${groupBy}`, () => aggregateTeam(district, { groupBy, today: '2025-09-01', previousDate: '2025-01-01' }), {
        runs: 15,
        warmup: 5,
        budget: 30,
      });
    });
  }
});
