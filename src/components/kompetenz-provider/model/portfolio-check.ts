import type { ValidationIssue } from '../../../domain/errors.js';
import type { Portfolio } from '../../../domain/types.js';

/**
 * The worker's messages to the page about a large document (portfolio-check.worker.ts): that it
 * runs (`ready`), the records of the document's top-level lists as they arrive (`count` of them
 * in `bytes`, UTF-8, with what stands between them; `from`: the place of the first in its list, 0
 * starts the list anew; `keys`: the document's top-level keys read so far; `alone`: for people,
 * whether each passed the checks of a record alone), then the answer.
 */
export type CheckMessage =
  | { kind: 'ready' }
  | { kind: 'records'; key: string; from: number; count: number; bytes: Uint8Array; keys: string[]; alone: boolean }
  | { kind: 'answer'; check: PortfolioCheck };

/**
 * The answer: the document is valid and consists of the records that were sent (`order`: its top-level
 * keys; `lists`: how many elements each list has; `rest`: the values that are not lists), or it
 * is valid but was read whole (`document`), or refused (`errors`).
 */
export type PortfolioCheck =
  | { ok: true; order: string[]; lists: Record<string, number>; rest: Record<string, unknown> }
  | { ok: true; document: Portfolio }
  | { ok: false; errors: ValidationIssue[] };
