import type { PlanEdit } from '../../../domain/plan-edits.js';
import type { Plan } from '../../../domain/types.js';
import type { TimelineStrings } from '../strings/index.js';
import type { PlanNames } from './plan-names.js';

/** How many practice phases of `itemId` an edit from `before` to `next` has moved along. */
function phasesMoved(before: Plan, next: Plan, itemId: string): number {
  const startBefore = new Map(before.items.map((item) => [item.id, item.start]));
  return next.items.filter((item) => item.practiceOf === itemId && item.start !== startBefore.get(item.id)).length;
}

/** What a screen reader hears after an edit of `before` went through; `next` is the plan after it. */
export function describeEdit(edit: PlanEdit, before: Plan, next: Plan, s: TimelineStrings, names: PlanNames): string {
  const itemOf = (id: string) => next.items.find((item) => item.id === id);
  switch (edit.type) {
    case 'move-item':
    case 'resize-item': {
      const item = itemOf(edit.itemId);
      if (!item) return '';
      const say = edit.type === 'move-item' ? s.announceMoved : s.announceResized;
      const phases = phasesMoved(before, next, item.id);
      return `${say(names.item(item), names.date(item.start), names.date(item.end))}${phases > 0 ? ` ${s.announcePracticeAlong(phases)}` : ''}`;
    }
    case 'set-item-status': {
      const item = itemOf(edit.itemId);
      return item ? s.announceStatus(names.item(item), s.itemStatuses[edit.status]) : '';
    }
    case 'remove-item':
      return s.announceRemoved(s.kinds.item);
    case 'add-item':
      return s.announceAdded(names.item(edit.item));
    case 'add-review':
      return s.announceAdded(edit.review.final ? s.finalReview : s.review);
    case 'remove-review':
      return s.announceRemoved(s.review);
    case 'move-review': {
      const review = next.reviews.find((candidate) => candidate.id === edit.reviewId);
      return review ? s.announceReviewMoved(names.date(review.date)) : '';
    }
    case 'set-plan-status':
      return s.announcePlanStatus(s.planStatuses[edit.status]);
  }
}
