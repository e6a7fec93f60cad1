import type { SmartFinding, SmartFindingParams } from '../goals.js';
import type { ItemNameParams, PlanFinding, PlanFindingParams } from '../plan-checks.js';
import type { Templates } from './templates.js';

/** What every finding code of the SMART check and the plan check carries. */
export type FindingParams = SmartFindingParams & PlanFindingParams;

export type FindingCode = keyof FindingParams;

/** One language's texts for every finding code (`FINDINGS_DE`, `FINDINGS_EN`). */
export type FindingTexts = Templates<FindingParams>;

export type Finding = SmartFinding | PlanFinding;

/** The second item of a message (prefix `other`) in the shape of the first, to name it the same way. */
export function otherItem(params: ItemNameParams<'other'>): ItemNameParams {
  return { item: params.other, itemPractice: params.otherPractice, itemStart: params.otherStart, itemEnd: params.otherEnd };
}
