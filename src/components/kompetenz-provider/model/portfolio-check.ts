import type { ValidationIssue } from '../../../domain/errors.js';
import type { Portfolio } from '../../../domain/types.js';

/**
 * The worker's messages to the page about a large document (portfolio-check.worker.ts): that it
 * runs (`ready`), the texts of the elements of the document's top-level lists as they arrive
 * (`from`: the place of the first in its list; 0 starts the list anew), then the answer.
 */
export type CheckMessage = { kind: 'ready' } | { kind: 'texts'; key: string; from: number; texts: string[] } | { kind: 'answer'; check: PortfolioCheck };

/**
 * The answer: the document is valid and consists of the elements whose texts were sent (`order`: its top-level
 * keys; `lists`: how many elements each list has; `rest`: the values that are not lists), or it
 * is valid but was read whole (`document`), or refused (`errors`).
 */
export type PortfolioCheck =
  | { ok: true; order: string[]; lists: Record<string, number>; rest: Record<string, unknown> }
  | { ok: true; document: Portfolio }
  | { ok: false; errors: ValidationIssue[] };
