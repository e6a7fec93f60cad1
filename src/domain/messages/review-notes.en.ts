import type { ReviewNoteParams } from '../plan-status.js';
import type { Templates } from './templates.js';

/** Notes the domain writes into a plan's reviews, in English. */
export const REVIEW_NOTES_EN: Templates<ReviewNoteParams> = {
  'final-review-summary': (p, fmt) =>
    `${p.reached} of ${p.total} goals reached; ${p.smart} of ${p.total} proved SMART in practice. Next stock-taking: ${fmt.date(p.nextStockTaking)}.`,
};
