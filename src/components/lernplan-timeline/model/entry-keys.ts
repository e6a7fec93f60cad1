import type { PlanEdit } from '../../../domain/plan-edits.js';

/** What a key press on a focused chart entry asks for, besides going to another entry (see `RovingFocusController`). */
export type EntryKeyAction = { type: 'edit'; edit: PlanEdit } | { type: 'open' } | { type: 'remove'; edit: PlanEdit } | { type: 'undo' } | { type: 'none' };

/** Arrow keys move or resize by this many days. */
export const KEY_STEP_DAYS = 7;

/** A chart entry's key: `item:<id>` or `review:<id>`. */
export function parseEntryKey(key: string): { kind: 'item' | 'review'; id: string } {
  const [kind, ...rest] = key.split(':');
  return { kind: kind === 'review' ? 'review' : 'item', id: rest.join(':') };
}

/** Moving an entry by `days`: an item or a review. */
export function moveEdit(key: string, days: number): PlanEdit {
  const { kind, id } = parseEntryKey(key);
  return kind === 'review' ? { type: 'move-review', reviewId: id, days } : { type: 'move-item', itemId: id, days };
}

/**
 * The action of a key press on entry `key`. In an editable chart Left/Right move the entry by a
 * week and Shift+Left/Right change an item's length (time runs left to right in every
 * language); Enter or Space opens the details, Delete removes, Ctrl+Z undoes. Keys without an
 * action here (Up/Down, Home/End, read-only Left/Right) go from entry to entry.
 */
export function entryKeyAction(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>, key: string, editable: boolean): EntryKeyAction | undefined {
  if (event.altKey) return undefined;
  const ctrl = event.ctrlKey || event.metaKey;
  if (ctrl) return editable && !event.shiftKey && (event.key === 'z' || event.key === 'Z') ? { type: 'undo' } : undefined;
  if (event.key === 'Enter' || event.key === ' ') return { type: 'open' };
  if (!editable) return undefined;
  const { kind, id } = parseEntryKey(key);
  if (event.key === 'Delete' || event.key === 'Backspace') {
    return { type: 'remove', edit: kind === 'review' ? { type: 'remove-review', reviewId: id } : { type: 'remove-item', itemId: id } };
  }
  if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return undefined;
  const days = (event.key === 'ArrowRight' ? 1 : -1) * KEY_STEP_DAYS;
  if (!event.shiftKey) return { type: 'edit', edit: moveEdit(key, days) };
  // A review has no length: Shift+arrow does nothing to it (and does not leave it).
  return kind === 'item' ? { type: 'edit', edit: { type: 'resize-item', itemId: id, days } } : { type: 'none' };
}
