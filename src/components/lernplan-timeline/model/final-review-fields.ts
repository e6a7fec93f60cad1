/** A field of the final review's form that a refusal can point to. */
export type FinalReviewField = 'date' | 'next' | 'notes';

/** The field of the final review's form that an issue of `recordFinalReview` at `path` is about; `undefined` for one about the plan or its goals. */
export function finalReviewField(path: string): FinalReviewField | undefined {
  if (path === '$date' || path === '$outcome.date') return 'date';
  if (path === '$outcome.nextStockTaking') return 'next';
  if (path === '$outcome.notes') return 'notes';
  return undefined;
}
