import type { ReviewNoteParams } from '../plan-status.js';
import type { Templates } from './templates.js';

/** Notes the domain writes into a plan's reviews, in German. */
export const REVIEW_NOTES_DE: Templates<ReviewNoteParams> = {
  'final-review-summary': (p, fmt) =>
    `${p.reached} von ${p.total} Zielen erreicht; ${p.smart} von ${p.total} haben sich in der Praxis als SMART bewährt. Nächste Bestandsaufnahme: ${fmt.date(p.nextStockTaking)}.`,
};
