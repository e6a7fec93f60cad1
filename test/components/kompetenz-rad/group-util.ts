import { html } from 'lit';
import '../../../src/define/kompetenz-provider.js';
import { aggregateTeam, type AggregateGroup, type AggregateGroupBy, type TeamAggregate } from '../../../src/domain/aggregate.js';
import { generatePortfolio } from '../../../src/domain/sample.js';
import type { Portfolio } from '../../../src/domain/types.js';
import { all, mount, type KompetenzRad } from './util.js';

export const TODAY = '2025-09-10';

/**
 * 80 people (seeded): by department IT (12), Ordnungsamt (7), Bauamt (5), Sozialamt (6) and
 * `other` (50) are groups of at least 5; Hauptamt has 3 people and is withheld.
 */
export const PORTFOLIO: Portfolio = generatePortfolio({ seed: 7, people: 80, today: TODAY });

export const aggregateBy = (groupBy: AggregateGroupBy, minGroupSize = 5): TeamAggregate => aggregateTeam(PORTFOLIO, { groupBy, minGroupSize, today: TODAY });

export function groupOf(aggregate: TeamAggregate, key: string | null): AggregateGroup {
  const group = aggregate.groups.find((candidate) => candidate.key === key);
  if (!group) throw new Error(`no group ${String(key)}`);
  return group;
}

/** A wheel inside a provider holding `PORTFOLIO` (its first person selected), with the given wheel attributes. */
export async function wheelInProvider(attributes: Record<string, string>, width = 700): Promise<KompetenzRad> {
  const box = await mount(html`<kompetenz-provider storage="none" today=${TODAY} .portfolio=${PORTFOLIO}></kompetenz-provider>`, width);
  const provider = box.querySelector('kompetenz-provider')! as HTMLElement & { loadComplete?: Promise<void>; updateComplete: Promise<unknown> };
  const el = document.createElement('kompetenz-rad');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  provider.append(el);
  await provider.loadComplete;
  await provider.updateComplete;
  await el.updateComplete;
  await el.tableReady;
  return el;
}

/** The table's figures per competency: column → text, and column → `data-value`. */
export function tableRows(el: KompetenzRad): Map<string, Record<string, { text: string; value: number }>> {
  return new Map(
    all<HTMLTableRowElement>(el, '[part="table"] tbody tr').map((row) => [
      row.getAttribute('data-competency')!,
      Object.fromEntries(
        Array.from(row.querySelectorAll('td[data-column]')).map((cell) => [
          cell.getAttribute('data-column')!,
          { text: cell.textContent!.trim(), value: Number(cell.getAttribute('data-value')) },
        ]),
      ),
    ]),
  );
}
